#include "ClearanceServer.h"

#include "ApiRoutes.h"
#include "HttpFront.h"
#include "Log.h"
#include "PeerIdentity.h"
#include "RevocationList.h"

#include "services/AccountService.h"
#include "services/AdminAccountsService.h"
#include "services/BookingService.h"
#include "services/DataOwnerService.h"
#include "services/IngestReviewService.h"
#include "services/IngestService.h"
#include "services/LifecycleService.h"
#include "services/ProjectService.h"
#include "services/ReleaseService.h"
#include "services/ReviewService.h"
#include "services/ServiceError.h"
#include "services/SubmissionService.h"
#include "store/Database.h"
#include "store/RevokedDeviceRepository.h"

#include "protocol/ApiError.h"
#include "protocol/HealthInfo.h"
#include "protocol/JsonTextValidator.h"
#include "protocol/Protocol.h"

#include <httplib.h>
#include <openssl/ssl.h>

#include <QElapsedTimer>
#include <QJsonObject>

#include <algorithm>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;

namespace {

thread_local QElapsedTimer t_requestTimer;

// A request that failed while the database could not be reached (a PostgreSQL restart, say) is
// answered 503 with Retry-After, not 500: nothing was done, the server reconnects by itself, and
// the same request may be sent again.
void answerUnreachableDatabase(httplib::Response &res)
{
    if (res.status != 500 || !store::Database::unreachableSinceWorkStarted())
        return;
    Log::warning(u"database-unreachable"_s, {{u"status"_s, 503}});
    sendError(res, 503, protocol::errc::ServiceUnavailable,
              u"The clearance server cannot reach its database just now. Nothing was done; try again in "
              u"a moment."_s);
    res.set_header("Retry-After", "2");
}

const char *errorCodeForStatus(int status)
{
    switch (status) {
    case 404:
        return protocol::errc::NotFound;
    case 405:
        return protocol::errc::MethodNotAllowed;
    case 413:
        return protocol::errc::PayloadTooLarge;
    case 500:
        return protocol::errc::Internal;
    default:
        return protocol::errc::BadRequest;
    }
}

QString messageForStatus(int status)
{
    switch (status) {
    case 404:
        return u"There is no such route on this server."_s;
    case 413:
        return u"The request is larger than this server accepts."_s;
    case 500:
        return u"The server could not complete the request. It has been logged; try again later."_s;
    default:
        return u"The server could not understand the request."_s;
    }
}

} // namespace

// cpp-httplib's routing, fed complete requests by HttpFront: its own listening, TLS and
// request reading are not used.
class RequestRouter : public httplib::Server
{
public:
    bool answer(httplib::Stream &stream, bool closeConnection, SSL *ssl)
    {
        bool closedByClient = false;
        const bool written = process_request(stream, closeConnection, closedByClient,
                                             [ssl](httplib::Request &req) { req.ssl = ssl; });
        return written && !closedByClient;
    }
};

void sendJson(httplib::Response &response, int status, const QByteArray &json)
{
    response.status = status;
    response.set_content(json.constData(), static_cast<size_t>(json.size()), "application/json");
}

void sendError(httplib::Response &response, int status, const char *code, const QString &message)
{
    sendJson(response, status, protocol::ApiError{QString::fromLatin1(code), message}.toJson());
}

