#pragma once

// The notification centre: a person's notices of status changes (domain/Notification.h), newest
// first, with how many are unread, and marking some or all of them read. Read or unread is kept
// on the server, per person.

#include "domain/Notification.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace srs::protocol {

namespace notificationlimits {
inline constexpr int MaxListed = 200;     // the newest notices an answer lists
inline constexpr int MaxMarked = 200;     // ids in one request to mark read
inline constexpr qsizetype MaxText = 400; // subject, state and detail, each
} // namespace notificationlimits

struct NotificationInfo
{
    QString id;
    // As sent: a kind this client does not know (a newer server) is still listed, worded plainly.
    QString kind;
    domain::Notice notice;
    QDateTime createdAt;
    bool read = false;

    friend bool operator==(const NotificationInfo &, const NotificationInfo &) = default;
};

// 200 answer to GET /api/v1/notifications.
struct NotificationList
{
    int unread = 0; // all the person's unread notices, listed or not
    QList<NotificationInfo> items;

    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<NotificationList> fromJson(QByteArrayView body);
    friend bool operator==(const NotificationList &, const NotificationList &) = default;
};

// POST /api/v1/notifications/read: the notices to mark read, or every one (`all`).
struct MarkReadRequest
{
    QStringList ids;
    bool all = false;

    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<MarkReadRequest> fromJson(QByteArrayView body);
    friend bool operator==(const MarkReadRequest &, const MarkReadRequest &) = default;
};

} // namespace srs::protocol
