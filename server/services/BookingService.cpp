#include "BookingService.h"

#include "NotificationService.h"

#include "RecordId.h"
#include "ServiceError.h"

#include "domain/AccessPolicy.h"
#include "store/AuditLog.h"
#include "store/BookingRepository.h"
#include "store/ProjectRepository.h"
#include "store/UserRepository.h"

#include <QJsonArray>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcBookings, "srs.server.bookings")

namespace srs::server {

using namespace Qt::Literals::StringLiterals;
namespace bookingerr = domain::bookingerr;

namespace {

// The longest span one availability request may ask for.
constexpr qint64 MaxAvailabilityDays = 62;

Error fromStatus(const Status &s)
{
    return s.error();
}

bool earlier(const domain::Booking &a, const domain::Booking &b, const domain::SafeRoom &room)
{
    if (a.date != b.date)
        return a.date < b.date;
    return room.slotStart(a.slot) < room.slotStart(b.slot);
}

} // namespace

BookingService::BookingService(ServerContext &context) : m_context(context) {}

QDateTime BookingService::serviceTime(const QDateTime &moment) const
{
    auto policy = m_context.policy();
    const QTimeZone zone =
        policy ? policy.value()->config().timeZone : QTimeZone(QByteArrayLiteral("Europe/London"));
    const QDateTime local = moment.toTimeZone(zone);
    // The wall clock as a plain date and time, compared with rooms' hours.
    return QDateTime(local.date(), local.time());
}

QString BookingService::personName(const QString &userId)
{
    if (auto user = store::UserRepository(m_context.database()).findById(userId))
        return user.value().profile.displayName;
    return {};
}

protocol::BookingInfo BookingService::describe(const domain::Booking &b, const QString &roomName,
                                               bool withPerson)
{
    protocol::BookingInfo info;
    info.id = b.id;
    info.roomId = b.siteId;
    info.roomName = roomName;
    info.terminal = b.terminal;
    info.date = b.date;
    info.slot = b.slot;
    info.projectId = b.projectId;
    info.cancelled = b.cancelled;
    info.cancelledReason = b.cancelledReason;
    if (withPerson) {
        info.personId = b.userId;
        info.personName = personName(b.userId);
    }
    return info;
}

Result<domain::SafeRoom> BookingService::loadRoom(const QString &roomId, QDate today)
{
    auto room = store::BookingRepository(m_context.database()).room(roomId, today);
    if (!room) {
        if (room.code() == store::StoreError::Code::NotFound)
            return Error{svc::NotFound, u"There is no safe room %1."_s.arg(roomId)};
        return internalError(room.errorString());
    }
    return std::move(room).value();
}

Result<protocol::SafeRoomList> BookingService::rooms(const Caller &)
{
    const QDate today = serviceTime(m_context.now()).date();
    auto rooms = store::BookingRepository(m_context.database()).rooms(today);
    if (!rooms)
        return internalError(rooms.errorString());
    protocol::SafeRoomList out;
    for (const domain::SafeRoom &r : rooms.value())
        out.rooms.append({r});
    return out;
}

Result<protocol::Availability> BookingService::availability(const Caller &caller, const QString &roomId,
                                                            QDate from, QDate to)
{
    const QDate today = serviceTime(m_context.now()).date();
    if (!from.isValid())
        from = today;
    if (!to.isValid())
        to = from;
    if (to < from || from.daysTo(to) >= MaxAvailabilityDays)
        return Error{svc::BadRequest, u"Ask for %1 days at most, with \"to\" on or after \"from\"."_s.arg(
                                          MaxAvailabilityDays)};
    auto room = loadRoom(roomId, qMin(from, today));
    if (!room)
        return room.error();
    store::BookingRepository repo(m_context.database());
    auto bookings = repo.roomBookings(roomId, from, to);
    if (!bookings)
        return internalError(bookings.errorString());
    auto blocks = repo.blocks(roomId, from, to);
    if (!blocks)
        return internalError(blocks.errorString());
    protocol::Availability out;
    out.roomId = roomId;
    out.from = from;
    out.to = to;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        const auto closure = room->closureOn(d);
        const bool open = room->isOpenOn(d);
        for (const QString &terminal : room->terminals) {
            for (domain::BookingSlot half : {domain::BookingSlot::Morning, domain::BookingSlot::Afternoon}) {
                protocol::AvailabilityCell cell{d, terminal, half, u"free"_s, {}};
                if (!open) {
                    cell.state = u"closed"_s;
                    cell.reason = closure ? closure->reason : u"not an opening day"_s;
                } else if (const auto b = std::find_if(blocks->cbegin(), blocks->cend(),
                                                       [&](const domain::TerminalBlock &k) {
                                                           return k.terminal == terminal && k.covers(d);
                                                       });
                           b != blocks->cend()) {
                    cell.state = u"blocked"_s;
                    cell.reason = b->reason;
                } else {
                    for (const domain::Booking &taken : bookings.value())
                        if (taken.terminal == terminal && taken.date == d &&
                            domain::slotsOverlap(taken.slot, half))
                            cell.state = taken.userId == caller.user.id ? u"mine"_s : u"booked"_s;
                }
                out.cells.append(cell);
            }
        }
    }
    return out;
}

