#pragma once

#include "StoreResult.h"

#include "crypto/SecureBuffer.h"

#include <QDateTime>
#include <QString>

namespace srs::store {

class Database;

// The server-held half of each client cache key, one per (user, device certificate: its
// SHA-256 fingerprint, so another certificate with the same subject gets nothing). The client mixes
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
    // `deviceSerial` is kept so that revoking the device (by serial) revokes its shares.
    [[nodiscard]] Result<crypto::SecureBuffer> obtain(const QString &userId, const QString &deviceFingerprint,
                                                      const QString &deviceSerial, const QDateTime &now);
    [[nodiscard]] Status revoke(const QString &userId, const QString &deviceFingerprint, const QDateTime &now);
    [[nodiscard]] Result<int> revokeAllForUser(const QString &userId, const QDateTime &now);
    // Every user's share on the device certificates with this serial.
    [[nodiscard]] Result<int> revokeAllForDevice(const QString &deviceSerial, const QDateTime &now);

private:
    Database &m_db;
};

} // namespace srs::store
