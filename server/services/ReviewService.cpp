#include "ReviewService.h"

#include "CheckingSettings.h"
#include "NotificationService.h"
#include "RecordId.h"

#include "ServiceError.h"
#include "Snapshots.h"
#include "SubmissionService.h"

#include "store/AuditLog.h"
#include "store/ProjectRepository.h"
#include "store/ReviewRepository.h"
#include "store/SubmissionRepository.h"
#include "store/UserRepository.h"

#include <QJsonArray>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;
using domain::ReviewRules;

namespace {

Error notFound(const QString &submissionId)
{
    return Error{svc::NotFound, u"There is no request %1."_s.arg(submissionId)};
}

// Each file's decision; an approval that overrides failing checks (`failing`) with the checker's
// reason for it, which the rules require.
QJsonArray decisionsOf(const QList<domain::FileReview> &files, const QSet<QString> &failing = {})
{
    QJsonArray out;
    for (const domain::FileReview &f : files) {
        QJsonObject o{{u"path"_s, f.path}, {u"decision"_s, domain::fileDecisionToString(f.decision)}};
        if (ReviewRules::overridesFailingChecks(f, failing)) {
            o.insert(u"failing_checks"_s, true);
            o.insert(u"reason"_s, f.internalComment);
        }
        out.append(o);
    }
    return out;
}

} // namespace

ReviewService::ReviewService(ServerContext &context, SubmissionService &submissions)
    : m_context(context), m_submissions(submissions)
{}

int ReviewService::workingDaysBetween(QDate from, QDate to) const
{
    const domain::WorkingDays &days = m_submissions.workingDays();
    int n = 0;
    for (QDate d = from.addDays(1); d.isValid() && d <= to; d = d.addDays(1))
        n += days.isWorkingDay(d) ? 1 : 0;
    return n;
}

QList<domain::Review> ReviewService::Loaded::round() const
{
    QList<domain::Review> out;
    for (const domain::Review &r : reviews) {
        if (r.round == submission.round)
            out.append(r);
    }
    return out;
}

domain::SubmissionActor ReviewService::actorFor(const Caller &caller, const domain::Project &project) const
{
    // For reviewing, a member is anyone listed in the project, whether or not they may open it now.
    return {caller.user.id, project.isMember(caller.user.id),
            caller.user.hasRole(domain::Role::OutputChecker)};
}

Result<ReviewService::Loaded> ReviewService::load(const QString &submissionId)
{
    store::Database &db = m_context.database();
    auto found = store::SubmissionRepository(db).find(submissionId);
    if (!found) {
        if (found.code() == store::StoreError::Code::NotFound)
            return notFound(submissionId);
        return internalError(found.errorString());
    }
    auto project = store::ProjectRepository(db).find(found->projectId);
    if (!project)
        return internalError(project.errorString());
    auto reviews = store::ReviewRepository(db).reviewsOf(submissionId);
    if (!reviews)
        return internalError(reviews.errorString());
    return Loaded{std::move(found).value(), std::move(project).value(), std::move(reviews).value()};
}

Status ReviewService::addLabels(protocol::CheckResultInfo &check, const domain::Submission &submission)
{
    auto stored = store::SubmissionRepository(m_context.database()).findings(submission.id, submission.round);
    if (!stored)
        return internalError(stored.errorString());
    QHash<QString, const store::StoredFinding *> byPlace;
    auto key = [](const QString &path, const QString &rule, const QString &cell, int line) {
        return QStringList{path, rule, cell, QString::number(line)}.join(QChar(0x1f));
    };
    for (const store::StoredFinding &f : stored.value())
        byPlace.insert(key(f.path, f.rule, f.cell, f.line), &f);
    for (protocol::CheckItemInfo &item : check.items) {
        for (protocol::CheckFindingInfo &f : item.findings) {
            const store::StoredFinding *s = byPlace.value(key(f.path, f.rule, f.place(), f.line));
            if (!s)
                continue;
            f.rowLabel = s->row;
            f.columnLabel = s->column;
            for (const QJsonValue &c : s->parameters.value(u"complementary"_s).toArray())
                f.alsoSuppressLabels.append(
                    {c.toObject().value(u"row"_s).toString(), c.toObject().value(u"column"_s).toString()});
        }
    }
    return {};
}

