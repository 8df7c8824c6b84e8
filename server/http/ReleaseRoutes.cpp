// Releasing: a request's release, the releases of a project and those awaiting destruction,
// one release, its files and RO-Crate, the attestation of destruction, and the register.

#include "ApiRoutes.h"
#include "RouteGlue.h"

#include "services/ReleaseService.h"

#include "protocol/Routes.h"

#include <httplib.h>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;
namespace route = protocol::route;

void registerReleaseRoutes(ClearanceServer &server, ServerContext &context, AccountService &accounts,
                           ReleaseService &releases)
{
    server.addRoute(
        route::Release.spec,
        authedIdempotent(
            context, accounts,
            [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res, Aftermath &after) {
                answerNamingField(res, after, releases.release(caller, pathArgument(ctx, 1)),
                                  ctx.route.successStatus);
            },
            // Sent again with its Idempotency-Key: the release the first request made.
            [&](const RequestContext &ctx, const Caller &caller, const QString &madeId,
                httplib::Response &res, Aftermath &after) {
                answerNamingField(res, after, releases.get(caller, madeId), ctx.route.successStatus);
            }));

    server.addRoute(route::ProjectReleases.spec,
                    authed(context, accounts, Access::ReadOnly,
                           [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                               Aftermath &after) {
                               answer(res, after, releases.listForProject(caller, pathArgument(ctx, 1)),
                                      ctx.route.successStatus, [](const QList<protocol::ReleaseInfo> &list) {
                                          return protocol::encodeReleaseList(list);
                                      });
                           }));

    server.addRoute(
        route::Releases.spec,
        authed(
            context, accounts, Access::ReadOnly,
            [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res, Aftermath &after) {
                if (ctx.request.get_param_value("pending-destruction") != "1") {
                    sendError(res, 400, "bad-request",
                              u"pending-destruction: only ?pending-destruction=1 is supported"_s);
                    return;
                }
                answer(res, after, releases.pendingDestruction(caller), ctx.route.successStatus,
                       [](const QList<protocol::ReleaseInfo> &list) {
                           return protocol::encodeReleaseList(list);
                       });
            }));

    server.addRoute(route::ReleaseDetail.spec,
                    authed(context, accounts, Access::ReadOnly,
                           [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                               Aftermath &after) {
                               answerNamingField(res, after, releases.get(caller, pathArgument(ctx, 1)),
                                                 ctx.route.successStatus);
                           }));

    // Reads a blob and records the read: the audit event is the write.
    server.addRoute(route::ReleaseFile.spec, authed(context, accounts, Access::Writes,
                                                    [&](const RequestContext &ctx, const Caller &caller,
                                                        httplib::Response &res, Aftermath &after) {
                                                        auto file = releases.download(
                                                            caller, pathArgument(ctx, 1), pathNumber(ctx, 2));
                                                        if (!file) {
                                                            if (httpStatusFor(file.error()) == 403)
                                                                after.refusal = file.error();
                                                            return sendServiceError(res, file.error());
                                                        }
                                                        sendFile(res, file->path, file->sha256, file->bytes);
                                                    }));

    server.addRoute(route::RoCrate.spec,
                    authed(context, accounts, Access::ReadOnly,
                           [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                               Aftermath &after) {
                               answer(res, after, releases.roCrate(caller, pathArgument(ctx, 1)),
                                      ctx.route.successStatus, [](const QByteArray &crate) { return crate; });
                           }));

    server.addRoute(
        route::Destruction.spec,
        authed(
            context, accounts, Access::Writes,
            [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res, Aftermath &after) {
                auto request = protocol::DestructionRequest::fromJson(bodyOf(ctx.request));
                if (!request)
                    return badRequest(res, request.error());
                answerNamingField(res, after,
                                  releases.attestDestruction(caller, pathArgument(ctx, 1), request.value()),
                                  ctx.route.successStatus);
            }));

    server.addRoute(route::Register.spec, authed(context, accounts, Access::ReadOnly,
                                                 [&](const RequestContext &ctx, const Caller &caller,
                                                     httplib::Response &res, Aftermath &after) {
                                                     answer(res, after, releases.registerOf(caller),
                                                            ctx.route.successStatus,
                                                            [](const QList<protocol::RegisterEntry> &list) {
                                                                return protocol::encodeRegister(list);
                                                            });
                                                 }));
}

} // namespace srs::server
