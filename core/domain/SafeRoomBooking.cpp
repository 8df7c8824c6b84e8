#include "SafeRoomBooking.h"

#include "AccessPolicy.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace srs::domain {

namespace {

Error refused(const char *code, const QString &message)
{
    return Error{QString::fromLatin1(code), message};
}

QString roomDay(const SafeRoom &room, QDate day, BookingSlot slot)
{
    return u"%1, %2 (%3)"_s.arg(room.name, formatDay(day), bookingSlotToString(slot));
}

} // namespace

QString bookingSlotToString(BookingSlot slot)
{
    switch (slot) {
    case BookingSlot::Day:
        return u"day"_s;
    case BookingSlot::Morning:
        return u"morning"_s;
    case BookingSlot::Afternoon:
        return u"afternoon"_s;
    }
    return u"day"_s;
}

std::optional<BookingSlot> bookingSlotFromString(QStringView text)
{
    for (BookingSlot s : {BookingSlot::Day, BookingSlot::Morning, BookingSlot::Afternoon})
        if (text == bookingSlotToString(s))
            return s;
    return std::nullopt;
}

QString bookingSlotDisplayName(BookingSlot slot)
{
    switch (slot) {
    case BookingSlot::Day:
        return QCoreApplication::translate("SafeRoomBooking", "all day");
    case BookingSlot::Morning:
        return QCoreApplication::translate("SafeRoomBooking", "morning");
    case BookingSlot::Afternoon:
        return QCoreApplication::translate("SafeRoomBooking", "afternoon");
    }
    return {};
}

bool slotsOverlap(BookingSlot a, BookingSlot b)
{
    return a == BookingSlot::Day || b == BookingSlot::Day || a == b;
}

bool OpeningHours::isValid() const
{
    if (days.isEmpty() || !opens.isValid() || !closes.isValid())
        return false;
    QSet<int> seen;
    for (int d : days) {
        if (d < 1 || d > 7 || seen.contains(d))
            return false;
        seen.insert(d);
    }
    const QTime midday(MiddayHour, 0);
    return opens < midday && closes > midday;
}

bool SafeRoom::hasTerminal(QStringView terminal) const
{
    for (const QString &t : terminals)
        if (t == terminal)
            return true;
    return false;
}

std::optional<Closure> SafeRoom::closureOn(QDate day) const
{
    for (const Closure &c : closures)
        if (c.date == day)
            return c;
    return std::nullopt;
}

bool SafeRoom::isOpenOn(QDate day) const
{
    return day.isValid() && hours.days.contains(day.dayOfWeek()) && !closureOn(day);
}

QTime SafeRoom::slotStart(BookingSlot slot) const
{
    return slot == BookingSlot::Afternoon ? QTime(MiddayHour, 0) : hours.opens;
}

QTime SafeRoom::slotEnd(BookingSlot slot) const
{
    return slot == BookingSlot::Morning ? QTime(MiddayHour, 0) : hours.closes;
}

bool projectNeedsSafeRoom(const Project &project, const QList<Dataset> &projectDatasets)
{
    if (!project.homeWorkingApproved)
        return true;
    for (const Dataset &d : projectDatasets)
        if (project.datasetIds.contains(d.id) && d.access == DatasetAccess::SafeRoomOnly)
            return true;
    return false;
}

