#include "DataOwnerService.h"

#include "NotificationService.h"

#include "CsvField.h"
#include "RecordId.h"
#include "ServiceError.h"

#include "store/AuditLog.h"
#include "store/DataOwnerRepository.h"
#include "store/ProjectRepository.h"
#include "store/ReviewRepository.h"
#include "store/UserRepository.h"
#include "workspace/SafeWorkspaceFile.h"
#include "workspace/WorkspaceIndexer.h"

#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcOwners, "srs.server.owners")

namespace srs::server {

using namespace Qt::Literals::StringLiterals;
using domain::ApprovalRequest;
using domain::ApprovalState;

namespace {

Error fromStatus(const srs::Status &s)
{
    return s.error();
}

QString accreditationState(const std::optional<domain::Accreditation> &a, QDate today)
{
    if (!a)
        return u"none"_s;
    if (a->revoked)
        return u"revoked"_s;
    if (!a->isValidOn(today))
        return u"expired"_s;
    return domain::accreditationKindToString(a->kind);
}

} // namespace

DataOwnerService::DataOwnerService(ServerContext &context) : m_context(context) {}

Result<domain::ApproverActor> DataOwnerService::approver(const Caller &caller)
{
    domain::ApproverActor actor{caller.user, {}};
    if (caller.user.hasRole(domain::Role::DataOwner)) {
        auto owner = store::DataOwnerRepository(m_context.database()).ownerOfApprover(caller.user.id);
        if (!owner)
            return internalError(owner.errorString());
        actor.ownerId = owner->value_or(QString());
    }
    // Not an approver of any owner: refused before anything is looked up.
    if (actor.user.disabled || !actor.user.hasRole(domain::Role::DataOwner) || actor.ownerId.isEmpty())
        return fromStatus(domain::ApprovalWorkflow::checkIsApprover(ApprovalRequest{}, actor));
    return actor;
}

void DataOwnerService::mappingChanged(ServerContext &context, const QString &projectId)
{
    context.projects().invalidate(projectId);
    const QString folder = context.workspaceFolder(projectId);
    if (auto opened = workspace::SafeWorkspaceFile::openFolder(folder); !opened)
        return; // no workspace yet: nothing indexed to change
    store::AuditLog audit(context.database());
    workspace::WorkspaceIndexer indexer(context.database(), &audit);
    indexer.setClock([&context] { return context.now(); });
    if (auto scanned = indexer.scan(projectId, folder); !scanned)
        qCWarning(lcOwners, "indexing the workspace of %s after a dataset mapping changed failed: %s",
                  qUtf8Printable(projectId), qUtf8Printable(scanned.errorString()));
}

Result<DataOwnerService::DatasetRequestOutcome> DataOwnerService::requestDataset(ServerContext &context,
                                                                                 const QString &projectId,
                                                                                 const QString &datasetId,
                                                                                 const QString &actor)
{
    store::Database &db = context.database();
    store::ProjectRepository projects(db);
    store::DataOwnerRepository owners(db);
    const QDateTime now = context.now();
    DatasetRequestOutcome outcome;
    auto written = db.transaction([&]() -> store::Status {
        auto project = projects.find(projectId);
        if (!project.ok())
            return project.error();
        if (auto dataset = projects.findDataset(datasetId); !dataset.ok())
            return dataset.error();
        auto owner = owners.ownerOfDataset(datasetId);
        if (!owner.ok())
            return owner.error();
        store::AuditLog audit(db);
        if (!owner->has_value() || !(*owner)->requiresApproval || project->datasetIds.contains(datasetId)) {
            outcome.mapped = true;
            if (project->datasetIds.contains(datasetId))
                return {};
            if (auto s = projects.mapDataset(projectId, datasetId); !s.ok())
                return s;
            auto e = audit.append(actor, u"dataset.mapped"_s, u"project:"_s + projectId,
                                  QJsonObject{{u"dataset"_s, datasetId}}, now);
            if (!e.ok())
                return e.error();
            return {};
        }
        auto open = owners.openRequest(projectId, datasetId);
        if (!open.ok())
            return open.error();
        if (open->has_value()) {
            outcome.approvalId = (*open)->id;
            return {};
        }
        ApprovalRequest r;
        r.id = newRecordId(u'A');
        r.projectId = projectId;
        r.datasetId = datasetId;
        r.ownerId = (*owner)->id;
        r.approvalsNeeded = std::max(1, (*owner)->approvalsNeeded);
        r.requestedAt = now;
        if (auto s = owners.createRequest(r); !s.ok())
            return s;
        auto e = audit.append(actor, u"dataset-approval.requested"_s, u"approval:"_s + r.id,
                              QJsonObject{{u"project"_s, projectId},
                                          {u"dataset"_s, datasetId},
                                          {u"owner"_s, r.ownerId},
                                          {u"approvals_needed"_s, r.approvalsNeeded}},
                              now);
        if (!e.ok())
            return e.error();
        // The owner's approvers are told a project waits for them.
        auto approvers = owners.approversOf(r.ownerId);
        if (!approvers.ok())
            return approvers.error();
        auto dataset = projects.findDataset(datasetId);
        if (!dataset.ok())
            return dataset.error();
        if (auto s = NotificationService::notify(db, approvers.value(),
                                                 {domain::NotificationKind::ApprovalWaiting,
                                                  projectId,
                                                  r.id,
                                                  dataset->title,
                                                  u"pending"_s,
                                                  {}},
                                                 now);
            !s.ok())
            return s;
        outcome.approvalId = r.id;
        return {};
    });
    if (!written.ok()) {
        if (written.code() == store::StoreError::Code::NotFound)
            return Error{svc::NotFound, written.errorString()};
        return internalError(written.errorString());
    }
    if (outcome.mapped)
        mappingChanged(context, projectId);
    return outcome;
}

Result<QList<domain::Dataset>> DataOwnerService::awaitingApproval(ServerContext &context,
                                                                  const QString &projectId)
{
    auto requests = store::DataOwnerRepository(context.database()).requestsOfProject(projectId);
    if (!requests)
        return internalError(requests.errorString());
    store::ProjectRepository projects(context.database());
    QList<domain::Dataset> out;
    for (const ApprovalRequest &r : requests.value()) {
        if (r.state != ApprovalState::Pending)
            continue;
        auto d = projects.findDataset(r.datasetId);
        if (!d)
            return internalError(d.errorString());
        out.append(d.value());
    }
    return out;
}

Result<protocol::OwnerRequestInfo> DataOwnerService::requestInfo(const ApprovalRequest &r,
                                                                 const QString &callerId)
{
    store::Database &db = m_context.database();
    store::ProjectRepository projects(db);
    store::UserRepository users(db);
    auto project = projects.find(r.projectId);
    if (!project)
        return internalError(project.errorString());
    auto dataset = projects.findDataset(r.datasetId);
    if (!dataset)
        return internalError(dataset.errorString());
    const QDate today = m_context.now().date();
    protocol::OwnerRequestInfo info;
    info.id = r.id;
    info.state = r.state;
    info.projectId = r.projectId;
    info.projectTitle = project->title;
    info.purpose = project->purpose;
    info.leadOrganisation = project->leadOrganisation;
    info.startDate = project->startDate;
    info.endDate = project->effectiveEndDate();
    for (const domain::ProjectMember &m : project->members) {
        auto u = users.findById(m.userId);
        if (!u)
            return internalError(u.errorString());
        auto a = users.currentAccreditation(m.userId);
        if (!a)
            return internalError(a.errorString());
        const std::optional<domain::Accreditation> accreditation = a.value();
        info.team.append({u->profile.displayName, m.role, accreditationState(accreditation, today),
                          accreditation ? accreditation->validTo : QDate()});
        if (m.userId == project->leadUserId)
            info.leadName = u->profile.displayName;
    }
    info.dataset = dataset.value();
    auto others = projects.datasetsOf(r.projectId);
    if (!others)
        return internalError(others.errorString());
    for (const domain::Dataset &d : others.value()) {
        if (d.id != r.datasetId)
            info.otherDatasets.append(d);
    }
    info.approvalsNeeded = r.approvalsNeeded;
    for (const domain::ApprovalVote &v : r.votes) {
        auto u = users.findById(v.userId);
        info.votes.append({u ? u->profile.displayName : v.userId, v.approve, v.reason, v.at});
    }
    info.answeredByMe = r.voteOf(callerId) != nullptr;
    info.requestedAt = r.requestedAt;
    info.decidedAt = r.decidedAt;
    return info;
}

Result<QList<protocol::OwnerRequestInfo>> DataOwnerService::requests(const Caller &caller)
{
    auto actor = approver(caller);
    if (!actor)
        return actor.error();
    auto list = store::DataOwnerRepository(m_context.database()).requestsOfOwner(actor->ownerId);
    if (!list)
        return internalError(list.errorString());
    QList<protocol::OwnerRequestInfo> out;
    for (const ApprovalRequest &r : list.value()) {
        if (r.state == ApprovalState::Withdrawn)
            continue; // listed with the projects using the data
        auto info = requestInfo(r, caller.user.id);
        if (!info)
            return info.error();
        out.append(info.value());
    }
    return out;
}

Result<protocol::OwnerRequestInfo> DataOwnerService::decide(const Caller &caller, const QString &approvalId,
                                                            const protocol::OwnerDecisionRequest &decision)
{
    auto actor = approver(caller);
    if (!actor)
        return actor.error();
    store::Database &db = m_context.database();
    store::DataOwnerRepository owners(db);
    const QDateTime now = m_context.now();
    std::optional<Error> refused;
    ApprovalRequest decided;
    auto written = db.transaction([&]() -> store::Status {
        // Takes the request's row first, so two approvers answering at once are counted in turn.
        if (auto s =
                db.execChanging(u"UPDATE dataset_approvals SET state = state WHERE id = ?"_s, {approvalId});
            !s.ok())
            return s;
        auto current = owners.findRequest(approvalId);
        if (!current.ok())
            return current.error();
        auto next = domain::ApprovalWorkflow::decide(current.value(), actor.value(), decision.approve,
                                                     decision.reason, now);
        if (!next) {
            refused = next.error();
            return {};
        }
        decided = next.value();
        if (auto s = owners.updateRequest(decided); !s.ok())
            return s;
        if (decided.state == ApprovalState::Approved) {
            if (auto s = store::ProjectRepository(db).mapDataset(decided.projectId, decided.datasetId);
                !s.ok())
                return s;
        }
        // A decision (approved, or refused) is told to the project's lead; a vote short of one is not.
        if (decided.state == ApprovalState::Approved || decided.state == ApprovalState::Refused) {
            auto project = store::ProjectRepository(db).find(decided.projectId);
            if (!project.ok())
                return project.error();
            auto dataset = store::ProjectRepository(db).findDataset(decided.datasetId);
            if (!dataset.ok())
                return dataset.error();
            if (auto s = NotificationService::notify(
                    db, {project->leadUserId},
                    {domain::NotificationKind::ApprovalDecided,
                     decided.projectId,
                     decided.id,
                     dataset->title,
                     decided.state == ApprovalState::Approved ? u"approved"_s : u"refused"_s,
                     {}},
                    now);
                !s.ok())
                return s;
        }
        const QString action = decided.state == ApprovalState::Approved  ? u"dataset-approval.approved"_s
                               : decided.state == ApprovalState::Refused ? u"dataset-approval.refused"_s
                                                                         : u"dataset-approval.vote"_s;
        auto e = store::AuditLog(db).append(caller.user.id, action, u"approval:"_s + approvalId,
                                            QJsonObject{{u"project"_s, decided.projectId},
                                                        {u"dataset"_s, decided.datasetId},
                                                        {u"owner"_s, decided.ownerId},
                                                        {u"approve"_s, decision.approve},
                                                        {u"reason"_s, decision.reason.trimmed()},
                                                        {u"approvals"_s, decided.approvals()},
                                                        {u"approvals_needed"_s, decided.approvalsNeeded}},
                                            now);
        if (!e.ok())
            return e.error();
        return {};
    });
    if (!written.ok()) {
        if (written.code() == store::StoreError::Code::NotFound)
            return Error{svc::NotFound, u"There is no approval request %1."_s.arg(approvalId)};
        return failedWrite(written.error(),
                           Error{svc::Conflict, u"The request changed while you answered it. Look again."_s});
    }
    if (refused)
        return *refused;
    if (decided.state == ApprovalState::Approved)
        mappingChanged(m_context, decided.projectId);
    return requestInfo(decided, caller.user.id);
}

Result<QList<protocol::OwnerProjectInfo>> DataOwnerService::projects(const Caller &caller)
{
    auto actor = approver(caller);
    if (!actor)
        return actor.error();
    store::Database &db = m_context.database();
    auto list = store::DataOwnerRepository(db).requestsOfOwner(actor->ownerId);
    if (!list)
        return internalError(list.errorString());
    store::ProjectRepository projects(db);
    QList<protocol::OwnerProjectInfo> out;
    for (const ApprovalRequest &r : list.value()) {
        if (r.state != ApprovalState::Approved && r.state != ApprovalState::Withdrawn)
            continue;
        auto project = projects.find(r.projectId);
        auto dataset = projects.findDataset(r.datasetId);
        if (!project || !dataset)
            return internalError(project ? dataset.errorString() : project.errorString());
        protocol::OwnerProjectInfo info;
        info.approvalId = r.id;
        info.state = r.state;
        info.projectId = r.projectId;
        info.projectTitle = project->title;
        info.purpose = project->purpose;
        info.leadOrganisation = project->leadOrganisation;
        info.projectStatus = project->status;
        info.endDate = project->effectiveEndDate();
        info.dataset = dataset.value();
        info.approvedAt = r.decidedAt;
        info.withdrawnAt = r.withdrawnAt;
        info.withdrawalReason = r.withdrawalReason;
        out.append(info);
    }
    // Those in force first.
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return a.state == ApprovalState::Approved && b.state != ApprovalState::Approved;
    });
    return out;
}

