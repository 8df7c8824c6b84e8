#pragma once

// Bringing files into a project, the approval: the checkers' queue of ingest requests, one request
// as a checker reviews it (each file's decision, votes and where it was delivered), and a
// checker's vote on one file. The automatic findings of each file travel with the request
// (IngestInfo); `refused` and `flagged` here say what they mean for the vote. See
// docs/architecture.md, "Ingest".

#include "IngestMessages.h"

#include "domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

namespace srs::protocol {

// The error codes of the approval routes beside ingesterr's (and the HTTP status of each).
namespace ingestreviewerr {
inline constexpr const char *AlreadyVoted = "ingest.already-voted";        // 409
inline constexpr const char *FileDecided = "ingest.file-decided";          // 409
inline constexpr const char *FileRefused = "ingest.file-refused";          // 422
inline constexpr const char *CommentRequired = "ingest.comment-required";  // 422
inline constexpr const char *PreviewTooLarge = "ingest.preview-too-large"; // 413
// Delivery into the workspace refused (a link or a file in the way); recorded on the file as its
// delivery problem and tried again by the sweep, never answered to a vote.
inline constexpr const char *DeliveryRefused = "ingest.delivery-refused"; // 409
inline constexpr const char *NotReviewer = "not-an-output-checker";       // 403 (as the output review)
inline constexpr const char *ProjectMember = "review-project-member";     // 403 (as the output review)
} // namespace ingestreviewerr

namespace ingestdecision {
inline constexpr const char *Pending = "pending";
inline constexpr const char *Approved = "approved";
inline constexpr const char *Rejected = "rejected";
} // namespace ingestdecision

namespace ingestreviewlimits {
inline constexpr qsizetype MaxCommentLength = 4000;
} // namespace ingestreviewlimits

// A checker's vote on one file: "approve" or "reject", with a comment (required for a rejection,
// and for approving a file with "flag" findings).
struct IngestVoteRequest
{
    QString decision; // "approve" | "reject"
    QString comment;

    [[nodiscard]] static Result<IngestVoteRequest> fromJson(QByteArrayView body);
    [[nodiscard]] QByteArray toJson() const;
    friend bool operator==(const IngestVoteRequest &, const IngestVoteRequest &) = default;
};

struct IngestVoteInfo
{
    QString checkerId;
    QString checkerName;
    QString decision; // "approve" | "reject"
    QString comment;
    QDateTime at;
    friend bool operator==(const IngestVoteInfo &, const IngestVoteInfo &) = default;
};

// One file of a request as checkers see its review.
struct IngestFileReview
{
    int index = 0;
    QString decision = QString::fromLatin1(ingestdecision::Pending); // pending | approved | rejected
    QDateTime decidedAt;
    bool refused = false; // a finding of severity "refused": it can never be approved
    bool flagged = false; // a finding of severity "flag": approving it needs a comment
    QList<IngestVoteInfo> votes;
    QString deliveredPath;   // "ingest/<request id>/<name>" once in the workspace
    QString deliveryProblem; // why delivery has not happened yet (it is tried again)
    bool purged = false;     // its quarantined copy has been deleted
    friend bool operator==(const IngestFileReview &, const IngestFileReview &) = default;
};

// One request as a checker reviews it.
struct IngestReviewContext
{
    IngestInfo request; // with the researcher's reason, each file's description and findings
    QString projectTitle;
    int approvalsNeeded = 1;
    QList<IngestFileReview> files; // in the order of request.files

    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<IngestReviewContext> fromJson(QByteArrayView body);
};

struct IngestQueueItem
{
    QString id;
    QString projectId;
    QString projectTitle;
    QString requesterName;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString state; // "awaiting-review" or "decided"
    int files = 0;
    qint64 totalBytes = 0;
    int approvalsNeeded = 1;
    int pendingFiles = 0;
    int votedByMe = 0; // files this checker has voted on
    QString notForMe;  // the code that would refuse this checker (their own project), or empty
    friend bool operator==(const IngestQueueItem &, const IngestQueueItem &) = default;
};

// The checkers' queue of ingest requests: those awaiting review and those decided recently.
struct IngestReviewQueue
{
    QDateTime generatedAt;
    QString checkingRefusedCode; // where checkers may not open requests from here, and why
    QString checkingRefusedMessage;
    QList<IngestQueueItem> items;

    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<IngestReviewQueue> fromJson(QByteArrayView body);
};

} // namespace srs::protocol
