// The Linux network back-end: interfaces from getifaddrs(), the route to an address from
// the kernel itself (an RTM_GETROUTE netlink query, so policy routing and VPN split tunnels
// are answered exactly as the kernel would route a packet), and change notices from a
// netlink socket subscribed to link, address and route changes.

#include "NetworkBackend.h"

#include <QHash>
#include <QSocketNotifier>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <ifaddrs.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <net/if.h>
#include <sys/socket.h>
#include <unistd.h>

namespace srs::session {

namespace {

using namespace Qt::Literals::StringLiterals;

class Fd
{
public:
    explicit Fd(int fd = -1) : m_fd(fd) {}
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    [[nodiscard]] int get() const { return m_fd; }

private:
    int m_fd;
};

QString errnoText(const char *what)
{
    return u"%1: %2"_s.arg(QLatin1StringView(what), QString::fromLocal8Bit(std::strerror(errno)));
}

// NLMSG_DATA is a C macro with an old-style cast.
template <typename T>
T *payload(nlmsghdr *header)
{
    return reinterpret_cast<T *>(reinterpret_cast<char *>(header) + NLMSG_ALIGN(sizeof(nlmsghdr)));
}

QHostAddress addressFrom(const sockaddr *sa)
{
    if (!sa || (sa->sa_family != AF_INET && sa->sa_family != AF_INET6))
        return {};
    return QHostAddress(sa);
}

class LinuxNetworkBackend final : public NetworkBackend
{
public:
    LinuxNetworkBackend()
    {
        const int fd = ::socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC | SOCK_NONBLOCK, NETLINK_ROUTE);
        if (fd < 0)
            return; // no change notices: the periodic check still runs
        sockaddr_nl local{};
        local.nl_family = AF_NETLINK;
        local.nl_groups =
            RTMGRP_LINK | RTMGRP_IPV4_IFADDR | RTMGRP_IPV6_IFADDR | RTMGRP_IPV4_ROUTE | RTMGRP_IPV6_ROUTE;
        if (::bind(fd, reinterpret_cast<sockaddr *>(&local), sizeof local) != 0) {
            ::close(fd);
            return;
        }
        m_monitorFd = fd;
        m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, [this] {
            char buffer[8192];
            while (::recv(m_monitorFd, buffer, sizeof buffer, 0) > 0) {
            } // drain; the check reads the current state itself
            emit changed();
        });
    }

    ~LinuxNetworkBackend() override
    {
        delete m_notifier;
        if (m_monitorFd >= 0)
            ::close(m_monitorFd);
    }

    bool supported(QString *) const override { return true; }

    QList<NetworkInterface> interfaces() override
    {
        ifaddrs *list = nullptr;
        if (::getifaddrs(&list) != 0)
            return {};
        QList<NetworkInterface> out;
        QHash<QString, qsizetype> index;
        for (ifaddrs *a = list; a; a = a->ifa_next) {
            const QString name = QString::fromLocal8Bit(a->ifa_name);
            auto it = index.find(name);
            if (it == index.end()) {
                NetworkInterface i;
                i.name = name;
                i.up = a->ifa_flags & IFF_UP;
                i.running = a->ifa_flags & IFF_RUNNING;
                i.pointToPoint = a->ifa_flags & IFF_POINTOPOINT;
                it = index.insert(name, out.size());
                out.append(i);
            }
            const QHostAddress address = addressFrom(a->ifa_addr);
            if (!address.isNull())
                out[*it].addresses.append(address);
        }
        ::freeifaddrs(list);
        return out;
    }

    Route routeTo(const QHostAddress &destination) override
    {
        Route route;
        route.destination = destination;
        unsigned char family = 0;
        unsigned char bytes[16] = {};
        int length = 0;
        if (destination.protocol() == QAbstractSocket::IPv4Protocol) {
            family = AF_INET;
            const quint32 v4 = htonl(destination.toIPv4Address());
            std::memcpy(bytes, &v4, 4);
            length = 4;
        } else if (destination.protocol() == QAbstractSocket::IPv6Protocol) {
            family = AF_INET6;
            const Q_IPV6ADDR v6addr = destination.toIPv6Address();
            std::memcpy(bytes, v6addr.c, 16);
            length = 16;
        } else {
            route.error = u"not an IP address"_s;
            return route;
        }

        Fd fd(::socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE));
        if (fd.get() < 0) {
            route.error = errnoText("netlink socket");
            return route;
        }
        timeval timeout{1, 0};
        ::setsockopt(fd.get(), SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);

