#include "IngestReviewRepository.h"

#include "Database.h"
#include "IngestRepository.h"

#include <QJsonDocument>

namespace srs::store {

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonArray parseFindings(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    return doc.isArray() ? doc.array() : QJsonArray();
}

Result<QStringList> ids(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Result<QList<IngestFileRef>> refs(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<IngestFileRef> out;
    while (q->next())
        out.append(
            {q->value(0).toString(), q->value(1).toString(), q->value(2).toInt(), q->value(3).toString()});
    return out;
}

} // namespace

Status IngestReviewRepository::lockRequest(const QString &ingestId)
{
    if (m_db.backend() != Database::Backend::Postgres)
        return {};
    auto q = m_db.exec(u"SELECT id FROM ingest_requests WHERE id = ? FOR UPDATE"_s, {ingestId});
    if (!q)
        return q.error();
    return {};
}

Result<QStringList> IngestReviewRepository::requestsIn(const QString &state, const QDateTime &since)
{
    if (!since.isValid())
        return ids(
            m_db.exec(u"SELECT id FROM ingest_requests WHERE state = ? ORDER BY created_at, id"_s, {state}));
    return ids(m_db.exec(
        u"SELECT id FROM ingest_requests WHERE state = ? AND updated_at >= ? ORDER BY created_at, id"_s,
        {state, Database::encodeTime(since)}));
}

Result<QStringList> IngestReviewRepository::allRequests()
{
    return ids(m_db.exec(u"SELECT id FROM ingest_requests ORDER BY created_at, id"_s));
}

Result<QList<IngestFileReviewRecord>> IngestReviewRepository::files(const QString &ingestId)
{
    auto q = m_db.exec(u"SELECT position, decision, decided_at, delivered_path, delivery_problem, purged_at, "
                       u"kind, findings FROM ingest_files WHERE ingest_id = ? ORDER BY position"_s,
                       {ingestId});
    if (!q)
        return q.error();
    QList<IngestFileReviewRecord> out;
    while (q->next()) {
        IngestFileReviewRecord f;
        f.position = q->value(0).toInt();
        f.decision = q->value(1).toString();
        f.decidedAt = Database::decodeTime(q->value(2));
        f.deliveredPath = q->value(3).toString();
        f.deliveryProblem = q->value(4).toString();
        f.purgedAt = Database::decodeTime(q->value(5));
        f.kind = q->value(6).toString();
        f.findings = parseFindings(q->value(7).toString());
        out.append(f);
    }
    return out;
}

Result<QList<IngestVoteRecord>> IngestReviewRepository::votes(const QString &ingestId)
{
    auto q = m_db.exec(u"SELECT position, checker_id, decision, comment, voted_at FROM ingest_votes "
                       u"WHERE ingest_id = ? ORDER BY position, voted_at, checker_id"_s,
                       {ingestId});
    if (!q)
        return q.error();
    QList<IngestVoteRecord> out;
    while (q->next())
        out.append({q->value(0).toInt(), q->value(1).toString(), q->value(2).toString(),
                    q->value(3).toString(), Database::decodeTime(q->value(4))});
    return out;
}

Status IngestReviewRepository::addVote(const QString &ingestId, const IngestVoteRecord &vote)
{
    auto q =
        m_db.exec(u"INSERT INTO ingest_votes (ingest_id, position, checker_id, decision, comment, voted_at) "
                  u"VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (ingest_id, position, checker_id) DO NOTHING"_s,
                  {ingestId, vote.position, vote.checkerId, vote.decision,
                   Database::requiredText(vote.comment), Database::encodeTime(vote.votedAt)});
    if (!q)
        return q.error();
    if (q->numRowsAffected() < 1)
        return StoreError{StoreError::Code::Conflict, u"this checker has voted on the file already"_s};
    return {};
}

Status IngestReviewRepository::decide(const QString &ingestId, int position, const QString &decision,
                                      const QDateTime &at)
{
    const Status s = m_db.execChanging(
        u"UPDATE ingest_files SET decision = ?, decided_at = ? WHERE ingest_id = ? AND position = ? "
        u"AND decision = 'pending'"_s,
        {decision, Database::encodeTime(at), ingestId, position});
    if (!s && s.code() == StoreError::Code::NotFound)
        return StoreError{StoreError::Code::Conflict, u"the file has been decided already"_s};
    return s;
}

Status IngestReviewRepository::setDelivered(const QString &ingestId, int position, const QString &path)
{
    return m_db.execChanging(
        u"UPDATE ingest_files SET delivered_path = ?, delivery_problem = '' WHERE ingest_id = ? AND position = ?"_s,
        {path, ingestId, position});
}

Status IngestReviewRepository::setDeliveryProblem(const QString &ingestId, int position,
                                                  const QString &problem)
{
    return m_db.execChanging(
        u"UPDATE ingest_files SET delivery_problem = ? WHERE ingest_id = ? AND position = ?"_s,
        {Database::requiredText(problem), ingestId, position});
}

Status IngestReviewRepository::setPurged(const QString &ingestId, int position, const QDateTime &at)
{
    return m_db.execChanging(
        u"UPDATE ingest_files SET purged_at = ? WHERE ingest_id = ? AND position = ? AND purged_at IS NULL"_s,
        {Database::encodeTime(at), ingestId, position});
}

Result<QList<IngestFileRef>> IngestReviewRepository::undelivered()
{
    return refs(m_db.exec(u"SELECT f.ingest_id, r.project_id, f.position, f.decision FROM ingest_files f "
                          u"JOIN ingest_requests r ON r.id = f.ingest_id "
                          u"WHERE f.decision = 'approved' AND f.delivered_path = '' AND f.purged_at IS NULL "
                          u"ORDER BY f.ingest_id, f.position"_s));
}

Result<QList<IngestFileRef>> IngestReviewRepository::dueForPurge(const QDateTime &cutoff)
{
    return refs(
        m_db.exec(u"SELECT f.ingest_id, r.project_id, f.position, f.decision FROM ingest_files f "
                  u"JOIN ingest_requests r ON r.id = f.ingest_id "
                  u"WHERE f.purged_at IS NULL AND ((f.decision = 'rejected' AND f.decided_at <= ?) "
                  u"OR (r.state = ? AND f.decision <> 'approved' AND r.updated_at <= ?)) "
                  u"ORDER BY f.ingest_id, f.position"_s,
                  {Database::encodeTime(cutoff), ingeststate::Cancelled, Database::encodeTime(cutoff)}));
}

Result<bool> IngestReviewRepository::quarantineEmpty(const QString &ingestId)
{
    auto q = m_db.exec(u"SELECT COUNT(*) FROM ingest_files WHERE ingest_id = ? AND purged_at IS NULL"_s,
                       {ingestId});
    if (!q)
        return q.error();
    return q->next() && q->value(0).toLongLong() == 0;
}

} // namespace srs::store
