#include "BookingRepository.h"

#include "Database.h"

#include <QStringList>

namespace srs::store {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString BookingColumns =
    u"id, user_id, project_id, site_id, terminal, day, slot, created_at, cancelled_at, cancelled_reason"_s;
const QString BlockColumns = u"id, site_id, terminal, from_day, to_day, reason, created_by"_s;

domain::Booking readBooking(const QSqlQuery &q)
{
    domain::Booking b;
    b.id = q.value(0).toString();
    b.userId = q.value(1).toString();
    b.projectId = q.value(2).toString();
    b.siteId = q.value(3).toString();
    b.terminal = q.value(4).toString();
    b.date = Database::decodeDay(q.value(5));
    b.slot = domain::bookingSlotFromString(q.value(6).toString()).value_or(domain::BookingSlot::Day);
    b.createdAt = Database::decodeTime(q.value(7));
    b.cancelled = !q.value(8).isNull();
    b.cancelledReason = q.value(9).toString();
    return b;
}

domain::TerminalBlock readBlock(const QSqlQuery &q)
{
    domain::TerminalBlock b;
    b.id = q.value(0).toString();
    b.siteId = q.value(1).toString();
    b.terminal = q.value(2).toString();
    b.from = Database::decodeDay(q.value(3));
    b.to = Database::decodeDay(q.value(4));
    b.reason = q.value(5).toString();
    b.createdBy = q.value(6).toString();
    return b;
}

} // namespace

Status BookingRepository::fill(domain::SafeRoom &room, QDate closuresFrom)
{
    auto t =
        m_db.exec(u"SELECT name FROM safe_room_terminals WHERE site_id = ? ORDER BY name"_s, {room.siteId});
    if (!t)
        return t.error();
    while (t->next())
        room.terminals.append(t->value(0).toString());
    auto h = m_db.exec(u"SELECT days, opens, closes FROM safe_room_hours WHERE site_id = ?"_s, {room.siteId});
    if (!h)
        return h.error();
    if (h->next()) {
        domain::OpeningHours hours;
        hours.days.clear();
        for (const QString &d : h->value(0).toString().split(u',', Qt::SkipEmptyParts))
            hours.days.append(d.toInt());
        hours.opens = QTime::fromString(h->value(1).toString(), u"HH:mm"_s);
        hours.closes = QTime::fromString(h->value(2).toString(), u"HH:mm"_s);
        if (hours.isValid())
            room.hours = hours;
    }
    auto c =
        m_db.exec(u"SELECT day, reason FROM safe_room_closures WHERE site_id = ? AND day >= ? ORDER BY day"_s,
                  {room.siteId, Database::encodeDay(closuresFrom)});
    if (!c)
        return c.error();
    while (c->next())
        room.closures.append({Database::decodeDay(c->value(0)), c->value(1).toString()});
    return {};
}

Result<QList<domain::SafeRoom>> BookingRepository::rooms(QDate closuresFrom)
{
    return m_db.readTransaction([&]() -> Result<QList<domain::SafeRoom>> {
        auto q = m_db.exec(u"SELECT id, name FROM sites ORDER BY name"_s);
        if (!q)
            return q.error();
        QList<domain::SafeRoom> out;
        while (q->next()) {
            domain::SafeRoom r;
            r.siteId = q->value(0).toString();
            r.name = q->value(1).toString();
            out.append(r);
        }
        for (domain::SafeRoom &r : out)
            if (auto s = fill(r, closuresFrom); !s)
                return s.error();
        return out;
    });
}

Result<domain::SafeRoom> BookingRepository::room(const QString &siteId, QDate closuresFrom)
{
    auto q = m_db.exec(u"SELECT id, name FROM sites WHERE id = ?"_s, {siteId});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(u"There is no safe room %1."_s.arg(siteId));
    domain::SafeRoom r;
    r.siteId = q->value(0).toString();
    r.name = q->value(1).toString();
    if (auto s = fill(r, closuresFrom); !s)
        return s.error();
    return r;
}

Result<domain::SafeRoom> BookingRepository::roomNamed(const QString &siteName, QDate closuresFrom)
{
    auto q = m_db.exec(u"SELECT id FROM sites WHERE name = ?"_s, {siteName});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(u"There is no safe room called %1."_s.arg(siteName));
    return room(q->value(0).toString(), closuresFrom);
}

Status BookingRepository::addTerminal(const QString &siteId, const QString &terminal)
{
    auto q = m_db.exec(u"INSERT INTO safe_room_terminals (site_id, name) VALUES (?, ?) "
                       u"ON CONFLICT (site_id, name) DO NOTHING"_s,
                       {siteId, terminal});
    if (!q)
        return q.error();
    return {};
}

Status BookingRepository::removeTerminal(const QString &siteId, const QString &terminal)
{
    return m_db.execChanging(u"DELETE FROM safe_room_terminals WHERE site_id = ? AND name = ?"_s,
                             {siteId, terminal});
}

Status BookingRepository::setHours(const QString &siteId, const domain::OpeningHours &hours)
{
    if (!hours.isValid())
        return invalid(u"Opening hours need days 1 to 7 and must open before 13:00 and close after it."_s);
    QStringList days;
    for (int d : hours.days)
        days.append(QString::number(d));
    auto q = m_db.exec(
        u"INSERT INTO safe_room_hours (site_id, days, opens, closes) VALUES (?, ?, ?, ?) "
        u"ON CONFLICT (site_id) DO UPDATE SET days = excluded.days, opens = excluded.opens, "
        u"closes = excluded.closes"_s,
        {siteId, days.join(u','), hours.opens.toString(u"HH:mm"_s), hours.closes.toString(u"HH:mm"_s)});
    if (!q)
        return q.error();
    return {};
}