Result<protocol::BookingList> BookingService::mine(const Caller &caller)
{
    const QDateTime now = serviceTime(m_context.now());
    store::BookingRepository repo(m_context.database());
    // From a week back, so a booking just over or cancelled is still seen.
    auto bookings = repo.personBookingsFrom(caller.user.id, now.date().addDays(-7));
    if (!bookings)
        return internalError(bookings.errorString());
    auto rooms = repo.rooms(now.date());
    if (!rooms)
        return internalError(rooms.errorString());
    QHash<QString, QString> names;
    for (const domain::SafeRoom &r : rooms.value())
        names.insert(r.siteId, r.name);
    protocol::BookingList out;
    for (const domain::Booking &b : bookings.value())
        out.bookings.append(describe(b, names.value(b.siteId), false));
    return out;
}

Result<protocol::BookingInfo> BookingService::book(const Caller &caller,
                                                   const protocol::BookingRequestMessage &request)
{
    const QDateTime now = serviceTime(m_context.now());
    store::Database &db = m_context.database();
    store::BookingRepository repo(db);
    auto room = loadRoom(request.roomId, now.date());
    if (!room)
        return room.error();
    domain::BookingRequest r;
    r.user = caller.user;
    store::ProjectRepository projects(db);
    if (auto p = projects.find(request.projectId)) {
        r.project = p.value();
        auto datasets = projects.datasetsOf(request.projectId);
        if (!datasets)
            return internalError(datasets.errorString());
        r.projectDatasets = datasets.value();
    } else if (p.code() != store::StoreError::Code::NotFound) {
        return internalError(p.errorString());
    }
    r.room = room.value();
    r.date = request.date;
    r.slot = request.slot;
    r.now = now;
    const domain::BookingRules rules{m_context.config().safeRoomBookingHorizonDays,
                                     m_context.config().securityDeclarationVersion};

    domain::Booking booking;
    booking.id = newRecordId(u'B');
    booking.userId = caller.user.id;
    booking.projectId = request.projectId;
    booking.siteId = request.roomId;
    booking.date = request.date;
    booking.slot = request.slot;
    booking.createdAt = m_context.now();

    std::optional<Error> refusedWith;
    const store::Status written = db.transaction([&]() -> store::Status {
        // The room's row is locked first, so two bookings made at once are checked one after the
        // other (SQLite's BEGIN IMMEDIATE serialises already).
        if (auto lock = db.exec(u"UPDATE sites SET name = name WHERE id = ?"_s, {request.roomId}); !lock)
            return lock.error();
        auto roomBookings = repo.roomBookings(request.roomId, request.date, request.date);
        if (!roomBookings)
            return roomBookings.error();
        auto personBookings = repo.personBookings(caller.user.id, request.date, request.date);
        if (!personBookings)
            return personBookings.error();
        auto blocks = repo.blocks(request.roomId, request.date, request.date);
        if (!blocks)
            return blocks.error();
        r.roomBookings = roomBookings.value();
        r.personBookings = personBookings.value();
        r.blocks = blocks.value();
        // No terminal named: the first that may be booked, or the refusal for the last one.
        QStringList candidates =
            request.terminal.isEmpty() ? r.room.terminals : QStringList{request.terminal};
        if (candidates.isEmpty())
            candidates = {QString()};
        Status allowed;
        for (const QString &t : candidates) {
            r.terminal = t;
            allowed = domain::checkCanBook(r, rules);
            if (allowed)
                break;
        }
        if (!allowed) {
            refusedWith = allowed.error();
            if (request.terminal.isEmpty() && !r.room.terminals.isEmpty() &&
                refusedWith->code == QLatin1StringView(bookingerr::TerminalTaken))
                refusedWith->message =
                    u"Every terminal of %1 is booked or out of use then."_s.arg(r.room.name);
            return store::StoreError{store::StoreError::Code::Invalid, u"refused"_s};
        }
        booking.terminal = r.terminal;
        if (auto s = repo.createBooking(booking); !s)
            return s;
        auto event =
            store::AuditLog(db).append(caller.user.id, u"booking.made"_s, u"booking:"_s + booking.id,
                                       QJsonObject{{u"room"_s, booking.siteId},
                                                   {u"terminal"_s, booking.terminal},
                                                   {u"date"_s, booking.date.toString(Qt::ISODate)},
                                                   {u"slot"_s, domain::bookingSlotToString(booking.slot)},
                                                   {u"project"_s, booking.projectId}},
                                       booking.createdAt);
        if (!event)
            return event.error();
        return {};
    });
    if (!written) {
        if (refusedWith)
            return *refusedWith;
        return internalError(written.errorString());
    }
    return describe(booking, r.room.name, true);
}

