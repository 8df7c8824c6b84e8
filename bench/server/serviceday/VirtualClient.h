#pragma once

// One person of the service day, on their own connection from their own loopback address: signs
// in with a code computed from their TOTP secret, accepts the declarations the service says are
// owed, then acts (the subclasses say how) with think times until the day ends, and signs out.

#include "ServiceDay.h"
#include "Task.h"

#include "protocol/Routes.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <random>
#include <string>
#include <vector>

namespace srs::bench::day {

// A refusal a flow expects: two checkers racing for the last claim of a round, say.
struct Refusal
{
    long status = 0;
    const char *code = "";
};

struct Answer
{
    long status = 0;
    bool ok = false;      // the route's success status
    bool refused = false; // one of the refusals the flow expected
    QByteArray body;
    QJsonObject json; // the body, when it is a JSON object
    std::string contentSha256;
};

// Makes one request on `channel` as `who` and records it in the world's figures: the route's
// success, a refusal in `expected`, or an error (printed, the first few with their bodies).
[[nodiscard]] Task<Answer> request(World &world, HttpChannel &channel, QString who, QString token,
                                   protocol::RouteSpec route, QString path, QByteArray body,
                                   std::vector<Refusal> expected);

// ApiPrefix + the route's path with its parameters. Coroutines build paths with this rather than
// route.path({...}): GCC 12 cannot keep a braced list's array alive across a co_await in the same
// expression ("array used as initializer"), so no braced list may appear in one.
template <class RouteType, class... Arguments>
[[nodiscard]] QString pathOf(const RouteType &route, const Arguments &...arguments)
{
    return route.path({QString(arguments)...});
}

// The loopback address of the n-th virtual client: 127.0.1.1, 127.0.1.2, ... (250 a block).
[[nodiscard]] std::string clientAddress(int n);

class VirtualClient
{
public:
    VirtualClient(World &world, Account &account, std::string sourceAddress, std::uint64_t seed);
    virtual ~VirtualClient();
    VirtualClient(const VirtualClient &) = delete;
    VirtualClient &operator=(const VirtualClient &) = delete;

    // Signs in (a fresh TOTP step, waited for if this person's last code was of this one) and
    // accepts every declaration owed; false if the service refused.
    [[nodiscard]] Task<bool> signIn();
    [[nodiscard]] Task<> signOut();
    // The person's day: arrive at `arrive`, act with think times until `leave`, sign out.
    [[nodiscard]] Task<> live(Clock::time_point arrive, Clock::time_point leave);

    [[nodiscard]] const Account &account() const { return m_account; }
    [[nodiscard]] const QString &token() const { return m_token; }
    [[nodiscard]] const std::string &sourceAddress() const { return m_source; }

protected:
    // One action (a poll, a check, a review ...); the day calls it again after a think time.
    [[nodiscard]] virtual Task<> act() = 0;
    // The chance, after an action, of a break: signed out for a minute or two, then in again.
    [[nodiscard]] virtual double breakChance() const { return 0.004; }

    [[nodiscard]] Task<Answer> call(protocol::RouteSpec route, QString path, QByteArray body = {},
                                    std::vector<Refusal> expected = {});
    [[nodiscard]] Task<Answer> call(protocol::RouteSpec route, QString path, const QJsonObject &body,
                                    std::vector<Refusal> expected = {});
    // A pause of a uniformly drawn length (reading a page, say), never past the person's leaving time.
    [[nodiscard]] EventLoop::SleepAwaiter pause(int minMs, int maxMs);
    [[nodiscard]] EventLoop::SleepAwaiter think();
    [[nodiscard]] bool dayOver() const { return Clock::now() >= m_leaves; }

    [[nodiscard]] int uniform(int low, int high); // low..high inclusive
    [[nodiscard]] bool chance(double p);
    template <class List>
    [[nodiscard]] auto &pick(List &list)
    {
        return list[static_cast<typename List::size_type>(uniform(0, static_cast<int>(list.size()) - 1))];
    }

    World &m_world;
    Account &m_account;

private:
    std::string m_source;
    HttpChannel m_channel;
    QString m_token;
    std::mt19937_64 m_random;
    Clock::time_point m_leaves = Clock::time_point::max();
};

} // namespace srs::bench::day
