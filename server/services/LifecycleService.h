#pragma once

#include "AccountService.h"

#include "protocol/LifecycleMessages.h"
#include "protocol/Messages.h"

namespace srs::server {

// A project's lifecycle (domain::ProjectLifecycle has the rules):
//
//  - The project's lead asks for a later end date with a reason (one open request a project) and
//    reports the project complete with its publications. Completion sets the status to completed,
//    which closes the workspace (the access policy refuses a project that is not active: no
//    browsing, checks, submissions or files brought in), and makes the lead owe the destruction of
//    the project's pre-publication releases (ReleaseService: destruction needs a completed
//    project). The members see the project's extension requests with their decisions.
//  - Administrators (the service desk) see the open extension requests across projects and every
//    project's status, decide a request with a reason (approval moves the project's extended end
//    date to the date asked for), and suspend or reopen a project with a reason.
//
// The lead's routes check membership only (not whether the project can be opened now): a project
// past its end date, or suspended, still has a lead who may ask for more time. A project the
// caller is not a member of does not exist for them (404). The administrators' routes refuse
// everyone else first (not-an-administrator), so they say nothing of which projects exist.
//
// Every change and its audit event are written in one transaction: "project.extension-requested",
// "project.extension-approved", "project.extension-refused", "project.completed",
// "project.suspended", "project.reopened". Refusals are audited as on every route.
class LifecycleService
{
public:
    explicit LifecycleService(ServerContext &context);

    [[nodiscard]] Result<protocol::ExtensionRequestInfo>
    askExtension(const Caller &caller, const QString &projectId,
                 const protocol::ExtensionAskRequest &request);
    [[nodiscard]] Result<QList<protocol::ExtensionRequestInfo>> extensions(const Caller &caller,
                                                                           const QString &projectId);
    [[nodiscard]] Result<protocol::DeskProjectInfo> complete(const Caller &caller, const QString &projectId,
                                                             const protocol::CompletionRequest &request);

    [[nodiscard]] Result<QList<protocol::ExtensionRequestInfo>> pendingExtensions(const Caller &caller);
    [[nodiscard]] Result<protocol::ExtensionRequestInfo>
    decideExtension(const Caller &caller, const QString &requestId,
                    const protocol::ExtensionDecisionRequest &decision);
    [[nodiscard]] Result<QList<protocol::DeskProjectInfo>> deskProjects(const Caller &caller);
    [[nodiscard]] Result<protocol::DeskProjectInfo> suspend(const Caller &caller, const QString &projectId,
                                                            const protocol::StatusChangeRequest &request);
    [[nodiscard]] Result<protocol::DeskProjectInfo> reopen(const Caller &caller, const QString &projectId,
                                                           const protocol::StatusChangeRequest &request);

    // Fills in what a member's project list and detail carry of the lifecycle: the caller's role,
    // the end-date warning, the open extension request and, once completed, the publications.
    [[nodiscard]] Status annotate(const Caller &caller, protocol::ProjectInfo &info);

private:
    [[nodiscard]] Result<domain::Project> memberProject(const Caller &caller, const QString &projectId);
    [[nodiscard]] Result<domain::Project> anyProject(const QString &projectId);
    [[nodiscard]] Result<protocol::ExtensionRequestInfo> describe(const domain::ExtensionRequest &request,
                                                                  const QString &projectTitle);
    [[nodiscard]] Result<protocol::DeskProjectInfo> describe(const domain::Project &project);
    [[nodiscard]] int endWarning(const Caller &caller, const domain::Project &project) const;
    [[nodiscard]] Result<protocol::DeskProjectInfo> changeStatus(const Caller &caller,
                                                                 const QString &projectId,
                                                                 const protocol::StatusChangeRequest &request,
                                                                 domain::ProjectStatus to);

    ServerContext &m_context;
};

} // namespace srs::server
