#pragma once

#include "AccountService.h"

#include "protocol/BookingMessages.h"

#include <QDate>

namespace srs::server {

// Safe-room bookings (see domain/SafeRoomBooking.h for the rules, checked here for every
// request).
//
// Who sees what. Everyone signed in sees the rooms (terminals, hours, closures) and each room's
// free, taken, blocked and closed half-days, never who took them; a person sees their own
// bookings. Administrators (the support staff of bookings) see a room's day with names, and take
// terminals out of use ("blocks"); a block cancels the live bookings it covers.
//
// The sign-in check (safe_room.require_booking): signing in at a safe-room terminal needs a
// booking of that room (any of its terminals, so staff can seat someone at another one) whose
// slot covers now. Support staff (output checkers and administrators) are exempt. It is checked
// when the session starts only; a session begun in a booked slot runs to its usual end.
//
// Audit: "booking.made", "booking.cancelled" (by the person, or by a block: "by_block"),
// "terminal.blocked", "terminal.unblocked"; policy refusals as on every route, and
// "booking.sign-in-refused".
class BookingService
{
public:
    explicit BookingService(ServerContext &context);

    [[nodiscard]] Result<protocol::SafeRoomList> rooms(const Caller &caller);
    [[nodiscard]] Result<protocol::Availability> availability(const Caller &caller, const QString &roomId,
                                                              QDate from, QDate to);
    [[nodiscard]] Result<protocol::BookingList> mine(const Caller &caller);
    [[nodiscard]] Result<protocol::BookingInfo> book(const Caller &caller,
                                                     const protocol::BookingRequestMessage &request);
    [[nodiscard]] Result<protocol::BookingInfo> cancel(const Caller &caller, const QString &bookingId);
    [[nodiscard]] Result<protocol::RoomDay> day(const Caller &caller, const QString &roomId, QDate date);
    [[nodiscard]] Result<protocol::BlockInfo> block(const Caller &caller, const QString &roomId,
                                                    const QString &terminal,
                                                    const protocol::BlockRequest &request);
    [[nodiscard]] Status unblock(const Caller &caller, const QString &roomId, const QString &blockId);

    // Every live booking of `day`, every room: the daily reminder sweep lists tomorrow's.
    [[nodiscard]] Result<QList<domain::Booking>> bookingsOn(QDate day);

    // The sign-in check at a safe-room terminal of the site named `siteName`: allowed unless
    // safe_room.require_booking is on, the person is not support staff, and they hold no booking
    // of that room covering now. The refusal (safe-room-booking-required) names their next
    // booking in its message and details.
    [[nodiscard]] Status checkSignIn(const domain::User &user, const QString &siteName, const QDateTime &now);

    // The service's wall clock (Europe/London by default) at `moment`.
    [[nodiscard]] QDateTime serviceTime(const QDateTime &moment) const;

private:
    [[nodiscard]] Result<domain::SafeRoom> loadRoom(const QString &roomId, QDate today);
    [[nodiscard]] protocol::BookingInfo describe(const domain::Booking &booking, const QString &roomName,
                                                 bool withPerson);
    [[nodiscard]] QString personName(const QString &userId);

    ServerContext &m_context;
};

} // namespace srs::server
