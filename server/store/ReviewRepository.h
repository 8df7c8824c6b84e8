#pragma once

#include "StoreResult.h"

#include "domain/Review.h"
#include "domain/Submission.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <utility>

namespace srs::store {

class Database;

// A request waiting for checkers (submitted, resubmitted or in review), as the queue lists it.
struct QueueRow
{
    QString id;
    QString projectId;
    QString projectTitle;
    QString authorId;
    QString title;
    domain::ClearanceType clearanceType = domain::ClearanceType::Publication;
    domain::SubmissionState state = domain::SubmissionState::Submitted;
    int round = 0;
    QDateTime submittedAt;
    QDate expectedAnswerDate;
    QString checkStatus;
    int files = 0;
    int exceptions = 0;
    QList<domain::Review> reviews; // the current round's claims (without their file decisions)
};

// A request answered (returned, approved, partly approved or rejected): when its round was
// submitted and when it was answered.
struct AnsweredRound
{
    QDateTime submittedAt;
    QDateTime answeredAt;
};

struct StoredReleaseFile
{
    QString path;
    domain::FileRole role = domain::FileRole::Output;
    QString sha256;
    qint64 size = 0;
};

// A release: the approved output and code files of one request's round.
struct StoredRelease
{
    QString id;
    QString submissionId;
    QString projectId;
    QString projectTitle; // read only
    int round = 0;
    QString title;
    domain::ClearanceType clearanceType = domain::ClearanceType::Publication;
    QDateTime releasedAt;
    QString releasedBy;
    QDate destroyBy; // pre-publication: the project's end
    QList<StoredReleaseFile> files;
    // The project lead's attestation of destruction, once made.
    QString destroyedBy;
    QDateTime destroyedAt;
    QString destructionNote;
};

// What the register adds to a release: how its round was checked, the exceptions asked for in
// it, and the two checkers whose reviews decided it (in the order they voted).
struct RegisterExtras
{
    QString engineVersion;
    QString profileVersion;
    QList<domain::ExceptionRequest> exceptions;
    QList<std::pair<QString, QString>> checkers; // user id, display name
};

// Reviews (claims and their votes) and releases. Use inside a transaction with the change's
// audit event; lists are read in a fixed number of statements, never one per row.
class ReviewRepository
{
public:
    explicit ReviewRepository(Database &db) : m_db(db) {}

    // Inside a transaction: holds the request's row until the transaction ends, so that claims
    // and votes on one request are taken one after the other (PostgreSQL; SQLite's write
    // transactions are serialised already).
    [[nodiscard]] Status lockSubmission(const QString &submissionId);
    // A claim (no votes yet). Conflict when the checker has claimed this round already.
    [[nodiscard]] Status addClaim(const domain::Review &review);
    // Stores the votes of a claimed review and marks it submitted; Conflict when it was
    // submitted already (votes are final).
    [[nodiscard]] Status submitVotes(const domain::Review &review);
    // Every review of the request, every round, oldest claim first, with the file decisions.
    [[nodiscard]] Result<QList<domain::Review>> reviewsOf(const QString &submissionId);

    // Every request waiting for checkers with its current round's claims, oldest submission
    // first (three statements, whatever the number of requests).
    [[nodiscard]] Result<QList<QueueRow>> queue();
    // The projects `userId` is listed in (any role).
    [[nodiscard]] Result<QList<QString>> projectsOf(const QString &userId);
    // Rounds answered at or after `since`.
    [[nodiscard]] Result<QList<AnsweredRound>> answeredSince(const QDateTime &since);

    [[nodiscard]] Status addRelease(const StoredRelease &release);
    [[nodiscard]] Result<StoredRelease> findRelease(const QString &id);
    [[nodiscard]] Result<QList<StoredRelease>> releasesOfProject(const QString &projectId);
    // Every release, oldest first (the register).
    [[nodiscard]] Result<QList<StoredRelease>> allReleases();
    // Pre-publication releases not yet attested destroyed, of completed projects led by `userId`.
    [[nodiscard]] Result<QList<StoredRelease>> pendingDestruction(const QString &leadUserId);
    // By release id: every release's (three statements), or one release's.
    [[nodiscard]] Result<QHash<QString, RegisterExtras>> registerExtras(const QString &releaseId = {});
    // Conflict when the release's destruction was attested already.
    [[nodiscard]] Status attestDestruction(const QString &releaseId, const QString &userId,
                                           const QDateTime &at, const QString &note);

private:
    [[nodiscard]] Result<QList<StoredRelease>> loadReleases(const QString &where, const QVariantList &params);

    Database &m_db;
};

} // namespace srs::store
