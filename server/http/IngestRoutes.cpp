// Bringing files into a project, the upload: an ingest request (make, list, one), its files'
// chunks, what is still missing, finish and cancel; all under /projects/{id}/ingests.

#include "ApiRoutes.h"
#include "RouteGlue.h"

#include "services/IngestService.h"

#include "protocol/Routes.h"

#include <httplib.h>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;
namespace route = protocol::route;

void registerIngestRoutes(ClearanceServer &server, ServerContext &context, AccountService &accounts,
                          IngestService &ingests)
{
    // The most frequent call of an upload first: a chunk. Its body is the chunk's bytes, as the
    // HTTP front buffered them (at most max_request_bytes, which bounds the chunk size).
    server.addRoute(
        route::IngestChunk.spec,
        authed(
            context, accounts, Access::Writes,
            [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res, Aftermath &after) {
                const QString sha256 =
                    QString::fromStdString(ctx.request.get_header_value(protocol::ChunkSha256Header));
                const Status s =
                    ingests.putChunk(caller, pathArgument(ctx, 1), pathArgument(ctx, 2), pathNumber(ctx, 3),
                                     pathNumber(ctx, 4), sha256, bodyOf(ctx.request));
                if (!s) {
                    if (httpStatusFor(s.error()) == 403)
                        after.refusal = s.error();
                    sendServiceError(res, s.error());
                    return;
                }
                res.status = ctx.route.successStatus;
            }));

    server.addRoute(
        route::IngestMissingRoute.spec,
        authed(
            context, accounts, Access::ReadOnly,
            [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res, Aftermath &after) {
                answerNamingField(res, after,
                                  ingests.missing(caller, pathArgument(ctx, 1), pathArgument(ctx, 2)),
                                  ctx.route.successStatus);
            }));

    server.addRoute(
        route::CreateIngest.spec,
        authed(
            context, accounts, Access::Writes,
            [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res, Aftermath &after) {
                auto request = protocol::IngestCreateRequest::fromJson(bodyOf(ctx.request));
                if (!request) {
                    if (!request.error().field.isEmpty())
                        return sendJson(res, 400, protocol::encodeFieldError(request.error()));
                    return badRequest(res, request.error());
                }
                answerNamingField(res, after, ingests.create(caller, pathArgument(ctx, 1), request.value()),
                                  ctx.route.successStatus);
            }));

    server.addRoute(route::Ingests.spec,
                    authed(context, accounts, Access::ReadOnly,
                           [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                               Aftermath &after) {
                               answer(res, after, ingests.list(caller, pathArgument(ctx, 1)),
                                      ctx.route.successStatus, [](const QList<protocol::IngestInfo> &list) {
                                          return protocol::encodeIngestList(list);
                                      });
                           }));

    server.addRoute(route::Ingest.spec, authed(context, accounts, Access::ReadOnly,
                                               [&](const RequestContext &ctx, const Caller &caller,
                                                   httplib::Response &res, Aftermath &after) {
                                                   answerNamingField(res, after,
                                                                     ingests.get(caller, pathArgument(ctx, 1),
                                                                                 pathArgument(ctx, 2)),
                                                                     ctx.route.successStatus);
                                               }));

    // Finishing reads every file from disk: no request-wide transaction is held while it does.
    server.addRoute(
        route::FinishIngest.spec,
        authed(
            context, accounts, Access::Writes,
            [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res, Aftermath &after) {
                answerNamingField(res, after,
                                  ingests.finish(caller, pathArgument(ctx, 1), pathArgument(ctx, 2)),
                                  ctx.route.successStatus);
            }));

    server.addRoute(
        route::CancelIngest.spec,
        authed(
            context, accounts, Access::Writes,
            [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res, Aftermath &after) {
                answerNamingField(res, after,
                                  ingests.cancel(caller, pathArgument(ctx, 1), pathArgument(ctx, 2)),
                                  ctx.route.successStatus);
            }));
}

} // namespace srs::server
