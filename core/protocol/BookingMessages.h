#pragma once

#include "domain/Result.h"
#include "domain/SafeRoomBooking.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace srs::protocol {

// A safe room as everyone signed in sees it: terminals, opening hours, closures.
struct SafeRoomInfo
{
    domain::SafeRoom room;

    [[nodiscard]] QJsonObject toJsonObject() const;
};

struct SafeRoomList
{
    QList<SafeRoomInfo> rooms;
    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<SafeRoomList> fromJson(QByteArrayView body);
};

// A booking. `personName` is filled in only for the person themself and for support staff's view
// of a room's day; researchers never see who else has booked.
struct BookingInfo
{
    QString id;
    QString roomId;
    QString roomName;
    QString terminal;
    QDate date;
    domain::BookingSlot slot = domain::BookingSlot::Day;
    QString projectId;
    bool cancelled = false;
    QString cancelledReason;
    QString personId;
    QString personName;

    [[nodiscard]] QJsonObject toJsonObject() const;
    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<BookingInfo> fromJson(QByteArrayView body);
};

struct BookingList
{
    QList<BookingInfo> bookings;
    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<BookingList> fromJson(QByteArrayView body);
};

// POST /bookings. An empty terminal: the first terminal of the room free for the slot.
struct BookingRequestMessage
{
    QString roomId;
    QString terminal;
    QDate date;
    domain::BookingSlot slot = domain::BookingSlot::Day;
    QString projectId;

    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<BookingRequestMessage> fromJson(QByteArrayView body);
};

// A half-day of one terminal: "free", "booked" (by someone), "mine", "blocked" or "closed".
struct AvailabilityCell
{
    QDate date;
    QString terminal;
    domain::BookingSlot slot = domain::BookingSlot::Morning; // morning or afternoon
    QString state;
    QString reason; // for "closed" and "blocked"
    friend bool operator==(const AvailabilityCell &, const AvailabilityCell &) = default;
};

struct Availability
{
    QString roomId;
    QDate from;
    QDate to;
    QList<AvailabilityCell> cells;

    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<Availability> fromJson(QByteArrayView body);
};

// POST /safe-rooms/{rid}/terminals/{tid}/blocks: from and to inclusive.
struct BlockRequest
{
    QDate from;
    QDate to;
    QString reason;

    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<BlockRequest> fromJson(QByteArrayView body);
};

struct BlockInfo
{
    domain::TerminalBlock block;
    QString createdByName;
    // The bookings the block cancelled (their people are told).
    QList<QString> cancelledBookings;

    [[nodiscard]] QJsonObject toJsonObject() const;
    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<BlockInfo> fromJson(QByteArrayView body);
};

// A room's day for support staff: every live booking, with names, and the blocks of that day.
struct RoomDay
{
    SafeRoomInfo room;
    QDate date;
    QList<BookingInfo> bookings;
    QList<BlockInfo> blocks;

    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<RoomDay> fromJson(QByteArrayView body);
};

// The details of the sign-in refusal "safe-room-booking-required" (ApiError::details): the
// person's next booking, when they have one.
namespace nextbooking {
inline constexpr char Date[] = "next_booking_date"; // "2026-12-08"
inline constexpr char Slot[] = "next_booking_slot"; // "morning"
inline constexpr char Room[] = "next_booking_room"; // the room's name
inline constexpr char Terminal[] = "next_booking_terminal";
} // namespace nextbooking

} // namespace srs::protocol
