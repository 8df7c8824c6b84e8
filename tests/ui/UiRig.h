#pragma once

// A workstation for UI tests: the real session, environment check and window, over a
// scripted transport, a network back-end the test sets, and a clock the test moves on.

#include "FakeTransport.h"

#include "cache/CacheFolder.h"
#include "session/ClientConfig.h"
#include "session/Clock.h"
#include "session/NetworkBackend.h"
#include "session/Session.h"
#include "session/Workstation.h"

#include <QDateTime>
#include <QHash>
#include <QSemaphore>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

namespace srs::testing {

class FakeClock final : public session::Clock
{
public:
    QDateTime now() const override { return m_now.addMSecs(m_offsetMs); }
    qint64 steadyMs() const override { return 1'000'000 + m_offsetMs; }
    void advanceSeconds(qint64 s) { m_offsetMs += s * 1000; }
    void setNow(const QDateTime &t)
    {
        m_now = t;
        m_offsetMs = 0;
    }

private:
    QDateTime m_now = QDateTime::currentDateTimeUtc();
    qint64 m_offsetMs = 0;
};

class FakeNetworkBackend final : public session::NetworkBackend
{
public:
    QList<session::NetworkInterface> interfaces() override { return links; }
    session::Route routeTo(const QHostAddress &destination) override
    {
        session::Route r;
        r.destination = destination;
        r.interfaceName = routeInterface;
        if (routeInterface.isEmpty())
            r.error = QStringLiteral("Network is unreachable");
        return r;
    }
    bool supported(QString *) const override { return true; }

    // A connected VPN: tun0 up and carrying the route to the server.
    void connectVpn()
    {
        links = {{QStringLiteral("eth0"), true, true, false, {}},
                 {QStringLiteral("tun0"), true, true, true, {}}};
        routeInterface = QStringLiteral("tun0");
        emit changed();
    }
    void dropVpn()
    {
        links = {{QStringLiteral("eth0"), true, true, false, {}}};
        routeInterface = QStringLiteral("eth0");
        emit changed();
    }

    QList<session::NetworkInterface> links;
    QString routeInterface;
};

inline QString testPki(const char *file)
{
    return QStringLiteral(SRS_TEST_PKI_DIR "/") + QLatin1StringView(file);
}

// A configuration as the organisation would write it, for the demo laptop or safe room.
inline session::ClientConfig testConfig(domain::DeviceClass setting, const QString &cacheDirectory)
{
    session::ClientConfig c;
    c.serverUrl = QStringLiteral("https://10.20.30.40:8443");
    c.setting = setting;
    c.tls.caFile = testPki("ca.crt");
    c.tls.pinnedKeys = {QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")};
    const bool safeRoom = setting == domain::DeviceClass::SafeRoomTerminal;
    c.tls.certificateFile = testPki(safeRoom ? "safe-room.crt" : "laptop.crt");
    c.tls.keyFile = testPki(safeRoom ? "safe-room.key" : "laptop.key");
    c.vpnInterfaces = {QStringLiteral("tun*")};
    c.idleLockMinutes = 15;
    c.purgeCacheOnSignOut = safeRoom;
    c.cacheDirectory = cacheDirectory;
    c.cacheKeyMilliseconds = 1; // weak on purpose: tests only
    return c;
}

struct UiRig
{
    explicit UiRig(domain::DeviceClass setting = domain::DeviceClass::OrganisationDevice)
        : transport(new net::testing::FakeTransport), backend(new FakeNetworkBackend),
          workstation(testConfig(setting, caches.filePath(QStringLiteral("caches"))), transport,
                      std::unique_ptr<session::NetworkBackend>(backend), clock)
    {
        // The person's settings (window sizes, language) start empty for each rig, and never
        // come from or go to the home folder of whoever runs the tests.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           caches.filePath(QStringLiteral("settings")));
        QSettings().clear();
        // The notification centre asks at every sign-in: nothing to tell unless a test says so.
        transport->route("GET", QStringLiteral("/api/v1/notifications"), 200, R"({"unread":0,"items":[]})");
    }

    // Holds the cache key's derivation (its own thread) until the test releases the gate, as a
    // slow or busy machine would: what happens before the cache opens can then be seen.
    std::shared_ptr<QSemaphore> holdBackCacheKey()
    {
        auto gate = std::make_shared<QSemaphore>();
        const QString dir = caches.filePath(QStringLiteral("caches"));
        const QString server = workstation.config().serverUrl;
        workstation.session()->setCacheKeyDeriver([gate, dir, server](const QString &user,
                                                                      const crypto::SecureBuffer &password,
                                                                      const crypto::SecureBuffer &share)
                                                      -> Result<crypto::SecureBuffer> {
            if (!gate->tryAcquire(1, 20000))
                return Error{QStringLiteral("test.gate"), QStringLiteral("the test never opened the gate")};
            return cache::cacheKeyFor(cache::CacheFolder(dir), {user, server}, password, share, 1);
        });
        return gate;
    }

    QTemporaryDir caches; // each rig its own: tests do not share what they cached
    FakeClock clock;
    net::testing::FakeTransport *transport;
    FakeNetworkBackend *backend;
    session::Workstation workstation;
};

} // namespace srs::testing
