#include "NotificationsApi.h"

namespace srs::api {

namespace route = protocol::route;

Call<protocol::NotificationList> *NotificationsApi::list()
{
    return m_client.send(route::Notifications);
}

Call<protocol::NoBody> *NotificationsApi::markRead(const protocol::MarkReadRequest &request)
{
    return m_client.send(route::MarkNotificationsRead, {}, request);
}

} // namespace srs::api
