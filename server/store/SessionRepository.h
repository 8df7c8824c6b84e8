#pragma once

#include "StoreResult.h"

#include "crypto/SecureBuffer.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace srs::store {

class Database;

// A signed-in session. The token itself is never stored: only its SHA-256 (hex), so a
// copy of the database does not let anyone use a session. The session is bound to the
// device certificate itself (its SHA-256 over the DER); the caller refuses a token presented
// with any other certificate, even one with the same subject.
struct SessionRecord
{
    QString tokenHash; // hex SHA-256 of the token
    QString userId;
    QString deviceSubject;     // for people reading the data; not what the session is bound to
    QString deviceFingerprint; // hex SHA-256 of the device certificate (DER)
    QString deviceSerial;      // the certificate's serial, so that revoking it ends the session
    QString setting;           // domain::settingKindToString() at sign-in
    QDateTime createdAt;
    QDateTime lastSeenAt;
    QDateTime expiresAt; // absolute lifetime
    bool revoked = false;
};

// What every authenticated call checks of its session, read in one statement together with
// whether the account is disabled (never from a cache: a disabled account's sessions are
// refused from the next request on).
struct ActiveSession
{
    QString userId;
    QString deviceFingerprint;
    bool userDisabled = false;
    qint64 lastSeenAtMs = 0; // milliseconds since the epoch, as stored
    qint64 expiresAtMs = 0;
};

class SessionRepository
{
public:
    explicit SessionRepository(Database &db) : m_db(db) {}

    // The hex SHA-256 under which a token is stored.
    [[nodiscard]] static QString hashToken(const crypto::SecureBuffer &token);

    [[nodiscard]] Status create(const SessionRecord &record);
    [[nodiscard]] Result<SessionRecord> find(const QString &tokenHash);
    // The session if it exists and is not revoked (NotFound otherwise): only the columns
    // that every call checks.
    [[nodiscard]] Result<ActiveSession> findActive(const QString &tokenHash);
    // Whether the device with this certificate serial is revoked, and the session as
    // findActive() finds it (NotFound: unknown or revoked), in one statement: one round trip to
    // the database for the two checks every authenticated request makes. With a `projectId`, the
    // same statement also reads that project's workspace revision (for the clients' poll, which
    // then needs no statement of its own when nothing changed); unset for no such project.
    struct DeviceAndSession
    {
        bool deviceRevoked = false;
        Result<ActiveSession> session = StoreError{StoreError::Code::NotFound, {}};
        std::optional<qint64> projectRevision;
    };
    [[nodiscard]] Result<DeviceAndSession>
    findActiveForDevice(const QString &tokenHash, const QString &serial, const QString &projectId = {});
    [[nodiscard]] Status touch(const QString &tokenHash, const QDateTime &now);
    [[nodiscard]] Status revoke(const QString &tokenHash);
    [[nodiscard]] Result<int> revokeAllForUser(const QString &userId);
    // Ends every session made with a device certificate of this serial.
    [[nodiscard]] Result<int> revokeAllForDevice(const QString &deviceSerial);
    // The person's sessions now (not revoked, not past their absolute lifetime), newest first.
    [[nodiscard]] Result<QList<SessionRecord>> activeForUser(const QString &userId, const QDateTime &now);
    // The serial of the device certificate with this fingerprint (hex SHA-256), from any session
    // made with it; NotFound when none is known.
    [[nodiscard]] Result<QString> serialForFingerprint(const QString &fingerprint);
    // Removes sessions that are revoked or past their absolute lifetime.
    [[nodiscard]] Result<int> deleteExpired(const QDateTime &now);

private:
    Database &m_db;
};

} // namespace srs::store
