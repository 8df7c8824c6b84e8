#pragma once

#include "RevocationService.h"
#include "ServerContext.h"

#include "crypto/SecureBuffer.h"
#include "domain/Accreditation.h"
#include "domain/Project.h"
#include "domain/Result.h"
#include "domain/User.h"
#include "store/StoreResult.h"
#include "store/UserRepository.h"

#include <QList>
#include <QString>

namespace srs::server {

// A strong random initial password: 20 characters from an alphabet without look-alikes
// (about 115 bits), in groups of five joined by '-'.
[[nodiscard]] crypto::SecureBuffer generatePassword();

// The associated data under which a user's TOTP secret is sealed with
// ServerContext::secrets(): exactly "totp:" + user id, as UTF-8. The sign-in code opens
// UserRecord::totpSecret with the same bytes; a sealed secret copied to another user's
// row therefore does not open.
[[nodiscard]] QByteArray totpAssociatedData(const QString &userId);

// Everything needed to create an account. The password is hashed with Argon2id (default
// costs) and the TOTP secret sealed before anything is written.
struct NewAccount
{
    QString username;
    QString displayName;
    QString email;
    QList<domain::Role> roles;
    crypto::SecureBuffer password;
    crypto::SecureBuffer totpSecret;
};

// Hashes the password (Argon2id, default costs) and seals the TOTP secret: the slow part,
// done before any transaction. The record has a new user id.
[[nodiscard]] store::Result<store::UserRecord> prepareAccount(ServerContext &context,
                                                              const NewAccount &account);
// Writes the account and its "user.created" audit event (by `actor`) in one transaction (joining
// the caller's when there is one).
[[nodiscard]] store::Status storeAccount(ServerContext &context, const store::UserRecord &record,
                                         const QString &actor);

// The changes administrators make to people's accounts, shared by the admin command line (actor
// "admin-cli") and the /admin routes (the administrator's user id): adding a person, roles,
// accreditation, project membership, disabling and enabling, ending sessions, resetting the TOTP
// secret and revoking a device certificate (the last four through RevocationService). Who may
// make them is decided before (domain::AccountRules, by the routes); this class checks only what
// the data must be. Each change is written with its audit event in one transaction, and the
// entries of this server's caches that it makes stale are forgotten at once, so it takes effect
// on the next request here (a change made from the command line, another process, reaches a
// running server within ServerContext::ReadCacheMs; disabling and ending sessions at once).
//
// Errors: not-found (no such person or project), conflict (the username is taken),
// account-project-lead (removing a project's lead), internal-error.
class AccountAdministration
{
public:
    AccountAdministration(ServerContext &context, QString actor);

    struct Created
    {
        store::UserRecord record;
        crypto::SecureBuffer password;   // as made (or as given)
        crypto::SecureBuffer totpSecret; // raw bytes
    };
    // `account.password` empty: a random one (generatePassword()); `account.totpSecret` empty: a
    // new one. Audited as "user.created".
    [[nodiscard]] Result<Created> createAccount(NewAccount account);
    // Audited as "user.roles-changed" with the roles before and after; nothing when unchanged.
    [[nodiscard]] Status setRoles(const QString &userId, const QList<domain::Role> &roles);
    // Records the accreditation as the current one. Audited as "user.accreditation-set".
    [[nodiscard]] Status setAccreditation(const QString &userId, const domain::Accreditation &accreditation);
    // Revokes the current accreditation: false when it was revoked already (nothing written),
    // not-found when there is none. Audited as "user.accreditation-revoked".
    [[nodiscard]] Result<bool> revokeAccreditation(const QString &userId, const QString &reason = {});
    // Puts the person on the project with this role, or changes it. A new lead takes the
    // project's lead; the previous one stays on as a member. Audited as "project.member-added".
    [[nodiscard]] Status setMember(const QString &projectId, const QString &userId, domain::ProjectRole role);
    // Takes the person off the project: false when they were not on it. The lead cannot be taken
    // off (make another member the lead first). Audited as "project.member-removed".
    [[nodiscard]] Result<bool> removeMember(const QString &projectId, const QString &userId);
    // A new TOTP secret (raw bytes): codes of the old one stop working at once. Audited as
    // "user.totp-reset".
    [[nodiscard]] Result<crypto::SecureBuffer> resetTotp(const QString &userId, const QString &reason);

    [[nodiscard]] Result<RevocationService::Outcome> disable(const QString &userId, const QString &reason);
    [[nodiscard]] Result<RevocationService::Outcome> enable(const QString &userId, const QString &reason);
    [[nodiscard]] Result<RevocationService::Outcome> endSessions(const QString &userId,
                                                                 const QString &reason);
    // By serial (any form normaliseSerial() reads) or, when `serial` is empty, by the fingerprint
    // of a certificate that a session was made with. Outcome's serial in `revokedSerial`.
    [[nodiscard]] Result<RevocationService::Outcome> revokeDevice(const QString &serial,
                                                                  const QString &fingerprint,
                                                                  const QString &reason,
                                                                  QString *revokedSerial);

    [[nodiscard]] static Error noSuchPerson();
    [[nodiscard]] static Error noSuchProject();

private:
    [[nodiscard]] Result<store::UserRecord> person(const QString &userId);
    [[nodiscard]] store::Status audited(const QString &action, const QString &subject,
                                        const QJsonObject &details,
                                        const std::function<store::Status()> &change);

    ServerContext &m_context;
    QString m_actor;
};

} // namespace srs::server
