#include "BookingMessages.h"

#include "JsonReader.h"
#include "WireFields.h"

#include <QJsonArray>

namespace srs::protocol {

using namespace Qt::Literals::StringLiterals;
using namespace wire;

namespace {

constexpr qsizetype MaxReasonLength = 500;
constexpr qsizetype MaxIdLength = 64;
constexpr qsizetype MaxItems = 100000;

QString timeText(QTime t)
{
    return t.toString(u"HH:mm"_s);
}

domain::BookingSlot readSlot(JsonReader &r, QLatin1StringView key)
{
    const QString text = r.string(key);
    const auto slot = domain::bookingSlotFromString(text);
    if (!slot && r.ok())
        r.rejectValue(key, u"expected \"day\", \"morning\" or \"afternoon\""_s);
    return slot.value_or(domain::BookingSlot::Day);
}

QDate requiredDay(JsonReader &r, QLatin1StringView key)
{
    return r.day(key);
}

domain::SafeRoom readRoom(JsonReader &r)
{
    domain::SafeRoom room;
    room.siteId = r.string("id"_L1);
    room.name = r.string("name"_L1);
    room.terminals = r.stringList("terminals"_L1);
    JsonReader hours = r.object("hours"_L1);
    room.hours.days.clear();
    for (const QJsonValue &v : hours.json().value("days"_L1).toArray())
        room.hours.days.append(v.toInt());
    room.hours.opens = QTime::fromString(hours.string("opens"_L1), u"HH:mm"_s);
    room.hours.closes = QTime::fromString(hours.string("closes"_L1), u"HH:mm"_s);
    if (r.ok() && !room.hours.isValid())
        r.rejectValue("hours"_L1, u"opening hours that are not valid"_s);
    for (JsonReader &c : r.objectList("closures"_L1))
        room.closures.append({requiredDay(c, "date"_L1), c.optionalString("reason"_L1)});
    return room;
}

BookingInfo readBooking(JsonReader &r)
{
    BookingInfo b;
    b.id = r.string("id"_L1);
    b.roomId = r.string("room_id"_L1);
    b.roomName = r.optionalString("room_name"_L1);
    b.terminal = r.string("terminal"_L1);
    b.date = requiredDay(r, "date"_L1);
    b.slot = readSlot(r, "slot"_L1);
    b.projectId = r.string("project_id"_L1);
    b.cancelled = r.boolean("cancelled"_L1);
    b.cancelledReason = r.optionalString("cancelled_reason"_L1);
    b.personId = r.optionalString("person_id"_L1);
    b.personName = r.optionalString("person_name"_L1);
    return b;
}

BlockInfo readBlock(JsonReader &r)
{
    BlockInfo b;
    b.block.id = r.string("id"_L1);
    b.block.siteId = r.string("room_id"_L1);
    b.block.terminal = r.string("terminal"_L1);
    b.block.from = requiredDay(r, "from"_L1);
    b.block.to = requiredDay(r, "to"_L1);
    b.block.reason = r.optionalString("reason"_L1);
    b.createdByName = r.optionalString("created_by_name"_L1);
    b.cancelledBookings = r.stringList("cancelled_bookings"_L1);
    return b;
}

} // namespace

QJsonObject SafeRoomInfo::toJsonObject() const
{
    QJsonArray days;
    for (int d : room.hours.days)
        days.append(d);
    QJsonArray closures;
    for (const domain::Closure &c : room.closures)
        closures.append(QJsonObject{{u"date"_s, day(c.date)}, {u"reason"_s, c.reason}});
    return QJsonObject{{u"id"_s, room.siteId},
                       {u"name"_s, room.name},
                       {u"terminals"_s, QJsonArray::fromStringList(room.terminals)},
                       {u"hours"_s, QJsonObject{{u"days"_s, days},
                                                {u"opens"_s, timeText(room.hours.opens)},
                                                {u"closes"_s, timeText(room.hours.closes)}}},
                       {u"closures"_s, closures}};
}

QByteArray SafeRoomList::toJson() const
{
    QJsonArray a;
    for (const SafeRoomInfo &r : rooms)
        a.append(r.toJsonObject());
    return compact(QJsonObject{{u"safe_rooms"_s, a}});
}

Result<SafeRoomList> SafeRoomList::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"safe_rooms"_s);
    SafeRoomList out;
    for (JsonReader &item : r.objectList("safe_rooms"_L1))
        out.rooms.append({readRoom(item)});
    if (!r.ok())
        return r.error();
    return out;
}

QJsonObject BookingInfo::toJsonObject() const
{
    QJsonObject o{{u"id"_s, id},
                  {u"room_id"_s, roomId},
                  {u"room_name"_s, roomName},
                  {u"terminal"_s, terminal},
                  {u"date"_s, day(date)},
                  {u"slot"_s, domain::bookingSlotToString(slot)},
                  {u"project_id"_s, projectId},
                  {u"cancelled"_s, cancelled}};
    if (!cancelledReason.isEmpty())
        o.insert(u"cancelled_reason"_s, cancelledReason);
    if (!personId.isEmpty())
        o.insert(u"person_id"_s, personId);
    if (!personName.isEmpty())
        o.insert(u"person_name"_s, personName);
    return o;
}

QByteArray BookingInfo::toJson() const
{
    return compact(toJsonObject());
}

Result<BookingInfo> BookingInfo::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"booking"_s);
    BookingInfo b = readBooking(r);
    if (!r.ok())
        return r.error();
    return b;
}

