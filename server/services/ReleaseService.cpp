#include "ReleaseService.h"

#include "Idempotency.h"

#include "CheckingSettings.h"
#include "CsvField.h"
#include "NotificationService.h"
#include "RecordId.h"

#include "ProjectService.h"
#include "ReleaseDifferencing.h"
#include "ServiceError.h"
#include "Snapshots.h"

#include "store/AuditLog.h"
#include "store/ProjectRepository.h"
#include "store/SubmissionRepository.h"
#include "store/UserRepository.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;
using domain::ReviewRules;

namespace {

Error noRelease(const QString &id)
{
    return Error{svc::NotFound, u"There is no release %1."_s.arg(id)};
}

QJsonArray filesJson(const QList<store::StoredReleaseFile> &files)
{
    QJsonArray out;
    for (const store::StoredReleaseFile &f : files)
        out.append(QJsonObject{{u"path"_s, f.path}, {u"sha256"_s, f.sha256}, {u"size"_s, f.size}});
    return out;
}

// The release's files as stored, with each one's position in its round (the download index).
QList<protocol::ReleasedFile> releasedFiles(const store::StoredRelease &r,
                                            const QList<domain::SubmissionFile> &round)
{
    QList<protocol::ReleasedFile> out;
    for (const store::StoredReleaseFile &f : r.files) {
        int index = -1;
        for (qsizetype i = 0; i < round.size(); ++i) {
            if (round.at(i).path == f.path)
                index = int(i);
        }
        out.append({index, f.path, f.role, f.sha256, f.size});
    }
    return out;
}

Result<QList<domain::SubmissionFile>> roundFiles(store::Database &db, const store::StoredRelease &r)
{
    auto rounds = store::SubmissionRepository(db).rounds(r.submissionId);
    if (!rounds)
        return internalError(rounds.errorString());
    for (const store::SubmissionRound &round : rounds.value()) {
        if (round.round == r.round)
            return round.files;
    }
    return internalError(u"release %1: its round is missing"_s.arg(r.id));
}

} // namespace

ReleaseService::ReleaseService(ServerContext &context) : m_context(context) {}

Result<protocol::ReleaseInfo> ReleaseService::describe(const store::StoredRelease &r)
{
    auto round = roundFiles(m_context.database(), r);
    if (!round)
        return round.error();
    protocol::ReleaseInfo info;
    info.id = r.id;
    info.submissionId = r.submissionId;
    info.projectId = r.projectId;
    info.title = r.title;
    info.clearanceType = r.clearanceType;
    info.releasedAt = r.releasedAt;
    info.files = releasedFiles(r, round.value());
    info.destroyBy = r.destroyBy;
    info.destroyedAt = r.destroyedAt;
    if (!r.destroyedBy.isEmpty()) {
        auto user = store::UserRepository(m_context.database()).findById(r.destroyedBy);
        if (!user)
            return internalError(user.errorString());
        info.destroyedBy = {r.destroyedBy, user->profile.username, user->profile.displayName};
    }
    return info;
}

Result<QList<protocol::ReleaseInfo>>
ReleaseService::describeAll(const store::Result<QList<store::StoredRelease>> &list)
{
    if (!list)
        return internalError(list.errorString());
    QList<protocol::ReleaseInfo> out;
    for (const store::StoredRelease &r : list.value()) {
        auto info = describe(r);
        if (!info)
            return info.error();
        out.append(std::move(info).value());
    }
    return out;
}

