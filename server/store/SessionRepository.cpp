#include "SessionRepository.h"

#include "Database.h"

#include "crypto/Crypto.h"

namespace srs::store {

QString SessionRepository::hashToken(const crypto::SecureBuffer &token)
{
    return QString::fromLatin1(crypto::sha256(token.view()).toHex());
}

Status SessionRepository::create(const SessionRecord &r)
{
    if (r.tokenHash.size() != 64 || r.userId.isEmpty() || r.deviceSubject.isEmpty() ||
        r.deviceFingerprint.size() != 64 || r.deviceSerial.isEmpty())
        return invalid(QStringLiteral("A session needs a token hash, a user and a device certificate."));
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO sessions (token_hash, user_id, device_subject, device_fingerprint, "
                       "device_serial, setting, created_at, last_seen_at, expires_at, revoked) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.tokenHash, r.userId, r.deviceSubject, r.deviceFingerprint, r.deviceSerial, r.setting,
         Database::encodeTime(r.createdAt), Database::encodeTime(r.lastSeenAt),
         Database::encodeTime(r.expiresAt), r.revoked ? 1 : 0});
    if (!q.ok())
        return q.error();
    return {};
}

Result<SessionRecord> SessionRepository::find(const QString &tokenHash)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT token_hash, user_id, device_subject, setting, created_at, last_seen_at, "
                       "expires_at, revoked, device_fingerprint, device_serial FROM sessions "
                       "WHERE token_hash = ?"),
        {tokenHash});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return notFound(QStringLiteral("No such session."));
    SessionRecord r;
    r.tokenHash = q->value(0).toString();
    r.userId = q->value(1).toString();
    r.deviceSubject = q->value(2).toString();
    r.setting = q->value(3).toString();
    r.createdAt = Database::decodeTime(q->value(4));
    r.lastSeenAt = Database::decodeTime(q->value(5));
    r.expiresAt = Database::decodeTime(q->value(6));
    r.revoked = q->value(7).toInt() != 0;
    r.deviceFingerprint = q->value(8).toString();
    r.deviceSerial = q->value(9).toString();
    return r;
}

namespace {

// The columns user_id, device_fingerprint, last_seen_at, expires_at and disabled, in that order
// from `first`.
ActiveSession activeSessionAt(const QVariantList &row, int first)
{
    ActiveSession s;
    s.userId = row.at(first).toString();
    s.deviceFingerprint = row.at(first + 1).toString();
    s.lastSeenAtMs = row.at(first + 2).toLongLong();
    s.expiresAtMs = row.at(first + 3).toLongLong();
    s.userDisabled = row.at(first + 4).toInt() != 0;
    return s;
}

} // namespace

Result<ActiveSession> SessionRepository::findActive(const QString &tokenHash)
{
    static const QString sql =
        QStringLiteral("SELECT s.user_id, s.device_fingerprint, s.last_seen_at, s.expires_at, u.disabled "
                       "FROM sessions s JOIN users u ON u.id = s.user_id "
                       "WHERE s.token_hash = ? AND s.revoked = 0");
    auto row = m_db.firstRow(sql, {tokenHash});
    if (!row.ok())
        return row.error();
    if (!row.value())
        return notFound(QStringLiteral("No such session."));
    return activeSessionAt(*row.value(), 0);
}

