#include "BookingsApi.h"

namespace srs::api {

namespace route = protocol::route;

Call<protocol::SafeRoomList> *BookingsApi::rooms()
{
    return m_client.send(route::SafeRooms);
}

Call<protocol::Availability> *BookingsApi::availability(const QString &roomId, QDate from, QDate to)
{
    return m_client.send(
        route::SafeRoomAvailability, {roomId},
        QStringLiteral("?from=%1&to=%2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
}

Call<protocol::BookingList> *BookingsApi::mine()
{
    return m_client.send(route::MyBookings);
}

Call<protocol::BookingInfo> *BookingsApi::book(const protocol::BookingRequestMessage &request)
{
    return m_client.send(route::Book, {}, request);
}

Call<protocol::BookingInfo> *BookingsApi::cancel(const QString &bookingId)
{
    return m_client.send(route::CancelBooking, {bookingId});
}

Call<protocol::RoomDay> *BookingsApi::day(const QString &roomId, QDate date)
{
    return m_client.send(route::SafeRoomDay, {roomId},
                         QStringLiteral("?date=%1").arg(date.toString(Qt::ISODate)));
}

Call<protocol::BlockInfo> *BookingsApi::block(const QString &roomId, const QString &terminal,
                                              const protocol::BlockRequest &request)
{
    return m_client.send(route::BlockTerminal, {roomId, terminal}, request);
}

Call<protocol::NoBody> *BookingsApi::unblock(const QString &roomId, const QString &blockId)
{
    return m_client.send(route::UnblockTerminal, {roomId, blockId});
}

} // namespace srs::api
