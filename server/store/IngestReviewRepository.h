#pragma once

#include "StoreResult.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace srs::store {

class Database;

// What the approval keeps of one file of an ingest request (migration 11), and its automatic
// findings as the checks recorded them (kind, findings: a JSON array of {rule, severity,
// message, parameters, line}).
struct IngestFileReviewRecord
{
    int position = 0;
    QString decision; // "pending", "approved", "rejected"
    QDateTime decidedAt;
    QString deliveredPath;
    QString deliveryProblem;
    QDateTime purgedAt;
    QString kind;
    QJsonArray findings;
};

struct IngestVoteRecord
{
    int position = 0;
    QString checkerId;
    QString decision; // "approve", "reject"
    QString comment;
    QDateTime votedAt;
};

// A file of a request, by request and position.
struct IngestFileRef
{
    QString ingestId;
    QString projectId;
    int position = 0;
    QString decision;
};

// Checkers' votes on ingest files, each file's decision, its delivery into the workspace and the
// deletion of its quarantined copy. Every method runs in the caller's transaction when there is one.
class IngestReviewRepository
{
public:
    explicit IngestReviewRepository(Database &db) : m_db(db) {}

    // Locks the request's row until the transaction ends (PostgreSQL; an SQLite write
    // transaction holds the database already).
    [[nodiscard]] Status lockRequest(const QString &ingestId);
    // Ids of the requests in `state`, updated at or after `since` (any time when invalid).
    [[nodiscard]] Result<QStringList> requestsIn(const QString &state, const QDateTime &since = {});
    // Every request id, oldest first (the export).
    [[nodiscard]] Result<QStringList> allRequests();

    [[nodiscard]] Result<QList<IngestFileReviewRecord>> files(const QString &ingestId);
    [[nodiscard]] Result<QList<IngestVoteRecord>> votes(const QString &ingestId);
    // Conflict when this checker has voted on this file already.
    [[nodiscard]] Status addVote(const QString &ingestId, const IngestVoteRecord &vote);
    // From "pending" only (Conflict otherwise).
    [[nodiscard]] Status decide(const QString &ingestId, int position, const QString &decision,
                                const QDateTime &at);
    [[nodiscard]] Status setDelivered(const QString &ingestId, int position, const QString &path);
    [[nodiscard]] Status setDeliveryProblem(const QString &ingestId, int position, const QString &problem);
    [[nodiscard]] Status setPurged(const QString &ingestId, int position, const QDateTime &at);

    // Approved files not delivered yet (and still in quarantine).
    [[nodiscard]] Result<QList<IngestFileRef>> undelivered();
    // Files whose quarantined copy is due for deletion: rejected at or before `cutoff`, or of a
    // request cancelled at or before `cutoff`; not deleted yet.
    [[nodiscard]] Result<QList<IngestFileRef>> dueForPurge(const QDateTime &cutoff);
    // Whether every file of the request is delivered or purged (its quarantine folder can go).
    [[nodiscard]] Result<bool> quarantineEmpty(const QString &ingestId);

private:
    Database &m_db;
};

} // namespace srs::store