Result<SessionRepository::DeviceAndSession> SessionRepository::findActiveForDevice(const QString &tokenHash,
                                                                                   const QString &serial,
                                                                                   const QString &projectId)
{
    static const QString sql = QStringLiteral(
        "SELECT CASE WHEN EXISTS (SELECT 1 FROM revoked_devices WHERE serial = ?) THEN 1 ELSE 0 END, "
        "s.user_id, s.device_fingerprint, s.last_seen_at, s.expires_at, u.disabled "
        "FROM (SELECT 1 AS one) k LEFT JOIN sessions s ON s.token_hash = ? AND s.revoked = 0 "
        "LEFT JOIN users u ON u.id = s.user_id");
    // The same, and the project's workspace revision (NULL for no such project) in one more column.
    static const QString withRevisionSql = QStringLiteral(
        "SELECT CASE WHEN EXISTS (SELECT 1 FROM revoked_devices WHERE serial = ?) THEN 1 ELSE 0 END, "
        "s.user_id, s.device_fingerprint, s.last_seen_at, s.expires_at, u.disabled, "
        "(SELECT workspace_revision FROM projects WHERE id = ?) "
        "FROM (SELECT 1 AS one) k LEFT JOIN sessions s ON s.token_hash = ? AND s.revoked = 0 "
        "LEFT JOIN users u ON u.id = s.user_id");
    // Through Database::firstRow: on PostgreSQL, by the extended protocol.
    auto read = projectId.isEmpty() ? m_db.firstRow(sql, {serial, tokenHash})
                                    : m_db.firstRow(withRevisionSql, {serial, projectId, tokenHash});
    if (!read.ok())
        return read.error();
    const std::optional<QVariantList> &row = read.value();
    if (!row || row->size() < (projectId.isEmpty() ? 6 : 7))
        return StoreError{StoreError::Code::Database, QStringLiteral("The session lookup returned no row.")};
    DeviceAndSession out;
    out.deviceRevoked = row->at(0).toInt() != 0;
    if (!projectId.isEmpty() && !row->at(6).isNull())
        out.projectRevision = row->at(6).toLongLong();
    if (row->at(1).isNull()) {
        out.session = notFound(QStringLiteral("No such session."));
        return out;
    }
    out.session = activeSessionAt(*row, 1);
    return out;
}

Status SessionRepository::touch(const QString &tokenHash, const QDateTime &now)
{
    return m_db.execChanging(
        QStringLiteral("UPDATE sessions SET last_seen_at = ? WHERE token_hash = ? AND revoked = 0"),
        {Database::encodeTime(now), tokenHash});
}

Status SessionRepository::revoke(const QString &tokenHash)
{
    return m_db.execChanging(QStringLiteral("UPDATE sessions SET revoked = 1 WHERE token_hash = ?"),
                             {tokenHash});
}

Result<int> SessionRepository::revokeAllForUser(const QString &userId)
{
    auto q = m_db.exec(QStringLiteral("UPDATE sessions SET revoked = 1 WHERE user_id = ? AND revoked = 0"),
                       {userId});
    if (!q.ok())
        return q.error();
    return q->numRowsAffected();
}

Result<int> SessionRepository::revokeAllForDevice(const QString &deviceSerial)
{
    auto q =
        m_db.exec(QStringLiteral("UPDATE sessions SET revoked = 1 WHERE device_serial = ? AND revoked = 0"),
                  {deviceSerial});
    if (!q.ok())
        return q.error();
    return q->numRowsAffected();
}

Result<QList<SessionRecord>> SessionRepository::activeForUser(const QString &userId, const QDateTime &now)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT token_hash, user_id, device_subject, setting, created_at, last_seen_at, "
                       "expires_at, device_fingerprint, device_serial FROM sessions "
                       "WHERE user_id = ? AND revoked = 0 AND expires_at > ? ORDER BY last_seen_at DESC"),
        {userId, Database::encodeTime(now)});
    if (!q.ok())
        return q.error();
    QList<SessionRecord> out;
    while (q->next()) {
        SessionRecord r;
        r.tokenHash = q->value(0).toString();
        r.userId = q->value(1).toString();
        r.deviceSubject = q->value(2).toString();
        r.setting = q->value(3).toString();
        r.createdAt = Database::decodeTime(q->value(4));
        r.lastSeenAt = Database::decodeTime(q->value(5));
        r.expiresAt = Database::decodeTime(q->value(6));
        r.deviceFingerprint = q->value(7).toString();
        r.deviceSerial = q->value(8).toString();
        out.append(r);
    }
    return out;
}

Result<QString> SessionRepository::serialForFingerprint(const QString &fingerprint)
{
    auto q = m_db.exec(QStringLiteral("SELECT device_serial FROM sessions WHERE device_fingerprint = ? "
                                      "AND device_serial <> '' LIMIT 1"),
                       {fingerprint});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return notFound(QStringLiteral("No session was made with a device of this fingerprint."));
    return q->value(0).toString();
}

Result<int> SessionRepository::deleteExpired(const QDateTime &now)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM sessions WHERE revoked = 1 OR expires_at <= ?"),
                       {Database::encodeTime(now)});
    if (!q.ok())
        return q.error();
    return q->numRowsAffected();
}

} // namespace srs::store
