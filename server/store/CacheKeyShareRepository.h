#pragma once

#include "StoreResult.h"

#include "crypto/SecureBuffer.h"

#include <QDateTime>
#include <QString>

namespace srs::store {

class Database;

// The server-held half of each client cache key, one per (user, device). The client mixes
// it into its SQLCipher key, so revoking it here makes that device's cache unreadable.
// Threat: the share is stored as hex in the database; it only protects a stolen laptop's
// cache together with the user's password, never alone.
class CacheKeyShareRepository
{
public:
    static constexpr qsizetype ShareLength = 32;

    explicit CacheKeyShareRepository(Database &db) : m_db(db) {}

    // The current share for the pair, creating a fresh random one when there is none or
    // the last one was revoked.
    [[nodiscard]] Result<crypto::SecureBuffer> obtain(const QString &userId, const QString &deviceSubject,
                                                      const QDateTime &now);
    [[nodiscard]] Status revoke(const QString &userId, const QString &deviceSubject, const QDateTime &now);
    [[nodiscard]] Result<int> revokeAllForUser(const QString &userId, const QDateTime &now);

private:
    Database &m_db;
};

} // namespace srs::store
