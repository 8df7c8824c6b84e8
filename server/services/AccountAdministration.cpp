#include "AccountAdministration.h"

#include "ServiceError.h"

#include "crypto/Crypto.h"
#include "crypto/PasswordHasher.h"
#include "crypto/Totp.h"
#include "store/AuditLog.h"
#include "store/ProjectRepository.h"
#include "store/SessionRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonArray rolesToJson(const QList<domain::Role> &roles)
{
    QJsonArray a;
    for (const domain::Role role : roles)
        a.append(domain::roleToString(role));
    return a;
}

QJsonObject withReason(QJsonObject details, const QString &reason)
{
    if (!reason.isEmpty())
        details.insert(u"reason"_s, reason);
    return details;
}

// A RevocationService error is a store failure: logged, answered as the plain 500.
Error revocationFailed(const Error &e)
{
    return e.code == u"bad-serial"_s ? Error{svc::BadRequest, e.message, u"serial"_s}
                                     : internalError(e.message);
}

} // namespace

crypto::SecureBuffer generatePassword()
{
    // No 0/O, 1/l/I: the password is read off a screen once and typed.
    static constexpr char Alphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    constexpr unsigned AlphabetSize = sizeof(Alphabet) - 1;
    constexpr unsigned Limit = 256 - 256 % AlphabetSize; // rejection sampling: no bias
    crypto::SecureBuffer password;
    int produced = 0;
    while (produced < 20) {
        crypto::SecureBuffer random = crypto::randomSecret(32);
        for (std::size_t i = 0; i < random.size() && produced < 20; ++i) {
            const unsigned byte = random.data()[i];
            if (byte >= Limit)
                continue;
            if (produced > 0 && produced % 5 == 0)
                password.append("-");
            const char c = Alphabet[byte % AlphabetSize];
            password.append(QByteArrayView(&c, 1));
            ++produced;
        }
    }
    return password;
}

QByteArray totpAssociatedData(const QString &userId)
{
    return (u"totp:"_s + userId).toUtf8();
}

store::Result<store::UserRecord> prepareAccount(ServerContext &context, const NewAccount &account)
{
    store::UserRecord record;
    record.profile.id = u"u-"_s + QString::fromLatin1(crypto::randomBytes(8).toHex());
    record.profile.username = account.username;
    record.profile.displayName = account.displayName;
    record.profile.email = account.email;
    record.profile.roles = account.roles;
    record.createdAt = context.now();
    const QByteArray hash = crypto::PasswordHasher().hash(account.password.view());
    if (hash.isEmpty())
        return store::invalid(u"the password could not be hashed"_s);
    record.passwordHash = QString::fromLatin1(hash);
    const QByteArray sealed =
        context.secrets().seal(account.totpSecret.view(), totpAssociatedData(record.profile.id));
    if (sealed.isEmpty())
        return store::invalid(u"the TOTP secret could not be sealed (is the secrets key valid?)"_s);
    record.totpSecret = QString::fromLatin1(sealed);
    return record;
}

store::Status storeAccount(ServerContext &context, const store::UserRecord &record, const QString &actor)
{
    const QJsonObject details{{u"username"_s, record.profile.username},
                              {u"display_name"_s, record.profile.displayName},
                              {u"roles"_s, rolesToJson(record.profile.roles)}};
    store::Database &db = context.database();
    return db.transaction([&]() -> store::Status {
        if (store::Status s = store::UserRepository(db).create(record); !s.ok())
            return s;
        auto event = store::AuditLog(db).append(actor, u"user.created"_s, u"user:"_s + record.profile.id,
                                                details, context.now());
        if (!event.ok())
            return event.error();
        return {};
    });
}

AccountAdministration::AccountAdministration(ServerContext &context, QString actor)
    : m_context(context), m_actor(std::move(actor))
{}

Error AccountAdministration::noSuchPerson()
{
    return Error{svc::NotFound, u"There is no such person."_s};
}

Error AccountAdministration::noSuchProject()
{
    return Error{svc::NotFound, u"There is no such project."_s};
}

Result<store::UserRecord> AccountAdministration::person(const QString &userId)
{
    auto found = store::UserRepository(m_context.database()).findById(userId);
    if (!found)
        return found.code() == store::StoreError::Code::NotFound ? noSuchPerson()
                                                                 : internalError(found.errorString());
    return std::move(found).value();
}