ClearanceServer::ClearanceServer(ServerContext &context) : m_context(context), m_config(context.config())
{
    if (auto tls = createServerTlsContext(m_config))
        m_tls = std::move(tls).value();
    else
        m_tlsError = tls.error().message;
    m_http = std::make_unique<RequestRouter>();
    if (!m_config.crlFile.isEmpty())
        m_revocationList = std::make_unique<RevocationList>(m_config.crlFile, m_config.deviceCaFile);
    installHandlers();
    m_accounts = std::make_unique<AccountService>(m_context);
    m_projects = std::make_unique<ProjectService>(m_context);
    m_submissions = std::make_unique<SubmissionService>(m_context);
    m_reviews = std::make_unique<ReviewService>(m_context, *m_submissions);
    m_releases = std::make_unique<ReleaseService>(m_context);
    m_ingests = std::make_unique<IngestService>(m_context);
    m_bookings = std::make_unique<BookingService>(m_context);
    m_ingestReviews = std::make_unique<IngestReviewService>(m_context, *m_ingests);
    m_adminAccounts = std::make_unique<AdminAccountsService>(m_context);
    m_lifecycle = std::make_unique<LifecycleService>(m_context);
    m_owners = std::make_unique<DataOwnerService>(m_context);
    // cpp-httplib tries a method's routes in the order they were added, matching each one's
    // regular expression: the workspace poll (the busiest) first, the health check last.
    registerProjectRoutes(*this, m_context, *m_accounts, *m_projects);
    registerAccountRoutes(*this, m_context, *m_accounts);
    registerSubmissionRoutes(*this, m_context, *m_accounts, *m_submissions);
    registerReviewRoutes(*this, m_context, *m_accounts, *m_reviews);
    registerReleaseRoutes(*this, m_context, *m_accounts, *m_releases);
    registerIngestRoutes(*this, m_context, *m_accounts, *m_ingests);
    registerBookingRoutes(*this, m_context, *m_accounts, *m_bookings);
    registerIngestReviewRoutes(*this, m_context, *m_accounts, *m_ingestReviews);
    registerNotificationRoutes(*this, m_context, *m_accounts);
    registerAdminAccountRoutes(*this, m_context, *m_accounts, *m_adminAccounts);
    registerLifecycleRoutes(*this, m_context, *m_accounts, *m_lifecycle);
    registerOwnerRoutes(*this, m_context, *m_accounts, *m_owners);
    registerBuiltInRoutes();
}

ClearanceServer::~ClearanceServer() = default;

void ClearanceServer::installHandlers()
{
    // Announced in the Keep-Alive header; HttpFront enforces them.
    m_http->set_keep_alive_max_count(static_cast<size_t>(m_config.keepAliveMaxCount));
    m_http->set_keep_alive_timeout(m_config.keepAliveTimeoutSeconds);
    // HttpFront has checked the length already; this is defence in depth.
    m_http->set_payload_max_length(static_cast<size_t>(m_config.maxRequestBytes));

    m_http->set_pre_routing_handler([](const httplib::Request &, httplib::Response &) {
        t_requestTimer.start();
        return httplib::Server::HandlerResponse::Unhandled;
    });
    m_http->set_error_handler([](const httplib::Request &, httplib::Response &res) {
        if (res.body.empty())
            sendError(res, res.status, errorCodeForStatus(res.status), messageForStatus(res.status));
    });
    m_http->set_exception_handler(
        [](const httplib::Request &req, httplib::Response &res, std::exception_ptr ep) {
            QString what = u"unknown exception"_s;
            try {
                if (ep)
                    std::rethrow_exception(ep);
            } catch (const std::exception &e) {
                what = QString::fromUtf8(e.what());
            } catch (...) {
            }
            Log::error(u"handler-exception"_s,
                       {{u"path"_s, QString::fromStdString(req.path)}, {u"what"_s, what}});
            sendError(res, 500, protocol::errc::Internal, messageForStatus(500));
        });
    m_http->set_logger([](const httplib::Request &req, const httplib::Response &res) {
        if (!Log::isEnabled(LogLevel::Info))
            return; // not even the certificate is parsed for a line nobody will read
        QJsonObject fields{
            {u"method"_s, QString::fromStdString(req.method)},
            {u"path"_s, QString::fromStdString(req.path)},
            {u"status"_s, res.status},
            {u"remote"_s, QString::fromStdString(req.remote_addr)},
            {u"ms"_s, t_requestTimer.isValid() ? double(t_requestTimer.nsecsElapsed()) / 1e6 : 0.0},
        };
        if (const auto id = peerIdentity(req.ssl)) {
            fields.insert(u"device"_s, id->subject);
            fields.insert(u"device_class"_s, domain::deviceClassToString(id->deviceClass));
        }
        Log::info(u"request"_s, fields);
    });
}

