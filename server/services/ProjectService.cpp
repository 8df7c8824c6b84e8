#include "ProjectService.h"

#include "DataOwnerService.h"
#include "LifecycleService.h"
#include "ServiceError.h"

#include "store/AuditLog.h"
#include "store/ProjectRepository.h"
#include "store/UserRepository.h"
#include "store/WorkspaceRepository.h"
#include "workspace/SafeWorkspaceFile.h"
#include "workspace/WorkspaceIndexer.h"

#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

Q_LOGGING_CATEGORY(lcProjects, "srs.server.projects")

namespace srs::server {

using namespace Qt::Literals::StringLiterals;

ProjectService::ProjectService(ServerContext &context) : m_context(context) {}

domain::Decision ProjectService::decide(const Caller &caller, const domain::Project &project)
{
    domain::AccessRequest access;
    access.user = caller.user;
    access.setting = caller.setting;
    access.project = project;
    access.now = m_context.now();
    // Only a provisional researcher's access depends on the other members' accreditation
    // (an accredited supervisor must be on the project).
    if (caller.user.accreditation &&
        caller.user.accreditation->kind == domain::AccreditationKind::Provisional) {
        auto accreditations = store::ProjectRepository(m_context.database()).memberAccreditations(project.id);
        if (!accreditations)
            qCWarning(lcProjects, "reading the members' accreditations of %s failed: %s",
                      qUtf8Printable(project.id), qUtf8Printable(accreditations.errorString()));
        else
            access.memberAccreditations = accreditations.value();
    }
    return caller.policy->checkCanAccessProject(access);
}

Result<QList<protocol::ProjectInfo>> ProjectService::list(const Caller &caller)
{
    auto projects = store::ProjectRepository(m_context.database()).listForMember(caller.user.id);
    if (!projects)
        return internalError(projects.errorString());
    QList<protocol::ProjectInfo> out;
    for (const domain::Project &p : projects.value()) {
        const domain::Decision d = decide(caller, p);
        protocol::ProjectInfo info;
        info.project = p;
        info.access = {d.allowed(), d.allowed() ? QString() : d.code(), d.message};
        if (const Status annotated = LifecycleService(m_context).annotate(caller, info); !annotated)
            return annotated.error();
        out.append(info);
    }
    return out;
}

Result<domain::Project> ProjectService::openable(const Caller &caller, const QString &projectId)
{
    const Error notFound{svc::NotFound, u"There is no project %1 that you are a member of."_s.arg(projectId)};
    const QDateTime now = m_context.now();
    const quint64 generation = m_context.projects().generation();
    std::optional<domain::Project> cached = m_context.projects().find(projectId, now);
    if (!cached) {
        auto loaded = store::ProjectRepository(m_context.database()).find(projectId);
        if (!loaded) {
            if (loaded.code() == store::StoreError::Code::NotFound)
                return notFound;
            return internalError(loaded.errorString());
        }
        cached = std::move(loaded).value();
        m_context.projects().store(projectId, *cached, now, generation);
    }
    Result<domain::Project> project = std::move(*cached);
    if (!project.value().isMember(caller.user.id))
        return notFound;
    const domain::Decision d = decide(caller, project.value());
    if (!d)
        return refusal(d);
    return std::move(project).value();
}

Result<protocol::ProjectInfo> ProjectService::detail(const Caller &caller, const QString &projectId)
{
    auto project = openable(caller, projectId);
    if (!project)
        return project.error();
    store::ProjectRepository projects(m_context.database());
    store::UserRepository users(m_context.database());
    protocol::ProjectInfo info;
    info.project = project.value();
    info.access = {true, {}, {}};
    if (const Status annotated = LifecycleService(m_context).annotate(caller, info); !annotated)
        return annotated.error();
    for (const domain::ProjectMember &m : info.project.members) {
        auto u = users.findById(m.userId);
        if (!u)
            return internalError(u.errorString());
        info.members.append({u.value().profile.username, u.value().profile.displayName, m.role});
    }
    auto datasets = projects.datasetsOf(projectId);
    if (!datasets)
        return internalError(datasets.errorString());
    for (const domain::Dataset &d : datasets.value()) {
        if (caller.policy->canSeeDataset(d, caller.settingDecision.setting))
            info.datasets.append(d);
        else
            ++info.hiddenDatasets;
    }
    auto waiting = DataOwnerService::awaitingApproval(m_context, projectId);
    if (!waiting)
        return waiting.error();
    info.awaitingApproval = waiting.value();
    return info;
}

Result<QList<domain::Dataset>> ProjectService::datasets(const Caller &caller)
{
    auto projects = store::ProjectRepository(m_context.database()).listForMember(caller.user.id);
    if (!projects)
        return internalError(projects.errorString());
    QList<domain::Dataset> out;
    QSet<QString> seen;
    store::ProjectRepository repo(m_context.database());
    for (const domain::Project &p : projects.value()) {
        if (!decide(caller, p))
            continue;
        auto datasets = repo.datasetsOf(p.id);
        if (!datasets)
            return internalError(datasets.errorString());
        for (const domain::Dataset &d : datasets.value()) {
            if (!seen.contains(d.id) && caller.policy->canSeeDataset(d, caller.settingDecision.setting)) {
                seen.insert(d.id);
                out.append(d);
            }
        }
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    return out;
}

Result<protocol::WorkspaceChangesInfo> ProjectService::workspace(const Caller &caller,
                                                                 const QString &projectId, qint64 since,
                                                                 const QString &cursor, int limit,
                                                                 std::optional<qint64> revisionRead)
{
    auto project = openable(caller, projectId);
    if (!project)
        return project.error();
    std::optional<store::WorkspaceCursor> after;
    if (!cursor.isEmpty()) {
        const auto decoded = protocol::decodeWorkspaceCursor(cursor);
        if (!decoded || decoded->first <= since)
            return Error{svc::BadRequest, u"cursor: not a cursor from an earlier page of these changes"_s};
        after = store::WorkspaceCursor{decoded->first, decoded->second};
    }
    if (limit < 1 || limit > MaxWorkspacePage)
        return Error{svc::BadRequest, u"limit: expected 1 to %1 entries a page"_s.arg(MaxWorkspacePage)};
    auto changes = store::WorkspaceRepository(m_context.database())
                       .changesSince(projectId, since, limit, after, revisionRead);
    if (!changes)
        return internalError(changes.errorString());
    auto convert = [](const QList<store::WorkspaceEntry> &entries) {
        QList<protocol::WorkspaceEntryInfo> out;
        out.reserve(entries.size());
        for (const store::WorkspaceEntry &e : entries)
            out.append({e.path, e.size, e.type, e.modifiedAt, e.sha256, e.revision});
        return out;
    };
    protocol::WorkspaceChangesInfo info;
    info.projectId = projectId;
    info.since = since;
    info.revision = changes.value().revision;
    info.added = convert(changes.value().added);
    info.changed = convert(changes.value().changed);
    info.removed = convert(changes.value().removed);
    info.total = changes.value().total;
    if (const auto &next = changes.value().next)
        info.nextCursor = protocol::encodeWorkspaceCursor(next->revision, next->path);
    return info;
}

WorkspaceScanner::WorkspaceScanner(ServerContext &context)
    : m_context(context),
      m_thread(
          context.database(), std::chrono::seconds(context.config().workspaceScanSeconds),
          [this] {
              if (auto scanned = scanAll(); !scanned)
                  qCWarning(lcProjects, "workspace scan failed: %s", qUtf8Printable(scanned.error().message));
          },
          u"workspace-scan"_s)
{}

WorkspaceScanner::~WorkspaceScanner() = default;

Result<int> WorkspaceScanner::scanAll()
{
    store::Database &db = m_context.database();
    auto projects = store::ProjectRepository(db).list();
    if (!projects)
        return internalError(projects.errorString());
    store::AuditLog audit(db);
    workspace::WorkspaceIndexer indexer(db, &audit);
    int changed = 0;
    for (const domain::Project &p : projects.value()) {
        if (p.status != domain::ProjectStatus::Active)
            continue;
        const QString folder = m_context.workspaceFolder(p.id);
        // A project without a workspace folder yet has nothing to index. Looked at without
        // following a link: the indexer refuses a folder that is one.
        if (auto opened = workspace::SafeWorkspaceFile::openFolder(folder);
            !opened && opened.error().code == QLatin1StringView(workspace::workspaceerr::NotFound))
            continue;
        auto summary = indexer.scan(p.id, folder);
        if (!summary) {
            qCWarning(lcProjects, "indexing the workspace of %s failed: %s", qUtf8Printable(p.id),
                      qUtf8Printable(summary.errorString()));
            continue;
        }
        if (summary.value().changedAnything())
            ++changed;
    }
    db.finishStatements(); // no read snapshot is kept until the next scan
    return changed;
}

void WorkspaceScanner::start()
{
    m_thread.start();
}

void WorkspaceScanner::stop()
{
    m_thread.stop();
}

} // namespace srs::server
