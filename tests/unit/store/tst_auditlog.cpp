#include "TestDatabase.h"

#include "store/AuditLog.h"
#include "store/UserRepository.h"

#include <QJsonObject>
#include <QMutex>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using namespace srs::store;
using srs::testing::TestDatabase;

namespace {
QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 3, 1), QTime(9, minute), Qt::UTC);
}
} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_t = TestDatabase::create();
        QVERIFY2(m_t.db, qPrintable(QString("[%1] %2").arg(srs::testing::testBackendName(), m_t.error)));
        const Status migrated = m_t.db->migrate();
        QVERIFY2(migrated.ok(), qPrintable(migrated.errorString()));
    }
    void cleanup()
    {
        m_t.db.reset();
        m_t = TestDatabase();
    }

    void emptyLogVerifies()
    {
        AuditLog log(*m_t.db);
        const auto report = log.verify();
        QVERIFY2(report.ok(), qPrintable(report.errorString()));
        QVERIFY(report->intact);
        QCOMPARE(report->eventsChecked, 0);
    }

    void appendAndVerify()
    {
        AuditLog log(*m_t.db);
        QString prev = AuditLog::genesisHash();
        for (int i = 1; i <= 5; ++i) {
            const auto e =
                log.append("u-1", "session.created", "user:u-1", {{"n", i}, {"setting", "safe-room"}}, at(i));
            QVERIFY2(e.ok(), qPrintable(e.errorString()));
            QCOMPARE(e->seq, i);
            QCOMPARE(e->prevHash, prev);
            QCOMPARE(e->hash.size(), 64);
            prev = e->hash;
        }
        const auto report = log.verify();
        QVERIFY(report.ok());
        QVERIFY2(report->intact, qPrintable(report->reason));
        QCOMPARE(report->eventsChecked, 5);

        const auto events = log.list(2, 2);
        QVERIFY(events.ok());
        QCOMPARE(events->size(), 2);
        QCOMPARE(events->at(0).seq, 3);
        QCOMPARE(events->at(0).details.value("n").toInt(), 3);
        QCOMPARE(events->at(0).occurredAt, at(3));
        QCOMPARE(events->at(1).actor, QString("u-1"));
    }

    void eventCommitsOrRollsBackWithTheChange()
    {
        AuditLog log(*m_t.db);
        UserRepository users(*m_t.db);
        UserRecord r;
        r.profile.id = "u-1";
        r.profile.username = "alice";
        r.passwordHash = "x";
        r.totpSecret = "y";
        const Status failed = m_t.db->transaction([&]() -> Status {
            if (Status s = users.create(r); !s.ok())
                return s;
            if (auto e = log.append("admin", "user.created", "user:u-1", {}, at(1)); !e.ok())
                return e.error();
            return invalid("the rest of the change failed");
        });
        QVERIFY(!failed.ok());
        QCOMPARE(users.findById("u-1").code(), StoreError::Code::NotFound);
        QVERIFY(log.list()->isEmpty());

        const Status done = m_t.db->transaction([&]() -> Status {
            if (Status s = users.create(r); !s.ok())
                return s;
            if (auto e = log.append("admin", "user.created", "user:u-1", {}, at(2)); !e.ok())
                return e.error();
            return {};
        });
        QVERIFY2(done.ok(), qPrintable(done.errorString()));
        QVERIFY(users.findById("u-1").ok());
        const auto events = log.list();
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->at(0).seq, 1); // the rolled-back event left no gap
        QVERIFY(log.verify()->intact);
    }

    void tamperingIsDetected_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<qint64>("firstBad");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("details altered")
            << QStringList{"UPDATE audit_events SET details = '{\"n\":99}' WHERE seq = 4"} << qint64(4)
            << "was altered";
        QTest::newRow("actor altered")
            << QStringList{"UPDATE audit_events SET actor = 'mallory' WHERE seq = 2"} << qint64(2)
            << "was altered";
        QTest::newRow("time altered")
            << QStringList{"UPDATE audit_events SET occurred_at = occurred_at + 1 WHERE seq = 6"} << qint64(6)
            << "was altered";
        QTest::newRow("first event altered")
            << QStringList{"UPDATE audit_events SET action = 'nothing' WHERE seq = 1"} << qint64(1)
            << "was altered";
        QTest::newRow("altered and rehashed")
            << QStringList{"UPDATE audit_events SET hash = '" + QString(64, 'a') + "' WHERE seq = 3"}
            << qint64(3) << "was altered";
        QTest::newRow("middle event removed")
            << QStringList{"DELETE FROM audit_events WHERE seq = 5"} << qint64(5) << "is missing";
        QTest::newRow("first event removed")
            << QStringList{"DELETE FROM audit_events WHERE seq = 1"} << qint64(1) << "is missing";
        QTest::newRow("last event removed")
            << QStringList{"DELETE FROM audit_events WHERE seq = 8"} << qint64(8) << "is missing";
        QTest::newRow("last two removed and head rewound")
            << QStringList{"DELETE FROM audit_events WHERE seq >= 7", "UPDATE audit_head SET last_seq = 6"}
            << qint64(6) << "does not match the recorded end";
        QTest::newRow("two events swapped") << QStringList{"UPDATE audit_events SET seq = -1 WHERE seq = 3",
                                                           "UPDATE audit_events SET seq = 3 WHERE seq = 4",
                                                           "UPDATE audit_events SET seq = 4 WHERE seq = -1"}
                                            << qint64(3) << "does not follow event 2";
        QTest::newRow("event renumbered into a gap")
            << QStringList{"DELETE FROM audit_events WHERE seq = 5",
                           "UPDATE audit_events SET seq = 5 WHERE seq = 6"}
            << qint64(5) << "does not follow event 4";
    }
    void tamperingIsDetected()
    {
        QFETCH(QStringList, statements);
        QFETCH(qint64, firstBad);
        QFETCH(QString, reasonContains);
        AuditLog log(*m_t.db);
        for (int i = 1; i <= 8; ++i)
            QVERIFY(log.append("u-1", "project.viewed", "project:P-1", {{"n", i}}, at(i)).ok());
        QVERIFY(log.verify()->intact);

        for (const QString &sql : statements) {
            const auto r = m_t.db->exec(sql);
            QVERIFY2(r.ok(), qPrintable(r.errorString()));
        }
        const auto report = log.verify();
        QVERIFY2(report.ok(), qPrintable(report.errorString()));
        QVERIFY(!report->intact);
        QVERIFY(report->firstBadSeq.has_value());
        QCOMPARE(*report->firstBadSeq, firstBad);
        QVERIFY2(report->reason.contains(reasonContains), qPrintable(report->reason));
        QVERIFY2(report->reason.contains(QString::number(firstBad)), qPrintable(report->reason));
    }

    // Several threads, and a second Database on the same data (a second server instance),
    // append at once; the chain stays linear and complete.
    void concurrentAppendsKeepTheChainValid()
    {
        auto second = m_t.openAgain();
        QVERIFY2(second.ok(), qPrintable(second.errorString()));
        std::unique_ptr<Database> other = std::move(second).value();

        constexpr int Threads = 4;
        constexpr int PerThread = 25;
        QMutex mutex;
        QStringList failures;
        std::vector<std::unique_ptr<QThread>> threads;
        for (int t = 0; t < Threads; ++t) {
            Database *db = (t % 2 == 0) ? m_t.db.get() : other.get();
            threads.emplace_back(QThread::create([db, t, &mutex, &failures] {
                AuditLog log(*db);
                for (int i = 0; i < PerThread; ++i) {
                    const auto e = log.append(QString("u-%1").arg(t), "workspace.viewed", "project:P-1",
                                              {{"thread", t}, {"i", i}}, QDateTime::currentDateTimeUtc());
                    if (!e.ok()) {
                        QMutexLocker lock(&mutex);
                        failures.append(e.errorString());
                    }
                }
                db->releaseThreadConnection();
            }));
        }
        for (auto &th : threads)
            th->start();
        for (auto &th : threads)
            QVERIFY(th->wait(60000));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join('\n')));

        AuditLog log(*m_t.db);
        const auto report = log.verify();
        QVERIFY(report.ok());
        QVERIFY2(report->intact, qPrintable(report->reason));
        QCOMPARE(report->eventsChecked, Threads * PerThread);
    }

    void canonicalEncodingIsUnambiguous()
    {
        AuditEvent a;
        a.seq = 1;
        a.occurredAt = at(1);
        a.actor = "ab";
        a.action = "c";
        AuditEvent b = a;
        b.actor = "a";
        b.action = "bc";
        QVERIFY(AuditLog::canonicalBytes(a, "{}") != AuditLog::canonicalBytes(b, "{}"));
    }

private:
    TestDatabase m_t;
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
