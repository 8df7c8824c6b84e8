// Writes sent again with their Idempotency-Key, through the server over real mutual TLS, on SQLite
// and on PostgreSQL (SRS_TEST_BACKEND): a submission sent twice with one key is made once and the
// second sending is answered with it (201, the same request); without a key, twice is twice; the
// same key with another body is refused (422), a malformed key too (400); the same key sent on
// two connections at once makes one request; another person's key is theirs alone. A release sent
// again is answered with the release (201), not "already released", and made once: one release,
// one audit event.

#include "ApiHarness.h"
#include "ReleaseFlow.h"

#include "services/Idempotency.h"
#include "store/Database.h"
#include "store/IdempotencyRepository.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <thread>

using namespace srs;
using namespace srs::testing;

namespace {

const QByteArray Table = "Region,Female,Male\nCardiff,120,340\nNewport,64,95\nSwansea,64,210\n";

QByteArray keyHeader(const char *key)
{
    return QByteArray("Idempotency-Key: ") + key;
}

} // namespace

class TestIdempotency : public QObject
{
    Q_OBJECT

    std::unique_ptr<ApiHarness> m_api;
    QHash<QString, QString> m_tokens;

    QString token(const QString &user)
    {
        if (!m_tokens.contains(user)) {
            m_api->advance(30);
            m_tokens.insert(user, m_api->signIn(user, Device::SafeRoom));
        }
        return m_tokens.value(user);
    }

    Reply submit(const QByteArray &key, const QString &title = QStringLiteral("People by region and sex"))
    {
        QJsonObject body = request("outputs/people.csv", "outputs/people_counts.csv");
        body["title"] = title;
        return m_api->call("POST", "/api/v1/projects/P1/submissions", json(body), token("res"),
                           Device::SafeRoom, nullptr,
                           key.isEmpty() ? QList<QByteArray>{} : QList<QByteArray>{keyHeader(key)});
    }

    int count(const QString &sql)
    {
        auto q = m_api->context().database().exec(sql);
        const int n = q && q.value().next() ? q.value().value(0).toInt() : -1;
        m_api->context().database().finishStatements();
        return n;
    }

private slots:
    void init()
    {
        m_api = std::make_unique<ApiHarness>();
        QVERIFY2(m_api->start(), qPrintable(m_api->error()));
        m_tokens.clear();
        for (const char *name : {"outputs/people.csv", "outputs/people_counts.csv"}) {
            const QString full = m_api->context().workspaceFolder("P1") + '/' + QString::fromLatin1(name);
            QVERIFY(QDir().mkpath(QFileInfo(full).path()));
            QFile f(full);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(f.write(Table), Table.size());
        }
    }
    void cleanup() { m_api.reset(); }

    void aSubmissionSentTwiceIsMadeOnce()
    {
        const Reply first = submit("first-key-0123456789");
        QVERIFY2(first.status == 201, first.body.constData());
        const Reply again = submit("first-key-0123456789");
        QVERIFY2(again.status == 201, again.body.constData());
        QCOMPARE(again.json["id"].toString(), first.json["id"].toString());
        QCOMPARE(again.json["round"].toInt(), first.json["round"].toInt());
        QCOMPARE(count("SELECT COUNT(*) FROM submissions"), 1);
        QCOMPARE(count("SELECT COUNT(*) FROM audit_events WHERE action = 'submission.submit'"), 1);
        // Without a key, two sendings are two requests.
        QCOMPARE(submit({}).status, 201);
        QCOMPARE(submit({}).status, 201);
        QCOMPARE(count("SELECT COUNT(*) FROM submissions"), 3);
    }

    // Keys are forgotten after their day: the same key then makes a new request.
    void aForgottenKeyIsANewRequest()
    {
        QCOMPARE(submit("old-key-0123456789ab").status, 201);
        auto purged = store::IdempotencyRepository(m_api->context().database())
                          .purgeBefore(m_api->now().addSecs(server::Idempotency::KeptHours * 3600));
        m_api->context().database().finishStatements();
        QVERIFY(purged.ok());
        QCOMPARE(purged.value(), 1);
        QCOMPARE(submit("old-key-0123456789ab").status, 201);
        QCOMPARE(count("SELECT COUNT(*) FROM submissions"), 2);
    }

    void aKeyIsForOneRequest()
    {
        QCOMPARE(submit("second-key-0123456789").status, 201);
        const Reply other = submit("second-key-0123456789", QStringLiteral("Another title"));
        QCOMPARE(other.status, 422);
        QCOMPARE(other.code(), QString("idempotency-key-reused"));
        for (const char *bad : {"short", "has spaces in it, and more", "ünïcödé-0123456789abcd"}) {
            const Reply refused = submit(bad);
            QCOMPARE(refused.status, 400);
            QCOMPARE(refused.code(), QString("idempotency-key-invalid"));
        }
        QCOMPARE(count("SELECT COUNT(*) FROM submissions"), 1);
    }

    void theSameKeyOnTwoConnectionsAtOnceMakesOneRequest()
    {
        token("res");
        Reply a;
        Reply b;
        std::thread one([&] { a = submit("raced-key-0123456789"); });
        std::thread two([&] { b = submit("raced-key-0123456789"); });
        one.join();
        two.join();
        QVERIFY2(a.status == 201, a.body.constData());
        QVERIFY2(b.status == 201, b.body.constData());
        QCOMPARE(a.json["id"].toString(), b.json["id"].toString());
        QCOMPARE(count("SELECT COUNT(*) FROM submissions"), 1);
    }

    void aReleaseSentAgainIsAnsweredWithIt()
    {
        const Reply made = submit("release-flow-0123456789");
        QCOMPARE(made.status, 201);
        const QString id = made.json["id"].toString();
        for (const QString &checker : {QString("checker"), QString("checker2")}) {
            QCOMPARE(m_api->call("POST", "/api/v1/submissions/" + id + "/reviews", "", token(checker)).status,
                     201);
            QCOMPARE(m_api
                         ->call("PUT", "/api/v1/submissions/" + id + "/reviews/mine",
                                json(approve("outputs/people.csv", "outputs/people_counts.csv")),
                                token(checker))
                         .status,
                     200);
        }
        const QList<QByteArray> key{keyHeader("release-key-0123456789")};
        const Reply released = m_api->call("POST", "/api/v1/submissions/" + id + "/release", "",
                                           token("checker"), Device::SafeRoom, nullptr, key);
        QVERIFY2(released.status == 201, released.body.constData());
        const Reply again = m_api->call("POST", "/api/v1/submissions/" + id + "/release", "",
                                        token("checker"), Device::SafeRoom, nullptr, key);
        QVERIFY2(again.status == 201, again.body.constData());
        QCOMPARE(again.json["id"].toString(), released.json["id"].toString());
        // Without the key, a second release is what it is: refused.
        QCOMPARE(m_api->call("POST", "/api/v1/submissions/" + id + "/release", "", token("checker")).status,
                 409);
        QCOMPARE(count("SELECT COUNT(*) FROM releases"), 1);
        QCOMPARE(count("SELECT COUNT(*) FROM audit_events WHERE action = 'release.create'"), 1);
        // The key is the checker's: the same key from someone else is not theirs to replay.
        const Reply stranger = m_api->call("POST", "/api/v1/submissions/" + id + "/release", "",
                                           token("checker2"), Device::SafeRoom, nullptr, key);
        QCOMPARE(stranger.status, 409);
    }
};

QTEST_GUILESS_MAIN(TestIdempotency)
#include "tst_idempotency.moc"
