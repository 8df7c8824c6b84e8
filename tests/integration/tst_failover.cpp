// One of two server instances killed (SIGKILL) in the middle of a researcher's submission, a
// checker's release and a researcher's download, ten times each, with the real client stack
// going through a real HAProxy to instances on one PostgreSQL. The client sends the request
// again through the balancer, which reaches the instance that is up: every call succeeds, nothing
// is lost (every request and release is there), nothing is done twice (one request per title, one
// release per request, with the Idempotency-Key the client sends), every download arrives
// byte-identical, and the audit chain verifies. The killed instance is started again each time.

#include "BalancerProcess.h"
#include "ClientRig.h"
#include "PostgresFixture.h"
#include "ReleaseFlow.h"
#include "ServerProcess.h"

#include "crypto/Crypto.h"
#include "protocol/ReviewMessages.h"
#include "protocol/SubmissionMessages.h"
#include "session/Workstation.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <random>

using namespace srs;
using namespace srs::testing;

namespace {

constexpr int Rounds = 10;

} // namespace

class TestFailover : public QObject
{
    Q_OBJECT

    QTemporaryDir m_shared;
    QTemporaryDir m_caches;
    std::unique_ptr<ServerProcess> m_servers[2];
    std::unique_ptr<BalancerProcess> m_balancer;
    std::unique_ptr<TotpSteps> m_totp;
    std::unique_ptr<session::Workstation> m_researcher;
    std::unique_ptr<session::Workstation> m_checkers[2];
    std::mt19937 m_random{20261207};
    int m_kills = 0;

    ServerProcess::Options instance(const QString &database, int port, bool seed)
    {
        ServerProcess::Options o;
        o.seedDemo = seed;
        o.sharedDataDir = m_shared.path();
        o.extraConfig = QJsonObject{
            {"listen", QStringLiteral("127.0.0.1:%1").arg(port)},
            {"database", PostgresFixture::shared().serverDatabaseConfig(database)},
            {"trusted_proxies", QJsonArray{"127.0.0.1"}},
            {"threads", 8},
        };
        return o;
    }

    std::unique_ptr<session::Workstation> signedIn(const QString &username, bool safeRoom)
    {
        auto w = std::make_unique<session::Workstation>(
            clientConfig(QStringLiteral("https://127.0.0.1:%1").arg(m_balancer->port()),
                         m_caches.filePath(username), safeRoom));
        w->start();
        if (!signInWithCode(*w, username, m_totp->next(username)))
            return nullptr;
        return w;
    }

    // Calls `route` through `w`, and kills one instance (in turn) a moment after the call leaves:
    // sometimes before the request reaches it, sometimes mid-answer, sometimes after. Then starts
    // it again and waits until the balancer sends to it again. The answer's body, or empty.
    QByteArray callWhileKilling(session::Workstation &w, const protocol::RouteSpec &route,
                                std::initializer_list<QString> arguments, const QByteArray &body = {})
    {
        ServerProcess &victim = *m_servers[m_kills++ % 2];
        const int delayMs = std::uniform_int_distribution<int>(0, 40)(m_random);
        QTimer::singleShot(delayMs, [&victim] { victim.kill(); });
        const QByteArray answer = callAndWait(w, route, arguments, body);
        QTest::qWait(delayMs + 10); // the kill has happened, whatever the call did first
        if (!victim.restart())
            qWarning("the instance did not start again: %s", qPrintable(victim.errorString()));
        QTest::qWait(2500); // HAProxy's health check (every second) sees it up again
        return answer;
    }

