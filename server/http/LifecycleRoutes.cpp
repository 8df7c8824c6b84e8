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

void registerLifecycleRoutes(ClearanceServer &server, ServerContext &context, AccountService &accounts,
                             LifecycleService &lifecycle)
{
    server.addRoute(route::AskExtension.spec,
                    writeFromBody<protocol::ExtensionAskRequest>(
                        context, accounts, [&](const Caller &caller, const QString &id, const auto &body) {
                            return lifecycle.askExtension(caller, id, body);
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
                    writeFromBody<protocol::CompletionRequest>(
                        context, accounts, [&](const Caller &caller, const QString &id, const auto &body) {
                            return lifecycle.complete(caller, id, body);
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

    server.addRoute(route::DecideExtension.spec,
                    writeFromBody<protocol::ExtensionDecisionRequest>(
                        context, accounts, [&](const Caller &caller, const QString &id, const auto &body) {
                            return lifecycle.decideExtension(caller, id, body);
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
                    writeFromBody<protocol::StatusChangeRequest>(
                        context, accounts, [&](const Caller &caller, const QString &id, const auto &body) {
                            return lifecycle.suspend(caller, id, body);
                        }));

    server.addRoute(route::ReopenProject.spec,
                    writeFromBody<protocol::StatusChangeRequest>(
                        context, accounts, [&](const Caller &caller, const QString &id, const auto &body) {
                            return lifecycle.reopen(caller, id, body);
                        }));
}

} // namespace srs::server
