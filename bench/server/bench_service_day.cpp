// bench_service_day: a day of the service replayed against srs-clearance-server (the cluster's
// balancer, or one server) over mutual TLS, and its figures route by route.
//
//   bench_service_day --url https://127.0.0.1:18643 --pki cluster-data/pki
//                     --personas cluster-data/personas.txt [--clients 200] [--seconds 600]
//                     [--think-ms 5000] [--ramp-seconds N] [--checkers-percent 8] [--seed N]
//
// The service must hold a freshly seeded demo world (admin --seed-demo; its output is the
// personas file). First the administrator (priya.shah) adds load-test accounts through the API
// until there are --clients people: output checkers (day-c..., --checkers-percent of everyone)
// and researchers (day-r...) with an accreditation and a project each. Then the day: people
// arrive over --ramp-seconds (by default a fifth of the day, at most two minutes), sign in (the
// TOTP code computed from their secret, owed declarations accepted), work with think times, and
// leave over the day's last --ramp-seconds in the order they came, signing out. Each person is a
// virtual client with a connection of its own from a loopback address of its own (127.0.1.1,
// 127.0.1.2, ...), so that the servers, told each client's address by the balancer's PROXY
// header, throttle each person's sign-ins apart. What each kind of person does, and in what
// proportion, is in Researcher.h, Checker.h, Administrator.h and DataOwner.h
// (bench/server/serviceday/); one thread drives them all with a curl multi handle.
//
// Printed at the end: per route the requests, requests a second, p50, p99 and max latency (from
// handing the request to curl to the whole answer), the refusals the flows expect (a claim that
// lost a race for a round's second place) and errors (any other answer that is not the route's
// success, no answer at all, or a file that does not match its SHA-256); the share of each kind of
// request; what was done (sign-ins, checks, submissions, reviews, releases, downloads); and
// everything again as one JSON line. Exits 1 on any error. Loopback only.

#include "serviceday/Population.h"
#include "serviceday/ServiceDay.h"

#include <QDate>
#include <QFile>
#include <QJsonDocument>

#include <curl/curl.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

using namespace srs::bench::day;
using namespace Qt::Literals::StringLiterals;

