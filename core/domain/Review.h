#pragma once

// Two independent reviews of each round of an output request, and what they decide together.
//
// In each round (Submission::round) at most two output checkers claim the request; each gives
// every file a decision with comments, either shared with the author or internal to checkers.
// A checker does not see the other's votes until their own are in (blinded). When the second
// review is in, the request is decided file by file, the stricter of the two decisions
// counting for each file:
//   any file with changes requested         -> returned to the author with the shared comments
//   otherwise every file approved           -> approved
//   otherwise every file rejected           -> rejected
//   otherwise (some approved, some rejected) -> partly approved: only the approved are released
// Supporting files are judged with their tables but are never released. (A round in which no
// output or code file is approved by both is rejected, even when some supporting file was
// approved: there would be nothing to release.)

#include "domain/Result.h"
#include "domain/Submission.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace srs::domain {

enum class FileDecision
{
    Approve,
    RequestChanges,
    Reject,
};

[[nodiscard]] QString fileDecisionToString(FileDecision d); // "approve", "request-changes", "reject"
[[nodiscard]] std::optional<FileDecision> fileDecisionFromString(QStringView text);
// The stricter of two decisions (reject > request-changes > approve).
[[nodiscard]] FileDecision stricter(FileDecision a, FileDecision b);

// One checker's decision on one file of the round.
struct FileReview
{
    QString path;
    FileDecision decision = FileDecision::Approve;
    QString sharedComment;   // shown to the author once the request is decided
    QString internalComment; // checkers only

    friend bool operator==(const FileReview &, const FileReview &) = default;
};

// One checker's review of one round. Claimed first; votes are final once submitted.
struct Review
{
    QString id;
    QString submissionId;
    int round = 0;
    QString checkerId;
    QDateTime claimedAt;
    QDateTime submittedAt; // null while the checker is still reviewing
    QList<FileReview> files;
    QString summary; // shared with the author (the reason, when the decision is to reject)

    [[nodiscard]] bool isSubmitted() const { return submittedAt.isValid(); }
    friend bool operator==(const Review &, const Review &) = default;
};

// What two submitted reviews decide.
struct ReviewOutcome
{
    SubmissionState state = SubmissionState::InReview; // returned, approved, partly approved or rejected
    QList<FileReview> files; // per file: the stricter decision, both checkers' shared comments
    QStringList releasable;  // output and code files approved by both (never supporting files)
    QString summary;         // both checkers' summaries (shared with the author), blank line between
};

// Refusal codes of reviewing and releasing (stable: the wire format and the client's texts).
namespace reviewerr {
inline constexpr char ProjectMember[] = "review-project-member";   // a member of the project never reviews it
inline constexpr char ThirdReview[] = "review-third";              // two checkers have it already
inline constexpr char AlreadyClaimed[] = "review-already-claimed"; // this checker has it already
inline constexpr char NotClaimed[] = "review-not-claimed";         // claim it first
inline constexpr char AlreadySubmitted[] = "review-already-submitted"; // votes are final
inline constexpr char Blinded[] = "review-blinded";                    // vote before seeing the other's votes
inline constexpr char Incomplete[] = "review-incomplete";              // a file without a decision, or a
                                                                       // decision that needs a comment
// An approval of a file whose automated checks failed, without the checker's reason (their note
// for checkers) why it is safe to release all the same.
inline constexpr char ApprovalNeedsReason[] = "review-approval-needs-reason";
inline constexpr char NeedsTwoApprovals[] = "release-needs-two-approvals";
inline constexpr char SupportingFile[] = "download-supporting-file";
inline constexpr char NotReleased[] = "download-not-released";
inline constexpr char NotProjectLead[] = "destruction-not-project-lead";
inline constexpr char ProjectStillActive[] = "destruction-project-still-active";
} // namespace reviewerr

