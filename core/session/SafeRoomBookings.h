#pragma once

#include "api/CallGroup.h"
#include "protocol/BookingMessages.h"
#include "protocol/Messages.h"

#include <QDate>
#include <QObject>

namespace srs::session {

class Clock;
class Session;
class WorkspaceSync;

// Safe-room bookings for the service desk: the rooms and the person's bookings (asked on
// refresh()), a room's free half-days for the days asked, booking and cancelling; and for
// administrators a room's day with names, and taking terminals out of use. The server decides
// every permission; canCancel() and canBlock() use the same rules (domain/SafeRoomBooking.h) so
// the screens grey out what it would refuse. Locking or signing out clears everything.
class SafeRoomBookings : public QObject
{
    Q_OBJECT
public:
    SafeRoomBookings(Session *session, WorkspaceSync *projects, const Clock &clock,
                     QObject *parent = nullptr);
    ~SafeRoomBookings() override;

    [[nodiscard]] const QList<domain::SafeRoom> &rooms() const { return m_rooms; }
    [[nodiscard]] std::optional<domain::SafeRoom> room(const QString &roomId) const;
    // The person's bookings, soonest first; cancelled and past ones after those to come.
    [[nodiscard]] const QList<protocol::BookingInfo> &bookings() const { return m_bookings; }
    [[nodiscard]] const protocol::Availability &availability() const { return m_availability; }
    [[nodiscard]] const protocol::RoomDay &day() const { return m_day; }
    [[nodiscard]] bool isLoading() const { return !m_loads.isEmpty(); }
    [[nodiscard]] bool hasLoaded() const { return m_loaded; }

    // The person's projects that need a safe room (no home working, or safe-room-only data), as far
    // as this client can tell; the server decides.
    [[nodiscard]] QList<domain::Project> projectsNeedingSafeRoom() const;
    [[nodiscard]] bool canCancel(const protocol::BookingInfo &booking) const;
    [[nodiscard]] bool canBlock() const;
    // The service's wall clock now (Europe/London).
    [[nodiscard]] QDateTime serviceNow() const;

    void refresh();
    void loadAvailability(const QString &roomId, QDate from, QDate to);
    void book(const protocol::BookingRequestMessage &request);
    void cancel(const QString &bookingId);
    void loadDay(const QString &roomId, QDate date);
    void block(const QString &roomId, const QString &terminal, const protocol::BlockRequest &request);
    void unblock(const QString &roomId, const QString &blockId);
    void clear();

signals:
    void roomsChanged();
    void bookingsChanged();
    void availabilityChanged();
    void dayChanged();
    void booked(const srs::protocol::BookingInfo &booking);
    void blocked(const srs::protocol::BlockInfo &block);
    // A call was refused or failed: what to show (already in the person's language).
    void failed(const QString &message);
    void cleared();

private:
    void takeBooking(const protocol::BookingInfo &booking);
    void sortBookings();
    [[nodiscard]] bool active() const;

    Session *m_session;
    WorkspaceSync *m_projects;
    const Clock &m_clock;
    bool m_loaded = false;
    QList<domain::SafeRoom> m_rooms;
    QList<protocol::BookingInfo> m_bookings;
    protocol::Availability m_availability;
    protocol::RoomDay m_day;
    api::CallGroup m_loads;   // rooms and bookings
    api::CallGroup m_views;   // availability and a room's day
    api::CallGroup m_changes; // book, cancel, block, unblock
};

} // namespace srs::session
