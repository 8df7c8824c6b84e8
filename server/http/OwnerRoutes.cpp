// Data owners' approval: GET /owner/requests, POST /owner/requests/{aid}/decision, GET
// /owner/projects, POST /owner/projects/{id}/datasets/{did}/withdrawal; and the public
// data-access register, GET /register/projects.

#include "ApiRoutes.h"
#include "RouteGlue.h"

#include "services/DataOwnerService.h"

#include "protocol/Routes.h"

#include <httplib.h>

namespace srs::server {

namespace route = protocol::route;

void registerOwnerRoutes(ClearanceServer &server, ServerContext &context, AccountService &accounts,
                         DataOwnerService &owners)
{
    server.addRoute(route::OwnerRequests.spec,
                    authed(context, accounts, Access::ReadOnly,
                           [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                               Aftermath &after) {
                               answer(res, after, owners.requests(caller), ctx.route.successStatus,
                                      [](const QList<protocol::OwnerRequestInfo> &list) {
                                          return protocol::encodeOwnerRequests(list);
                                      });
                           }));

    server.addRoute(
        route::OwnerDecision.spec,
        authed(
            context, accounts, Access::Writes,
            [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res, Aftermath &after) {
                auto request = protocol::OwnerDecisionRequest::fromJson(bodyOf(ctx.request));
                if (!request)
                    return badRequest(res, request.error());
                answer(res, after, owners.decide(caller, pathArgument(ctx, 1), request.value()),
                       ctx.route.successStatus,
                       [](const protocol::OwnerRequestInfo &r) { return compact(r.toJsonObject()); });
            }));

    server.addRoute(route::OwnerProjects.spec,
                    authed(context, accounts, Access::ReadOnly,
                           [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                               Aftermath &after) {
                               answer(res, after, owners.projects(caller), ctx.route.successStatus,
                                      [](const QList<protocol::OwnerProjectInfo> &list) {
                                          return protocol::encodeOwnerProjects(list);
                                      });
                           }));

    server.addRoute(
        route::OwnerWithdrawal.spec,
        authed(
            context, accounts, Access::Writes,
            [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res, Aftermath &after) {
                auto request = protocol::OwnerWithdrawalRequest::fromJson(bodyOf(ctx.request));
                if (!request)
                    return badRequest(res, request.error());
                answer(res, after,
                       owners.withdraw(caller, pathArgument(ctx, 1), pathArgument(ctx, 2), request.value()),
                       ctx.route.successStatus,
                       [](const protocol::OwnerProjectInfo &p) { return compact(p.toJsonObject()); });
            }));

    server.addRoute(route::RegisterProjects.spec,
                    authed(context, accounts, Access::ReadOnly,
                           [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                               Aftermath &after) {
                               answer(res, after, owners.registerOf(caller), ctx.route.successStatus,
                                      [](const QList<protocol::ProjectRegisterEntry> &list) {
                                          return protocol::encodeProjectRegister(list);
                                      });
                           }));
}

} // namespace srs::server
