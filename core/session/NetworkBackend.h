#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace srs::session {

struct NetworkInterface
{
    QString name;
    bool up = false;      // administratively up
    bool running = false; // has a carrier: for a tunnel, its VPN program is attached
    bool pointToPoint = false;
    QList<QHostAddress> addresses;
};

// Which interface the operating system would send a packet to `destination` through.
struct Route
{
    QHostAddress destination;
    QString interfaceName; // empty when there is no route
    QHostAddress gateway;  // null when directly connected (as through a tunnel)
    QString error;         // why the route could not be read, when it could not
};

// Reads the machine's network interfaces and routes for the environment check. One
// implementation per platform (Linux now: getifaddrs and a netlink route query); tests put a
// fake in its place. changed() may be emitted when the platform reports a change, so the
// check can run at once rather than at its next tick.
class NetworkBackend : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~NetworkBackend() override;

    [[nodiscard]] virtual QList<NetworkInterface> interfaces() = 0;
    [[nodiscard]] virtual Route routeTo(const QHostAddress &destination) = 0;
    // False with a reason when this platform has no back-end yet.
    [[nodiscard]] virtual bool supported(QString *why) const = 0;

    // The back-end for the platform this was built for.
    [[nodiscard]] static std::unique_ptr<NetworkBackend> createPlatformBackend();

signals:
    void changed();
};

} // namespace srs::session
