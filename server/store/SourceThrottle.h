#pragma once

#include "StoreResult.h"

#include <QDateTime>
#include <QString>

namespace srs::store {

class Database;

// Slows down a source address that keeps failing to sign in, whichever accounts it tries:
// after `freeFailures` failures, each further failure blocks the source for twice as long
// as the last (1 s, 2 s, 4 s, ... up to `maxBlockSeconds`). Failures older than
// `forgetAfterSeconds` are forgotten. Kept in the database so that several server
// instances share it.
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

    explicit SourceThrottle(Database &db) : m_db(db) {}
    SourceThrottle(Database &db, Settings settings) : m_db(db), m_settings(settings) {}

    // Null when the source may try now.
    [[nodiscard]] Result<QDateTime> blockedUntil(const QString &source, const QDateTime &now);
    [[nodiscard]] Result<State> recordFailure(const QString &source, const QDateTime &now);
    [[nodiscard]] Status recordSuccess(const QString &source);

private:
    Database &m_db;
    Settings m_settings;
};

} // namespace srs::store
