#pragma once

// What HttpFront.cpp and HttpFrontAccept.cpp share (the front's own, not for other code).

#include "FrontConnection.h"

#include <arpa/inet.h>
#include <sys/socket.h>

#include <string>

namespace srs::server::front {

inline constexpr int AcceptsPerRound = 64;

// The address (and port) of a socket address, as text.
inline std::string peerAddress(const sockaddr_storage &addr, int *port)
{
    char text[INET6_ADDRSTRLEN] = {};
    *port = 0;
    if (addr.ss_family == AF_INET) {
        const auto *a = reinterpret_cast<const sockaddr_in *>(&addr);
        ::inet_ntop(AF_INET, &a->sin_addr, text, sizeof text);
        *port = ntohs(a->sin_port);
    } else if (addr.ss_family == AF_INET6) {
        const auto *a = reinterpret_cast<const sockaddr_in6 *>(&addr);
        ::inet_ntop(AF_INET6, &a->sin6_addr, text, sizeof text);
        *port = ntohs(a->sin6_port);
    }
    return text;
}

inline FrontConnection::Clock::time_point after(int ms)
{
    return FrontConnection::Clock::now() + std::chrono::milliseconds(ms);
}

} // namespace srs::server::front
