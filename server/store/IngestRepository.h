#pragma once

#include "StoreResult.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace srs::store {

class Database;

struct IngestFileRecord
{
    int position = 0;
    QString name;
    qint64 size = 0;
    QString sha256;
    QString description;
    // The automatic checks' results (migration 10); checkedAt is null until the file is checked.
    QString kind;
    QString mediaType;
    QByteArray findingsJson = "[]"; // protocol::encodeIngestFindings
    QByteArray profileJson = "{}";
    QDateTime checkedAt;
};

// An ingest request: files a researcher brings into a project, uploaded in chunks into the
// quarantine folder (see IngestService).
struct IngestRecord
{
    QString id;
    QString projectId;
    QString requesterId;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString state; // "uploading", "checking", "awaiting-review", "cancelled"
    QString reason;
    QString waitingReason; // while "checking": why the checks cannot run now
    qint64 chunkBytes = 0;
    qint64 totalBytes = 0;
    int approvalsNeeded = 1; // checkers' approvals each file needs (ingest.approvals_needed)
    QList<IngestFileRecord> files;
};

struct IngestChunkRecord
{
    int position = 0; // the file
    int chunk = 0;
    qint64 offset = 0;
    qint64 length = 0;
    QString sha256;
};

namespace ingeststate {
inline const QString Uploading = QStringLiteral("uploading");
inline const QString Checking = QStringLiteral("checking");
// Every file has its automatic findings: checkers decide (IngestReviewService).
inline const QString AwaitingReview = QStringLiteral("awaiting-review");
inline const QString Cancelled = QStringLiteral("cancelled");
// Every file approved (and delivered) or rejected.
inline const QString Decided = QStringLiteral("decided");
} // namespace ingeststate

// Ingest requests, their files and the chunks received. Every method runs in the caller's
// transaction when there is one.
class IngestRepository
{
public:
    explicit IngestRepository(Database &db) : m_db(db) {}

    [[nodiscard]] Status create(const IngestRecord &record);
    [[nodiscard]] Result<IngestRecord> find(const QString &id);
    // The project's requests, newest first.
    [[nodiscard]] Result<QList<IngestRecord>> listForProject(const QString &projectId);
    // The declared bytes of the project's requests that are not cancelled.
    [[nodiscard]] Result<qint64> projectBytes(const QString &projectId);

    [[nodiscard]] Result<QList<IngestChunkRecord>> chunks(const QString &id);
    // The chunk's recorded SHA-256, if it has been received.
    [[nodiscard]] Result<std::optional<QString>> chunkSha256(const QString &id, int position, int chunk);
    // Records a received chunk; false when it was already recorded (the row is left as it was).
    [[nodiscard]] Result<bool> recordChunk(const QString &id, const IngestChunkRecord &chunk,
                                           const QDateTime &at);
    // Forgets the file's chunks, so that they can be sent again.
    [[nodiscard]] Status forgetChunks(const QString &id, int position);
    // Moves the request from `from` to `to`; Conflict when it was no longer in `from`.
    [[nodiscard]] Status setState(const QString &id, const QString &from, const QString &to,
                                  const QDateTime &at);

    // The ids of the requests in "checking", oldest first.
    [[nodiscard]] Result<QStringList> idsInState(const QString &state);
    // Records a file's checks (kind, media type, findings, profile, when).
    [[nodiscard]] Status recordChecks(const QString &id, const IngestFileRecord &file);
    // Sets why the checks wait (empty: they do not); true when it changed.
    [[nodiscard]] Result<bool> setWaitingReason(const QString &id, const QString &reason,
                                                const QDateTime &at);

private:
    [[nodiscard]] Result<QList<IngestFileRecord>> filesOf(const QString &id);

    Database &m_db;
};

} // namespace srs::store