Result<protocol::ReleaseInfo> ReleaseService::release(const Caller &caller, const QString &submissionId)
{
    if (!caller.user.hasRole(domain::Role::OutputChecker))
        return notAnOutputChecker();
    store::Database &db = m_context.database();
    std::optional<Error> refused;
    store::StoredRelease made;
    const store::Status written = db.transaction([&]() -> store::Status {
        store::ReviewRepository reviews(db);
        if (auto locked = reviews.lockSubmission(submissionId); !locked)
            return locked;
        auto found = store::SubmissionRepository(db).find(submissionId);
        if (!found) {
            if (found.code() != store::StoreError::Code::NotFound)
                return found.error();
            refused = Error{svc::NotFound, u"There is no request %1."_s.arg(submissionId)};
            return {};
        }
        const domain::Submission &before = found.value();
        auto project = store::ProjectRepository(db).find(before.projectId);
        if (!project)
            return project.error();
        auto all = reviews.reviewsOf(submissionId);
        if (!all)
            return all.error();
        QList<domain::Review> round;
        for (const domain::Review &r : all.value()) {
            if (r.round == before.round && r.isSubmitted())
                round.append(r);
        }
        // Releasing is done with the request open: where checkers may look applies.
        if (Status here = checkCanOpenForChecking(db, caller, before); !here) {
            refused = here.error();
            return {};
        }
        const domain::SubmissionActor actor{caller.user.id, project->isMember(caller.user.id), true};
        if (Status can = ReviewRules::checkCanRelease(before, round, actor); !can) {
            refused = can.error();
            return {};
        }
        const QDateTime now = m_context.now();
        auto after = domain::SubmissionWorkflow::release(before, actor, now);
        if (!after) {
            refused = after.error();
            return {};
        }
        const domain::ReviewOutcome outcome = ReviewRules::decide(round.at(0), round.at(1), before.content);
        made.id = newRecordId(u'R');
        made.submissionId = before.id;
        made.projectId = before.projectId;
        made.round = before.round;
        made.title = before.content.title;
        made.clearanceType = before.content.clearanceType;
        made.releasedAt = now;
        made.releasedBy = caller.user.id;
        if (before.content.clearanceType == domain::ClearanceType::PrePublication)
            made.destroyBy = project->effectiveEndDate();
        for (const domain::SubmissionFile &f : before.content.files) {
            if (outcome.releasable.contains(f.path))
                made.files.append({f.path, f.role, f.sha256, f.size});
        }
        // What is released is exactly what was checked: every file's stored copy is verified
        // first, and a changed or missing one stops the release (with its audit event).
        for (const store::StoredReleaseFile &f : std::as_const(made.files)) {
            auto bytes = Snapshots(m_context).read(
                caller.user.id, u"submission:"_s + before.id,
                {{u"project"_s, before.projectId}, {u"round"_s, before.round}, {u"path"_s, f.path}},
                f.sha256);
            if (!bytes) {
                if (bytes.error().code == svc::Internal)
                    return store::StoreError{store::StoreError::Code::Database, bytes.error().message};
                refused = bytes.error();
                return {};
            }
        }
        if (auto s = store::SubmissionRepository(db).update(after.value(), before.state); !s)
            return s;
        if (auto s = reviews.addRelease(made); !s)
            return s;
        auto event = store::AuditLog(db).append(caller.user.id, u"release.create"_s, u"release:"_s + made.id,
                                                {{u"project"_s, made.projectId},
                                                 {u"submission"_s, made.submissionId},
                                                 {u"round"_s, made.round},
                                                 {u"from"_s, domain::submissionStateToString(before.state)},
                                                 {u"files"_s, filesJson(made.files)},
                                                 {u"destroy_by"_s, made.destroyBy.toString(Qt::ISODate)}},
                                                now);
        if (!event)
            return event.error();
        if (auto s = Idempotency::recordMade(db, u"release:"_s + made.id, now); !s)
            return s;
        // The author and the project's lead are told the outputs are there to download.
        const domain::Notice notice{domain::NotificationKind::RequestReleased,
                                    made.projectId,
                                    made.submissionId,
                                    made.title,
                                    domain::submissionStateToString(domain::SubmissionState::Released),
                                    {}};
        return NotificationService::notify(db, {before.authorId, project->leadUserId}, notice, now);
    });
    if (!written)
        return failedWrite(written.error(), changedMeanwhile(submissionId));
    if (refused)
        return *refused;
    // The released tables' population summaries, for differencing new tables against them.
    ReleaseDifferencing(m_context).recordRelease(made.id);
    return describe(made);
}

Result<QList<protocol::ReleaseInfo>> ReleaseService::listForProject(const Caller &caller,
                                                                    const QString &projectId)
{
    auto project = ProjectService(m_context).openable(caller, projectId);
    if (!project)
        return project.error();
    return describeAll(store::ReviewRepository(m_context.database()).releasesOfProject(projectId));
}

