// Reviewing ingest requests, for checkers: the queue, one request with its files' decisions, a
// file's bytes from quarantine (for preview) and a checker's vote on one file.

#include "ApiRoutes.h"
#include "RouteGlue.h"

#include "services/IngestReviewService.h"

#include "protocol/Routes.h"

#include <httplib.h>

namespace srs::server {

namespace route = protocol::route;

void registerIngestReviewRoutes(ClearanceServer &server, ServerContext &context, AccountService &accounts,
                                IngestReviewService &reviews)
{
    server.addRoute(route::IngestReviewQueueRoute.spec,
                    authed(context, accounts, Access::ReadOnly,
                           [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                               Aftermath &after) {
                               answer(res, after, reviews.queue(caller), ctx.route.successStatus,
                                      [](const protocol::IngestReviewQueue &q) { return q.toJson(); });
                           }));

    server.addRoute(route::IngestReview.spec,
                    authed(context, accounts, Access::ReadOnly,
                           [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                               Aftermath &after) {
                               answerNamingField(res, after, reviews.review(caller, pathArgument(ctx, 1)),
                                                 ctx.route.successStatus);
                           }));

    // Reads a quarantined file and records the read: the audit event is the write.
    server.addRoute(route::IngestReviewFile.spec,
                    authed(context, accounts, Access::Writes,
                           [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                               Aftermath &after) {
                               auto file = reviews.file(caller, pathArgument(ctx, 1), pathNumber(ctx, 2));
                               if (!file) {
                                   if (httpStatusFor(file.error()) == 403)
                                       after.refusal = file.error();
                                   return sendServiceError(res, file.error());
                               }
                               sendFile(res, file->name, file->sha256, file->bytes);
                           }));

    server.addRoute(route::IngestVote.spec,
                    authed(context, accounts, Access::Writes,
                           [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                               Aftermath &after) {
                               auto request = protocol::IngestVoteRequest::fromJson(bodyOf(ctx.request));
                               if (!request)
                                   return badRequest(res, request.error());
                               answerNamingField(res, after,
                                                 reviews.vote(caller, pathArgument(ctx, 1),
                                                              pathNumber(ctx, 2), request.value()),
                                                 ctx.route.successStatus);
                           }));
}

} // namespace srs::server