Status checkCanBook(const BookingRequest &r, const BookingRules &rules)
{
    const auto declaration = r.user.latestDeclaration(DeclarationKind::Security);
    if (!declaration || declaration->version < rules.securityDeclarationVersion)
        return refused(bookingerr::DeclarationMissing,
                       u"Sign the current security declaration before booking a safe room."_s);
    if (!r.project || !r.project->isMember(r.user.id))
        return refused(bookingerr::NotAMember,
                       u"You are not a member of project %1, so you cannot book a safe "
                       u"room for it."_s.arg(r.project ? r.project->id : QString()));
    const Project &p = *r.project;
    if (p.status != ProjectStatus::Active)
        return refused(bookingerr::ProjectNotActive,
                       u"Project %1 is not active, so safe rooms cannot be booked for it."_s.arg(p.id));
    if (!projectNeedsSafeRoom(p, r.projectDatasets))
        return refused(bookingerr::NotNeeded,
                       u"Project %1 is approved for home working and has no safe-room-only data, so it does "
                       u"not need a safe room."_s.arg(p.id));
    if ((p.startDate.isValid() && r.date < p.startDate) ||
        (p.effectiveEndDate().isValid() && r.date > p.effectiveEndDate()))
        return refused(bookingerr::ProjectNotActive,
                       u"Project %1 runs from %2 to %3; %4 is outside it."_s.arg(
                           p.id, formatDay(p.startDate), formatDay(p.effectiveEndDate()), formatDay(r.date)));
    const QDate today = r.now.date();
    if (!r.date.isValid() || r.date < today || (r.date == today && r.room.slotEnd(r.slot) <= r.now.time()))
        return refused(bookingerr::DatePast, u"%1 has passed; book a slot that is still to come."_s.arg(
                                                 roomDay(r.room, r.date, r.slot)));
    if (r.date > today.addDays(rules.horizonDays))
        return refused(bookingerr::BeyondHorizon,
                       u"Safe rooms can be booked up to %1 days ahead, until %2."_s.arg(rules.horizonDays)
                           .arg(formatDay(today.addDays(rules.horizonDays))));
    if (const auto closure = r.room.closureOn(r.date))
        return refused(bookingerr::RoomClosed,
                       u"%1 is closed on %2: %3."_s.arg(r.room.name, formatDay(r.date), closure->reason));
    if (!r.room.isOpenOn(r.date))
        return refused(bookingerr::RoomClosed,
                       u"%1 is not open on %2s."_s.arg(
                           r.room.name, QLocale(QLocale::English).dayName(r.date.dayOfWeek())));
    for (const Booking &b : r.personBookings)
        if (!b.cancelled && b.userId == r.user.id && b.date == r.date && slotsOverlap(b.slot, r.slot))
            return refused(bookingerr::PersonBusy,
                           u"You already have a booking on %1 (%2) at terminal %3."_s.arg(
                               formatDay(b.date), bookingSlotToString(b.slot), b.terminal));
    if (!r.room.hasTerminal(r.terminal))
        return refused(bookingerr::UnknownTerminal,
                       u"%1 has no terminal called \"%2\"."_s.arg(r.room.name, r.terminal));
    for (const TerminalBlock &b : r.blocks)
        if (b.siteId == r.room.siteId && b.terminal == r.terminal && b.covers(r.date))
            return refused(bookingerr::TerminalBlocked,
                           u"Terminal %1 is out of use from %2 to %3: %4."_s.arg(
                               r.terminal, formatDay(b.from), formatDay(b.to), b.reason));
    for (const Booking &b : r.roomBookings)
        if (!b.cancelled && b.siteId == r.room.siteId && b.terminal == r.terminal && b.date == r.date &&
            slotsOverlap(b.slot, r.slot))
            return refused(bookingerr::TerminalTaken, u"Terminal %1 is already booked for %2."_s.arg(
                                                          r.terminal, roomDay(r.room, r.date, b.slot)));
    return {};
}

bool bookingOver(const Booking &booking, const SafeRoom &room, const QDateTime &now)
{
    const QDate today = now.date();
    return booking.date < today || (booking.date == today && room.slotEnd(booking.slot) <= now.time());
}

Status checkCanCancel(const Booking &booking, const User &user, const SafeRoom &room, const QDateTime &now)
{
    if (booking.userId != user.id)
        return refused(bookingerr::NotYours,
                       u"Booking %1 is someone else's; only they can cancel it."_s.arg(booking.id));
    if (booking.cancelled)
        return refused(bookingerr::AlreadyCancelled, u"Booking %1 is cancelled already."_s.arg(booking.id));
    if (bookingOver(booking, room, now))
        return refused(bookingerr::Over,
                       u"Booking %1 has ended, so it cannot be cancelled."_s.arg(booking.id));
    return {};
}

Status checkCanBlock(const User &user)
{
    if (!user.hasRole(Role::Administrator))
        return refused(bookingerr::NotSupportStaff,
                       u"Only administrators can see who has booked a safe room and take terminals out of "
                       u"use."_s);
    return {};
}

bool bookingCovers(const Booking &booking, const SafeRoom &room, const QDateTime &now)
{
    if (booking.cancelled || booking.siteId != room.siteId || booking.date != now.date())
        return false;
    const QTime t = now.time();
    return t >= room.slotStart(booking.slot) && t < room.slotEnd(booking.slot);
}

} // namespace srs::domain
