#include "NotificationRepository.h"

#include "Database.h"

#include <QSqlQuery>

namespace srs::store {

namespace {

const QString Columns = QStringLiteral(
    "id, user_id, kind, project_id, subject_id, subject, state, detail, created_at, read_at, emailed_at");

// Text as stored: never NULL (an empty text is an empty string).
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString::fromLatin1("")) : QVariant(s);
}

StoredNotification readRow(const QSqlQuery &q)
{
    StoredNotification n;
    n.id = q.value(0).toString();
    n.userId = q.value(1).toString();
    n.kind = q.value(2).toString();
    n.notice.kind =
        domain::notificationKindFromString(n.kind).value_or(domain::NotificationKind::RequestReturned);
    n.notice.projectId = q.value(3).toString();
    n.notice.subjectId = q.value(4).toString();
    n.notice.subject = q.value(5).toString();
    n.notice.state = q.value(6).toString();
    n.notice.detail = q.value(7).toString();
    n.createdAt = Database::decodeTime(q.value(8));
    n.readAt = Database::decodeTime(q.value(9));
    n.emailedAt = Database::decodeTime(q.value(10));
    return n;
}

} // namespace

Result<bool> NotificationRepository::add(const QString &id, const QString &userId,
                                         const domain::Notice &notice, const QDateTime &now,
                                         const QString &dedupeKey)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO notifications (id, user_id, kind, project_id, subject_id, "
                                      "subject, state, detail, dedupe_key, created_at, read_at, emailed_at) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL) "
                                      "ON CONFLICT (dedupe_key) DO NOTHING"),
                       {id, userId, domain::notificationKindToString(notice.kind), text(notice.projectId),
                        text(notice.subjectId), text(notice.subject), text(notice.state), text(notice.detail),
                        dedupeKey.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(dedupeKey),
                        Database::encodeTime(now)});
    if (!q.ok())
        return q.error();
    return q->numRowsAffected() == 1;
}

Result<QList<StoredNotification>> NotificationRepository::forUser(const QString &userId, int limit)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + Columns +
                           QStringLiteral(" FROM notifications WHERE user_id = ? "
                                          "ORDER BY created_at DESC, id DESC LIMIT ?"),
                       {userId, limit});
    if (!q.ok())
        return q.error();
    QList<StoredNotification> out;
    while (q->next())
        out.append(readRow(q.value()));
    return out;
}

Result<int> NotificationRepository::unreadCount(const QString &userId)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT COUNT(*) FROM notifications WHERE user_id = ? AND read_at IS NULL"), {userId});
    if (!q.ok())
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<int> NotificationRepository::markRead(const QString &userId, const QStringList &ids,
                                             const QDateTime &now)
{
    if (ids.isEmpty()) {
        auto q = m_db.exec(
            QStringLiteral("UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL"),
            {Database::encodeTime(now), userId});
        if (!q.ok())
            return q.error();
        return q->numRowsAffected();
    }
    return m_db.transaction([&]() -> Result<int> {
        int changed = 0;
        for (const QString &id : ids) {
            auto q = m_db.exec(QStringLiteral("UPDATE notifications SET read_at = ? WHERE id = ? AND "
                                              "user_id = ? AND read_at IS NULL"),
                               {Database::encodeTime(now), id, userId});
            if (!q.ok())
                return q.error();
            changed += q->numRowsAffected();
        }
        return changed;
    });
}

Result<QList<StoredNotification>> NotificationRepository::unsent(int limit)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + Columns +
                           QStringLiteral(" FROM notifications WHERE emailed_at IS NULL "
                                          "ORDER BY created_at, id LIMIT ?"),
                       {limit});
    if (!q.ok())
        return q.error();
    QList<StoredNotification> out;
    while (q->next())
        out.append(readRow(q.value()));
    return out;
}

Status NotificationRepository::markEmailed(const QString &id, const QDateTime &now)
{
    return m_db.execChanging(QStringLiteral("UPDATE notifications SET emailed_at = ? WHERE id = ?"),
                             {Database::encodeTime(now), id});
}

Status NotificationRepository::markAllEmailed(const QDateTime &now)
{
    auto q = m_db.exec(QStringLiteral("UPDATE notifications SET emailed_at = ? WHERE emailed_at IS NULL"),
                       {Database::encodeTime(now)});
    if (!q.ok())
        return q.error();
    return {};
}

} // namespace srs::store