store::Status AccountAdministration::audited(const QString &action, const QString &subject,
                                             const QJsonObject &details,
                                             const std::function<store::Status()> &change)
{
    store::Database &db = m_context.database();
    return db.transaction([&]() -> store::Status {
        if (store::Status s = change(); !s.ok())
            return s;
        auto event = store::AuditLog(db).append(m_actor, action, subject, details, m_context.now());
        if (!event.ok())
            return event.error();
        return {};
    });
}

Result<AccountAdministration::Created> AccountAdministration::createAccount(NewAccount account)
{
    auto existing = store::UserRepository(m_context.database()).findByUsername(account.username);
    if (existing.ok())
        return Error{svc::Conflict,
                     u"There is already an account with the username \"%1\"."_s.arg(account.username),
                     u"username"_s};
    if (existing.code() != store::StoreError::Code::NotFound)
        return internalError(existing.errorString());
    if (account.password.isEmpty())
        account.password = generatePassword();
    if (account.totpSecret.isEmpty())
        account.totpSecret = crypto::Totp::generateSecret();
    auto record = prepareAccount(m_context, account);
    if (!record.ok())
        return internalError(record.errorString());
    if (store::Status s = storeAccount(m_context, record.value(), m_actor); !s.ok())
        return failedWrite(
            s.error(), Error{svc::Conflict,
                             u"There is already an account with the username \"%1\"."_s.arg(account.username),
                             u"username"_s});
    return Created{std::move(record).value(), std::move(account.password), std::move(account.totpSecret)};
}

Status AccountAdministration::setRoles(const QString &userId, const QList<domain::Role> &roles)
{
    auto found = person(userId);
    if (!found)
        return found.error();
    domain::User profile = found->profile;
    if (profile.roles == roles)
        return {};
    const QJsonObject details{{u"from"_s, rolesToJson(profile.roles)}, {u"to"_s, rolesToJson(roles)}};
    profile.roles = roles;
    const store::Status s = audited(u"user.roles-changed"_s, u"user:"_s + userId, details, [&] {
        return store::UserRepository(m_context.database()).updateProfile(profile);
    });
    if (!s.ok())
        return internalError(s.errorString());
    m_context.people().invalidate(userId);
    return {};
}

Status AccountAdministration::setAccreditation(const QString &userId,
                                               const domain::Accreditation &accreditation)
{
    if (auto found = person(userId); !found)
        return found.error();
    const QJsonObject details{{u"kind"_s, domain::accreditationKindToString(accreditation.kind)},
                              {u"valid_from"_s, accreditation.validFrom.toString(Qt::ISODate)},
                              {u"valid_to"_s, accreditation.validTo.toString(Qt::ISODate)}};
    const store::Status s = audited(u"user.accreditation-set"_s, u"user:"_s + userId, details, [&] {
        return store::UserRepository(m_context.database())
            .addAccreditation(userId, accreditation, m_context.now());
    });
    if (!s.ok())
        return internalError(s.errorString());
    m_context.people().invalidate(userId);
    return {};
}

Result<bool> AccountAdministration::revokeAccreditation(const QString &userId, const QString &reason)
{
    if (auto found = person(userId); !found)
        return found.error();
    store::UserRepository users(m_context.database());
    auto current = users.currentAccreditation(userId);
    if (!current.ok())
        return internalError(current.errorString());
    if (!current.value())
        return Error{svc::NotFound, u"This person has no accreditation to revoke."_s};
    if (current.value()->revoked)
        return false;
    domain::Accreditation revoked = *current.value();
    revoked.revoked = true;
    const QJsonObject details = withReason({{u"kind"_s, domain::accreditationKindToString(revoked.kind)},
                                            {u"valid_to"_s, revoked.validTo.toString(Qt::ISODate)}},
                                           reason);
    const store::Status s = audited(u"user.accreditation-revoked"_s, u"user:"_s + userId, details,
                                    [&] { return users.addAccreditation(userId, revoked, m_context.now()); });
    if (!s.ok())
        return internalError(s.errorString());
    m_context.people().invalidate(userId);
    return true;
}

