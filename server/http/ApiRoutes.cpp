#include "ApiRoutes.h"

#include "ClearanceServer.h"
#include "Log.h"

#include "services/AccountService.h"
#include "services/ProjectService.h"
#include "services/ReleaseService.h"
#include "services/ReviewService.h"
#include "services/ServiceError.h"
#include "services/SubmissionService.h"

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
    // Every 429 says when to come back (RFC 9110, section 10.2.3), in whole seconds.
    if (status == 429)
        res.set_header("Retry-After", std::to_string(qMax<qint64>(1, e.retryAfterSeconds)));
    sendError(res, status, e.code.toUtf8().constData(), e.message);
}

QByteArrayView bodyOf(const httplib::Request &req)
{
    return QByteArrayView(req.body.data(), static_cast<qsizetype>(req.body.size()));
}

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
    // trips) to the two that an up-to-date poll needs.
    Reads,
    Writes, // the handler writes through the services' own transactions
};

// Authenticates the call and runs the handler. Read-only requests run inside one read
// transaction: on SQLite, separate statements would each take WAL read locks, and with
// many connections those collide. The few writes a request causes (the session's activity
// time, the audit record of a refusal) happen after it.
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

// Answers a service result: the encoded value, or the error (a policy refusal is left in
// `after` to be audited).
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

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

void registerApiRoutes(ClearanceServer &server, ServerContext &context, AccountService &accounts,
                       ProjectService &projects)
{
    const auto R = Access::ReadOnly;
    const auto Reads = Access::Reads;
    const auto W = Access::Writes;
    // The clients' poll, the most frequent call, first: cpp-httplib matches a method's routes
    // in the order they were added.
    server.addRoute(
        "GET", Api + "/projects/{id}/workspace", Api + "/projects/" + ProjectIdPattern + "/workspace",
        authed(
            context, accounts, Reads,
            [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res, Aftermath &after) {
                const QString id = QString::fromStdString(ctx.request.matches[1].str());
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
                answer(res, after, projects.workspace(caller, id, since, cursor, limit), 200,
                       [](const protocol::WorkspaceChangesInfo &w) { return w.toJson(); });
            }));

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

    server.addRoute("DELETE", Api + "/sessions/current",
                    authed(context, accounts, W,
                           [&accounts](const RequestContext &, const Caller &caller, httplib::Response &res,
                                       Aftermath &) {
                               if (const Status s = accounts.signOut(caller); !s) {
                                   sendServiceError(res, s.error());
                                   return;
                               }
                               res.status = 204;
                           }));

    server.addRoute("GET", Api + "/me",
                    authed(context, accounts, R,
                           [&accounts](const RequestContext &, const Caller &caller, httplib::Response &res,
                                       Aftermath &after) {
                               answer(res, after, accounts.me(caller), 200,
                                      [](const protocol::MeInfo &me) { return compact(me.toJsonObject()); });
                           }));

    server.addRoute("POST", Api + "/declarations",
                    authed(context, accounts, W,
                           [&accounts](const RequestContext &ctx, const Caller &caller,
                                       httplib::Response &res, Aftermath &after) {
                               auto request = protocol::DeclarationRequest::fromJson(bodyOf(ctx.request));
                               if (!request) {
                                   sendError(res, 400, "bad-request", request.error().message);
                                   return;
                               }
                               answer(res, after, accounts.acceptDeclaration(caller, request.value()), 201,
                                      [](const protocol::MeInfo &me) { return compact(me.toJsonObject()); });
                           }));

    server.addRoute(
        "GET", Api + "/projects",
        authed(context, accounts, R,
               [&](const RequestContext &, const Caller &caller, httplib::Response &res, Aftermath &after) {
                   answer(res, after, projects.list(caller), 200,
                          [](const QList<protocol::ProjectInfo> &list) {
                              return protocol::encodeProjectList(list);
                          });
               }));

    server.addRoute(
        "GET", Api + "/projects/{id}", Api + "/projects/" + ProjectIdPattern,
        authed(
            context, accounts, R,
            [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res, Aftermath &after) {
                const QString id = QString::fromStdString(ctx.request.matches[1].str());
                answer(res, after, projects.detail(caller, id), 200,
                       [](const protocol::ProjectInfo &p) { return compact(p.toJsonObject(true)); });
            }));

    server.addRoute(
        "GET", Api + "/datasets",
        authed(context, accounts, R,
               [&](const RequestContext &, const Caller &caller, httplib::Response &res, Aftermath &after) {
                   answer(res, after, projects.datasets(caller), 200, [](const QList<domain::Dataset> &list) {
                       return protocol::encodeDatasetList(list);
                   });
               }));
}

