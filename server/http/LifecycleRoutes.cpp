// A project's lifecycle: the lead's extension requests and completion report under
// /projects/{id}, and the service desk's (administrators') extension requests, decisions,
// projects, suspension and reopening.

#include "ApiRoutes.h"
#include "RouteGlue.h"

#include "services/LifecycleService.h"

#include "protocol/Routes.h"

#include <httplib.h>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;
namespace route = protocol::route;

namespace {

// Decodes the request's body as a Message; on failure answers 400 (naming the field when one is
// to blame) and returns nothing.
template <class Message>
std::optional<Message> decodeBody(const RequestContext &ctx, httplib::Response &res)
{
    auto decoded = Message::fromJson(bodyOf(ctx.request));
    if (!decoded) {
        if (!decoded.error().field.isEmpty())
            sendJson(res, 400, protocol::encodeFieldError(decoded.error()));
        else
            badRequest(res, decoded.error());
        return std::nullopt;
    }
    return std::move(decoded).value();
}

} // namespace

void registerLifecycleRoutes(ClearanceServer &server, ServerContext &context, AccountService &accounts,
                             LifecycleService &lifecycle)
{
    server.addRoute(route::AskExtension.spec,
                    authed(context, accounts, Access::Writes,
                           [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                               Aftermath &after) {
                               const auto body = decodeBody<protocol::ExtensionAskRequest>(ctx, res);
                               if (!body)
                                   return;
                               answerNamingField(res, after,
                                                 lifecycle.askExtension(caller, pathArgument(ctx, 1), *body),
                                                 ctx.route.successStatus);
                           }));

    server.addRoute(route::ExtensionRequests.spec,
                    authed(context, accounts, Access::ReadOnly,
                           [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                               Aftermath &after) {
                               answer(res, after, lifecycle.extensions(caller, pathArgument(ctx, 1)),
                                      ctx.route.successStatus,
                                      [](const QList<protocol::ExtensionRequestInfo> &list) {
                                          return protocol::encodeExtensionRequestList(list);
                                      });
                           }));

    server.addRoute(route::CompleteProject.spec,
                    authed(context, accounts, Access::Writes,
                           [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                               Aftermath &after) {
                               const auto body = decodeBody<protocol::CompletionRequest>(ctx, res);
                               if (!body)
                                   return;
                               answerNamingField(res, after,
                                                 lifecycle.complete(caller, pathArgument(ctx, 1), *body),
                                                 ctx.route.successStatus);
                           }));

    server.addRoute(route::DeskExtensionRequests.spec,
                    authed(context, accounts, Access::ReadOnly,
                           [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                               Aftermath &after) {
                               answer(res, after, lifecycle.pendingExtensions(caller),
                                      ctx.route.successStatus,
                                      [](const QList<protocol::ExtensionRequestInfo> &list) {
                                          return protocol::encodeExtensionRequestList(list);
                                      });
                           }));

    server.addRoute(
        route::DecideExtension.spec,
        authed(
            context, accounts, Access::Writes,
            [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res, Aftermath &after) {
                const auto body = decodeBody<protocol::ExtensionDecisionRequest>(ctx, res);
                if (!body)
                    return;
                answerNamingField(res, after, lifecycle.decideExtension(caller, pathArgument(ctx, 1), *body),
                                  ctx.route.successStatus);
            }));

    server.addRoute(route::DeskProjects.spec,
                    authed(context, accounts, Access::ReadOnly,
                           [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                               Aftermath &after) {
                               answer(res, after, lifecycle.deskProjects(caller), ctx.route.successStatus,
                                      [](const QList<protocol::DeskProjectInfo> &list) {
                                          return protocol::encodeDeskProjectList(list);
                                      });
                           }));

    server.addRoute(route::SuspendProject.spec,
                    authed(context, accounts, Access::Writes,
                           [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                               Aftermath &after) {
                               const auto body = decodeBody<protocol::StatusChangeRequest>(ctx, res);
                               if (!body)
                                   return;
                               answerNamingField(res, after,
                                                 lifecycle.suspend(caller, pathArgument(ctx, 1), *body),
                                                 ctx.route.successStatus);
                           }));

    server.addRoute(route::ReopenProject.spec,
                    authed(context, accounts, Access::Writes,
                           [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                               Aftermath &after) {
                               const auto body = decodeBody<protocol::StatusChangeRequest>(ctx, res);
                               if (!body)
                                   return;
                               answerNamingField(res, after,
                                                 lifecycle.reopen(caller, pathArgument(ctx, 1), *body),
                                                 ctx.route.successStatus);
                           }));
}

} // namespace srs::server