    QJsonArray list(session::Workstation &w, const protocol::RouteSpec &route, const QString &argument,
                    const char *key)
    {
        const QByteArray body = callAndWait(w, route, {argument});
        return QJsonDocument::fromJson(body).object().value(QLatin1String(key)).toArray();
    }

private slots:
    void initTestCase()
    {
        PostgresFixture &pg = PostgresFixture::shared();
        QVERIFY2(pg.start(), qPrintable(pg.errorString()));
        const QString database = pg.createDatabase();
        QVERIFY2(!database.isEmpty(), qPrintable(pg.errorString()));
        QVERIFY(m_shared.isValid() && m_caches.isValid());
        const int ports[2] = {BalancerProcess::freePort(), BalancerProcess::freePort()};
        QVERIFY(ports[0] > 0 && ports[1] > 0 && ports[0] != ports[1]);
        for (int i = 0; i < 2; ++i) {
            m_servers[i] = std::make_unique<ServerProcess>(instance(database, ports[i], i == 0));
            QVERIFY2(m_servers[i]->start(), qPrintable(m_servers[i]->errorString()));
        }
        // The demo table with its small cell suppressed, as asha does in the demo: every cell
        // passes, so the checkers approve without exceptions to decide.
        QFile table(m_servers[0]->workspaceFolder(DemoProject) + '/' + DemoTable);
        QVERIFY(table.open(QIODevice::ReadOnly));
        QByteArray fixed = table.readAll();
        table.close();
        QVERIFY(fixed.contains("Wales,6,"));
        fixed.replace("Wales,6,", "Wales,[c],");
        QVERIFY(table.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(table.write(fixed), fixed.size());
        table.close();
        m_balancer = std::make_unique<BalancerProcess>(QList<int>{ports[0], ports[1]});
        QVERIFY2(m_balancer->start(), qPrintable(m_balancer->errorString()));
        m_totp = std::make_unique<TotpSteps>(*m_servers[0]);
        m_researcher = signedIn("asha.patel", false);
        QVERIFY(m_researcher);
        m_checkers[0] = signedIn("fiona.campbell", true);
        m_checkers[1] = signedIn("daniel.reid", true);
        QVERIFY(m_checkers[0] && m_checkers[1]);
    }

    void submissionsSurviveAnInstanceKilled()
    {
        for (int round = 1; round <= Rounds; ++round) {
            const QString title = QStringLiteral("Failover request %1").arg(round);
            const auto request = demoTableRequest(*m_researcher, title);
            QVERIFY(request);
            const auto made = protocol::SubmissionInfo::fromJson(callWhileKilling(
                *m_researcher, protocol::route::Submit.spec, {DemoProject}, request->toJson()));
            QVERIFY2(made.ok(), qPrintable(title));
        }
        // Every request is there, once.
        const QJsonArray all =
            list(*m_researcher, protocol::route::Submissions.spec, DemoProject, "submissions");
        for (int round = 1; round <= Rounds; ++round) {
            int found = 0;
            for (const QJsonValue &s : all)
                found += s.toObject().value("title").toString() ==
                         QStringLiteral("Failover request %1").arg(round);
            QVERIFY2(found == 1,
                     qPrintable(QStringLiteral("request %1 found %2 times").arg(round).arg(found)));
        }
    }

    void releasesAndDownloadsSurviveAnInstanceKilled()
    {
        QStringList releases;
        for (int round = 1; round <= Rounds; ++round) {
            const QString id = submitDemoTable(*m_researcher, QStringLiteral("Release %1").arg(round));
            QVERIFY(!id.isEmpty());
            for (auto &checker : m_checkers) {
                QVERIFY(!callAndWait(*checker, protocol::route::Claim.spec, {id}).isEmpty());
                QVERIFY(!callAndWait(*checker, protocol::route::Vote.spec, {id},
                                     json(approve(DemoTable, DemoCounts)))
                             .isEmpty());
            }
            const auto released = protocol::ReleaseInfo::fromJson(
                callWhileKilling(*m_checkers[0], protocol::route::Release.spec, {id}));
            QVERIFY2(released.ok(), qPrintable(id));
            QCOMPARE(released->submissionId, id);
            releases << released->id;
        }
        // One release per request, and no other.
        const auto all = protocol::decodeReleaseList(
            callAndWait(*m_researcher, protocol::route::ProjectReleases.spec, {DemoProject}));
        QVERIFY(all.ok());
        QStringList listed;
        for (const protocol::ReleaseInfo &r : all.value()) {
            if (r.title.startsWith(QStringLiteral("Release ")))
                listed << r.id;
        }
        listed.sort();
        QStringList expected = releases;
        expected.sort();
        QCOMPARE(listed, expected);

        // Each released table downloaded while an instance dies: byte-identical to its manifest.
        for (const QString &rid : std::as_const(releases)) {
            const auto detail = protocol::ReleaseInfo::fromJson(
                callAndWait(*m_researcher, protocol::route::ReleaseDetail.spec, {rid}));
            QVERIFY(detail.ok() && !detail->files.isEmpty());
            const QByteArray bytes = callWhileKilling(*m_researcher, protocol::route::ReleaseFile.spec,
                                                      {rid, QStringLiteral("0")});
            QVERIFY2(!bytes.isEmpty(), qPrintable(rid));
            QCOMPARE(QString::fromLatin1(crypto::sha256(bytes).toHex()), detail->files.at(0).sha256);
        }
    }

    void theAuditChainVerifies()
    {
        // How often a request sent again was answered with what its first sending made (the first
        // sending's instance had made the write, then died before its answer arrived).
        int replays = 0;
        for (auto &server : m_servers)
            replays += static_cast<int>(server->wholeLog().count(QStringLiteral("idempotent-replay")));
        qInfo("%d kills; %d requests answered from their first sending", m_kills, replays);
        QString output;
        QCOMPARE(m_servers[0]->runCommand({"audit", "verify"}, &output), 0);
        QVERIFY2(output.contains("audit chain intact"), qPrintable(output));
    }

    void cleanupTestCase()
    {
        m_researcher.reset();
        for (auto &c : m_checkers)
            c.reset();
        if (m_balancer)
            m_balancer->stop();
        for (auto &s : m_servers)
            if (s)
                s->stop();
    }
};

QTEST_MAIN(TestFailover)
#include "tst_failover.moc"
