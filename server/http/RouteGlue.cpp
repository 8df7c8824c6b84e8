#include "RouteGlue.h"

#include "Log.h"

#include "protocol/ApiError.h"

#include "services/Idempotency.h"
#include "services/ServerContext.h"
#include "store/IdempotencyRepository.h"

#include "crypto/Crypto.h"

#include <httplib.h>

#include <QJsonDocument>

#include <utility>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;

namespace {

QString routeName(const RequestContext &ctx)
{
    return QString::fromStdString(ctx.request.method + ' ' + ctx.request.path);
}

} // namespace

domain::Setting settingOf(const RequestContext &ctx)
{
    domain::Setting s;
    s.device = ctx.device;
    s.sourceAddress = domain::IpAddress::parse(QString::fromStdString(ctx.request.remote_addr))
                          .value_or(domain::IpAddress{});
    return s;
}

QByteArrayView bodyOf(const httplib::Request &req)
{
    return QByteArrayView(req.body.data(), static_cast<qsizetype>(req.body.size()));
}

QString pathArgument(const RequestContext &ctx, size_t i)
{
    return QString::fromStdString(ctx.request.matches[i].str());
}

int pathNumber(const RequestContext &ctx, size_t i)
{
    return pathArgument(ctx, i).toInt();
}

void sendServiceError(httplib::Response &res, const Error &e)
{
    const int status = httpStatusFor(e);
    if (status == 500)
        Log::error(u"service-error"_s, {{u"message"_s, e.message}});
    // Every 429 says when to come back (RFC 9110, section 10.2.3), in whole seconds.
    if (status == 429)
        res.set_header("Retry-After", std::to_string(qMax<qint64>(1, e.retryAfterSeconds)));
    if (!e.details.isEmpty()) {
        sendJson(res, status, protocol::ApiError{e.code, e.message, {}, e.details}.toJson());
        return;
    }
    sendError(res, status, e.code.toUtf8().constData(), e.message);
}

void badRequest(httplib::Response &res, const Error &e)
{
    sendError(res, 400, "bad-request", e.message);
}

