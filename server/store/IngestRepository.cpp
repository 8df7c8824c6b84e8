#include "IngestRepository.h"

#include "Database.h"

namespace srs::store {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString RequestColumns =
    u"id, project_id, requester_id, created_at, updated_at, state, reason, chunk_bytes, total_bytes, "
    u"waiting_reason, approvals_needed"_s;

IngestRecord readRequest(const QSqlQuery &q)
{
    IngestRecord r;
    r.id = q.value(0).toString();
    r.projectId = q.value(1).toString();
    r.requesterId = q.value(2).toString();
    r.createdAt = Database::decodeTime(q.value(3));
    r.updatedAt = Database::decodeTime(q.value(4));
    r.state = q.value(5).toString();
    r.reason = q.value(6).toString();
    r.chunkBytes = q.value(7).toLongLong();
    r.totalBytes = q.value(8).toLongLong();
    r.waitingReason = q.value(9).toString();
    r.approvalsNeeded = q.value(10).toInt();
    return r;
}

} // namespace

Status IngestRepository::create(const IngestRecord &record)
{
    return m_db.transaction([&]() -> Status {
        auto ins = m_db.exec(
            u"INSERT INTO ingest_requests (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(
                RequestColumns),
            {record.id, record.projectId, record.requesterId, Database::encodeTime(record.createdAt),
             Database::encodeTime(record.updatedAt), record.state, Database::requiredText(record.reason),
             record.chunkBytes, record.totalBytes, Database::requiredText(record.waitingReason),
             record.approvalsNeeded});
        if (!ins)
            return ins.error();
        for (const IngestFileRecord &f : record.files) {
            auto file = m_db.exec(
                u"INSERT INTO ingest_files (ingest_id, position, name, size, sha256, description) "
                u"VALUES (?, ?, ?, ?, ?, ?)"_s,
                {record.id, f.position, f.name, f.size, f.sha256, Database::requiredText(f.description)});
            if (!file)
                return file.error();
        }
        return {};
    });
}

Result<QList<IngestFileRecord>> IngestRepository::filesOf(const QString &id)
{
    auto q =
        m_db.exec(u"SELECT position, name, size, sha256, description, kind, media_type, findings, profile, "
                  u"checked_at FROM ingest_files WHERE ingest_id = ? ORDER BY position"_s,
                  {id});
    if (!q)
        return q.error();
    QList<IngestFileRecord> out;
    while (q->next()) {
        IngestFileRecord f;
        f.position = q->value(0).toInt();
        f.name = q->value(1).toString();
        f.size = q->value(2).toLongLong();
        f.sha256 = q->value(3).toString();
        f.description = q->value(4).toString();
        f.kind = q->value(5).toString();
        f.mediaType = q->value(6).toString();
        f.findingsJson = q->value(7).toString().toUtf8();
        f.profileJson = q->value(8).toString().toUtf8();
        if (!q->value(9).isNull())
            f.checkedAt = Database::decodeTime(q->value(9));
        out.append(std::move(f));
    }
    return out;
}

