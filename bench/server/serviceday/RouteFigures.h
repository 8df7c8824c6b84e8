#pragma once

// What the day measured, route by route (by the route's name in core/protocol/Routes.h): how many
// requests, their latency, the refusals the flows expect (a claim that lost a race for the second
// checker's place) and the errors (every other answer that is not the route's success, and every
// request that got no answer).

#include <QJsonObject>

#include <cstdio>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace srs::bench::day {

class RouteFigures
{
public:
    enum class Outcome
    {
        Success,
        ExpectedRefusal,
        Error,
    };

    // One answered (or failed) request. `reason` is "<status> <code>" for refusals and errors.
    void record(std::string_view route, double ms, Outcome outcome, const std::string &reason = {});
    // An error found in a successful answer (a downloaded file that does not match its manifest).
    void problem(std::string_view route, const std::string &reason);

    [[nodiscard]] long requests() const;
    [[nodiscard]] long errors() const;

    // A table, one route a line (most requests first), then the totals and the errors by reason.
    void print(std::FILE *out, double seconds) const;
    // The same as JSON: {"routes": {name: {...}}, "total": {...}}.
    [[nodiscard]] QJsonObject toJson(double seconds) const;

    // The share of requests in each group of routes (polls, browsing, checks, ...).
    void printShares(std::FILE *out) const;

private:
    struct Route
    {
        std::vector<double> ms; // every request that had an answer
        long requests = 0;
        long errors = 0;
        long refused = 0;
        std::map<std::string, long> errorReasons;
        std::map<std::string, long> refusalReasons;
    };
    std::map<std::string, Route, std::less<>> m_routes;
};

// The p-th percentile (0..100) of `sorted` by the nearest rank; 0 for none.
[[nodiscard]] double percentile(const std::vector<double> &sorted, double p);

} // namespace srs::bench::day
