#pragma once

// Bringing files into a project: the messages of the upload routes (an ingest request, its
// files, what is still missing). The files' bytes travel as chunks, each the body of its own
// request with its SHA-256 in the X-Chunk-SHA256 header; see docs/architecture.md, "Ingest".

#include "domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace srs::protocol {

namespace ingestlimits {
inline constexpr qsizetype MaxNameLength = 512;     // characters of a file's name as given
inline constexpr qsizetype MaxNamePartLength = 255; // characters between two '/'
inline constexpr qsizetype MaxDescriptionLength = 4000;
inline constexpr qsizetype MaxReasonLength = 4000;
inline constexpr qsizetype MaxFilesPerRequest = 10000; // what a request body may list at all
} // namespace ingestlimits

// The error codes of the ingest routes (and the HTTP status each is answered with).
namespace ingesterr {
inline constexpr const char *ChunkHashMismatch = "ingest.chunk-hash-mismatch"; // 400
inline constexpr const char *ChunkInvalid = "ingest.chunk-invalid";            // 400
inline constexpr const char *ChunkConflict = "ingest.chunk-conflict";          // 409
inline constexpr const char *StorageFull = "ingest.storage-full";              // 507
inline constexpr const char *LimitExceeded = "ingest.limit-exceeded";          // 413
inline constexpr const char *Incomplete = "ingest.incomplete";                 // 409
inline constexpr const char *FileMismatch = "ingest.file-mismatch";            // 422
inline constexpr const char *WrongState = "ingest.wrong-state";                // 409
inline constexpr const char *NotRequester = "ingest.not-requester";            // 403
} // namespace ingesterr

// The header that carries a chunk's SHA-256 (64 hexadecimal digits).
inline constexpr const char *ChunkSha256Header = "X-Chunk-SHA256";

// A file as the researcher declares it.
struct IngestFileSpec
{
    QString name;        // a safe relative path: where it will go under ingest/<request id>/
    qint64 size = 0;     // bytes
    QString sha256;      // lower-case hexadecimal, 64 digits
    QString description; // what it is and why the project needs it
};

// A name as given is acceptable: relative, '/'-separated, no empty, "." or ".." parts, no
// backslash, no control or invisible formatting characters, within the length limits. The
// problem in plain words when not.
[[nodiscard]] QString ingestNameProblem(const QString &name);

struct IngestCreateRequest
{
    QString reason; // why the project needs these files
    QList<IngestFileSpec> files;

    [[nodiscard]] static Result<IngestCreateRequest> fromJson(QByteArrayView body);
    [[nodiscard]] QByteArray toJson() const;
};

// What one automatic check found in one file (see docs/architecture.md, "Ingest"). A "refused"
// finding means the file can never be approved; "flag" asks the checkers to look; "note" tells.
namespace ingestseverity {
inline constexpr const char *Refused = "refused";
inline constexpr const char *Flag = "flag";
inline constexpr const char *Note = "note";
} // namespace ingestseverity

struct IngestFinding
{
    QString rule;           // "kind-refused", "name-mismatch", "command-download", "malware", ...
    QString severity;       // "refused", "flag" or "note"
    QString message;        // plain English
    QJsonObject parameters; // what the rule saw (a column's position and header, a signature...)
    int line = 0;           // 1-based line of a text file; 0 when not about one line

    [[nodiscard]] QJsonObject toJsonObject() const;
    [[nodiscard]] static IngestFinding fromJsonObject(const QJsonObject &object);
    friend bool operator==(const IngestFinding &, const IngestFinding &) = default;
};

[[nodiscard]] QByteArray encodeIngestFindings(const QList<IngestFinding> &findings);
// Lenient: what the server itself stored (an unreadable list reads as empty).
[[nodiscard]] QList<IngestFinding> decodeIngestFindings(QByteArrayView json);

struct IngestFileInfo
{
    int index = 0;
    IngestFileSpec spec;
    qint64 receivedBytes = 0; // in chunks recorded
    // From the automatic checks, once they have run ("checking" and later); empty before.
    QString kind;      // text, code, table, image, pdf, archive, package, binary, document, empty
    QString mediaType; // "text/csv", "application/zip", ...
    bool checked = false;
    QList<IngestFinding> findings;
    // Tables: {"rows": n, "columns": [{"position": 1, "header": "...", "identifier": "nhs-number"
    // or ""}], "sheet": "..."}; empty for other kinds.
    QJsonObject profile;
    // The checkers' decision on the file ("pending", "approved", "rejected"); for a rejected
    // file, the rejecting checker's comment (the reason, for the person who made the request);
    // where an approved file was delivered ("ingest/<request id>/<name>").
    QString decision = QStringLiteral("pending");
    QString decisionComment;
    QString deliveredPath;
};

// An ingest request as the project's members see it.
struct IngestInfo
{
    QString id; // "I-…"
    QString projectId;
    QString requesterId;
    QString requesterName;
    QDateTime createdAt;
    QDateTime updatedAt;
    // "uploading", "checking" (whole; the automatic checks run or wait), "awaiting-review",
    // "cancelled" (and, later, "decided")
    QString state;
    QString reason;
    QString waitingReason; // while "checking": why the checks cannot run now (empty when they can)
    qint64 chunkBytes = 0; // every chunk but a file's last is exactly this long
    QList<IngestFileInfo> files;

    [[nodiscard]] QJsonObject toJsonObject() const;
    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<IngestInfo> fromJson(QByteArrayView body);
};

[[nodiscard]] QByteArray encodeIngestList(const QList<IngestInfo> &list);
[[nodiscard]] Result<QList<IngestInfo>> decodeIngestList(QByteArrayView body);

// What is still to be sent: for each file, its missing byte ranges (each starting at a chunk
// boundary), in order.
struct IngestMissing
{
    struct Range
    {
        qint64 offset = 0;
        qint64 length = 0;
    };
    struct File
    {
        int index = 0;
        qint64 size = 0;
        qint64 receivedBytes = 0;
        QList<Range> missing;
    };
    QString id;
    QString state;
    qint64 chunkBytes = 0;
    QList<File> files;

    [[nodiscard]] bool complete() const;
    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<IngestMissing> fromJson(QByteArrayView body);
};

} // namespace srs::protocol