namespace {

// Submission ids: "S-" and hex digits (letters, digits and '-' accepted, at most 64).
const std::string SubmissionIdPattern = "([A-Za-z0-9-]{1,64})";

// As answer(), with the field to fix in the error body when one is to blame.
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

void badRequest(httplib::Response &res, const Error &e)
{
    sendError(res, 400, "bad-request", e.message);
}

} // namespace

void registerSubmissionRoutes(ClearanceServer &server, ServerContext &context, AccountService &accounts,
                              SubmissionService &submissions)
{
    const auto R = Access::ReadOnly;
    const auto W = Access::Writes;
    const std::string project = Api + "/projects/" + ProjectIdPattern;
    const std::string submission = project + "/submissions/" + SubmissionIdPattern;
    auto ids = [](const RequestContext &ctx) {
        return std::pair{QString::fromStdString(ctx.request.matches[1].str()),
                         ctx.request.matches.size() > 2 ? QString::fromStdString(ctx.request.matches[2].str())
                                                        : QString()};
    };

    // Checks read workspace files and run the checker: no request-wide transaction is held
    // while they do (each read is consistent on its own).
    server.addRoute("POST", Api + "/projects/{id}/checks", project + "/checks",
                    authed(context, accounts, Access::Reads,
                           [&, ids](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                                    Aftermath &after) {
                               auto request = protocol::CheckRequest::fromJson(bodyOf(ctx.request));
                               if (!request)
                                   return badRequest(res, request.error());
                               answerNamingField(res, after,
                                                 submissions.check(caller, ids(ctx).first, request.value()),
                                                 200);
                           }));

    server.addRoute(
        "POST", Api + "/projects/{id}/submissions", project + "/submissions",
        authed(context, accounts, W,
               [&, ids](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                        Aftermath &after) {
                   auto request = protocol::SubmissionRequest::fromJson(bodyOf(ctx.request), false);
                   if (!request)
                       return badRequest(res, request.error());
                   answerNamingField(res, after, submissions.submit(caller, ids(ctx).first, request.value()),
                                     201);
               }));

    server.addRoute("GET", Api + "/projects/{id}/submissions", project + "/submissions",
                    authed(context, accounts, R,
                           [&, ids](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                                    Aftermath &after) {
                               answer(res, after, submissions.list(caller, ids(ctx).first), 200,
                                      [](const QList<protocol::SubmissionSummary> &list) {
                                          return protocol::encodeSubmissionList(list);
                                      });
                           }));

    server.addRoute("GET", Api + "/projects/{id}/submissions/{sid}", submission,
                    authed(context, accounts, R,
                           [&, ids](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                                    Aftermath &after) {
                               const auto [projectId, submissionId] = ids(ctx);
                               answerNamingField(res, after, submissions.get(caller, projectId, submissionId),
                                                 200);
                           }));

    server.addRoute("POST", Api + "/projects/{id}/submissions/{sid}/withdraw", submission + "/withdraw",
                    authed(context, accounts, W,
                           [&, ids](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                                    Aftermath &after) {
                               auto request = protocol::WithdrawRequest::fromJson(bodyOf(ctx.request));
                               if (!request)
                                   return badRequest(res, request.error());
                               const auto [projectId, submissionId] = ids(ctx);
                               answerNamingField(
                                   res, after,
                                   submissions.withdraw(caller, projectId, submissionId, request.value()),
                                   200);
                           }));

    server.addRoute(
        "POST", Api + "/projects/{id}/submissions/{sid}/resubmit", submission + "/resubmit",
        authed(context, accounts, W,
               [&, ids](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                        Aftermath &after) {
                   auto request = protocol::SubmissionRequest::fromJson(bodyOf(ctx.request), true);
                   if (!request)
                       return badRequest(res, request.error());
                   const auto [projectId, submissionId] = ids(ctx);
                   answerNamingField(res, after,
                                     submissions.resubmit(caller, projectId, submissionId, request.value()),
                                     200);
               }));
}

