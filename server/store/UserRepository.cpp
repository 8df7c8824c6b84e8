#include "UserRepository.h"

#include "Database.h"

#include "crypto/Crypto.h"

namespace srs::store {

using namespace srs::domain;

namespace {

const QString UserColumns =
    QStringLiteral("id, username, display_name, email, roles, disabled, password_hash, "
                   "totp_secret, totp_last_step, failed_attempts, locked_until, created_at");

UserRecord readUser(const QSqlQuery &q)
{
    UserRecord r;
    r.profile.id = q.value(0).toString();
    r.profile.username = q.value(1).toString();
    r.profile.displayName = q.value(2).toString();
    r.profile.email = q.value(3).toString();
    r.profile.roles = decodeRoles(q.value(4).toString());
    r.profile.disabled = q.value(5).toInt() != 0;
    r.passwordHash = q.value(6).toString();
    r.totpSecret = q.value(7).toString();
    if (!q.value(8).isNull())
        r.totpLastStep = q.value(8).toLongLong();
    r.failedAttempts = q.value(9).toInt();
    r.lockedUntil = Database::decodeTime(q.value(10));
    r.createdAt = Database::decodeTime(q.value(11));
    return r;
}

} // namespace

QString encodeRoles(const QList<Role> &roles)
{
    QStringList parts;
    for (const Role r : roles)
        parts.append(roleToString(r));
    return parts.join(QLatin1Char(','));
}

QList<Role> decodeRoles(const QString &text)
{
    QList<Role> roles;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const auto r = roleFromString(part); r && !roles.contains(*r))
            roles.append(*r);
    }
    return roles;
}

Status UserRepository::create(const UserRecord &r)
{
    const auto &p = r.profile;
    if (p.id.isEmpty() || p.username.isEmpty())
        return invalid(QStringLiteral("A user needs an id and a username."));
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO users (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(UserColumns),
        {p.id, p.username, Database::requiredText(p.displayName), Database::requiredText(p.email),
         Database::requiredText(encodeRoles(p.roles)), p.disabled ? 1 : 0,
         Database::requiredText(r.passwordHash), Database::requiredText(r.totpSecret),
         r.totpLastStep ? QVariant(*r.totpLastStep) : Database::nullInt64(), r.failedAttempts,
         Database::encodeTime(r.lockedUntil),
         Database::encodeTime(r.createdAt.isValid() ? r.createdAt : QDateTime::currentDateTimeUtc())});
    if (!q.ok())
        return q.error();
    return {};
}

Result<UserRecord> UserRepository::findBy(const QString &column, const QString &value)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM users WHERE %2 = ?").arg(UserColumns, column), {value});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return notFound(QStringLiteral("No such user."));
    return readUser(*q);
}

Result<UserRecord> UserRepository::findById(const QString &id)
{
    return findBy(QStringLiteral("id"), id);
}

Result<UserRecord> UserRepository::findByUsername(const QString &username)
{
    return findBy(QStringLiteral("username"), username);
}

Result<QList<User>> UserRepository::list()
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM users ORDER BY username").arg(UserColumns));
    if (!q.ok())
        return q.error();
    QList<User> out;
    while (q->next())
        out.append(readUser(*q).profile);
    return out;
}

Result<User> UserRepository::loadUser(const QString &id)
{
    return m_db.readTransaction([&]() -> Result<User> {
        auto r = findById(id);
        if (!r.ok())
            return r.error();
        User u = r->profile;
        auto a = currentAccreditation(id);
        if (!a.ok())
            return a.error();
        u.accreditation = *a;
        auto d = declarations(id);
        if (!d.ok())
            return d.error();
        u.declarations = *d;
        return u;
    });
}

Status UserRepository::setDisabled(const QString &id, bool disabled)
{
    return m_db.execChanging(QStringLiteral("UPDATE users SET disabled = ? WHERE id = ? AND disabled = ?"),
                             {disabled ? 1 : 0, id, disabled ? 0 : 1});
}

Status UserRepository::updateProfile(const User &p)
{
    return m_db.execChanging(
        QStringLiteral("UPDATE users SET display_name = ?, email = ?, roles = ?, disabled = ? WHERE id = ?"),
        {Database::requiredText(p.displayName), Database::requiredText(p.email),
         Database::requiredText(encodeRoles(p.roles)), p.disabled ? 1 : 0, p.id});
}

