#pragma once

#include "AccountService.h"
#include "ServerContext.h"

#include "domain/Notification.h"
#include "domain/Result.h"
#include "protocol/NotificationMessages.h"
#include "store/StoreResult.h"

#include <QDate>
#include <QStringList>

namespace srs::server {

// The notification centre's side of the server: notices of status changes made in the
// transaction of the change they tell of (so a change and its notice are written together or
// not at all), and each person's notices listed and marked read. E-mail is NotificationMailer's.
class NotificationService
{
public:
    explicit NotificationService(ServerContext &context) : m_context(context) {}

    // Adds the notice for each of `userIds` (once each; empty ids ignored). Called inside the
    // caller's transaction. With a `dedupeKey`, each person's notice is made once only (the
    // key is made per person).
    [[nodiscard]] static store::Status notify(store::Database &db, const QStringList &userIds,
                                              const domain::Notice &notice, const QDateTime &now,
                                              const QString &dedupeKey = {});
    // Everyone holding `role` and not disabled (administrators to decide an extension...).
    [[nodiscard]] static store::Result<QStringList> holdersOf(store::Database &db, domain::Role role);
    // Every member of the project, the lead included.
    [[nodiscard]] static QStringList membersOf(const domain::Project &project);

    // The caller's newest notices and how many are unread.
    [[nodiscard]] Result<protocol::NotificationList> list(const Caller &caller);
    // Marks the caller's notices read; ids of notices that are not the caller's change nothing.
    [[nodiscard]] srs::Status markRead(const Caller &caller, const protocol::MarkReadRequest &request);

    // The sweep, for notices made by time rather than by someone's action: each member of an
    // active project is told once for each end-date warning it comes within
    // (projects.end_warning_days; an extension starts them again). Answers how many were made.
    [[nodiscard]] store::Result<int> sweep(QDate today);

private:
    ServerContext &m_context;
};

} // namespace srs::server
