// Managing people's accounts, for administrators: the directory, one person, adding a person,
// roles, accreditation, project membership, disabling and enabling, ending sessions, resetting
// TOTP and revoking a device certificate. Every change runs in the services' own transactions.

#include "ApiRoutes.h"
#include "RouteGlue.h"

#include "services/AdminAccountsService.h"

#include "protocol/Routes.h"

#include <httplib.h>

namespace srs::server {

namespace route = protocol::route;

namespace {

// A route whose answer is the person as administrators see them, after a change with a body of
// type Request: decoded (400 naming the field when it cannot be), then `change`.
template <class Request, class Change>
RouteHandler changeWithBody(ServerContext &context, AccountService &accounts, Change change)
{
    return authed(
        context, accounts, Access::Writes,
        [change](const RequestContext &ctx, const Caller &caller, httplib::Response &res, Aftermath &after) {
            auto request = Request::fromJson(bodyOf(ctx.request));
            if (!request)
                return badRequest(res, request.error());
            answerNamingField(res, after, change(ctx, caller, request.value()), ctx.route.successStatus);
        });
}

} // namespace

void registerAdminAccountRoutes(ClearanceServer &server, ServerContext &context, AccountService &accounts,
                                AdminAccountsService &admin)
{
    using protocol::ReasonRequest;

    server.addRoute(route::AdminUsers.spec, authed(context, accounts, Access::ReadOnly,
                                                   [&](const RequestContext &ctx, const Caller &caller,
                                                       httplib::Response &res, Aftermath &after) {
                                                       answerNamingField(res, after, admin.directory(caller),
                                                                         ctx.route.successStatus);
                                                   }));

    server.addRoute(route::AdminUser.spec,
                    authed(context, accounts, Access::ReadOnly,
                           [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                               Aftermath &after) {
                               answerNamingField(res, after, admin.person(caller, pathArgument(ctx, 1)),
                                                 ctx.route.successStatus);
                           }));

    // The answer holds the initial password and the TOTP secret: sent once, never logged.
    server.addRoute(route::AdminCreateUser.spec,
                    changeWithBody<protocol::NewAccountRequest>(
                        context, accounts,
                        [&](const RequestContext &, const Caller &caller,
                            const protocol::NewAccountRequest &r) { return admin.create(caller, r); }));

    server.addRoute(route::AdminSetRoles.spec, changeWithBody<protocol::RolesRequest>(
                                                   context, accounts,
                                                   [&](const RequestContext &ctx, const Caller &caller,
                                                       const protocol::RolesRequest &r) {
                                                       return admin.setRoles(caller, pathArgument(ctx, 1), r);
                                                   }));

    server.addRoute(
        route::AdminSetAccreditation.spec,
        changeWithBody<protocol::AccreditationRequest>(
            context, accounts,
            [&](const RequestContext &ctx, const Caller &caller, const protocol::AccreditationRequest &r) {
                return admin.setAccreditation(caller, pathArgument(ctx, 1), r);
            }));

    server.addRoute(
        route::AdminRevokeAccreditation.spec,
        changeWithBody<ReasonRequest>(
            context, accounts, [&](const RequestContext &ctx, const Caller &caller, const ReasonRequest &r) {
                return admin.revokeAccreditation(caller, pathArgument(ctx, 1), r);
            }));

    server.addRoute(
        route::AdminSetMember.spec,
        changeWithBody<protocol::MembershipRequest>(
            context, accounts,
            [&](const RequestContext &ctx, const Caller &caller, const protocol::MembershipRequest &r) {
                return admin.setMember(caller, pathArgument(ctx, 1), pathArgument(ctx, 2), r);
            }));

    server.addRoute(
        route::AdminRemoveMember.spec,
        authed(
            context, accounts, Access::Writes,
            [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res, Aftermath &after) {
                answerNamingField(res, after,
                                  admin.removeMember(caller, pathArgument(ctx, 1), pathArgument(ctx, 2)),
                                  ctx.route.successStatus);
            }));

    server.addRoute(
        route::AdminDisableUser.spec,
        changeWithBody<ReasonRequest>(
            context, accounts, [&](const RequestContext &ctx, const Caller &caller, const ReasonRequest &r) {
                return admin.disable(caller, pathArgument(ctx, 1), r);
            }));

    server.addRoute(
        route::AdminEnableUser.spec,
        changeWithBody<ReasonRequest>(
            context, accounts, [&](const RequestContext &ctx, const Caller &caller, const ReasonRequest &r) {
                return admin.enable(caller, pathArgument(ctx, 1), r);
            }));

    server.addRoute(
        route::AdminEndSessions.spec,
        changeWithBody<ReasonRequest>(
            context, accounts, [&](const RequestContext &ctx, const Caller &caller, const ReasonRequest &r) {
                return admin.endSessions(caller, pathArgument(ctx, 1), r);
            }));

    // The answer holds the new TOTP secret: sent once, never logged.
    server.addRoute(
        route::AdminResetTotp.spec,
        changeWithBody<ReasonRequest>(
            context, accounts, [&](const RequestContext &ctx, const Caller &caller, const ReasonRequest &r) {
                return admin.resetTotp(caller, pathArgument(ctx, 1), r);
            }));

    server.addRoute(route::AdminRevokeDevice.spec, changeWithBody<protocol::DeviceRevocationRequest>(
                                                       context, accounts,
                                                       [&](const RequestContext &, const Caller &caller,
                                                           const protocol::DeviceRevocationRequest &r) {
                                                           return admin.revokeDevice(caller, r);
                                                       }));
}

} // namespace srs::server
