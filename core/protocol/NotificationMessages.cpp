#include "NotificationMessages.h"

#include "JsonReader.h"
#include "WireFields.h"

#include <QJsonArray>

namespace srs::protocol {

using namespace Qt::Literals::StringLiterals;
using namespace wire;

QByteArray NotificationList::toJson() const
{
    QJsonArray list;
    for (const NotificationInfo &n : items)
        list.append(QJsonObject{{u"id"_s, n.id},
                                {u"kind"_s, n.kind},
                                {u"project_id"_s, n.notice.projectId},
                                {u"subject_id"_s, n.notice.subjectId},
                                {u"subject"_s, n.notice.subject},
                                {u"state"_s, n.notice.state},
                                {u"detail"_s, n.notice.detail},
                                {u"created_at"_s, time(n.createdAt)},
                                {u"read"_s, n.read}});
    return compact(QJsonObject{{u"unread"_s, unread}, {u"items"_s, list}});
}

Result<NotificationList> NotificationList::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"notifications"_s);
    NotificationList out;
    out.unread = static_cast<int>(r.integer("unread"_L1));
    for (JsonReader &item : boundedList(r, "items"_L1, notificationlimits::MaxListed, true)) {
        NotificationInfo n;
        n.id = boundedString(item, "id"_L1, 64, true);
        n.kind = boundedString(item, "kind"_L1, 64, true);
        n.notice.kind =
            domain::notificationKindFromString(n.kind).value_or(domain::NotificationKind::RequestReturned);
        n.notice.projectId = boundedString(item, "project_id"_L1, 64, false);
        n.notice.subjectId = boundedString(item, "subject_id"_L1, 64, false);
        n.notice.subject = boundedString(item, "subject"_L1, notificationlimits::MaxText, false);
        n.notice.state = boundedString(item, "state"_L1, notificationlimits::MaxText, false);
        n.notice.detail = boundedString(item, "detail"_L1, notificationlimits::MaxText, false);
        n.createdAt = item.time("created_at"_L1);
        n.read = item.boolean("read"_L1);
        out.items.append(n);
    }
    if (!r.ok())
        return r.error();
    if (out.unread < 0)
        return Error{u"bad-request"_s, u"notifications.unread: must not be negative"_s, u"unread"_s};
    return out;
}

QByteArray MarkReadRequest::toJson() const
{
    QJsonObject o{{u"all"_s, all}};
    if (!all)
        o.insert(u"ids"_s, QJsonArray::fromStringList(ids));
    return compact(o);
}

Result<MarkReadRequest> MarkReadRequest::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"mark-read"_s);
    r.rejectUnknown({"ids"_L1, "all"_L1});
    MarkReadRequest m;
    m.all = r.json().contains("all"_L1) ? r.boolean("all"_L1) : false;
    if (r.json().contains("ids"_L1))
        m.ids = r.stringList("ids"_L1);
    if (!r.ok())
        return r.error();
    if (m.all == !m.ids.isEmpty())
        return Error{u"bad-request"_s, u"mark-read: give either \"ids\" or \"all\": true"_s, u"ids"_s};
    if (m.ids.size() > notificationlimits::MaxMarked)
        return Error{u"bad-request"_s,
                     u"mark-read.ids: at most %1 at a time"_s.arg(notificationlimits::MaxMarked), u"ids"_s};
    for (const QString &id : std::as_const(m.ids)) {
        if (id.isEmpty() || id.size() > 64)
            return Error{u"bad-request"_s, u"mark-read.ids: an id is empty or too long"_s, u"ids"_s};
    }
    return m;
}

} // namespace srs::protocol