Result<IngestRecord> IngestRepository::find(const QString &id)
{
    // No transaction of its own (a not-found inside one would fail the caller's): a request's
    // files never change once it is made.
    auto q = m_db.exec(u"SELECT %1 FROM ingest_requests WHERE id = ?"_s.arg(RequestColumns), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(u"There is no ingest request %1."_s.arg(id));
    IngestRecord r = readRequest(*q);
    auto files = filesOf(id);
    if (!files)
        return files.error();
    r.files = std::move(files).value();
    return r;
}

Result<QList<IngestRecord>> IngestRepository::listForProject(const QString &projectId)
{
    return m_db.readTransaction([&]() -> Result<QList<IngestRecord>> {
        auto q = m_db.exec(
            u"SELECT %1 FROM ingest_requests WHERE project_id = ? ORDER BY created_at DESC, id"_s.arg(
                RequestColumns),
            {projectId});
        if (!q)
            return q.error();
        QList<IngestRecord> out;
        while (q->next())
            out.append(readRequest(*q));
        for (IngestRecord &r : out) {
            auto files = filesOf(r.id);
            if (!files)
                return files.error();
            r.files = std::move(files).value();
        }
        return out;
    });
}

Result<qint64> IngestRepository::projectBytes(const QString &projectId)
{
    auto q = m_db.exec(
        u"SELECT COALESCE(SUM(total_bytes), 0) FROM ingest_requests WHERE project_id = ? AND state <> ?"_s,
        {projectId, ingeststate::Cancelled});
    if (!q)
        return q.error();
    if (!q->next())
        return qint64(0);
    return q->value(0).toLongLong();
}

Result<QList<IngestChunkRecord>> IngestRepository::chunks(const QString &id)
{
    auto q = m_db.exec(
        u"SELECT position, chunk, byte_offset, length, sha256 FROM ingest_chunks WHERE ingest_id = ? "
        u"ORDER BY position, chunk"_s,
        {id});
    if (!q)
        return q.error();
    QList<IngestChunkRecord> out;
    while (q->next())
        out.append({q->value(0).toInt(), q->value(1).toInt(), q->value(2).toLongLong(),
                    q->value(3).toLongLong(), q->value(4).toString()});
    return out;
}

Result<std::optional<QString>> IngestRepository::chunkSha256(const QString &id, int position, int chunk)
{
    auto q =
        m_db.exec(u"SELECT sha256 FROM ingest_chunks WHERE ingest_id = ? AND position = ? AND chunk = ?"_s,
                  {id, position, chunk});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<QString>();
    return std::optional<QString>(q->value(0).toString());
}

Result<bool> IngestRepository::recordChunk(const QString &id, const IngestChunkRecord &chunk,
                                           const QDateTime &at)
{
    auto q = m_db.exec(u"INSERT INTO ingest_chunks (ingest_id, position, chunk, byte_offset, length, sha256, "
                       u"received_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                       u"ON CONFLICT (ingest_id, position, chunk) DO NOTHING"_s,
                       {id, chunk.position, chunk.chunk, chunk.offset, chunk.length, chunk.sha256,
                        Database::encodeTime(at)});
    if (!q)
        return q.error();
    return q->numRowsAffected() > 0;
}

Status IngestRepository::forgetChunks(const QString &id, int position)
{
    auto q = m_db.exec(u"DELETE FROM ingest_chunks WHERE ingest_id = ? AND position = ?"_s, {id, position});
    if (!q)
        return q.error();
    return {};
}

Status IngestRepository::setState(const QString &id, const QString &from, const QString &to,
                                  const QDateTime &at)
{
    const Status s = m_db.execChanging(
        u"UPDATE ingest_requests SET state = ?, updated_at = ? WHERE id = ? AND state = ?"_s,
        {to, Database::encodeTime(at), id, from});
    if (!s && s.code() == StoreError::Code::NotFound)
        return StoreError{StoreError::Code::Conflict, u"ingest request %1 is no longer %2"_s.arg(id, from)};
    return s;
}

Result<QStringList> IngestRepository::idsInState(const QString &state)
{
    auto q = m_db.exec(u"SELECT id FROM ingest_requests WHERE state = ? ORDER BY updated_at, id"_s, {state});
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Status IngestRepository::recordChecks(const QString &id, const IngestFileRecord &file)
{
    return m_db.execChanging(u"UPDATE ingest_files SET kind = ?, media_type = ?, findings = ?, profile = ?, "
                             u"checked_at = ? WHERE ingest_id = ? AND position = ?"_s,
                             {Database::requiredText(file.kind), Database::requiredText(file.mediaType),
                              QString::fromUtf8(file.findingsJson), QString::fromUtf8(file.profileJson),
                              Database::encodeTime(file.checkedAt), id, file.position});
}

Result<bool> IngestRepository::setWaitingReason(const QString &id, const QString &reason, const QDateTime &at)
{
    auto q = m_db.exec(
        u"UPDATE ingest_requests SET waiting_reason = ?, updated_at = ? WHERE id = ? AND "
        u"waiting_reason <> ?"_s,
        {Database::requiredText(reason), Database::encodeTime(at), id, Database::requiredText(reason)});
    if (!q)
        return q.error();
    return q->numRowsAffected() > 0;
}

} // namespace srs::store
