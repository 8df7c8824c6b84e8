#pragma once

// What every virtual client of the service day shares: the options, the event loop, the devices'
// certificates, the figures being recorded, when the day ends, and a tally of what happened.

#include "EventLoop.h"
#include "RouteFigures.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <random>
#include <string>

namespace srs::bench::day {

struct Options
{
    std::string url;      // https://127.0.0.1:PORT of the balancer (or of one server)
    std::string pki;      // the folder with ca.crt, laptop.crt/.key and safe-room.crt/.key
    std::string personas; // the demo world's personas (admin --seed-demo's output)
    int clients = 200;
    int seconds = 600;
    int thinkMs = 5000;   // the mean pause between a person's actions
    int rampSeconds = -1; // people arrive over this long; by default a fifth of the day, at most 120 s
    int checkerPercent = 8;
    std::uint64_t seed = 20261207;
};

enum class Kind
{
    Researcher,
    Checker,
    Administrator,
    DataOwner,
};

// A person of the day: who they are, their secrets (demo and load-test accounts only), the
// device they work at ("laptop": home working; "safe-room": a terminal of the demo safe room) and,
// for researchers, their projects.
struct Account
{
    QString username;
    QString password;
    QString totpSecret; // base32
    QString userId;     // known for the accounts the day adds
    Kind kind = Kind::Researcher;
    std::string device;
    QStringList projects;
    long long lastTotpStep = -1; // a code is taken once: the next sign-in waits for a later step
};

// What the people did, besides the requests: the figures say how fast, this says what.
struct Tally
{
    long signIns = 0;
    long declarations = 0;
    long checks = 0;
    long submissions = 0;
    long resubmissions = 0;
    long withdrawals = 0;
    long claims = 0;
    long votes = 0;
    long returned = 0;
    long releases = 0;
    long downloads = 0; // released files downloaded and found to match their manifest
    long roundFiles = 0;
};

struct World
{
    Options options;
    EventLoop loop;
    std::map<std::string, TlsFiles> devices; // "laptop", "safe-room"
    RouteFigures setupFigures;
    RouteFigures dayFigures;
    RouteFigures *figures = &setupFigures;
    Clock::time_point dayEnds = Clock::time_point::max(); // the last person leaves then
    int signedIn = 0;                                     // people with a session now
    Tally tally;
    int errorsShown = 0;
    std::mt19937_64 keys; // Idempotency-Keys, as the client makes one for each write that takes one
};

} // namespace srs::bench::day
