#include "LifecycleService.h"

#include "NotificationService.h"

#include "RecordId.h"
#include "ServiceError.h"

#include "store/AuditLog.h"
#include "store/LifecycleRepository.h"
#include "store/ProjectRepository.h"
#include "store/UserRepository.h"

#include <QJsonArray>

#include <algorithm>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;
namespace lifecycleerr = domain::lifecycleerr;

namespace {

Error fromStatus(const Status &s)
{
    return s.error();
}

Error adminRefusal(const Caller &caller)
{
    return refusal(domain::AccessPolicy::checkCanAdminister(caller.user));
}

QJsonArray publicationsJson(const QList<domain::Publication> &publications)
{
    QJsonArray a;
    for (const domain::Publication &p : publications)
        a.append(protocol::publicationToJson(p));
    return a;
}

} // namespace

LifecycleService::LifecycleService(ServerContext &context) : m_context(context) {}

int LifecycleService::endWarning(const Caller &caller, const domain::Project &project) const
{
    const QDate today = caller.policy->serviceDay(m_context.now());
    return domain::endWarningDue(project, today, m_context.config().endWarningDays).value_or(0);
}

Result<domain::Project> LifecycleService::anyProject(const QString &projectId)
{
    auto project = store::ProjectRepository(m_context.database()).find(projectId);
    if (!project) {
        if (project.code() == store::StoreError::Code::NotFound)
            return Error{svc::NotFound, u"There is no project %1."_s.arg(projectId)};
        return internalError(project.errorString());
    }
    return std::move(project).value();
}

Result<domain::Project> LifecycleService::memberProject(const Caller &caller, const QString &projectId)
{
    auto project = anyProject(projectId);
    if (!project || !project.value().isMember(caller.user.id))
        return project ? Error{svc::NotFound,
                               u"There is no project %1 that you are a member of."_s.arg(projectId)}
                       : project.error();
    return project;
}

Result<protocol::ExtensionRequestInfo> LifecycleService::describe(const domain::ExtensionRequest &r,
                                                                  const QString &projectTitle)
{
    store::UserRepository users(m_context.database());
    protocol::ExtensionRequestInfo info;
    info.id = r.id;
    info.projectId = r.projectId;
    info.projectTitle = projectTitle;
    auto by = users.findById(r.requestedBy);
    if (!by)
        return internalError(by.errorString());
    info.requestedBy = by.value().profile.username;
    info.requestedByName = by.value().profile.displayName;
    info.currentEndDate = r.currentEndDate;
    info.newEndDate = r.newEndDate;
    info.reason = r.reason;
    info.state = r.state;
    if (!r.decidedBy.isEmpty()) {
        auto decider = users.findById(r.decidedBy);
        if (!decider)
            return internalError(decider.errorString());
        info.decidedByName = decider.value().profile.displayName;
    }
    info.decisionReason = r.decisionReason;
    info.createdAt = r.createdAt;
    info.decidedAt = r.decidedAt;
    return info;
}

Result<protocol::DeskProjectInfo> LifecycleService::describe(const domain::Project &project)
{
    protocol::DeskProjectInfo info;
    info.project = project;
    info.project.members.clear();
    info.project.datasetIds.clear();
    if (!project.leadUserId.isEmpty()) {
        auto lead = store::UserRepository(m_context.database()).findById(project.leadUserId);
        if (!lead)
            return internalError(lead.errorString());
        info.leadUsername = lead.value().profile.username;
        info.leadName = lead.value().profile.displayName;
    }
    store::LifecycleRepository repo(m_context.database());
    auto open = repo.pendingExtensionOf(project.id);
    if (!open)
        return internalError(open.errorString());
    if (open.value()) {
        auto x = describe(*open.value(), project.title);
        if (!x)
            return x.error();
        info.openExtension = std::move(x).value();
    }
    if (project.status == domain::ProjectStatus::Completed) {
        auto pubs = repo.publicationsOf(project.id);
        if (!pubs)
            return internalError(pubs.errorString());
        info.publications = std::move(pubs).value();
    }
    return info;
}

