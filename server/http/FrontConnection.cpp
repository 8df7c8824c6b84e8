#include "FrontConnection.h"

#include <openssl/err.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>

namespace srs::server {

FrontConnection::~FrontConnection()
{
    if (ssl)
        SSL_free(ssl);
    if (fd >= 0)
        ::close(fd);
}

namespace {

// Our end of the connection, once: it cannot change while the connection lasts.
void readLocalAddress(FrontConnection &c)
{
    sockaddr_storage addr{};
    socklen_t len = sizeof addr;
    char text[INET6_ADDRSTRLEN] = {};
    c.localPort = 0;
    c.localAddress.clear();
    if (::getsockname(c.fd, reinterpret_cast<sockaddr *>(&addr), &len) != 0)
        return;
    if (addr.ss_family == AF_INET) {
        const auto *a = reinterpret_cast<const sockaddr_in *>(&addr);
        ::inet_ntop(AF_INET, &a->sin_addr, text, sizeof text);
        c.localPort = ntohs(a->sin_port);
    } else if (addr.ss_family == AF_INET6) {
        const auto *a = reinterpret_cast<const sockaddr_in6 *>(&addr);
        ::inet_ntop(AF_INET6, &a->sin6_addr, text, sizeof text);
        c.localPort = ntohs(a->sin6_port);
    }
    c.localAddress = text;
}

} // namespace

ssize_t ConnectionStream::read(char *ptr, size_t size)
{
    const std::size_t available = m_connection.requestBytes - std::min(m_position, m_connection.requestBytes);
    const std::size_t n = std::min(available, size);
    std::memcpy(ptr, m_connection.buffer.data() + m_position, n);
    m_position += n;
    return static_cast<ssize_t>(n);
}

ssize_t ConnectionStream::write(const char *ptr, size_t size)
{
    if (m_failed)
        return -1;
    if (m_gathered.size() + size <= GatherBytes) {
        m_gathered.append(ptr, size);
        return static_cast<ssize_t>(size);
    }
    if (!flush())
        return -1;
    if (size <= GatherBytes)
        m_gathered.append(ptr, size);
    else
        send(ptr, size);
    return m_failed ? -1 : static_cast<ssize_t>(size);
}

bool ConnectionStream::flush()
{
    if (!m_gathered.empty() && !m_failed)
        send(m_gathered.data(), m_gathered.size());
    m_gathered.clear();
    return !m_failed;
}

void ConnectionStream::send(const char *ptr, std::size_t size)
{
    std::size_t written = 0;
    while (!m_failed && written < size) {
        ERR_clear_error();
        const std::size_t chunk = std::min<std::size_t>(size - written, 1 << 30);
        const int n = SSL_write(m_connection.ssl, ptr + written, static_cast<int>(chunk));
        if (n > 0) {
            written += static_cast<std::size_t>(n);
            continue;
        }
        short events = 0;
        switch (SSL_get_error(m_connection.ssl, n)) {
        case SSL_ERROR_WANT_WRITE:
            events = POLLOUT;
            break;
        case SSL_ERROR_WANT_READ:
            events = POLLIN;
            break;
        default:
            m_failed = true;
            continue;
        }
        pollfd p{m_connection.fd, events, 0};
        if (::poll(&p, 1, m_writeTimeoutMs) <= 0 || (p.revents & (POLLERR | POLLNVAL)))
            m_failed = true; // a client that does not read its answer keeps no worker for long
    }
}

void ConnectionStream::get_remote_ip_and_port(std::string &ip, int &port) const
{
    ip = m_connection.source;
    port = m_connection.sourcePort;
}

void ConnectionStream::get_local_ip_and_port(std::string &ip, int &port) const
{
    if (m_connection.localPort < 0)
        readLocalAddress(m_connection);
    ip = m_connection.localAddress;
    port = m_connection.localPort;
}

} // namespace srs::server
