#include "SubmissionService.h"

#include "Idempotency.h"

#include "OutputGate.h"
#include "RecordId.h"
#include "ReleaseDifferencing.h"

#include "ProjectService.h"

#include "ServiceError.h"

#include "crypto/Crypto.h"
#include "store/AuditLog.h"
#include "store/CheckAllowance.h"
#include "store/ProjectRepository.h"
#include "store/ReviewRepository.h"
#include "store/SubmissionRepository.h"
#include "store/UserRepository.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSubmissions, "srs.server.submissions")

namespace srs::server {

using namespace Qt::Literals::StringLiterals;
using domain::SubmissionWorkflow;

namespace {

Error fieldError(const char *code, const QString &field, const QString &message)
{
    return Error{QString::fromLatin1(code), field + u": "_s + message, field};
}

// A finding's place as the researcher's client names it: the file and the cell ("C14"), row or
// column by position, or the line; never a label.
QString cellName(const QString &path, const QString &cell, int line)
{
    if (line > 0)
        return u"%1 line %2"_s.arg(path).arg(line);
    if (!cell.isEmpty())
        return u"%1 %2"_s.arg(path, cell);
    return path;
}

// What an exception and a finding are matched on: the file, the rule and the place.
QString findingKey(const QString &path, const QString &rule, const QString &cell, int line)
{
    const QChar separator(0x1f);
    return path + separator + rule + separator + cell + separator + QString::number(line);
}

} // namespace

SubmissionService::SubmissionService(ServerContext &context)
    : m_context(context), m_workingDays(domain::WorkingDays::englandAndWales())
{}

QDate SubmissionService::expectedAnswerDate(const QDateTime &at, const domain::AccessPolicy &policy) const
{
    return m_workingDays.addWorkingDays(policy.serviceDay(at), AnswerWorkingDays);
}

domain::SubmissionActor SubmissionService::actorFor(const Caller &caller) const
{
    // Only called once openable() has allowed the caller into the project.
    return {caller.user.id, true, caller.user.hasRole(domain::Role::OutputChecker)};
}

Result<domain::Project> SubmissionService::openable(const Caller &caller, const QString &projectId)
{
    return ProjectService(m_context).openable(caller, projectId);
}

Status SubmissionService::checkDatasets(const Caller &caller, const domain::Project &project,
                                        const QList<std::pair<int, QString>> &tableDatasets)
{
    if (tableDatasets.isEmpty())
        return {};
    auto datasets = store::ProjectRepository(m_context.database()).datasetsOf(project.id);
    if (!datasets)
        return internalError(datasets.errorString());
    // Where the project holds data this setting may not use, every table must say which
    // dataset it comes from (the statement is stored with the request), so that the rule
    // below applies to it.
    const bool someHidden =
        std::any_of(datasets->cbegin(), datasets->cend(), [&caller](const domain::Dataset &d) {
            return !caller.policy->canSeeDataset(d, caller.settingDecision.setting);
        });
    QHash<QString, domain::Accreditation> accreditations;
    if (caller.user.accreditation &&
        caller.user.accreditation->kind == domain::AccreditationKind::Provisional) {
        auto loaded = store::ProjectRepository(m_context.database()).memberAccreditations(project.id);
        if (!loaded)
            return internalError(loaded.errorString());
        accreditations = loaded.value();
    }
    for (const auto &[i, id] : tableDatasets) {
        const QString field = u"tables[%1].dataset"_s.arg(i);
        if (id.isEmpty()) {
            if (someHidden)
                return fieldError(domain::submissionerr::Invalid, field,
                                  u"say which of the project's datasets this table comes from: the project "
                                  u"holds data that may not be used from here."_s);
            continue;
        }
        domain::AccessRequest access;
        access.user = caller.user;
        access.setting = caller.setting;
        access.project = project;
        access.now = m_context.now();
        access.memberAccreditations = accreditations;
        // An id the project does not have is refused by the policy as not in the project.
        access.dataset = domain::Dataset{id, id, {}, domain::DatasetAccess::SafeRoomOnly};
        for (const domain::Dataset &d : datasets.value()) {
            if (d.id == id)
                access.dataset = d;
        }
        if (const domain::Decision d = caller.policy->checkCanUseDataset(access); !d)
            return Error{d.code(), field + u": "_s + d.message, field};
    }
    return {};
}

Result<protocol::CheckResultInfo> SubmissionService::check(const Caller &caller, const QString &projectId,
                                                           const protocol::CheckRequest &request)
{
    auto project = openable(caller, projectId);
    if (!project)
        return project.error();
    // Every table that names a dataset is held to it, whatever else is wrong with the request (a
    // spec that does not parse is reported as that table's error).
    QList<std::pair<int, QString>> datasets;
    for (qsizetype i = 0; i < request.tables.size(); ++i) {
        if (!request.invalidTables.contains(int(i)))
            datasets.append({int(i), request.tables.at(i).dataset});
    }
    if (Status s = checkDatasets(caller, project.value(), datasets); !s)
        return s.error();
    // Each person's allowance of checks bounds how fast findings can tell anything about the
    // files (see docs/threat-model.md).
    const ServerConfig &config = m_context.config();
    store::CheckAllowance allowance(
        m_context.database(),
        {config.checkRunsPerWindow, config.checkBytesPerWindow, config.checkWindowSeconds});
    const QDateTime now = m_context.now();
    auto grant = allowance.take(caller.user.id, now);
    if (!grant)
        return internalError(grant.errorString());
    if (!grant->allowed) {
        const qint64 wait = std::max<qint64>(1, now.secsTo(grant->retryAt));
        auto refused = store::AuditLog(m_context.database())
                           .append(caller.user.id, u"checks.refused"_s, u"project:"_s + projectId,
                                   {{u"reason"_s, u"allowance"_s}, {u"retry_after_seconds"_s, wait}}, now);
        if (!refused)
            return internalError(refused.errorString());
        Error e{
            svc::TooManyChecks,
            u"You have run the checks as often as the service allows for now (%1 times, or %2 MiB of files, "
            u"in %3 minutes). Try again in %4."_s.arg(config.checkRunsPerWindow)
                .arg(config.checkBytesPerWindow / (1024 * 1024))
                .arg(std::max(1, config.checkWindowSeconds / 60))
                .arg(wait < 120 ? u"%1 seconds"_s.arg(wait) : u"%1 minutes"_s.arg((wait + 59) / 60))};
        e.retryAfterSeconds = wait;
        return e;
    }
    // Only each file's digest is kept: a table's bytes go once it is parsed.
    WorkspaceFiles files(m_context.workspaceFolder(projectId), 512LL * 1024 * 1024,
                         std::min<qint64>(1024LL * 1024 * 1024, grant->bytesLeft),
                         WorkspaceFiles::Keep::Digests);
    QList<std::pair<QString, QString>> code;
    for (qsizetype i = 0; i < request.files.size(); ++i) {
        if (request.files.at(i).role == domain::FileRole::Code)
            code.append({request.files.at(i).path, u"files[%1].path"_s.arg(i)});
    }
    // Tables are compared with the project's releases as well.
    ReleaseDifferencing releases(m_context);
    if (Status s = releases.backfill(projectId); !s)
        return s.error();
    CheckOutcome outcome = runChecks(
        request.tables, request.invalidTables, code,
        [&files](const QString &path) { return files.read(path); }, m_profile, now,
        releases.comparer(projectId, m_profile));
    auditRefusedReads(caller, projectId, files);
    // Every run is on the record: who, which files (with what they held), and how much was found.
    QJsonArray read;
    for (const WorkspaceFiles::ReadFile &f : files.files())
        read.append(QJsonObject{
            {u"path"_s, f.path}, {u"sha256"_s, QString::fromLatin1(f.sha256)}, {u"size"_s, f.size}});
    qsizetype shown = 0;
    for (const protocol::CheckItemInfo &item : outcome.view.items)
        shown += item.findings.size();
    if (auto s = allowance.addBytes(caller.user.id, files.bytesRead()); !s)
        return internalError(s.errorString());
    auto event = store::AuditLog(m_context.database())
                     .append(caller.user.id, u"checks.run"_s, u"project:"_s + projectId,
                             {{u"files"_s, read},
                              {u"tables"_s, request.tables.size()},
                              {u"status"_s, outcome.view.status},
                              {u"findings"_s, outcome.findings.size()},
                              {u"findings_shown"_s, shown},
                              {u"run_in_window"_s, grant->runsUsed}},
                             now);
    if (!event)
        return internalError(event.errorString());
    return std::move(outcome.view);
}

void SubmissionService::auditRefusedReads(const Caller &caller, const QString &projectId,
                                          const WorkspaceFiles &files)
{
    if (files.refused().isEmpty())
        return;
    QJsonArray paths;
    for (const auto &[path, reason] : files.refused())
        paths.append(QJsonObject{{u"path"_s, path}, {u"reason"_s, reason}});
    auto event = store::AuditLog(m_context.database())
                     .append(caller.user.id, u"workspace.read-refused"_s, u"project:"_s + projectId,
                             {{u"paths"_s, paths}}, m_context.now());
    if (!event)
        qCWarning(lcSubmissions, "auditing refused workspace reads failed: %s",
                  qUtf8Printable(event.errorString()));
}

Result<SubmissionService::Prepared> SubmissionService::prepare(const Caller &caller,
                                                               const domain::Project &project,
                                                               const protocol::SubmissionRequest &request)
{
    const domain::SubmissionContent &content = request.content;
    if (Status s = SubmissionWorkflow::checkContent(content); !s)
        return s.error();
    if (!request.invalidTables.isEmpty())
        return request.invalidTables.first();
    // Each table is an output of the request; its companions are supporting files of it.
    for (qsizetype i = 0; i < content.tables.size(); ++i) {
        const sdc::TableSpec &spec = content.tables.at(i);
        const domain::SubmissionFile *table = content.file(spec.file);
        if (!table)
            return fieldError(domain::submissionerr::Invalid, u"tables[%1].file"_s.arg(i),
                              u"%1 is not one of the request's files; add it as an output."_s.arg(spec.file));
        if (table->role != domain::FileRole::Output)
            return fieldError(domain::submissionerr::Invalid, u"tables[%1].file"_s.arg(i),
                              u"%1 is a table to clear, so its role is \"output\"."_s.arg(spec.file));
        for (const auto &[path, field] : companionsOf(spec, int(i))) {
            const domain::SubmissionFile *companion = content.file(path);
            if (!companion)
                return fieldError(
                    protocol::submissionerrc::SupportingFileMissing, field,
                    u"%1 is not in the request; add it as a supporting file (checkers see it, it is "
                    u"never released)."_s.arg(path));
            if (companion->role != domain::FileRole::Supporting)
                return fieldError(
                    domain::submissionerr::Invalid, field,
                    u"%1 holds the table's underlying figures, so its role is \"supporting\": it is "
                    u"never released."_s.arg(path));
        }
    }
    QList<std::pair<int, QString>> datasets;
    for (qsizetype i = 0; i < content.tables.size(); ++i)
        datasets.append({int(i), content.tables.at(i).dataset});
    if (Status s = checkDatasets(caller, project, datasets); !s)
        return s.error();

    Prepared prepared;
    WorkspaceFiles workspace(m_context.workspaceFolder(project.id));
    for (qsizetype i = 0; i < content.files.size(); ++i) {
        domain::SubmissionFile f = content.files.at(i);
        auto bytes = workspace.read(f.path);
        if (!bytes) {
            auditRefusedReads(caller, project.id, workspace);
            Error e = bytes.error();
            const QString field = u"files[%1].path"_s.arg(i);
            if (e.code == QLatin1StringView(protocol::submissionerrc::FileNotFound) &&
                f.role == domain::FileRole::Supporting)
                e.code = QString::fromLatin1(protocol::submissionerrc::SupportingFileMissing);
            return Error{e.code, field + u": "_s + e.message, field};
        }
        QByteArray stored = std::move(bytes).value();
        if (f.role == domain::FileRole::Output) {
            // Released bytes are checked bytes: an output is only taken in a format whose whole
            // content the checks and the checkers see. The gate may hand back other bytes (a safe
            // re-encoding); those are what is stored, hashed, checked and released.
            QStringList sheets;
            for (const sdc::TableSpec &spec : content.tables) {
                if (spec.file == f.path)
                    sheets << spec.sheet;
            }
            auto gated = OutputGate::prepare(f.path, stored, sheets);
            if (!gated) {
                const QString field = u"files[%1].path"_s.arg(i);
                return Error{gated.error().code, field + u": "_s + gated.error().message, field};
            }
            if (gated.value() != stored)
                prepared.reencodedFrom.insert(f.path, QString::fromLatin1(crypto::sha256(stored).toHex()));
            stored = std::move(gated).value();
        }
        f.sha256 = QString::fromLatin1(crypto::sha256(stored).toHex());
        f.size = stored.size();
        prepared.bytes.insert(f.path, stored);
        prepared.files.append(f);
    }
    // The checks run on exactly the bytes that will be stored.
    QList<std::pair<QString, QString>> code;
    for (qsizetype i = 0; i < prepared.files.size(); ++i) {
        if (prepared.files.at(i).role == domain::FileRole::Code)
            code.append({prepared.files.at(i).path, u"files[%1].path"_s.arg(i)});
    }
    const auto snapshot = [&prepared](const QString &path) -> Result<QByteArray> {
        const auto it = prepared.bytes.constFind(path);
        if (it == prepared.bytes.constEnd())
            return Error{QString::fromLatin1(protocol::submissionerrc::FileNotFound),
                         u"%1 is not one of the request's files."_s.arg(path)};
        return *it;
    };
    ReleaseDifferencing releases(m_context);
    if (Status s = releases.backfill(project.id); !s)
        return s.error();
    prepared.outcome = runChecks(content.tables, {}, code, snapshot, m_profile, m_context.now(),
                                 releases.comparer(project.id, m_profile));
    if (prepared.outcome.firstError)
        return *prepared.outcome.firstError;
    // Exceptions are for findings of this check; every failing finding is fixed or explained.
    // One pass over the findings' keys (a big table can have a hundred thousand findings, kept
    // compact): which exceptions match a finding, and which failing findings none explains.
    QHash<QString, bool> explained; // an exception's key -> a finding matches it
    for (const domain::ExceptionRequest &e : content.exceptions)
        explained.insert(findingKey(e.path, e.rule, e.cell, e.line), false);
    QStringList unexplained; // the first few, named
    qsizetype unexplainedCount = 0;
    prepared.outcome.findings.forEachKey([&](const CheckFindings::Key &f) {
        const auto it = explained.find(findingKey(f.path, f.rule, f.cell, f.line));
        if (it != explained.end())
            *it = true;
        else if (f.outcome == sdc::Outcome::Fail && unexplainedCount++ < 3)
            unexplained << u"%1 (%2)"_s.arg(cellName(f.path, f.cell, f.line), f.rule);
        return true;
    });
    for (qsizetype i = 0; i < content.exceptions.size(); ++i) {
        const domain::ExceptionRequest &e = content.exceptions.at(i);
        if (!explained.value(findingKey(e.path, e.rule, e.cell, e.line)))
            return fieldError(domain::submissionerr::Invalid, u"exceptions[%1]"_s.arg(i),
                              u"the check finds no %1 finding at %2; it may have been fixed. Remove the "
                              u"exception."_s.arg(e.rule, cellName(e.path, e.cell, e.line)));
    }
    if (unexplainedCount > 0) {
        return Error{
            QString::fromLatin1(protocol::submissionerrc::FindingsNeedExceptions),
            u"exceptions: %1 failing finding(s) must be fixed, or come with an exception request and "
            u"its justification: %2%3."_s.arg(unexplainedCount)
                .arg(unexplained.join(u"; "_s),
                     unexplainedCount > unexplained.size() ? u"; ..."_s : QString()),
            u"exceptions"_s};
    }
    return prepared;
}

Status SubmissionService::persist(const Caller &caller, const domain::Submission &before,
                                  const domain::Submission &after, const Prepared &prepared, bool created)
{
    // Blobs first: content-addressed, so one that is never referenced (a failed transaction)
    // does no harm, and every file a stored request names is already in place.
    store::BlobStore blobs(m_context.config().dataDir + u"/blobs"_s);
    for (const domain::SubmissionFile &f : prepared.files) {
        auto stored = blobs.put(prepared.bytes.value(f.path));
        if (!stored && stored.code() == store::StoreError::Code::NoSpace) {
            // Nothing of the request is recorded, and no part of a file is left; the blobs
            // already stored are whole, and shared by content with any later request.
            qCCritical(lcSubmissions, "submission not kept: %s", qUtf8Printable(stored.errorString()));
            auto event =
                store::AuditLog(m_context.database())
                    .append(caller.user.id, u"submission.storage-full"_s, u"project:"_s + after.projectId,
                            {{u"path"_s, f.path}, {u"size"_s, f.size}, {u"round"_s, after.round}},
                            m_context.now());
            if (!event)
                qCWarning(lcSubmissions, "auditing a submission not kept failed: %s",
                          qUtf8Printable(event.errorString()));
            return Error{svc::StorageFull,
                         u"The clearance server has no room to keep a copy of these outputs, so nothing was "
                         u"submitted. Your request is as you left it: try again later. Research support has "
                         u"been told."_s};
        }
        if (!stored)
            return internalError(stored.errorString());
        if (stored.value() != f.sha256)
            return internalError(u"blob hash mismatch for a submitted file"_s);
    }
    store::SubmissionRound round;
    round.round = after.round;
    round.submittedAt = after.submittedAt;
    round.controls = after.content.controls;
    round.tables = after.content.tables;
    round.files = prepared.files;
    round.exceptions = after.content.exceptions;
    round.checkStatus = prepared.outcome.view.status;
    round.checkResult = prepared.outcome.view.toJson();
    round.engineVersion = engineVersion();
    round.profileVersion = profileVersion(m_profile);
    const domain::SubmissionEvent &step = after.history.constLast();
    QJsonArray files;
    for (const domain::SubmissionFile &f : prepared.files) {
        QJsonObject file{{u"path"_s, f.path},
                         {u"role"_s, domain::fileRoleToString(f.role)},
                         {u"sha256"_s, f.sha256},
                         {u"size"_s, f.size}};
        if (const auto it = prepared.reencodedFrom.constFind(f.path); it != prepared.reencodedFrom.constEnd())
            file.insert(u"reencoded_from_sha256"_s, *it);
        files.append(file);
    }
    store::Database &db = m_context.database();
    const store::Status written = db.transaction([&]() -> store::Status {
        store::SubmissionRepository repo(db);
        for (const domain::SubmissionFile &f : prepared.files) {
            if (auto s = repo.recordBlob(f.sha256, f.size, after.updatedAt); !s)
                return s;
        }
        if (auto s = created ? repo.create(after) : repo.update(after, before.state); !s)
            return s;
        // The findings are written one at a time, each made whole only as it is written.
        const store::FindingSource findings = [&prepared](const store::FindingSink &write) -> store::Status {
            store::Status s;
            prepared.outcome.findings.forEach([&](const store::StoredFinding &f) {
                s = write(f);
                return s.ok();
            });
            return s;
        };
        if (auto s = repo.addRoundFrom(after.id, round, findings); !s)
            return s;
        auto event = store::AuditLog(db).append(
            caller.user.id, u"submission."_s + domain::submissionActionToString(step.action),
            u"submission:"_s + after.id,
            {{u"project"_s, after.projectId},
             {u"from"_s, domain::submissionStateToString(step.from)},
             {u"to"_s, domain::submissionStateToString(step.to)},
             {u"round"_s, after.round},
             {u"check_status"_s, round.checkStatus},
             {u"files"_s, files}},
            after.updatedAt);
        if (!event)
            return event.error();
        // A request sent again with the same Idempotency-Key is answered with this request.
        return Idempotency::recordMade(db, u"submission:"_s + after.id, after.updatedAt);
    });
    if (!written)
        return failedWrite(written.error(), changedMeanwhile(after.id));
    return {};
}

Result<protocol::SubmissionInfo> SubmissionService::submit(const Caller &caller, const QString &projectId,
                                                           const protocol::SubmissionRequest &request)
{
    auto project = openable(caller, projectId);
    if (!project)
        return project.error();
    auto prepared = prepare(caller, project.value(), request);
    if (!prepared)
        return prepared.error();
    const QDateTime now = m_context.now();
    domain::Submission draft;
    draft.id = newRecordId(u'S');
    draft.projectId = projectId;
    draft.authorId = caller.user.id;
    draft.content = request.content;
    draft.content.files = prepared.value().files;
    draft.createdAt = now;
    draft.updatedAt = now;
    auto submitted =
        SubmissionWorkflow::submit(draft, actorFor(caller), now, expectedAnswerDate(now, *caller.policy));
    if (!submitted)
        return submitted.error();
    if (Status s = persist(caller, draft, submitted.value(), prepared.value(), true); !s)
        return s.error();
    return describe(submitted.value());
}

Result<domain::Submission> SubmissionService::load(const QString &projectId, const QString &submissionId)
{
    const Error notFound{svc::NotFound, u"Project %1 has no request %2."_s.arg(projectId, submissionId)};
    auto found = store::SubmissionRepository(m_context.database()).find(submissionId);
    if (!found) {
        if (found.code() == store::StoreError::Code::NotFound)
            return notFound;
        return internalError(found.errorString());
    }
    if (found->projectId != projectId)
        return notFound;
    return std::move(found).value();
}

Result<protocol::SubmissionInfo> SubmissionService::describe(const domain::Submission &s)
{
    protocol::SubmissionInfo info;
    info.submission = s;
    store::UserRepository users(m_context.database());
    QSet<QString> ids{s.authorId};
    for (const domain::SubmissionEvent &e : s.history)
        ids.insert(e.actorId);
    for (const QString &id : ids) {
        auto user = users.findById(id);
        if (!user)
            return internalError(user.errorString());
        info.actorNames.insert(id, user->profile.displayName);
        if (id == s.authorId)
            info.author = {id, user->profile.username, user->profile.displayName};
    }
    auto rounds = store::SubmissionRepository(m_context.database()).rounds(s.id);
    if (!rounds)
        return internalError(rounds.errorString());
    auto reviews = store::ReviewRepository(m_context.database()).reviewsOf(s.id);
    if (!reviews)
        return internalError(reviews.errorString());
    for (const store::SubmissionRound &r : rounds.value()) {
        // A round is decided once two reviews of it are in; its content is that round's files.
        QList<domain::Review> decided;
        for (const domain::Review &v : reviews.value()) {
            if (v.round == r.round && v.isSubmitted())
                decided.append(v);
        }
        std::optional<domain::ReviewOutcome> outcome;
        if (decided.size() == 2) {
            domain::SubmissionContent content;
            content.files = r.files;
            outcome = domain::ReviewRules::decide(decided.at(0), decided.at(1), content);
            outcome->releasable.clear(); // not the author's to know before release
        }
        info.rounds.append({r.round, r.submittedAt, r.checkStatus, r.files, outcome});
        if (r.round == s.round) {
            auto check = protocol::CheckResultInfo::fromJson(r.checkResult);
            if (!check)
                return internalError(check.error().message);
            info.check = std::move(check).value();
        }
    }
    return info;
}

Result<QList<protocol::SubmissionSummary>> SubmissionService::list(const Caller &caller,
                                                                   const QString &projectId)
{
    auto project = openable(caller, projectId);
    if (!project)
        return project.error();
    store::SubmissionRepository repo(m_context.database());
    auto submissions = repo.listForProject(projectId);
    if (!submissions)
        return internalError(submissions.errorString());
    auto statuses = repo.checkStatuses(projectId);
    if (!statuses)
        return internalError(statuses.errorString());
    store::UserRepository users(m_context.database());
    QHash<QString, protocol::PersonRef> people;
    QList<protocol::SubmissionSummary> out;
    for (const domain::Submission &s : submissions.value()) {
        if (!people.contains(s.authorId)) {
            auto user = users.findById(s.authorId);
            if (!user)
                return internalError(user.errorString());
            people.insert(s.authorId, {s.authorId, user->profile.username, user->profile.displayName});
        }
        protocol::SubmissionSummary summary;
        summary.id = s.id;
        summary.projectId = s.projectId;
        summary.author = people.value(s.authorId);
        summary.title = s.content.title;
        summary.clearanceType = s.content.clearanceType;
        summary.state = s.state;
        summary.round = s.round;
        summary.checkStatus = statuses->value(s.id);
        summary.submittedAt = s.submittedAt;
        summary.updatedAt = s.updatedAt;
        summary.expectedAnswerDate = s.expectedAnswerDate;
        summary.files = int(s.content.files.size());
        out.append(summary);
    }
    return out;
}

Result<protocol::SubmissionInfo> SubmissionService::get(const Caller &caller, const QString &projectId,
                                                        const QString &submissionId)
{
    auto project = openable(caller, projectId);
    if (!project)
        return project.error();
    auto s = load(projectId, submissionId);
    if (!s)
        return s.error();
    return describe(s.value());
}

Result<protocol::SubmissionInfo> SubmissionService::withdraw(const Caller &caller, const QString &projectId,
                                                             const QString &submissionId,
                                                             const protocol::WithdrawRequest &request)
{
    auto project = openable(caller, projectId);
    if (!project)
        return project.error();
    auto before = load(projectId, submissionId);
    if (!before)
        return before.error();
    auto after =
        SubmissionWorkflow::withdraw(before.value(), actorFor(caller), m_context.now(), request.note);
    if (!after)
        return after.error();
    store::Database &db = m_context.database();
    const domain::SubmissionEvent &step = after.value().history.constLast();
    const store::Status written = db.transaction([&]() -> store::Status {
        if (auto s = store::SubmissionRepository(db).update(after.value(), before.value().state); !s)
            return s;
        auto event = store::AuditLog(db).append(caller.user.id, u"submission.withdraw"_s,
                                                u"submission:"_s + after.value().id,
                                                {{u"project"_s, after.value().projectId},
                                                 {u"from"_s, domain::submissionStateToString(step.from)},
                                                 {u"to"_s, domain::submissionStateToString(step.to)},
                                                 {u"round"_s, after.value().round}},
                                                after.value().updatedAt);
        if (!event)
            return event.error();
        return {};
    });
    if (!written)
        return failedWrite(written.error(), changedMeanwhile(after.value().id));
    return describe(after.value());
}

Result<protocol::SubmissionInfo> SubmissionService::resubmit(const Caller &caller, const QString &projectId,
                                                             const QString &submissionId,
                                                             const protocol::SubmissionRequest &request)
{
    auto project = openable(caller, projectId);
    if (!project)
        return project.error();
    auto before = load(projectId, submissionId);
    if (!before)
        return before.error();
    // Who and when first: a request that cannot be resubmitted is not read and checked again.
    if (Status s = SubmissionWorkflow::checkCanResubmit(before.value(), actorFor(caller)); !s)
        return s.error();
    auto prepared = prepare(caller, project.value(), request);
    if (!prepared)
        return prepared.error();
    const QDateTime now = m_context.now();
    domain::SubmissionContent content = request.content;
    content.files = prepared.value().files;
    auto after = SubmissionWorkflow::resubmit(before.value(), actorFor(caller), content, now,
                                              expectedAnswerDate(now, *caller.policy), request.note);
    if (!after)
        return after.error();
    if (Status s = persist(caller, before.value(), after.value(), prepared.value(), false); !s)
        return s.error();
    return describe(after.value());
}

} // namespace srs::server