Result<protocol::BookingInfo> BookingService::cancel(const Caller &caller, const QString &bookingId)
{
    const QDateTime now = serviceTime(m_context.now());
    store::Database &db = m_context.database();
    store::BookingRepository repo(db);
    auto booking = repo.findBooking(bookingId);
    // Someone else's booking is refused as theirs, not hidden: the id says nothing about them.
    if (!booking) {
        if (booking.code() == store::StoreError::Code::NotFound)
            return Error{svc::NotFound, u"There is no booking %1."_s.arg(bookingId)};
        return internalError(booking.errorString());
    }
    auto room = loadRoom(booking->siteId, now.date());
    if (!room)
        return room.error();
    if (auto allowed = domain::checkCanCancel(booking.value(), caller.user, room.value(), now); !allowed)
        return fromStatus(allowed);
    const store::Status written = db.transaction([&]() -> store::Status {
        if (auto s = repo.cancelBooking(bookingId, m_context.now(), {}); !s)
            return s;
        auto event =
            store::AuditLog(db).append(caller.user.id, u"booking.cancelled"_s, u"booking:"_s + bookingId,
                                       QJsonObject{{u"room"_s, booking->siteId},
                                                   {u"terminal"_s, booking->terminal},
                                                   {u"date"_s, booking->date.toString(Qt::ISODate)},
                                                   {u"slot"_s, domain::bookingSlotToString(booking->slot)}},
                                       m_context.now());
        if (!event)
            return event.error();
        return {};
    });
    if (!written) {
        if (written.code() == store::StoreError::Code::Conflict)
            return Error{QString::fromLatin1(bookingerr::AlreadyCancelled),
                         u"Booking %1 is cancelled already."_s.arg(bookingId)};
        return internalError(written.errorString());
    }
    booking.value().cancelled = true;
    return describe(booking.value(), room->name, true);
}

