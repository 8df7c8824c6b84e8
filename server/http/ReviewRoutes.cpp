// Reviewing: the checkers' queue and statistics, claiming a request, its review context, a
// round's files, the checker's votes, and the fresh comparison with the project's releases.

#include "ApiRoutes.h"
#include "RouteGlue.h"

#include "services/ReviewService.h"

#include "protocol/Routes.h"

#include <httplib.h>

namespace srs::server {

namespace route = protocol::route;

void registerReviewRoutes(ClearanceServer &server, ServerContext &context, AccountService &accounts,
                          ReviewService &reviews)
{
    // The queue reads every waiting request: one snapshot, a fixed number of statements.
    server.addRoute(route::ReviewQueueRoute.spec,
                    authed(context, accounts, Access::ReadOnly,
                           [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                               Aftermath &after) {
                               answer(res, after, reviews.queue(caller), ctx.route.successStatus,
                                      [](const protocol::ReviewQueue &q) { return q.toJson(); });
                           }));

    server.addRoute(
        route::ReviewStatisticsRoute.spec,
        authed(
            context, accounts, Access::ReadOnly,
            [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res, Aftermath &after) {
                int weeks = 12;
                if (ctx.request.has_param("weeks")) {
                    bool ok = false;
                    weeks = QString::fromStdString(ctx.request.get_param_value("weeks")).toInt(&ok);
                    if (!ok)
                        weeks = 0; // refused below, naming the parameter
                }
                answer(res, after, reviews.statistics(caller, weeks), ctx.route.successStatus,
                       [](const protocol::ReviewStatistics &s) { return s.toJson(); });
            }));

    server.addRoute(route::Claim.spec,
                    authed(context, accounts, Access::Writes,
                           [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                               Aftermath &after) {
                               answerNamingField(res, after, reviews.claim(caller, pathArgument(ctx, 1)),
                                                 ctx.route.successStatus);
                           }));

    server.addRoute(route::Review.spec,
                    authed(context, accounts, Access::ReadOnly,
                           [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                               Aftermath &after) {
                               const bool insist = ctx.request.get_param_value("votes") == "all";
                               answerNamingField(res, after,
                                                 reviews.context(caller, pathArgument(ctx, 1), insist),
                                                 ctx.route.successStatus);
                           }));

    // Reads the round's snapshots, may summarise releases not summarised yet, and records the
    // comparison: the audit event is a write.
    server.addRoute(route::ReleaseDifferences.spec,
                    authed(context, accounts, Access::Writes,
                           [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                               Aftermath &after) {
                               answerNamingField(res, after,
                                                 reviews.releaseDifferences(caller, pathArgument(ctx, 1)),
                                                 ctx.route.successStatus);
                           }));

    // Reads a blob and records the read: the audit event is the write.
    server.addRoute(route::RoundFile.spec,
                    authed(context, accounts, Access::Writes,
                           [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                               Aftermath &after) {
                               auto file = reviews.roundFile(caller, pathArgument(ctx, 1), pathNumber(ctx, 2),
                                                             pathNumber(ctx, 3));
                               if (!file) {
                                   if (httpStatusFor(file.error()) == 403)
                                       after.refusal = file.error();
                                   return sendServiceError(res, file.error());
                               }
                               sendFile(res, file->path, file->sha256, file->bytes);
                           }));

    server.addRoute(route::Vote.spec,
                    authed(context, accounts, Access::Writes,
                           [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                               Aftermath &after) {
                               auto request = protocol::VoteRequest::fromJson(bodyOf(ctx.request));
                               if (!request)
                                   return badRequest(res, request.error());
                               answerNamingField(res, after,
                                                 reviews.vote(caller, pathArgument(ctx, 1), request.value()),
                                                 ctx.route.successStatus);
                           }));
}

} // namespace srs::server
