#pragma once

#include "StoreResult.h"

#include <QDateTime>
#include <QString>

namespace srs::store {

class Database;

// Slows down sign-in guessing, with two counts kept in the database (so that several server
// instances share them):
//  * per source: every failure from a source, whichever accounts it tries;
//  * per (source, account): failures for one username from one source.
// After a count's free failures, each further failure blocks for twice as long as the last
// (1 s, 2 s, 4 s, ... up to `maxBlockSeconds`); a source is refused while either of its counts
// blocks it. Failures older than `forgetAfterSeconds` are forgotten. A successful sign-in
// clears only its own (source, account) count: one person signing in does not wipe out the
// evidence of another account being guessed from the same place.
//
// A source is an address; IPv6 addresses are grouped per /64 (one host can hold a whole /64
// and would otherwise get a fresh count per address), and IPv4-mapped IPv6 addresses count as
// the IPv4 address they carry.
class SourceThrottle
{
public:
    struct Settings
    {
        int freeFailures = 3;
        qint64 maxBlockSeconds = 15 * 60;
        qint64 forgetAfterSeconds = 60 * 60;
    };
    struct State
    {
        int failures = 0;
        QDateTime blockedUntil; // null when not blocked
    };
    // A safe room's terminals share one address, so a source as a whole gets more free
    // failures than one account on it.
    static constexpr Settings PerSourceDefaults{20, 15 * 60, 60 * 60};
    static constexpr Settings PerAccountDefaults{3, 15 * 60, 60 * 60};

    explicit SourceThrottle(Database &db) : m_db(db) {}
    SourceThrottle(Database &db, Settings perSource, Settings perAccount)
        : m_db(db), m_perSource(perSource), m_perAccount(perAccount)
    {}

    // What the counts are kept under: "203.0.113.9", "2001:db8:1:2::/64".
    [[nodiscard]] static QString sourceGroup(const QString &address);

    // Null when this source may try this account now; otherwise the later of the two blocks.
    [[nodiscard]] Result<QDateTime> blockedUntil(const QString &source, const QString &account,
                                                 const QDateTime &now);
    // Counts a failure against the source and against (source, account); the state is the
    // one that blocks for longer.
    [[nodiscard]] Result<State> recordFailure(const QString &source, const QString &account,
                                              const QDateTime &now);
    // Clears the (source, account) count only.
    [[nodiscard]] Status recordSuccess(const QString &source, const QString &account);

private:
    [[nodiscard]] Result<State> countFailure(const QString &group, const QString &account,
                                             const Settings &settings, const QDateTime &now);

    Database &m_db;
    Settings m_perSource = PerSourceDefaults;
    Settings m_perAccount = PerAccountDefaults;
};

} // namespace srs::store
