#include "FakeTransport.h"

#include "session/ConnectionMonitor.h"

#include <QSignalSpy>
#include <QTest>

using namespace srs::session;
using srs::domain::DeviceClass;
using srs::net::testing::FakeTransport;

namespace {
QByteArray healthFor(const char *cls)
{
    return QByteArray(
               R"({"server_version":"0.1.0","api_version":1,"device":{"subject":"CN=d","name":"d","class":")") +
           cls + R"("}})";
}
} // namespace

class TestConnectionMonitor : public QObject
{
    Q_OBJECT
private slots:
    void connectsAndReportsTheDevice()
    {
        auto *transport = new FakeTransport;
        transport->queueResponse(200, healthFor("organisation-device"));
        ConnectionMonitor m(transport, "https://srs.example", DeviceClass::OrganisationDevice);
        QSignalSpy states(&m, &ConnectionMonitor::stateChanged);
        m.connectToServer();
        QCOMPARE(m.state(), ConnectionMonitor::State::Connecting);
        QTRY_COMPARE(m.state(), ConnectionMonitor::State::Connected);
        QCOMPARE(states.size(), 2);
        QCOMPARE(m.health().device.deviceClass, DeviceClass::OrganisationDevice);
        QVERIFY(!m.settingMismatch());
    }

    void failureThenRetrySucceeds()
    {
        auto *transport = new FakeTransport;
        transport->queueFailure(srs::net::NetError::Unreachable);
        transport->queueResponse(200, healthFor("safe-room-terminal"));
        ConnectionMonitor m(transport, "https://srs.example", DeviceClass::SafeRoomTerminal);
        m.connectToServer();
        QTRY_COMPARE(m.state(), ConnectionMonitor::State::Failed);
        QCOMPARE(m.failure().kind, srs::api::ApiFailure::Kind::Unreachable);
        m.connectToServer();
        QTRY_COMPARE(m.state(), ConnectionMonitor::State::Connected);
        QVERIFY(!m.failure().isFailure());
        QCOMPARE(transport->requests.size(), 2);
    }

    void secondCallWhileCheckingIsIgnored()
    {
        auto *transport = new FakeTransport;
        transport->queueResponse(200, healthFor("safe-room-terminal"));
        ConnectionMonitor m(transport, "https://srs.example", DeviceClass::SafeRoomTerminal);
        m.connectToServer();
        m.connectToServer();
        QTRY_COMPARE(m.state(), ConnectionMonitor::State::Connected);
        QCOMPARE(transport->requests.size(), 1);
    }

    void settingMismatchIsNoticed()
    {
        auto *transport = new FakeTransport;
        transport->queueResponse(200, healthFor("safe-room-terminal"));
        ConnectionMonitor m(transport, "https://srs.example", DeviceClass::OrganisationDevice);
        m.connectToServer();
        QTRY_COMPARE(m.state(), ConnectionMonitor::State::Connected);
        QVERIFY(m.settingMismatch());
    }
};

QTEST_GUILESS_MAIN(TestConnectionMonitor)
#include "tst_connectionmonitor.moc"
