#pragma once

#include "AccountService.h"
#include "ServerContext.h"

#include "domain/Result.h"
#include "protocol/AccountMessages.h"

#include <QString>

namespace srs::server {

// The /admin routes: administrators manage people's accounts from the client. Who may do what is
// domain::AccountRules (administrators only; never disabling oneself nor taking away one's own
// administrator role; a reason for taking access away), checked before anything is looked up, so
// a refused caller learns nothing about who exists. The changes are AccountAdministration's, with
// the administrator's user id as the audit log's actor; each takes effect on the next request.
//
// Adding a person and resetting a TOTP secret answer the secrets once (AccountSecrets): the
// server keeps only the password's Argon2id hash and the sealed TOTP secret, and never logs them.
class AdminAccountsService
{
public:
    explicit AdminAccountsService(ServerContext &context);

    [[nodiscard]] Result<protocol::AccountDirectory> directory(const Caller &caller);
    [[nodiscard]] Result<protocol::AccountSummary> person(const Caller &caller, const QString &userId);
    [[nodiscard]] Result<protocol::AccountSecrets> create(const Caller &caller,
                                                          const protocol::NewAccountRequest &request);
    [[nodiscard]] Result<protocol::AccountSummary> setRoles(const Caller &caller, const QString &userId,
                                                            const protocol::RolesRequest &request);
    [[nodiscard]] Result<protocol::AccountSummary>
    setAccreditation(const Caller &caller, const QString &userId,
                     const protocol::AccreditationRequest &request);
    [[nodiscard]] Result<protocol::AccountSummary>
    revokeAccreditation(const Caller &caller, const QString &userId, const protocol::ReasonRequest &request);
    [[nodiscard]] Result<protocol::AccountSummary> setMember(const Caller &caller, const QString &projectId,
                                                             const QString &userId,
                                                             const protocol::MembershipRequest &request);
    [[nodiscard]] Result<protocol::AccountSummary>
    removeMember(const Caller &caller, const QString &projectId, const QString &userId);
    [[nodiscard]] Result<protocol::AccountSummary> disable(const Caller &caller, const QString &userId,
                                                           const protocol::ReasonRequest &request);
    [[nodiscard]] Result<protocol::AccountSummary> enable(const Caller &caller, const QString &userId,
                                                          const protocol::ReasonRequest &request);
    [[nodiscard]] Result<protocol::AccountSummary> endSessions(const Caller &caller, const QString &userId,
                                                               const protocol::ReasonRequest &request);
    [[nodiscard]] Result<protocol::AccountSecrets> resetTotp(const Caller &caller, const QString &userId,
                                                             const protocol::ReasonRequest &request);
    [[nodiscard]] Result<protocol::DeviceRevocationInfo>
    revokeDevice(const Caller &caller, const protocol::DeviceRevocationRequest &request);

private:
    // One person as administrators see them; with `detail`, the devices they have sessions on.
    [[nodiscard]] Result<protocol::AccountSummary> describe(const QString &userId, bool detail);

    ServerContext &m_context;
};

} // namespace srs::server