Result<protocol::OwnerProjectInfo> DataOwnerService::withdraw(const Caller &caller, const QString &projectId,
                                                              const QString &datasetId,
                                                              const protocol::OwnerWithdrawalRequest &request)
{
    auto actor = approver(caller);
    if (!actor)
        return actor.error();
    store::Database &db = m_context.database();
    store::DataOwnerRepository owners(db);
    const QDateTime now = m_context.now();
    std::optional<Error> refused;
    ApprovalRequest withdrawn;
    auto written = db.transaction([&]() -> store::Status {
        auto open = owners.openRequest(projectId, datasetId);
        if (!open.ok())
            return open.error();
        if (!open->has_value() || (*open)->state != ApprovalState::Approved ||
            (*open)->ownerId != actor->ownerId)
            return store::notFound(
                u"No approval of %1 using %2 by your organisation is in force."_s.arg(projectId, datasetId));
        if (auto s =
                db.execChanging(u"UPDATE dataset_approvals SET state = state WHERE id = ?"_s, {(*open)->id});
            !s.ok())
            return s;
        auto next = domain::ApprovalWorkflow::withdraw(**open, actor.value(), request.reason, now);
        if (!next) {
            refused = next.error();
            return {};
        }
        withdrawn = next.value();
        if (auto s = owners.updateRequest(withdrawn); !s.ok())
            return s;
        if (auto s = store::ProjectRepository(db).unmapDataset(projectId, datasetId); !s.ok())
            return s;
        // The lead is told; the owner's reason is read in the client (the project's details).
        {
            auto project = store::ProjectRepository(db).find(projectId);
            if (!project.ok())
                return project.error();
            auto dataset = store::ProjectRepository(db).findDataset(datasetId);
            if (!dataset.ok())
                return dataset.error();
            if (auto s = NotificationService::notify(db, {project->leadUserId},
                                                     {domain::NotificationKind::ApprovalWithdrawn,
                                                      projectId,
                                                      withdrawn.id,
                                                      dataset->title,
                                                      u"withdrawn"_s,
                                                      {}},
                                                     now);
                !s.ok())
                return s;
        }
        auto e = store::AuditLog(db).append(caller.user.id, u"dataset-approval.withdrawn"_s,
                                            u"approval:"_s + withdrawn.id,
                                            QJsonObject{{u"project"_s, projectId},
                                                        {u"dataset"_s, datasetId},
                                                        {u"owner"_s, withdrawn.ownerId},
                                                        {u"reason"_s, withdrawn.withdrawalReason}},
                                            now);
        if (!e.ok())
            return e.error();
        return {};
    });
    if (!written.ok()) {
        if (written.code() == store::StoreError::Code::NotFound)
            return Error{svc::NotFound, written.errorString()};
        return failedWrite(
            written.error(),
            Error{svc::Conflict, u"The approval changed while you withdrew it. Look again."_s});
    }
    if (refused)
        return *refused;
    mappingChanged(m_context, projectId);
    auto list = projects(caller);
    if (!list)
        return list.error();
    for (const protocol::OwnerProjectInfo &p : list.value()) {
        if (p.approvalId == withdrawn.id)
            return p;
    }
    return internalError(u"the withdrawn approval %1 is not listed"_s.arg(withdrawn.id));
}