Status LifecycleService::annotate(const Caller &caller, protocol::ProjectInfo &info)
{
    const domain::Project &p = info.project;
    if (const domain::ProjectMember *m = p.member(caller.user.id))
        info.myRole = m->role;
    info.endWarningDays = endWarning(caller, p);
    store::LifecycleRepository repo(m_context.database());
    auto open = repo.pendingExtensionOf(p.id);
    if (!open)
        return internalError(open.errorString());
    if (open.value()) {
        auto x = describe(*open.value(), p.title);
        if (!x)
            return x.error();
        info.openExtension = std::move(x).value();
    }
    if (p.status == domain::ProjectStatus::Completed) {
        auto pubs = repo.publicationsOf(p.id);
        if (!pubs)
            return internalError(pubs.errorString());
        info.publications = std::move(pubs).value();
    }
    return {};
}

Result<protocol::ExtensionRequestInfo>
LifecycleService::askExtension(const Caller &caller, const QString &projectId,
                               const protocol::ExtensionAskRequest &request)
{
    auto loaded = memberProject(caller, projectId);
    if (!loaded)
        return loaded.error();
    const domain::Project project = std::move(loaded).value();
    store::Database &db = m_context.database();
    store::LifecycleRepository repo(db);
    auto open = repo.pendingExtensionOf(projectId);
    if (!open)
        return internalError(open.errorString());
    if (const Status s = domain::ProjectLifecycle::checkCanAskForExtension(project, caller.user.id,
                                                                           open.value().has_value());
        !s)
        return fromStatus(s);
    if (const Status s =
            domain::ProjectLifecycle::checkExtensionRequest(project, request.newEndDate, request.reason);
        !s)
        return fromStatus(s);

    domain::ExtensionRequest x;
    x.id = newRecordId(u'X');
    x.projectId = projectId;
    x.requestedBy = caller.user.id;
    x.currentEndDate = project.effectiveEndDate();
    x.newEndDate = request.newEndDate;
    x.reason = request.reason.trimmed();
    x.createdAt = m_context.now();
    const store::Status written = db.transaction([&]() -> store::Status {
        if (const store::Status s = repo.createExtension(x); !s)
            return s;
        auto event = store::AuditLog(db).append(
            caller.user.id, u"project.extension-requested"_s, u"project:"_s + projectId,
            QJsonObject{{u"request"_s, x.id},
                        {u"current_end_date"_s, x.currentEndDate.toString(Qt::ISODate)},
                        {u"new_end_date"_s, x.newEndDate.toString(Qt::ISODate)},
                        {u"reason"_s, x.reason}},
            x.createdAt);
        if (!event)
            return event.error();
        // The administrators, who decide, are told one is waiting.
        auto deciders = NotificationService::holdersOf(db, domain::Role::Administrator);
        if (!deciders)
            return deciders.error();
        return NotificationService::notify(db, deciders.value(),
                                           {domain::NotificationKind::ExtensionWaiting,
                                            projectId,
                                            x.id,
                                            project.title,
                                            {},
                                            x.newEndDate.toString(Qt::ISODate)},
                                           x.createdAt);
    });
    if (!written)
        return failedWrite(
            written.error(),
            Error{QString::fromLatin1(lifecycleerr::RequestOpen),
                  u"Project %1 already has an extension request waiting for a decision."_s.arg(projectId)});
    return describe(x, project.title);
}

Result<QList<protocol::ExtensionRequestInfo>> LifecycleService::extensions(const Caller &caller,
                                                                           const QString &projectId)
{
    auto project = memberProject(caller, projectId);
    if (!project)
        return project.error();
    auto records = store::LifecycleRepository(m_context.database()).extensionsOf(projectId);
    if (!records)
        return internalError(records.errorString());
    QList<protocol::ExtensionRequestInfo> out;
    for (const domain::ExtensionRequest &r : records.value()) {
        auto info = describe(r, project.value().title);
        if (!info)
            return info.error();
        out.append(std::move(info).value());
    }
    return out;
}

