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
// Supporting files are judged with their tables but are never released.

#include "domain/Result.h"
#include "domain/Submission.h"

#include <QDateTime>
#include <QList>
#include <QString>

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
inline constexpr char NeedsTwoApprovals[] = "release-needs-two-approvals";
inline constexpr char SupportingFile[] = "download-supporting-file";
inline constexpr char NotReleased[] = "download-not-released";
inline constexpr char NotProjectLead[] = "destruction-not-project-lead";
inline constexpr char ProjectStillActive[] = "destruction-project-still-active";
} // namespace reviewerr

} // namespace srs::domain
