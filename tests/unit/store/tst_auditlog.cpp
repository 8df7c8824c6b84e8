#include "TestDatabase.h"

#include "store/AuditKey.h"
#include "store/AuditLog.h"
#include "store/UserRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QTemporaryDir>
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

QVariant scalar(Database &db, const QString &sql, const QVariantList &params = {})
{
    auto q = db.exec(sql, params);
    if (!q.ok() || !q->next())
        return {};
    return q->value(0);
}

// What someone with write access to the database but not the audit key can do: recompute
// plain SHA-256 hashes from event `from` to the end, and the head row to match.
Status rewriteWithoutTheKey(Database &db, qint64 from)
{
    struct Row
    {
        AuditEvent event;
        QByteArray details;
    };
    QList<Row> rows;
    {
        auto q = db.exec("SELECT seq, occurred_at, actor, action, subject, details FROM audit_events "
                         "WHERE seq >= ? ORDER BY seq",
                         {from});
        if (!q.ok())
            return q.error();
        while (q->next()) {
            Row r;
            r.event.seq = q->value(0).toLongLong();
            r.event.occurredAt = QDateTime::fromMSecsSinceEpoch(q->value(1).toLongLong(), Qt::UTC);
            r.event.actor = q->value(2).toString();
            r.event.action = q->value(3).toString();
            r.event.subject = q->value(4).toString();
            r.details = q->value(5).toString().toUtf8();
            rows.append(r);
        }
    }
    QString prev = from == 1
                       ? AuditLog::genesisHash()
                       : scalar(db, "SELECT hash FROM audit_events WHERE seq = ?", {from - 1}).toString();
    for (const Row &r : rows) {
        const QString hash = AuditLog::chainHash(prev, r.event, r.details);
        if (Status s = db.execChanging("UPDATE audit_events SET prev_hash = ?, hash = ? WHERE seq = ?",
                                       {prev, hash, r.event.seq});
            !s.ok())
            return s;
        prev = hash;
    }
    return db.execChanging("UPDATE audit_head SET last_hash = ? WHERE id = 1", {prev});
}

