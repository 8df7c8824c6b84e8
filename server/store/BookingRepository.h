#pragma once

#include "StoreResult.h"

#include "domain/SafeRoomBooking.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace srs::store {

class Database;

// Safe rooms as bookings see them (terminals, opening hours, closures), bookings and terminal
// blocks. Every method runs in the caller's transaction when there is one.
class BookingRepository
{
public:
    explicit BookingRepository(Database &db) : m_db(db) {}

    // Every site, with its terminals, hours (the default when none are set) and closures from
    // `closuresFrom` on; by name.
    [[nodiscard]] Result<QList<domain::SafeRoom>> rooms(QDate closuresFrom);
    [[nodiscard]] Result<domain::SafeRoom> room(const QString &siteId, QDate closuresFrom);
    // The room whose site has this name (a terminal certificate's L field).
    [[nodiscard]] Result<domain::SafeRoom> roomNamed(const QString &siteName, QDate closuresFrom);
    [[nodiscard]] Status addTerminal(const QString &siteId, const QString &terminal);
    [[nodiscard]] Status removeTerminal(const QString &siteId, const QString &terminal);
    [[nodiscard]] Status setHours(const QString &siteId, const domain::OpeningHours &hours);
    // Adds or replaces the closure of that day.
    [[nodiscard]] Status addClosure(const QString &siteId, const domain::Closure &closure);

    [[nodiscard]] Status createBooking(const domain::Booking &booking);
    [[nodiscard]] Result<domain::Booking> findBooking(const QString &id);
    // Sets cancelled_at; Conflict when it was cancelled already.
    [[nodiscard]] Status cancelBooking(const QString &id, const QDateTime &at, const QString &reason);
    // Live (not cancelled) bookings of the room from `from` to `to` inclusive, by day.
    [[nodiscard]] Result<QList<domain::Booking>> roomBookings(const QString &siteId, QDate from, QDate to);
    // The person's live bookings from `from` to `to` inclusive (any room), by day.
    [[nodiscard]] Result<QList<domain::Booking>> personBookings(const QString &userId, QDate from, QDate to);
    // The person's bookings, cancelled ones too, from `from` on, by day.
    [[nodiscard]] Result<QList<domain::Booking>> personBookingsFrom(const QString &userId, QDate from);
    // Every live booking of a day, every room (for the reminder of the day before).
    [[nodiscard]] Result<QList<domain::Booking>> bookingsOn(QDate day);

    [[nodiscard]] Status createBlock(const domain::TerminalBlock &block, const QDateTime &at);
    [[nodiscard]] Result<domain::TerminalBlock> findBlock(const QString &id);
    // Sets removed_at; Conflict when it was removed already.
    [[nodiscard]] Status removeBlock(const QString &id, const QDateTime &at);
    // Blocks in force of the room that overlap `from`..`to`.
    [[nodiscard]] Result<QList<domain::TerminalBlock>> blocks(const QString &siteId, QDate from, QDate to);

private:
    [[nodiscard]] Status fill(domain::SafeRoom &room, QDate closuresFrom);
    [[nodiscard]] Result<QList<domain::Booking>> bookingsWhere(const QString &where,
                                                               const QVariantList &args);

    Database &m_db;
};

} // namespace srs::store
