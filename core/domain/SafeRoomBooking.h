#pragma once

#include "Dataset.h"
#include "Project.h"
#include "Result.h"
#include "User.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace srs::domain {

// Safe-room bookings: a researcher whose project needs a safe room books a terminal of a room
// for a whole day or half a day.
//
// Slots. A room opens and closes at its opening hours (Monday to Friday, 09:00 to 17:00 unless
// set otherwise). The morning runs from opening to 13:00, the afternoon from 13:00 to closing, and
// a whole day from opening to closing (it overlaps both halves). Times are the service's wall
// clock (Europe/London).
enum class BookingSlot
{
    Day,
    Morning,
    Afternoon,
};

[[nodiscard]] QString bookingSlotToString(BookingSlot slot); // "day", "morning", "afternoon"
[[nodiscard]] std::optional<BookingSlot> bookingSlotFromString(QStringView text);
// For people: "all day", "morning", "afternoon".
[[nodiscard]] QString bookingSlotDisplayName(BookingSlot slot);
[[nodiscard]] bool slotsOverlap(BookingSlot a, BookingSlot b);

// When the halves of a day meet.
inline constexpr int MiddayHour = 13;

struct OpeningHours
{
    QList<int> days = {1, 2, 3, 4, 5}; // Qt::DayOfWeek: 1 Monday ... 7 Sunday
    QTime opens = QTime(9, 0);
    QTime closes = QTime(17, 0);

    // Days 1 to 7, none twice; opening before 13:00 and closing after it.
    [[nodiscard]] bool isValid() const;
    friend bool operator==(const OpeningHours &, const OpeningHours &) = default;
};

// A day a room is closed (a holiday, maintenance), with the reason people are shown.
struct Closure
{
    QDate date;
    QString reason;
    friend bool operator==(const Closure &, const Closure &) = default;
};

// A safe room (a Site) as bookings see it: its terminals (each named by its device
// certificate's CN), its opening hours and its closures.
struct SafeRoom
{
    QString siteId;
    QString name;
    QStringList terminals;
    OpeningHours hours;
    QList<Closure> closures;

    [[nodiscard]] bool hasTerminal(QStringView terminal) const;
    [[nodiscard]] std::optional<Closure> closureOn(QDate day) const;
    // Open on that weekday and not closed that day.
    [[nodiscard]] bool isOpenOn(QDate day) const;
    [[nodiscard]] QTime slotStart(BookingSlot slot) const;
    [[nodiscard]] QTime slotEnd(BookingSlot slot) const;
};

// A terminal taken out of use from one day to another (inclusive), by support staff.
struct TerminalBlock
{
    QString id;
    QString siteId;
    QString terminal;
    QDate from;
    QDate to;
    QString reason;
    QString createdBy;
    [[nodiscard]] bool covers(QDate day) const { return day >= from && day <= to; }
};

struct Booking
{
    QString id;
    QString userId;
    QString projectId;
    QString siteId;
    QString terminal;
    QDate date;
    BookingSlot slot = BookingSlot::Day;
    QDateTime createdAt;
    bool cancelled = false;
    QString cancelledReason; // why, when it was not the person who cancelled (a block)
};

// The stable codes of the refusals below (the wire format and the client's texts use them).
namespace bookingerr {
inline constexpr char DeclarationMissing[] = "booking.declaration-missing"; // 403
inline constexpr char NotAMember[] = "booking.not-a-member";                // 403
inline constexpr char ProjectNotActive[] = "booking.project-not-active";    // 403
inline constexpr char NotNeeded[] = "booking.safe-room-not-needed";         // 403
inline constexpr char DatePast[] = "booking.date-past";                     // 422
inline constexpr char BeyondHorizon[] = "booking.beyond-horizon";           // 422
inline constexpr char RoomClosed[] = "booking.room-closed";                 // 422
inline constexpr char UnknownTerminal[] = "booking.unknown-terminal";       // 422
inline constexpr char TerminalBlocked[] = "booking.terminal-blocked";       // 409
inline constexpr char TerminalTaken[] = "booking.terminal-taken";           // 409
inline constexpr char PersonBusy[] = "booking.person-busy";                 // 409
inline constexpr char NotYours[] = "booking.not-yours";                     // 403
inline constexpr char AlreadyCancelled[] = "booking.already-cancelled";     // 409
inline constexpr char Over[] = "booking.over";                              // 409
inline constexpr char NotSupportStaff[] = "booking.not-support-staff";      // 403
inline constexpr char BadBlock[] = "booking.bad-block";                     // 422
// Sign-in at a safe-room terminal without a booking of that room now (safe_room.require_booking).
inline constexpr char BookingRequired[] = "safe-room-booking-required"; // 403
} // namespace bookingerr

struct BookingRules
{
    int horizonDays = 60; // how far ahead a booking may be made (safe_room.booking_horizon_days)
    int securityDeclarationVersion = 1;
};

// A project needs a safe room when it has a safe-room-only dataset or is not approved for home
// working.
[[nodiscard]] bool projectNeedsSafeRoom(const Project &project, const QList<Dataset> &projectDatasets);

// Everything checkCanBook() looks at.
struct BookingRequest
{
    User user;
    std::optional<Project> project; // empty: no such project
    QList<Dataset> projectDatasets;
    SafeRoom room;
    QString terminal;
    QDate date;
    BookingSlot slot = BookingSlot::Day;
    QDateTime now;                 // the service's wall clock
    QList<Booking> roomBookings;   // the room's bookings that day (cancelled ones are ignored)
    QList<Booking> personBookings; // the person's bookings that day, in any room
    QList<TerminalBlock> blocks;   // the room's blocks
};

// In order: the current security declaration is signed; the person is a member of the project,
// which is active and needs a safe room, and the date is within the project's dates; the date is today or
// later (today: the slot has not ended) and within the horizon; the room is open that day; the terminal is
// the room's and not blocked that day; nobody else has it for an overlapping slot; the person has no other
// booking for an overlapping slot that day.
[[nodiscard]] Status checkCanBook(const BookingRequest &request, const BookingRules &rules);
[[nodiscard]] inline bool canBook(const BookingRequest &request, const BookingRules &rules)
{
    return checkCanBook(request, rules).ok();
}
// The person's own booking, not cancelled, whose slot has not ended.
[[nodiscard]] Status checkCanCancel(const Booking &booking, const User &user, const SafeRoom &room,
                                    const QDateTime &now);
[[nodiscard]] inline bool canCancel(const Booking &booking, const User &user, const SafeRoom &room,
                                    const QDateTime &now)
{
    return checkCanCancel(booking, user, room, now).ok();
}
// Support staff here are administrators: they see rooms' days (with names) and block terminals.
[[nodiscard]] Status checkCanBlock(const User &user);
[[nodiscard]] inline bool canBlock(const User &user)
{
    return checkCanBlock(user).ok();
}
// The booking is live and `now` (the service's wall clock) is within its slot, in its room.
[[nodiscard]] bool bookingCovers(const Booking &booking, const SafeRoom &room, const QDateTime &now);
// The booking's slot has ended by `now`.
[[nodiscard]] bool bookingOver(const Booking &booking, const SafeRoom &room, const QDateTime &now);

} // namespace srs::domain
