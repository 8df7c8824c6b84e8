#include "Review.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace srs::domain {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qsizetype MaxText = 4000;

Error refused(const char *code, const QString &message)
{
    return Error{QString::fromLatin1(code), message};
}

Error incomplete(const QString &field, const QString &message)
{
    return Error{QString::fromLatin1(reviewerr::Incomplete), field + u": "_s + message, field};
}

const Review *reviewOf(const QList<Review> &reviews, const QString &checkerId)
{
    for (const Review &r : reviews) {
        if (r.checkerId == checkerId)
            return &r;
    }
    return nullptr;
}

qsizetype submittedCount(const QList<Review> &reviews)
{
    return std::count_if(reviews.cbegin(), reviews.cend(), [](const Review &r) { return r.isSubmitted(); });
}

// Who may do anything with the review of a request: an output checker who is neither its author
// nor a member of its project.
Status checkReviewer(const Submission &s, const SubmissionActor &a)
{
    if (!a.outputChecker)
        return refused(submissionerr::NotChecker,
                       QCoreApplication::translate("ReviewRules",
                                                   "Only output checkers can review and release outputs."));
    if (a.userId == s.authorId)
        return refused(submissionerr::OwnSubmission,
                       QCoreApplication::translate(
                           "ReviewRules", "Request %1 is your own: two other output checkers must review it.")
                           .arg(s.id));
    if (a.projectMember)
        return refused(
            reviewerr::ProjectMember,
            QCoreApplication::translate("ReviewRules",
                                        "You are a member of project %1, so you cannot review its requests.")
                .arg(s.projectId));
    return {};
}

Error wrongState(const Submission &s, const QString &what)
{
    return refused(submissionerr::WrongState,
                   QCoreApplication::translate("ReviewRules", "Request %1 is %2, so it cannot be %3.")
                       .arg(s.id, submissionStateInWords(s.state), what));
}

QString joined(const QStringList &texts)
{
    QStringList kept;
    for (const QString &t : texts) {
        if (!t.trimmed().isEmpty())
            kept << t.trimmed();
    }
    return kept.join(u"\n\n"_s);
}

} // namespace

QString fileDecisionToString(FileDecision d)
{
    switch (d) {
    case FileDecision::Approve:
        return u"approve"_s;
    case FileDecision::RequestChanges:
        return u"request-changes"_s;
    case FileDecision::Reject:
        return u"reject"_s;
    }
    return {};
}

std::optional<FileDecision> fileDecisionFromString(QStringView text)
{
    for (FileDecision d : {FileDecision::Approve, FileDecision::RequestChanges, FileDecision::Reject}) {
        if (text == fileDecisionToString(d))
            return d;
    }
    return std::nullopt;
}

FileDecision stricter(FileDecision a, FileDecision b)
{
    const auto rank = [](FileDecision d) {
        switch (d) {
        case FileDecision::Approve:
            return 0;
        case FileDecision::RequestChanges:
            return 1;
        case FileDecision::Reject:
            return 2;
        }
        return 2;
    };
    return rank(a) >= rank(b) ? a : b;
}

Status ReviewRules::checkCanClaim(const Submission &s, const QList<Review> &roundReviews,
                                  const SubmissionActor &a)
{
    if (Status ok = checkReviewer(s, a); !ok)
        return ok;
    if (reviewOf(roundReviews, a.userId))
        return refused(reviewerr::AlreadyClaimed,
                       QCoreApplication::translate(
                           "ReviewRules",
                           "You have claimed request %1 already; the second review must be another "
                           "checker's.")
                           .arg(s.id));
    if (s.state != SubmissionState::Submitted && s.state != SubmissionState::Resubmitted &&
        s.state != SubmissionState::InReview)
        return wrongState(s, QCoreApplication::translate("ReviewRules", "claimed for review"));
    if (roundReviews.size() >= 2)
        return refused(reviewerr::ThirdReview,
                       QCoreApplication::translate(
                           "ReviewRules",
                           "Two output checkers are reviewing request %1 already; a third review is "
                           "not needed.")
                           .arg(s.id));
    return {};
}

