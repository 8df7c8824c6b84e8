// Sign-in and sign-out, the caller's profile and declarations: POST /sessions,
// DELETE /sessions/current, GET /me, POST /declarations.

#include "ApiRoutes.h"
#include "RouteGlue.h"

#include "protocol/Routes.h"

#include <httplib.h>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;
namespace route = protocol::route;

void registerAccountRoutes(ClearanceServer &server, ServerContext &context, AccountService &accounts)
{
    // Sign-in is the one route without a session.
    server.addRoute(route::SignIn.spec, [&accounts](const RequestContext &ctx, httplib::Response &res) {
        auto request = protocol::SignInRequest::fromJson(bodyOf(ctx.request));
        if (!request) {
            sendError(res, 400, "bad-request", request.error().message);
            return;
        }
        auto session = accounts.signIn(std::move(request).value(), settingOf(ctx),
                                       QString::fromStdString(ctx.request.remote_addr));
        if (!session) {
            sendServiceError(res, session.error());
            return;
        }
        sendJson(res, ctx.route.successStatus, session.value().toJson());
    });

    server.addRoute(route::SignOut.spec, authed(context, accounts, Access::Writes,
                                                [&accounts](const RequestContext &ctx, const Caller &caller,
                                                            httplib::Response &res, Aftermath &) {
                                                    if (const Status s = accounts.signOut(caller); !s) {
                                                        sendServiceError(res, s.error());
                                                        return;
                                                    }
                                                    res.status = ctx.route.successStatus;
                                                }));

    server.addRoute(route::Me.spec,
                    authed(context, accounts, Access::ReadOnly,
                           [&accounts](const RequestContext &ctx, const Caller &caller,
                                       httplib::Response &res, Aftermath &after) {
                               answer(res, after, accounts.me(caller), ctx.route.successStatus,
                                      [](const protocol::MeInfo &me) { return compact(me.toJsonObject()); });
                           }));

    server.addRoute(route::AcceptDeclaration.spec,
                    authed(context, accounts, Access::Writes,
                           [&accounts](const RequestContext &ctx, const Caller &caller,
                                       httplib::Response &res, Aftermath &after) {
                               auto request = protocol::DeclarationRequest::fromJson(bodyOf(ctx.request));
                               if (!request) {
                                   sendError(res, 400, "bad-request", request.error().message);
                                   return;
                               }
                               answer(res, after, accounts.acceptDeclaration(caller, request.value()),
                                      ctx.route.successStatus,
                                      [](const protocol::MeInfo &me) { return compact(me.toJsonObject()); });
                           }));
}

} // namespace srs::server