Result<protocol::ReleaseInfo> ReleaseService::get(const Caller &caller, const QString &releaseId)
{
    auto found = store::ReviewRepository(m_context.database()).findRelease(releaseId);
    if (!found) {
        if (found.code() == store::StoreError::Code::NotFound)
            return noRelease(releaseId);
        return internalError(found.errorString());
    }
    if (!caller.user.hasRole(domain::Role::OutputChecker)) {
        // A release of a project the caller is not a member of does not exist for them.
        auto project = ProjectService(m_context).openable(caller, found->projectId);
        if (!project)
            return project.error().code == svc::NotFound ? noRelease(releaseId) : project.error();
    }
    return describe(found.value());
}

Result<ReviewService::FileContents> ReleaseService::download(const Caller &caller, const QString &releaseId,
                                                             int index)
{
    store::Database &db = m_context.database();
    auto found = store::ReviewRepository(db).findRelease(releaseId);
    if (!found) {
        if (found.code() == store::StoreError::Code::NotFound)
            return noRelease(releaseId);
        return internalError(found.errorString());
    }
    // Only members who may open the project now (the Five Safes policy) download its releases.
    auto project = ProjectService(m_context).openable(caller, found->projectId);
    if (!project)
        return project.error().code == svc::NotFound ? noRelease(releaseId) : project.error();
    auto round = roundFiles(db, found.value());
    if (!round)
        return round.error();
    if (index < 0 || index >= round->size())
        return Error{QString::fromLatin1(domain::reviewerr::NotReleased),
                     u"Release %1 has no file %2."_s.arg(releaseId).arg(index)};
    const domain::SubmissionFile &file = round->at(index);
    if (file.role == domain::FileRole::Supporting)
        return Error{QString::fromLatin1(domain::reviewerr::SupportingFile),
                     u"%1 is a supporting file: checkers see it, it is never released."_s.arg(file.path)};
    const store::StoredReleaseFile *released = nullptr;
    for (const store::StoredReleaseFile &f : found->files) {
        if (f.path == file.path)
            released = &f;
    }
    if (!released)
        return Error{
            QString::fromLatin1(domain::reviewerr::NotReleased),
            u"%1 was not approved for release, so it is not part of release %2."_s.arg(file.path, releaseId)};
    auto bytes = Snapshots(m_context).read(caller.user.id, u"release:"_s + releaseId,
                                           {{u"project"_s, found->projectId}, {u"path"_s, released->path}},
                                           released->sha256);
    if (!bytes)
        return bytes.error();
    auto event = store::AuditLog(db).append(
        caller.user.id, u"release.download"_s, u"release:"_s + releaseId,
        {{u"project"_s, found->projectId}, {u"path"_s, released->path}, {u"sha256"_s, released->sha256}},
        m_context.now());
    if (!event)
        return internalError(event.errorString());
    return ReviewService::FileContents{released->path, released->sha256, std::move(bytes).value()};
}

Result<protocol::ReleaseInfo> ReleaseService::attestDestruction(const Caller &caller,
                                                                const QString &releaseId,
                                                                const protocol::DestructionRequest &request)
{
    store::Database &db = m_context.database();
    std::optional<Error> refused;
    const store::Status written = db.transaction([&]() -> store::Status {
        store::ReviewRepository repo(db);
        auto found = repo.findRelease(releaseId);
        if (!found) {
            if (found.code() != store::StoreError::Code::NotFound)
                return found.error();
            refused = noRelease(releaseId);
            return {};
        }
        auto project = store::ProjectRepository(db).find(found->projectId);
        if (!project)
            return project.error();
        if (project->leadUserId != caller.user.id) {
            refused =
                project->isMember(caller.user.id) || caller.user.hasRole(domain::Role::OutputChecker)
                    ? Error{QString::fromLatin1(domain::reviewerr::NotProjectLead),
                            u"Only the lead of project %1 attests that its releases were destroyed."_s.arg(
                                project->id)}
                    : noRelease(releaseId);
            return {};
        }
        if (project->status != domain::ProjectStatus::Completed) {
            refused = Error{QString::fromLatin1(domain::reviewerr::ProjectStillActive),
                            u"Project %1 has not been completed: its pre-publication releases are destroyed "
                            u"when it is."_s.arg(project->id)};
            return {};
        }
        if (!found->destroyBy.isValid()) {
            refused = Error{QString::fromLatin1(domain::submissionerr::WrongState),
                            u"Release %1 is for publication: it is not destroyed."_s.arg(releaseId)};
            return {};
        }
        const QDateTime now = m_context.now();
        if (auto s = repo.attestDestruction(releaseId, caller.user.id, now, request.note); !s)
            return s;
        auto event = store::AuditLog(db).append(
            caller.user.id, u"release.destruction"_s, u"release:"_s + releaseId,
            {{u"project"_s, found->projectId}, {u"destroy_by"_s, found->destroyBy.toString(Qt::ISODate)}},
            now);
        if (!event)
            return event.error();
        return {};
    });
    if (!written)
        return failedWrite(
            written.error(),
            Error{svc::Conflict, u"The destruction of release %1 was attested already."_s.arg(releaseId)});
    if (refused)
        return *refused;
    auto found = store::ReviewRepository(db).findRelease(releaseId);
    if (!found)
        return internalError(found.errorString());
    return describe(found.value());
}

