// Checks and clearance requests: POST /projects/{id}/checks, the project's submissions (list,
// submit), one submission, and its withdraw and resubmit.

#include "ApiRoutes.h"
#include "RouteGlue.h"

#include "services/SubmissionService.h"

#include "protocol/Routes.h"

#include <httplib.h>

namespace srs::server {

namespace route = protocol::route;

void registerSubmissionRoutes(ClearanceServer &server, ServerContext &context, AccountService &accounts,
                              SubmissionService &submissions)
{
    // A submission or resubmission sent again with its Idempotency-Key: the request as it is now.
    const Replay replaySubmission = [&](const RequestContext &ctx, const Caller &caller,
                                        const QString &madeId, httplib::Response &res, Aftermath &after) {
        answerNamingField(res, after, submissions.get(caller, pathArgument(ctx, 1), madeId),
                          ctx.route.successStatus);
    };

    // Checks read workspace files and run the checker: no request-wide transaction is held
    // while they do (each read is consistent on its own).
    server.addRoute(
        route::Check.spec,
        authed(
            context, accounts, Access::Reads,
            [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res, Aftermath &after) {
                auto request = protocol::CheckRequest::fromJson(bodyOf(ctx.request));
                if (!request)
                    return badRequest(res, request.error());
                answerNamingField(res, after,
                                  submissions.check(caller, pathArgument(ctx, 1), request.value()),
                                  ctx.route.successStatus);
            }));

    server.addRoute(
        route::Submit.spec,
        authedIdempotent(
            context, accounts,
            [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res, Aftermath &after) {
                auto request = protocol::SubmissionRequest::fromJson(bodyOf(ctx.request), false);
                if (!request)
                    return badRequest(res, request.error());
                answerNamingField(res, after,
                                  submissions.submit(caller, pathArgument(ctx, 1), request.value()),
                                  ctx.route.successStatus);
            },
            replaySubmission));

    server.addRoute(route::Submissions.spec,
                    authed(context, accounts, Access::ReadOnly,
                           [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                               Aftermath &after) {
                               answer(res, after, submissions.list(caller, pathArgument(ctx, 1)),
                                      ctx.route.successStatus,
                                      [](const QList<protocol::SubmissionSummary> &list) {
                                          return protocol::encodeSubmissionList(list);
                                      });
                           }));

    server.addRoute(
        route::Submission.spec,
        authed(
            context, accounts, Access::ReadOnly,
            [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res, Aftermath &after) {
                answerNamingField(res, after,
                                  submissions.get(caller, pathArgument(ctx, 1), pathArgument(ctx, 2)),
                                  ctx.route.successStatus);
            }));

    server.addRoute(route::Withdraw.spec,
                    authed(context, accounts, Access::Writes,
                           [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                               Aftermath &after) {
                               auto request = protocol::WithdrawRequest::fromJson(bodyOf(ctx.request));
                               if (!request)
                                   return badRequest(res, request.error());
                               answerNamingField(res, after,
                                                 submissions.withdraw(caller, pathArgument(ctx, 1),
                                                                      pathArgument(ctx, 2), request.value()),
                                                 ctx.route.successStatus);
                           }));

    server.addRoute(
        route::Resubmit.spec,
        authedIdempotent(
            context, accounts,
            [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res, Aftermath &after) {
                auto request = protocol::SubmissionRequest::fromJson(bodyOf(ctx.request), true);
                if (!request)
                    return badRequest(res, request.error());
                answerNamingField(
                    res, after,
                    submissions.resubmit(caller, pathArgument(ctx, 1), pathArgument(ctx, 2), request.value()),
                    ctx.route.successStatus);
            },
            replaySubmission));
}

} // namespace srs::server
