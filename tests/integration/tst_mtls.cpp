// The client network stack against the real clearance server over mutual TLS: the happy path
// and each failure, told apart by its typed error.

#include "ServerProcess.h"

#include "net/CurlTransport.h"
#include "net/HealthJob.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace srs::net;
using srs::testing::ServerProcess;

namespace {

QString pin()
{
    QFile f(ServerProcess::pkiFile("server.pin"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(f.readAll()).trimmed();
}

srs::crypto::TlsSettings laptopSettings()
{
    srs::crypto::TlsSettings s;
    s.caFile = ServerProcess::pkiFile("ca.crt");
    s.pinnedKeys = {pin()};
    s.certificateFile = ServerProcess::pkiFile("laptop.crt");
    s.keyFile = ServerProcess::pkiFile("laptop.key");
    s.connectTimeoutMs = 5000;
    s.transferTimeoutMs = 10000;
    return s;
}

struct Outcome
{
    bool ok = false;
    srs::protocol::HealthInfo health;
    NetFailure failure;
};

Outcome fetchHealth(const srs::crypto::TlsSettings &settings, const QString &baseUrl)
{
    CurlTransport transport(settings);
    HealthJob job(&transport, baseUrl);
    QSignalSpy done(&job, &HealthJob::finished);
    Outcome out;
    QObject::connect(&job, &HealthJob::succeeded, [&](const srs::protocol::HealthInfo &h) {
        out.ok = true;
        out.health = h;
    });
    QObject::connect(&job, &HealthJob::failed, [&](const NetFailure &f) { out.failure = f; });
    job.start();
    if (!done.wait(20'000))
        out.failure.detail = "no answer within 20 s";
    return out;
}

} // namespace

class TestMutualTls : public QObject
{
    Q_OBJECT
private:
    ServerProcess m_server;

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(ServerProcess::pkiFile("ca.crt")),
                 "test PKI missing: run the test_pki_setup test");
        QVERIFY(!pin().isEmpty());
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void organisationLaptopIsIdentified()
    {
        const Outcome o = fetchHealth(laptopSettings(), m_server.baseUrl());
        QVERIFY2(o.ok, qPrintable(o.failure.message + " / " + o.failure.detail));
        QCOMPARE(o.health.apiVersion, 1);
        QVERIFY(!o.health.serverVersion.isEmpty());
        QCOMPARE(o.health.device.deviceClass, srs::domain::DeviceClass::OrganisationDevice);
        QCOMPARE(o.health.device.organisation, QString("Demo University"));
        QCOMPARE(o.health.device.commonName, QString("du-laptop-0042"));
    }

    void safeRoomTerminalIsIdentified()
    {
        srs::crypto::TlsSettings s = laptopSettings();
        s.certificateFile = ServerProcess::pkiFile("safe-room.crt");
        s.keyFile = ServerProcess::pkiFile("safe-room.key");
        const Outcome o = fetchHealth(s, m_server.baseUrl());
        QVERIFY2(o.ok, qPrintable(o.failure.detail));
        QCOMPARE(o.health.device.deviceClass, srs::domain::DeviceClass::SafeRoomTerminal);
        QCOMPARE(o.health.device.site, QString("Demo Safe Room"));
    }

    void pkcs12BundleWithPasswordWorks()
    {
        QFile pw(ServerProcess::pkiFile("laptop.p12.password"));
        QVERIFY(pw.open(QIODevice::ReadOnly));
        QByteArray password = pw.readAll().trimmed();
        srs::crypto::TlsSettings s = laptopSettings();
        s.certificateFile = ServerProcess::pkiFile("laptop.p12");
        s.keyFile.clear();
        s.keyFormat = srs::crypto::KeyFormat::Pkcs12;
        s.keyPassword =
            std::make_shared<srs::crypto::SecureBuffer>(srs::crypto::SecureBuffer::takeFrom(password));
        const Outcome o = fetchHealth(s, m_server.baseUrl());
        QVERIFY2(o.ok, qPrintable(o.failure.detail));
        QCOMPARE(o.health.device.commonName, QString("du-laptop-0042"));
    }

    void anyOfSeveralPinsMatches()
    {
        srs::crypto::TlsSettings s = laptopSettings();
        s.pinnedKeys = {"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", pin()};
        const Outcome o = fetchHealth(s, m_server.baseUrl());
        QVERIFY2(o.ok, qPrintable(o.failure.detail));
    }

    void wrongPinIsRefused()
    {
        srs::crypto::TlsSettings s = laptopSettings();
        s.pinnedKeys = {"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="};
        const Outcome o = fetchHealth(s, m_server.baseUrl());
        QVERIFY(!o.ok);
        QCOMPARE(o.failure.error, NetError::PinMismatch);
    }

    void missingClientCertificateIsRejected()
    {
        srs::crypto::TlsSettings s = laptopSettings();
        s.certificateFile.clear();
        s.keyFile.clear();
        const Outcome o = fetchHealth(s, m_server.baseUrl());
        QVERIFY(!o.ok);
        QVERIFY2(o.failure.error == NetError::CertificateRejected,
                 qPrintable(netErrorName(o.failure.error) + ": " + o.failure.detail));
    }

    void clientCertificateFromAnotherCaIsRejected()
    {
        srs::crypto::TlsSettings s = laptopSettings();
        s.certificateFile = ServerProcess::pkiFile("other-device.crt");
        s.keyFile = ServerProcess::pkiFile("other-device.key");
        const Outcome o = fetchHealth(s, m_server.baseUrl());
        QVERIFY(!o.ok);
        QVERIFY2(o.failure.error == NetError::CertificateRejected,
                 qPrintable(netErrorName(o.failure.error) + ": " + o.failure.detail));
    }

    void serverCertificateUsedAsClientIsRejected()
    {
        srs::crypto::TlsSettings s = laptopSettings();
        s.certificateFile = ServerProcess::pkiFile("server.crt");
        s.keyFile = ServerProcess::pkiFile("server.key");
        const Outcome o = fetchHealth(s, m_server.baseUrl());
        QVERIFY(!o.ok);
        QVERIFY2(o.failure.error == NetError::CertificateRejected,
                 qPrintable(netErrorName(o.failure.error) + ": " + o.failure.detail));
    }

    void unreadableClientKeyIsAConfigurationProblem()
    {
        srs::crypto::TlsSettings s = laptopSettings();
        s.keyFile = ServerProcess::pkiFile("does-not-exist.key");
        const Outcome o = fetchHealth(s, m_server.baseUrl());
        QVERIFY(!o.ok);
        QCOMPARE(o.failure.error, NetError::ClientConfiguration);
    }

    void serverCertificateFromUntrustedCaIsRefused()
    {
        srs::crypto::TlsSettings s = laptopSettings();
        s.caFile = ServerProcess::pkiFile("other-ca.crt");
        s.pinnedKeys.clear();
        const Outcome o = fetchHealth(s, m_server.baseUrl());
        QVERIFY(!o.ok);
        QCOMPARE(o.failure.error, NetError::ServerCertificateUntrusted);
    }

    void expiredServerCertificateIsRefused()
    {
        ServerProcess::Options options;
        options.certificate = "expired-server.crt";
        options.key = "expired-server.key";
        ServerProcess expired(options);
        QVERIFY2(expired.start(), qPrintable(expired.errorString()));
        srs::crypto::TlsSettings s = laptopSettings();
        s.pinnedKeys.clear(); // the expired certificate has its own key
        const Outcome o = fetchHealth(s, expired.baseUrl());
        QVERIFY(!o.ok);
        QCOMPARE(o.failure.error, NetError::ServerCertificateExpired);
    }

    void nothingListeningIsUnreachable()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        const Outcome o = fetchHealth(laptopSettings(), QString("https://127.0.0.1:%1").arg(port));
        QVERIFY(!o.ok);
        QCOMPARE(o.failure.error, NetError::Unreachable);
    }

    void oversizedResponseIsCut()
    {
        srs::crypto::TlsSettings s = laptopSettings();
        s.maxResponseBytes = 64; // the health answer is larger than this
        const Outcome o = fetchHealth(s, m_server.baseUrl());
        QVERIFY(!o.ok);
        QCOMPARE(o.failure.error, NetError::ResponseTooLarge);
    }

    void unknownRouteAnswersJsonError()
    {
        CurlTransport transport(laptopSettings());
        QSignalSpy finished(&transport, &Transport::finished);
        HttpRequest r;
        r.url = m_server.baseUrl() + "/api/v1/no-such-route";
        transport.send(r);
        QVERIFY(finished.wait(20'000));
        const auto response = finished[0][1].value<HttpResponse>();
        QCOMPARE(response.status, 404);
        QVERIFY(response.contentType.startsWith("application/json"));
        QVERIFY2(response.body.contains(R"("code":"not-found")"), response.body.constData());
    }

    void plainHttpIsNeverUsed()
    {
        const Outcome o = fetchHealth(laptopSettings(), QString("http://127.0.0.1:%1").arg(m_server.port()));
        QVERIFY(!o.ok);
        QCOMPARE(o.failure.error, NetError::ClientConfiguration);
    }

    void severalRequestsShareTheWorker()
    {
        CurlTransport transport(laptopSettings());
        QSignalSpy finished(&transport, &Transport::finished);
        for (int i = 0; i < 8; ++i) {
            HttpRequest r;
            r.url = m_server.baseUrl() + "/api/v1/health";
            transport.send(r);
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 8, 20'000);
        for (const auto &args : finished)
            QCOMPARE(args[1].value<HttpResponse>().status, 200);
    }

    void serverLogsWhatItSawAndStopsCleanly()
    {
        ServerProcess s;
        QVERIFY2(s.start(), qPrintable(s.errorString()));
        QVERIFY(fetchHealth(laptopSettings(), s.baseUrl()).ok);
        QCOMPARE(s.stop(), 0);
        QVERIFY2(s.log().contains(R"("device_class":"organisation-device")"), qPrintable(s.log()));
        QVERIFY2(s.log().contains(R"("event":"stopped")"), qPrintable(s.log()));
    }

    void serverRefusesAMissingCertificateFile()
    {
        ServerProcess::Options options;
        options.certificate = "missing.crt";
        ServerProcess s(options);
        QVERIFY(!s.start());
        QVERIFY2(s.log().contains("tls.certificate: cannot read"), qPrintable(s.log()));
    }
};

QTEST_GUILESS_MAIN(TestMutualTls)
#include "tst_mtls.moc"
