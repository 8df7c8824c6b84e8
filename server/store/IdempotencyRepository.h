#pragma once

#include "StoreResult.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace srs::store {

class Database;

// A write made under a person's Idempotency-Key (see services/Idempotency.h).
struct IdempotencyRecord
{
    QString userId;
    QString key;
    QString route;         // the route's name ("submit")
    QString requestSha256; // of the method, path and body the key was first sent with
    QString resource;      // what the write made: "submission:S-...", "release:R-..."
    QDateTime createdAt;
};

class IdempotencyRepository
{
public:
    explicit IdempotencyRepository(Database &db) : m_db(db) {}

    [[nodiscard]] Result<std::optional<IdempotencyRecord>> find(const QString &userId, const QString &key);
    // In the write's transaction. A key already recorded (the same request made meanwhile on
    // another connection) is a Conflict, and the write rolls back with it.
    [[nodiscard]] Status insert(const IdempotencyRecord &record);
    // Forgets keys recorded before `before`; how many.
    [[nodiscard]] Result<int> purgeBefore(const QDateTime &before);

private:
    Database &m_db;
};

} // namespace srs::store