Result<QList<protocol::ReleaseInfo>> ReleaseService::pendingDestruction(const Caller &caller)
{
    return describeAll(store::ReviewRepository(m_context.database()).pendingDestruction(caller.user.id));
}

Result<QList<protocol::RegisterEntry>> ReleaseService::registerOf(const Caller &)
{
    return registerEntries(m_context);
}

Result<QList<protocol::RegisterEntry>> ReleaseService::registerEntries(ServerContext &context)
{
    store::ReviewRepository repo(context.database());
    auto releases = repo.allReleases();
    if (!releases)
        return internalError(releases.errorString());
    auto extras = repo.registerExtras();
    if (!extras)
        return internalError(extras.errorString());
    QList<protocol::RegisterEntry> out;
    for (const store::StoredRelease &r : releases.value()) {
        const store::RegisterExtras x = extras->value(r.id);
        protocol::RegisterEntry e;
        e.releaseId = r.id;
        e.projectId = r.projectId;
        e.projectTitle = r.projectTitle;
        e.title = r.title;
        e.clearanceType = r.clearanceType;
        e.releasedAt = r.releasedAt;
        for (qsizetype i = 0; i < r.files.size(); ++i)
            e.files.append(
                {int(i), r.files.at(i).path, r.files.at(i).role, r.files.at(i).sha256, r.files.at(i).size});
        e.engineVersion = x.engineVersion;
        e.profileVersion = x.profileVersion;
        // Exceptions granted: those asked for on the files released.
        for (const domain::ExceptionRequest &ex : x.exceptions) {
            for (const store::StoredReleaseFile &f : r.files) {
                if (f.path == ex.path)
                    e.exceptionsGranted.append(ex);
            }
        }
        for (qsizetype i = 0; i < x.checkers.size(); ++i)
            e.checkers.append(context.config().registerCheckersByName ? x.checkers.at(i).second
                                                                      : u"Output checker %1"_s.arg(i + 1));
        out.append(e);
    }
    return out;
}

QByteArray ReleaseService::registerCsv(const QList<protocol::RegisterEntry> &entries)
{
    QByteArray out = "release_id,project_id,project_title,title,clearance_type,released_at,path,role,sha256,"
                     "size,engine_version,profile_version,exceptions_granted,checker_1,checker_2\r\n";
    for (const protocol::RegisterEntry &e : entries) {
        for (const protocol::ReleasedFile &f : e.files) {
            int granted = 0;
            for (const domain::ExceptionRequest &x : e.exceptionsGranted)
                granted += x.path == f.path ? 1 : 0;
            const QStringList row{e.releaseId,
                                  e.projectId,
                                  e.projectTitle,
                                  e.title,
                                  domain::clearanceTypeToString(e.clearanceType),
                                  e.releasedAt.toUTC().toString(Qt::ISODate),
                                  f.path,
                                  domain::fileRoleToString(f.role),
                                  f.sha256,
                                  QString::number(f.size),
                                  e.engineVersion,
                                  e.profileVersion,
                                  QString::number(granted),
                                  e.checkers.value(0),
                                  e.checkers.value(1)};
            QStringList fields;
            for (const QString &field : row)
                fields << csvField(field);
            out += fields.join(u',').toUtf8() + "\r\n";
        }
    }
    return out;
}

Result<QByteArray> ReleaseService::roCrate(const Caller &caller, const QString &releaseId)
{
    if (!caller.user.hasRole(domain::Role::OutputChecker))
        return notAnOutputChecker();
    return roCrateOf(m_context, releaseId);
}

} // namespace srs::server
