#pragma once

#include "TlsContext.h"

#include "services/ServerConfig.h"
#include "services/ServerContext.h"
#include "store/SessionRepository.h"

#include "domain/DeviceIdentity.h"
#include "domain/Result.h"
#include "protocol/Routes.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <vector>

#include <QStringList>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace srs::server {

class AccountService;
class ProjectService;
class SubmissionService;
class ReviewService;
class ReleaseService;
class IngestService;
class BookingService;
class IngestReviewService;
class AdminAccountsService;
class LifecycleService;
class DataOwnerService;
class RevocationList;
class HttpFront;
class RequestRouter;

// What a route handler knows about the call besides the HTTP request itself.
struct RequestContext
{
    const httplib::Request &request;
    domain::DeviceIdentity device; // from the verified client certificate
    // The route of protocol/Routes.h the request matched; its parameters are the request's
    // matches, in order from 1.
    const protocol::RouteSpec &route;
    // The session the request's token names, read with the device's revocation in one statement
    // before the route (which then need not read it again: see authed()); unset when the request
    // carries no well-formed token. Taken by the first use.
    mutable std::optional<store::Result<store::ActiveSession>> session;
    // For a route added with RouteReads::projectRevisionOf: the workspace revision of the project
    // its path names, read in that same statement; unset for no such project. Not an answer on
    // its own: the route still decides whether the caller may see the project at all. Taken by
    // the first use, as the session is.
    mutable std::optional<qint64> projectRevision;
};

// What the request's first statement (the device's revocation and the session) also reads for a
// route, so that the route need not make a round trip of its own to the database.
struct RouteReads
{
    // The path argument (from 1) naming a project whose workspace revision to read; 0 for none.
    size_t projectRevisionOf = 0;
};

using RouteHandler = std::function<void(const RequestContext &, httplib::Response &)>;

// Writes {"code": ..., "message": ...} with the given status.
void sendError(httplib::Response &response, int status, const char *code, const QString &message);
void sendJson(httplib::Response &response, int status, const QByteArray &json);

// The HTTPS front of the clearance server: mutual TLS (TLS 1.2+, a client certificate from
// the device CA is required), JSON errors for every failure, one structured log line per
// request. Connections, TLS handshakes and request heads are handled by HttpFront under its
// limits and deadlines; complete requests are routed by cpp-httplib on worker threads.
// bind() then run() on one thread; stop() from any thread.
class ClearanceServer
{
public:
    explicit ClearanceServer(ServerContext &context);
    ~ClearanceServer();
    ClearanceServer(const ClearanceServer &) = delete;
    ClearanceServer &operator=(const ClearanceServer &) = delete;

    [[nodiscard]] Status bind();
    [[nodiscard]] int port() const { return m_port; }
    // Serves until stop(); false if the listening socket failed. Returns at once when stop()
    // came first.
    bool run();
    // From any thread, before or while run() serves.
    void stop();

    // Handles a route of the table (protocol/Routes.h): its method, and its path matched against
    // RouteSpec::serverPattern(). Every route of the table has one handler, and no handler is
    // for a route that is not in it: bind() refuses to start otherwise (routeProblems()).
    void addRoute(const protocol::RouteSpec &route, RouteHandler handler, RouteReads reads = {});

    // The routes handled, in the order they were added (the order cpp-httplib tries them).
    [[nodiscard]] const std::vector<protocol::RouteSpec> &routes() const { return m_routes; }
    // What is wrong between the routes handled and the table: each route of the table without
    // a handler, each handler for a route the table does not have, each route handled twice.
    // Empty when they agree.
    [[nodiscard]] QStringList routeProblems() const;
    [[nodiscard]] static QStringList routeProblems(std::span<const protocol::RouteSpec> table,
                                                   std::span<const protocol::RouteSpec> handled);

private:
    void registerBuiltInRoutes();
    void installHandlers();
    // Why this device may not be served (its certificate is in the CRL or revoked in the
    // database), or nothing. Logs and audits a refusal. With a session token, ctx.session is then
    // the session it names, and ctx.projectRevision what `reads` asks for, read in the same
    // statement.
    [[nodiscard]] std::optional<Error> checkNotRevoked(RequestContext &ctx, RouteReads reads);

    ServerContext &m_context;
    const ServerConfig &m_config;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<ProjectService> m_projects;
    std::unique_ptr<SubmissionService> m_submissions;
    std::unique_ptr<ReviewService> m_reviews;
    std::unique_ptr<ReleaseService> m_releases;
    std::unique_ptr<IngestService> m_ingests;
    std::unique_ptr<LifecycleService> m_lifecycle;
    std::unique_ptr<BookingService> m_bookings;
    std::unique_ptr<IngestReviewService> m_ingestReviews;
    std::unique_ptr<AdminAccountsService> m_adminAccounts;
    std::unique_ptr<DataOwnerService> m_owners;
    std::unique_ptr<RevocationList> m_revocationList; // when tls.crl_file is set
    SslContextPtr m_tls;                              // outlives the front and its connections
    std::unique_ptr<RequestRouter> m_http;
    std::unique_ptr<HttpFront> m_front;
    QString m_tlsError;
    std::vector<protocol::RouteSpec> m_routes;
    int m_port = 0;
    std::atomic<bool> m_stopRequested{false};
};

} // namespace srs::server
