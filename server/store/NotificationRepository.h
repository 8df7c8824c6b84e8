#pragma once

#include "StoreResult.h"

#include "domain/Notification.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace srs::store {

class Database;

// A notice as stored for one person.
struct StoredNotification
{
    QString id;
    QString userId;
    QString kind; // as domain::notificationKindToString; kept as text so an old row still reads
    domain::Notice notice;
    QDateTime createdAt;
    QDateTime readAt; // null: unread
    QDateTime emailedAt;
};

// Each person's notices of status changes (see domain/Notification.h): added in the transaction
// of the change they tell of, read and marked read by their person only, and e-mailed once.
class NotificationRepository
{
public:
    explicit NotificationRepository(Database &db) : m_db(db) {}

    // Adds a notice. With a `dedupeKey`, a notice already made with that key is not made again
    // (the answer is then false).
    [[nodiscard]] Result<bool> add(const QString &id, const QString &userId, const domain::Notice &notice,
                                   const QDateTime &now, const QString &dedupeKey = {});
    // The person's newest notices first, at most `limit`.
    [[nodiscard]] Result<QList<StoredNotification>> forUser(const QString &userId, int limit);
    [[nodiscard]] Result<int> unreadCount(const QString &userId);
    // Marks the person's notices read: those of `ids`, or every one when `ids` is empty. Others'
    // notices are never touched. Answers how many changed.
    [[nodiscard]] Result<int> markRead(const QString &userId, const QStringList &ids, const QDateTime &now);
    // Notices not yet e-mailed, oldest first.
    [[nodiscard]] Result<QList<StoredNotification>> unsent(int limit);
    [[nodiscard]] Status markEmailed(const QString &id, const QDateTime &now);
    // Marks every unsent notice as needing no e-mail (no SMTP server is set).
    [[nodiscard]] Status markAllEmailed(const QDateTime &now);

private:
    Database &m_db;
};

} // namespace srs::store