bool ReviewRules::canClaim(const Submission &s, const QList<Review> &roundReviews, const SubmissionActor &a)
{
    return checkCanClaim(s, roundReviews, a).ok();
}

Status ReviewRules::checkCanVote(const Submission &s, const QList<Review> &roundReviews,
                                 const SubmissionActor &a)
{
    if (Status ok = checkReviewer(s, a); !ok)
        return ok;
    const Review *mine = reviewOf(roundReviews, a.userId);
    if (!mine)
        return refused(reviewerr::NotClaimed,
                       QCoreApplication::translate(
                           "ReviewRules", "Claim request %1 for review before you give your decisions.")
                           .arg(s.id));
    if (mine->isSubmitted())
        return refused(reviewerr::AlreadySubmitted,
                       QCoreApplication::translate(
                           "ReviewRules", "Your decisions on request %1 are in already, and they are final.")
                           .arg(s.id));
    if (s.state != SubmissionState::InReview)
        return wrongState(s, QCoreApplication::translate("ReviewRules", "reviewed"));
    return {};
}

bool ReviewRules::canVote(const Submission &s, const QList<Review> &roundReviews, const SubmissionActor &a)
{
    return checkCanVote(s, roundReviews, a).ok();
}

Status ReviewRules::checkVotes(const Submission &s, const QList<FileReview> &files, const QString &summary,
                               const QSet<QString> &failing)
{
    QHash<QString, qsizetype> given;
    bool anyRejected = false;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const FileReview &f = files.at(i);
        const QString at = u"files[%1]"_s.arg(i);
        if (!s.content.file(f.path))
            return incomplete(
                at + u".path"_s,
                QCoreApplication::translate("ReviewRules", "%1 is not a file of this round.").arg(f.path));
        if (given.contains(f.path))
            return incomplete(
                at + u".path"_s,
                QCoreApplication::translate("ReviewRules", "%1 has a decision already.").arg(f.path));
        given.insert(f.path, i);
        if (f.sharedComment.size() > MaxText)
            return incomplete(
                at + u".sharedComment"_s,
                QCoreApplication::translate("ReviewRules", "keep the comment under %1 characters.")
                    .arg(MaxText));
        if (f.internalComment.size() > MaxText)
            return incomplete(
                at + u".internalComment"_s,
                QCoreApplication::translate("ReviewRules", "keep the comment under %1 characters.")
                    .arg(MaxText));
        if (f.decision != FileDecision::Approve && f.sharedComment.trimmed().isEmpty())
            return incomplete(at + u".sharedComment"_s,
                              f.decision == FileDecision::Reject
                                  ? QCoreApplication::translate(
                                        "ReviewRules", "say why %1 is rejected: the author reads it.")
                                        .arg(f.path)
                                  : QCoreApplication::translate(
                                        "ReviewRules", "say what to change in %1: the author reads it.")
                                        .arg(f.path));
        if (overridesFailingChecks(f, failing) && f.internalComment.trimmed().isEmpty())
            return Error{QString::fromLatin1(reviewerr::ApprovalNeedsReason),
                         QCoreApplication::translate(
                             "ReviewRules", "%1 failed automated disclosure checks: to approve it, say in "
                                            "your note for checkers why it is safe to release despite them.")
                             .arg(f.path),
                         at + u".internalComment"_s};
        anyRejected = anyRejected || f.decision == FileDecision::Reject;
    }
    for (const SubmissionFile &f : s.content.files) {
        if (!given.contains(f.path))
            return incomplete(u"files"_s,
                              QCoreApplication::translate(
                                  "ReviewRules", "give %1 a decision: every file of the round needs one, "
                                                 "supporting files too.")
                                  .arg(f.path));
    }
    if (summary.size() > MaxText)
        return incomplete(
            u"summary"_s,
            QCoreApplication::translate("ReviewRules", "keep the summary under %1 characters.").arg(MaxText));
    if (anyRejected && summary.trimmed().isEmpty())
        return incomplete(u"summary"_s,
                          QCoreApplication::translate(
                              "ReviewRules", "give the reason for the rejection: the author reads it."));
    return {};
}

