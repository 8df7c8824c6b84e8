// The notification centre: GET /notifications, POST /notifications/read. A person reads and marks
// only their own notices.

#include "ApiRoutes.h"
#include "RouteGlue.h"

#include "services/NotificationService.h"

#include "protocol/Routes.h"

#include <httplib.h>

namespace srs::server {

namespace route = protocol::route;

void registerNotificationRoutes(ClearanceServer &server, ServerContext &context, AccountService &accounts)
{
    // A poll, like the workspace's: each read consistent on its own.
    server.addRoute(route::Notifications.spec,
                    authed(context, accounts, Access::Reads,
                           [&context](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                                      Aftermath &after) {
                               answer(res, after, NotificationService(context).list(caller),
                                      ctx.route.successStatus,
                                      [](const protocol::NotificationList &list) { return list.toJson(); });
                           }));

    server.addRoute(
        route::MarkNotificationsRead.spec,
        authed(
            context, accounts, Access::Writes,
            [&context](const RequestContext &ctx, const Caller &caller, httplib::Response &res, Aftermath &) {
                auto request = protocol::MarkReadRequest::fromJson(bodyOf(ctx.request));
                if (!request) {
                    badRequest(res, request.error());
                    return;
                }
                if (const Status s = NotificationService(context).markRead(caller, request.value()); !s) {
                    sendServiceError(res, s.error());
                    return;
                }
                res.status = ctx.route.successStatus;
            }));
}

} // namespace srs::server
