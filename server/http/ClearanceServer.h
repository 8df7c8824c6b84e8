#pragma once

#include "services/ServerConfig.h"
#include "services/ServerContext.h"

#include "domain/DeviceIdentity.h"
#include "domain/Result.h"

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace httplib {
class SSLServer;
struct Request;
struct Response;
} // namespace httplib

namespace srs::server {

class Accounts;
class Projects;
class Submissions;
class Reviews;
class Releases;

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
// request. bind() then run() on one thread; stop() from any thread.
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

    ServerContext &m_context;
    const ServerConfig &m_config;
    std::unique_ptr<Accounts> m_accounts;
    std::unique_ptr<Projects> m_projects;
    std::unique_ptr<Submissions> m_submissions;
    std::unique_ptr<Reviews> m_reviews;
    std::unique_ptr<Releases> m_releases;
    std::unique_ptr<httplib::SSLServer> m_http;
    QString m_tlsError;
    std::vector<RouteInfo> m_routes;
    int m_listenFd = -1;
    int m_port = 0;
    std::atomic<bool> m_stopRequested{false};
    std::atomic<bool> m_inRun{false};
};

} // namespace srs::server