Result<protocol::ReviewContext> ReviewService::describe(const Loaded &loaded, const Caller &caller,
                                                        bool insist)
{
    const domain::SubmissionActor actor = actorFor(caller, loaded.project);
    const QList<domain::Review> round = loaded.round();
    const Status seeing = ReviewRules::checkCanSeeReviews(loaded.submission, round, actor);
    const bool blinded = !seeing && seeing.error().code == QLatin1StringView(domain::reviewerr::Blinded);
    if (!seeing && (!blinded || insist))
        return seeing.error();
    auto info = m_submissions.describe(loaded.submission);
    if (!info)
        return info.error();
    protocol::ReviewContext c;
    c.submission = std::move(info).value();
    // Checkers work inside the service's trust: they see each finding's labels, which the
    // researcher's own view of the same check leaves out.
    if (Status labelled = addLabels(c.submission.check, loaded.submission); !labelled)
        return labelled.error();
    c.blinded = blinded;
    store::UserRepository users(m_context.database());
    QHash<QString, protocol::PersonRef> people;
    for (const domain::Review &r : loaded.reviews) {
        if (people.contains(r.checkerId))
            continue;
        auto user = users.findById(r.checkerId);
        if (!user)
            return internalError(user.errorString());
        people.insert(r.checkerId, {r.checkerId, user->profile.username, user->profile.displayName});
    }
    for (const domain::Review &r : loaded.reviews) {
        protocol::ReviewInfo item{r, people.value(r.checkerId)};
        if (r.round != loaded.submission.round) {
            c.earlierReviews.append(item);
            continue;
        }
        // Withheld while blinded: the other checker's votes and summary (that they have claimed
        // it, and when they voted, are shown).
        if (blinded && r.checkerId != caller.user.id) {
            item.review.files.clear();
            item.review.summary.clear();
        }
        c.reviews.append(item);
    }
    return c;
}

Result<protocol::ReviewQueue> ReviewService::queue(const Caller &caller)
{
    if (!caller.user.hasRole(domain::Role::OutputChecker))
        return notAnOutputChecker();
    store::ReviewRepository repo(m_context.database());
    auto rows = repo.queue();
    if (!rows)
        return internalError(rows.errorString());
    auto mine = repo.projectsOf(caller.user.id);
    if (!mine)
        return internalError(mine.errorString());
    const QSet<QString> myProjects(mine->cbegin(), mine->cend());
    const QDateTime now = m_context.now();
    const QDate today = caller.policy->serviceDay(now);
    QHash<QDate, int> waitingFrom; // many requests share a day
    protocol::ReviewQueue q;
    q.generatedAt = now;
    // The queue (metadata) is listed anywhere; what it leads to is opened only where checkers may
    // look. The datasets' part of that rule is told when a request is claimed or opened.
    if (const domain::Decision here =
            caller.policy->checkCanOpenForChecking(caller.user, caller.settingDecision.setting);
        !here) {
        q.checkingRefusedCode = here.code();
        q.checkingRefusedMessage = here.message;
    }
    q.items.reserve(rows->size());
    for (const store::QueueRow &row : rows.value()) {
        protocol::ReviewQueueItem i;
        i.id = row.id;
        i.projectId = row.projectId;
        i.projectTitle = row.projectTitle;
        i.title = row.title;
        i.clearanceType = row.clearanceType;
        i.state = row.state;
        i.round = row.round;
        i.files = row.files;
        i.worstFinding = row.checkStatus;
        i.exceptions = row.exceptions;
        i.submittedAt = row.submittedAt;
        i.expectedAnswerDate = row.expectedAnswerDate;
        const QDate from = caller.policy->serviceDay(row.submittedAt);
        auto cached = waitingFrom.constFind(from);
        if (cached == waitingFrom.cend())
            cached = waitingFrom.insert(from, workingDaysBetween(from, today));
        i.workingDaysWaiting = *cached;
        i.reviewers = int(row.reviews.size());
        for (const domain::Review &r : row.reviews) {
            if (r.checkerId == caller.user.id) {
                i.claimedByMe = true;
                i.votedByMe = r.isSubmitted();
            }
        }
        // What would refuse this checker a claim (nothing when they have it already).
        domain::Submission s;
        s.id = row.id;
        s.projectId = row.projectId;
        s.authorId = row.authorId;
        s.state = row.state;
        s.round = row.round;
        const domain::SubmissionActor actor{caller.user.id, myProjects.contains(row.projectId), true};
        const bool toRelease = row.state == domain::SubmissionState::Approved ||
                               row.state == domain::SubmissionState::PartlyApproved;
        if (!q.checkingRefusedCode.isEmpty()) {
            i.notForMe = q.checkingRefusedCode;
        } else if (toRelease) {
            // Approved and waiting to be released: what would refuse this checker the release.
            if (const Status can = ReviewRules::checkCanRelease(s, row.reviews, actor); !can)
                i.notForMe = can.error().code;
        } else if (const Status can = ReviewRules::checkCanClaim(s, row.reviews, actor);
                   !can && can.error().code != QLatin1StringView(domain::reviewerr::AlreadyClaimed)) {
            i.notForMe = can.error().code;
        }
        q.items.append(i);
    }
    return q;
}