        struct
        {
            nlmsghdr header;
            rtmsg message;
            char attributes[64];
        } request{};
        request.header.nlmsg_len = NLMSG_LENGTH(sizeof(rtmsg));
        request.header.nlmsg_type = RTM_GETROUTE;
        request.header.nlmsg_flags = NLM_F_REQUEST;
        request.header.nlmsg_seq = ++m_sequence;
        request.message.rtm_family = family;
        request.message.rtm_dst_len = static_cast<unsigned char>(length * 8);
        auto *attribute = reinterpret_cast<rtattr *>(reinterpret_cast<char *>(&request) +
                                                     NLMSG_ALIGN(request.header.nlmsg_len));
        attribute->rta_type = RTA_DST;
        attribute->rta_len = static_cast<unsigned short>(RTA_LENGTH(length));
        std::memcpy(RTA_DATA(attribute), bytes, static_cast<size_t>(length));
        request.header.nlmsg_len = NLMSG_ALIGN(request.header.nlmsg_len) + RTA_ALIGN(attribute->rta_len);

        sockaddr_nl kernel{};
        kernel.nl_family = AF_NETLINK;
        if (::sendto(fd.get(), &request, request.header.nlmsg_len, 0, reinterpret_cast<sockaddr *>(&kernel),
                     sizeof kernel) < 0) {
            route.error = errnoText("route query");
            return route;
        }
        alignas(nlmsghdr) char answer[8192];
        const ssize_t received = ::recv(fd.get(), answer, sizeof answer, 0);
        if (received < 0) {
            route.error = errnoText("route answer");
            return route;
        }
        auto remaining = static_cast<unsigned int>(received);
        for (auto *h = reinterpret_cast<nlmsghdr *>(answer); NLMSG_OK(h, remaining);
             h = NLMSG_NEXT(h, remaining)) {
            if (h->nlmsg_type == NLMSG_ERROR) {
                const auto *e = payload<const nlmsgerr>(h);
                if (e->error != 0) {
                    errno = -e->error;
                    route.error = errnoText("no route"); // e.g. "Network is unreachable"
                }
                return route;
            }
            if (h->nlmsg_type != RTM_NEWROUTE)
                continue;
            auto *message = payload<rtmsg>(h);
            int attributesLength = static_cast<int>(RTM_PAYLOAD(h));
            for (auto *a = RTM_RTA(message); RTA_OK(a, attributesLength); a = RTA_NEXT(a, attributesLength)) {
                if (a->rta_type == RTA_OIF) {
                    int ifindex = 0;
                    std::memcpy(&ifindex, RTA_DATA(a), sizeof ifindex);
                    char name[IF_NAMESIZE] = {};
                    if (::if_indextoname(static_cast<unsigned>(ifindex), name))
                        route.interfaceName = QString::fromLocal8Bit(name);
                } else if (a->rta_type == RTA_GATEWAY) {
                    if (family == AF_INET && RTA_PAYLOAD(a) == 4) {
                        quint32 v4 = 0;
                        std::memcpy(&v4, RTA_DATA(a), 4);
                        route.gateway = QHostAddress(ntohl(v4));
                    } else if (family == AF_INET6 && RTA_PAYLOAD(a) == 16) {
                        route.gateway = QHostAddress(static_cast<const quint8 *>(RTA_DATA(a)));
                    }
                }
            }
            if (message->rtm_type == RTN_UNREACHABLE || message->rtm_type == RTN_BLACKHOLE ||
                message->rtm_type == RTN_PROHIBIT) {
                route.interfaceName.clear();
                route.error = u"the destination is unreachable"_s;
            }
            return route;
        }
        route.error = u"the kernel gave no route"_s;
        return route;
    }

private:
    int m_monitorFd = -1;
    QSocketNotifier *m_notifier = nullptr;
    quint32 m_sequence = 0;
};

} // namespace

NetworkBackend::~NetworkBackend() = default;

std::unique_ptr<NetworkBackend> NetworkBackend::createPlatformBackend()
{
    return std::make_unique<LinuxNetworkBackend>();
}

} // namespace srs::session