void ClearanceServer::addRoute(const protocol::RouteSpec &route, RouteHandler handler, RouteReads reads)
{
    m_routes.push_back(route);
    auto wrapped = [this, route, reads, handler = std::move(handler)](const httplib::Request &req,
                                                                      httplib::Response &res) {
        store::Database::startWork();
        const auto device = peerIdentity(req.ssl);
        if (!device) {
            // The TLS layer already requires a certificate; this is defence in depth.
            sendError(res, 403, protocol::errc::DeviceNotRecognised,
                      u"This device did not present a certificate."_s);
            return;
        }
        RequestContext ctx{req, *device, route, {}, {}};
        if (const auto refused = checkNotRevoked(ctx, reads)) {
            sendError(res, httpStatusFor(*refused), refused->code.toLatin1().constData(), refused->message);
            m_context.database().finishStatements();
            answerUnreachableDatabase(res);
            return;
        }
        // Every body but a file's bytes is JSON. Refuse text the parser would quietly change
        // before anything reads it: the string stored, compared or hashed must be the string that
        // was sent.
        if (!req.body.empty() && !route.bytesBody) {
            const QByteArrayView body(req.body.data(), static_cast<qsizetype>(req.body.size()));
            if (const auto problem = protocol::JsonTextValidator::check(body, {.rejectNul = true})) {
                sendJson(res, 400,
                         protocol::ApiError{QString::fromLatin1(protocol::errc::BadText), problem->message(),
                                            problem->path}
                             .toJson());
                return;
            }
        }
        handler(ctx, res);
        // No read snapshot is kept while the connection waits for its next request.
        m_context.database().finishStatements();
        answerUnreachableDatabase(res);
    };
    const std::string pattern = route.serverPattern();
    if (route.method == "GET")
        m_http->Get(pattern, wrapped);
    else if (route.method == "POST")
        m_http->Post(pattern, wrapped);
    else if (route.method == "PUT")
        m_http->Put(pattern, wrapped);
    else if (route.method == "DELETE")
        m_http->Delete(pattern, wrapped);
    else if (route.method == "PATCH")
        m_http->Patch(pattern, wrapped);
    else
        qFatal("ClearanceServer::addRoute: unsupported method %.*s", int(route.method.size()),
               route.method.data());
}

QStringList ClearanceServer::routeProblems() const
{
    return routeProblems(protocol::allRoutes(), m_routes);
}

QStringList ClearanceServer::routeProblems(std::span<const protocol::RouteSpec> table,
                                           std::span<const protocol::RouteSpec> handled)
{
    auto same = [](const protocol::RouteSpec &a, const protocol::RouteSpec &b) {
        return a.method == b.method && a.path == b.path;
    };
    auto name = [](const protocol::RouteSpec &r) -> QString {
        return QString::fromLatin1(r.method.data(), static_cast<qsizetype>(r.method.size())) + u' ' +
               QString::fromStdString(r.fullTemplate());
    };
    QStringList problems;
    for (const protocol::RouteSpec &r : table) {
        const auto count = std::count_if(handled.begin(), handled.end(),
                                         [&](const protocol::RouteSpec &h) { return same(h, r); });
        if (count == 0)
            problems << u"%1: in the route table, but no handler"_s.arg(name(r));
        else if (count > 1)
            problems << u"%1: handled %2 times"_s.arg(name(r)).arg(count);
    }
    for (const protocol::RouteSpec &h : handled) {
        if (std::none_of(table.begin(), table.end(),
                         [&](const protocol::RouteSpec &r) { return same(h, r); }))
            problems << u"%1: handled, but not in the route table (protocol/Routes.h)"_s.arg(name(h));
    }
    return problems;
}

