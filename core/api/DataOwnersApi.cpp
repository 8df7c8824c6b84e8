#include "DataOwnersApi.h"

namespace srs::api {

namespace route = protocol::route;

Call<QList<protocol::OwnerRequestInfo>> *DataOwnersApi::requests()
{
    return m_client.send(route::OwnerRequests);
}

Call<protocol::OwnerRequestInfo> *DataOwnersApi::decide(const QString &approvalId,
                                                        const protocol::OwnerDecisionRequest &decision)
{
    return m_client.send(route::OwnerDecision, {approvalId}, decision);
}

Call<QList<protocol::OwnerProjectInfo>> *DataOwnersApi::projects()
{
    return m_client.send(route::OwnerProjects);
}

Call<protocol::OwnerProjectInfo> *DataOwnersApi::withdraw(const QString &projectId, const QString &datasetId,
                                                          const protocol::OwnerWithdrawalRequest &request)
{
    return m_client.send(route::OwnerWithdrawal, {projectId, datasetId}, request);
}

Call<QList<protocol::ProjectRegisterEntry>> *DataOwnersApi::projectRegister()
{
    return m_client.send(route::RegisterProjects);
}

} // namespace srs::api
