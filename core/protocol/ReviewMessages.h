#pragma once

// Wire format v1 of reviewing, releasing and the register (output checkers, and the project's
// members for releases):
//   GET  /api/v1/review/queue                              -> ReviewQueue
//   GET  /api/v1/review/statistics?weeks=12                -> ReviewStatistics
//   POST /api/v1/submissions/{sid}/reviews                 (claim) -> ReviewContext (201)
//   GET  /api/v1/submissions/{sid}/review                  -> ReviewContext
//   GET  /api/v1/submissions/{sid}/rounds/{n}/files/{i}    -> the snapshot's bytes (claimed checkers only)
//   PUT  /api/v1/submissions/{sid}/reviews/mine            VoteRequest -> ReviewContext
//   GET  /api/v1/submissions/{sid}/release-differences     -> ReleaseComparison (checkers)
//   POST /api/v1/submissions/{sid}/release                 -> ReleaseInfo (201)
//   GET  /api/v1/projects/{id}/releases                    -> ReleaseList (members)
//   GET  /api/v1/releases/{rid}                            -> ReleaseInfo (the manifest)
//   GET  /api/v1/releases/{rid}/files/{i}                  -> a released file's bytes (members)
//   GET  /api/v1/releases/{rid}/ro-crate                   -> ro-crate-metadata.json (checkers)
//   POST /api/v1/releases/{rid}/destruction                DestructionRequest -> ReleaseInfo
//   GET  /api/v1/register                                  -> RegisterList
// Submission ids are unique across projects. Requests are decoded strictly, naming the field.

#include "domain/Result.h"
#include "domain/Review.h"
#include "domain/Submission.h"
#include "protocol/SubmissionMessages.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace srs::protocol {

// One row of the checkers' queue: every request submitted, resubmitted or in review.
struct ReviewQueueItem
{
    QString id;
    QString projectId;
    QString projectTitle;
    QString title;
    domain::ClearanceType clearanceType = domain::ClearanceType::Publication;
    domain::SubmissionState state = domain::SubmissionState::Submitted;
    int round = 0;
    int files = 0;
    QString worstFinding; // the round's check status: "pass", "review", "fail" or "error"
    int exceptions = 0;   // exceptions asked for in this round
    QDateTime submittedAt;
    QDate expectedAnswerDate;
    int workingDaysWaiting = 0; // since submission of the round, England and Wales working days
    int reviewers = 0;          // claims in this round (0, 1 or 2)
    bool claimedByMe = false;
    bool votedByMe = false;
    QString notForMe; // empty, or the refusal code that stops this checker reviewing it
};

struct ReviewQueue
{
    QDateTime generatedAt;
    QList<ReviewQueueItem> items;
    // Why this checker may claim and open nothing from where they are now (where checkers may
    // look: "checking-setting-refused", or a declaration owed), with the plain message; empty
    // when the setting allows checking. The items then carry the same code in notForMe.
    QString checkingRefusedCode;
    QString checkingRefusedMessage;

    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<ReviewQueue> fromJson(QByteArrayView body);
};

// Answer times of the last weeks, for the team lead's chart.
struct ReviewWeek
{
    QDate weekStart; // a Monday
    int answered = 0;
    double medianWorkingDays = 0;
    int withinPromise = 0; // answered within five working days
};

struct ReviewStatistics
{
    QList<ReviewWeek> weeks; // oldest first

    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<ReviewStatistics> fromJson(QByteArrayView body);
};

// One review as the caller may see it: a checker sees their own always and the other's only
// once their own is submitted; internal comments only ever go to checkers.
struct ReviewInfo
{
    domain::Review review;
    PersonRef checker;
};

// Everything a checker reviews a request with (no file contents: those are fetched one by one
// and kept in memory).
struct ReviewContext
{
    SubmissionInfo submission;        // content, exceptions, the round's check, every round's files
    QList<ReviewInfo> reviews;        // this round's, as far as the caller may see them
    QList<ReviewInfo> earlierReviews; // of earlier rounds, complete
    bool blinded = false;             // the other checker's votes are withheld until mine are in

    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<ReviewContext> fromJson(QByteArrayView body);
};

// GET /submissions/{sid}/release-differences: the current round's tables compared afresh with
// every release the project has made so far (never a release of the request itself), for
// checkers. The stored check of the round (ReviewContext) knows only the releases made before
// the round was submitted; this one knows those made since too.

// A release the tables were compared with.
struct ComparedRelease
{
    QString id;
    QString title; // the released request's title
    QDateTime releasedAt;
    bool sinceSubmission = false; // released after the round was submitted
};

// One release-differencing finding of the fresh comparison: the finding as checkers see it in the
// review context (the place in the file, the row and column labels, the rule's message), with
// what the rule compared: the release, the released file and sheet, the scope ("table", "row" or
// "column") and the size of the difference in records.
struct ReleaseDifference
{
    CheckFindingInfo finding;
    QString releaseId;
    QString releasedFile;
    QString releasedSheet;
    QString scope;
    double difference = 0;
    // The round's stored findings (made at submission) name the same place and release.
    bool storedAtSubmission = false;
};

struct ReleaseComparison
{
    QString submissionId;
    int round = 0;
    QDateTime roundSubmittedAt;
    QDateTime comparedAt;
    QList<ComparedRelease> releases; // oldest first
    QList<ReleaseDifference> differences;

    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<ReleaseComparison> fromJson(QByteArrayView body);
};

// PUT /reviews/mine: the checker's decision for every file of the round, final once sent.
struct VoteRequest
{
    QList<domain::FileReview> files;
    QString summary;

    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<VoteRequest> fromJson(QByteArrayView body);
};

struct ReleasedFile
{
    int index = 0; // for /releases/{rid}/files/{i}
    QString path;
    domain::FileRole role = domain::FileRole::Output; // output or code, never supporting
    QString sha256;
    qint64 size = 0;
};

// A release and its manifest.
struct ReleaseInfo
{
    QString id;
    QString submissionId;
    QString projectId;
    QString title;
    domain::ClearanceType clearanceType = domain::ClearanceType::Publication;
    QDateTime releasedAt;
    QList<ReleasedFile> files;
    QDate destroyBy;       // pre-publication: the project's end; null otherwise
    QDateTime destroyedAt; // when the project lead attested destruction
    PersonRef destroyedBy;

    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<ReleaseInfo> fromJson(QByteArrayView body);
};

[[nodiscard]] QByteArray encodeReleaseList(const QList<ReleaseInfo> &list);
[[nodiscard]] Result<QList<ReleaseInfo>> decodeReleaseList(QByteArrayView body);

// POST /releases/{rid}/destruction: {"attest": true, "note": "..."}.
struct DestructionRequest
{
    bool attest = false;
    QString note;

    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<DestructionRequest> fromJson(QByteArrayView body);
};

// One line of the public register of releases.
struct RegisterEntry
{
    QString releaseId;
    QString projectId;
    QString projectTitle;
    QString title; // the request's title, as its author wrote it
    domain::ClearanceType clearanceType = domain::ClearanceType::Publication;
    QDateTime releasedAt;
    QList<ReleasedFile> files;
    QString engineVersion;  // the disclosure-control engine that checked the round
    QString profileVersion; // its risk profile
    QList<domain::ExceptionRequest> exceptionsGranted;
    QStringList checkers; // by role ("Output checker 1") or by name, as the server is configured
};

[[nodiscard]] QByteArray encodeRegister(const QList<RegisterEntry> &list);
[[nodiscard]] Result<QList<RegisterEntry>> decodeRegister(QByteArrayView body);

} // namespace srs::protocol
