#pragma once

#include "RequestHeadParser.h"

#include <httplib.h>
#include <openssl/ssl.h>

#include <chrono>
#include <cstdint>
#include <string>

namespace srs::server {

// One client connection of the HTTP front. The front's thread owns it while it completes its
// TLS handshake and while its next request arrives; a worker thread has it (state Busy) only
// while it answers one complete request, then gives it back.
struct FrontConnection
{
    using Clock = std::chrono::steady_clock;
    enum class State
    {
        ProxyHeader, // from a trusted balancer: reading its PROXY header, before any TLS
        Handshake,   // TLS handshake under way
        Idle,        // waiting for the first byte of a request
        Head,        // reading a request head
        Body,        // reading a request body of a known, allowed length
        Busy,        // with a worker thread
        Draining,    // refused: our side is closed, what the client still sends is discarded
    };

    explicit FrontConnection(const HttpLimits &limits) : parser(limits) {}
    ~FrontConnection();
    FrontConnection(const FrontConnection &) = delete;
    FrontConnection &operator=(const FrontConnection &) = delete;

    int fd = -1;
    SSL *ssl = nullptr;
    State state = State::Handshake;
    std::uint32_t watched = 0; // epoll events asked for (0: not in the epoll set)
    std::string source;        // the client's address: connections are counted per source
    int sourcePort = 0;
    std::string proxy;           // the balancer's address, when the connection came through one
    bool counted = false;        // counted against its source's connections
    bool firstBytesSeen = false; // checked for a PROXY header it may not send
    std::string buffer;          // received bytes not yet answered (the request starts at [0])
    RequestHeadParser parser;
    RequestHead head;                  // of the request being read or answered
    std::size_t requestBytes = 0;      // head plus body: the complete request at the front of buffer
    Clock::time_point deadline;        // of the current state
    Clock::time_point requestDeadline; // for the whole request, from its first byte
    int requests = 0;                  // answered on this connection
    bool peerClosed = false;           // the client closed its side after sending
    std::size_t drained = 0;
    std::size_t drainLimit = 0; // discarded before the close, once the answer is sent
    std::string localAddress;   // our end of the connection, read once when first asked for
    int localPort = -1;         // -1: not read yet
};

// What a worker thread reads and writes while it answers one request: the request's bytes come
// from the connection's buffer (complete, already checked by the front), the response goes out
// through TLS, waiting at most `writeTimeoutMs` each time the socket is full. Small writes are
// gathered and sent as one TLS record (a status line and headers, then a short body, would
// otherwise be two records and two system calls); flush() sends what is gathered, and the front
// calls it once the answer is complete.
class ConnectionStream final : public httplib::Stream
{
public:
    ConnectionStream(FrontConnection &connection, int writeTimeoutMs)
        : m_connection(connection), m_writeTimeoutMs(writeTimeoutMs)
    {}

    bool is_readable() const override { return m_position < m_connection.requestBytes; }
    bool is_writable() const override { return !m_failed; }
    ssize_t read(char *ptr, size_t size) override;
    ssize_t write(const char *ptr, size_t size) override;
    void get_remote_ip_and_port(std::string &ip, int &port) const override;
    void get_local_ip_and_port(std::string &ip, int &port) const override;
    socket_t socket() const override { return m_connection.fd; }

    // Sends what write() gathered; false when the connection failed (now or before).
    bool flush();
    [[nodiscard]] bool failed() const { return m_failed; }

    // Writes up to this size are gathered; a larger one is sent at once, after what was gathered.
    static constexpr std::size_t GatherBytes = 16 * 1024;

private:
    void send(const char *ptr, std::size_t size);

    FrontConnection &m_connection;
    int m_writeTimeoutMs;
    std::size_t m_position = 0;
    bool m_failed = false;
    std::string m_gathered;
};

} // namespace srs::server
