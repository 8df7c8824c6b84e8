#include "RouteGlue.h"

#include "Log.h"

#include "protocol/ApiError.h"

#include "services/ServerContext.h"

#include <httplib.h>

#include <QJsonDocument>

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
            auto authenticated = accounts.authenticate(
                QByteArrayView(header.data(), static_cast<qsizetype>(header.size())), settingOf(ctx));
            if (!authenticated) {
                refused = authenticated.error();
                return {};
            }
            caller = std::move(authenticated).value();
            if (access != Access::Writes)
                handler(ctx, *caller, res, after);
            return {};
        };
        const store::Status ran =
            access == Access::ReadOnly ? context.database().readTransaction(run) : run();
        if (!ran) {
            sendServiceError(res, internalError(ran.errorString()));
            return;
        }
        if (refused) {
            const int status = httpStatusFor(*refused);
            if (status == 403 || refused->code == svc::SessionDeviceMismatch)
                accounts.auditRefusal(u"device:"_s + ctx.device.subject, routeName(ctx), *refused);
            sendServiceError(res, *refused);
            return;
        }
        if (access == Access::Writes)
            handler(ctx, *caller, res, after);
        if (caller->activityDue)
            accounts.recordActivity(*caller);
        if (after.refusal)
            accounts.auditRefusal(caller->user.id, routeName(ctx), *after.refusal);
    };
}

} // namespace srs::server
