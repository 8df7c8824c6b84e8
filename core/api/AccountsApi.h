#pragma once

#include "Client.h"

namespace srs::api {

// Managing people's accounts, for administrators: the directory, one person, adding a person
// (the answer holds the initial password and TOTP secret, once), roles, accreditation, project
// membership, disabling and enabling, ending sessions, resetting TOTP, revoking a device.
class AccountsApi
{
public:
    explicit AccountsApi(Client &client) : m_client(client) {}

    [[nodiscard]] Call<protocol::AccountDirectory> *directory();
    [[nodiscard]] Call<protocol::AccountSummary> *person(const QString &userId);
    [[nodiscard]] Call<protocol::AccountSecrets> *create(const protocol::NewAccountRequest &request);
    [[nodiscard]] Call<protocol::AccountSummary> *setRoles(const QString &userId,
                                                           const protocol::RolesRequest &r);
    [[nodiscard]] Call<protocol::AccountSummary> *setAccreditation(const QString &userId,
                                                                   const protocol::AccreditationRequest &r);
    [[nodiscard]] Call<protocol::AccountSummary> *revokeAccreditation(const QString &userId,
                                                                      const protocol::ReasonRequest &r);
    [[nodiscard]] Call<protocol::AccountSummary> *setMember(const QString &projectId, const QString &userId,
                                                            const protocol::MembershipRequest &r);
    [[nodiscard]] Call<protocol::AccountSummary> *removeMember(const QString &projectId,
                                                               const QString &userId);
    [[nodiscard]] Call<protocol::AccountSummary> *disable(const QString &userId,
                                                          const protocol::ReasonRequest &r);
    [[nodiscard]] Call<protocol::AccountSummary> *enable(const QString &userId,
                                                         const protocol::ReasonRequest &r);
    [[nodiscard]] Call<protocol::AccountSummary> *endSessions(const QString &userId,
                                                              const protocol::ReasonRequest &r);
    [[nodiscard]] Call<protocol::AccountSecrets> *resetTotp(const QString &userId,
                                                            const protocol::ReasonRequest &r);
    [[nodiscard]] Call<protocol::DeviceRevocationInfo> *
    revokeDevice(const protocol::DeviceRevocationRequest &r);

private:
    Client &m_client;
};

} // namespace srs::api
