#pragma once

#include "Client.h"

#include <QDate>

namespace srs::api {

// Safe-room bookings: the rooms, a room's free half-days, the person's bookings, booking and
// cancelling; for administrators, a room's day with names and terminal blocks.
class BookingsApi
{
public:
    explicit BookingsApi(Client &client) : m_client(client) {}

    [[nodiscard]] Call<protocol::SafeRoomList> *rooms();
    [[nodiscard]] Call<protocol::Availability> *availability(const QString &roomId, QDate from, QDate to);
    [[nodiscard]] Call<protocol::BookingList> *mine();
    [[nodiscard]] Call<protocol::BookingInfo> *book(const protocol::BookingRequestMessage &request);
    [[nodiscard]] Call<protocol::BookingInfo> *cancel(const QString &bookingId);
    [[nodiscard]] Call<protocol::RoomDay> *day(const QString &roomId, QDate date);
    [[nodiscard]] Call<protocol::BlockInfo> *block(const QString &roomId, const QString &terminal,
                                                   const protocol::BlockRequest &request);
    [[nodiscard]] Call<protocol::NoBody> *unblock(const QString &roomId, const QString &blockId);

private:
    Client &m_client;
};

} // namespace srs::api
