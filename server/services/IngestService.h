#pragma once

#include "AccountService.h"
#include "Quarantine.h"

#include "protocol/IngestMessages.h"
#include "store/IngestRepository.h"

namespace srs::server {

// Bringing files into a project, the upload: an ingest request names its files (name, size,
// SHA-256, what each is and why it is needed); their bytes come in chunks of the size the
// server fixed when the request was made, in any order and as often as need be, each checked
// against its SHA-256 and written into the quarantine folder; finishing checks every whole file
// against its declared SHA-256. Nothing is held whole in memory, and nothing leaves the
// quarantine folder here. Finishing moves the request to "checking" and wakes the automatic
// checks (IngestCheckRunner, on its own thread), which move it on to "awaiting-review".
//
// Policy. Every route is about one project and asks what the project routes ask: a project the
// caller is not a member of does not exist for them (404), one they may not open from this
// setting now is refused with the policy's reason (so only members of an active project, from a
// setting that may open it, get anywhere). The project's members may see its ingest requests;
// only the person who made a request may send its chunks, finish it or cancel it
// (ingest.not-requester): what the files are is their declaration.
//
// The files' kinds, findings and profiles are shown to the person who made the request only.
//
// Audit: "ingest.created", "ingest.uploaded", "ingest.cancelled", and the refusals
// "ingest.refused" (a limit), "ingest.chunk-refused" (a chunk's hash, a different chunk for one
// received, a full disk) and "ingest.file-mismatch" (a whole file's SHA-256 at finish); policy
// refusals as on every route.
class IngestService
{
public:
    explicit IngestService(ServerContext &context);

    [[nodiscard]] Result<protocol::IngestInfo> create(const Caller &caller, const QString &projectId,
                                                      const protocol::IngestCreateRequest &request);
    [[nodiscard]] Result<QList<protocol::IngestInfo>> list(const Caller &caller, const QString &projectId);
    [[nodiscard]] Result<protocol::IngestInfo> get(const Caller &caller, const QString &projectId,
                                                   const QString &ingestId);
    // One chunk: the `chunk`th piece of the file at `position`, whose SHA-256 the caller says is
    // `sha256Hex` (the X-Chunk-SHA256 header).
    [[nodiscard]] Status putChunk(const Caller &caller, const QString &projectId, const QString &ingestId,
                                  int position, int chunk, const QString &sha256Hex, QByteArrayView bytes);
    [[nodiscard]] Result<protocol::IngestMissing> missing(const Caller &caller, const QString &projectId,
                                                          const QString &ingestId);
    [[nodiscard]] Result<protocol::IngestInfo> finish(const Caller &caller, const QString &projectId,
                                                      const QString &ingestId);
    [[nodiscard]] Result<protocol::IngestInfo> cancel(const Caller &caller, const QString &projectId,
                                                      const QString &ingestId);

    // The request as its project's members see it (and checkers, inside their review context);
    // `withChecks`: with the files' kinds, findings and profiles (for the person who made it, and
    // for checkers).
    [[nodiscard]] Result<protocol::IngestInfo> describe(const store::IngestRecord &record, bool withChecks);

private:
    // The request, if the caller may open its project (and, when `mustBeRequester`, made it).
    [[nodiscard]] Result<store::IngestRecord> load(const Caller &caller, const QString &projectId,
                                                   const QString &ingestId, bool mustBeRequester);
    [[nodiscard]] static protocol::IngestMissing missingOf(const store::IngestRecord &record,
                                                           const QList<store::IngestChunkRecord> &chunks);
    void audit(const Caller &caller, const QString &action, const QString &ingestOrProject,
               const QJsonObject &details);

    ServerContext &m_context;
    Quarantine m_quarantine;
};

} // namespace srs::server
