#include "AccountsApi.h"

namespace srs::api {

namespace route = protocol::route;

Call<protocol::AccountDirectory> *AccountsApi::directory()
{
    return m_client.send(route::AdminUsers);
}

Call<protocol::AccountSummary> *AccountsApi::person(const QString &userId)
{
    return m_client.send(route::AdminUser, {userId});
}

Call<protocol::AccountSecrets> *AccountsApi::create(const protocol::NewAccountRequest &request)
{
    return m_client.send(route::AdminCreateUser, {}, request);
}

Call<protocol::AccountSummary> *AccountsApi::setRoles(const QString &userId, const protocol::RolesRequest &r)
{
    return m_client.send(route::AdminSetRoles, {userId}, r);
}

Call<protocol::AccountSummary> *AccountsApi::setAccreditation(const QString &userId,
                                                              const protocol::AccreditationRequest &r)
{
    return m_client.send(route::AdminSetAccreditation, {userId}, r);
}

Call<protocol::AccountSummary> *AccountsApi::revokeAccreditation(const QString &userId,
                                                                 const protocol::ReasonRequest &r)
{
    return m_client.send(route::AdminRevokeAccreditation, {userId}, r);
}

Call<protocol::AccountSummary> *AccountsApi::setMember(const QString &projectId, const QString &userId,
                                                       const protocol::MembershipRequest &r)
{
    return m_client.send(route::AdminSetMember, {projectId, userId}, r);
}

Call<protocol::AccountSummary> *AccountsApi::removeMember(const QString &projectId, const QString &userId)
{
    return m_client.send(route::AdminRemoveMember, {projectId, userId});
}

Call<protocol::AccountSummary> *AccountsApi::disable(const QString &userId, const protocol::ReasonRequest &r)
{
    return m_client.send(route::AdminDisableUser, {userId}, r);
}

Call<protocol::AccountSummary> *AccountsApi::enable(const QString &userId, const protocol::ReasonRequest &r)
{
    return m_client.send(route::AdminEnableUser, {userId}, r);
}

Call<protocol::AccountSummary> *AccountsApi::endSessions(const QString &userId,
                                                         const protocol::ReasonRequest &r)
{
    return m_client.send(route::AdminEndSessions, {userId}, r);
}

Call<protocol::AccountSecrets> *AccountsApi::resetTotp(const QString &userId,
                                                       const protocol::ReasonRequest &r)
{
    return m_client.send(route::AdminResetTotp, {userId}, r);
}

Call<protocol::DeviceRevocationInfo> *AccountsApi::revokeDevice(const protocol::DeviceRevocationRequest &r)
{
    return m_client.send(route::AdminRevokeDevice, {}, r);
}

} // namespace srs::api