// The rules of reviewing, in pairs like the submission workflow's (checkCanX says why not, canX
// is for greying out), and the transitions they allow as pure functions. `roundReviews` are the
// reviews (claims) of the request's current round. The actor is the caller as the submission
// workflow sees them, except that `projectMember` here means listed among the request's project
// members at all (whether or not they may open the project now): a member never reviews it.
// Both programs use them: the server enforces, the client explains.
class ReviewRules
{
public:
    // Claim: an output checker, not the author, not a member of the project; the request is
    // submitted, resubmitted or in review; this checker has not claimed it already; fewer than
    // two checkers have claimed this round.
    [[nodiscard]] static Status checkCanClaim(const Submission &s, const QList<Review> &roundReviews,
                                              const SubmissionActor &a);
    [[nodiscard]] static bool canClaim(const Submission &s, const QList<Review> &roundReviews,
                                       const SubmissionActor &a);
    // Vote: the same people; claimed by this checker in this round and not yet submitted; the
    // request in review.
    [[nodiscard]] static Status checkCanVote(const Submission &s, const QList<Review> &roundReviews,
                                             const SubmissionActor &a);
    [[nodiscard]] static bool canVote(const Submission &s, const QList<Review> &roundReviews,
                                      const SubmissionActor &a);
    // The votes themselves: exactly one decision for every file of the round (supporting files
    // included), a shared comment with every request for changes and every rejection, and a
    // summary when any file is rejected (all review-incomplete). `failing` are the paths of the
    // round's files whose automated checks have a Fail finding (whether or not the author asked
    // for an exception): approving one needs the checker's reason why it is safe to release
    // all the same, in their note for checkers (review-approval-needs-reason). The error's field
    // names what to fix ("files[2].sharedComment", "files[0].internalComment", "summary").
    [[nodiscard]] static Status checkVotes(const Submission &s, const QList<FileReview> &files,
                                           const QString &summary, const QSet<QString> &failing = {});
    // Whether this vote approves a file with failing checks (its note is then the reason).
    [[nodiscard]] static bool overridesFailingChecks(const FileReview &f, const QSet<QString> &failing)
    {
        return f.decision == FileDecision::Approve && failing.contains(f.path);
    }
    // Seeing the other checker's votes of this round: an output checker who is neither the author
    // nor a member, once their own review of the round is submitted, or once the round is decided
    // (two reviews submitted). Earlier rounds are always complete.
    [[nodiscard]] static Status checkCanSeeReviews(const Submission &s, const QList<Review> &roundReviews,
                                                   const SubmissionActor &a);
    [[nodiscard]] static bool canSeeReviews(const Submission &s, const QList<Review> &roundReviews,
                                            const SubmissionActor &a);
    // Release: an output checker who is neither the author nor a member; the request approved
    // or partly approved with two submitted reviews of its current round (else
    // release-needs-two-approvals; a request already final is in the wrong state).
    [[nodiscard]] static Status checkCanRelease(const Submission &s, const QList<Review> &roundReviews,
                                                const SubmissionActor &a);
    [[nodiscard]] static bool canRelease(const Submission &s, const QList<Review> &roundReviews,
                                         const SubmissionActor &a);
    // Reading the snapshot files of any round (to compare rounds): an output checker who is
    // neither the author nor a member and has claimed the request in some round. `allReviews`
    // are the request's reviews of every round.
    [[nodiscard]] static Status checkCanReadFiles(const Submission &s, const QList<Review> &allReviews,
                                                  const SubmissionActor &a);
    [[nodiscard]] static bool canReadFiles(const Submission &s, const QList<Review> &allReviews,
                                           const SubmissionActor &a);

    // What two submitted reviews decide, file by file in the order of `content`'s files (the
    // rule at the top of this file). Internal comments never enter the outcome.
    [[nodiscard]] static ReviewOutcome decide(const Review &first, const Review &second,
                                              const SubmissionContent &content);

    // A new claim (its id left for the caller to give); a request submitted or resubmitted goes
    // into review with it (SubmissionWorkflow::startReview).
    struct Claimed
    {
        Submission submission;
        Review review;
    };
    [[nodiscard]] static Result<Claimed> claim(Submission s, const QList<Review> &roundReviews,
                                               const SubmissionActor &a, const QDateTime &at);
    // The checker's votes, final (checked by checkVotes, with `failing`). When they complete the
    // round (the other review is submitted already), `decided` holds the outcome and the request
    // has taken the transition it leads to (returned, approved, partly approved or rejected) with
    // the summaries as its note, in the name of the checker whose votes carried it (who asked for
    // changes or rejected; when both did, or both approved, the one voting now): their summary
    // first, the other's marked.
    struct Voted
    {
        Submission submission;
        Review review;
        std::optional<ReviewOutcome> decided;
        // When decided: the checkers whose votes carried the decision, the one it is recorded in
        // the name of first (both when both did: both approved, or both asked for what decided).
        QStringList carriedBy;
    };
    [[nodiscard]] static Result<Voted> vote(Submission s, const QList<Review> &roundReviews,
                                            const SubmissionActor &a, const QList<FileReview> &files,
                                            const QString &summary, const QDateTime &at,
                                            const QSet<QString> &failing = {});
};

} // namespace srs::domain
