#include "HttpFront.h"

#include "HttpFrontParts.h"
#include "Log.h"
#include "ProxyHeader.h"

#include "protocol/ApiError.h"

#include <httplib.h>
#include <openssl/err.h>

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;
using front::after;
using front::peerAddress;

namespace {

constexpr int ListenBacklog = 1024;
constexpr int DrainMs = 500;
constexpr std::size_t DrainBytes = 256 * 1024;
// After a 413 the client is usually still sending the body it announced: it is discarded up to
// this much (and DrainBodyMs), so that the client reads the answer instead of a reset.
constexpr std::size_t DrainBodyBytes = 16 * 1024 * 1024;
constexpr int DrainBodyMs = 3000;
constexpr std::size_t ReadChunk = 16 * 1024;
constexpr auto SweepInterval = std::chrono::milliseconds(100);
// The wake-up descriptor's epoll tag; connections are tagged with their own address, the
// listening socket with null.
int g_wakeTag = 0;

const char *reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 417:
        return "Expectation Failed";
    case 431:
        return "Request Header Fields Too Large";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Error";
    }
}

} // namespace

HttpFront::HttpFront(SSL_CTX *tls, const Settings &settings, Answer answer)
    : m_tls(tls), m_settings(settings), m_answer(std::move(answer))
{
    // Every connection is a descriptor: keep room for the database, files and the workers.
    rlimit files{};
    if (::getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur != RLIM_INFINITY) {
        const auto room = static_cast<long long>(files.rlim_cur) - 256;
        if (room < m_settings.maxConnections)
            m_settings.maxConnections = static_cast<int>(std::max<long long>(room, 16));
    }
}

HttpFront::~HttpFront()
{
    m_connections.clear();
    for (int fd : {m_listenFd, m_epollFd, m_wakeFd})
        if (fd >= 0)
            ::close(fd);
}

Status HttpFront::listen(const std::string &host, int port)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    addrinfo *found = nullptr;
    const std::string service = std::to_string(port);
    if (::getaddrinfo(host.c_str(), service.c_str(), &hints, &found) != 0 || !found)
        return Status::failure(u"bind"_s,
                               u"cannot resolve the listen address %1"_s.arg(QString::fromStdString(host)));
    int fd = -1;
    for (addrinfo *a = found; a && fd < 0; a = a->ai_next) {
        fd = ::socket(a->ai_family, a->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, a->ai_protocol);
        if (fd < 0)
            continue;
        int yes = 1;
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
        if (::bind(fd, a->ai_addr, a->ai_addrlen) != 0 || ::listen(fd, ListenBacklog) != 0) {
            ::close(fd);
            fd = -1;
        }
    }
    ::freeaddrinfo(found);
    if (fd < 0)
        return Status::failure(u"bind"_s,
                               u"cannot listen on %1:%2 (in use, or not an address of this machine)"_s
                                   .arg(QString::fromStdString(host))
                                   .arg(port));
    sockaddr_storage bound{};
    socklen_t len = sizeof bound;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&bound), &len);
    peerAddress(bound, &m_port);
    m_listenFd = fd;
    m_epollFd = ::epoll_create1(EPOLL_CLOEXEC);
    m_wakeFd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (m_epollFd < 0 || m_wakeFd < 0)
        return Status::failure(u"bind"_s, u"cannot create the event descriptors: %1"_s.arg(
                                              QString::fromLatin1(std::strerror(errno))));
    return {};
}

bool HttpFront::run()
{
    if (m_listenFd < 0 || m_epollFd < 0 || m_wakeFd < 0)
        return false;
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.ptr = &g_wakeTag;
    ::epoll_ctl(m_epollFd, EPOLL_CTL_ADD, m_wakeFd, &ev);
    ev.data.ptr = nullptr;
    ::epoll_ctl(m_epollFd, EPOLL_CTL_ADD, m_listenFd, &ev);
    m_listenWatched = true;
    m_pool = std::make_unique<httplib::ThreadPool>(static_cast<size_t>(m_settings.workers));

    Clock::time_point lastSweep = Clock::now();
    epoll_event events[256];
    while (!m_stopRequested) {
        const int n = ::epoll_wait(m_epollFd, events, 256, static_cast<int>(SweepInterval.count()));
        for (int i = 0; i < n; ++i) {
            void *tag = events[i].data.ptr;
            if (tag == nullptr) {
                acceptConnections();
            } else if (tag == &g_wakeTag) {
                std::uint64_t count = 0;
                [[maybe_unused]] const ssize_t r = ::read(m_wakeFd, &count, sizeof count);
                takeBackConnections();
            } else {
                auto *c = static_cast<FrontConnection *>(tag);
                if (c->fd >= 0)
                    onEvent(*c, events[i].events);
            }
        }
        const Clock::time_point now = Clock::now();
        if (now - lastSweep >= SweepInterval) {
            sweep(now);
            lastSweep = now;
        }
        m_closed.clear();
    }

    // Stop: no new connections; requests being answered finish, then everything closes.
    ::close(m_listenFd);
    m_listenFd = -1;
    m_pool->shutdown();
    takeBackConnections();
    std::vector<FrontConnection *> all;
    for (auto &[ptr, owned] : m_connections)
        all.push_back(ptr);
    for (FrontConnection *c : all)
        close(*c);
    m_closed.clear();
    return true;
}

