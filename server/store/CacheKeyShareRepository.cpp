#include "CacheKeyShareRepository.h"

#include "Database.h"

#include "crypto/Crypto.h"

namespace srs::store {

Result<crypto::SecureBuffer>
CacheKeyShareRepository::obtain(const QString &userId, const QString &deviceFingerprint,
                                const QString &deviceSerial, const QDateTime &now)
{
    if (deviceFingerprint.size() != 64)
        return invalid(QStringLiteral("A cache key share needs the device certificate's SHA-256."));
    return m_db.transaction([&]() -> Result<crypto::SecureBuffer> {
        auto q = m_db.exec(
            QStringLiteral("SELECT share FROM cache_key_shares WHERE user_id = ? AND device_fingerprint = ? "
                           "AND revoked_at IS NULL"),
            {userId, deviceFingerprint});
        if (!q.ok())
            return q.error();
        if (q->next()) {
            QByteArray hex = q->value(0).toString().toLatin1();
            QByteArray raw = QByteArray::fromHex(hex);
            crypto::wipe(hex);
            if (raw.size() != ShareLength)
                return invalid(QStringLiteral("A stored cache key share is damaged."));
            return crypto::SecureBuffer::takeFrom(raw);
        }
        crypto::SecureBuffer share = crypto::randomSecret(ShareLength);
        crypto::SecureBuffer hex = share.toHex();
        auto up = m_db.exec(
            QStringLiteral("INSERT INTO cache_key_shares (user_id, device_fingerprint, device_serial, share, "
                           "created_at, revoked_at) VALUES (?, ?, ?, ?, ?, NULL) "
                           "ON CONFLICT (user_id, device_fingerprint) DO UPDATE SET share = excluded.share, "
                           "device_serial = excluded.device_serial, created_at = excluded.created_at, "
                           "revoked_at = NULL"),
            {userId, deviceFingerprint, deviceSerial, QString::fromLatin1(hex.constChar(), qsizetype(hex.size())),
             Database::encodeTime(now)});
        if (!up.ok())
            return up.error();
        return share;
    });
}

Status CacheKeyShareRepository::revoke(const QString &userId, const QString &deviceFingerprint,
                                       const QDateTime &now)
{
    return m_db.execChanging(
        QStringLiteral("UPDATE cache_key_shares SET revoked_at = ? WHERE user_id = ? AND "
                       "device_fingerprint = ? AND revoked_at IS NULL"),
        {Database::encodeTime(now), userId, deviceFingerprint});
}

Result<int> CacheKeyShareRepository::revokeAllForDevice(const QString &deviceSerial, const QDateTime &now)
{
    auto q = m_db.exec(QStringLiteral("UPDATE cache_key_shares SET revoked_at = ? WHERE device_serial = ? AND "
                                      "revoked_at IS NULL"),
                       {Database::encodeTime(now), deviceSerial});
    if (!q.ok())
        return q.error();
    return q->numRowsAffected();
}

Result<int> CacheKeyShareRepository::revokeAllForUser(const QString &userId, const QDateTime &now)
{
    auto q = m_db.exec(
        QStringLiteral("UPDATE cache_key_shares SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL"),
        {Database::encodeTime(now), userId});
    if (!q.ok())
        return q.error();
    return q->numRowsAffected();
}

} // namespace srs::store