Status UserRepository::setPasswordHash(const QString &id, const QString &hash)
{
    return m_db.execChanging(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"), {hash, id});
}

Status UserRepository::setTotpSecret(const QString &id, const QString &sealedSecret)
{
    return m_db.execChanging(
        QStringLiteral("UPDATE users SET totp_secret = ?, totp_last_step = NULL WHERE id = ?"),
        {sealedSecret, id});
}

Result<bool> UserRepository::acceptTotpStep(const QString &id, qint64 step)
{
    auto q = m_db.exec(QStringLiteral("UPDATE users SET totp_last_step = ? "
                                      "WHERE id = ? AND (totp_last_step IS NULL OR totp_last_step < ?)"),
                       {step, id, step});
    if (!q.ok())
        return q.error();
    return q->numRowsAffected() == 1;
}

Result<FailedSignIn> UserRepository::recordFailedSignIn(const QString &id, const QDateTime &now,
                                                        int lockAfter, qint64 lockForSeconds)
{
    return m_db.transaction([&]() -> Result<FailedSignIn> {
        if (Status s = m_db.execChanging(
                QStringLiteral("UPDATE users SET failed_attempts = failed_attempts + 1 WHERE id = ?"), {id});
            !s.ok())
            return s.error();
        auto q = m_db.exec(QStringLiteral("SELECT failed_attempts FROM users WHERE id = ?"), {id});
        if (!q.ok())
            return q.error();
        if (!q->next())
            return notFound(QStringLiteral("No such user."));
        FailedSignIn result;
        result.failures = q->value(0).toInt();
        if (result.failures >= lockAfter) {
            result.lockedUntil = now.addSecs(lockForSeconds);
            if (Status s = m_db.execChanging(
                    QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = ? WHERE id = ?"),
                    {Database::encodeTime(result.lockedUntil), id});
                !s.ok())
                return s.error();
            result.failures = 0;
        }
        return result;
    });
}

Status UserRepository::resetFailedSignIns(const QString &id)
{
    return m_db.execChanging(
        QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?"), {id});
}

Status UserRepository::addAccreditation(const QString &userId, const Accreditation &a,
                                        const QDateTime &recordedAt)
{
    const QString id = QString::fromLatin1(crypto::randomBytes(12).toHex());
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO accreditations (id, user_id, kind, valid_from, valid_to, revoked, "
                       "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {id, userId, accreditationKindToString(a.kind), Database::encodeDay(a.validFrom),
         Database::encodeDay(a.validTo), a.revoked ? 1 : 0, Database::encodeTime(recordedAt)});
    if (!q.ok())
        return q.error();
    return {};
}

Result<std::optional<Accreditation>> UserRepository::currentAccreditation(const QString &userId)
{
    // Latest recorded wins; ties (same millisecond) are broken by id so the answer is stable.
    auto q = m_db.exec(QStringLiteral("SELECT kind, valid_from, valid_to, revoked FROM accreditations "
                                      "WHERE user_id = ? ORDER BY recorded_at DESC, id DESC LIMIT 1"),
                       {userId});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<Accreditation>();
    const auto kind = accreditationKindFromString(q->value(0).toString());
    if (!kind)
        return invalid(QStringLiteral("Stored accreditation has an unknown kind."));
    return std::optional<Accreditation>(Accreditation{
        *kind, Database::decodeDay(q->value(1)), Database::decodeDay(q->value(2)), q->value(3).toInt() != 0});
}

Status UserRepository::addDeclaration(const QString &userId, const Declaration &d)
{
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO declarations (user_id, kind, version, signed_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (user_id, kind, version) DO UPDATE SET signed_at = excluded.signed_at"),
        {userId, declarationKindToString(d.kind), d.version, Database::encodeTime(d.signedAt)});
    if (!q.ok())
        return q.error();
    return {};
}

Result<QList<Declaration>> UserRepository::declarations(const QString &userId)
{
    auto q = m_db.exec(QStringLiteral("SELECT kind, version, signed_at FROM declarations WHERE user_id = ? "
                                      "ORDER BY kind, version"),
                       {userId});
    if (!q.ok())
        return q.error();
    QList<Declaration> out;
    while (q->next()) {
        const auto kind = declarationKindFromString(q->value(0).toString());
        if (!kind)
            continue;
        out.append({*kind, q->value(1).toInt(), Database::decodeTime(q->value(2))});
    }
    return out;
}

} // namespace srs::store