void HttpFront::stop()
{
    m_stopRequested = true;
    if (m_wakeFd >= 0) {
        const std::uint64_t one = 1;
        [[maybe_unused]] const ssize_t r = ::write(m_wakeFd, &one, sizeof one);
    }
}

void HttpFront::watch(FrontConnection &c, std::uint32_t events)
{
    if (c.watched == events)
        return;
    epoll_event ev{};
    ev.events = events;
    ev.data.ptr = &c;
    const int op = c.watched == 0 ? EPOLL_CTL_ADD : (events == 0 ? EPOLL_CTL_DEL : EPOLL_CTL_MOD);
    ::epoll_ctl(m_epollFd, op, c.fd, &ev);
    c.watched = events;
}

void HttpFront::onEvent(FrontConnection &c, std::uint32_t events)
{
    switch (c.state) {
    case FrontConnection::State::ProxyHeader:
        readProxyHeader(c);
        break;
    case FrontConnection::State::Handshake:
        continueHandshake(c);
        break;
    case FrontConnection::State::Idle:
    case FrontConnection::State::Head:
    case FrontConnection::State::Body:
        readRequest(c);
        break;
    case FrontConnection::State::Draining:
        drain(c);
        break;
    case FrontConnection::State::Busy:
        break;
    }
    (void)events;
}

void HttpFront::continueHandshake(FrontConnection &c)
{
    if (!c.firstBytesSeen && c.proxy.empty()) {
        // A client (or a balancer the configuration does not name) that starts with a PROXY
        // header is trying to choose the address it is judged by: refused, and said so, rather
        // than left to fail the handshake. TLS never starts with the header's first bytes.
        char first[ProxyHeader::Signature.size()];
        const ssize_t n = ::recv(c.fd, first, sizeof first, MSG_PEEK | MSG_DONTWAIT);
        if (n > 0) {
            c.firstBytesSeen = true;
            if (ProxyHeader::looksLikeProxyHeader(std::string_view(first, static_cast<std::size_t>(n)))) {
                refuseProxyHeader(c,
                                  "a PROXY protocol header from an address that is not in trusted_proxies");
                return;
            }
        }
    }
    ERR_clear_error();
    const int r = SSL_do_handshake(c.ssl);
    if (r == 1) {
        c.state = FrontConnection::State::Idle;
        // A client that connects has something to ask: the first request is due soon.
        c.deadline = after(m_settings.headTimeoutMs);
        watch(c, EPOLLIN);
        readRequest(c); // with TLS 1.3 the request often came with the handshake
        return;
    }
    switch (SSL_get_error(c.ssl, r)) {
    case SSL_ERROR_WANT_READ:
        watch(c, EPOLLIN);
        return;
    case SSL_ERROR_WANT_WRITE:
        watch(c, EPOLLIN | EPOLLOUT);
        return;
    default:
        // Refused (the alert is logged by the TLS context) or the client went away. Either
        // way, let a client that is still sending read the alert rather than a reset.
        ERR_clear_error();
        startDraining(c);
        return;
    }
}

