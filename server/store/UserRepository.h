#pragma once

#include "StoreResult.h"

#include "domain/User.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace srs::store {

class Database;

// What the store keeps about an account beyond the domain::User profile. Secrets stay in
// this record and never enter domain::User.
struct UserRecord
{
    domain::User profile; // id, username, displayName, email, roles, disabled
    QString passwordHash; // PHC Argon2id string
    QString totpSecret;   // crypto::SecretBox::seal(secret, "totp:" + id): never the clear secret
    std::optional<qint64> totpLastStep;
    int failedAttempts = 0;
    QDateTime lockedUntil;
    QDateTime createdAt;
};

struct FailedSignIn
{
    int failures = 0;      // consecutive failures so far (0 once a lock is set)
    QDateTime lockedUntil; // set when this failure locked the account
};

class UserRepository
{
public:
    explicit UserRepository(Database &db) : m_db(db) {}

    [[nodiscard]] Status create(const UserRecord &record);
    [[nodiscard]] Result<UserRecord> findById(const QString &id);
    [[nodiscard]] Result<UserRecord> findByUsername(const QString &username);
    [[nodiscard]] Result<QList<domain::User>> list(); // profiles only, by username

    // The profile with the current accreditation and every declaration: what the access
    // policy needs, read in one snapshot.
    [[nodiscard]] Result<domain::User> loadUser(const QString &id);

    [[nodiscard]] Status updateProfile(const domain::User &profile); // display name, email, roles, disabled
    // Disables or enables the account: NotFound when it already is (or there is no such user).
    [[nodiscard]] Status setDisabled(const QString &id, bool disabled);
    [[nodiscard]] Status setPasswordHash(const QString &id, const QString &hash);
    [[nodiscard]] Status setTotpSecret(const QString &id, const QString &sealedSecret);

    // Records a TOTP step as used if, and only if, it is later than the last one: true when
    // this call took it. Atomic, so the same code cannot be used twice even by two server
    // instances at once.
    [[nodiscard]] Result<bool> acceptTotpStep(const QString &id, qint64 step);

    // Counts a failed sign-in; the `lockAfter`th consecutive failure locks the account until
    // now + lockFor and starts the count again.
    [[nodiscard]] Result<FailedSignIn> recordFailedSignIn(const QString &id, const QDateTime &now,
                                                          int lockAfter, qint64 lockForSeconds);
    [[nodiscard]] Status resetFailedSignIns(const QString &id);

    // Accreditation history: the current one is the one recorded last.
    [[nodiscard]] Status addAccreditation(const QString &userId, const domain::Accreditation &a,
                                          const QDateTime &recordedAt);
    [[nodiscard]] Result<std::optional<domain::Accreditation>> currentAccreditation(const QString &userId);

    [[nodiscard]] Status addDeclaration(const QString &userId, const domain::Declaration &d);
    [[nodiscard]] Result<QList<domain::Declaration>> declarations(const QString &userId);

private:
    [[nodiscard]] Result<UserRecord> findBy(const QString &column, const QString &value);
    Database &m_db;
};

[[nodiscard]] QString encodeRoles(const QList<domain::Role> &roles);
[[nodiscard]] QList<domain::Role> decodeRoles(const QString &text);

} // namespace srs::store
