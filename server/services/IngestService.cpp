#include "IngestService.h"

#include "ProjectService.h"
#include "RecordId.h"
#include "ServiceError.h"

#include "crypto/Crypto.h"
#include "protocol/Messages.h"
#include "store/AuditLog.h"
#include "store/IngestReviewRepository.h"
#include "store/UserRepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcIngest, "srs.server.ingest")

namespace srs::server {

using namespace Qt::Literals::StringLiterals;
namespace ingesterr = protocol::ingesterr;

namespace {

Error ingestError(const char *code, const QString &message, const QString &field = {})
{
    return Error{QString::fromLatin1(code), message, field};
}

qint64 chunkCount(qint64 size, qint64 chunkBytes)
{
    return chunkBytes <= 0 ? 0 : (size + chunkBytes - 1) / chunkBytes;
}

} // namespace

IngestService::IngestService(ServerContext &context)
    : m_context(context), m_quarantine(context.config().effectiveQuarantineDir())
{}

void IngestService::audit(const Caller &caller, const QString &action, const QString &subject,
                          const QJsonObject &details)
{
    auto event = store::AuditLog(m_context.database())
                     .append(caller.user.id, action, subject, details, m_context.now());
    if (!event)
        qCWarning(lcIngest, "recording the audit event %s failed: %s", qUtf8Printable(action),
                  qUtf8Printable(event.errorString()));
}

Result<store::IngestRecord> IngestService::load(const Caller &caller, const QString &projectId,
                                                const QString &ingestId, bool mustBeRequester)
{
    auto project = ProjectService(m_context).openable(caller, projectId);
    if (!project)
        return project.error();
    const Error notFound{svc::NotFound, u"Project %1 has no ingest request %2."_s.arg(projectId, ingestId)};
    auto record = store::IngestRepository(m_context.database()).find(ingestId);
    if (!record) {
        if (record.code() == store::StoreError::Code::NotFound)
            return notFound;
        return internalError(record.errorString());
    }
    if (record.value().projectId != projectId)
        return notFound;
    if (mustBeRequester && record.value().requesterId != caller.user.id)
        return ingestError(
            ingesterr::NotRequester,
            u"Only the person who made ingest request %1 may send its files, finish it or cancel it."_s.arg(
                ingestId));
    return std::move(record).value();
}

protocol::IngestMissing IngestService::missingOf(const store::IngestRecord &record,
                                                 const QList<store::IngestChunkRecord> &chunks)
{
    protocol::IngestMissing m;
    m.id = record.id;
    m.state = record.state;
    m.chunkBytes = record.chunkBytes;
    QHash<int, QSet<int>> received;
    QHash<int, qint64> receivedBytes;
    for (const store::IngestChunkRecord &c : chunks) {
        received[c.position].insert(c.chunk);
        receivedBytes[c.position] += c.length;
    }
    for (const store::IngestFileRecord &f : record.files) {
        protocol::IngestMissing::File file;
        file.index = f.position;
        file.size = f.size;
        file.receivedBytes = receivedBytes.value(f.position);
        const QSet<int> have = received.value(f.position);
        const qint64 count = chunkCount(f.size, record.chunkBytes);
        for (qint64 n = 0; n < count; ++n) {
            if (have.contains(static_cast<int>(n)))
                continue;
            const qint64 offset = n * record.chunkBytes;
            const qint64 length = qMin(record.chunkBytes, f.size - offset);
            if (!file.missing.isEmpty() &&
                file.missing.constLast().offset + file.missing.constLast().length == offset)
                file.missing.last().length += length;
            else
                file.missing.append({offset, length});
        }
        m.files.append(file);
    }
    return m;
}

Result<protocol::IngestInfo> IngestService::describe(const store::IngestRecord &record, bool withChecks)
{
    auto chunks = store::IngestRepository(m_context.database()).chunks(record.id);
    if (!chunks)
        return internalError(chunks.errorString());
    QHash<int, qint64> received;
    for (const store::IngestChunkRecord &c : chunks.value())
        received[c.position] += c.length;
    protocol::IngestInfo info;
    info.id = record.id;
    info.projectId = record.projectId;
    info.requesterId = record.requesterId;
    if (auto user = store::UserRepository(m_context.database()).findById(record.requesterId))
        info.requesterName = user.value().profile.displayName;
    info.createdAt = record.createdAt;
    info.updatedAt = record.updatedAt;
    info.state = record.state;
    info.reason = record.reason;
    info.waitingReason = record.waitingReason;
    info.chunkBytes = record.chunkBytes;
    // The checkers' decisions, once there are any: each file's, where it was delivered, and
    // the comment of the checker who rejected it (the reason, for the person who asked).
    QHash<int, store::IngestFileReviewRecord> decisions;
    QHash<int, QString> rejections;
    if (record.state == store::ingeststate::AwaitingReview || record.state == store::ingeststate::Decided) {
        store::IngestReviewRepository reviews(m_context.database());
        auto files = reviews.files(record.id);
        if (!files)
            return internalError(files.errorString());
        for (const store::IngestFileReviewRecord &f : files.value())
            decisions.insert(f.position, f);
        if (withChecks) {
            auto votes = reviews.votes(record.id);
            if (!votes)
                return internalError(votes.errorString());
            for (const store::IngestVoteRecord &v : votes.value())
                if (v.decision == u"reject")
                    rejections.insert(v.position, v.comment);
        }
    }
    for (const store::IngestFileRecord &f : record.files) {
        protocol::IngestFileInfo file;
        file.index = f.position;
        file.spec = {f.name, f.size, f.sha256, f.description};
        file.receivedBytes = received.value(f.position);
        // The checks' results only for the person who made the request: another member sees
        // that the request exists, not what was found in its files.
        if (withChecks && f.checkedAt.isValid()) {
            file.kind = f.kind;
            file.mediaType = f.mediaType;
            file.checked = true;
            file.findings = protocol::decodeIngestFindings(f.findingsJson);
            file.profile = QJsonDocument::fromJson(f.profileJson).object();
        }
        if (const auto d = decisions.constFind(f.position); d != decisions.constEnd()) {
            file.decision = d->decision;
            file.deliveredPath = d->deliveredPath;
            if (d->decision == u"rejected")
                file.decisionComment = rejections.value(f.position);
        }
        info.files.append(file);
    }
    return info;
}

Result<protocol::IngestInfo> IngestService::create(const Caller &caller, const QString &projectId,
                                                   const protocol::IngestCreateRequest &request)
{
    auto project = ProjectService(m_context).openable(caller, projectId);
    if (!project)
        return project.error();
    const ServerConfig &config = m_context.config();
    // The limits, each refused naming the limit and its value.
    auto refuse = [&](const QString &limit, const QString &message) -> Error {
        audit(caller, u"ingest.refused"_s, u"project:"_s + projectId,
              QJsonObject{{u"limit"_s, limit}, {u"message"_s, message}});
        return ingestError(ingesterr::LimitExceeded, message);
    };
    if (request.files.size() > config.ingestMaxRequestFiles)
        return refuse(u"ingest.max_request_files"_s,
                      u"This request lists %1 files; the limit ingest.max_request_files is %2 files."_s
                          .arg(request.files.size())
                          .arg(config.ingestMaxRequestFiles));
    qint64 total = 0;
    for (qsizetype i = 0; i < request.files.size(); ++i) {
        const protocol::IngestFileSpec &f = request.files.at(i);
        if (f.size > config.ingestMaxFileBytes)
            return refuse(
                u"ingest.max_file_bytes"_s,
                u"File \"%1\" is %2 bytes; the limit ingest.max_file_bytes is %3 bytes a file."_s.arg(f.name)
                    .arg(f.size)
                    .arg(config.ingestMaxFileBytes));
        total += f.size;
    }
    if (total > config.ingestMaxRequestBytes)
        return refuse(
            u"ingest.max_request_bytes"_s,
            u"This request's files come to %1 bytes; the limit ingest.max_request_bytes is %2 bytes a "
            u"request."_s.arg(total)
                .arg(config.ingestMaxRequestBytes));

    store::IngestRecord record;
    record.id = newRecordId(u'I');
    record.projectId = projectId;
    record.requesterId = caller.user.id;
    record.createdAt = m_context.now();
    record.updatedAt = record.createdAt;
    record.state = store::ingeststate::Uploading;
    record.reason = request.reason;
    record.chunkBytes = config.effectiveIngestChunkBytes();
    record.totalBytes = total;
    record.approvalsNeeded = config.ingestApprovalsNeeded;
    QJsonArray names;
    for (qsizetype i = 0; i < request.files.size(); ++i) {
        const protocol::IngestFileSpec &f = request.files.at(i);
        store::IngestFileRecord file;
        file.position = int(i);
        file.name = f.name;
        file.size = f.size;
        file.sha256 = f.sha256;
        file.description = f.description;
        record.files.append(file);
        names.append(QJsonObject{{u"name"_s, f.name}, {u"size"_s, f.size}, {u"sha256"_s, f.sha256}});
    }
    if (const Status prepared = m_quarantine.prepare(record.id, int(record.files.size())); !prepared)
        return prepared.error();

    store::Database &db = m_context.database();
    std::optional<Error> overProject;
    const store::Status written = db.transaction([&]() -> store::Status {
        // The project's row is locked first, so that two requests made at once are counted one
        // after the other against the project's limit.
        auto lock = db.exec(u"UPDATE projects SET workspace_revision = workspace_revision WHERE id = ?"_s,
                            {projectId});
        if (!lock)
            return lock.error();
        auto used = store::IngestRepository(db).projectBytes(projectId);
        if (!used)
            return used.error();
        if (used.value() + total > config.ingestMaxProjectBytes) {
            overProject =
                Error{QString::fromLatin1(ingesterr::LimitExceeded),
                      u"Project %1 already has %2 bytes in ingest requests and this request adds %3; the "
                      u"limit ingest.max_project_bytes is %4 bytes a project."_s.arg(projectId)
                          .arg(used.value())
                          .arg(total)
                          .arg(config.ingestMaxProjectBytes)};
            return store::StoreError{store::StoreError::Code::Invalid, u"over the project's limit"_s};
        }
        if (const store::Status s = store::IngestRepository(db).create(record); !s)
            return s;
        auto event = store::AuditLog(db).append(caller.user.id, u"ingest.created"_s, u"ingest:"_s + record.id,
                                                QJsonObject{{u"project"_s, projectId},
                                                            {u"files"_s, names},
                                                            {u"total_bytes"_s, total},
                                                            {u"chunk_bytes"_s, record.chunkBytes}},
                                                record.createdAt);
        if (!event)
            return event.error();
        return {};
    });
    if (!written) {
        (void)m_quarantine.remove(record.id);
        if (overProject)
            return refuse(u"ingest.max_project_bytes"_s, overProject->message);
        return internalError(written.errorString());
    }
    return describe(record, true);
}

Result<QList<protocol::IngestInfo>> IngestService::list(const Caller &caller, const QString &projectId)
{
    auto project = ProjectService(m_context).openable(caller, projectId);
    if (!project)
        return project.error();
    auto records = store::IngestRepository(m_context.database()).listForProject(projectId);
    if (!records)
        return internalError(records.errorString());
    QList<protocol::IngestInfo> out;
    for (const store::IngestRecord &r : records.value()) {
        auto info = describe(r, r.requesterId == caller.user.id);
        if (!info)
            return info.error();
        out.append(std::move(info).value());
    }
    return out;
}

Result<protocol::IngestInfo> IngestService::get(const Caller &caller, const QString &projectId,
                                                const QString &ingestId)
{
    auto record = load(caller, projectId, ingestId, false);
    if (!record)
        return record.error();
    return describe(record.value(), record.value().requesterId == caller.user.id);
}

Status IngestService::putChunk(const Caller &caller, const QString &projectId, const QString &ingestId,
                               int position, int chunk, const QString &sha256Hex, QByteArrayView bytes)
{
    auto loaded = load(caller, projectId, ingestId, true);
    if (!loaded)
        return loaded.error();
    const store::IngestRecord &record = loaded.value();
    if (record.state != store::ingeststate::Uploading)
        return ingestError(ingesterr::WrongState, u"Ingest request %1 is %2; it takes no more chunks."_s.arg(
                                                      ingestId, record.state));
    if (position < 0 || position >= record.files.size())
        return Error{svc::NotFound, u"Ingest request %1 has no file %2."_s.arg(ingestId).arg(position)};
    const store::IngestFileRecord &file = record.files.at(position);
    const qint64 count = chunkCount(file.size, record.chunkBytes);
    if (chunk < 0 || chunk >= count)
        return ingestError(
            ingesterr::ChunkInvalid,
            u"File %1 (\"%2\") has %3 chunks of %4 bytes; there is no chunk %5."_s.arg(position)
                .arg(file.name)
                .arg(count)
                .arg(record.chunkBytes)
                .arg(chunk));
    const qint64 offset = qint64(chunk) * record.chunkBytes;
    const qint64 length = qMin(record.chunkBytes, file.size - offset);
    if (bytes.size() != length)
        return ingestError(
            ingesterr::ChunkInvalid,
            u"Chunk %1 of file %2 is %3 bytes long, not %4."_s.arg(chunk).arg(position).arg(length).arg(
                bytes.size()));
    const QString declared = sha256Hex.trimmed().toLower();
    if (!protocol::isSha256Hex(declared))
        return ingestError(ingesterr::ChunkInvalid,
                           u"Send the chunk's SHA-256 in the %1 header, as 64 hexadecimal digits."_s.arg(
                               QLatin1StringView(protocol::ChunkSha256Header)));
    const QJsonObject where{{u"project"_s, projectId}, {u"file"_s, position}, {u"chunk"_s, chunk}};
    auto refuseChunk = [&](const Error &e) -> Error {
        QJsonObject details = where;
        details.insert(u"code"_s, e.code);
        audit(caller, u"ingest.chunk-refused"_s, u"ingest:"_s + ingestId, details);
        return e;
    };
    const QString actual = QString::fromLatin1(crypto::sha256(bytes).toHex());
    if (actual != declared)
        return refuseChunk(
            ingestError(ingesterr::ChunkHashMismatch,
                        u"Chunk %1 of file %2 does not match its SHA-256 (%3 says %4; the bytes "
                        u"received have %5). It was not stored; send it again."_s.arg(chunk)
                            .arg(position)
                            .arg(QLatin1StringView(protocol::ChunkSha256Header), declared, actual)));
    store::IngestRepository repo(m_context.database());
    auto same = [&](const QString &recorded) -> Status {
        if (recorded == actual)
            return {}; // the same chunk again: already stored
        return refuseChunk(ingestError(ingesterr::ChunkConflict,
                                       u"Chunk %1 of file %2 has already been received with other bytes. To "
                                       u"change a file, cancel this request and make another."_s.arg(chunk)
                                           .arg(position)));
    };
    auto recorded = repo.chunkSha256(ingestId, position, chunk);
    if (!recorded)
        return internalError(recorded.errorString());
    if (recorded.value())
        return same(*recorded.value());
    if (const Status written = m_quarantine.write(ingestId, position, offset, bytes); !written) {
        if (written.error().code == QLatin1StringView(ingesterr::StorageFull))
            return refuseChunk(written.error());
        return written.error();
    }
    auto inserted = repo.recordChunk(ingestId, {position, chunk, offset, length, actual}, m_context.now());
    if (!inserted)
        return internalError(inserted.errorString());
    if (!inserted.value()) {
        // Sent twice at once: the other one was recorded first.
        auto again = repo.chunkSha256(ingestId, position, chunk);
        if (!again)
            return internalError(again.errorString());
        if (again.value())
            return same(*again.value());
    }
    return {};
}

Result<protocol::IngestMissing> IngestService::missing(const Caller &caller, const QString &projectId,
                                                       const QString &ingestId)
{
    auto record = load(caller, projectId, ingestId, false);
    if (!record)
        return record.error();
    auto chunks = store::IngestRepository(m_context.database()).chunks(ingestId);
    if (!chunks)
        return internalError(chunks.errorString());
    return missingOf(record.value(), chunks.value());
}

Result<protocol::IngestInfo> IngestService::finish(const Caller &caller, const QString &projectId,
                                                   const QString &ingestId)
{
    auto loaded = load(caller, projectId, ingestId, true);
    if (!loaded)
        return loaded.error();
    store::IngestRecord record = std::move(loaded).value();
    if (record.state != store::ingeststate::Uploading && record.state != store::ingeststate::Cancelled)
        return describe(record, true); // finished before (the answer was lost, say)
    if (record.state != store::ingeststate::Uploading)
        return ingestError(ingesterr::WrongState, u"Ingest request %1 is %2."_s.arg(ingestId, record.state));
    store::IngestRepository repo(m_context.database());
    auto chunks = repo.chunks(ingestId);
    if (!chunks)
        return internalError(chunks.errorString());
    const protocol::IngestMissing missing = missingOf(record, chunks.value());
    for (const protocol::IngestMissing::File &f : missing.files) {
        if (f.missing.isEmpty())
            continue;
        qint64 left = 0;
        for (const auto &range : f.missing)
            left += range.length;
        return ingestError(
            ingesterr::Incomplete,
            u"File %1 (\"%2\") still lacks %3 of its %4 bytes; ask what is missing and send it."_s
                .arg(f.index)
                .arg(record.files.at(f.index).name)
                .arg(left)
                .arg(f.size),
            u"files[%1]"_s.arg(f.index));
    }
    // Every whole file against its declared SHA-256, read from disk in pieces.
    QStringList mismatched;
    QString firstField;
    for (const store::IngestFileRecord &f : record.files) {
        auto digest = m_quarantine.digest(ingestId, f.position);
        if (!digest)
            return digest.error();
        if (digest.value().sha256 == f.sha256 && digest.value().size == f.size)
            continue;
        // The file's chunks are forgotten, so that they can be sent again.
        if (const store::Status forgotten = repo.forgetChunks(ingestId, f.position); !forgotten)
            return internalError(forgotten.errorString());
        if (const Status emptied = m_quarantine.truncate(ingestId, f.position); !emptied)
            return emptied.error();
        audit(caller, u"ingest.file-mismatch"_s, u"ingest:"_s + ingestId,
              QJsonObject{{u"project"_s, projectId},
                          {u"file"_s, f.position},
                          {u"declared_sha256"_s, f.sha256},
                          {u"received_sha256"_s, digest.value().sha256},
                          {u"received_bytes"_s, digest.value().size}});
        mismatched << u"file %1 (\"%2\") has SHA-256 %3, not the %4 declared"_s.arg(f.position)
                          .arg(f.name, digest.value().sha256, f.sha256);
        if (firstField.isEmpty())
            firstField = u"files[%1]"_s.arg(f.position);
    }
    if (!mismatched.isEmpty())
        return ingestError(ingesterr::FileMismatch,
                           u"Not finished: %1. Its chunks have been forgotten; send them again."_s.arg(
                               mismatched.join(u"; "_s)),
                           firstField);
    store::Database &db = m_context.database();
    const QDateTime now = m_context.now();
    const store::Status done = db.transaction([&]() -> store::Status {
        if (const store::Status s =
                repo.setState(ingestId, store::ingeststate::Uploading, store::ingeststate::Checking, now);
            !s)
            return s;
        auto event = store::AuditLog(db).append(
            caller.user.id, u"ingest.uploaded"_s, u"ingest:"_s + ingestId,
            QJsonObject{{u"project"_s, projectId}, {u"files"_s, int(record.files.size())}}, now);
        if (!event)
            return event.error();
        return {};
    });
    if (!done)
        return failedWrite(
            done.error(),
            ingestError(ingesterr::WrongState,
                        u"Ingest request %1 was changed meanwhile; load it again."_s.arg(ingestId)));
    record.state = store::ingeststate::Checking;
    record.updatedAt = now;
    // The automatic checks run on their own thread (IngestCheckRunner), not on this one.
    m_context.wakeIngestChecks();
    return describe(record, true);
}

Result<protocol::IngestInfo> IngestService::cancel(const Caller &caller, const QString &projectId,
                                                   const QString &ingestId)
{
    auto loaded = load(caller, projectId, ingestId, true);
    if (!loaded)
        return loaded.error();
    store::IngestRecord record = std::move(loaded).value();
    if (record.state == store::ingeststate::Cancelled)
        return ingestError(ingesterr::WrongState, u"Ingest request %1 is already cancelled."_s.arg(ingestId));
    if (record.state == store::ingeststate::Decided)
        return ingestError(
            ingesterr::WrongState,
            u"Ingest request %1 has been decided; it can no longer be cancelled."_s.arg(ingestId));
    store::Database &db = m_context.database();
    const QDateTime now = m_context.now();
    const store::Status done = db.transaction([&]() -> store::Status {
        if (const store::Status s = store::IngestRepository(db).setState(ingestId, record.state,
                                                                         store::ingeststate::Cancelled, now);
            !s)
            return s;
        auto event =
            store::AuditLog(db).append(caller.user.id, u"ingest.cancelled"_s, u"ingest:"_s + ingestId,
                                       QJsonObject{{u"project"_s, projectId}, {u"was"_s, record.state}}, now);
        if (!event)
            return event.error();
        return {};
    });
    if (!done)
        return failedWrite(
            done.error(),
            ingestError(ingesterr::WrongState,
                        u"Ingest request %1 was changed meanwhile; load it again."_s.arg(ingestId)));
    // The quarantined files go; the record of what was asked stays.
    if (const Status removed = m_quarantine.remove(ingestId); !removed)
        qCWarning(lcIngest, "deleting the quarantine files of %s failed", qUtf8Printable(ingestId));
    record.state = store::ingeststate::Cancelled;
    record.updatedAt = now;
    return describe(record, true);
}

} // namespace srs::server
