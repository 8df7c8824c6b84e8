// The Linux network back-end and the VPN check on real interfaces: the test moves itself
// into a private network namespace, opens a tun device there (holding it open, as a VPN
// program does, so it has a carrier), routes a documentation network through it, and then
// closes it, as when a VPN drops.

#include "session/Clock.h"
#include "session/EnvironmentCheck.h"
#include "session/NetworkBackend.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <cstring>
#include <fcntl.h>
#include <linux/if_tun.h>
#include <net/if.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <unistd.h>

using namespace srs;

namespace {

bool ip(const QStringList &args, QString *error = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("ip"), args);
    if (!p.waitForFinished(10'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("ip %1: %2")
                         .arg(args.join(' '), QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    return true;
}

// Opens a tun interface; it exists (with a carrier) while the descriptor is open.
int openTun(const char *name)
{
    const int fd = ::open("/dev/net/tun", O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return -1;
    ifreq request{};
    request.ifr_flags = IFF_TUN | IFF_NO_PI;
    std::strncpy(request.ifr_name, name, IFNAMSIZ - 1);
    if (::ioctl(fd, TUNSETIFF, &request) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

session::EnvironmentCheck::Settings settings()
{
    session::EnvironmentCheck::Settings s;
    s.serverUrl = QStringLiteral("https://192.0.2.10:8443");
    s.setting = domain::DeviceClass::OrganisationDevice;
    s.tls.certificateFile = QStringLiteral(SRS_TEST_PKI_DIR "/laptop.crt");
    s.tls.keyFile = QStringLiteral(SRS_TEST_PKI_DIR "/laptop.key");
    s.vpnInterfaces = {QStringLiteral("srstun*")};
    return s;
}

} // namespace

class TestLinuxNetwork : public QObject
{
    Q_OBJECT

    int m_tun = -1;

    void bringUpTunnel()
    {
        m_tun = openTun("srstun0");
        QVERIFY2(m_tun >= 0, "cannot open a tun device");
        QString error;
        QVERIFY2(ip({"addr", "add", "10.99.0.2/32", "peer", "10.99.0.1", "dev", "srstun0"}, &error),
                 qPrintable(error));
        QVERIFY2(ip({"link", "set", "srstun0", "up"}, &error), qPrintable(error));
        QVERIFY2(ip({"route", "add", "192.0.2.0/24", "dev", "srstun0"}, &error), qPrintable(error));
    }

private slots:
    void initTestCase()
    {
        if (::unshare(CLONE_NEWNET) != 0)
            QSKIP("this machine does not allow a private network namespace (needs CAP_SYS_ADMIN)");
        if (::access("/dev/net/tun", R_OK | W_OK) != 0)
            QSKIP("no /dev/net/tun on this machine");
        QString error;
        if (!ip({"link", "set", "lo", "up"}, &error))
            QSKIP(qPrintable(error));
    }

    void cleanup()
    {
        if (m_tun >= 0)
            ::close(m_tun);
        m_tun = -1;
    }

    void readsInterfacesAndTheKernelsRoute()
    {
        bringUpTunnel();
        auto backend = session::NetworkBackend::createPlatformBackend();
        QVERIFY(backend->supported(nullptr));
        bool found = false;
        for (const session::NetworkInterface &i : backend->interfaces()) {
            if (i.name != QLatin1StringView("srstun0"))
                continue;
            found = true;
            QVERIFY(i.up);
            QVERIFY(i.running);
            QVERIFY(i.pointToPoint);
            QVERIFY(i.addresses.contains(QHostAddress(QStringLiteral("10.99.0.2"))));
        }
        QVERIFY(found);
        const session::Route tunnel = backend->routeTo(QHostAddress(QStringLiteral("192.0.2.10")));
        QCOMPARE(tunnel.interfaceName, QString("srstun0"));
        QVERIFY(tunnel.error.isEmpty());
        const session::Route loopback = backend->routeTo(QHostAddress(QStringLiteral("127.0.0.1")));
        QCOMPARE(loopback.interfaceName, QString("lo"));
        // A fresh namespace has no default route.
        const session::Route nowhere = backend->routeTo(QHostAddress(QStringLiteral("198.51.100.7")));
        QVERIFY(nowhere.interfaceName.isEmpty());
        QVERIFY(!nowhere.error.isEmpty());
    }

    void vpnCheckPassesThenFailsWhenTheTunnelGoes()
    {
        bringUpTunnel();
        auto backend = session::NetworkBackend::createPlatformBackend();
        session::EnvironmentCheck check(settings(), backend.get(), session::Clock::system());
        QSignalSpy changed(&check, &session::EnvironmentCheck::statusChanged);
        check.start();
        QVERIFY2(check.status().ok(),
                 qPrintable(check.status().problems.isEmpty() ? QString()
                                                              : check.status().problems.first().detail));
        QCOMPARE(check.status().vpnInterface, QString("srstun0"));

        // The VPN program exits: the kernel removes the interface and tells the back-end.
        ::close(m_tun);
        m_tun = -1;
        QTRY_VERIFY_WITH_TIMEOUT(!check.status().ok(), 3000);
        QCOMPARE(check.status().problems.first().code, QString("vpn-not-connected"));
    }

    void aTunnelThatDoesNotCarryTheServerIsRefused()
    {
        bringUpTunnel();
        QVERIFY(ip({"route", "del", "192.0.2.0/24", "dev", "srstun0"}));
        QVERIFY(ip({"route", "add", "192.0.2.0/24", "dev", "lo"}));
        auto backend = session::NetworkBackend::createPlatformBackend();
        session::EnvironmentCheck check(settings(), backend.get(), session::Clock::system());
        check.checkNow();
        QVERIFY(!check.status().ok());
        QCOMPARE(check.status().problems.first().code, QString("vpn-not-routing"));
        QVERIFY(check.status().problems.first().detail.contains("lo"));
        QVERIFY(ip({"route", "del", "192.0.2.0/24", "dev", "lo"}));
    }
};

QTEST_GUILESS_MAIN(TestLinuxNetwork)
#include "tst_linuxnetwork.moc"
