#include "SafeRoomBookings.h"

#include "Clock.h"
#include "RefusalTexts.h"
#include "Session.h"
#include "WorkspaceSync.h"

#include "api/BookingsApi.h"
#include "api/Client.h"

#include <QTimeZone>

#include <algorithm>

namespace srs::session {

SafeRoomBookings::SafeRoomBookings(Session *session, WorkspaceSync *projects, const Clock &clock,
                                   QObject *parent)
    : QObject(parent), m_session(session), m_projects(projects), m_clock(clock)
{
    connect(m_session, &Session::locked, this, [this] { clear(); });
    connect(m_session, &Session::signedOut, this, [this] { clear(); });
}

SafeRoomBookings::~SafeRoomBookings() = default;

bool SafeRoomBookings::active() const
{
    return m_session->state() == Session::State::Active && m_session->api();
}

QDateTime SafeRoomBookings::serviceNow() const
{
    const QDateTime local = m_clock.now().toTimeZone(QTimeZone(QByteArrayLiteral("Europe/London")));
    return QDateTime(local.date(), local.time());
}

std::optional<domain::SafeRoom> SafeRoomBookings::room(const QString &roomId) const
{
    for (const domain::SafeRoom &r : m_rooms)
        if (r.siteId == roomId)
            return r;
    return std::nullopt;
}

QList<domain::Project> SafeRoomBookings::projectsNeedingSafeRoom() const
{
    QList<domain::Project> out;
    if (!m_projects)
        return out;
    for (const protocol::ProjectInfo &p : m_projects->projects()) {
        if (p.project.status != domain::ProjectStatus::Active)
            continue;
        if (domain::projectNeedsSafeRoom(p.project, p.datasets) || p.hiddenDatasets > 0)
            out.append(p.project);
    }
    return out;
}

bool SafeRoomBookings::canCancel(const protocol::BookingInfo &booking) const
{
    const auto r = room(booking.roomId);
    if (!r)
        return false;
    domain::Booking b;
    b.id = booking.id;
    b.userId = m_session->me().user.id;
    b.siteId = booking.roomId;
    b.date = booking.date;
    b.slot = booking.slot;
    b.cancelled = booking.cancelled;
    return domain::canCancel(b, m_session->me().user, *r, serviceNow());
}

bool SafeRoomBookings::canBlock() const
{
    return domain::canBlock(m_session->me().user);
}

void SafeRoomBookings::sortBookings()
{
    const QDate today = serviceNow().date();
    std::stable_sort(m_bookings.begin(), m_bookings.end(),
                     [today](const protocol::BookingInfo &a, const protocol::BookingInfo &b) {
                         const bool aLive = !a.cancelled && a.date >= today;
                         const bool bLive = !b.cancelled && b.date >= today;
                         if (aLive != bLive)
                             return aLive;
                         if (a.date != b.date)
                             return aLive ? a.date < b.date : a.date > b.date;
                         return int(a.slot) < int(b.slot);
                     });
}

void SafeRoomBookings::refresh()
{
    if (!active())
        return;
    m_loads.cancelAll();
    api::BookingsApi bookings(*m_session->api());
    auto *rooms = m_loads.add(bookings.rooms());
    rooms->onSucceeded(this, [this](const protocol::SafeRoomList &list) {
        m_rooms.clear();
        for (const protocol::SafeRoomInfo &r : list.rooms)
            m_rooms.append(r.room);
        emit roomsChanged();
    });
    rooms->onFailed(this, [this](const api::ApiFailure &failure) { emit failed(refusalMessage(failure)); });
    auto *mine = m_loads.add(bookings.mine());
    mine->onSucceeded(this, [this](const protocol::BookingList &list) {
        m_bookings = list.bookings;
        m_loaded = true;
        sortBookings();
        emit bookingsChanged();
    });
    mine->onFailed(this, [this](const api::ApiFailure &failure) { emit failed(refusalMessage(failure)); });
}

void SafeRoomBookings::loadAvailability(const QString &roomId, QDate from, QDate to)
{
    if (!active())
        return;
    m_views.cancelAll();
    auto *call = m_views.add(api::BookingsApi(*m_session->api()).availability(roomId, from, to));
    call->onSucceeded(this, [this](const protocol::Availability &a) {
        m_availability = a;
        emit availabilityChanged();
    });
    call->onFailed(this, [this](const api::ApiFailure &failure) { emit failed(refusalMessage(failure)); });
}

void SafeRoomBookings::takeBooking(const protocol::BookingInfo &booking)
{
    auto it = std::find_if(m_bookings.begin(), m_bookings.end(),
                           [&](const protocol::BookingInfo &b) { return b.id == booking.id; });
    if (it == m_bookings.end())
        m_bookings.append(booking);
    else
        *it = booking;
    sortBookings();
    emit bookingsChanged();
}

void SafeRoomBookings::book(const protocol::BookingRequestMessage &request)
{
    if (!active())
        return;
    auto *call = m_changes.add(api::BookingsApi(*m_session->api()).book(request));
    call->onSucceeded(this, [this, request](const protocol::BookingInfo &booking) {
        takeBooking(booking);
        emit booked(booking);
        if (m_availability.roomId == request.roomId)
            loadAvailability(m_availability.roomId, m_availability.from, m_availability.to);
    });
    call->onFailed(this, [this](const api::ApiFailure &failure) { emit failed(refusalMessage(failure)); });
}

void SafeRoomBookings::cancel(const QString &bookingId)
{
    if (!active())
        return;
    auto *call = m_changes.add(api::BookingsApi(*m_session->api()).cancel(bookingId));
    call->onSucceeded(this, [this](const protocol::BookingInfo &booking) { takeBooking(booking); });
    call->onFailed(this, [this](const api::ApiFailure &failure) { emit failed(refusalMessage(failure)); });
}

void SafeRoomBookings::loadDay(const QString &roomId, QDate date)
{
    if (!active())
        return;
    m_views.cancelAll();
    auto *call = m_views.add(api::BookingsApi(*m_session->api()).day(roomId, date));
    call->onSucceeded(this, [this](const protocol::RoomDay &d) {
        m_day = d;
        emit dayChanged();
    });
    call->onFailed(this, [this](const api::ApiFailure &failure) { emit failed(refusalMessage(failure)); });
}

void SafeRoomBookings::block(const QString &roomId, const QString &terminal,
                             const protocol::BlockRequest &request)
{
    if (!active())
        return;
    auto *call = m_changes.add(api::BookingsApi(*m_session->api()).block(roomId, terminal, request));
    call->onSucceeded(this, [this](const protocol::BlockInfo &info) {
        emit blocked(info);
        if (m_day.room.room.siteId == info.block.siteId)
            loadDay(m_day.room.room.siteId, m_day.date);
    });
    call->onFailed(this, [this](const api::ApiFailure &failure) { emit failed(refusalMessage(failure)); });
}

void SafeRoomBookings::unblock(const QString &roomId, const QString &blockId)
{
    if (!active())
        return;
    auto *call = m_changes.add(api::BookingsApi(*m_session->api()).unblock(roomId, blockId));
    call->onSucceeded(this, [this, roomId](const protocol::NoBody &) {
        if (m_day.room.room.siteId == roomId)
            loadDay(roomId, m_day.date);
    });
    call->onFailed(this, [this](const api::ApiFailure &failure) { emit failed(refusalMessage(failure)); });
}

void SafeRoomBookings::clear()
{
    m_loads.cancelAll();
    m_views.cancelAll();
    m_changes.cancelAll();
    m_rooms.clear();
    m_bookings.clear();
    m_availability = {};
    m_day = {};
    m_loaded = false;
    emit cleared();
}

} // namespace srs::session