Status ReviewRules::checkCanSeeReviews(const Submission &s, const QList<Review> &roundReviews,
                                       const SubmissionActor &a)
{
    if (Status ok = checkReviewer(s, a); !ok)
        return ok;
    if (submittedCount(roundReviews) >= 2)
        return {};
    const Review *mine = reviewOf(roundReviews, a.userId);
    if (!mine || !mine->isSubmitted())
        return refused(
            reviewerr::Blinded,
            QCoreApplication::translate(
                "ReviewRules", "The other checker's decisions on request %1 are shown once yours are in.")
                .arg(s.id));
    return {};
}

bool ReviewRules::canSeeReviews(const Submission &s, const QList<Review> &roundReviews,
                                const SubmissionActor &a)
{
    return checkCanSeeReviews(s, roundReviews, a).ok();
}

Status ReviewRules::checkCanRelease(const Submission &s, const QList<Review> &roundReviews,
                                    const SubmissionActor &a)
{
    if (Status ok = checkReviewer(s, a); !ok)
        return ok;
    if (isFinalState(s.state))
        return wrongState(s, QCoreApplication::translate("ReviewRules", "released"));
    if ((s.state != SubmissionState::Approved && s.state != SubmissionState::PartlyApproved) ||
        submittedCount(roundReviews) < 2)
        return refused(reviewerr::NeedsTwoApprovals,
                       QCoreApplication::translate(
                           "ReviewRules",
                           "Request %1 can be released only once two output checkers have approved "
                           "its outputs.")
                           .arg(s.id));
    return {};
}

bool ReviewRules::canRelease(const Submission &s, const QList<Review> &roundReviews, const SubmissionActor &a)
{
    return checkCanRelease(s, roundReviews, a).ok();
}

Status ReviewRules::checkCanReadFiles(const Submission &s, const QList<Review> &allReviews,
                                      const SubmissionActor &a)
{
    if (Status ok = checkReviewer(s, a); !ok)
        return ok;
    if (!reviewOf(allReviews, a.userId))
        return refused(reviewerr::NotClaimed,
                       QCoreApplication::translate("ReviewRules",
                                                   "Claim request %1 for review before you open its files.")
                           .arg(s.id));
    return {};
}

bool ReviewRules::canReadFiles(const Submission &s, const QList<Review> &allReviews, const SubmissionActor &a)
{
    return checkCanReadFiles(s, allReviews, a).ok();
}

ReviewOutcome ReviewRules::decide(const Review &first, const Review &second, const SubmissionContent &content)
{
    const auto decisionOf = [](const Review &r, const QString &path) -> const FileReview * {
        for (const FileReview &f : r.files) {
            if (f.path == path)
                return &f;
        }
        return nullptr;
    };
    ReviewOutcome out;
    bool changes = false;
    bool allApproved = true;
    for (const SubmissionFile &file : content.files) {
        const FileReview *a = decisionOf(first, file.path);
        const FileReview *b = decisionOf(second, file.path);
        // A file without a decision is not approved (votes are checked complete before they
        // are stored, so this is for robustness only).
        const FileDecision da = a ? a->decision : FileDecision::RequestChanges;
        const FileDecision db = b ? b->decision : FileDecision::RequestChanges;
        FileReview combined;
        combined.path = file.path;
        combined.decision = stricter(da, db);
        combined.sharedComment = joined({a ? a->sharedComment : QString(), b ? b->sharedComment : QString()});
        out.files.append(combined);
        changes = changes || combined.decision == FileDecision::RequestChanges;
        allApproved = allApproved && combined.decision == FileDecision::Approve;
        if (combined.decision == FileDecision::Approve && file.role != FileRole::Supporting)
            out.releasable.append(file.path);
    }
    out.summary = joined({first.summary, second.summary});
    if (changes)
        out.state = SubmissionState::Returned;
    else if (out.releasable.isEmpty())
        out.state = SubmissionState::Rejected;
    else if (allApproved)
        out.state = SubmissionState::Approved;
    else
        out.state = SubmissionState::PartlyApproved;
    if (out.state != SubmissionState::Approved && out.state != SubmissionState::PartlyApproved)
        out.releasable.clear();
    return out;
}

