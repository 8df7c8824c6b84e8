// HttpFront, continued: accepting connections, counting them per client, and reading a trusted
// balancer's PROXY protocol header before the TLS handshake (see HttpFront.h).
#include "HttpFront.h"
#include "HttpFrontParts.h"

#include "Log.h"
#include "ProxyHeader.h"

#include "protocol/ApiError.h"

#include <openssl/err.h>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;
using front::AcceptsPerRound;
using front::after;
using front::peerAddress;

void HttpFront::acceptConnections()
{
    for (int i = 0; i < AcceptsPerRound; ++i) {
        sockaddr_storage addr{};
        socklen_t len = sizeof addr;
        const int fd =
            ::accept4(m_listenFd, reinterpret_cast<sockaddr *>(&addr), &len, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM) {
                // Out of descriptors: stop accepting for a moment rather than spin.
                ::epoll_ctl(m_epollFd, EPOLL_CTL_DEL, m_listenFd, nullptr);
                m_listenWatched = false;
                m_acceptPausedUntil = after(100);
                Log::warning(u"accept-paused"_s, {{u"reason"_s, QString::fromLatin1(std::strerror(errno))}});
            }
            return;
        }
        int port = 0;
        std::string source = peerAddress(addr, &port);
        if (static_cast<int>(m_connections.size()) >= m_settings.maxConnections) {
            refuseConnection(fd, source, "the server has as many connections as it accepts");
            continue;
        }
        const bool viaProxy = isTrustedProxy(source);
        if (!viaProxy && m_settings.maxConnectionsPerSource > 0 &&
            m_perSource[source] >= m_settings.maxConnectionsPerSource) {
            refuseConnection(fd, source, "this address has as many connections as one source may hold");
            continue;
        }
        int yes = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
        auto owned = std::make_unique<FrontConnection>(m_settings.limits);
        FrontConnection &c = *owned;
        c.fd = fd;
        c.source = std::move(source);
        c.sourcePort = port;
        c.deadline = after(m_settings.handshakeTimeoutMs);
        m_connections.emplace(&c, std::move(owned));
        if (viaProxy) {
            // Counted once the header names the client: the balancer itself is not a source.
            c.proxy = c.source;
            c.state = FrontConnection::State::ProxyHeader;
            watch(c, EPOLLIN);
            readProxyHeader(c); // usually here with the connection
            continue;
        }
        if (countSource(c))
            startTls(c);
    }
}

bool HttpFront::countSource(FrontConnection &c)
{
    int &perSource = m_perSource[c.source];
    if (m_settings.maxConnectionsPerSource > 0 && perSource >= m_settings.maxConnectionsPerSource) {
        linger reset{1, 0};
        ::setsockopt(c.fd, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
        const std::string source = c.source;
        close(c);
        logRefusal(source, "this address has as many connections as one source may hold");
        return false;
    }
    ++perSource;
    c.counted = true;
    return true;
}

bool HttpFront::isTrustedProxy(const std::string &address) const
{
    if (m_settings.trustedProxies.isEmpty())
        return false;
    const auto parsed = domain::IpAddress::parse(QString::fromStdString(address));
    return parsed && domain::anyContains(m_settings.trustedProxies, *parsed);
}

void HttpFront::startTls(FrontConnection &c)
{
    c.state = FrontConnection::State::Handshake;
    c.deadline = after(m_settings.handshakeTimeoutMs);
    c.ssl = SSL_new(m_tls);
    if (!c.ssl || SSL_set_fd(c.ssl, c.fd) != 1) {
        close(c);
        return;
    }
    SSL_set_accept_state(c.ssl);
    watch(c, EPOLLIN);
    continueHandshake(c); // the ClientHello is often here already
}

void HttpFront::readProxyHeader(FrontConnection &c)
{
    // Read exactly the header's bytes (its fixed part says how many), never past them: what
    // follows is the client's TLS handshake, which OpenSSL reads from the socket itself.
    for (;;) {
        ProxyHeader header;
        const ProxyHeader::Outcome outcome = header.parse(c.buffer);
        if (outcome == ProxyHeader::Outcome::Refused) {
            refuseProxyHeader(c, header.refusal());
            return;
        }
        if (outcome == ProxyHeader::Outcome::Complete) {
            if (!header.isLocal()) {
                c.source = header.address();
                c.sourcePort = header.port();
            }
            c.buffer.clear();
            if (countSource(c))
                startTls(c);
            return;
        }
        const std::size_t want = ProxyHeader::wholeSize(c.buffer);
        char bytes[ProxyHeader::MaxBytes];
        const std::size_t missing = std::min(want - c.buffer.size(), sizeof bytes);
        const ssize_t n = ::read(c.fd, bytes, missing);
        if (n > 0) {
            c.buffer.append(bytes, static_cast<std::size_t>(n));
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EAGAIN)
            return; // the rest is on its way (the sweep ends a balancer that never sends it)
        close(c);   // gone
        return;
    }
}

void HttpFront::refuseProxyHeader(FrontConnection &c, const char *why)
{
    // At most one line a second, like connection-refused: a stranger could send these in a flood.
    const Clock::time_point now = Clock::now();
    if (now - m_lastProxyRefusalLog >= std::chrono::seconds(1)) {
        Log::warning(u"proxy-header-refused"_s, {{u"remote"_s, QString::fromStdString(c.source)},
                                                 {u"reason"_s, QString::fromLatin1(why)},
                                                 {u"refused_since_last_line"_s, m_proxyRefusalsNotLogged}});
        m_lastProxyRefusalLog = now;
        m_proxyRefusalsNotLogged = 0;
    } else {
        ++m_proxyRefusalsNotLogged;
    }
    linger reset{1, 0};
    ::setsockopt(c.fd, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
    close(c);
}

void HttpFront::refuseConnection(int fd, const std::string &source, const char *why)
{
    // Reset at once: the connection never costs a handshake.
    linger reset{1, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
    ::close(fd);
    logRefusal(source, why);
}

void HttpFront::logRefusal(const std::string &source, const char *why)
{
    // A flood of refusals is logged at most once a second, with the count left out.
    const Clock::time_point now = Clock::now();
    if (now - m_lastRefusalLog < std::chrono::seconds(1)) {
        ++m_refusalsNotLogged;
        return;
    }
    Log::warning(u"connection-refused"_s,
                 {{u"remote"_s, QString::fromStdString(source)},
                  {u"code"_s, QString::fromLatin1(protocol::errc::TooManyConnections)},
                  {u"reason"_s, QString::fromLatin1(why)},
                  {u"refused_since_last_line"_s, m_refusalsNotLogged}});
    m_lastRefusalLog = now;
    m_refusalsNotLogged = 0;
}

} // namespace srs::server