std::optional<Error> ClearanceServer::checkNotRevoked(RequestContext &ctx, RouteReads reads)
{
    const httplib::Request &req = ctx.request;
    const domain::DeviceIdentity &device = ctx.device;
    std::optional<store::Result<store::ActiveSession>> &session = ctx.session;
    // Both are read afresh for every request (a stat of the CRL file, one indexed query), so a
    // revocation takes effect on the next request on every server instance. A request with a
    // session token reads the session in the same statement, for the route to use.
    QString how;
    if (m_revocationList && m_revocationList->isRevoked(SSL_get0_peer_certificate(req.ssl))) {
        how = u"crl"_s;
    } else {
        const std::string header = req.get_header_value("Authorization");
        const QString tokenHash =
            AccountService::tokenHashOf(QByteArrayView(header.data(), static_cast<qsizetype>(header.size())));
        store::Result<bool> listed = false;
        if (tokenHash.isEmpty()) {
            listed = store::RevokedDeviceRepository(m_context.database()).isRevoked(device.serial);
        } else {
            const QString projectId =
                reads.projectRevisionOf > 0 && reads.projectRevisionOf < req.matches.size()
                    ? QString::fromStdString(req.matches[reads.projectRevisionOf].str())
                    : QString();
            auto both = store::SessionRepository(m_context.database())
                            .findActiveForDevice(tokenHash, device.serial, projectId);
            if (both) {
                listed = both.value().deviceRevoked;
                session = std::move(both.value().session);
                ctx.projectRevision = both.value().projectRevision;
            } else {
                listed = both.error();
            }
        }
        if (!listed) {
            // Fail closed: a device whose revocation cannot be checked is not served.
            return internalError(u"checking the revoked devices: "_s + listed.errorString());
        }
        if (!listed.value())
            return std::nullopt;
        session.reset();
        ctx.projectRevision.reset();
        how = u"database"_s;
    }
    Log::warning(u"device-revoked"_s, {{u"device"_s, device.subject},
                                       {u"serial"_s, device.serial},
                                       {u"listed_in"_s, how},
                                       {u"path"_s, QString::fromStdString(req.path)}});
    m_accounts->auditRefusal(u"device:"_s + device.subject,
                             QString::fromStdString(req.method + ' ' + req.path),
                             Error{QString::fromLatin1(protocol::errc::DeviceRevoked), {}});
    return Error{QString::fromLatin1(protocol::errc::DeviceRevoked),
                 u"This device's certificate (serial %1) has been revoked, so the service no longer accepts "
                 u"it. Contact research support for a new one."_s.arg(device.serial)};
}

void ClearanceServer::registerBuiltInRoutes()
{
    addRoute(protocol::route::Health.spec, [](const RequestContext &ctx, httplib::Response &res) {
        protocol::HealthInfo health;
        health.serverVersion = QStringLiteral(SRS_VERSION);
        health.apiVersion = protocol::ApiVersion;
        health.device = ctx.device;
        sendJson(res, ctx.route.successStatus, health.toJson());
    });
}

Status ClearanceServer::bind()
{
    if (const QStringList problems = routeProblems(); !problems.isEmpty())
        return Status::failure(u"route-table"_s, problems.join(u"; "_s));
    if (!m_tls)
        return Status::failure(u"tls-setup"_s, m_tlsError.isEmpty() ? u"TLS setup failed"_s : m_tlsError);
    if (m_revocationList) {
        if (const Status loaded = m_revocationList->load(); !loaded)
            return loaded;
    }
    HttpFront::Settings settings;
    settings.limits.maxHeadBytes = static_cast<std::size_t>(m_config.maxHeaderBytes);
    settings.limits.maxLineBytes = static_cast<std::size_t>(m_config.maxHeaderLineBytes);
    settings.limits.maxHeaderCount = static_cast<std::size_t>(m_config.maxHeaderCount);
    settings.limits.maxBodyBytes = static_cast<std::uint64_t>(m_config.maxRequestBytes);
    settings.handshakeTimeoutMs = m_config.tlsHandshakeTimeoutSeconds * 1000;
    settings.headTimeoutMs = m_config.requestHeadTimeoutSeconds * 1000;
    settings.requestTimeoutMs = m_config.requestTimeoutSeconds * 1000;
    settings.keepAliveTimeoutMs = m_config.keepAliveTimeoutSeconds * 1000;
    settings.keepAliveMaxCount = m_config.keepAliveMaxCount;
    settings.writeTimeoutMs = 30'000;
    settings.maxConnections = m_config.maxConnections;
    settings.maxConnectionsPerSource = m_config.maxConnectionsPerSource;
    settings.trustedProxies = m_config.trustedProxies;
    settings.workers = m_config.threads;
    m_front = std::make_unique<HttpFront>(
        m_tls.get(), settings, [this](FrontConnection &c, ConnectionStream &stream, bool closeConnection) {
            return m_http->answer(stream, closeConnection, c.ssl);
        });
    if (const Status s = m_front->listen(m_config.listenHost.toStdString(), m_config.listenPort); !s)
        return s;
    m_port = m_front->port();
    return {};
}

bool ClearanceServer::run()
{
    if (!m_front || m_stopRequested)
        return m_front != nullptr;
    return m_front->run();
}

void ClearanceServer::stop()
{
    m_stopRequested = true;
    if (m_front)
        m_front->stop();
}

} // namespace srs::server