namespace {

// Release ids: "R-" and hex digits (letters, digits and '-' accepted, at most 64).
const std::string ReleaseIdPattern = "([A-Za-z0-9-]{1,64})";

// A number from a path's match (the pattern allows digits only, at most 6).
int pathNumber(const RequestContext &ctx, size_t i)
{
    return QString::fromStdString(ctx.request.matches[i].str()).toInt();
}

// A file's bytes, with its SHA-256 and name for the client to check and save.
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

} // namespace

void registerReviewRoutes(ClearanceServer &server, ServerContext &context, AccountService &accounts,
                          ReviewService &reviews, ReleaseService &releases)
{
    const auto R = Access::ReadOnly;
    const auto W = Access::Writes;
    const std::string submission = Api + "/submissions/" + SubmissionIdPattern;
    const std::string release = Api + "/releases/" + ReleaseIdPattern;
    auto id = [](const RequestContext &ctx) { return QString::fromStdString(ctx.request.matches[1].str()); };

    // The queue reads every waiting request: one snapshot, a fixed number of statements.
    server.addRoute(
        "GET", Api + "/review/queue",
        authed(context, accounts, R,
               [&](const RequestContext &, const Caller &caller, httplib::Response &res, Aftermath &after) {
                   answer(res, after, reviews.queue(caller), 200,
                          [](const protocol::ReviewQueue &q) { return q.toJson(); });
               }));

    server.addRoute(
        "GET", Api + "/review/statistics",
        authed(
            context, accounts, R,
            [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res, Aftermath &after) {
                int weeks = 12;
                if (ctx.request.has_param("weeks")) {
                    bool ok = false;
                    weeks = QString::fromStdString(ctx.request.get_param_value("weeks")).toInt(&ok);
                    if (!ok)
                        weeks = 0; // refused below, naming the parameter
                }
                answer(res, after, reviews.statistics(caller, weeks), 200,
                       [](const protocol::ReviewStatistics &s) { return s.toJson(); });
            }));

    server.addRoute("POST", Api + "/submissions/{sid}/reviews", submission + "/reviews",
                    authed(context, accounts, W,
                           [&, id](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                                   Aftermath &after) {
                               answerNamingField(res, after, reviews.claim(caller, id(ctx)), 201);
                           }));

    server.addRoute("GET", Api + "/submissions/{sid}/review", submission + "/review",
                    authed(context, accounts, R,
                           [&, id](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                                   Aftermath &after) {
                               const bool insist = ctx.request.get_param_value("votes") == "all";
                               answerNamingField(res, after, reviews.context(caller, id(ctx), insist), 200);
                           }));

    // Reads a blob and records the read: the audit event is the write.
    server.addRoute("GET", Api + "/submissions/{sid}/rounds/{n}/files/{i}",
                    submission + "/rounds/([0-9]{1,6})/files/([0-9]{1,6})",
                    authed(context, accounts, W,
                           [&, id](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                                   Aftermath &after) {
                               auto file =
                                   reviews.roundFile(caller, id(ctx), pathNumber(ctx, 2), pathNumber(ctx, 3));
                               if (!file) {
                                   if (httpStatusFor(file.error()) == 403)
                                       after.refusal = file.error();
                                   return sendServiceError(res, file.error());
                               }
                               sendFile(res, file->path, file->sha256, file->bytes);
                           }));

    server.addRoute("PUT", Api + "/submissions/{sid}/reviews/mine", submission + "/reviews/mine",
                    authed(context, accounts, W,
                           [&, id](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                                   Aftermath &after) {
                               auto request = protocol::VoteRequest::fromJson(bodyOf(ctx.request));
                               if (!request)
                                   return badRequest(res, request.error());
                               answerNamingField(res, after, reviews.vote(caller, id(ctx), request.value()),
                                                 200);
                           }));

    server.addRoute("POST", Api + "/submissions/{sid}/release", submission + "/release",
                    authed(context, accounts, W,
                           [&, id](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                                   Aftermath &after) {
                               answerNamingField(res, after, releases.release(caller, id(ctx)), 201);
                           }));

    server.addRoute("GET", Api + "/projects/{id}/releases",
                    Api + "/projects/" + ProjectIdPattern + "/releases",
                    authed(context, accounts, R,
                           [&, id](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                                   Aftermath &after) {
                               answer(res, after, releases.listForProject(caller, id(ctx)), 200,
                                      [](const QList<protocol::ReleaseInfo> &list) {
                                          return protocol::encodeReleaseList(list);
                                      });
                           }));

    server.addRoute(
        "GET", Api + "/releases",
        authed(
            context, accounts, R,
            [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res, Aftermath &after) {
                if (ctx.request.get_param_value("pending-destruction") != "1") {
                    sendError(res, 400, "bad-request",
                              u"pending-destruction: only ?pending-destruction=1 is supported"_s);
                    return;
                }
                answer(res, after, releases.pendingDestruction(caller), 200,
                       [](const QList<protocol::ReleaseInfo> &list) {
                           return protocol::encodeReleaseList(list);
                       });
            }));

    server.addRoute("GET", Api + "/releases/{rid}", release,
                    authed(context, accounts, R,
                           [&, id](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                                   Aftermath &after) {
                               answerNamingField(res, after, releases.get(caller, id(ctx)), 200);
                           }));

    server.addRoute("GET", Api + "/releases/{rid}/files/{i}", release + "/files/([0-9]{1,6})",
                    authed(context, accounts, W,
                           [&, id](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                                   Aftermath &after) {
                               auto file = releases.download(caller, id(ctx), pathNumber(ctx, 2));
                               if (!file) {
                                   if (httpStatusFor(file.error()) == 403)
                                       after.refusal = file.error();
                                   return sendServiceError(res, file.error());
                               }
                               sendFile(res, file->path, file->sha256, file->bytes);
                           }));

    server.addRoute("GET", Api + "/releases/{rid}/ro-crate", release + "/ro-crate",
                    authed(context, accounts, R,
                           [&, id](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                                   Aftermath &after) {
                               answer(res, after, releases.roCrate(caller, id(ctx)), 200,
                                      [](const QByteArray &crate) { return crate; });
                           }));

    server.addRoute("POST", Api + "/releases/{rid}/destruction", release + "/destruction",
                    authed(context, accounts, W,
                           [&, id](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                                   Aftermath &after) {
                               auto request = protocol::DestructionRequest::fromJson(bodyOf(ctx.request));
                               if (!request)
                                   return badRequest(res, request.error());
                               answerNamingField(res, after,
                                                 releases.attestDestruction(caller, id(ctx), request.value()),
                                                 200);
                           }));

    server.addRoute(
        "GET", Api + "/register",
        authed(context, accounts, R,
               [&](const RequestContext &, const Caller &caller, httplib::Response &res, Aftermath &after) {
                   answer(res, after, releases.registerOf(caller), 200,
                          [](const QList<protocol::RegisterEntry> &list) {
                              return protocol::encodeRegister(list);
                          });
               }));
}

} // namespace srs::server