Status AccountAdministration::setMember(const QString &projectId, const QString &userId,
                                        domain::ProjectRole role)
{
    if (auto found = person(userId); !found)
        return found.error();
    store::ProjectRepository projects(m_context.database());
    auto project = projects.find(projectId);
    if (!project)
        return project.code() == store::StoreError::Code::NotFound ? noSuchProject()
                                                                   : internalError(project.errorString());
    const QJsonObject details{{u"user"_s, userId}, {u"role"_s, domain::projectRoleToString(role)}};
    const store::Status s =
        audited(u"project.member-added"_s, u"project:"_s + projectId, details, [&]() -> store::Status {
            if (role == domain::ProjectRole::Lead && project->leadUserId != userId) {
                // One lead: the previous one stays on the project as a member.
                if (!project->leadUserId.isEmpty() && project->isMember(project->leadUserId)) {
                    if (store::Status m =
                            projects.setMember(projectId, project->leadUserId, domain::ProjectRole::Member);
                        !m.ok())
                        return m;
                }
                project->leadUserId = userId;
                if (store::Status saved = projects.save(*project); !saved.ok())
                    return saved;
            }
            return projects.setMember(projectId, userId, role);
        });
    if (!s.ok())
        return internalError(s.errorString());
    m_context.projects().invalidate(projectId);
    return {};
}

Result<bool> AccountAdministration::removeMember(const QString &projectId, const QString &userId)
{
    if (auto found = person(userId); !found)
        return found.error();
    store::ProjectRepository projects(m_context.database());
    auto project = projects.find(projectId);
    if (!project)
        return project.code() == store::StoreError::Code::NotFound ? noSuchProject()
                                                                   : internalError(project.errorString());
    if (!project->isMember(userId))
        return false;
    if (project->leadUserId == userId)
        return Error{u"account-project-lead"_s,
                     u"This person leads the project: make another member the lead first."_s};
    const store::Status s =
        audited(u"project.member-removed"_s, u"project:"_s + projectId, {{u"user"_s, userId}},
                [&] { return projects.removeMember(projectId, userId); });
    if (!s.ok())
        return internalError(s.errorString());
    m_context.projects().invalidate(projectId);
    return true;
}

Result<crypto::SecureBuffer> AccountAdministration::resetTotp(const QString &userId, const QString &reason)
{
    if (auto found = person(userId); !found)
        return found.error();
    crypto::SecureBuffer secret = crypto::Totp::generateSecret();
    const QByteArray sealed = m_context.secrets().seal(secret.view(), totpAssociatedData(userId));
    if (sealed.isEmpty())
        return internalError(u"the TOTP secret could not be sealed"_s);
    const store::Status s = audited(u"user.totp-reset"_s, u"user:"_s + userId, withReason({}, reason), [&] {
        return store::UserRepository(m_context.database()).setTotpSecret(userId, QString::fromLatin1(sealed));
    });
    if (!s.ok())
        return internalError(s.errorString());
    return secret;
}

Result<RevocationService::Outcome> AccountAdministration::disable(const QString &userId,
                                                                  const QString &reason)
{
    if (auto found = person(userId); !found)
        return found.error();
    auto done = RevocationService(m_context, m_actor).disableUser(userId, reason);
    if (!done)
        return revocationFailed(done.error());
    return done;
}

Result<RevocationService::Outcome> AccountAdministration::enable(const QString &userId, const QString &reason)
{
    if (auto found = person(userId); !found)
        return found.error();
    auto done = RevocationService(m_context, m_actor).enableUser(userId, reason);
    if (!done)
        return revocationFailed(done.error());
    return done;
}

Result<RevocationService::Outcome> AccountAdministration::endSessions(const QString &userId,
                                                                      const QString &reason)
{
    if (auto found = person(userId); !found)
        return found.error();
    auto done = RevocationService(m_context, m_actor).endSessions(userId, reason);
    if (!done)
        return revocationFailed(done.error());
    return done;
}

Result<RevocationService::Outcome> AccountAdministration::revokeDevice(const QString &serial,
                                                                       const QString &fingerprint,
                                                                       const QString &reason,
                                                                       QString *revokedSerial)
{
    QString target = serial;
    if (target.isEmpty()) {
        auto known = store::SessionRepository(m_context.database()).serialForFingerprint(fingerprint);
        if (!known)
            return known.code() == store::StoreError::Code::NotFound
                       ? Error{svc::NotFound,
                               u"No session was made with a device certificate of this fingerprint: give its "
                               u"serial number instead."_s}
                       : internalError(known.errorString());
        target = known.value();
    }
    const QString normalised = normaliseSerial(target);
    if (normalised.isEmpty())
        return Error{svc::BadRequest,
                     u"\"%1\" is not a certificate serial number in hexadecimal."_s.arg(target), u"serial"_s};
    auto done = RevocationService(m_context, m_actor).revokeDevice(normalised, reason);
    if (!done)
        return revocationFailed(done.error());
    if (revokedSerial)
        *revokedSerial = normalised;
    return done;
}

} // namespace srs::server