Result<protocol::DeskProjectInfo> LifecycleService::complete(const Caller &caller, const QString &projectId,
                                                             const protocol::CompletionRequest &request)
{
    auto loaded = memberProject(caller, projectId);
    if (!loaded)
        return loaded.error();
    domain::Project project = std::move(loaded).value();
    if (const Status s = domain::ProjectLifecycle::checkCanReportCompletion(project, caller.user.id); !s)
        return fromStatus(s);
    if (const Status s = domain::ProjectLifecycle::checkPublications(request.publications); !s)
        return fromStatus(s);
    store::Database &db = m_context.database();
    const QDateTime now = m_context.now();
    const store::Status written = db.transaction([&]() -> store::Status {
        store::LifecycleRepository repo(db);
        if (const store::Status s =
                repo.changeStatus(projectId, project.status, domain::ProjectStatus::Completed, caller.user.id,
                                  u"completed by the lead"_s, now);
            !s)
            return s;
        if (const store::Status s = repo.savePublications(projectId, request.publications); !s)
            return s;
        auto event = store::AuditLog(db).append(
            caller.user.id, u"project.completed"_s, u"project:"_s + projectId,
            QJsonObject{{u"was"_s, domain::projectStatusToString(project.status)},
                        {u"publications"_s, publicationsJson(request.publications)}},
            now);
        if (!event)
            return event.error();
        return NotificationService::notify(db, NotificationService::membersOf(project),
                                           {domain::NotificationKind::ProjectCompleted,
                                            projectId,
                                            projectId,
                                            project.title,
                                            u"completed"_s,
                                            {}},
                                           now);
    });
    m_context.projects().invalidate(projectId);
    if (!written)
        return failedWrite(written.error(),
                           Error{QString::fromLatin1(lifecycleerr::WrongStatus),
                                 u"Project %1 was changed meanwhile; load it again."_s.arg(projectId)});
    project.status = domain::ProjectStatus::Completed;
    return describe(project);
}

Result<QList<protocol::ExtensionRequestInfo>> LifecycleService::pendingExtensions(const Caller &caller)
{
    if (!domain::AccessPolicy::canAdminister(caller.user))
        return adminRefusal(caller);
    auto records = store::LifecycleRepository(m_context.database()).pendingExtensions();
    if (!records)
        return internalError(records.errorString());
    QList<protocol::ExtensionRequestInfo> out;
    for (const domain::ExtensionRequest &r : records.value()) {
        auto project = anyProject(r.projectId);
        if (!project)
            return project.error();
        auto info = describe(r, project.value().title);
        if (!info)
            return info.error();
        // What the project's end is now (an administrator may have changed it since).
        info.value().currentEndDate = project.value().effectiveEndDate();
        out.append(std::move(info).value());
    }
    return out;
}

Result<protocol::ExtensionRequestInfo>
LifecycleService::decideExtension(const Caller &caller, const QString &requestId,
                                  const protocol::ExtensionDecisionRequest &decision)
{
    if (!domain::AccessPolicy::canAdminister(caller.user))
        return adminRefusal(caller);
    store::Database &db = m_context.database();
    store::LifecycleRepository repo(db);
    auto found = repo.findExtension(requestId);
    if (!found) {
        if (found.code() == store::StoreError::Code::NotFound)
            return Error{svc::NotFound, u"There is no extension request %1."_s.arg(requestId)};
        return internalError(found.errorString());
    }
    domain::ExtensionRequest x = std::move(found).value();
    auto project = anyProject(x.projectId);
    if (!project)
        return project.error();
    if (const Status s = domain::ProjectLifecycle::checkCanDecideExtension(caller.user, project.value(), x);
        !s)
        return fromStatus(s);
    if (const Status s = domain::ProjectLifecycle::checkReason(decision.reason); !s)
        return fromStatus(s);
    const QDateTime now = m_context.now();
    const domain::ExtensionState state =
        decision.approve ? domain::ExtensionState::Approved : domain::ExtensionState::Refused;
    const QString reason = decision.reason.trimmed();
    const store::Status written = db.transaction([&]() -> store::Status {
        if (const store::Status s = repo.decideExtension(requestId, state, caller.user.id, reason, now); !s)
            return s;
        if (decision.approve) {
            if (const store::Status s = repo.setExtendedTo(x.projectId, x.newEndDate); !s)
                return s;
        }
        auto event = store::AuditLog(db).append(
            caller.user.id,
            decision.approve ? u"project.extension-approved"_s : u"project.extension-refused"_s,
            u"project:"_s + x.projectId,
            QJsonObject{{u"request"_s, x.id},
                        {u"end_date_was"_s, project.value().effectiveEndDate().toString(Qt::ISODate)},
                        {u"new_end_date"_s, x.newEndDate.toString(Qt::ISODate)},
                        {u"reason"_s, reason}},
            now);
        if (!event)
            return event.error();
        // The lead is told the decision; its reason is read in the client, not in the notice.
        return NotificationService::notify(
            db, {project.value().leadUserId},
            {domain::NotificationKind::ExtensionDecided, x.projectId, x.id, project.value().title,
             decision.approve ? u"approved"_s : u"refused"_s,
             decision.approve ? x.newEndDate.toString(Qt::ISODate) : QString()},
            now);
    });
    m_context.projects().invalidate(x.projectId);
    if (!written)
        return failedWrite(
            written.error(),
            Error{QString::fromLatin1(lifecycleerr::RequestDecided),
                  u"Extension request %1 was decided meanwhile; load it again."_s.arg(requestId)});
    x.state = state;
    x.decidedBy = caller.user.id;
    x.decisionReason = reason;
    x.decidedAt = now;
    return describe(x, project.value().title);
}