Result<protocol::RoomDay> BookingService::day(const Caller &caller, const QString &roomId, QDate date)
{
    if (auto allowed = domain::checkCanBlock(caller.user); !allowed)
        return fromStatus(allowed);
    if (!date.isValid())
        date = serviceTime(m_context.now()).date();
    auto room = loadRoom(roomId, date);
    if (!room)
        return room.error();
    store::BookingRepository repo(m_context.database());
    auto bookings = repo.roomBookings(roomId, date, date);
    if (!bookings)
        return internalError(bookings.errorString());
    auto blocks = repo.blocks(roomId, date, date);
    if (!blocks)
        return internalError(blocks.errorString());
    protocol::RoomDay out;
    out.room.room = room.value();
    out.date = date;
    for (const domain::Booking &b : bookings.value())
        out.bookings.append(describe(b, room->name, true));
    for (const domain::TerminalBlock &b : blocks.value())
        out.blocks.append({b, personName(b.createdBy), {}});
    return out;
}

Result<protocol::BlockInfo> BookingService::block(const Caller &caller, const QString &roomId,
                                                  const QString &terminal,
                                                  const protocol::BlockRequest &request)
{
    if (auto allowed = domain::checkCanBlock(caller.user); !allowed)
        return fromStatus(allowed);
    const QDateTime now = serviceTime(m_context.now());
    auto room = loadRoom(roomId, now.date());
    if (!room)
        return room.error();
    if (!room->hasTerminal(terminal))
        return Error{svc::NotFound, u"%1 has no terminal called \"%2\"."_s.arg(room->name, terminal)};
    if (request.to < now.date() || request.from.daysTo(request.to) > 366)
        return Error{QString::fromLatin1(bookingerr::BadBlock),
                     u"A block must end today or later and last a year at most."_s};
    domain::TerminalBlock block{newRecordId(u'K'), roomId,         terminal,      request.from,
                                request.to,        request.reason, caller.user.id};
    protocol::BlockInfo info{block, caller.user.displayName, {}};
    store::Database &db = m_context.database();
    store::BookingRepository repo(db);
    const store::Status written = db.transaction([&]() -> store::Status {
        if (auto lock = db.exec(u"UPDATE sites SET name = name WHERE id = ?"_s, {roomId}); !lock)
            return lock.error();
        if (auto s = repo.createBlock(block, m_context.now()); !s)
            return s;
        auto covered = repo.roomBookings(roomId, qMax(request.from, now.date()), request.to);
        if (!covered)
            return covered.error();
        const QString reason = u"Terminal %1 was taken out of use: %2"_s.arg(terminal, request.reason);
        for (const domain::Booking &b : covered.value()) {
            if (b.terminal != terminal || domain::bookingOver(b, room.value(), now))
                continue;
            if (auto s = repo.cancelBooking(b.id, m_context.now(), reason); !s)
                return s;
            info.cancelledBookings.append(b.id);
            auto event =
                store::AuditLog(db).append(caller.user.id, u"booking.cancelled"_s, u"booking:"_s + b.id,
                                           QJsonObject{{u"by_block"_s, block.id},
                                                       {u"person"_s, b.userId},
                                                       {u"date"_s, b.date.toString(Qt::ISODate)},
                                                       {u"slot"_s, domain::bookingSlotToString(b.slot)}},
                                           m_context.now());
            if (!event)
                return event.error();
            // The person is told their booking is gone; why is shown with it in the client.
            if (auto s = NotificationService::notify(
                    db, {b.userId},
                    {domain::NotificationKind::BookingCancelled, b.projectId, b.id, room.value().name,
                     domain::bookingSlotToString(b.slot), b.date.toString(Qt::ISODate)},
                    m_context.now());
                !s)
                return s;
        }
        auto event = store::AuditLog(db).append(
            caller.user.id, u"terminal.blocked"_s, u"block:"_s + block.id,
            QJsonObject{{u"room"_s, roomId},
                        {u"terminal"_s, terminal},
                        {u"from"_s, request.from.toString(Qt::ISODate)},
                        {u"to"_s, request.to.toString(Qt::ISODate)},
                        {u"reason"_s, request.reason},
                        {u"cancelled_bookings"_s, QJsonArray::fromStringList(info.cancelledBookings)}},
            m_context.now());
        if (!event)
            return event.error();
        return {};
    });
    if (!written)
        return internalError(written.errorString());
    return info;
}

