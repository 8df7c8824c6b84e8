#include "AdminAccountsService.h"

#include "AccountAdministration.h"
#include "ServiceError.h"

#include "crypto/Crypto.h"
#include "crypto/Totp.h"
#include "domain/AccountRules.h"
#include "store/ProjectRepository.h"
#include "store/SessionRepository.h"
#include "store/UserRepository.h"

namespace srs::server {

using namespace Qt::Literals::StringLiterals;
using domain::AccountRules;

namespace {

const QString TotpIssuer = u"SRS"_s;

QList<protocol::AccountProject> projectsOf(const QString &userId, const QList<domain::Project> &projects)
{
    QList<protocol::AccountProject> out;
    for (const domain::Project &p : projects) {
        if (const domain::ProjectMember *m = p.member(userId))
            out.append({p.id, p.title, domain::projectRoleToString(m->role)});
    }
    return out;
}

// The secrets of a new person or a reset, in bytes that are wiped when the SecureBuffers go.
protocol::AccountSecrets secretsOf(const QString &username, const crypto::SecureBuffer &password,
                                   const crypto::SecureBuffer &totpSecret)
{
    protocol::AccountSecrets s;
    s.initialPassword = password.view().toByteArray();
    const crypto::SecureBuffer base32 = crypto::base32Encode(totpSecret.view(), false);
    s.totpSecret = base32.view().toByteArray();
    const crypto::Totp totp(totpSecret.clone());
    s.otpauthUri = totp.provisioningUri(TotpIssuer, username).view().toByteArray();
    return s;
}

} // namespace

AdminAccountsService::AdminAccountsService(ServerContext &context) : m_context(context) {}

Result<protocol::AccountSummary> AdminAccountsService::describe(const QString &userId, bool detail)
{
    store::Database &db = m_context.database();
    auto record = store::UserRepository(db).findById(userId);
    if (!record)
        return record.code() == store::StoreError::Code::NotFound ? AccountAdministration::noSuchPerson()
                                                                  : internalError(record.errorString());
    auto accreditation = store::UserRepository(db).currentAccreditation(userId);
    if (!accreditation)
        return internalError(accreditation.errorString());
    auto projects = store::ProjectRepository(db).listForMember(userId);
    if (!projects)
        return internalError(projects.errorString());
    protocol::AccountSummary a;
    a.user = record->profile;
    a.user.accreditation = accreditation.value();
    a.projects = projectsOf(userId, projects.value());
    if (record->lockedUntil.isValid() && record->lockedUntil > m_context.now())
        a.lockedUntil = record->lockedUntil;
    a.detail = detail;
    if (detail) {
        auto sessions = store::SessionRepository(db).activeForUser(userId, m_context.now());
        if (!sessions)
            return internalError(sessions.errorString());
        QSet<QString> seen;
        for (const store::SessionRecord &s : sessions.value()) {
            if (seen.contains(s.deviceFingerprint))
                continue; // the newest session of each device
            seen.insert(s.deviceFingerprint);
            a.devices.append({s.deviceSerial, s.deviceFingerprint, s.deviceSubject, s.setting, s.lastSeenAt});
        }
    }
    return a;
}

Result<protocol::AccountDirectory> AdminAccountsService::directory(const Caller &caller)
{
    if (Status s = AccountRules::checkCanManageAccounts(caller.user); !s)
        return s.error();
    store::Database &db = m_context.database();
    store::UserRepository users(db);
    auto people = users.list();
    if (!people)
        return internalError(people.errorString());
    auto projects = store::ProjectRepository(db).list();
    if (!projects)
        return internalError(projects.errorString());
    protocol::AccountDirectory d;
    for (const domain::User &u : people.value()) {
        auto accreditation = users.currentAccreditation(u.id);
        if (!accreditation)
            return internalError(accreditation.errorString());
        protocol::AccountSummary a;
        a.user = u;
        a.user.accreditation = accreditation.value();
        a.projects = projectsOf(u.id, projects.value());
        d.people.append(a);
    }
    for (const domain::Project &p : projects.value())
        d.projects.append({p.id, p.title, domain::projectStatusToString(p.status)});
    for (const domain::Role role : domain::allRoles())
        d.roles.append(domain::roleToString(role));
    return d;
}

Result<protocol::AccountSummary> AdminAccountsService::person(const Caller &caller, const QString &userId)
{
    if (Status s = AccountRules::checkCanManageAccounts(caller.user); !s)
        return s.error();
    return describe(userId, true);
}

Result<protocol::AccountSecrets> AdminAccountsService::create(const Caller &caller,
                                                              const protocol::NewAccountRequest &request)
{
    if (Status s = AccountRules::checkCanManageAccounts(caller.user); !s)
        return s.error();
    NewAccount account;
    account.username = request.username;
    account.displayName = request.displayName;
    account.email = request.email;
    account.roles = request.roles;
    auto created = AccountAdministration(m_context, caller.user.id).createAccount(std::move(account));
    if (!created)
        return created.error();
    protocol::AccountSecrets secrets =
        secretsOf(created->record.profile.username, created->password, created->totpSecret);
    auto described = describe(created->record.profile.id, true);
    if (!described) {
        secrets.wipe();
        return described.error();
    }
    secrets.account = std::move(described).value();
    secrets.notice = u"Hand the initial password and the TOTP secret to the person over a trusted channel. "
                     u"They are shown only now: the service keeps neither in a form it could show again."_s;
    return secrets;
}

Result<protocol::AccountSummary> AdminAccountsService::setRoles(const Caller &caller, const QString &userId,
                                                                const protocol::RolesRequest &request)
{
    if (Status s = AccountRules::checkCanSetRoles(caller.user, userId, request.roles); !s)
        return s.error();
    if (Status s = AccountAdministration(m_context, caller.user.id).setRoles(userId, request.roles); !s)
        return s.error();
    return describe(userId, true);
}

Result<protocol::AccountSummary>
AdminAccountsService::setAccreditation(const Caller &caller, const QString &userId,
                                       const protocol::AccreditationRequest &request)
{
    if (Status s = AccountRules::checkCanManageAccounts(caller.user); !s)
        return s.error();
    domain::Accreditation accreditation = domain::Accreditation::standard(request.kind, request.validFrom);
    if (request.validTo.isValid())
        accreditation.validTo = request.validTo;
    if (Status s = AccountAdministration(m_context, caller.user.id).setAccreditation(userId, accreditation);
        !s)
        return s.error();
    return describe(userId, true);
}

Result<protocol::AccountSummary>
AdminAccountsService::revokeAccreditation(const Caller &caller, const QString &userId,
                                          const protocol::ReasonRequest &request)
{
    if (Status s = AccountRules::checkCanTakeAccessAway(caller.user, request.reason); !s)
        return s.error();
    auto revoked =
        AccountAdministration(m_context, caller.user.id).revokeAccreditation(userId, request.reason);
    if (!revoked)
        return revoked.error();
    return describe(userId, true);
}

Result<protocol::AccountSummary> AdminAccountsService::setMember(const Caller &caller,
                                                                 const QString &projectId,
                                                                 const QString &userId,
                                                                 const protocol::MembershipRequest &request)
{
    if (Status s = AccountRules::checkCanManageAccounts(caller.user); !s)
        return s.error();
    const auto role = domain::projectRoleFromString(request.role);
    if (!role)
        return Error{svc::BadRequest, u"role: expected \"member\", \"lead\" or \"supervisor\""_s, u"role"_s};
    if (Status s = AccountAdministration(m_context, caller.user.id).setMember(projectId, userId, *role); !s)
        return s.error();
    return describe(userId, true);
}

Result<protocol::AccountSummary>
AdminAccountsService::removeMember(const Caller &caller, const QString &projectId, const QString &userId)
{
    if (Status s = AccountRules::checkCanManageAccounts(caller.user); !s)
        return s.error();
    auto removed = AccountAdministration(m_context, caller.user.id).removeMember(projectId, userId);
    if (!removed)
        return removed.error();
    return describe(userId, true);
}

Result<protocol::AccountSummary> AdminAccountsService::disable(const Caller &caller, const QString &userId,
                                                               const protocol::ReasonRequest &request)
{
    if (Status s = AccountRules::checkCanDisable(caller.user, userId, request.reason); !s)
        return s.error();
    auto done = AccountAdministration(m_context, caller.user.id).disable(userId, request.reason);
    if (!done)
        return done.error();
    return describe(userId, true);
}

Result<protocol::AccountSummary> AdminAccountsService::enable(const Caller &caller, const QString &userId,
                                                              const protocol::ReasonRequest &request)
{
    if (Status s = AccountRules::checkCanManageAccounts(caller.user); !s)
        return s.error();
    if (Status s = AccountRules::checkReason(request.reason, true); !s)
        return s.error();
    auto done = AccountAdministration(m_context, caller.user.id).enable(userId, request.reason);
    if (!done)
        return done.error();
    return describe(userId, true);
}

Result<protocol::AccountSummary> AdminAccountsService::endSessions(const Caller &caller,
                                                                   const QString &userId,
                                                                   const protocol::ReasonRequest &request)
{
    if (Status s = AccountRules::checkCanTakeAccessAway(caller.user, request.reason); !s)
        return s.error();
    auto done = AccountAdministration(m_context, caller.user.id).endSessions(userId, request.reason);
    if (!done)
        return done.error();
    return describe(userId, true);
}

Result<protocol::AccountSecrets> AdminAccountsService::resetTotp(const Caller &caller, const QString &userId,
                                                                 const protocol::ReasonRequest &request)
{
    if (Status s = AccountRules::checkCanTakeAccessAway(caller.user, request.reason); !s)
        return s.error();
    auto secret = AccountAdministration(m_context, caller.user.id).resetTotp(userId, request.reason);
    if (!secret)
        return secret.error();
    auto described = describe(userId, true);
    if (!described)
        return described.error();
    protocol::AccountSecrets secrets = secretsOf(described->user.username, {}, secret.value());
    secrets.account = std::move(described).value();
    secrets.notice = u"Hand the new TOTP secret to the person over a trusted channel. It is shown only now; "
                     u"codes from the old one no longer work."_s;
    return secrets;
}

Result<protocol::DeviceRevocationInfo>
AdminAccountsService::revokeDevice(const Caller &caller, const protocol::DeviceRevocationRequest &request)
{
    if (Status s = AccountRules::checkCanTakeAccessAway(caller.user, request.reason); !s)
        return s.error();
    QString serial;
    auto done = AccountAdministration(m_context, caller.user.id)
                    .revokeDevice(request.serial, request.fingerprint, request.reason, &serial);
    if (!done)
        return done.error();
    protocol::DeviceRevocationInfo info;
    info.serial = serial;
    info.changed = done->changed;
    info.sessionsEnded = done->sessionsEnded;
    info.sharesRevoked = done->sharesRevoked;
    return info;
}

} // namespace srs::server
