#include "LifecycleApi.h"

namespace srs::api {

namespace route = protocol::route;

Call<protocol::ExtensionRequestInfo> *LifecycleApi::askExtension(const QString &projectId,
                                                                 const protocol::ExtensionAskRequest &request)
{
    return m_client.send(route::AskExtension, {projectId}, request);
}

Call<QList<protocol::ExtensionRequestInfo>> *LifecycleApi::extensions(const QString &projectId)
{
    return m_client.send(route::ExtensionRequests, {projectId});
}

Call<protocol::DeskProjectInfo> *LifecycleApi::complete(const QString &projectId,
                                                        const protocol::CompletionRequest &request)
{
    return m_client.send(route::CompleteProject, {projectId}, request);
}

Call<QList<protocol::ExtensionRequestInfo>> *LifecycleApi::pendingExtensions()
{
    return m_client.send(route::DeskExtensionRequests);
}

Call<protocol::ExtensionRequestInfo> *LifecycleApi::decide(const QString &requestId,
                                                           const protocol::ExtensionDecisionRequest &decision)
{
    return m_client.send(route::DecideExtension, {requestId}, decision);
}

Call<QList<protocol::DeskProjectInfo>> *LifecycleApi::deskProjects()
{
    return m_client.send(route::DeskProjects);
}

Call<protocol::DeskProjectInfo> *LifecycleApi::suspend(const QString &projectId, const QString &reason)
{
    return m_client.send(route::SuspendProject, {projectId}, protocol::StatusChangeRequest{reason});
}

Call<protocol::DeskProjectInfo> *LifecycleApi::reopen(const QString &projectId, const QString &reason)
{
    return m_client.send(route::ReopenProject, {projectId}, protocol::StatusChangeRequest{reason});
}

} // namespace srs::api