void sendFile(httplib::Response &res, const QString &path, const QString &sha256, const QByteArray &bytes)
{
    res.status = 200;
    res.set_header("X-Content-SHA256", sha256.toStdString());
    const QString name = path.section(u'/', -1);
    QString safe;
    for (QChar c : name) {
        const bool plain =
            (c.isLetterOrNumber() && c.unicode() < 0x80) || c == u'.' || c == u'-' || c == u'_';
        safe += plain ? c : QChar(u'_');
    }
    res.set_header("Content-Disposition",
                   QString(u"attachment; filename=\""_s + safe + u"\""_s).toStdString());
    res.set_content(std::string(bytes.constData(), static_cast<size_t>(bytes.size())),
                    "application/octet-stream");
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

RouteHandler authed(ServerContext &context, AccountService &accounts, Access access, AuthedHandler handler)
{
    return [&context, &accounts, access, handler = std::move(handler)](const RequestContext &ctx,
                                                                       httplib::Response &res) {
        const std::string header = ctx.request.get_header_value("Authorization");
        std::optional<Caller> caller;
        std::optional<Error> refused;
        Aftermath after;
        auto run = [&]() -> store::Status {
            // The session read before the route, with the device's revocation, on the first
            // attempt; read afresh on a second.
            const std::optional<store::Result<store::ActiveSession>> session = std::exchange(ctx.session, {});
            auto authenticated =
                accounts.authenticate(QByteArrayView(header.data(), static_cast<qsizetype>(header.size())),
                                      settingOf(ctx), session ? &*session : nullptr);
            if (!authenticated) {
                refused = authenticated.error();
                return {};
            }
            caller = std::move(authenticated).value();
            if (access != Access::Writes)
                handler(ctx, *caller, res, after);
            return {};
        };
        const auto attempt = [&]() -> bool {
            const store::Status ran =
                access == Access::ReadOnly ? context.database().readTransaction(run) : run();
            if (!ran) {
                sendServiceError(res, internalError(ran.errorString()));
                return false;
            }
            if (refused)
                return true;
            if (access == Access::Writes)
                handler(ctx, *caller, res, after);
            return true;
        };
        if (!attempt())
            return;
        // People and projects are cached for a moment (ServerContext::ReadCacheMs).
        // A change this person made through another server instance (a declaration accepted,
        // say) may not be in this instance's cache yet: a refusal is decided again on what is
        // stored now before it stands, so no one is refused for what they have just done. A
        // refusal does not write, so the request may be answered afresh.
        const bool policyRefusal = refused ? httpStatusFor(*refused) == 403 : res.status == 403;
        if (policyRefusal) {
            if (caller)
                context.people().invalidate(caller->user.id);
            if (ctx.route.path.starts_with("/projects/{id}"))
                context.projects().invalidate(pathArgument(ctx, 1));
            caller.reset();
            refused.reset();
            after = Aftermath{};
            res = httplib::Response{};
            if (!attempt())
                return;
        }
        if (refused) {
            const int status = httpStatusFor(*refused);
            if (status == 403 || refused->code == svc::SessionDeviceMismatch)
                accounts.auditRefusal(u"device:"_s + ctx.device.subject, routeName(ctx), *refused);
            sendServiceError(res, *refused);
            return;
        }
        if (caller->activityDue)
            accounts.recordActivity(*caller);
        if (after.refusal)
            accounts.auditRefusal(caller->user.id, routeName(ctx), *after.refusal);
    };
}

RouteHandler authedIdempotent(ServerContext &context, AccountService &accounts, AuthedHandler handler,
                              Replay replay)
{
    return authed(
        context, accounts, Access::Writes,
        [&context, handler = std::move(handler), replay = std::move(replay)](
            const RequestContext &ctx, const Caller &caller, httplib::Response &res, Aftermath &after) {
            if (!ctx.request.has_header("Idempotency-Key")) {
                handler(ctx, caller, res, after);
                return;
            }
            const QString key = QString::fromStdString(ctx.request.get_header_value("Idempotency-Key"));
            if (!Idempotency::isValidKey(key)) {
                sendError(res, 400, protocol::errc::IdempotencyKeyInvalid,
                          u"The Idempotency-Key header must be 16 to 100 letters, digits, '-' or '_'."_s);
                return;
            }
            const QString route =
                QString::fromLatin1(ctx.route.name.data(), static_cast<qsizetype>(ctx.route.name.size()));
            QByteArray request =
                QByteArray::fromStdString(ctx.request.method + ' ' + ctx.request.path + '\n');
            request.append(bodyOf(ctx.request));
            const QString requestSha256 = QString::fromLatin1(crypto::sha256(request).toHex());
            store::IdempotencyRepository keys(context.database());
            // Answers from what the key's first request made; false when the key is not recorded.
            const auto answerAsBefore = [&]() -> bool {
                auto found = keys.find(caller.user.id, key);
                context.database().finishStatements();
                if (!found) {
                    sendServiceError(res, internalError(found.errorString()));
                    return true;
                }
                if (!found.value())
                    return false;
                const store::IdempotencyRecord &made = *found.value();
                res = httplib::Response{};
                after = Aftermath{};
                if (made.route != route || made.requestSha256 != requestSha256) {
                    sendError(res, 422, protocol::errc::IdempotencyKeyReused,
                              u"This Idempotency-Key was already sent with a different request. Send a new "
                              u"request with a new key."_s);
                    return true;
                }
                Log::info(u"idempotent-replay"_s, {{u"route"_s, route}, {u"made"_s, made.resource}});
                replay(ctx, caller, made.resource.section(u':', 1), res, after);
                return true;
            };
            if (answerAsBefore())
                return;
            {
                const Idempotency::Scope scope(caller.user.id, key, route, requestSha256);
                handler(ctx, caller, res, after);
            }
            // The same request on another connection may have made the write meanwhile, and this
            // one rolled back on its key: answered as that one was.
            if (res.status < 200 || res.status >= 300)
                (void)answerAsBefore();
        });
}

} // namespace srs::server
