#include "FakeTransport.h"

#include "session/ConnectionMonitor.h"
#include "ui/common/ConnectionPanel.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace srs;
using net::testing::FakeTransport;

namespace {
const QByteArray SafeRoomHealth =
    R"({"server_version":"0.1.0","api_version":1,"device":{"subject":"CN=sr-demo-01","name":"sr-demo-01",)"
    R"("class":"safe-room-terminal","organisation":"Secure Research Service","site":"Demo Safe Room"}})";

QString labelText(QWidget *root, const char *objectName)
{
    auto *l = root->findChild<QLabel *>(QString::fromLatin1(objectName));
    return l ? l->text() : QString();
}

bool anyLabelShows(QWidget *root, const QString &text)
{
    for (QLabel *l : root->findChildren<QLabel *>())
        if (l->isVisible() && l->text() == text)
            return true;
    return false;
}
} // namespace

class TestConnectionPanel : public QObject
{
    Q_OBJECT
private slots:
    void showsWhatTheServerRecognised()
    {
        auto *transport = new FakeTransport;
        transport->queueResponse(200, SafeRoomHealth);
        session::ConnectionMonitor monitor(transport, "https://srs.example:8443",
                                           domain::DeviceClass::SafeRoomTerminal);
        ui::ConnectionPanel window(&monitor);
        window.show();
        monitor.connectToServer();
        QCOMPARE(labelText(&window, "connectionTitleLabel"), QString("Connecting to the clearance server…"));
        QTRY_COMPARE(labelText(&window, "connectionTitleLabel"),
                     QString("Connected to the clearance server"));
        QVERIFY(anyLabelShows(&window, "sr-demo-01"));
        QVERIFY(anyLabelShows(&window, "safe-room terminal"));
        QVERIFY(anyLabelShows(&window, "Demo Safe Room"));
        QVERIFY(anyLabelShows(&window, "srs.example:8443"));
        QVERIFY(!labelText(&window, "connectionMessageLabel").contains("Note:"));
    }

    void failureExplainsAndTryAgainRetries()
    {
        auto *transport = new FakeTransport;
        transport->queueFailure(net::NetError::PinMismatch, "curl error 90");
        transport->queueResponse(200, SafeRoomHealth);
        session::ConnectionMonitor monitor(transport, "https://srs.example",
                                           domain::DeviceClass::SafeRoomTerminal);
        ui::ConnectionPanel window(&monitor);
        window.show();
        monitor.connectToServer();
        QTRY_COMPARE(labelText(&window, "connectionTitleLabel"),
                     QString("Cannot connect to the clearance server"));
        QCOMPARE(labelText(&window, "connectionMessageLabel"),
                 net::netErrorMessage(net::NetError::PinMismatch, "server.test"));
        QVERIFY(labelText(&window, "technicalDetailsLabel").contains("pin-mismatch"));
        QVERIFY(!anyLabelShows(&window, "sr-demo-01"));

        auto *retry = window.findChild<QPushButton *>("retryPushButton");
        QVERIFY(retry);
        QVERIFY(retry->isEnabled());
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE(labelText(&window, "connectionTitleLabel"),
                     QString("Connected to the clearance server"));
        QCOMPARE(transport->requests.size(), 2);
    }

    void wrappedMessageIsNeverCutOff()
    {
        auto *transport = new FakeTransport;
        transport->queueFailure(net::NetError::Unreachable, "curl error 7");
        session::ConnectionMonitor monitor(transport, "https://srs.example",
                                           domain::DeviceClass::SafeRoomTerminal);
        ui::ConnectionPanel window(&monitor);
        window.show();
        monitor.connectToServer();
        QTRY_COMPARE(monitor.state(), session::ConnectionMonitor::State::Failed);
        auto *message = window.findChild<QLabel *>("connectionMessageLabel");
        QVERIFY(message);
        QTRY_VERIFY(message->height() >= message->heightForWidth(message->width()));
    }

    void mismatchedSettingIsPointedOut()
    {
        auto *transport = new FakeTransport;
        transport->queueResponse(200, SafeRoomHealth);
        session::ConnectionMonitor monitor(transport, "https://srs.example",
                                           domain::DeviceClass::OrganisationDevice);
        ui::ConnectionPanel window(&monitor);
        window.show();
        monitor.connectToServer();
        QTRY_VERIFY(labelText(&window, "connectionMessageLabel").contains("Note:"));
        QVERIFY(labelText(&window, "connectionMessageLabel").contains("organisation device"));
    }
};

QTEST_MAIN(TestConnectionPanel)
#include "tst_connectionpanel.moc"