Result<ReviewRules::Claimed> ReviewRules::claim(Submission s, const QList<Review> &roundReviews,
                                                const SubmissionActor &a, const QDateTime &at)
{
    if (Status ok = checkCanClaim(s, roundReviews, a); !ok)
        return ok.error();
    if (s.state != SubmissionState::InReview) {
        auto started = SubmissionWorkflow::startReview(std::move(s), a, at);
        if (!started)
            return started.error();
        s = std::move(started).value();
    }
    Review review;
    review.submissionId = s.id;
    review.round = s.round;
    review.checkerId = a.userId;
    review.claimedAt = at;
    return Claimed{std::move(s), std::move(review)};
}

Result<ReviewRules::Voted> ReviewRules::vote(Submission s, const QList<Review> &roundReviews,
                                             const SubmissionActor &a, const QList<FileReview> &files,
                                             const QString &summary, const QDateTime &at,
                                             const QSet<QString> &failing)
{
    if (Status ok = checkCanVote(s, roundReviews, a); !ok)
        return ok.error();
    if (Status ok = checkVotes(s, files, summary, failing); !ok)
        return ok.error();
    Review mine = *reviewOf(roundReviews, a.userId);
    mine.files = files;
    mine.summary = summary;
    mine.submittedAt = at;
    const Review *other = nullptr;
    for (const Review &r : roundReviews) {
        if (r.checkerId != a.userId && r.isSubmitted())
            other = &r;
    }
    if (!other)
        return Voted{std::move(s), std::move(mine), std::nullopt, {}};
    ReviewOutcome outcome = decide(*other, mine, s.content);
    // The decision is recorded in the name of the checker whose votes carried it (the one who
    // asked for changes, or who rejected), so the author knows whose note they read; when both
    // votes carried it, in the name of the checker who completed the round. Their summary comes
    // first, and the other checker's, if any, is marked as theirs.
    const auto carries = [&outcome](const Review &r) {
        const FileDecision decisive = outcome.state == SubmissionState::Returned
                                          ? FileDecision::RequestChanges
                                      : outcome.state == SubmissionState::Approved ? FileDecision::Approve
                                                                                   : FileDecision::Reject;
        if (decisive == FileDecision::Approve)
            return true;
        return std::any_of(r.files.cbegin(), r.files.cend(),
                           [decisive](const FileReview &f) { return f.decision == decisive; });
    };
    const bool otherCarries = carries(*other);
    const Review &decider = otherCarries && !carries(mine) ? *other : mine;
    const Review &second = &decider == &mine ? *other : mine;
    SubmissionActor by = a;
    by.userId = decider.checkerId;
    QStringList notes;
    if (!decider.summary.trimmed().isEmpty())
        notes << decider.summary;
    if (!second.summary.trimmed().isEmpty())
        notes << QCoreApplication::translate("ReviewRules", "The other output checker wrote: %1")
                     .arg(second.summary);
    QString note = joined(notes);
    Result<Submission> moved = Error{};
    switch (outcome.state) {
    case SubmissionState::Returned:
        if (note.isEmpty())
            note = QCoreApplication::translate(
                "ReviewRules", "Changes are asked for: see the reviewers' comments on each file.");
        moved = SubmissionWorkflow::returnToAuthor(std::move(s), by, at, note);
        break;
    case SubmissionState::Approved:
        moved = SubmissionWorkflow::approve(std::move(s), by, at, note);
        break;
    case SubmissionState::PartlyApproved:
        if (note.isEmpty())
            note = QCoreApplication::translate(
                "ReviewRules",
                "Some outputs are approved; the others are rejected: see the comments on each file.");
        moved = SubmissionWorkflow::partlyApprove(std::move(s), by, at, note);
        break;
    default:
        if (note.isEmpty())
            note = QCoreApplication::translate("ReviewRules",
                                               "The outputs are rejected: see the comments on each file.");
        moved = SubmissionWorkflow::reject(std::move(s), by, at, note);
        break;
    }
    if (!moved)
        return moved.error();
    QStringList carriedBy{decider.checkerId};
    if (carries(second))
        carriedBy << second.checkerId;
    return Voted{std::move(moved).value(), std::move(mine), std::move(outcome), carriedBy};
}

} // namespace srs::domain
