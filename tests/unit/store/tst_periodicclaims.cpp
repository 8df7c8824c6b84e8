// Periodic work shared by server instances on one database, on SQLite and on PostgreSQL: a pass
// claimed by one instance is refused to another while it runs (Busy) and for an interval after
// it started (NotDue), less a tenth for the instance's own turn; a woken pass runs at once; an
// instance that ends without releasing (killed) leaves no lock behind; and two PeriodicThreads of
// the same work over two databases run its first pass once between them, where two unshared
// ones run it twice.

#include "TestDatabase.h"

#include "services/PeriodicThread.h"
#include "store/Migrations.h"
#include "store/PeriodicClaims.h"

#include <QTest>

#include <atomic>

using namespace srs::store;
using srs::server::PeriodicThread;
using srs::testing::TestDatabase;

namespace {

using Claim = PeriodicClaims::Claim;
constexpr std::chrono::milliseconds TenSeconds{10'000};

QDateTime at(int seconds, int ms = 0)
{
    return QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC).addMSecs(seconds * 1000LL + ms);
}

Claim claimOf(PeriodicClaims &claims, const QDateTime &now, bool woken = false)
{
    const auto claim = claims.claim(TenSeconds, woken, now);
    if (!claim) {
        qWarning("claim failed: %s", qPrintable(claim.error().message));
        return Claim::Busy;
    }
    return claim.value();
}

} // namespace

class TestPeriodicClaims : public QObject
{
    Q_OBJECT

    TestDatabase m_test;
    std::unique_ptr<Database> m_other; // a second server instance on the same data

private slots:
    void init()
    {
        m_test = TestDatabase::create();
        QVERIFY2(m_test.db, qPrintable(m_test.error));
        QVERIFY(m_test.db->migrate().ok());
        auto other = m_test.openAgain();
        QVERIFY2(other.ok(), qPrintable(other.errorString()));
        m_other = std::move(other).value();
    }
    void cleanup()
    {
        m_other.reset();
        m_test = {};
    }

    void oneInstanceAtATimeAndOncePerInterval()
    {
        PeriodicClaims a(*m_test.db, "workspace-scan");
        PeriodicClaims b(*m_other, "workspace-scan");
        QCOMPARE(claimOf(a, at(0)), Claim::Run);
        QCOMPARE(claimOf(b, at(0, 10)), Claim::Busy);
        QCOMPARE(claimOf(b, at(30), true), Claim::Busy); // even woken: A is still running
        a.release();
        QCOMPARE(claimOf(b, at(5)), Claim::NotDue);
        QCOMPARE(claimOf(b, at(8, 900)), Claim::NotDue);
        QCOMPARE(claimOf(b, at(9, 500)), Claim::Run); // within a tenth of the interval
        // B holds it now; A's own turn waits for B's pass, then for the interval from B's start.
        QCOMPARE(claimOf(a, at(9, 600)), Claim::Busy);
        b.release();
        QCOMPARE(claimOf(a, at(12)), Claim::NotDue);
        QCOMPARE(claimOf(a, at(19)), Claim::Run);
        a.release();
    }

    void otherWorkIsNotHeldUp()
    {
        PeriodicClaims scan(*m_test.db, "workspace-scan");
        PeriodicClaims mail(*m_other, "notification-mail");
        QCOMPARE(claimOf(scan, at(0)), Claim::Run);
        QCOMPARE(claimOf(mail, at(0)), Claim::Run);
        scan.release();
        mail.release();
        QVERIFY(PeriodicClaims::lockKey("workspace-scan") != PeriodicClaims::lockKey("notification-mail"));
        QCOMPARE(PeriodicClaims::lockKey("workspace-scan"), PeriodicClaims::lockKey("workspace-scan"));
    }

    void wokenRunsAtOnce()
    {
        PeriodicClaims a(*m_test.db, "ingest-checks");
        PeriodicClaims b(*m_other, "ingest-checks");
        QCOMPARE(claimOf(a, at(0)), Claim::Run);
        a.release();
        QCOMPARE(claimOf(b, at(1)), Claim::NotDue);
        QCOMPARE(claimOf(b, at(1), true), Claim::Run);
        b.release();
        // The woken pass counts as the latest start.
        QCOMPARE(claimOf(a, at(9, 500)), Claim::NotDue);
        QCOMPARE(claimOf(a, at(11)), Claim::Run);
        a.release();
    }

    void anInstanceThatDiesLeavesNoLock()
    {
        auto a = std::make_unique<PeriodicClaims>(*m_test.db, "ingest-sweep");
        QCOMPARE(claimOf(*a, at(0)), Claim::Run);
        PeriodicClaims b(*m_other, "ingest-sweep");
        QCOMPARE(claimOf(b, at(20)), Claim::Busy);
        // Killed mid-pass: its lock file is closed, its connection goes with its database.
        a.reset();
        m_test.db.reset();
        // PostgreSQL frees the lock once the dead connection's backend has ended: at B's next turn.
        Claim claim = claimOf(b, at(20));
        for (int i = 0; i < 100 && claim == Claim::Busy; ++i) {
            QTest::qWait(50);
            claim = claimOf(b, at(20));
        }
        QCOMPARE(claim, Claim::Run);
        b.release();
    }

    void sharedThreadsRunTheFirstPassOnce()
    {
        std::atomic<int> passes{0};
        const auto count = [&passes] { ++passes; };
        {
            PeriodicThread one(*m_test.db, std::chrono::hours(1), count, "workspace-scan");
            PeriodicThread two(*m_other, std::chrono::hours(1), count, "workspace-scan");
            one.start();
            two.start();
            // stop() returns once each thread has made its first claim (and run its pass, if it
            // won): nothing is left to happen afterwards.
            one.stop();
            two.stop();
        }
        QCOMPARE(passes.load(), 1);

        passes = 0;
        {
            PeriodicThread one(*m_test.db, std::chrono::hours(1), count);
            PeriodicThread two(*m_other, std::chrono::hours(1), count);
            one.start();
            two.start();
            one.stop();
            two.stop();
        }
        QCOMPARE(passes.load(), 2); // unshared work runs on each instance
    }
};

QTEST_GUILESS_MAIN(TestPeriodicClaims)
#include "tst_periodicclaims.moc"