void HttpFront::readRequest(FrontConnection &c)
{
    // Read no more than a head (then its parser decides) or the request whose head was
    // accepted, plus one chunk of whatever follows: a refused or slow request is never read whole.
    char chunk[ReadChunk];
    std::uint32_t want = EPOLLIN;
    for (;;) {
        const bool inHead =
            c.state == FrontConnection::State::Idle || c.state == FrontConnection::State::Head;
        const std::size_t cap = (inHead ? m_settings.limits.maxHeadBytes : c.requestBytes) + ReadChunk;
        if (c.buffer.size() >= cap || c.peerClosed) {
            if (inHead && !c.buffer.empty()) {
                advance(c);
                if (c.state == FrontConnection::State::Body)
                    continue; // the head is good: read its body
            }
            break;
        }
        ERR_clear_error();
        const int n = SSL_read(c.ssl, chunk, static_cast<int>(sizeof chunk));
        if (n > 0) {
            c.buffer.append(chunk, static_cast<std::size_t>(n));
            continue;
        }
        const int error = SSL_get_error(c.ssl, n);
        if (error == SSL_ERROR_WANT_READ)
            break;
        if (error == SSL_ERROR_WANT_WRITE) {
            want = EPOLLIN | EPOLLOUT; // a TLS 1.3 key update to answer
            break;
        }
        // Closed by the client (with or without close_notify), or a TLS error.
        ERR_clear_error();
        c.peerClosed = true;
    }
    if (c.fd < 0 || c.state == FrontConnection::State::Busy || c.state == FrontConnection::State::Draining)
        return;
    watch(c, want);
    advance(c);
    if (c.fd >= 0 && c.peerClosed && c.state != FrontConnection::State::Busy &&
        c.state != FrontConnection::State::Draining)
        close(c); // gone before its request was complete
}

void HttpFront::advance(FrontConnection &c)
{
    if (c.state == FrontConnection::State::Idle && !c.buffer.empty()) {
        c.state = FrontConnection::State::Head;
        c.deadline = after(m_settings.headTimeoutMs);
        c.requestDeadline = after(m_settings.requestTimeoutMs);
    }
    if (c.state == FrontConnection::State::Head) {
        switch (c.parser.parse(c.buffer)) {
        case RequestHeadParser::Outcome::NeedMore:
            return;
        case RequestHeadParser::Outcome::Refused: {
            const HeadRefusal &r = c.parser.refusal();
            refuseRequest(c, r.status, r.code, r.message);
            return;
        }
        case RequestHeadParser::Outcome::Complete:
            break;
        }
        c.head = c.parser.head();
        if (c.head.expectContinue) {
            // Answer "100 Continue" here and pass the request on without the Expect line.
            c.buffer.erase(c.head.expectLineOffset, c.head.expectLineBytes);
            c.head.headBytes -= c.head.expectLineBytes;
            if (c.head.contentLength > 0 && c.buffer.size() < c.head.headBytes + c.head.contentLength &&
                !writeNow(c, "HTTP/1.1 100 Continue\r\n\r\n")) {
                close(c);
                return;
            }
        }
        c.requestBytes = c.head.headBytes + static_cast<std::size_t>(c.head.contentLength);
        c.state = FrontConnection::State::Body;
        c.deadline = c.requestDeadline;
    }
    if (c.state == FrontConnection::State::Body && c.buffer.size() >= c.requestBytes)
        dispatch(c);
}

void HttpFront::dispatch(FrontConnection &c)
{
    c.state = FrontConnection::State::Busy;
    watch(c, 0);
    const bool closeAfter = c.head.closeConnection || c.peerClosed || m_stopRequested ||
                            c.requests + 1 >= m_settings.keepAliveMaxCount;
    FrontConnection *connection = &c;
    m_pool->enqueue([this, connection, closeAfter] {
        ConnectionStream stream(*connection, m_settings.writeTimeoutMs);
        bool keep = false;
        try {
            keep = m_answer(*connection, stream, closeAfter);
        } catch (...) {
            keep = false;
        }
        keep = stream.flush() && keep;
        keep = keep && !closeAfter && !stream.failed();
        {
            std::lock_guard lock(m_returnedMutex);
            m_returned.emplace_back(connection, keep);
        }
        const std::uint64_t one = 1;
        [[maybe_unused]] const ssize_t r = ::write(m_wakeFd, &one, sizeof one);
    });
}

void HttpFront::takeBackConnections()
{
    std::vector<std::pair<FrontConnection *, bool>> returned;
    {
        std::lock_guard lock(m_returnedMutex);
        returned.swap(m_returned);
    }
    for (auto [c, keep] : returned) {
        if (!keep || m_stopRequested) {
            close(*c);
            continue;
        }
        c->buffer.erase(0, c->requestBytes);
        c->requestBytes = 0;
        ++c->requests;
        c->parser.reset();
        c->state = FrontConnection::State::Idle;
        c->deadline = after(m_settings.keepAliveTimeoutMs);
        watch(*c, EPOLLIN);
        readRequest(*c); // what TLS already holds, or the next pipelined request
    }
}

