#include "ApiRoutes.h"

#include "ClearanceServer.h"
#include "Log.h"

#include "services/Accounts.h"
#include "services/Projects.h"
#include "services/ServiceError.h"

#include <httplib.h>

#include <QJsonDocument>
#include <QJsonObject>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;

namespace {

const std::string Api = "/api/v1";
// Project ids: letters, digits, '-', '_' and '.', at most 64.
const std::string ProjectIdPattern = "([A-Za-z0-9._-]{1,64})";

domain::Setting settingOf(const RequestContext &ctx)
{
    domain::Setting s;
    s.device = ctx.device;
    s.sourceAddress = domain::IpAddress::parse(QString::fromStdString(ctx.request.remote_addr))
                          .value_or(domain::IpAddress{});
    return s;
}

QString routeName(const RequestContext &ctx)
{
    return QString::fromStdString(ctx.request.method + ' ' + ctx.request.path);
}

void sendServiceError(httplib::Response &res, const Error &e)
{
    const int status = httpStatusFor(e);
    if (status == 500)
        Log::error(u"service-error"_s, {{u"message"_s, e.message}});
    sendError(res, status, e.code.toUtf8().constData(), e.message);
}

QByteArrayView bodyOf(const httplib::Request &req)
{
    return QByteArrayView(req.body.data(), static_cast<qsizetype>(req.body.size()));
}

using AuthedHandler = std::function<void(const RequestContext &, const Caller &, httplib::Response &)>;

// Authenticates the call, and answers (and audits) the refusal when it is not allowed.
RouteHandler authed(Accounts &accounts, AuthedHandler handler)
{
    return [&accounts, handler = std::move(handler)](const RequestContext &ctx, httplib::Response &res) {
        const std::string header = ctx.request.get_header_value("Authorization");
        auto caller = accounts.authenticate(
            QByteArrayView(header.data(), static_cast<qsizetype>(header.size())), settingOf(ctx));
        if (!caller) {
            if (httpStatusFor(caller.error()) == 403)
                accounts.auditRefusal(u"device:"_s + ctx.device.subject, routeName(ctx), caller.error());
            sendServiceError(res, caller.error());
            return;
        }
        handler(ctx, caller.value(), res);
    };
}

// Answers a service result: the encoded value, or the error (policy refusals audited).
template <class T, class Encode>
void answer(Accounts &accounts, const RequestContext &ctx, const Caller &caller, httplib::Response &res,
            const Result<T> &result, int status, Encode encode)
{
    if (!result) {
        if (httpStatusFor(result.error()) == 403)
            accounts.auditRefusal(caller.user.id, routeName(ctx), result.error());
        sendServiceError(res, result.error());
        return;
    }
    sendJson(res, status, encode(result.value()));
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

void registerApiRoutes(ClearanceServer &server, Accounts &accounts, Projects &projects)
{
    server.addRoute("POST", Api + "/sessions",
                    [&accounts](const RequestContext &ctx, httplib::Response &res) {
                        auto request = protocol::SignInRequest::fromJson(bodyOf(ctx.request));
                        if (!request) {
                            sendError(res, 400, "bad-request", request.error().message);
                            return;
                        }
                        auto session = accounts.signIn(std::move(request).value(), settingOf(ctx),
                                                       QString::fromStdString(ctx.request.remote_addr));
                        if (!session) {
                            sendServiceError(res, session.error());
                            return;
                        }
                        sendJson(res, 201, session.value().toJson());
                    });

    server.addRoute(
        "DELETE", Api + "/sessions/current",
        authed(accounts, [&accounts](const RequestContext &, const Caller &caller, httplib::Response &res) {
            if (const Status s = accounts.signOut(caller); !s) {
                sendServiceError(res, s.error());
                return;
            }
            res.status = 204;
        }));

    server.addRoute("GET", Api + "/me",
                    authed(accounts, [&accounts](const RequestContext &ctx, const Caller &caller,
                                                 httplib::Response &res) {
                        answer(accounts, ctx, caller, res, accounts.me(caller), 200,
                               [](const protocol::MeInfo &me) { return compact(me.toJsonObject()); });
                    }));

    server.addRoute("POST", Api + "/declarations",
                    authed(accounts, [&accounts](const RequestContext &ctx, const Caller &caller,
                                                 httplib::Response &res) {
                        auto request = protocol::DeclarationRequest::fromJson(bodyOf(ctx.request));
                        if (!request) {
                            sendError(res, 400, "bad-request", request.error().message);
                            return;
                        }
                        answer(accounts, ctx, caller, res,
                               accounts.acceptDeclaration(caller, request.value()), 201,
                               [](const protocol::MeInfo &me) { return compact(me.toJsonObject()); });
                    }));

    server.addRoute(
        "GET", Api + "/projects",
        authed(accounts, [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res) {
            answer(
                accounts, ctx, caller, res, projects.list(caller), 200,
                [](const QList<protocol::ProjectInfo> &list) { return protocol::encodeProjectList(list); });
        }));

    server.addRoute(
        "GET", Api + "/projects/{id}", Api + "/projects/" + ProjectIdPattern,
        authed(accounts, [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res) {
            const QString id = QString::fromStdString(ctx.request.matches[1].str());
            answer(accounts, ctx, caller, res, projects.detail(caller, id), 200,
                   [](const protocol::ProjectInfo &p) { return compact(p.toJsonObject(true)); });
        }));

    server.addRoute(
        "GET", Api + "/projects/{id}/workspace", Api + "/projects/" + ProjectIdPattern + "/workspace",
        authed(accounts, [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res) {
            const QString id = QString::fromStdString(ctx.request.matches[1].str());
            qint64 since = 0;
            if (ctx.request.has_param("since")) {
                bool ok = false;
                since = QString::fromStdString(ctx.request.get_param_value("since")).toLongLong(&ok);
                if (!ok || since < 0) {
                    sendError(res, 400, "bad-request", u"since: expected a revision number (0 or more)"_s);
                    return;
                }
            }
            answer(accounts, ctx, caller, res, projects.workspace(caller, id, since), 200,
                   [](const protocol::WorkspaceChangesInfo &w) { return w.toJson(); });
        }));

    server.addRoute(
        "GET", Api + "/datasets",
        authed(accounts, [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res) {
            answer(accounts, ctx, caller, res, projects.datasets(caller), 200,
                   [](const QList<domain::Dataset> &list) { return protocol::encodeDatasetList(list); });
        }));
}

} // namespace srs::server
