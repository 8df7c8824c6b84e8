#pragma once

#include "StoreResult.h"

#include "domain/Submission.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace srs::store {

class Database;

// A finding of the disclosure checker as stored for a round, with the numbers its rule used
// (for checkers; never sent to a researcher's client).
struct StoredFinding
{
    QString path;
    QString sheet;
    QString rule;
    QString outcome; // "fail" or "review"
    QString row;     // labels: for checkers only
    QString column;
    int line = 0;
    QString message;
    QJsonObject parameters;
    QString cell; // the place in the file ("C14", "row 14", "column C"), what exceptions name

    friend bool operator==(const StoredFinding &, const StoredFinding &) = default;
};

// A round's findings given one at a time, in order, so that a round with a great many is never
// held whole: the source calls the sink with each, and stops at (and returns) the first failure.
using FindingSink = std::function<Status(const StoredFinding &)>;
using FindingSource = std::function<Status(const FindingSink &)>;

// What the author submitted in one round, as stored.
struct SubmissionRound
{
    int round = 0;
    QDateTime submittedAt;
    QString controls;
    QList<domain::TableSpec> tables;
    QList<domain::SubmissionFile> files; // with the snapshot's sha256 and size
    QList<domain::ExceptionRequest> exceptions;
    QString checkStatus;    // pass, review, fail
    QByteArray checkResult; // the researcher's view of the check (protocol::CheckResultInfo JSON)
    QString engineVersion;  // the disclosure-control engine that checked the round
    QString profileVersion; // and its risk profile
};

// Output clearance requests. A request is its header (state, current round), one row per
// round with what the author said then, the snapshotted files, the checker's findings and the
// exceptions asked for in each round, and its history (one row per transition). Earlier rounds
// are never changed. Use inside a transaction with the audit event of the change.
class SubmissionRepository
{
public:
    explicit SubmissionRepository(Database &db) : m_db(db) {}

    // A new request (its first round is added with addRound): the header and its history.
    [[nodiscard]] Status create(const domain::Submission &submission);
    // Moves a stored request to the state of `submission` (with its round and dates) when it
    // is still in `expectedState`: Conflict otherwise (someone else changed it first). History
    // events beyond those stored are added.
    [[nodiscard]] Status update(const domain::Submission &submission, domain::SubmissionState expectedState);
    [[nodiscard]] Status addRound(const QString &submissionId, const SubmissionRound &round,
                                  const QList<StoredFinding> &findings);
    // The same, the findings given one at a time (a round with a great many is never held whole).
    [[nodiscard]] Status addRoundFrom(const QString &submissionId, const SubmissionRound &round,
                                      const FindingSource &findings);
    // Records that a blob is stored (nothing when it already is).
    [[nodiscard]] Status recordBlob(const QString &sha256, qint64 size, const QDateTime &at);

    // The request with the current round's content and the whole history.
    [[nodiscard]] Result<domain::Submission> find(const QString &id);
    // Every round, oldest first.
    [[nodiscard]] Result<QList<SubmissionRound>> rounds(const QString &id);
    [[nodiscard]] Result<QList<StoredFinding>> findings(const QString &id, int round);
    // The project's requests, most recently changed first: headers with the current round's
    // files (no tables, exceptions or history).
    [[nodiscard]] Result<QList<domain::Submission>> listForProject(const QString &projectId);
    // The check status of each request's current round, by id.
    [[nodiscard]] Result<QHash<QString, QString>> checkStatuses(const QString &projectId);

private:
    [[nodiscard]] Status addEvents(const domain::Submission &submission, qsizetype from);
    [[nodiscard]] Result<QList<domain::Submission>> loadHeaders(const QString &where,
                                                                const QVariantList &params);

    Database &m_db;
};

} // namespace srs::store