bool HttpFront::writeNow(FrontConnection &c, const std::string &bytes)
{
    // Small answers from the front (100 Continue, a refusal) fit the socket buffer of any
    // connection that is reading; one that is not does not get to block the front.
    ERR_clear_error();
    const int n = SSL_write(c.ssl, bytes.data(), static_cast<int>(bytes.size()));
    ERR_clear_error();
    return n == static_cast<int>(bytes.size());
}

void HttpFront::refuseRequest(FrontConnection &c, int status, const char *code, const char *message)
{
    const QByteArray body =
        protocol::ApiError{QString::fromLatin1(code), QString::fromUtf8(message)}.toJson();
    std::string response =
        "HTTP/1.1 " + std::to_string(status) + ' ' + reasonPhrase(status) +
        "\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) +
        "\r\nConnection: close\r\n\r\n";
    response.append(body.constData(), static_cast<std::size_t>(body.size()));
    writeNow(c, response);
    Log::warning(u"request-refused"_s, {{u"remote"_s, QString::fromStdString(c.source)},
                                        {u"status"_s, status},
                                        {u"code"_s, QString::fromLatin1(code)}});
    ERR_clear_error();
    SSL_shutdown(c.ssl);
    ERR_clear_error();
    startDraining(c, status == 413);
}

void HttpFront::startDraining(FrontConnection &c, bool bodyExpected)
{
    // Closing with unread data makes the kernel reset the connection, and the client may lose
    // the answer (or TLS alert) it has not read yet: half-close, then discard what it still
    // sends, briefly and up to a bound, before closing.
    ::shutdown(c.fd, SHUT_WR);
    c.state = FrontConnection::State::Draining;
    c.buffer.clear();
    c.buffer.shrink_to_fit();
    c.drained = 0;
    c.drainLimit = bodyExpected ? DrainBodyBytes : DrainBytes;
    c.deadline = after(bodyExpected ? DrainBodyMs : DrainMs);
    watch(c, EPOLLIN);
    drain(c);
}

void HttpFront::drain(FrontConnection &c)
{
    char sink[ReadChunk];
    for (;;) {
        const ssize_t n = ::read(c.fd, sink, sizeof sink);
        if (n > 0) {
            c.drained += static_cast<std::size_t>(n);
            if (c.drained < c.drainLimit)
                continue;
        } else if (n < 0 && errno == EAGAIN) {
            return;
        } else if (n < 0 && errno == EINTR) {
            continue;
        }
        close(c);
        return;
    }
}

void HttpFront::close(FrontConnection &c)
{
    if (c.fd < 0)
        return;
    if (c.ssl && c.state != FrontConnection::State::Draining &&
        c.state != FrontConnection::State::Handshake && !c.peerClosed) {
        ERR_clear_error();
        SSL_shutdown(c.ssl); // close_notify, without waiting for the client's
        ERR_clear_error();
    }
    watch(c, 0);
    if (c.counted) {
        if (auto it = m_perSource.find(c.source); it != m_perSource.end() && --it->second <= 0)
            m_perSource.erase(it);
        c.counted = false;
    }
    SSL_free(c.ssl);
    c.ssl = nullptr;
    ::close(c.fd);
    c.fd = -1;
    if (auto it = m_connections.find(&c); it != m_connections.end()) {
        m_closed.push_back(std::move(it->second));
        m_connections.erase(it);
    }
}

void HttpFront::sweep(Clock::time_point now)
{
    if (!m_listenWatched && now >= m_acceptPausedUntil && m_listenFd >= 0) {
        epoll_event ev{};
        ev.events = EPOLLIN;
        ev.data.ptr = nullptr;
        ::epoll_ctl(m_epollFd, EPOLL_CTL_ADD, m_listenFd, &ev);
        m_listenWatched = true;
    }
    std::vector<FrontConnection *> expired;
    for (auto &[ptr, owned] : m_connections)
        if (ptr->state != FrontConnection::State::Busy && ptr->deadline <= now)
            expired.push_back(ptr);
    for (FrontConnection *c : expired) {
        switch (c->state) {
        case FrontConnection::State::Head:
        case FrontConnection::State::Body:
            // A slow sender: told why, then cut off.
            refuseRequest(*c, 408, protocol::errc::RequestTimeout,
                          "The request did not arrive in time; the connection is closed.");
            break;
        case FrontConnection::State::ProxyHeader:
            refuseProxyHeader(*c, "the balancer did not send its PROXY protocol header in time");
            break;
        case FrontConnection::State::Handshake:
            Log::write(LogLevel::Debug, u"tls-handshake-timeout"_s,
                       {{u"remote"_s, QString::fromStdString(c->source)}});
            close(*c);
            break;
        default:
            close(*c);
            break;
        }
    }
}

} // namespace srs::server