namespace {

[[noreturn]] void usage(const std::string &why)
{
    std::fprintf(stderr, "bench_service_day: %s\n", why.c_str());
    std::fprintf(stderr,
                 "usage: bench_service_day --url URL --pki DIR --personas FILE [--clients N] [--seconds N]\n"
                 "                         [--think-ms N] [--ramp-seconds N] [--checkers-percent N] "
                 "[--seed N]\n");
    std::exit(2);
}

bool isLoopback(const std::string &url)
{
    for (const char *prefix : {"https://127.", "https://[::1]", "https://localhost"})
        if (url.rfind(prefix, 0) == 0)
            return true;
    return false;
}

Options parseOptions(int argc, char **argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc)
                usage("missing value after " + a);
            return argv[++i];
        };
        auto number = [&](long low, long high) -> long {
            const std::string text = next();
            char *end = nullptr;
            const long value = std::strtol(text.c_str(), &end, 10);
            if (text.empty() || *end != '\0' || value < low || value > high)
                usage(a + " must be a number from " + std::to_string(low) + " to " + std::to_string(high));
            return value;
        };
        if (a == "--url")
            o.url = next();
        else if (a == "--pki")
            o.pki = next();
        else if (a == "--personas")
            o.personas = next();
        else if (a == "--clients")
            o.clients = static_cast<int>(number(8, 60'000));
        else if (a == "--seconds")
            o.seconds = static_cast<int>(number(1, 7 * 24 * 3600));
        else if (a == "--think-ms")
            o.thinkMs = static_cast<int>(number(10, 3'600'000));
        else if (a == "--ramp-seconds")
            o.rampSeconds = static_cast<int>(number(0, 3600));
        else if (a == "--checkers-percent")
            o.checkerPercent = static_cast<int>(number(1, 50));
        else if (a == "--seed")
            o.seed = static_cast<std::uint64_t>(number(0, 2'000'000'000));
        else
            usage("unknown option " + a);
    }
    if (o.url.empty() || o.pki.empty() || o.personas.empty())
        usage("--url, --pki and --personas are required");
    if (!isLoopback(o.url))
        usage("only loopback addresses may be load-tested");
    if (o.rampSeconds < 0)
        o.rampSeconds = std::min(120, o.seconds / 5);
    while (!o.url.empty() && o.url.back() == '/')
        o.url.pop_back();
    return o;
}

// The administrator signs in and adds the day's load-test accounts.
Task<> prepare(World &world, VirtualClient &administrator, std::vector<Account> &people, bool *ready)
{
    const bool signedIn = co_await administrator.signIn();
    if (!signedIn)
        co_return;
    const bool added = co_await addAccounts(world, administrator, people);
    *ready = added;
}

// A line a minute on stderr while the day runs, so that a long run shows it is alive.
Task<> reportProgress(World &world, Clock::time_point dayStarts)
{
    while (Clock::now() < world.dayEnds) {
        co_await world.loop.sleepUntil(std::min(world.dayEnds, Clock::now() + std::chrono::seconds(60)));
        const auto elapsed =
            std::chrono::duration_cast<std::chrono::seconds>(Clock::now() - dayStarts).count();
        std::fprintf(stderr, "bench_service_day: %llds: %ld requests, %ld errors, %d people signed in\n",
                     static_cast<long long>(elapsed), world.dayFigures.requests(), world.dayFigures.errors(),
                     world.signedIn);
    }
}

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

} // namespace

int main(int argc, char **argv)
{
    Options options = parseOptions(argc, argv);
    QFile personasFile(QString::fromStdString(options.personas));
    if (!personasFile.open(QIODevice::ReadOnly))
        usage("cannot read " + options.personas);
    QString error;
    std::vector<Account> people = planPopulation(options, QString::fromUtf8(personasFile.readAll()), &error);
    if (people.empty())
        usage(error.toStdString());

    curl_global_init(CURL_GLOBAL_DEFAULT);
    auto world = std::make_unique<World>();
    world->options = options;
    world->keys.seed(options.seed);
    for (const char *device : {"laptop", "safe-room"}) {
        const std::string base = options.pki + '/' + device;
        world->devices[device] = TlsFiles{options.pki + "/ca.crt", base + ".crt", base + ".key"};
        if (!QFile::exists(QString::fromStdString(base + ".key")))
            usage("no " + base + ".key (the demo PKI: scripts/dev-pki)");
    }
    std::vector<std::unique_ptr<VirtualClient>> clients;
    for (size_t i = 0; i < people.size(); ++i)
        clients.push_back(makeClient(*world, people[i], static_cast<int>(i)));
    long researchers = 0, checkers = 0;
    for (const Account &a : people) {
        researchers += a.kind == Kind::Researcher;
        checkers += a.kind == Kind::Checker;
    }
    std::printf(
        "service day: %d clients (%ld researchers, %ld output checkers, an administrator, a data owner), "
        "%d s, think time %d ms on average, arriving (and leaving) over %d s, against %s\n",
        options.clients, researchers, checkers, options.seconds, options.thinkMs, options.rampSeconds,
        options.url.c_str());

    // Before the day: the administrator adds the load-test accounts.
    const Clock::time_point setupStarts = Clock::now();
    bool ready = false;
    world->loop.spawn(prepare(*world, *clients.front(), people, &ready));
    world->loop.run();
    const double setupSeconds = secondsSince(setupStarts);
    long added = 0;
    for (const Account &a : people)
        added += !a.userId.isEmpty();
    std::printf("setup: %ld accounts added by %s in %.1f s\n", added,
                people.front().username.toUtf8().constData(), setupSeconds);
    std::fflush(stdout);
    if (!ready) {
        world->setupFigures.print(stdout, setupSeconds);
        std::fprintf(stderr, "bench_service_day: the accounts could not be added; no day run\n");
        return 1;
    }

    // The day: people arrive over the ramp, each works the day less the ramp, and they leave over
    // the last ramp in the order they came (not all at the same moment).
    world->figures = &world->dayFigures;
    const Clock::time_point dayStarts = Clock::now();
    world->dayEnds = dayStarts + std::chrono::seconds(options.seconds);
    const auto ramp = std::chrono::seconds(options.rampSeconds);
    for (size_t i = 0; i < clients.size(); ++i) {
        const auto offset = std::chrono::milliseconds(static_cast<long long>(
            1000.0 * options.rampSeconds * static_cast<double>(i) / static_cast<double>(clients.size())));
        world->loop.spawn(clients[i]->live(dayStarts + offset, world->dayEnds - ramp + offset));
    }
    world->loop.spawn(reportProgress(*world, dayStarts));
    world->loop.run();
    const double daySeconds = secondsSince(dayStarts);

    const Tally t = world->tally;
    const long requests = world->dayFigures.requests();
    std::printf("\nthe day: %.1f s\n", daySeconds);
    world->dayFigures.print(stdout, daySeconds);
    std::printf("\nshare of requests:\n");
    world->dayFigures.printShares(stdout);
    std::printf(
        "\nwhat was done: %ld sign-ins (%ld declarations accepted), %ld checks, %ld submissions, %ld "
        "resubmissions, %ld withdrawals, %ld claims, %ld votes (%ld rounds returned), %ld releases, %ld "
        "round files read, %ld released files downloaded and matched to their manifest\n",
        t.signIns, t.declarations, t.checks, t.submissions, t.resubmissions, t.withdrawals, t.claims, t.votes,
        t.returned, t.releases, t.roundFiles, t.downloads);
    std::printf("setup requests (not in the figures above): %ld, %ld errors\n",
                world->setupFigures.requests(), world->setupFigures.errors());

    const long errors = world->dayFigures.errors() + world->setupFigures.errors();
    QJsonObject json = world->dayFigures.toJson(daySeconds);
    json.insert(u"bench"_s, u"service-day"_s);
    json.insert(u"date"_s, QDate::currentDate().toString(Qt::ISODate));
    json.insert(u"clients"_s, options.clients);
    json.insert(u"researchers"_s, static_cast<qint64>(researchers));
    json.insert(u"checkers"_s, static_cast<qint64>(checkers));
    json.insert(u"seconds"_s, options.seconds);
    json.insert(u"elapsed_seconds"_s, std::round(daySeconds * 10) / 10);
    json.insert(u"think_ms"_s, options.thinkMs);
    json.insert(u"setup"_s, QJsonObject{{u"accounts_added"_s, static_cast<qint64>(added)},
                                        {u"seconds"_s, std::round(setupSeconds * 10) / 10}});
    json.insert(u"done"_s, QJsonObject{{u"sign_ins"_s, static_cast<qint64>(t.signIns)},
                                       {u"checks"_s, static_cast<qint64>(t.checks)},
                                       {u"submissions"_s, static_cast<qint64>(t.submissions)},
                                       {u"resubmissions"_s, static_cast<qint64>(t.resubmissions)},
                                       {u"withdrawals"_s, static_cast<qint64>(t.withdrawals)},
                                       {u"claims"_s, static_cast<qint64>(t.claims)},
                                       {u"votes"_s, static_cast<qint64>(t.votes)},
                                       {u"returned"_s, static_cast<qint64>(t.returned)},
                                       {u"releases"_s, static_cast<qint64>(t.releases)},
                                       {u"downloads"_s, static_cast<qint64>(t.downloads)}});
    json.insert(u"errors"_s, static_cast<qint64>(errors));
    std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());

    clients.clear();
    world.reset();
    curl_global_cleanup();
    if (errors > 0) {
        std::fprintf(stderr, "bench_service_day: %ld errors\n", errors);
        return 1;
    }
    if (requests == 0 || t.signIns == 0) {
        std::fprintf(stderr, "bench_service_day: nobody signed in or made a request\n");
        return 1;
    }
    return 0;
}
