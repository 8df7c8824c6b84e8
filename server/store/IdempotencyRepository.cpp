#include "IdempotencyRepository.h"

#include "Database.h"

namespace srs::store {

using namespace Qt::Literals::StringLiterals;

Result<std::optional<IdempotencyRecord>> IdempotencyRepository::find(const QString &userId,
                                                                     const QString &key)
{
    auto q = m_db.exec(u"SELECT route, request_sha256, resource, created_at FROM idempotency_keys "
                       "WHERE user_id = ? AND idem_key = ?"_s,
                       {userId, key});
    if (!q)
        return q.error();
    QSqlQuery &query = q.value();
    if (!query.next())
        return std::optional<IdempotencyRecord>{};
    IdempotencyRecord r;
    r.userId = userId;
    r.key = key;
    r.route = query.value(0).toString();
    r.requestSha256 = query.value(1).toString();
    r.resource = query.value(2).toString();
    r.createdAt = Database::decodeTime(query.value(3));
    return std::optional<IdempotencyRecord>{std::move(r)};
}

Status IdempotencyRepository::insert(const IdempotencyRecord &record)
{
    return m_db.execChanging(
        u"INSERT INTO idempotency_keys (user_id, idem_key, route, request_sha256, resource, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
        {record.userId, record.key, record.route, record.requestSha256, record.resource,
         Database::encodeTime(record.createdAt)});
}

Result<int> IdempotencyRepository::purgeBefore(const QDateTime &before)
{
    auto q =
        m_db.exec(u"DELETE FROM idempotency_keys WHERE created_at < ?"_s, {Database::encodeTime(before)});
    if (!q)
        return q.error();
    return q.value().numRowsAffected();
}

} // namespace srs::store