Status BookingRepository::addClosure(const QString &siteId, const domain::Closure &closure)
{
    auto q = m_db.exec(u"INSERT INTO safe_room_closures (site_id, day, reason) VALUES (?, ?, ?) "
                       u"ON CONFLICT (site_id, day) DO UPDATE SET reason = excluded.reason"_s,
                       {siteId, Database::encodeDay(closure.date), closure.reason});
    if (!q)
        return q.error();
    return {};
}

Status BookingRepository::createBooking(const domain::Booking &b)
{
    auto q = m_db.exec(
        u"INSERT INTO bookings (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, '')"_s.arg(BookingColumns),
        {b.id, b.userId, b.projectId, b.siteId, b.terminal, Database::encodeDay(b.date),
         domain::bookingSlotToString(b.slot), Database::encodeTime(b.createdAt)});
    if (!q)
        return q.error();
    return {};
}

Result<domain::Booking> BookingRepository::findBooking(const QString &id)
{
    auto q = m_db.exec(u"SELECT %1 FROM bookings WHERE id = ?"_s.arg(BookingColumns), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(u"There is no booking %1."_s.arg(id));
    return readBooking(*q);
}

Status BookingRepository::cancelBooking(const QString &id, const QDateTime &at, const QString &reason)
{
    auto s = m_db.execChanging(
        u"UPDATE bookings SET cancelled_at = ?, cancelled_reason = ? WHERE id = ? AND cancelled_at IS NULL"_s,
        {Database::encodeTime(at), Database::requiredText(reason), id});
    if (!s && s.code() == StoreError::Code::NotFound)
        return StoreError{StoreError::Code::Conflict, u"Booking %1 is cancelled already."_s.arg(id)};
    return s;
}

Result<QList<domain::Booking>> BookingRepository::bookingsWhere(const QString &where,
                                                                const QVariantList &args)
{
    auto q = m_db.exec(
        u"SELECT %1 FROM bookings WHERE %2 ORDER BY day, slot, terminal, id"_s.arg(BookingColumns, where),
        args);
    if (!q)
        return q.error();
    QList<domain::Booking> out;
    while (q->next())
        out.append(readBooking(*q));
    return out;
}

Result<QList<domain::Booking>> BookingRepository::roomBookings(const QString &siteId, QDate from, QDate to)
{
    return bookingsWhere(u"site_id = ? AND day >= ? AND day <= ? AND cancelled_at IS NULL"_s,
                         {siteId, Database::encodeDay(from), Database::encodeDay(to)});
}

Result<QList<domain::Booking>> BookingRepository::personBookings(const QString &userId, QDate from, QDate to)
{
    return bookingsWhere(u"user_id = ? AND day >= ? AND day <= ? AND cancelled_at IS NULL"_s,
                         {userId, Database::encodeDay(from), Database::encodeDay(to)});
}

Result<QList<domain::Booking>> BookingRepository::personBookingsFrom(const QString &userId, QDate from)
{
    return bookingsWhere(u"user_id = ? AND day >= ?"_s, {userId, Database::encodeDay(from)});
}

Result<QList<domain::Booking>> BookingRepository::bookingsOn(QDate day)
{
    return bookingsWhere(u"day = ? AND cancelled_at IS NULL"_s, {Database::encodeDay(day)});
}

Status BookingRepository::createBlock(const domain::TerminalBlock &b, const QDateTime &at)
{
    auto q = m_db.exec(
        u"INSERT INTO terminal_blocks (%1, created_at, removed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)"_s
            .arg(BlockColumns),
        {b.id, b.siteId, b.terminal, Database::encodeDay(b.from), Database::encodeDay(b.to), b.reason,
         b.createdBy, Database::encodeTime(at)});
    if (!q)
        return q.error();
    return {};
}

Result<domain::TerminalBlock> BookingRepository::findBlock(const QString &id)
{
    auto q = m_db.exec(
        u"SELECT %1 FROM terminal_blocks WHERE id = ? AND removed_at IS NULL"_s.arg(BlockColumns), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(u"There is no block %1 in force."_s.arg(id));
    return readBlock(*q);
}

Status BookingRepository::removeBlock(const QString &id, const QDateTime &at)
{
    return m_db.execChanging(
        u"UPDATE terminal_blocks SET removed_at = ? WHERE id = ? AND removed_at IS NULL"_s,
        {Database::encodeTime(at), id});
}

Result<QList<domain::TerminalBlock>> BookingRepository::blocks(const QString &siteId, QDate from, QDate to)
{
    auto q = m_db.exec(
        u"SELECT %1 FROM terminal_blocks WHERE site_id = ? AND removed_at IS NULL AND from_day <= ? "
        u"AND to_day >= ? ORDER BY from_day, terminal, id"_s.arg(BlockColumns),
        {siteId, Database::encodeDay(to), Database::encodeDay(from)});
    if (!q)
        return q.error();
    QList<domain::TerminalBlock> out;
    while (q->next())
        out.append(readBlock(*q));
    return out;
}

} // namespace srs::store
