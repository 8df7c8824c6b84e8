#pragma once

#include "TlsContext.h"

#include "services/ServerConfig.h"
#include "services/ServerContext.h"

#include "domain/DeviceIdentity.h"
#include "domain/Result.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

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
class RevocationList;
class HttpFront;
class RequestRouter;

// What a route handler knows about the call besides the HTTP request itself.
struct RequestContext
{
    const httplib::Request &request;
    domain::DeviceIdentity device; // from the verified client certificate
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

    // `path` is the documented path ("/api/v1/projects/{id}"); `pattern` the cpp-httplib regex
    // that matches it. Every route is recorded so tests can check the API reference.
    void addRoute(const char *method, const std::string &path, const std::string &pattern,
                  RouteHandler handler);
    void addRoute(const char *method, const std::string &path, RouteHandler handler)
    {
        addRoute(method, path, path, std::move(handler));
    }

    struct RouteInfo
    {
        std::string method;
        std::string path;
    };
    [[nodiscard]] const std::vector<RouteInfo> &routes() const { return m_routes; }

private:
    void registerBuiltInRoutes();
    void installHandlers();
    // Why this device may not be served (its certificate is in the CRL or revoked in the
    // database), or nothing. Logs and audits a refusal.
    [[nodiscard]] std::optional<Error> checkNotRevoked(const httplib::Request &req,
                                                       const domain::DeviceIdentity &device);

    ServerContext &m_context;
    const ServerConfig &m_config;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<ProjectService> m_projects;
    std::unique_ptr<SubmissionService> m_submissions;
    std::unique_ptr<ReviewService> m_reviews;
    std::unique_ptr<ReleaseService> m_releases;
    std::unique_ptr<RevocationList> m_revocationList; // when tls.crl_file is set
    SslContextPtr m_tls;                              // outlives the front and its connections
    std::unique_ptr<RequestRouter> m_http;
    std::unique_ptr<HttpFront> m_front;
    QString m_tlsError;
    std::vector<RouteInfo> m_routes;
    int m_port = 0;
    std::atomic<bool> m_stopRequested{false};
};

} // namespace srs::server