QByteArray BookingList::toJson() const
{
    QJsonArray a;
    for (const BookingInfo &b : bookings)
        a.append(b.toJsonObject());
    return compact(QJsonObject{{u"bookings"_s, a}});
}

Result<BookingList> BookingList::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"bookings"_s);
    BookingList out;
    for (JsonReader &item : r.objectList("bookings"_L1))
        out.bookings.append(readBooking(item));
    if (!r.ok())
        return r.error();
    return out;
}

QByteArray BookingRequestMessage::toJson() const
{
    QJsonObject o{{u"room"_s, roomId},
                  {u"date"_s, day(date)},
                  {u"slot"_s, domain::bookingSlotToString(slot)},
                  {u"project"_s, projectId}};
    if (!terminal.isEmpty())
        o.insert(u"terminal"_s, terminal);
    return compact(o);
}

Result<BookingRequestMessage> BookingRequestMessage::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"booking"_s);
    r.rejectUnknown({"room"_L1, "terminal"_L1, "date"_L1, "slot"_L1, "project"_L1});
    BookingRequestMessage m;
    m.roomId = boundedString(r, "room"_L1, MaxIdLength, true);
    m.terminal = boundedString(r, "terminal"_L1, MaxIdLength, false);
    m.date = requiredDay(r, "date"_L1);
    m.slot = readSlot(r, "slot"_L1);
    m.projectId = boundedString(r, "project"_L1, MaxIdLength, true);
    if (!r.ok())
        return r.error();
    return m;
}

QByteArray Availability::toJson() const
{
    QJsonArray a;
    for (const AvailabilityCell &c : cells) {
        QJsonObject o{{u"date"_s, day(c.date)},
                      {u"terminal"_s, c.terminal},
                      {u"slot"_s, domain::bookingSlotToString(c.slot)},
                      {u"state"_s, c.state}};
        if (!c.reason.isEmpty())
            o.insert(u"reason"_s, c.reason);
        a.append(o);
    }
    return compact(
        QJsonObject{{u"room_id"_s, roomId}, {u"from"_s, day(from)}, {u"to"_s, day(to)}, {u"cells"_s, a}});
}

Result<Availability> Availability::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"availability"_s);
    Availability out;
    out.roomId = r.string("room_id"_L1);
    out.from = requiredDay(r, "from"_L1);
    out.to = requiredDay(r, "to"_L1);
    for (JsonReader &c : boundedList(r, "cells"_L1, MaxItems, true)) {
        AvailabilityCell cell;
        cell.date = requiredDay(c, "date"_L1);
        cell.terminal = c.string("terminal"_L1);
        cell.slot = readSlot(c, "slot"_L1);
        cell.state = c.string("state"_L1);
        cell.reason = c.optionalString("reason"_L1);
        out.cells.append(cell);
    }
    if (!r.ok())
        return r.error();
    return out;
}

QByteArray BlockRequest::toJson() const
{
    return compact(QJsonObject{{u"from"_s, day(from)}, {u"to"_s, day(to)}, {u"reason"_s, reason}});
}

Result<BlockRequest> BlockRequest::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"block"_s);
    r.rejectUnknown({"from"_L1, "to"_L1, "reason"_L1});
    BlockRequest b;
    b.from = requiredDay(r, "from"_L1);
    b.to = requiredDay(r, "to"_L1);
    b.reason = boundedString(r, "reason"_L1, MaxReasonLength, true);
    if (!r.ok())
        return r.error();
    if (b.reason.trimmed().isEmpty())
        return Error{u"bad-request"_s, u"reason: say why the terminal is out of use"_s, u"reason"_s};
    if (b.to < b.from)
        return Error{u"bad-request"_s, u"to: the last day is before the first"_s, u"to"_s};
    return b;
}

QJsonObject BlockInfo::toJsonObject() const
{
    return QJsonObject{{u"id"_s, block.id},
                       {u"room_id"_s, block.siteId},
                       {u"terminal"_s, block.terminal},
                       {u"from"_s, day(block.from)},
                       {u"to"_s, day(block.to)},
                       {u"reason"_s, block.reason},
                       {u"created_by_name"_s, createdByName},
                       {u"cancelled_bookings"_s, QJsonArray::fromStringList(cancelledBookings)}};
}

QByteArray BlockInfo::toJson() const
{
    return compact(toJsonObject());
}

Result<BlockInfo> BlockInfo::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"block"_s);
    BlockInfo b = readBlock(r);
    if (!r.ok())
        return r.error();
    return b;
}

QByteArray RoomDay::toJson() const
{
    QJsonArray bookingArray;
    for (const BookingInfo &b : bookings)
        bookingArray.append(b.toJsonObject());
    QJsonArray blockArray;
    for (const BlockInfo &b : blocks)
        blockArray.append(b.toJsonObject());
    return compact(QJsonObject{{u"room"_s, room.toJsonObject()},
                               {u"date"_s, day(date)},
                               {u"bookings"_s, bookingArray},
                               {u"blocks"_s, blockArray}});
}

Result<RoomDay> RoomDay::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"day"_s);
    RoomDay d;
    JsonReader room = r.object("room"_L1);
    d.room.room = readRoom(room);
    d.date = requiredDay(r, "date"_L1);
    for (JsonReader &b : r.objectList("bookings"_L1))
        d.bookings.append(readBooking(b));
    for (JsonReader &b : r.objectList("blocks"_L1))
        d.blocks.append(readBlock(b));
    if (!r.ok())
        return r.error();
    return d;
}

} // namespace srs::protocol