Result<protocol::ReviewStatistics> ReviewService::statistics(const Caller &caller, int weeks)
{
    if (!caller.user.hasRole(domain::Role::OutputChecker))
        return notAnOutputChecker();
    if (weeks < 1 || weeks > MaxWeeks)
        return Error{svc::BadRequest, u"weeks: expected a number from 1 to %1"_s.arg(MaxWeeks)};
    const QDate today = caller.policy->serviceDay(m_context.now());
    const QDate thisWeek = today.addDays(1 - today.dayOfWeek());
    const QDate first = thisWeek.addDays(-7 * (weeks - 1));
    // A day early in UTC, then by service day: the UK day starts an hour before UTC's in summer.
    auto answered = store::ReviewRepository(m_context.database())
                        .answeredSince(QDateTime(first.addDays(-1), QTime(0, 0), QTimeZone::utc()));
    if (!answered)
        return internalError(answered.errorString());
    QList<QList<int>> byWeek(weeks);
    for (const store::AnsweredRound &a : answered.value()) {
        const QDate day = caller.policy->serviceDay(a.answeredAt);
        if (day < first)
            continue;
        const qsizetype week = first.daysTo(day) / 7;
        if (week >= weeks)
            continue;
        byWeek[week].append(workingDaysBetween(caller.policy->serviceDay(a.submittedAt), day));
    }
    protocol::ReviewStatistics stats;
    for (int w = 0; w < weeks; ++w) {
        QList<int> days = byWeek.at(w);
        std::sort(days.begin(), days.end());
        protocol::ReviewWeek week;
        week.weekStart = first.addDays(7 * w);
        week.answered = int(days.size());
        week.withinPromise = int(std::count_if(
            days.cbegin(), days.cend(), [](int d) { return d <= SubmissionService::AnswerWorkingDays; }));
        if (!days.isEmpty()) {
            const qsizetype mid = days.size() / 2;
            week.medianWorkingDays = days.size() % 2 ? days.at(mid) : (days.at(mid - 1) + days.at(mid)) / 2.0;
        }
        stats.weeks.append(week);
    }
    return stats;
}

Result<protocol::ReviewContext> ReviewService::change(const Caller &caller, const QString &submissionId,
                                                      const char *conflictCode, const Step &step)
{
    if (!caller.user.hasRole(domain::Role::OutputChecker))
        return notAnOutputChecker();
    store::Database &db = m_context.database();
    std::optional<Error> refused;
    std::optional<Loaded> after;
    const store::Status written = db.transaction([&]() -> store::Status {
        if (auto locked = store::ReviewRepository(db).lockSubmission(submissionId); !locked)
            return locked;
        auto loaded = load(submissionId);
        if (!loaded) {
            refused = loaded.error();
            return {};
        }
        if (auto s = step(loaded.value(), refused); !s || refused)
            return s;
        after = std::move(loaded).value();
        return {};
    });
    if (!written)
        return failedWrite(written.error(), Error{QString::fromLatin1(conflictCode), written.errorString()});
    if (refused)
        return *refused;
    return describe(*after, caller, false);
}

