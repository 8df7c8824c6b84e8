#pragma once

#include "Database.h"

#include <QDateTime>
#include <QString>

#include <chrono>

namespace srs::store {

// Periodic work (the workspace scan, the ingest checks and sweep, the notices' e-mail and
// sweep) when several server instances share one database: each pass of a kind of work is
// claimed first, so that it runs on one instance at a time, and once per interval across all
// of them rather than once per instance.
//
// A claim takes a lock for the pass (a PostgreSQL session advisory lock on the thread's own
// connection; on SQLite an flock on a file beside the database), then moves the work's
// "last started" time forward in the database only if the interval has passed since any
// instance last started it. The lock ends with release(), or with the instance: a killed
// instance's connection closes and PostgreSQL frees its lock, so another instance takes the
// work on at its next turn. Times come from each instance's clock; keep them in step (NTP).
//
// One object per kind of work, used by one thread.
class PeriodicClaims
{
public:
    PeriodicClaims(Database &database, QString name);
    ~PeriodicClaims();
    PeriodicClaims(const PeriodicClaims &) = delete;
    PeriodicClaims &operator=(const PeriodicClaims &) = delete;

    enum class Claim
    {
        Run,    // this instance runs the pass now; release() after it
        Busy,   // another instance is running a pass of this work now
        NotDue, // another instance ran one within the interval
    };
    // `woken`: the pass is asked for at once (work has just arrived), whatever the interval.
    [[nodiscard]] Result<Claim> claim(std::chrono::milliseconds interval, bool woken,
                                      const QDateTime &now = QDateTime::currentDateTimeUtc());
    void release();

    [[nodiscard]] const QString &name() const { return m_name; }
    // The PostgreSQL advisory lock's keys for a work's name: a fixed first key for this service
    // and a stable hash of the name.
    [[nodiscard]] static int lockKey(const QString &name);

private:
    [[nodiscard]] Result<bool> lock();
    void unlock();

    Database &m_database;
    QString m_name;
    int m_lockFd = -1; // SQLite: the lock file, open while this object lives
    bool m_locked = false;
};

} // namespace srs::store
