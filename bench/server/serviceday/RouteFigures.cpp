#include "RouteFigures.h"

#include <algorithm>
#include <cmath>

namespace srs::bench::day {

using namespace Qt::Literals::StringLiterals;

namespace {

// The groups the brief's proportions are stated in.
const char *groupOf(std::string_view route)
{
    static const std::map<std::string_view, const char *> groups = {
        {"workspace", "workspace polls"},
        {"projects", "browsing"},
        {"project", "browsing"},
        {"datasets", "browsing"},
        {"submissions", "browsing"},
        {"submission", "browsing"},
        {"notifications", "browsing"},
        {"mark-notifications-read", "browsing"},
        {"me", "browsing"},
        {"safe-rooms", "browsing"},
        {"my-bookings", "browsing"},
        {"check", "checks"},
        {"submit", "submissions"},
        {"resubmit", "submissions"},
        {"withdraw", "submissions"},
        {"review-queue", "checkers' queue, reviews and votes"},
        {"review-statistics", "checkers' queue, reviews and votes"},
        {"claim", "checkers' queue, reviews and votes"},
        {"review", "checkers' queue, reviews and votes"},
        {"round-file", "checkers' queue, reviews and votes"},
        {"vote", "checkers' queue, reviews and votes"},
        {"release-differences", "checkers' queue, reviews and votes"},
        {"release", "releases and downloads"},
        {"project-releases", "releases and downloads"},
        {"release-detail", "releases and downloads"},
        {"release-file", "releases and downloads"},
        {"register", "releases and downloads"},
        {"ro-crate", "releases and downloads"},
        {"sign-in", "signing in and out"},
        {"sign-out", "signing in and out"},
        {"accept-declaration", "signing in and out"},
    };
    const auto found = groups.find(route);
    return found == groups.end() ? "service desk and data owners" : found->second;
}

std::vector<double> sorted(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v;
}

} // namespace

double percentile(const std::vector<double> &sortedValues, double p)
{
    if (sortedValues.empty())
        return 0;
    const double rank = std::ceil(p / 100.0 * static_cast<double>(sortedValues.size()));
    const size_t index = static_cast<size_t>(std::max(1.0, rank)) - 1;
    return sortedValues[std::min(index, sortedValues.size() - 1)];
}

void RouteFigures::record(std::string_view route, double ms, Outcome outcome, const std::string &reason)
{
    auto found = m_routes.find(route);
    if (found == m_routes.end())
        found = m_routes.emplace(std::string(route), Route{}).first;
    Route &r = found->second;
    ++r.requests;
    if (ms >= 0)
        r.ms.push_back(ms);
    if (outcome == Outcome::Error) {
        ++r.errors;
        ++r.errorReasons[reason];
    } else if (outcome == Outcome::ExpectedRefusal) {
        ++r.refused;
        ++r.refusalReasons[reason];
    }
}

void RouteFigures::problem(std::string_view route, const std::string &reason)
{
    auto found = m_routes.find(route);
    if (found == m_routes.end())
        found = m_routes.emplace(std::string(route), Route{}).first;
    ++found->second.errors;
    ++found->second.errorReasons[reason];
}

long RouteFigures::requests() const
{
    long n = 0;
    for (const auto &[name, r] : m_routes)
        n += r.requests;
    return n;
}

long RouteFigures::errors() const
{
    long n = 0;
    for (const auto &[name, r] : m_routes)
        n += r.errors;
    return n;
}

void RouteFigures::print(std::FILE *out, double seconds) const
{
    std::vector<std::pair<std::string, const Route *>> order;
    for (const auto &[name, r] : m_routes)
        order.emplace_back(name, &r);
    std::stable_sort(order.begin(), order.end(),
                     [](const auto &a, const auto &b) { return a.second->requests > b.second->requests; });
    std::fprintf(out, "%-28s %9s %9s %9s %9s %9s %8s %7s\n", "route", "requests", "req/s", "p50 ms", "p99 ms",
                 "max ms", "refused", "errors");
    std::vector<double> all;
    long requests = 0, refused = 0, errors = 0;
    for (const auto &[name, r] : order) {
        const std::vector<double> ms = sorted(r->ms);
        std::fprintf(out, "%-28s %9ld %9.2f %9.1f %9.1f %9.1f %8ld %7ld\n", name.c_str(), r->requests,
                     static_cast<double>(r->requests) / seconds, percentile(ms, 50), percentile(ms, 99),
                     ms.empty() ? 0.0 : ms.back(), r->refused, r->errors);
        all.insert(all.end(), r->ms.begin(), r->ms.end());
        requests += r->requests;
        refused += r->refused;
        errors += r->errors;
    }
    std::sort(all.begin(), all.end());
    std::fprintf(out, "%-28s %9ld %9.2f %9.1f %9.1f %9.1f %8ld %7ld\n", "TOTAL", requests,
                 static_cast<double>(requests) / seconds, percentile(all, 50), percentile(all, 99),
                 all.empty() ? 0.0 : all.back(), refused, errors);
    for (const auto &[name, r] : order) {
        for (const auto &[reason, n] : r->refusalReasons)
            std::fprintf(out, "  expected refusal  %-24s %-40s %ld\n", name.c_str(), reason.c_str(), n);
        for (const auto &[reason, n] : r->errorReasons)
            std::fprintf(out, "  ERROR             %-24s %-40s %ld\n", name.c_str(), reason.c_str(), n);
    }
}

void RouteFigures::printShares(std::FILE *out) const
{
    std::map<std::string, long> groups;
    long total = 0;
    for (const auto &[name, r] : m_routes) {
        groups[groupOf(name)] += r.requests;
        total += r.requests;
    }
    if (total == 0)
        return;
    std::vector<std::pair<std::string, long>> order(groups.begin(), groups.end());
    std::sort(order.begin(), order.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    for (const auto &[group, n] : order)
        std::fprintf(out, "  %-40s %5.1f %%  (%ld requests)\n", group.c_str(),
                     100.0 * static_cast<double>(n) / static_cast<double>(total), n);
}

QJsonObject RouteFigures::toJson(double seconds) const
{
    auto figures = [seconds](long requests, const std::vector<double> &ms, long refused, long errors) {
        return QJsonObject{{u"requests"_s, static_cast<qint64>(requests)},
                           {u"per_second"_s, std::round(static_cast<double>(requests) / seconds * 100) / 100},
                           {u"p50_ms"_s, std::round(percentile(ms, 50) * 10) / 10},
                           {u"p99_ms"_s, std::round(percentile(ms, 99) * 10) / 10},
                           {u"max_ms"_s, ms.empty() ? 0.0 : std::round(ms.back() * 10) / 10},
                           {u"refused"_s, static_cast<qint64>(refused)},
                           {u"errors"_s, static_cast<qint64>(errors)}};
    };
    QJsonObject routes;
    std::vector<double> all;
    long requests = 0, refused = 0, errors = 0;
    for (const auto &[name, r] : m_routes) {
        QJsonObject one = figures(r.requests, sorted(r.ms), r.refused, r.errors);
        if (!r.errorReasons.empty()) {
            QJsonObject reasons;
            for (const auto &[reason, n] : r.errorReasons)
                reasons.insert(QString::fromStdString(reason), static_cast<qint64>(n));
            one.insert(u"error_reasons"_s, reasons);
        }
        routes.insert(QString::fromStdString(name), one);
        all.insert(all.end(), r.ms.begin(), r.ms.end());
        requests += r.requests;
        refused += r.refused;
        errors += r.errors;
    }
    std::sort(all.begin(), all.end());
    return QJsonObject{{u"routes"_s, routes}, {u"total"_s, figures(requests, all, refused, errors)}};
}

} // namespace srs::bench::day
