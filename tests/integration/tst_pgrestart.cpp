// PostgreSQL restarted under load, with the real server program on a real PostgreSQL: four
// clients poll a workspace without pause on kept connections; PostgreSQL is shut down as an
// administrator would (every connection ended) and started again. While it is down every request
// is answered 503 service-unavailable with Retry-After, never 500, never a broken connection;
// once it is up the server reconnects by itself, on every thread, and from then on every request
// is answered; a sign-in (a write) works again and the audit chain verifies.

#include "PostgresFixture.h"
#include "ServerCall.h"
#include "ServerProcess.h"

#include <QJsonArray>
#include <QMutex>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace srs::testing;

namespace {

const QString User = QStringLiteral("eleanor.wright");
const QString Poll = QStringLiteral("/api/v1/projects/P-2026-001/workspace");

enum Phase
{
    Before,  // PostgreSQL up
    Down,    // shut down
    Started, // started again
};

struct Answer
{
    int phase = Before;    // when the request was sent
    int endPhase = Before; // when its answer came
    int client = 0;
    int status = 0;
    QString code;
    QByteArray retryAfter;
};

} // namespace

class TestPgRestart : public QObject
{
    Q_OBJECT

private slots:
    void requestsFailCleanlyAndRecoverByThemselves()
    {
        PostgresFixture &pg = PostgresFixture::shared();
        const QString database = pg.createDatabase(); // started first
        QVERIFY2(!database.isEmpty(), qPrintable(pg.errorString()));
        ServerProcess::Options o;
        o.seedDemo = true;
        o.extraConfig = QJsonObject{
            {"database", pg.serverDatabaseConfig(database)},
            {"workspace_scan_seconds", 3600},
            // Each worker thread has a connection of its own: within the test PostgreSQL's 60.
            {"threads", 8},
        };
        ServerProcess server(o);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const QString token = signInPersona(server, User);
        QVERIFY(!token.isEmpty());

        constexpr int Clients = 4;
        std::atomic<int> phase{Before};
        std::atomic<bool> stop{false};
        QMutex mutex;
        std::vector<Answer> answers;
        std::vector<std::thread> clients;
        for (int c = 0; c < Clients; ++c) {
            clients.emplace_back([&, c] {
                Connection connection;
                while (!stop.load()) {
                    const int at = phase.load();
                    const Reply r =
                        callServer(server.port(), "GET", Poll, {}, token, Device::SafeRoom, &connection);
                    const int end = phase.load();
                    QMutexLocker lock(&mutex);
                    answers.push_back({at, end, c, r.status, r.code(), r.header("Retry-After")});
                }
            });
        }
        const auto count = [&](int inPhase, int status) {
            QMutexLocker lock(&mutex);
            return static_cast<int>(std::count_if(answers.begin(), answers.end(), [&](const Answer &a) {
                return a.phase == inPhase && a.status == status;
            }));
        };
        const auto finish = [&] {
            stop = true;
            for (std::thread &t : clients)
                t.join();
            clients.clear();
        };

        QTRY_VERIFY_WITH_TIMEOUT(count(Before, 200) >= 40, 30000);
        phase = Down;
        if (!pg.shutDownKeepingData()) {
            finish();
            QFAIL(qPrintable(pg.errorString()));
        }
        QTRY_VERIFY_WITH_TIMEOUT(count(Down, 503) >= 2 * Clients, 30000);
        phase = Started;
        if (!pg.startAgain()) {
            finish();
            QFAIL(qPrintable(pg.errorString()));
        }
        QTRY_VERIFY_WITH_TIMEOUT(count(Started, 200) >= 200, 60000);
        finish();

        // Nothing but answers and clean refusals; each refusal says what it is and when to come back.
        int refusedDown = 0;
        int refusedStarted = 0;
        for (const Answer &a : answers) {
            QVERIFY2(
                a.status == 200 || a.status == 503,
                qPrintable(QStringLiteral("phase %1: HTTP %2 %3").arg(a.phase).arg(a.status).arg(a.code)));
            if (a.status == 503) {
                QVERIFY(a.endPhase != Before);
                QCOMPARE(a.code, QStringLiteral("service-unavailable"));
                QVERIFY(a.retryAfter.toInt() >= 1);
                (a.phase == Down ? refusedDown : refusedStarted)++;
            }
        }
        // Once a client is answered again, it stays answered: every thread of the server found its
        // connection gone and opened a new one by itself.
        for (int c = 0; c < Clients; ++c) {
            bool recovered = false;
            for (const Answer &a : answers) {
                if (a.client != c || a.phase != Started)
                    continue;
                if (recovered)
                    QVERIFY2(a.status == 200,
                             qPrintable(
                                 QStringLiteral("client %1: HTTP %2 after recovering").arg(c).arg(a.status)));
                recovered = recovered || a.status == 200;
            }
            QVERIFY2(recovered, qPrintable(QStringLiteral("client %1 never answered again").arg(c)));
        }
        qInfo("%d answers; %d refused while PostgreSQL was down, %d while it started", int(answers.size()),
              refusedDown, refusedStarted);

        // Every thread of the server is back: new connections (each may reach another thread) too.
        for (int i = 0; i < 24; ++i) {
            const Reply r = callServer(server.port(), "GET", Poll, {}, token, Device::SafeRoom);
            QVERIFY2(r.status == 200, r.body.constData());
        }
        // A write: a new session.
        QVERIFY(!signInPersona(server, QStringLiteral("asha.patel")).isEmpty());
        QVERIFY(server.logNow().contains(QStringLiteral("database-unreachable")));
        QString out;
        QCOMPARE(server.runCommand({QStringLiteral("audit"), QStringLiteral("verify")}, &out), 0);
    }
};

QTEST_GUILESS_MAIN(TestPgRestart)
#include "tst_pgrestart.moc"