Result<QList<protocol::DeskProjectInfo>> LifecycleService::deskProjects(const Caller &caller)
{
    if (!domain::AccessPolicy::canAdminister(caller.user))
        return adminRefusal(caller);
    auto projects = store::ProjectRepository(m_context.database()).list();
    if (!projects)
        return internalError(projects.errorString());
    QList<protocol::DeskProjectInfo> out;
    for (const domain::Project &p : projects.value()) {
        auto info = describe(p);
        if (!info)
            return info.error();
        info.value().endWarningDays = endWarning(caller, p);
        out.append(std::move(info).value());
    }
    std::sort(out.begin(), out.end(),
              [](const auto &a, const auto &b) { return a.project.id < b.project.id; });
    return out;
}

Result<protocol::DeskProjectInfo> LifecycleService::changeStatus(const Caller &caller,
                                                                 const QString &projectId,
                                                                 const protocol::StatusChangeRequest &request,
                                                                 domain::ProjectStatus to)
{
    if (!domain::AccessPolicy::canAdminister(caller.user))
        return adminRefusal(caller);
    auto loaded = anyProject(projectId);
    if (!loaded)
        return loaded.error();
    domain::Project project = std::move(loaded).value();
    const Status allowed = to == domain::ProjectStatus::Suspended
                               ? domain::ProjectLifecycle::checkCanSuspend(caller.user, project)
                               : domain::ProjectLifecycle::checkCanReopen(caller.user, project);
    if (!allowed)
        return fromStatus(allowed);
    if (const Status s = domain::ProjectLifecycle::checkReason(request.reason); !s)
        return fromStatus(s);
    const QString reason = request.reason.trimmed();
    store::Database &db = m_context.database();
    const QDateTime now = m_context.now();
    const domain::ProjectStatus from = project.status;
    const store::Status written = db.transaction([&]() -> store::Status {
        if (const store::Status s =
                store::LifecycleRepository(db).changeStatus(projectId, from, to, caller.user.id, reason, now);
            !s)
            return s;
        auto event = store::AuditLog(db).append(
            caller.user.id,
            to == domain::ProjectStatus::Suspended ? u"project.suspended"_s : u"project.reopened"_s,
            u"project:"_s + projectId,
            QJsonObject{{u"was"_s, domain::projectStatusToString(from)}, {u"reason"_s, reason}}, now);
        if (!event)
            return event.error();
        return NotificationService::notify(db, NotificationService::membersOf(project),
                                           {to == domain::ProjectStatus::Suspended
                                                ? domain::NotificationKind::ProjectSuspended
                                                : domain::NotificationKind::ProjectReopened,
                                            projectId,
                                            projectId,
                                            project.title,
                                            domain::projectStatusToString(to),
                                            {}},
                                           now);
    });
    m_context.projects().invalidate(projectId);
    if (!written)
        return failedWrite(written.error(),
                           Error{QString::fromLatin1(lifecycleerr::WrongStatus),
                                 u"Project %1 was changed meanwhile; load it again."_s.arg(projectId)});
    project.status = to;
    auto info = describe(project);
    if (info)
        info.value().endWarningDays = endWarning(caller, project);
    return info;
}

Result<protocol::DeskProjectInfo> LifecycleService::suspend(const Caller &caller, const QString &projectId,
                                                            const protocol::StatusChangeRequest &request)
{
    return changeStatus(caller, projectId, request, domain::ProjectStatus::Suspended);
}

Result<protocol::DeskProjectInfo> LifecycleService::reopen(const Caller &caller, const QString &projectId,
                                                           const protocol::StatusChangeRequest &request)
{
    return changeStatus(caller, projectId, request, domain::ProjectStatus::Active);
}

} // namespace srs::server