QList<qint64> seqsOf(const AuditLog::VerifyReport &report)
{
    QList<qint64> out;
    for (const AuditLog::Break &b : report.breaks)
        out.append(b.seq);
    return out;
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
        if (m_t.db)
            m_t.db->setAuditKey(nullptr);
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

    // Text a database would change (an unpaired surrogate, a NUL that PostgreSQL cannot hold)
    // and text that is merely unusual (astral characters, combining marks, long strings,
    // awkward numbers) all verify: what is hashed is exactly what is stored and read back.
    void awkwardTextVerifies()
    {
        AuditLog log(*m_t.db);
        const QString astral = QString::fromUtf8("\xf0\x9f\x98\x80 \xf0\x90\x8d\x88 \xf4\x8f\xbf\xbf");
        // Decomposed forms: they must be stored as given, not normalised.
        const QString combining = QString::fromUtf8("e\xcc\x81 n\xcc\x83 \xe1\x84\x80\xe1\x85\xa1");
        const QString nul = QString("a") + QChar(0) + "b";
        const QString lone = QString("x") + QChar(0xD800) + "y";
        const QString loneLow = QChar(0xDC00) + QString("z");
        const QString longText = QString(200000, 'x') + astral;
        const QJsonObject numbers{{"huge", 1e300},          {"tenth", 0.1},
                                  {"tiny", 1e-300},         {"minus_zero", -0.0},
                                  {"third", 1.0 / 3.0},     {"big", 9007199254740993.0},
                                  {"int", qint64(1) << 53}, {"list", QJsonArray{0.1, 0.2, 1e300, -1.5e-7}}};
        struct Case
        {
            QString actor, action, subject;
            QJsonObject details;
            QString storedActor, storedSubject;
        };
        const QString r = QString(QChar::ReplacementCharacter);
        const QList<Case> cases{
            {astral, "a.b", combining, QJsonObject{{"text", astral}, {"mark", combining}}, astral, combining},
            {"u-1", "numbers", "n", numbers, "u-1", "n"},
            {nul, "nul", nul, QJsonObject{{"nul", nul}, {"controls", QString("\x01\x1f\x7f")}}, "a" + r + "b",
             "a" + r + "b"},
            {lone, "lone", loneLow, QJsonObject{{"lone", lone}, {"low", loneLow}}, "x" + r + "y", r + "z"},
            {"u-2", longText, longText, QJsonObject{{"long", longText}, {"b", 1}, {"a", 2}}, "u-2", longText},
        };
        for (const Case &c : cases) {
            const auto e = log.append(c.actor, c.action, c.subject, c.details, at(1));
            QVERIFY2(e.ok(), qPrintable(e.errorString()));
            QCOMPARE(e->actor, c.storedActor);
            QCOMPARE(e->subject, c.storedSubject);
        }
        const auto report = log.verify();
        QVERIFY2(report.ok(), qPrintable(report.errorString()));
        QVERIFY2(report->intact, qPrintable(report->reason));
        QCOMPARE(report->eventsChecked, cases.size());

        const auto events = log.list();
        QVERIFY(events.ok());
        QCOMPARE(events->size(), cases.size());
        for (qsizetype i = 0; i < cases.size(); ++i) {
            QCOMPARE(events->at(i).actor, cases.at(i).storedActor);
            QCOMPARE(events->at(i).subject, cases.at(i).storedSubject);
        }
        QCOMPARE(events->at(0).details.value("mark").toString(), combining);
        QCOMPARE(events->at(1).details.value("huge").toDouble(), 1e300);
        QCOMPARE(events->at(1).details.value("tenth").toDouble(), 0.1);
        QCOMPARE(events->at(1).details.value("third").toDouble(), 1.0 / 3.0);
        QCOMPARE(events->at(2).details.value("nul").toString(), nul); // JSON escapes it: kept
        QCOMPARE(events->at(4).action.size(), longText.size());
    }

    // Every bad event is reported once, and the walk goes on after it.
    void everyBreakIsReported_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QList<qint64>>("bad");
        QTest::addColumn<QString>("firstReason");
        QTest::newRow("two events altered")
            << QStringList{"UPDATE audit_events SET details = '{\"n\":99}' WHERE seq = 3",
                           "UPDATE audit_events SET actor = 'mallory' WHERE seq = 6"}
            << QList<qint64>{3, 6} << "was altered";
        QTest::newRow("hash column overwritten: one report, not two")
            << QStringList{"UPDATE audit_events SET hash = '" + QString(64, 'a') + "' WHERE seq = 3"}
            << QList<qint64>{3} << "was altered";
        QTest::newRow("altered, removed, and removed at the end")
            << QStringList{"UPDATE audit_events SET subject = 'x' WHERE seq = 2",
                           "DELETE FROM audit_events WHERE seq = 5", "DELETE FROM audit_events WHERE seq = 8"}
            << QList<qint64>{2, 5, 8} << "was altered";
        QTest::newRow("a run removed: one report")
            << QStringList{"DELETE FROM audit_events WHERE seq >= 3 AND seq <= 5"} << QList<qint64>{3}
            << "Audit events 3 to 5 are missing";
        QTest::newRow("two swapped: every broken link named")
            << QStringList{"UPDATE audit_events SET seq = -1 WHERE seq = 3",
                           "UPDATE audit_events SET seq = 3 WHERE seq = 4",
                           "UPDATE audit_events SET seq = 4 WHERE seq = -1"}
            << QList<qint64>{3, 4, 5} << "does not follow event 2";
    }
    void everyBreakIsReported()
    {
        QFETCH(QStringList, statements);
        QFETCH(QList<qint64>, bad);
        QFETCH(QString, firstReason);
        AuditLog log(*m_t.db);
        for (int i = 1; i <= 8; ++i)
            QVERIFY(log.append("u-1", "project.viewed", "project:P-1", {{"n", i}}, at(i)).ok());
        for (const QString &sql : statements) {
            const auto r = m_t.db->exec(sql);
            QVERIFY2(r.ok(), qPrintable(r.errorString()));
        }
        const auto report = log.verify();
        QVERIFY2(report.ok(), qPrintable(report.errorString()));
        QVERIFY(!report->intact);
        QCOMPARE(seqsOf(*report), bad);
        QCOMPARE(report->breakCount, bad.size());
        QCOMPARE(*report->firstBadSeq, bad.first());
        QVERIFY2(report->breaks.first().reason.contains(firstReason),
                 qPrintable(report->breaks.first().reason));
        for (const AuditLog::Break &b : report->breaks)
            QVERIFY2(b.reason.contains(QString::number(b.seq)), qPrintable(b.reason));
    }

    // The attack the key stops: alter an event, then recompute plain SHA-256 hashes for it
    // and every later event and the head, as anyone who can write the database can. On an
    // unkeyed log it goes unseen (the row proves the attack is real); on a keyed one every
    // rewritten event is reported.
    void keyedChainRefusesRewritingWithoutTheKey_data()
    {
        QTest::addColumn<bool>("keyed");
        QTest::newRow("keyed") << true;
        QTest::newRow("unkeyed (the attack works)") << false;
    }
    void keyedChainRefusesRewritingWithoutTheKey()
    {
        QFETCH(bool, keyed);
        if (keyed)
            m_t.db->setAuditKey(std::make_shared<const AuditKey>(AuditKey::generate(1)));
        AuditLog log(*m_t.db);
        for (int i = 1; i <= 6; ++i)
            QVERIFY(log.append("u-1", "project.viewed", "project:P-1", {{"n", i}}, at(i)).ok());
        auto report = log.verify();
        QVERIFY2(report.ok() && report->intact, qPrintable(report->reason));
        QCOMPARE(report->keyedFrom, keyed ? 1 : 0);

        QVERIFY(m_t.db->exec("UPDATE audit_events SET details = '{\"n\":99}' WHERE seq = 3").ok());
        const Status rewritten = rewriteWithoutTheKey(*m_t.db, 3);
        QVERIFY2(rewritten.ok(), qPrintable(rewritten.errorString()));
        report = log.verify();
        QVERIFY2(report.ok(), qPrintable(report.errorString()));
        if (!keyed) {
            QVERIFY(report->intact);
            return;
        }
        QVERIFY(!report->intact);
        QCOMPARE(*report->firstBadSeq, 3);
        QVERIFY2(report->reason.contains("keyed hash"), qPrintable(report->reason));
        QCOMPARE(seqsOf(*report), (QList<qint64>{3, 4, 5, 6})); // every rewritten event
    }

    void anotherKeyDoesNotVerify()
    {
        m_t.db->setAuditKey(std::make_shared<const AuditKey>(AuditKey::generate(1)));
        AuditLog log(*m_t.db);
        for (int i = 1; i <= 3; ++i)
            QVERIFY(log.append("u-1", "project.viewed", "project:P-1", {{"n", i}}, at(i)).ok());
        m_t.db->setAuditKey(std::make_shared<const AuditKey>(AuditKey::generate(1)));
        const auto report = log.verify();
        QVERIFY(report.ok());
        QCOMPARE(seqsOf(*report), (QList<qint64>{1, 2, 3}));
        m_t.db->setAuditKey(nullptr);
    }

    // An unkeyed log is keyed from the next event on: its first start with a key file appends
    // a keyed event that seals the unkeyed ones before it.
    void existingLogIsKeyedFromTheNextEvent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("keys/audit.key");
        AuditLog log(*m_t.db);
        for (int i = 1; i <= 4; ++i)
            QVERIFY(log.append("u-1", "project.viewed", "project:P-1", {{"n", i}}, at(i)).ok());

        auto key = log.useKeyFile(path, at(10));
        QVERIFY2(key.ok(), qPrintable(key.errorString()));
        QCOMPARE(key.value()->keyedFrom(), 5);
        const QFile::Permissions permissions = QFileInfo(path).permissions();
        QVERIFY(permissions.testFlags(QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(
            !(permissions & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)));
        auto events = log.list(4);
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->at(0).action, QString("audit.chain-keyed"));
        QCOMPARE(events->at(0).details.value("keyed_from").toInteger(), 5);
        QVERIFY(log.append("u-1", "project.viewed", "project:P-1", {{"n", 6}}, at(11)).ok());
        auto report = log.verify();
        QVERIFY2(report.ok() && report->intact, qPrintable(report->reason));
        QCOMPARE(report->keyedFrom, 5);
        QCOMPARE(report->eventsChecked, 6);

        // The next start reads the same key.
        m_t.db->setAuditKey(nullptr);
        key = log.useKeyFile(path, at(12));
        QVERIFY2(key.ok(), qPrintable(key.errorString()));
        QCOMPARE(key.value()->keyedFrom(), 5);
        QVERIFY(log.verify()->intact);

        // Rewriting the unkeyed events is caught at the first keyed one, which seals them.
        QVERIFY(m_t.db->exec("UPDATE audit_events SET actor = 'mallory' WHERE seq = 2").ok());
        QVERIFY(rewriteWithoutTheKey(*m_t.db, 2).ok());
        report = log.verify();
        QVERIFY(report.ok());
        QVERIFY(!report->intact);
        QCOMPARE(*report->firstBadSeq, 5);

        // A keyed log whose key file is gone is not quietly given a new key.
        m_t.db->setAuditKey(nullptr);
        QVERIFY(QFile::remove(path));
        key = log.useKeyFile(path, at(13));
        QVERIFY(!key.ok());
        QVERIFY2(key.errorString().contains("keyed from event 5") && key.errorString().contains("missing"),
                 qPrintable(key.errorString()));
        QVERIFY(!QFile::exists(path));
        const auto unkeyed = log.verify();
        QVERIFY(!unkeyed.ok());
        QVERIFY2(unkeyed.errorString().contains("needs the audit key"), qPrintable(unkeyed.errorString()));
    }

    void keyFileIsStrict_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<bool>("valid");
        const QByteArray key = QByteArray(64, 'a');
        QTest::newRow("valid") << QByteArray("srs-audit-key 1\nkeyed-from 7\nkey " + key + "\n") << true;
        QTest::newRow("no final newline") << QByteArray("srs-audit-key 1\nkeyed-from 7\nkey " + key) << true;
        QTest::newRow("wrong magic") << QByteArray("srs-audit-key 2\nkeyed-from 7\nkey " + key + "\n")
                                     << false;
        QTest::newRow("keyed from 0")
            << QByteArray("srs-audit-key 1\nkeyed-from 0\nkey " + key + "\n") << false;
        QTest::newRow("short key") << QByteArray("srs-audit-key 1\nkeyed-from 1\nkey " + key.left(62) + "\n")
                                   << false;
        QTest::newRow("not hex") << QByteArray("srs-audit-key 1\nkeyed-from 1\nkey " + QByteArray(64, 'g') +
                                               "\n")
                                 << false;
        QTest::newRow("raw secrets key") << QByteArray(32, 'x') << false;
    }
    void keyFileIsStrict()
    {
        QFETCH(QByteArray, file);
        QFETCH(bool, valid);
        const auto parsed = AuditKey::parse(file);
        QCOMPARE(parsed.ok(), valid);
        if (valid) {
            QCOMPARE(parsed->keyedFrom(), 7);
            const auto again = AuditKey::parse(parsed->serialize().view());
            QVERIFY(again.ok());
            QCOMPARE(again->mac("x"), parsed->mac("x"));
        }
    }

    // A published head shows events removed from the end even when the head row was rewound
    // to match, which nothing inside the database can show.
    void publishedHeadDetectsTruncation()
    {
        AuditLog log(*m_t.db);
        for (int i = 1; i <= 8; ++i)
            QVERIFY(log.append("u-1", "project.viewed", "project:P-1", {{"n", i}}, at(i)).ok());
        const auto head = log.head();
        QVERIFY(head.ok());
        QCOMPARE(head->seq, 8);
        QCOMPARE(head->hash, scalar(*m_t.db, "SELECT hash FROM audit_events WHERE seq = 8").toString());
        const auto parsed = AuditLog::Head::fromString(head->toString());
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->seq, head->seq);
        QCOMPARE(parsed->hash, head->hash);
        QVERIFY(log.verify(*head)->intact);

        auto report = log.verify(AuditLog::Head{8, QString(64, 'a')});
        QVERIFY(!report->intact);
        QCOMPARE(seqsOf(*report), QList<qint64>{8});
        QVERIFY2(report->reason.contains("published as the head"), qPrintable(report->reason));

        const QString hash6 = scalar(*m_t.db, "SELECT hash FROM audit_events WHERE seq = 6").toString();
        QVERIFY(m_t.db->exec("DELETE FROM audit_events WHERE seq >= 7").ok());
        QVERIFY(m_t.db->exec("UPDATE audit_head SET last_seq = 6, last_hash = ? WHERE id = 1", {hash6}).ok());
        QVERIFY(log.verify()->intact); // consistent inside the database
        report = log.verify(*head);
        QVERIFY(report.ok());
        QVERIFY(!report->intact);
        QCOMPARE(seqsOf(*report), QList<qint64>{8});
        QVERIFY2(report->reason.contains("published as the head, is missing"), qPrintable(report->reason));
    }

    void headTextIsStrict_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        const QString hash = QString(64, 'b');
        QTest::newRow("SEQ:HASH") << QString("12:" + hash) << true;
        QTest::newRow("upper-case hash") << QString("12:" + hash.toUpper()) << true;
        QTest::newRow("hash alone") << hash << false;
        QTest::newRow("seq 0") << QString("0:" + hash) << false;
        QTest::newRow("short hash") << QString("12:" + hash.left(63)) << false;
        QTest::newRow("not hex") << QString("12:" + QString(64, 'g')) << false;
        QTest::newRow("not a number") << QString("x:" + hash) << false;
    }
    void headTextIsStrict()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(AuditLog::Head::fromString(text).has_value(), valid);
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
        QVERIFY(AuditLog::canonicalBytes(a, "{}", 1) != AuditLog::canonicalBytes(a, "{}", 2));
    }

private:
    TestDatabase m_t;
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
