#pragma once

#include "Client.h"

namespace srs::api {

// A project's lifecycle. For the project's lead: asking for a later end date, the project's
// extension requests (its members see them too), reporting it complete. For administrators: the
// extension requests waiting for a decision, deciding one, every project, suspending and
// reopening one.
class LifecycleApi
{
public:
    explicit LifecycleApi(Client &client) : m_client(client) {}

    [[nodiscard]] Call<protocol::ExtensionRequestInfo> *
    askExtension(const QString &projectId, const protocol::ExtensionAskRequest &request);
    [[nodiscard]] Call<QList<protocol::ExtensionRequestInfo>> *extensions(const QString &projectId);
    [[nodiscard]] Call<protocol::DeskProjectInfo> *complete(const QString &projectId,
                                                            const protocol::CompletionRequest &request);
    [[nodiscard]] Call<QList<protocol::ExtensionRequestInfo>> *pendingExtensions();
    [[nodiscard]] Call<protocol::ExtensionRequestInfo> *
    decide(const QString &requestId, const protocol::ExtensionDecisionRequest &decision);
    [[nodiscard]] Call<QList<protocol::DeskProjectInfo>> *deskProjects();
    [[nodiscard]] Call<protocol::DeskProjectInfo> *suspend(const QString &projectId, const QString &reason);
    [[nodiscard]] Call<protocol::DeskProjectInfo> *reopen(const QString &projectId, const QString &reason);

private:
    Client &m_client;
};

} // namespace srs::api
