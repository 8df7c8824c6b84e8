// Two server instances on one PostgreSQL behind a real HAProxy (TCP mode, TLS passed through,
// PROXY protocol v2), as the admin guide's production layout has them:
//  * a researcher signs in through the balancer and is served by both instances with one session;
//    both instances see (and log) the client's own address, never the balancer's;
//  * the network policy applies to the client's address: a laptop connecting through the
//    balancer from outside the UK ranges is refused, naming that address, where the balancer's
//    own address is inside them;
//  * a PROXY header from an address the configuration does not trust is refused and logged;
//  * periodic work (the workspace scan) runs its pass on one instance, not on each.

#include "BalancerProcess.h"
#include "PostgresFixture.h"
#include "ServerCall.h"
#include "ServerProcess.h"

#include "crypto/Totp.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace srs::testing;

namespace {

// The UK, for this test: the lower half of loopback. The balancer (127.0.0.1) is inside it, so a
// server that judged connections by the balancer's address would let everyone in.
const QString UkRange = QStringLiteral("127.0.0.0/25");
const QByteArray UkClient = "127.0.0.7";
const QByteArray AbroadClient = "127.0.0.200";
const QByteArray Stranger = "127.0.0.9"; // not a balancer the servers trust

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

int count(const QString &haystack, const QString &needle)
{
    return static_cast<int>(haystack.count(needle));
}

} // namespace

class TestCluster : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_first;
    std::unique_ptr<ServerProcess> m_second;
    std::unique_ptr<BalancerProcess> m_balancer;

    ServerProcess::Options instance(const QString &database, const QString &dataDir, bool seed)
    {
        PostgresFixture &pg = PostgresFixture::shared();
        ServerProcess::Options o;
        o.seedDemo = seed;
        o.sharedDataDir = dataDir;
        o.extraArguments = {QStringLiteral("--log-level"), QStringLiteral("debug")};
        o.extraConfig = QJsonObject{
            {"database", pg.serverDatabaseConfig(database)},
            {"uk_ranges", QJsonArray{UkRange}},
            {"trusted_proxies", QJsonArray{"127.0.0.1"}},
            // Once an hour: during the test, the pass each instance makes at start is all.
            {"workspace_scan_seconds", 3600},
        };
        return o;
    }

    // Signs a persona in from the laptop, connecting from `source`, through the balancer. Each
    // persona signs in once: a TOTP code is taken once.
    Reply signIn(const QString &username, const QByteArray &source)
    {
        auto secret = srs::crypto::base32Decode(m_first->totpSecret(username).toLatin1());
        if (!secret)
            return {};
        srs::crypto::Totp totp(std::move(*secret));
        const QByteArray code = totp.codeForStep(totp.stepAt(QDateTime::currentSecsSinceEpoch()));
        Connection c;
        c.setSourceAddress(source);
        return callServer(m_balancer->port(), "POST", "/api/v1/sessions",
                          json({{"username", username},
                                {"password", QString("demo-" + username)},
                                {"totp_code", QString::fromLatin1(code)}}),
                          {}, Device::Laptop, &c);
    }

