#pragma once

#include "FrontConnection.h"
#include "RequestHeadParser.h"

#include "domain/IpRange.h"
#include "domain/Result.h"

#include <openssl/ssl.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace httplib {
class ThreadPool;
}

namespace srs::server {

// The server's own front door. cpp-httplib 0.11.4 runs the TLS handshake and reads requests on
// its worker threads, with no bound on chunked or compressed bodies or on header lines, so a few
// idle or slow clients could hold every worker. Here one thread accepts every connection, drives
// its TLS handshake and reads its requests without blocking, each step under a deadline, counts
// connections per source address, and checks each request head strictly (RequestHeadParser). Only
// a complete request of bounded size goes to a worker thread, which answers it through
// cpp-httplib's routing and gives the connection back. Idle, half-open and slow connections
// therefore cost a little memory on the front thread, never a worker.
//
// Behind a TCP load balancer every connection comes from the balancer. When the configuration
// trusts it, its connections start with a PROXY protocol v2 header naming the client, read here
// before the TLS handshake (TLS passes through the balancer and ends here); from then on the
// connection is the client's: its limits, its log lines and the network policy use the
// client's address. A connection from any other address that starts with such a header is
// refused, so no client can choose the address it is judged by.
class HttpFront
{
public:
    struct Settings
    {
        HttpLimits limits;
        int handshakeTimeoutMs = 5'000;
        int headTimeoutMs = 10'000;    // from a request's first byte to the end of its head
        int requestTimeoutMs = 60'000; // from a request's first byte to the end of its body
        int keepAliveTimeoutMs = 30'000;
        int keepAliveMaxCount = 1000;
        int writeTimeoutMs = 30'000;
        int maxConnections = 4096;
        int maxConnectionsPerSource = 128; // 0: no limit per source
        int workers = 64;
        // Balancers that put a PROXY protocol v2 header before the client's bytes (see
        // ProxyHeader): their connections must carry one, and are then the client's.
        QList<domain::IpRange> trustedProxies;
    };
    // Answers the complete request at the front of the connection's buffer, on a worker thread,
    // writing through `stream`; true if the connection may carry another request.
    using Answer = std::function<bool(FrontConnection &, ConnectionStream &stream, bool closeConnection)>;

    HttpFront(SSL_CTX *tls, const Settings &settings, Answer answer);
    ~HttpFront();
    HttpFront(const HttpFront &) = delete;
    HttpFront &operator=(const HttpFront &) = delete;

    // Port 0: any free port. Then port() is the bound one.
    [[nodiscard]] Status listen(const std::string &host, int port);
    [[nodiscard]] int port() const { return m_port; }
    // Serves on the calling thread until stop(); false if the front could not start.
    bool run();
    // From any thread, before or while run() serves.
    void stop();

private:
    using Clock = FrontConnection::Clock;

    void acceptConnections();
    void refuseConnection(int fd, const std::string &source, const char *why);
    void logRefusal(const std::string &source, const char *why);
    // Counts the connection against its (client's) source; false, with the connection closed,
    // when that source has as many as it may hold.
    bool countSource(FrontConnection &c);
    [[nodiscard]] bool isTrustedProxy(const std::string &address) const;
    void readProxyHeader(FrontConnection &c);
    void refuseProxyHeader(FrontConnection &c, const char *why);
    void startTls(FrontConnection &c);
    void onEvent(FrontConnection &c, std::uint32_t events);
    void continueHandshake(FrontConnection &c);
    void readRequest(FrontConnection &c);
    void advance(FrontConnection &c);
    void dispatch(FrontConnection &c);
    void refuseRequest(FrontConnection &c, int status, const char *code, const char *message);
    // `bodyExpected`: the client was refused a body it may still be sending (413), so more of it
    // is discarded, for longer, before the close.
    void startDraining(FrontConnection &c, bool bodyExpected = false);
    void drain(FrontConnection &c);
    void close(FrontConnection &c);
    void watch(FrontConnection &c, std::uint32_t events);
    void sweep(Clock::time_point now);
    void takeBackConnections();
    bool writeNow(FrontConnection &c, const std::string &bytes);

    SSL_CTX *m_tls;
    Settings m_settings;
    Answer m_answer;
    int m_listenFd = -1;
    int m_epollFd = -1;
    int m_wakeFd = -1;
    int m_port = 0;
    bool m_listenWatched = false;
    Clock::time_point m_acceptPausedUntil{};
    std::unique_ptr<httplib::ThreadPool> m_pool;
    std::unordered_map<FrontConnection *, std::unique_ptr<FrontConnection>> m_connections;
    std::vector<std::unique_ptr<FrontConnection>> m_closed; // freed after each round of events
    std::unordered_map<std::string, int> m_perSource;
    std::mutex m_returnedMutex;
    std::vector<std::pair<FrontConnection *, bool>> m_returned; // from the workers: keep?
    std::atomic<bool> m_stopRequested{false};
    Clock::time_point m_lastRefusalLog{};
    int m_refusalsNotLogged = 0;
    Clock::time_point m_lastProxyRefusalLog{};
    int m_proxyRefusalsNotLogged = 0;
};

} // namespace srs::server
