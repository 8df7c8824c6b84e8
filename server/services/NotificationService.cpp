#include "NotificationService.h"

#include "BookingService.h"
#include "RecordId.h"
#include "ServiceError.h"

#include "domain/ProjectLifecycle.h"

#include "store/BookingRepository.h"
#include "store/NotificationRepository.h"
#include "store/ProjectRepository.h"
#include "store/UserRepository.h"

namespace srs::server {

using namespace Qt::Literals::StringLiterals;

store::Status NotificationService::notify(store::Database &db, const QStringList &userIds,
                                          const domain::Notice &notice, const QDateTime &now,
                                          const QString &dedupeKey)
{
    store::NotificationRepository repo(db);
    QStringList done;
    for (const QString &userId : userIds) {
        if (userId.isEmpty() || done.contains(userId))
            continue;
        done.append(userId);
        auto added = repo.add(newRecordId(u'N'), userId, notice, now,
                              dedupeKey.isEmpty() ? QString() : dedupeKey + u':' + userId);
        if (!added)
            return added.error();
    }
    return {};
}

store::Result<QStringList> NotificationService::holdersOf(store::Database &db, domain::Role role)
{
    auto people = store::UserRepository(db).list();
    if (!people)
        return people.error();
    QStringList out;
    for (const domain::User &u : people.value()) {
        if (!u.disabled && u.hasRole(role))
            out.append(u.id);
    }
    return out;
}

QStringList NotificationService::membersOf(const domain::Project &project)
{
    QStringList out{project.leadUserId};
    for (const domain::ProjectMember &m : project.members) {
        if (!out.contains(m.userId))
            out.append(m.userId);
    }
    return out;
}

Result<protocol::NotificationList> NotificationService::list(const Caller &caller)
{
    store::NotificationRepository repo(m_context.database());
    auto rows = repo.forUser(caller.user.id, protocol::notificationlimits::MaxListed);
    if (!rows)
        return internalError(rows.errorString());
    auto unread = repo.unreadCount(caller.user.id);
    if (!unread)
        return internalError(unread.errorString());
    protocol::NotificationList out;
    out.unread = unread.value();
    for (const store::StoredNotification &n : rows.value()) {
        protocol::NotificationInfo info;
        info.id = n.id;
        info.kind = n.kind;
        info.notice = n.notice;
        // Texts are bounded on the wire: a long title is cut, never refused at the reader.
        for (QString *text : {&info.notice.subject, &info.notice.state, &info.notice.detail}) {
            if (text->size() > protocol::notificationlimits::MaxText)
                *text = text->left(protocol::notificationlimits::MaxText - 1) + QChar(0x2026);
        }
        info.createdAt = n.createdAt;
        info.read = n.readAt.isValid();
        out.items.append(info);
    }
    return out;
}

srs::Status NotificationService::markRead(const Caller &caller, const protocol::MarkReadRequest &request)
{
    auto changed = store::NotificationRepository(m_context.database())
                       .markRead(caller.user.id, request.all ? QStringList() : request.ids, m_context.now());
    if (!changed)
        return internalError(changed.errorString());
    return {};
}

store::Result<int> NotificationService::sweep(QDate today)
{
    store::Database &db = m_context.database();
    auto projects = store::ProjectRepository(db).list();
    if (!projects)
        return projects.error();
    int made = 0;
    for (const domain::Project &p : projects.value()) {
        const std::optional<int> due = domain::endWarningDue(p, today, m_context.config().endWarningDays);
        if (!due)
            continue;
        const QString lastDay = p.effectiveEndDate().toString(Qt::ISODate);
        const domain::Notice notice{domain::NotificationKind::EndDateNear,
                                    p.id,
                                    p.id,
                                    p.title,
                                    QString::number(today.daysTo(p.effectiveEndDate())),
                                    lastDay};
        // Once per warning and end date, whichever server sweeps first.
        const QString key = u"end-date:%1:%2:%3"_s.arg(p.id, lastDay).arg(*due);
        auto written = db.transaction([&]() -> store::Result<int> {
            int count = 0;
            store::NotificationRepository repo(db);
            for (const QString &userId : membersOf(p)) {
                auto added =
                    repo.add(newRecordId(u'N'), userId, notice, m_context.now(), key + u':' + userId);
                if (!added)
                    return added.error();
                count += added.value() ? 1 : 0;
            }
            return count;
        });
        if (!written)
            return written.error();
        made += written.value();
    }
    // Safe-room bookings tomorrow: each person told once per booking.
    auto tomorrow = BookingService(m_context).bookingsOn(today.addDays(1));
    if (!tomorrow)
        return store::StoreError{store::StoreError::Code::Database, tomorrow.error().message};
    auto rooms = store::BookingRepository(db).rooms(today);
    for (const domain::Booking &b : tomorrow.value()) {
        QString room = b.siteId;
        if (rooms) {
            for (const domain::SafeRoom &r : rooms.value()) {
                if (r.siteId == b.siteId)
                    room = r.name;
            }
        }
        const domain::Notice notice{domain::NotificationKind::BookingTomorrow,
                                    b.projectId,
                                    b.id,
                                    u"%1, %2"_s.arg(room, b.terminal),
                                    domain::bookingSlotToString(b.slot),
                                    b.date.toString(Qt::ISODate)};
        auto added = store::NotificationRepository(db).add(newRecordId(u'N'), b.userId, notice,
                                                           m_context.now(), u"booking-tomorrow:"_s + b.id);
        if (!added)
            return added.error();
        made += added.value() ? 1 : 0;
    }
    return made;
}

} // namespace srs::server
