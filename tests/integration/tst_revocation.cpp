// Taking access away now, through the real server over mutual TLS, on SQLite and on
// PostgreSQL (SRS_TEST_BACKEND): a device certificate revoked by serial (in the database, as
// `admin revoke-device` records it) or by the device CA's CRL (read again when the file
// changes), a disabled account, ended sessions, a session token replayed with another
// certificate of the same subject, a subject with two O fields, and sign-in throttling per
// (source, account) with Retry-After.
//
// Changes are made through services/RevocationService on the database, as the admin command does
// from its own process: nothing in the serving process is told, so each refusal on the next
// request proves that nothing was served from a cache.

#include "ApiHarness.h"
#include "ServerProcess.h"

#include "services/RevocationService.h"

#include <QFile>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace srs::testing;

class TestRevocation : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ApiHarness> m_api;

    static QByteArray json(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

    bool startApi(const QString &crlFile = {})
    {
        m_api = std::make_unique<ApiHarness>();
        m_api->setCrlFile(crlFile);
        return m_api->start();
    }

    QString signIn(const QString &user, Device device)
    {
        m_api->advance(30); // a fresh TOTP time step
        Reply r;
        const QString token = m_api->signIn(user, device, &r);
        if (token.isEmpty())
            qWarning("sign-in of %s failed: %d %s", qPrintable(user), r.status, r.body.constData());
        return token;
    }

    srs::server::RevocationService revocations()
    {
        return srs::server::RevocationService(m_api->context(), "test-admin");
    }

    static QString serialOf(const QString &pkiName)
    {
        const auto certs = QSslCertificate::fromPath(ServerProcess::pkiFile(pkiName + ".crt"));
        return certs.isEmpty() ? QString() : QString::fromLatin1(certs.first().serialNumber());
    }

    // Replaces the file the way an administrator should (write aside, then rename over).
    static bool replaceFile(const QString &target, const QString &source)
    {
        const QString aside = target + ".new";
        QFile::remove(aside);
        return QFile::copy(source, aside) &&
               ::rename(QFile::encodeName(aside), QFile::encodeName(target)) == 0;
    }

private slots:
    void cleanup() { m_api.reset(); }

    void deviceRevokedBySerialIsRefusedOnItsNextRequest()
    {
        QVERIFY2(startApi(), qPrintable(m_api->error()));
        const QString token = signIn("res", Device::Laptop);
        QVERIFY(!token.isEmpty());
        Connection kept; // the same TLS connection before and after: the check is per request
        QCOMPARE(m_api->call("GET", "/api/v1/me", {}, token, Device::Laptop, &kept).status, 200);
        const QString otherToken = signIn("sup", Device::SafeRoom);

        const QString serial = serialOf("laptop");
        QVERIFY(!serial.isEmpty());
        auto revoked = revocations().revokeDevice(serial, "lost on a train");
        QVERIFY2(revoked.ok(), revoked.ok() ? "" : qPrintable(revoked.error().message));
        QVERIFY(revoked.value().changed);
        QCOMPARE(revoked.value().sessionsEnded, 1);
        QCOMPARE(revoked.value().sharesRevoked, 1);

        const Reply next = m_api->call("GET", "/api/v1/me", {}, token, Device::Laptop, &kept);
        QCOMPARE(next.status, 403);
        QCOMPARE(next.code(), QString("device-revoked"));
        QVERIFY(next.json["message"].toString().contains("revoked"));
        // Not even a new sign-in or the health check from it.
        Reply again;
        QVERIFY(m_api->signIn("res", Device::Laptop, &again).isEmpty());
        QCOMPARE(again.code(), QString("device-revoked"));
        QCOMPARE(m_api->call("GET", "/api/v1/health", {}, {}, Device::Laptop).code(),
                 QString("device-revoked"));
        // Other devices carry on.
        QCOMPARE(m_api->call("GET", "/api/v1/me", {}, otherToken, Device::SafeRoom).status, 200);
        // Revoking again changes nothing.
        QVERIFY(!revocations().revokeDevice(serial, "again").value().changed);
    }

    void deviceRevokedByTheCrlIsRefusedWhenTheFileChanges()
    {
        QTemporaryDir dir;
        const QString crl = dir.filePath("devices.crl");
        QVERIFY(QFile::copy(ServerProcess::pkiFile("devices-empty.crl"), crl));
        QVERIFY2(startApi(crl), qPrintable(m_api->error()));
        const QString token = signIn("res", Device::RevokedLaptop);
        QVERIFY(!token.isEmpty());
        Connection kept;
        QCOMPARE(m_api->call("GET", "/api/v1/me", {}, token, Device::RevokedLaptop, &kept).status, 200);
        const QString laptopToken = signIn("sup", Device::Laptop);

        // The CA publishes a CRL that revokes the device: no restart, the next request is refused.
        QVERIFY(replaceFile(crl, ServerProcess::pkiFile("devices.crl")));
        const Reply next = m_api->call("GET", "/api/v1/me", {}, token, Device::RevokedLaptop, &kept);
        QCOMPARE(next.status, 403);
        QCOMPARE(next.code(), QString("device-revoked"));
        QCOMPARE(m_api->call("GET", "/api/v1/me", {}, laptopToken, Device::Laptop).status, 200);

        // A CRL that the device CA did not sign is refused and the last good list stays in force:
        // swapping in a forged, empty CRL does not bring the device back.
        QVERIFY(replaceFile(crl, ServerProcess::pkiFile("other-ca.crl")));
        QCOMPARE(m_api->call("GET", "/api/v1/me", {}, token, Device::RevokedLaptop).code(),
                 QString("device-revoked"));
        // Nor does a damaged file.
        {
            QFile damaged(dir.filePath("damaged"));
            QVERIFY(damaged.open(QIODevice::WriteOnly));
            damaged.write("-----BEGIN X509 CRL-----\nnot a crl\n-----END X509 CRL-----\n");
        }
        QVERIFY(replaceFile(crl, dir.filePath("damaged")));
        QCOMPARE(m_api->call("GET", "/api/v1/me", {}, token, Device::RevokedLaptop).code(),
                 QString("device-revoked"));
        // The DER form of the same CRL is read as well.
        QVERIFY(replaceFile(crl, ServerProcess::pkiFile("devices.crl.der")));
        QCOMPARE(m_api->call("GET", "/api/v1/health", {}, {}, Device::RevokedLaptop).code(),
                 QString("device-revoked"));
        QCOMPARE(m_api->call("GET", "/api/v1/health", {}, {}, Device::Laptop).status, 200);
    }

    void aCrlNotFromTheDeviceCaStopsTheServerStarting()
    {
        QVERIFY(!startApi(ServerProcess::pkiFile("other-ca.crl")));
        QVERIFY2(m_api->error().contains("not signed by a certificate in the device CA file"),
                 qPrintable(m_api->error()));
    }

    void disabledAccountsLiveSessionIsRefusedOnItsNextRequest()
    {
        QVERIFY2(startApi(), qPrintable(m_api->error()));
        const QString token = signIn("res", Device::SafeRoom);
        QVERIFY(!token.isEmpty());
        Connection kept;
        QCOMPARE(m_api->call("GET", "/api/v1/me", {}, token, Device::SafeRoom, &kept).status, 200);

        auto disabled = revocations().disableUser("u-res");
        QVERIFY(disabled.ok() && disabled.value().changed);
        const Reply next = m_api->call("GET", "/api/v1/projects", {}, token, Device::SafeRoom, &kept);
        QCOMPARE(next.status, 403);
        QCOMPARE(next.code(), QString("account-disabled"));
        m_api->advance(30);
        Reply signInAgain;
        QVERIFY(m_api->signIn("res", Device::SafeRoom, &signInAgain).isEmpty());
        QCOMPARE(signInAgain.code(), QString("account-disabled"));

        // Enabled again: the old session stays ended; a new sign-in works.
        auto enabled = revocations().enableUser("u-res");
        QVERIFY(enabled.ok() && enabled.value().changed);
        QCOMPARE(enabled.value().sessionsEnded, 1);
        QCOMPARE(m_api->call("GET", "/api/v1/me", {}, token, Device::SafeRoom).code(),
                 QString("session-expired"));
        const QString fresh = signIn("res", Device::SafeRoom);
        QVERIFY(!fresh.isEmpty());
        QCOMPARE(m_api->call("GET", "/api/v1/me", {}, fresh, Device::SafeRoom).status, 200);
    }

    void endSessionsEndsEverySessionOfThePerson()
    {
        QVERIFY2(startApi(), qPrintable(m_api->error()));
        const QString onLaptop = signIn("res", Device::Laptop);
        const QString inSafeRoom = signIn("res", Device::SafeRoom);
        const QString someoneElse = signIn("sup", Device::SafeRoom);
        QCOMPARE(m_api->call("GET", "/api/v1/me", {}, onLaptop, Device::Laptop).status, 200);

        auto ended = revocations().endSessions("u-res");
        QVERIFY(ended.ok());
        QCOMPARE(ended.value().sessionsEnded, 2);
        for (const auto &[t, d] :
             {std::pair{onLaptop, Device::Laptop}, std::pair{inSafeRoom, Device::SafeRoom}}) {
            const Reply r = m_api->call("GET", "/api/v1/me", {}, t, d);
            QCOMPARE(r.status, 401);
            QCOMPARE(r.code(), QString("session-expired"));
        }
        QCOMPARE(m_api->call("GET", "/api/v1/me", {}, someoneElse, Device::SafeRoom).status, 200);
        QVERIFY(!signIn("res", Device::Laptop).isEmpty()); // they can sign in again
    }

    void sessionTokenFromAnotherCertificateWithTheSameSubjectIsRefused()
    {
        QVERIFY2(startApi(), qPrintable(m_api->error()));
        const QString token = signIn("res", Device::Laptop);
        QVERIFY(!token.isEmpty());
        // The twin's subject is the laptop's, character for character.
        const QString laptopSubject = m_api->call("GET", "/api/v1/health", {}, {}, Device::Laptop)
                                          .json["device"]
                                          .toObject()["subject"]
                                          .toString();
        const QString twinSubject = m_api->call("GET", "/api/v1/health", {}, {}, Device::LaptopTwin)
                                        .json["device"]
                                        .toObject()["subject"]
                                        .toString();
        QVERIFY(!laptopSubject.isEmpty());
        QCOMPARE(twinSubject, laptopSubject);

        const Reply stolen = m_api->call("GET", "/api/v1/me", {}, token, Device::LaptopTwin);
        QCOMPARE(stolen.status, 401);
        QCOMPARE(stolen.code(), QString("session-device-mismatch"));
        QCOMPARE(m_api->call("GET", "/api/v1/me", {}, token, Device::Laptop).status, 200);
    }

    void cacheKeyShareIsPerCertificate()
    {
        QVERIFY2(startApi(), qPrintable(m_api->error()));
        auto shareFrom = [this](Device device) {
            m_api->advance(30);
            Reply r;
            m_api->signIn("res", device, &r);
            return r.json["cache_key_share"].toString();
        };
        const QString laptop = shareFrom(Device::Laptop);
        QVERIFY(!laptop.isEmpty());
        QCOMPARE(shareFrom(Device::Laptop), laptop);
        QVERIFY(shareFrom(Device::LaptopTwin) != laptop);
    }

    void repeatedSubjectFieldsAreRefusedAtTheTlsLayer()
    {
        QVERIFY2(startApi(), qPrintable(m_api->error()));
        const Reply r = m_api->call("GET", "/api/v1/health", {}, {}, Device::DupOrg);
        QCOMPARE(r.status, 0); // the handshake fails: no HTTP answer at all
        QCOMPARE(m_api->call("GET", "/api/v1/health", {}, {}, Device::Laptop).status, 200);
    }

    void signInThrottlePerAccountAndSourceWithRetryAfter()
    {
        QVERIFY2(startApi(), qPrintable(m_api->error()));
        // Fails sign-ins until the server answers 429 asking for at least `seconds` (each 429
        // is waited out on the server's clock, so the next failure doubles the block). The
        // long block keeps the checks below clear of the real time they take.
        auto failUntilBlocked = [this](const std::function<QString(int)> &username, int seconds) {
            Reply last;
            for (int i = 0; i < 80; ++i) {
                last = m_api->call(
                    "POST", "/api/v1/sessions",
                    json({{"username", username(i)}, {"password", "x"}, {"totp_code", "123456"}}));
                if (last.status != 429)
                    continue;
                const int wait = last.headers.value("retry-after").toInt();
                if (wait >= seconds || wait < 1)
                    break;
                m_api->advance(wait);
            }
            return last;
        };

        const Reply throttled = failUntilBlocked([](int) { return QString("res"); }, 60);
        QCOMPARE(throttled.status, 429);
        QCOMPARE(throttled.code(), QString("too-many-attempts"));
        const int retryAfter = throttled.headers.value("retry-after").toInt();
        QVERIFY2(retryAfter >= 60, throttled.headers.value("retry-after").constData());
        QVERIFY2(throttled.json["message"].toString().contains(QString("Wait %1 second").arg(retryAfter)),
                 qPrintable(throttled.json["message"].toString()));
        // A colleague at the same address signs in: the block is for (this source, "res").
        Reply colleague;
        QVERIFY2(!m_api->signIn("sup", Device::SafeRoom, &colleague).isEmpty(), colleague.body.constData());
        // That success did not clear the block on "res".
        Reply stillBlocked;
        m_api->signIn("res", Device::SafeRoom, &stillBlocked);
        QCOMPARE(stillBlocked.status, 429);
        QVERIFY(stillBlocked.headers.value("retry-after").toInt() >= 1);
        m_api->advance(3600);
        QVERIFY(!signIn("res", Device::SafeRoom).isEmpty());

        // Guessing many accounts from one source slows the whole source down, for everyone.
        const Reply sourceBlocked = failUntilBlocked([](int i) { return QString("guess%1").arg(i); }, 60);
        QCOMPARE(sourceBlocked.status, 429);
        QVERIFY(sourceBlocked.headers.value("retry-after").toInt() >= 60);
        m_api->advance(30);
        Reply sup;
        QVERIFY(m_api->signIn("sup", Device::SafeRoom, &sup).isEmpty());
        QCOMPARE(sup.status, 429);
        QVERIFY(sup.headers.value("retry-after").toInt() >= 1);
    }
};

QTEST_GUILESS_MAIN(TestRevocation)
#include "tst_revocation.moc"