Status BookingService::unblock(const Caller &caller, const QString &roomId, const QString &blockId)
{
    if (auto allowed = domain::checkCanBlock(caller.user); !allowed)
        return allowed;
    store::Database &db = m_context.database();
    store::BookingRepository repo(db);
    auto block = repo.findBlock(blockId);
    if (!block || block->siteId != roomId) {
        if (block || block.code() == store::StoreError::Code::NotFound)
            return Error{svc::NotFound, u"Safe room %1 has no block %2 in force."_s.arg(roomId, blockId)};
        return internalError(block.errorString());
    }
    const store::Status written = db.transaction([&]() -> store::Status {
        if (auto s = repo.removeBlock(blockId, m_context.now()); !s)
            return s;
        auto event = store::AuditLog(db).append(
            caller.user.id, u"terminal.unblocked"_s, u"block:"_s + blockId,
            QJsonObject{{u"room"_s, roomId}, {u"terminal"_s, block->terminal}}, m_context.now());
        if (!event)
            return event.error();
        return {};
    });
    if (!written) {
        if (written.code() == store::StoreError::Code::NotFound)
            return Error{svc::NotFound, u"Safe room %1 has no block %2 in force."_s.arg(roomId, blockId)};
        return internalError(written.errorString());
    }
    return {};
}

Result<QList<domain::Booking>> BookingService::bookingsOn(QDate day)
{
    auto list = store::BookingRepository(m_context.database()).bookingsOn(day);
    if (!list)
        return internalError(list.errorString());
    return std::move(list).value();
}

Status BookingService::checkSignIn(const domain::User &user, const QString &siteName, const QDateTime &moment)
{
    if (!m_context.config().safeRoomRequireBooking || user.isSupportStaff())
        return {};
    const QDateTime now = serviceTime(moment);
    store::BookingRepository repo(m_context.database());
    auto room = repo.roomNamed(siteName, now.date());
    if (!room)
        return internalError(room.errorString());
    auto bookings = repo.personBookings(user.id, now.date(), now.date().addYears(1));
    if (!bookings)
        return internalError(bookings.errorString());
    for (const domain::Booking &b : bookings.value())
        if (domain::bookingCovers(b, room.value(), now))
            return {};
    // The next booking still to come, in any room.
    auto rooms = repo.rooms(now.date());
    if (!rooms)
        return internalError(rooms.errorString());
    std::optional<domain::Booking> next;
    domain::SafeRoom nextRoom;
    for (const domain::Booking &b : bookings.value()) {
        const auto r = std::find_if(rooms->cbegin(), rooms->cend(),
                                    [&](const domain::SafeRoom &x) { return x.siteId == b.siteId; });
        if (r == rooms->cend() || domain::bookingOver(b, *r, now))
            continue;
        if (!next || earlier(b, *next, *r)) {
            next = b;
            nextRoom = *r;
        }
    }
    Error e{QString::fromLatin1(bookingerr::BookingRequired),
            u"Signing in at %1 needs a booking of this room now, and you have none."_s.arg(room->name)};
    if (next) {
        e.message += u" Your next booking is on %1 (%2) in %3, terminal %4."_s.arg(
            domain::formatDay(next->date), domain::bookingSlotToString(next->slot), nextRoom.name,
            next->terminal);
        e.details = {
            {QString::fromLatin1(protocol::nextbooking::Date), next->date.toString(Qt::ISODate)},
            {QString::fromLatin1(protocol::nextbooking::Slot), domain::bookingSlotToString(next->slot)},
            {QString::fromLatin1(protocol::nextbooking::Room), nextRoom.name},
            {QString::fromLatin1(protocol::nextbooking::Terminal), next->terminal}};
    } else {
        e.message += u" You have no booking to come: book one, or ask research support."_s;
    }
    auto event = store::AuditLog(m_context.database())
                     .append(user.id, u"booking.sign-in-refused"_s, u"site:"_s + room->siteId,
                             QJsonObject{{u"next_booking"_s, next ? next->id : QString()}}, m_context.now());
    if (!event)
        qCWarning(lcBookings, "recording the audit event failed: %s", qUtf8Printable(event.errorString()));
    return e;
}

} // namespace srs::server