Result<protocol::ReviewContext> ReviewService::claim(const Caller &caller, const QString &submissionId)
{
    store::Database &db = m_context.database();
    return change(
        caller, submissionId, domain::reviewerr::AlreadyClaimed,
        [&](Loaded &loaded, std::optional<Error> &refused) -> store::Status {
            const domain::Submission before = loaded.submission;
            if (Status here = checkCanOpenForChecking(db, caller, before); !here) {
                refused = here.error();
                return {};
            }
            auto claimed =
                ReviewRules::claim(before, loaded.round(), actorFor(caller, loaded.project), m_context.now());
            if (!claimed) {
                refused = claimed.error();
                return {};
            }
            claimed->review.id = newRecordId(u'V');
            const bool started = claimed->submission.state != before.state;
            if (started) {
                if (auto s = store::SubmissionRepository(db).update(claimed->submission, before.state); !s)
                    return s;
            }
            if (auto s = store::ReviewRepository(db).addClaim(claimed->review); !s)
                return s;
            store::AuditLog audit(db);
            auto event = audit.append(caller.user.id, u"review.claim"_s, u"submission:"_s + before.id,
                                      {{u"project"_s, before.projectId},
                                       {u"round"_s, before.round},
                                       {u"review"_s, claimed->review.id},
                                       {u"claims"_s, int(loaded.round().size()) + 1}},
                                      claimed->review.claimedAt);
            if (!event)
                return event.error();
            if (started) {
                auto moved =
                    audit.append(caller.user.id, u"submission.start-review"_s, u"submission:"_s + before.id,
                                 {{u"project"_s, before.projectId},
                                  {u"from"_s, domain::submissionStateToString(before.state)},
                                  {u"to"_s, domain::submissionStateToString(claimed->submission.state)},
                                  {u"round"_s, before.round}},
                                 claimed->review.claimedAt);
                if (!moved)
                    return moved.error();
            }
            loaded.submission = claimed->submission;
            loaded.reviews.append(claimed->review);
            return {};
        });
}

Result<protocol::ReviewContext> ReviewService::context(const Caller &caller, const QString &submissionId,
                                                       bool insist)
{
    if (!caller.user.hasRole(domain::Role::OutputChecker))
        return notAnOutputChecker();
    auto loaded = load(submissionId);
    if (!loaded)
        return loaded.error();
    // Findings name cells by their labels, and the review speaks of the files: unreleased content.
    if (Status here = checkCanOpenForChecking(m_context.database(), caller, loaded->submission); !here)
        return here.error();
    return describe(loaded.value(), caller, insist);
}

