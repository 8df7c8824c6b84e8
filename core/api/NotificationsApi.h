#pragma once

#include "Client.h"

namespace srs::api {

// The notification centre: the person's notices (newest first, with the unread count), and
// marking some or all of them read on the server.
class NotificationsApi
{
public:
    explicit NotificationsApi(Client &client) : m_client(client) {}

    [[nodiscard]] Call<protocol::NotificationList> *list();
    [[nodiscard]] Call<protocol::NoBody> *markRead(const protocol::MarkReadRequest &request);

private:
    Client &m_client;
};

} // namespace srs::api
