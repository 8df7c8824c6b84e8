#pragma once

#include "AccountService.h"
#include "PeriodicThread.h"

#include "protocol/Messages.h"

namespace srs::server {

// Safe Projects and Safe Data for a signed-in caller: which projects they belong to and may
// open now, what is in them, and the workspace index (metadata only; no route ever serves
// a workspace file's contents). A project the caller is not a member of does not exist for
// them (404); one they belong to but may not open now is refused with the policy's reason.
class ProjectService
{
public:
    explicit ProjectService(ServerContext &context);

    [[nodiscard]] Result<QList<protocol::ProjectInfo>> list(const Caller &caller);
    [[nodiscard]] Result<protocol::ProjectInfo> detail(const Caller &caller, const QString &projectId);
    [[nodiscard]] Result<QList<domain::Dataset>> datasets(const Caller &caller);
    // One page of the changes since `since`: at most `limit` entries (1 to MaxWorkspacePage),
    // continuing after `cursor` (from the previous page) when it is not empty. `revisionRead`: the
    // project's workspace revision if the request has already read it (see
    // WorkspaceRepository::changesSince), used only once the caller may open the project.
    [[nodiscard]] Result<protocol::WorkspaceChangesInfo>
    workspace(const Caller &caller, const QString &projectId, qint64 since, const QString &cursor = {},
              int limit = DefaultWorkspacePage, std::optional<qint64> revisionRead = {});
    static constexpr int DefaultWorkspacePage = 5000;
    static constexpr int MaxWorkspacePage = 20000;

    // The project, if the caller is a member and may open it now: 404 for a project the caller
    // is not a member of, the policy's refusal otherwise. Every project-scoped route asks this.
    [[nodiscard]] Result<domain::Project> openable(const Caller &caller, const QString &projectId);

private:
    [[nodiscard]] domain::Decision decide(const Caller &caller, const domain::Project &project);

    ServerContext &m_context;
};

// Indexes every active project's workspace folder now, and then every
// `workspace_scan_seconds` on a thread of its own until stopped.
class WorkspaceScanner
{
public:
    explicit WorkspaceScanner(ServerContext &context);
    ~WorkspaceScanner();
    WorkspaceScanner(const WorkspaceScanner &) = delete;
    WorkspaceScanner &operator=(const WorkspaceScanner &) = delete;

    // One pass over all active projects; returns how many workspaces changed.
    [[nodiscard]] Result<int> scanAll();
    void start();
    void stop();

private:
    ServerContext &m_context;
    PeriodicThread m_thread;
};

} // namespace srs::server
