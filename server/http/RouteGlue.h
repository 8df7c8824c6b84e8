#pragma once

// What the route handlers of API v1 share (AccountRoutes.cpp, ProjectRoutes.cpp,
// SubmissionRoutes.cpp, ReviewRoutes.cpp, ReleaseRoutes.cpp): authentication and the
// request's transaction (`authed`), answering a service's result (`answer`,
// `answerNamingField`), and reading the request (`bodyOf`, `pathArgument`).

#include "ClearanceServer.h"

#include "services/AccountService.h"
#include "services/ServiceError.h"

#include "domain/Result.h"
#include "domain/Setting.h"
#include "protocol/SubmissionMessages.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace srs::server {

class ServerContext;

// What a handler leaves for after its transaction: a refusal to audit.
struct Aftermath
{
    std::optional<Error> refusal;
};

using AuthedHandler =
    std::function<void(const RequestContext &, const Caller &, httplib::Response &, Aftermath &)>;

enum class Access
{
    ReadOnly, // every read of the request in one read transaction (one snapshot)
    // Read-only, and each read is consistent on its own (one statement, or a repository's own
    // read transaction): the session, and then what the handler reads. For the frequent
    // polls: a request-wide transaction would add two statements (on PostgreSQL two round
    // trips) to the two that an up-to-date poll needs. Also for checks, which read workspace
    // files and run the checker: no request-wide transaction is held while they do.
    Reads,
    Writes, // the handler writes through the services' own transactions
};

// Authenticates the call and runs the handler. Read-only requests run inside one read
// transaction: on SQLite, separate statements would each take WAL read locks, and with
// many connections those collide. The few writes a request causes (the session's activity
// time, the audit record of a refusal) happen after it.
[[nodiscard]] RouteHandler authed(ServerContext &context, AccountService &accounts, Access access,
                                  AuthedHandler handler);

// A write that honours an Idempotency-Key (its route says idempotencyKey): as authed(...,
// Access::Writes, handler), and a request whose key this person already used for the same
// request is answered by `replay` with what the first one made (the id after "submission:" or
// "release:"), never written again; a key used for a different request is refused (422
// idempotency-key-reused), a malformed one too (400 idempotency-key-invalid). See Idempotency.h.
using Replay = std::function<void(const RequestContext &, const Caller &, const QString &madeId,
                                  httplib::Response &, Aftermath &)>;
[[nodiscard]] RouteHandler authedIdempotent(ServerContext &context, AccountService &accounts,
                                            AuthedHandler handler, Replay replay);

// The setting the call comes from: the device and the source address.
[[nodiscard]] domain::Setting settingOf(const RequestContext &ctx);
// The request's body, as the handler's parser reads it.
[[nodiscard]] QByteArrayView bodyOf(const httplib::Request &req);
// The path's `i`th parameter (1 for the first), as the route's pattern matched it.
[[nodiscard]] QString pathArgument(const RequestContext &ctx, size_t i);
// A number parameter of the path (the pattern allows digits only, at most 6).
[[nodiscard]] int pathNumber(const RequestContext &ctx, size_t i);

// Answers a service's error with its status (500s logged; a 429 says when to come back).
void sendServiceError(httplib::Response &res, const Error &e);
// 400 bad-request with the parser's message.
void badRequest(httplib::Response &res, const Error &e);
// A file's bytes, with its SHA-256 and name for the client to check and save.
void sendFile(httplib::Response &res, const QString &path, const QString &sha256, const QByteArray &bytes);
[[nodiscard]] QByteArray compact(const QJsonObject &o);

// Answers a service result: the encoded value with `status`, or the error (a policy refusal
// is left in `after` to be audited).
template <class T, class Encode>
void answer(httplib::Response &res, Aftermath &after, const Result<T> &result, int status, Encode encode)
{
    if (!result) {
        if (httpStatusFor(result.error()) == 403)
            after.refusal = result.error();
        sendServiceError(res, result.error());
        return;
    }
    sendJson(res, status, encode(result.value()));
}

// As answer(), for a value with toJson(), naming the field to fix in the error body when one
// is to blame.
template <class T>
void answerNamingField(httplib::Response &res, Aftermath &after, const Result<T> &result, int status)
{
    if (!result) {
        const Error &e = result.error();
        const int code = httpStatusFor(e);
        if (code == 403)
            after.refusal = e;
        if (code == 500 || e.field.isEmpty()) {
            sendServiceError(res, e);
            return;
        }
        sendJson(res, code, protocol::encodeFieldError(e));
        return;
    }
    sendJson(res, status, result.value().toJson());
}

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

// A write on what the path's first parameter names (a project, a request): decodes the body as Message,
// calls `call(caller, id, message)` and answers its result, naming the field a refusal blames.
template <class Message, class Call>
RouteHandler writeFromBody(ServerContext &context, AccountService &accounts, Call call)
{
    return authed(
        context, accounts, Access::Writes,
        [call](const RequestContext &ctx, const Caller &caller, httplib::Response &res, Aftermath &after) {
            const auto body = decodeBody<Message>(ctx, res);
            if (!body)
                return;
            answerNamingField(res, after, call(caller, pathArgument(ctx, 1), *body), ctx.route.successStatus);
        });
}

} // namespace srs::server
