#include "VirtualClient.h"

#include "crypto/Totp.h"

#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

namespace srs::bench::day {

using namespace Qt::Literals::StringLiterals;
namespace route = protocol::route;

namespace {

// How many failed requests are printed with their bodies (all are counted).
constexpr int ErrorsShown = 12;
constexpr long long TotpStepSeconds = 30;

long long unixSeconds()
{
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string codeOf(const QJsonObject &json)
{
    return json.value(u"code"_s).toString().toStdString();
}

// A fresh key for a write the server can recognise when it is sent again (32 of A-Z, a-z, 0-9).
std::string idempotencyKey(std::mt19937_64 &random)
{
    static constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    std::uniform_int_distribution<size_t> pick(0, sizeof(Alphabet) - 2);
    std::string key(32, 'x');
    for (char &c : key)
        c = Alphabet[pick(random)];
    return key;
}

} // namespace

std::string clientAddress(int n)
{
    return "127.0." + std::to_string(1 + n / 250) + '.' + std::to_string(1 + n % 250);
}

Task<Answer> request(World &world, HttpChannel &channel, QString who, QString token,
                     protocol::RouteSpec route, QString path, QByteArray body, std::vector<Refusal> expected)
{
    // Writes that take an Idempotency-Key get one, as from the client (which would send the same
    // key again after a lost answer; here a lost answer is an error).
    std::string key = route.idempotencyKey ? idempotencyKey(world.keys) : std::string();
    const HttpReply reply = co_await channel.send(std::string(route.method), path.toStdString(),
                                                  body.toStdString(), token.toStdString(), std::move(key));
    Answer answer;
    answer.status = reply.status;
    answer.body = QByteArray::fromStdString(reply.body);
    answer.contentSha256 = reply.contentSha256;
    const QJsonDocument document = QJsonDocument::fromJson(answer.body);
    if (document.isObject())
        answer.json = document.object();
    if (reply.curl != CURLE_OK) {
        const std::string reason = "no answer: " + reply.curlError;
        world.figures->record(route.name, -1, RouteFigures::Outcome::Error, reason);
        if (world.errorsShown++ < ErrorsShown)
            std::fprintf(stderr, "error: %s %s as %s: %s\n", std::string(route.method).c_str(),
                         path.toUtf8().constData(), who.toUtf8().constData(), reason.c_str());
        co_return answer;
    }
    const std::string reason = std::to_string(reply.status) + ' ' + codeOf(answer.json);
    if (reply.status == route.successStatus) {
        answer.ok = true;
        world.figures->record(route.name, reply.ms, RouteFigures::Outcome::Success);
        co_return answer;
    }
    const std::string code = codeOf(answer.json);
    answer.refused = std::any_of(expected.begin(), expected.end(), [&](const Refusal &r) {
        return r.status == reply.status && code == r.code;
    });
    if (answer.refused) {
        world.figures->record(route.name, reply.ms, RouteFigures::Outcome::ExpectedRefusal, reason);
        co_return answer;
    }
    world.figures->record(route.name, reply.ms, RouteFigures::Outcome::Error, reason);
    if (world.errorsShown++ < ErrorsShown)
        std::fprintf(stderr, "error: %s %s as %s: HTTP %ld after %.0f ms: %.400s\n",
                     std::string(route.method).c_str(), path.toUtf8().constData(), who.toUtf8().constData(),
                     reply.status, reply.ms, reply.body.c_str());
    co_return answer;
}

VirtualClient::VirtualClient(World &world, Account &account, std::string sourceAddress, std::uint64_t seed)
    : m_world(world), m_account(account), m_source(std::move(sourceAddress)),
      m_channel(world.loop, world.options.url, world.devices.at(account.device), m_source), m_random(seed)
{}

VirtualClient::~VirtualClient() = default;

Task<Answer> VirtualClient::call(protocol::RouteSpec route, QString path, QByteArray body,
                                 std::vector<Refusal> expected)
{
    Answer answer = co_await request(m_world, m_channel, m_account.username, m_token, route, std::move(path),
                                     std::move(body), std::move(expected));
    // A session the service ended (not one the flow ended itself): sign in again before the next action.
    if (answer.status == 401 && route.name != route::SignIn.spec.name && !m_token.isEmpty()) {
        m_token.clear();
        --m_world.signedIn;
    }
    co_return answer;
}

Task<Answer> VirtualClient::call(protocol::RouteSpec route, QString path, const QJsonObject &body,
                                 std::vector<Refusal> expected)
{
    return call(route, std::move(path), QJsonDocument(body).toJson(QJsonDocument::Compact),
                std::move(expected));
}

Task<bool> VirtualClient::signIn()
{
    // A code is accepted once: a person signing in again within the same 30 seconds waits for
    // the next one, as they would at their authenticator.
    long long step = unixSeconds() / TotpStepSeconds;
    if (step <= m_account.lastTotpStep) {
        const long long waitMs = ((m_account.lastTotpStep + 1) * TotpStepSeconds) * 1000 -
                                 std::chrono::duration_cast<std::chrono::milliseconds>(
                                     std::chrono::system_clock::now().time_since_epoch())
                                     .count() +
                                 50;
        co_await m_world.loop.sleepFor(std::chrono::milliseconds(std::max(0LL, waitMs)));
        step = std::max(m_account.lastTotpStep + 1, unixSeconds() / TotpStepSeconds);
    }
    auto secret = crypto::base32Decode(m_account.totpSecret.toLatin1());
    if (!secret) {
        std::fprintf(stderr, "error: the TOTP secret of %s is not base32\n",
                     m_account.username.toUtf8().constData());
        co_return false;
    }
    const QByteArray code = crypto::Totp(std::move(*secret)).codeForStep(step);
    const QJsonObject body{{u"username"_s, m_account.username},
                           {u"password"_s, m_account.password},
                           {u"totp_code"_s, QString::fromLatin1(code)}};
    m_account.lastTotpStep = step;
    const Answer answer = co_await call(route::SignIn.spec, route::SignIn.path(), body);
    if (!answer.ok)
        co_return false;
    m_token = answer.json.value(u"token"_s).toString();
    ++m_world.tally.signIns;
    ++m_world.signedIn;
    const QJsonArray owed = answer.json.value(u"declarations_owed"_s).toArray();
    for (const QJsonValue &declaration : owed) {
        const QJsonObject accept{{u"kind"_s, declaration[u"kind"_s]},
                                 {u"version"_s, declaration[u"version"_s]}};
        const Answer accepted =
            co_await call(route::AcceptDeclaration.spec, route::AcceptDeclaration.path(), accept);
        if (!accepted.ok)
            co_return false;
        ++m_world.tally.declarations;
    }
    co_return !m_token.isEmpty();
}

Task<> VirtualClient::signOut()
{
    if (m_token.isEmpty())
        co_return;
    co_await call(route::SignOut.spec, route::SignOut.path());
    m_token.clear();
    --m_world.signedIn;
}

Task<> VirtualClient::live(Clock::time_point arrive, Clock::time_point leave)
{
    m_leaves = leave;
    co_await m_world.loop.sleepUntil(arrive);
    while (!dayOver()) {
        if (m_token.isEmpty()) {
            const bool signedIn = co_await signIn();
            if (!signedIn) {
                co_await pause(10'000, 20'000); // the person tries again a little later
                continue;
            }
            co_await pause(500, 2'000);
        }
        co_await act();
        if (dayOver())
            break;
        if (chance(breakChance())) {
            co_await signOut();
            co_await pause(60'000, 150'000);
            continue;
        }
        co_await think();
    }
    co_await signOut();
}

EventLoop::SleepAwaiter VirtualClient::pause(int minMs, int maxMs)
{
    const Clock::time_point until = Clock::now() + std::chrono::milliseconds(uniform(minMs, maxMs));
    return m_world.loop.sleepUntil(std::min(until, m_leaves));
}

EventLoop::SleepAwaiter VirtualClient::think()
{
    // Exponentially distributed, as the gaps between a person's clicks are, within 0.2 and five
    // times the mean.
    std::exponential_distribution<double> gap(1.0 / m_world.options.thinkMs);
    const double ms = std::clamp(gap(m_random), 200.0, 5.0 * m_world.options.thinkMs);
    const Clock::time_point until = Clock::now() + std::chrono::milliseconds(static_cast<long long>(ms));
    return m_world.loop.sleepUntil(std::min(until, m_leaves));
}

int VirtualClient::uniform(int low, int high)
{
    return std::uniform_int_distribution<int>(low, std::max(low, high))(m_random);
}

bool VirtualClient::chance(double p)
{
    return std::bernoulli_distribution(std::clamp(p, 0.0, 1.0))(m_random);
}

} // namespace srs::bench::day