Result<QList<protocol::ProjectRegisterEntry>> DataOwnerService::registerOf(const Caller &)
{
    return registerEntries(m_context);
}

Result<QList<protocol::ProjectRegisterEntry>> DataOwnerService::registerEntries(ServerContext &context)
{
    store::Database &db = context.database();
    store::ProjectRepository projects(db);
    store::DataOwnerRepository owners(db);
    auto all = projects.list();
    if (!all)
        return internalError(all.errorString());
    auto approvals = owners.approvedEver();
    if (!approvals)
        return internalError(approvals.errorString());
    auto releases = store::ReviewRepository(db).allReleases();
    if (!releases)
        return internalError(releases.errorString());
    QList<protocol::ProjectRegisterEntry> out;
    for (const domain::Project &p : all.value()) {
        protocol::ProjectRegisterEntry e;
        e.projectId = p.id;
        e.projectTitle = p.title;
        e.purpose = p.purpose;
        e.leadOrganisation = p.leadOrganisation;
        e.status = p.status;
        e.startDate = p.startDate;
        e.endDate = p.effectiveEndDate();
        auto datasets = projects.datasetsOf(p.id);
        if (!datasets)
            return internalError(datasets.errorString());
        QStringList listed;
        for (const domain::Dataset &d : datasets.value()) {
            protocol::RegisterDatasetUse use{d.id, d.title, d.owner, false, {}, {}};
            for (const ApprovalRequest &r : approvals.value()) {
                if (r.projectId == p.id && r.datasetId == d.id && r.state == ApprovalState::Approved) {
                    use.approvalNeeded = true;
                    use.approvedAt = r.decidedAt;
                }
            }
            e.datasets.append(use);
            listed.append(d.id);
        }
        // Approvals withdrawn stay on the register, with when.
        for (const ApprovalRequest &r : approvals.value()) {
            if (r.projectId != p.id || r.state != ApprovalState::Withdrawn)
                continue;
            auto d = projects.findDataset(r.datasetId);
            if (!d)
                return internalError(d.errorString());
            e.datasets.append({d->id, d->title, d->owner, true, r.decidedAt, r.withdrawnAt});
        }
        for (const store::StoredRelease &r : releases.value()) {
            if (r.projectId == p.id)
                e.releaseIds.append(r.id);
        }
        out.append(e);
    }
    return out;
}

