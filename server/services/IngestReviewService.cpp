#include "IngestReviewService.h"

#include "IngestDelivery.h"
#include "NotificationService.h"
#include "ServiceError.h"

#include "crypto/Crypto.h"
#include "store/AuditLog.h"
#include "store/ProjectRepository.h"
#include "store/UserRepository.h"
#include "workspace/WorkspaceIndexer.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QLoggingCategory>

#include <optional>

Q_LOGGING_CATEGORY(lcIngestReview, "srs.server.ingest-review")

namespace srs::server {

using namespace Qt::Literals::StringLiterals;
namespace rerr = protocol::ingestreviewerr;
namespace decision = protocol::ingestdecision;

namespace {

Error reviewError(const char *code, const QString &message, const QString &field = {})
{
    return Error{QString::fromLatin1(code), message, field};
}

bool hasSeverity(const QJsonArray &findings, QLatin1StringView severity)
{
    for (const QJsonValue &f : findings) {
        if (f.toObject().value("severity"_L1).toString() == severity)
            return true;
    }
    return false;
}

Error changed(const QString &ingestId)
{
    return Error{QString::fromLatin1(protocol::ingesterr::WrongState),
                 u"Ingest request %1 was changed meanwhile; load it again."_s.arg(ingestId)};
}

} // namespace

IngestReviewService::IngestReviewService(ServerContext &context, IngestService &ingests)
    : m_context(context), m_ingests(ingests), m_quarantine(context.config().effectiveQuarantineDir())
{}

Error IngestReviewService::notAReviewer() const
{
    const domain::Role role = m_context.config().ingestReviewerRole;
    if (role == domain::Role::OutputChecker)
        return Error{QString::fromLatin1(rerr::NotReviewer),
                     u"Only output checkers review files brought into projects."_s};
    return Error{QString::fromLatin1(rerr::NotReviewer),
                 u"Only people with the role %1 review files brought into projects."_s.arg(
                     domain::roleToString(role))};
}

Result<IngestReviewService::Loaded> IngestReviewService::load(const QString &ingestId)
{
    store::Database &db = m_context.database();
    auto record = store::IngestRepository(db).find(ingestId);
    if (!record) {
        if (record.code() == store::StoreError::Code::NotFound)
            return Error{svc::NotFound, u"There is no ingest request %1."_s.arg(ingestId)};
        return internalError(record.errorString());
    }
    auto project = store::ProjectRepository(db).find(record->projectId);
    if (!project)
        return internalError(project.errorString());
    return Loaded{std::move(record).value(), std::move(project).value()};
}

Status IngestReviewService::checkCanReview(const Caller &caller, const Loaded &loaded)
{
    const domain::SettingKind setting = caller.settingDecision.setting;
    if (const domain::Decision d = caller.policy->checkCanOpenForChecking(caller.user, setting); !d)
        return refusal(d);
    auto datasets = store::ProjectRepository(m_context.database()).datasetsOf(loaded.project.id);
    if (!datasets)
        return internalError(datasets.errorString());
    if (const domain::Decision d =
            caller.policy->checkCanOpenForChecking(caller.user, setting, datasets.value());
        !d)
        return refusal(d);
    if (loaded.project.isMember(caller.user.id) || loaded.record.requesterId == caller.user.id)
        return reviewError(
            rerr::ProjectMember,
            u"You are a member of project %1: files brought into your own projects are reviewed "
            u"by other checkers."_s.arg(loaded.project.id));
    return {};
}

Result<protocol::IngestReviewContext> IngestReviewService::describe(const Loaded &loaded)
{
    store::Database &db = m_context.database();
    auto info = m_ingests.describe(loaded.record, true);
    if (!info)
        return info.error();
    store::IngestReviewRepository repo(db);
    auto files = repo.files(loaded.record.id);
    if (!files)
        return internalError(files.errorString());
    auto votes = repo.votes(loaded.record.id);
    if (!votes)
        return internalError(votes.errorString());
    protocol::IngestReviewContext c;
    c.request = std::move(info).value();
    c.projectTitle = loaded.project.title;
    c.approvalsNeeded = loaded.record.approvalsNeeded;
    store::UserRepository users(db);
    QHash<QString, QString> names;
    for (const store::IngestFileReviewRecord &f : files.value()) {
        protocol::IngestFileReview r;
        r.index = f.position;
        r.decision = f.decision;
        r.decidedAt = f.decidedAt;
        r.refused = hasSeverity(f.findings, "refused"_L1);
        r.flagged = hasSeverity(f.findings, "flag"_L1);
        r.deliveredPath = f.deliveredPath;
        r.deliveryProblem = f.deliveryProblem;
        r.purged = f.purgedAt.isValid() && f.deliveredPath.isEmpty();
        for (const store::IngestVoteRecord &v : votes.value()) {
            if (v.position != f.position)
                continue;
            if (!names.contains(v.checkerId)) {
                auto user = users.findById(v.checkerId);
                names.insert(v.checkerId, user ? user->profile.displayName : QString());
            }
            r.votes.append({v.checkerId, names.value(v.checkerId), v.decision, v.comment, v.votedAt});
        }
        c.files.append(r);
    }
    return c;
}

Result<protocol::IngestReviewQueue> IngestReviewService::queue(const Caller &caller)
{
    if (!caller.user.hasRole(m_context.config().ingestReviewerRole))
        return notAReviewer();
    store::Database &db = m_context.database();
    const QDateTime now = m_context.now();
    protocol::IngestReviewQueue q;
    q.generatedAt = now;
    if (const domain::Decision here =
            caller.policy->checkCanOpenForChecking(caller.user, caller.settingDecision.setting);
        !here) {
        q.checkingRefusedCode = here.code();
        q.checkingRefusedMessage = here.message;
    }
    // Read request by request (a request's rows change only under its lock, each read whole).
    const Status read = [&]() -> Status {
        store::IngestReviewRepository repo(db);
        auto waiting = repo.requestsIn(store::ingeststate::AwaitingReview);
        if (!waiting)
            return internalError(waiting.errorString());
        auto decided = repo.requestsIn(store::ingeststate::Decided, now.addDays(-RecentDays));
        if (!decided)
            return internalError(decided.errorString());
        QHash<QString, domain::Project> projects;
        store::UserRepository users(db);
        for (const QString &id : waiting.value() + decided.value()) {
            auto loaded = load(id);
            if (!loaded)
                return loaded.error();
            const store::IngestRecord &r = loaded->record;
            auto files = repo.files(id);
            if (!files)
                return internalError(files.errorString());
            auto votes = repo.votes(id);
            if (!votes)
                return internalError(votes.errorString());
            protocol::IngestQueueItem i;
            i.id = r.id;
            i.projectId = r.projectId;
            i.projectTitle = loaded->project.title;
            if (auto user = users.findById(r.requesterId))
                i.requesterName = user->profile.displayName;
            i.createdAt = r.createdAt;
            i.updatedAt = r.updatedAt;
            i.state = r.state;
            i.files = int(r.files.size());
            i.totalBytes = r.totalBytes;
            i.approvalsNeeded = r.approvalsNeeded;
            for (const store::IngestFileReviewRecord &f : files.value())
                i.pendingFiles += f.decision == QLatin1StringView(decision::Pending) ? 1 : 0;
            for (const store::IngestVoteRecord &v : votes.value())
                i.votedByMe += v.checkerId == caller.user.id ? 1 : 0;
            if (!q.checkingRefusedCode.isEmpty())
                i.notForMe = q.checkingRefusedCode;
            else if (loaded->project.isMember(caller.user.id) || r.requesterId == caller.user.id)
                i.notForMe = QString::fromLatin1(rerr::ProjectMember);
            q.items.append(i);
        }
        return {};
    }();
    db.finishStatements();
    if (!read)
        return read.error();
    return q;
}

Result<protocol::IngestReviewContext> IngestReviewService::review(const Caller &caller,
                                                                  const QString &ingestId)
{
    if (!caller.user.hasRole(m_context.config().ingestReviewerRole))
        return notAReviewer();
    auto loaded = load(ingestId);
    if (!loaded)
        return loaded.error();
    if (const Status can = checkCanReview(caller, loaded.value()); !can)
        return can.error();
    return describe(loaded.value());
}

Result<IngestReviewService::FileContents> IngestReviewService::file(const Caller &caller,
                                                                    const QString &ingestId, int index)
{
    if (!caller.user.hasRole(m_context.config().ingestReviewerRole))
        return notAReviewer();
    auto loaded = load(ingestId);
    if (!loaded)
        return loaded.error();
    if (const Status can = checkCanReview(caller, loaded.value()); !can)
        return can.error();
    const store::IngestRecord &record = loaded->record;
    if (record.state != store::ingeststate::AwaitingReview && record.state != store::ingeststate::Decided)
        return reviewError(
            protocol::ingesterr::WrongState,
            u"Ingest request %1 is %2: there is nothing to review yet."_s.arg(ingestId, record.state));
    if (index < 0 || index >= record.files.size())
        return Error{svc::NotFound, u"Ingest request %1 has no file %2."_s.arg(ingestId).arg(index)};
    const store::IngestFileRecord &f = record.files.at(index);
    auto states = store::IngestReviewRepository(m_context.database()).files(ingestId);
    if (!states)
        return internalError(states.errorString());
    if (index < states->size() && states->at(index).purgedAt.isValid())
        return Error{
            svc::SnapshotMissing,
            u"The quarantined copy of \"%1\" has been deleted (delivered to the workspace, or kept past "
            u"its retention)."_s.arg(f.name)};
    if (f.size > PreviewMaxBytes)
        return reviewError(
            rerr::PreviewTooLarge,
            u"\"%1\" is %2 bytes; files of up to %3 bytes are sent for preview. Judge it by its "
            u"findings and description."_s.arg(f.name)
                .arg(f.size)
                .arg(PreviewMaxBytes));
    QFile in(m_quarantine.fileOf(ingestId, index));
    if (!in.open(QIODevice::ReadOnly))
        return Error{svc::SnapshotMissing, u"The quarantined copy of \"%1\" cannot be read."_s.arg(f.name)};
    const QByteArray bytes = in.read(PreviewMaxBytes + 1);
    const QString actual = QString::fromLatin1(crypto::sha256(bytes).toHex());
    if (actual != f.sha256 || bytes.size() != f.size)
        return Error{
            svc::SnapshotAltered,
            u"The quarantined copy of \"%1\" no longer matches its SHA-256; it is not sent."_s.arg(f.name)};
    auto event = store::AuditLog(m_context.database())
                     .append(caller.user.id, u"ingest.file-read"_s, u"ingest:"_s + ingestId,
                             {{u"project"_s, record.projectId},
                              {u"file"_s, index},
                              {u"name"_s, f.name},
                              {u"sha256"_s, f.sha256}},
                             m_context.now());
    if (!event)
        return internalError(event.errorString());
    return FileContents{f.name, f.sha256, bytes};
}

Result<protocol::IngestReviewContext> IngestReviewService::vote(const Caller &caller, const QString &ingestId,
                                                                int index,
                                                                const protocol::IngestVoteRequest &vote)
{
    if (!caller.user.hasRole(m_context.config().ingestReviewerRole))
        return notAReviewer();
    store::Database &db = m_context.database();
    std::optional<Error> refused;
    std::optional<Loaded> after;
    QString decided; // the file's decision, when this vote made it
    const QDateTime now = m_context.now();
    const store::Status written = db.transaction([&]() -> store::Status {
        store::IngestReviewRepository repo(db);
        if (auto locked = repo.lockRequest(ingestId); !locked)
            return locked;
        auto loaded = load(ingestId);
        if (!loaded) {
            refused = loaded.error();
            return {};
        }
        if (const Status can = checkCanReview(caller, loaded.value()); !can) {
            refused = can.error();
            return {};
        }
        store::IngestRecord &record = loaded->record;
        if (record.state != store::ingeststate::AwaitingReview) {
            refused =
                reviewError(protocol::ingesterr::WrongState,
                            u"Ingest request %1 is %2, not awaiting review."_s.arg(ingestId, record.state));
            return {};
        }
        if (index < 0 || index >= record.files.size()) {
            refused = Error{svc::NotFound, u"Ingest request %1 has no file %2."_s.arg(ingestId).arg(index)};
            return {};
        }
        auto files = repo.files(ingestId);
        if (!files)
            return files.error();
        auto votes = repo.votes(ingestId);
        if (!votes)
            return votes.error();
        const store::IngestFileRecord &declared = record.files.at(index);
        const store::IngestFileReviewRecord &file = files->at(index);
        const bool approve = vote.decision == "approve"_L1;
        const QString comment = vote.comment.trimmed();
        int approvals = approve ? 1 : 0;
        for (const store::IngestVoteRecord &v : votes.value()) {
            if (v.position != index)
                continue;
            if (v.checkerId == caller.user.id) {
                refused =
                    reviewError(rerr::AlreadyVoted,
                                u"You have voted on \"%1\" already; votes are final."_s.arg(declared.name));
                return {};
            }
            approvals += v.decision == "approve"_L1 ? 1 : 0;
        }
        if (file.decision != QLatin1StringView(decision::Pending)) {
            refused = reviewError(rerr::FileDecided,
                                  u"\"%1\" has been %2 already."_s.arg(declared.name, file.decision));
            return {};
        }
        if (approve && hasSeverity(file.findings, "refused"_L1)) {
            refused = reviewError(rerr::FileRefused,
                                  u"\"%1\" has a finding that refuses it (see its findings): it can only be "
                                  u"rejected."_s.arg(declared.name));
            return {};
        }
        if (comment.isEmpty() && (!approve || hasSeverity(file.findings, "flag"_L1))) {
            refused = reviewError(
                rerr::CommentRequired,
                approve ? u"\"%1\" has flagged findings: say why it is safe to bring in."_s.arg(declared.name)
                        : u"Say why \"%1\" is rejected: the researcher is told."_s.arg(declared.name),
                u"comment"_s);
            return {};
        }
        if (auto s = repo.addVote(ingestId, {index, caller.user.id, vote.decision, comment, now}); !s)
            return s;
        store::AuditLog audit(db);
        const QJsonObject where{
            {u"project"_s, record.projectId}, {u"file"_s, index}, {u"name"_s, declared.name}};
        QJsonObject details = where;
        details.insert(u"decision"_s, vote.decision);
        details.insert(u"comment"_s, comment);
        details.insert(u"approvals"_s, approvals);
        details.insert(u"approvals_needed"_s, record.approvalsNeeded);
        if (auto e = audit.append(caller.user.id, u"ingest.vote"_s, u"ingest:"_s + ingestId, details, now);
            !e)
            return e.error();
        if (!approve)
            decided = QString::fromLatin1(decision::Rejected);
        else if (approvals >= record.approvalsNeeded)
            decided = QString::fromLatin1(decision::Approved);
        if (decided.isEmpty()) {
            after = std::move(loaded).value();
            return {};
        }
        if (auto s = repo.decide(ingestId, index, decided, now); !s)
            return s;
        QJsonObject outcome = where;
        outcome.insert(u"sha256"_s, declared.sha256);
        outcome.insert(u"size"_s, declared.size);
        if (auto e =
                audit.append(caller.user.id, u"ingest."_s + decided, u"ingest:"_s + ingestId, outcome, now);
            !e)
            return e.error();
        int pending = 0;
        int approvedFiles = decided == QLatin1StringView(decision::Approved) ? 1 : 0;
        for (const store::IngestFileReviewRecord &f : files.value()) {
            pending += f.position != index && f.decision == QLatin1StringView(decision::Pending) ? 1 : 0;
            approvedFiles +=
                f.position != index && f.decision == QLatin1StringView(decision::Approved) ? 1 : 0;
        }
        if (pending == 0) {
            // The researcher who asked is told once every file has its decision.
            domain::Notice notice{domain::NotificationKind::IngestDecided,
                                  record.projectId,
                                  ingestId,
                                  ingestId,
                                  QString::number(approvedFiles),
                                  QString::number(files->size())};
            if (auto s = NotificationService::notify(db, {record.requesterId}, notice, now); !s)
                return s;
            if (auto s = store::IngestRepository(db).setState(ingestId, record.state,
                                                              store::ingeststate::Decided, now);
                !s)
                return s;
            if (auto e = audit.append(
                    caller.user.id, u"ingest.decided"_s, u"ingest:"_s + ingestId,
                    {{u"project"_s, record.projectId}, {u"files"_s, int(record.files.size())}}, now);
                !e)
                return e.error();
            record.state = store::ingeststate::Decided;
            record.updatedAt = now;
        }
        after = std::move(loaded).value();
        return {};
    });
    if (!written)
        return failedWrite(written.error(), changed(ingestId));
    if (refused)
        return *refused;
    if (decided == QLatin1StringView(decision::Approved)) {
        // Delivered now; a refusal is recorded on the file and the sweep tries again.
        if (auto delivered = deliver(caller.user.id, after->record, index); !delivered)
            qCWarning(lcIngestReview, "delivering file %d of %s failed: %s", index, qUtf8Printable(ingestId),
                      qUtf8Printable(delivered.error().message));
    }
    return describe(*after);
}

} // namespace srs::server
