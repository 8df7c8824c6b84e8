// Projects, datasets and the workspace: GET /projects, /projects/{id}, /projects/{id}/workspace
// and /datasets.

#include "ApiRoutes.h"
#include "RouteGlue.h"

#include "services/ProjectService.h"

#include "protocol/Routes.h"

#include <httplib.h>

#include <utility>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;
namespace route = protocol::route;

void registerProjectRoutes(ClearanceServer &server, ServerContext &context, AccountService &accounts,
                           ProjectService &projects)
{
    // The clients' poll, the most frequent call, first: cpp-httplib matches a method's routes
    // in the order they were added. Its project's revision is read with the session, so an
    // up-to-date client's poll costs one statement in all.
    server.addRoute(
        route::Workspace.spec,
        authed(
            context, accounts, Access::Reads,
            [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res, Aftermath &after) {
                const QString id = pathArgument(ctx, 1);
                qint64 since = 0;
                if (ctx.request.has_param("since")) {
                    bool ok = false;
                    since = QString::fromStdString(ctx.request.get_param_value("since")).toLongLong(&ok);
                    if (!ok || since < 0) {
                        sendError(res, 400, "bad-request",
                                  u"since: expected a revision number (0 or more)"_s);
                        return;
                    }
                }
                QString cursor;
                if (ctx.request.has_param("cursor"))
                    cursor = QString::fromStdString(ctx.request.get_param_value("cursor"));
                int limit = ProjectService::DefaultWorkspacePage;
                if (ctx.request.has_param("limit")) {
                    bool ok = false;
                    limit = QString::fromStdString(ctx.request.get_param_value("limit")).toInt(&ok);
                    if (!ok) {
                        sendError(res, 400, "bad-request", u"limit: expected a number of entries"_s);
                        return;
                    }
                }
                answer(res, after,
                       projects.workspace(caller, id, since, cursor, limit,
                                          std::exchange(ctx.projectRevision, {})),
                       ctx.route.successStatus,
                       [](const protocol::WorkspaceChangesInfo &w) { return w.toJson(); });
            }),
        RouteReads{.projectRevisionOf = 1});

    server.addRoute(route::Projects.spec, authed(context, accounts, Access::ReadOnly,
                                                 [&](const RequestContext &ctx, const Caller &caller,
                                                     httplib::Response &res, Aftermath &after) {
                                                     answer(res, after, projects.list(caller),
                                                            ctx.route.successStatus,
                                                            [](const QList<protocol::ProjectInfo> &list) {
                                                                return protocol::encodeProjectList(list);
                                                            });
                                                 }));

    server.addRoute(
        route::Project.spec,
        authed(
            context, accounts, Access::ReadOnly,
            [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res, Aftermath &after) {
                answer(res, after, projects.detail(caller, pathArgument(ctx, 1)), ctx.route.successStatus,
                       [](const protocol::ProjectInfo &p) { return compact(p.toJsonObject(true)); });
            }));

    server.addRoute(route::Datasets.spec, authed(context, accounts, Access::ReadOnly,
                                                 [&](const RequestContext &ctx, const Caller &caller,
                                                     httplib::Response &res, Aftermath &after) {
                                                     answer(res, after, projects.datasets(caller),
                                                            ctx.route.successStatus,
                                                            [](const QList<domain::Dataset> &list) {
                                                                return protocol::encodeDatasetList(list);
                                                            });
                                                 }));
}

} // namespace srs::server