Result<protocol::ReviewContext> ReviewService::vote(const Caller &caller, const QString &submissionId,
                                                    const protocol::VoteRequest &request)
{
    store::Database &db = m_context.database();
    return change(
        caller, submissionId, domain::reviewerr::AlreadySubmitted,
        [&](Loaded &loaded, std::optional<Error> &refused) -> store::Status {
            const domain::Submission before = loaded.submission;
            if (Status here = checkCanOpenForChecking(db, caller, before); !here) {
                refused = here.error();
                return {};
            }
            // The round's files with a Fail finding: approving one needs the checker's reason.
            auto findings = store::SubmissionRepository(db).findings(before.id, before.round);
            if (!findings)
                return findings.error();
            QSet<QString> failing;
            for (const store::StoredFinding &f : findings.value()) {
                if (f.outcome == u"fail")
                    failing.insert(f.path);
            }
            auto voted = ReviewRules::vote(before, loaded.round(), actorFor(caller, loaded.project),
                                           request.files, request.summary, m_context.now(), failing);
            if (!voted) {
                refused = voted.error();
                return {};
            }
            if (auto s = store::ReviewRepository(db).submitVotes(voted->review); !s)
                return s;
            store::AuditLog audit(db);
            auto event = audit.append(caller.user.id, u"review.vote"_s, u"submission:"_s + before.id,
                                      {{u"project"_s, before.projectId},
                                       {u"round"_s, before.round},
                                       {u"review"_s, voted->review.id},
                                       {u"files"_s, decisionsOf(voted->review.files, failing)}},
                                      voted->review.submittedAt);
            if (!event)
                return event.error();
            if (voted->decided) {
                if (auto s = store::SubmissionRepository(db).update(voted->submission, before.state); !s)
                    return s;
                const domain::SubmissionEvent &step = voted->submission.history.constLast();
                auto decided = audit.append(
                    caller.user.id, u"submission."_s + domain::submissionActionToString(step.action),
                    u"submission:"_s + before.id,
                    {{u"project"_s, before.projectId},
                     {u"from"_s, domain::submissionStateToString(step.from)},
                     {u"to"_s, domain::submissionStateToString(step.to)},
                     {u"round"_s, before.round},
                     // The actor is who completed the round; the decision is theirs whose votes
                     // carried it (the request's history names the first).
                     {u"decided_by"_s, QJsonArray::fromStringList(voted->carriedBy)},
                     {u"files"_s, decisionsOf(voted->decided->files)},
                     {u"releasable"_s, QJsonArray::fromStringList(voted->decided->releasable)}},
                    voted->review.submittedAt);
                if (!decided)
                    return decided.error();
                // The author is told of a return or a rejection; an approval is told when released.
                if (step.to == domain::SubmissionState::Returned ||
                    step.to == domain::SubmissionState::Rejected) {
                    const domain::Notice notice{step.to == domain::SubmissionState::Returned
                                                    ? domain::NotificationKind::RequestReturned
                                                    : domain::NotificationKind::RequestRejected,
                                                before.projectId,
                                                before.id,
                                                before.content.title,
                                                domain::submissionStateToString(step.to),
                                                {}};
                    if (auto s = NotificationService::notify(db, {before.authorId}, notice,
                                                             voted->review.submittedAt);
                        !s)
                        return s;
                }
            }
            for (domain::Review &r : loaded.reviews) {
                if (r.id == voted->review.id)
                    r = voted->review;
            }
            loaded.submission = voted->submission;
            return {};
        });
}

Result<ReviewService::FileContents>
ReviewService::roundFile(const Caller &caller, const QString &submissionId, int round, int index)
{
    if (!caller.user.hasRole(domain::Role::OutputChecker))
        return notAnOutputChecker();
    auto loaded = load(submissionId);
    if (!loaded)
        return loaded.error();
    if (Status here = checkCanOpenForChecking(m_context.database(), caller, loaded->submission); !here)
        return here.error();
    if (Status can = ReviewRules::checkCanReadFiles(loaded->submission, loaded->reviews,
                                                    actorFor(caller, loaded->project));
        !can)
        return can.error();
    store::Database &db = m_context.database();
    auto rounds = store::SubmissionRepository(db).rounds(submissionId);
    if (!rounds)
        return internalError(rounds.errorString());
    const store::SubmissionRound *found = nullptr;
    for (const store::SubmissionRound &r : rounds.value()) {
        if (r.round == round)
            found = &r;
    }
    if (!found || index < 0 || index >= found->files.size())
        return Error{svc::NotFound,
                     u"Request %1 has no file %2 in round %3."_s.arg(submissionId).arg(index).arg(round)};
    const domain::SubmissionFile &file = found->files.at(index);
    // Checked against the name it is stored under, which is the SHA-256 recorded at submission.
    auto bytes = Snapshots(m_context).read(
        caller.user.id, u"submission:"_s + submissionId,
        {{u"project"_s, loaded->submission.projectId}, {u"round"_s, round}, {u"path"_s, file.path}},
        file.sha256);
    if (!bytes)
        return bytes.error();
    auto event =
        store::AuditLog(db).append(caller.user.id, u"review.file-read"_s, u"submission:"_s + submissionId,
                                   {{u"project"_s, loaded->submission.projectId},
                                    {u"round"_s, round},
                                    {u"path"_s, file.path},
                                    {u"sha256"_s, file.sha256}},
                                   m_context.now());
    if (!event)
        return internalError(event.errorString());
    return FileContents{file.path, file.sha256, std::move(bytes).value()};
}

} // namespace srs::server