private slots:
    void initTestCase()
    {
        PostgresFixture &pg = PostgresFixture::shared();
        QVERIFY2(pg.start(), qPrintable(pg.errorString()));
        const QString database = pg.createDatabase();
        QVERIFY2(!database.isEmpty(), qPrintable(pg.errorString()));
        static QTemporaryDir shared;
        QVERIFY(shared.isValid());
        m_first = std::make_unique<ServerProcess>(instance(database, shared.path(), true));
        QVERIFY2(m_first->start(), qPrintable(m_first->errorString()));
        m_second = std::make_unique<ServerProcess>(instance(database, shared.path(), false));
        QVERIFY2(m_second->start(), qPrintable(m_second->errorString()));
        m_balancer = std::make_unique<BalancerProcess>(QList<int>{m_first->port(), m_second->port()});
        QVERIFY2(m_balancer->start(), qPrintable(m_balancer->errorString()));
    }

    void bothInstancesServeOneSessionAndSeeTheClient()
    {
        const Reply signedIn = signIn("asha.patel", UkClient);
        QVERIFY2(signedIn.status == 201, signedIn.body.constData());
        const QString token = signedIn.json.value("token").toString();
        QVERIFY(!token.isEmpty());
        // A new connection for each call: round robin sends them to each instance in turn.
        for (int i = 0; i < 6; ++i) {
            Connection c;
            c.setSourceAddress(UkClient);
            const Reply me =
                callServer(m_balancer->port(), "GET", "/api/v1/me", {}, token, Device::Laptop, &c);
            QVERIFY2(me.status == 200, me.body.constData());
            QCOMPARE(me.json.value("user").toObject().value("username").toString(), QString("asha.patel"));
        }
        // Each instance answered some of them, and logged the client's own address.
        for (ServerProcess *s : {m_first.get(), m_second.get()}) {
            QTRY_VERIFY2(s->logNow().contains(QStringLiteral("\"remote\":\"127.0.0.7\"")),
                         qPrintable(s->log().right(3000)));
            QVERIFY(!s->log().contains(QStringLiteral("proxy-header-refused"))); // HAProxy's checks too
        }
    }

    void outsideTheUkIsRefusedThroughTheBalancer()
    {
        const Reply refused = signIn("eleanor.wright", AbroadClient);
        QCOMPARE(refused.status, 403);
        QVERIFY2(refused.body.contains("outside-uk"), refused.body.constData());
        QVERIFY2(refused.body.contains(AbroadClient), refused.body.constData());
        // Another person on the same kind of laptop, from a UK address, through the same balancer,
        // is let in.
        QCOMPARE(signIn("tom.hughes", UkClient).status, 201);
    }

    void aHeaderFromAStrangerIsRefused()
    {
        // Straight to an instance, from an address it does not trust, claiming to be a UK client.
        QTcpSocket socket;
        QVERIFY(socket.bind(QHostAddress(QString::fromLatin1(Stranger)), 0));
        socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(m_first->port()));
        QVERIFY(socket.waitForConnected(5000));
        QByteArray header("\r\n\r\n\0\r\nQUIT\n", 12);
        header += QByteArray::fromHex("2111000c");
        header += QByteArray::fromHex("7f000007"
                                      "7f000001"
                                      "c738"
                                      "20fb");
        socket.write(header);
        QVERIFY(socket.waitForBytesWritten(5000));
        // The server closes the connection without a word of TLS.
        QVERIFY(socket.waitForDisconnected(10'000) || socket.state() == QAbstractSocket::UnconnectedState);
        QTRY_VERIFY2(m_first->logNow().contains(QStringLiteral("proxy-header-refused")),
                     qPrintable(m_first->log().right(2000)));
        QVERIFY(m_first->log().contains(QStringLiteral("\"remote\":\"127.0.0.9\"")));
    }

    void theBalancersAddressWithoutAHeaderIsRefused()
    {
        // From 127.0.0.1, which the instances trust as the balancer, but straight to an instance
        // and starting with a TLS ClientHello instead of the header.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(m_second->port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write(QByteArray::fromHex("160301020001"));
        QVERIFY(socket.waitForDisconnected(10'000) || socket.state() == QAbstractSocket::UnconnectedState);
        QTRY_VERIFY2(m_second->logNow().contains(QStringLiteral("does not start with a PROXY protocol")),
                     qPrintable(m_second->log().right(2000)));
    }

    void periodicWorkRunsOnOneInstance()
    {
        // Each instance claimed the workspace scan's first pass as it started; one ran it.
        QTRY_VERIFY(count(m_first->logNow() + m_second->logNow(), QStringLiteral("workspace-scan: ")) >= 2);
        const int ran = count(m_first->log() + m_second->log(), QStringLiteral("workspace-scan: ran a pass"));
        QCOMPARE(ran, 1);
    }

    void cleanupTestCase()
    {
        if (m_balancer)
            m_balancer->stop();
        if (m_second)
            QCOMPARE(m_second->stop(), 0);
        if (m_first)
            QCOMPARE(m_first->stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCluster)
#include "tst_cluster.moc"
