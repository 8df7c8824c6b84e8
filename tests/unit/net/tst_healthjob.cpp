#include "FakeTransport.h"

#include "net/HealthJob.h"

#include <QSignalSpy>
#include <QTest>

using namespace srs::net;
using srs::net::testing::FakeTransport;

namespace {
const QByteArray HealthBody =
    R"({"server_version":"0.1.0","api_version":1,"device":{"subject":"CN=sr-1,OU=safe-room-terminal,O=SRS",)"
    R"("name":"sr-1","class":"safe-room-terminal","organisation":"SRS","site":"Newport"}})";
}

class TestHealthJob : public QObject
{
    Q_OBJECT
private slots:
    void requestsHealthUnderTheApiPrefix()
    {
        FakeTransport transport;
        transport.queueResponse(200, HealthBody);
        HealthJob job(&transport, "https://srs.example:8443/");
        job.start();
        QCOMPARE(transport.requests.size(), 1);
        QCOMPARE(transport.requests[0].method, QByteArray("GET"));
        QCOMPARE(transport.requests[0].url, QString("https://srs.example:8443/api/v1/health"));
    }

    void decodesTheDeviceIdentity()
    {
        FakeTransport transport;
        transport.queueResponse(200, HealthBody);
        HealthJob job(&transport, "https://srs.example:8443");
        QSignalSpy ok(&job, &HealthJob::succeeded);
        QSignalSpy failed(&job, &HealthJob::failed);
        QSignalSpy done(&job, &HealthJob::finished);
        job.start();
        QVERIFY(done.wait());
        QCOMPARE(ok.size(), 1);
        QCOMPARE(failed.size(), 0);
        const auto health = ok[0][0].value<srs::protocol::HealthInfo>();
        QCOMPARE(health.serverVersion, QString("0.1.0"));
        QCOMPARE(health.device.deviceClass, srs::domain::DeviceClass::SafeRoomTerminal);
        QCOMPARE(health.device.site, QString("Newport"));
        QVERIFY(!job.isRunning());
    }

    void serverErrorCarriesItsCodeAndMessage()
    {
        FakeTransport transport;
        transport.queueResponse(
            403, R"({"code":"device-not-recognised","message":"This device is not registered."})");
        HealthJob job(&transport, "https://srs.example");
        QSignalSpy failed(&job, &HealthJob::failed);
        QSignalSpy ok(&job, &HealthJob::succeeded);
        job.start();
        QVERIFY(failed.wait());
        QCOMPARE(ok.size(), 0);
        const auto f = failed[0][0].value<NetFailure>();
        QCOMPARE(f.error, NetError::HttpError);
        QCOMPARE(f.httpStatus, 403);
        QCOMPARE(f.serverCode, QString("device-not-recognised"));
        QCOMPARE(f.message, QString("This device is not registered."));
    }

    void errorStatusWithoutJsonStillExplains()
    {
        FakeTransport transport;
        transport.queueResponse(502, "<html>Bad Gateway</html>");
        HealthJob job(&transport, "https://srs.example");
        QSignalSpy failed(&job, &HealthJob::failed);
        job.start();
        QVERIFY(failed.wait());
        const auto f = failed[0][0].value<NetFailure>();
        QCOMPARE(f.error, NetError::HttpError);
        QCOMPARE(f.httpStatus, 502);
        QVERIFY(f.serverCode.isEmpty());
        QVERIFY2(f.message.contains("HTTP 502"), qPrintable(f.message));
    }

    void malformedSuccessIsABadResponse()
    {
        FakeTransport transport;
        transport.queueResponse(200, R"({"server_version":"0.1.0"})");
        HealthJob job(&transport, "https://srs.example");
        QSignalSpy failed(&job, &HealthJob::failed);
        QSignalSpy ok(&job, &HealthJob::succeeded);
        job.start();
        QVERIFY(failed.wait());
        QCOMPARE(ok.size(), 0);
        const auto f = failed[0][0].value<NetFailure>();
        QCOMPARE(f.error, NetError::BadResponse);
        QVERIFY2(f.detail.contains("health.api_version"), qPrintable(f.detail));
    }

    void transportFailurePassesThrough_data()
    {
        QTest::addColumn<NetError>("error");
        QTest::newRow("unreachable") << NetError::Unreachable;
        QTest::newRow("pin") << NetError::PinMismatch;
        QTest::newRow("certificate rejected") << NetError::CertificateRejected;
        QTest::newRow("timed out") << NetError::TimedOut;
        QTest::newRow("too large") << NetError::ResponseTooLarge;
    }
    void transportFailurePassesThrough()
    {
        QFETCH(NetError, error);
        FakeTransport transport;
        transport.queueFailure(error, "detail");
        HealthJob job(&transport, "https://srs.example");
        QSignalSpy failed(&job, &HealthJob::failed);
        job.start();
        QVERIFY(failed.wait());
        const auto f = failed[0][0].value<NetFailure>();
        QCOMPARE(f.error, error);
        QVERIFY(!f.message.isEmpty());
    }

    void cancelledJobReportsCancelledOnce()
    {
        FakeTransport transport;
        transport.queueResponse(200, HealthBody);
        HealthJob job(&transport, "https://srs.example");
        QSignalSpy failed(&job, &HealthJob::failed);
        QSignalSpy ok(&job, &HealthJob::succeeded);
        QSignalSpy done(&job, &HealthJob::finished);
        job.start();
        job.cancel();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed[0][0].value<NetFailure>().error, NetError::Cancelled);
        QTest::qWait(20); // let the scripted answer's event run: it must be ignored
        QCOMPARE(ok.size(), 0);
        QCOMPARE(done.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHealthJob)
#include "tst_healthjob.moc"