QByteArray DataOwnerService::registerCsv(const QList<protocol::ProjectRegisterEntry> &entries)
{
    QByteArray out =
        "project_id,project_title,purpose,lead_organisation,status,start_date,end_date,dataset_id,"
        "dataset_title,owner,approval_needed,approved_at,withdrawn_at,releases\r\n";
    auto time = [](const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString(); };
    for (const protocol::ProjectRegisterEntry &e : entries) {
        QList<protocol::RegisterDatasetUse> uses = e.datasets;
        if (uses.isEmpty())
            uses.append(protocol::RegisterDatasetUse{});
        for (const protocol::RegisterDatasetUse &d : uses) {
            const QStringList row{e.projectId,
                                  e.projectTitle,
                                  e.purpose,
                                  e.leadOrganisation,
                                  domain::projectStatusToString(e.status),
                                  e.startDate.toString(Qt::ISODate),
                                  e.endDate.toString(Qt::ISODate),
                                  d.datasetId,
                                  d.datasetTitle,
                                  d.owner,
                                  d.datasetId.isEmpty() ? QString() : (d.approvalNeeded ? u"yes"_s : u"no"_s),
                                  time(d.approvedAt),
                                  time(d.withdrawnAt),
                                  e.releaseIds.join(u' ')};
            QStringList fields;
            for (const QString &field : row)
                fields << csvField(field);
            out += fields.join(u',').toUtf8() + "\r\n";
        }
    }
    return out;
}

} // namespace srs::server
