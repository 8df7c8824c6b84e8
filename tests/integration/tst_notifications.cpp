// The notification centre through the server over real mutual TLS: each person lists and marks
// only their own notices, a sweep's notice is made once, and notices are e-mailed through a real
// SMTP receiver on loopback (aiosmtpd) saying nothing a researcher wrote. Runs on SQLite and on
// PostgreSQL (SRS_TEST_BACKEND).

#include "ApiHarness.h"
#include "SmtpReceiver.h"

#include "services/NotificationMailer.h"
#include "services/NotificationService.h"
#include "services/SmtpSender.h"
#include "store/NotificationRepository.h"
#include "store/ProjectRepository.h"
#include "store/UserRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace srs;
using namespace srs::testing;

namespace {

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A title a researcher wrote, trying to add a recipient to any e-mail that quoted it.
const QString HostileTitle = QStringLiteral("SECRET-TITLE\r\nBcc: someone@elsewhere.example\r\n\r\n.");

domain::Notice returnedNotice(const QString &id, const QString &title = HostileTitle)
{
    return {domain::NotificationKind::RequestReturned,
            QStringLiteral("P1"),
            id,
            title,
            QStringLiteral("returned"),
            {}};
}

} // namespace

class TestNotifications : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ApiHarness> m_api;
    std::unique_ptr<SmtpReceiver> m_smtp;
    QHash<QString, QString> m_tokens;

    QString token(const QString &user)
    {
        if (!m_tokens.contains(user)) {
            m_api->advance(30);
            m_tokens.insert(user, m_api->signIn(user, Device::SafeRoom));
        }
        return m_tokens.value(user);
    }
    Reply list(const QString &user) { return m_api->call("GET", "/api/v1/notifications", {}, token(user)); }
    Reply markRead(const QString &user, const QJsonObject &body)
    {
        return m_api->call("POST", "/api/v1/notifications/read", json(body), token(user));
    }
    void notify(const QStringList &users, const domain::Notice &notice, const QString &key = {})
    {
        store::Database &db = m_api->context().database();
        const store::Status s = db.transaction(
            [&] { return server::NotificationService::notify(db, users, notice, m_api->now(), key); });
        QVERIFY2(s.ok(), qPrintable(s.errorString()));
    }
    void setEmail(const QString &userId, const QString &email)
    {
        store::UserRepository users(m_api->context().database());
        auto person = users.loadUser(userId);
        QVERIFY(person.ok());
        domain::User changed = person.value();
        changed.email = email;
        QVERIFY(users.updateProfile(changed).ok());
    }
    int unsent()
    {
        auto rows = store::NotificationRepository(m_api->context().database()).unsent(100);
        return rows.ok() ? int(rows->size()) : -1;
    }

private slots:
    void init()
    {
        m_smtp = std::make_unique<SmtpReceiver>();
        QVERIFY2(m_smtp->start(), qPrintable(m_smtp->error()));
        m_api = std::make_unique<ApiHarness>();
        const QString url = m_smtp->url();
        m_api->setConfigure([url](server::ServerConfig &c) {
            c.smtpUrl = url;
            c.smtpFrom = QStringLiteral("srs@service.example");
        });
        QVERIFY2(m_api->start(), qPrintable(m_api->error()));
        m_tokens.clear();
    }
    void cleanup()
    {
        m_api.reset();
        m_smtp.reset();
    }

    // Each person sees their own notices only, newest first, and marks only their own read.
    void eachPersonListsAndMarksTheirOwn()
    {
        notify({"u-res"}, returnedNotice("S-1", "First"));
        m_api->advance(5);
        notify({"u-res", "u-checker"},
               {domain::NotificationKind::RequestReleased, "P1", "S-2", "Second", "released", {}});
        Reply mine = list("res");
        QCOMPARE(mine.status, 200);
        QCOMPARE(mine.json["unread"].toInt(), 2);
        const QJsonArray items = mine.json["items"].toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0)["kind"].toString(), QString("request-released")); // newest first
        QCOMPARE(items.at(0)["subject"].toString(), QString("Second"));
        QCOMPARE(items.at(1)["kind"].toString(), QString("request-returned"));
        QCOMPARE(items.at(1)["subject_id"].toString(), QString("S-1"));
        QVERIFY(!items.at(1)["read"].toBool());

        Reply theirs = list("checker");
        QCOMPARE(theirs.json["unread"].toInt(), 1);
        const QString checkersNotice = theirs.json["items"].toArray().at(0)["id"].toString();
        QVERIFY(!list("prov").json["items"].toArray().size());

        // Marking another person's notice changes nothing.
        QCOMPARE(markRead("res", {{"ids", QJsonArray{checkersNotice}}}).status, 204);
        QCOMPARE(list("checker").json["unread"].toInt(), 1);

        // One of one's own, then all.
        QCOMPARE(markRead("res", {{"ids", QJsonArray{items.at(1)["id"].toString()}}}).status, 204);
        mine = list("res");
        QCOMPARE(mine.json["unread"].toInt(), 1);
        QVERIFY(mine.json["items"].toArray().at(1)["read"].toBool());
        QVERIFY(!mine.json["items"].toArray().at(0)["read"].toBool());
        QCOMPARE(markRead("res", {{"all", true}}).status, 204);
        QCOMPARE(list("res").json["unread"].toInt(), 0);
        QCOMPARE(list("checker").json["unread"].toInt(), 1);

        Reply bad = markRead("res", {{"ids", QJsonArray{}}});
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.code(), QString("bad-request"));
    }

    // A notice made with a key (a sweep's) is made once per person however often it is asked for.
    void aKeyedNoticeIsMadeOnce()
    {
        const domain::Notice near{
            domain::NotificationKind::EndDateNear, "P1", "P1", "Project one", "30", "2027-01-06"};
        notify({"u-res"}, near, "end:P1:2027-01-06:30");
        notify({"u-res"}, near, "end:P1:2027-01-06:30");
        notify({"u-res"}, near, "end:P1:2027-01-06:60");
        QCOMPARE(list("res").json["items"].toArray().size(), 2);
    }

    // Notices are e-mailed once each, to the person's address, saying the kind and the project
    // only: nothing a researcher wrote reaches the message, so no header can be added through it.
    void noticesAreEmailedOnceAndSayNothingWritten()
    {
        setEmail("u-res", "res@research.example");
        notify({"u-res"}, returnedNotice("S-1"));
        notify({"u-checker"}, returnedNotice("S-2")); // the checker has no address: none sent
        server::NotificationMailer mailer(m_api->context());
        QCOMPARE(mailer.sendPending(), 1);
        QCOMPARE(unsent(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_smtp->messages().size(), 1, 10000);
        const QByteArray message = m_smtp->messages().constFirst();
        QVERIFY2(message.contains("To: <res@research.example>"), message.constData());
        QVERIFY2(message.contains("From: <srs@service.example>"), message.constData());
        QVERIFY2(message.contains("Subject: SRS: An output request came back for changes"),
                 message.constData());
        QVERIFY2(message.contains("project P1"), message.constData());
        QVERIFY2(!message.contains("SECRET-TITLE"), message.constData());
        QVERIFY2(!message.contains("Bcc"), message.constData());
        QVERIFY2(!message.contains("elsewhere.example"), message.constData());
        // Sent once: a second pass has nothing to send.
        QCOMPARE(mailer.sendPending(), 0);
        QTest::qWait(300);
        QCOMPARE(m_smtp->messages().size(), 1);
    }

    // With the SMTP server down, notices wait and are sent when it is back.
    void aNoticeWaitsWhileTheMailServerIsDown()
    {
        setEmail("u-res", "res@research.example");
        m_smtp->stop();
        notify({"u-res"}, returnedNotice("S-1"));
        server::NotificationMailer mailer(m_api->context());
        QCOMPARE(mailer.sendPending(), 0);
        QCOMPARE(unsent(), 1);
        QVERIFY2(m_smtp->start(), qPrintable(m_smtp->error()));
        QCOMPARE(mailer.sendPending(), 1);
        QCOMPARE(unsent(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_smtp->messages().size(), 1, 10000);
    }

    // No SMTP server configured: notices are marked as needing no e-mail and stay in the client.
    void withoutAMailServerNoticesStayInTheClient()
    {
        m_api.reset();
        m_api = std::make_unique<ApiHarness>();
        QVERIFY2(m_api->start(), qPrintable(m_api->error()));
        m_tokens.clear();
        setEmail("u-res", "res@research.example");
        notify({"u-res"}, returnedNotice("S-1"));
        server::NotificationMailer mailer(m_api->context());
        QCOMPARE(mailer.sendPending(), 0);
        QCOMPARE(unsent(), 0);
        QCOMPARE(list("res").json["unread"].toInt(), 1);
        QCOMPARE(m_smtp->messages().size(), 0);
    }

    // The project's end date near: each member told once per warning the sweep finds it within,
    // and again after an extension moves the date.
    void theSweepTellsOfAnEndDateOncePerWarning()
    {
        store::ProjectRepository projects(m_api->context().database());
        auto p1 = projects.find("P1");
        QVERIFY(p1.ok());
        domain::Project changed = p1.value();
        const QDate today = m_api->now().toTimeZone(QTimeZone("Europe/London")).date();
        changed.endDate = today.addDays(20);
        changed.extendedTo = {};
        QVERIFY(projects.save(changed).ok());
        server::NotificationMailer mailer(m_api->context());
        const int members = int(server::NotificationService::membersOf(changed).size());
        QCOMPARE(mailer.sweep(), members);
        QCOMPARE(mailer.sweep(), 0); // once
        QJsonArray near;
        for (const QJsonValue &v : list("res").json["items"].toArray()) {
            if (v["kind"].toString() == "end-date-near")
                near.append(v);
        }
        QCOMPARE(near.size(), 1);
        QCOMPARE(near.at(0)["state"].toString(), QString("20"));
        QCOMPARE(near.at(0)["detail"].toString(), today.addDays(20).toString(Qt::ISODate));
        // Extended past every warning: nothing; then within one again, a new notice.
        changed.extendedTo = today.addDays(200);
        QVERIFY(projects.save(changed).ok());
        QCOMPARE(mailer.sweep(), 0);
        changed.extendedTo = today.addDays(25);
        QVERIFY(projects.save(changed).ok());
        QCOMPARE(mailer.sweep(), members);
    }

    // The service desk's changes: an extension asked for tells the administrators, its decision
    // the lead; a suspension and a reopening every member.
    void theLifecycleTellsWhoWaits()
    {
        const QDate today = m_api->now().toTimeZone(QTimeZone("Europe/London")).date();
        Reply asked = m_api->call("POST", "/api/v1/projects/P1/extension-requests",
                                  json({{"new_end_date", today.addDays(400).toString(Qt::ISODate)},
                                        {"reason", "Data arrived late"}}),
                                  token("res"));
        QCOMPARE(asked.status, 201);
        const QString id = asked.json["id"].toString();
        auto kindsOf = [this](const QString &user) {
            QStringList kinds;
            for (const QJsonValue &v : list(user).json["items"].toArray())
                kinds.append(v["kind"].toString());
            return kinds;
        };
        QCOMPARE(kindsOf("admin"), QStringList{"extension-waiting"});
        QVERIFY(!kindsOf("res").contains("extension-waiting"));
        Reply decided =
            m_api->call("POST", "/api/v1/desk/extension-requests/" + id + "/decision",
                        json({{"approve", false}, {"reason", "Not enough reason given"}}), token("admin"));
        QCOMPARE(decided.status, 200);
        const QJsonArray mine = list("res").json["items"].toArray();
        QCOMPARE(mine.at(0)["kind"].toString(), QString("extension-decided"));
        QCOMPARE(mine.at(0)["state"].toString(), QString("refused"));
        QVERIFY(!QJsonDocument(mine.at(0).toObject()).toJson().contains("Not enough reason"));
        QCOMPARE(
            m_api->call("POST", "/api/v1/projects/P1/suspension", json({{"reason", "Audit"}}), token("admin"))
                .status,
            200);
        QVERIFY(kindsOf("res").contains("project-suspended"));
        QVERIFY(kindsOf("prov").contains("project-suspended"));
        QVERIFY(!kindsOf("checker").contains("project-suspended"));
    }

    // The message's form: a header never carries a line break, a line of a dot is doubled, a
    // non-ASCII subject is encoded, and only plain addresses are used.
    void theMessageIsWellFormed()
    {
        const server::MailMessage m{"srs@service.example", "res@research.example", "Côté\r\nBcc: x@y.example",
                                    "one\r\n.\r\n..two\nthree"};
        const QByteArray bytes = server::formatMail(m, QDateTime(QDate(2026, 12, 7), QTime(9, 5), Qt::UTC),
                                                    "id\r\nX: y@service.example");
        QVERIFY2(bytes.contains("Date: Mon, 07 Dec 2026 09:05:00 +0000\r\n"), bytes.constData());
        QVERIFY2(bytes.contains("Subject: =?UTF-8?B?"), bytes.constData());
        QVERIFY2(!bytes.contains("\r\nBcc"), bytes.constData());
        QVERIFY2(!bytes.contains("\r\nX: y"), bytes.constData());
        QVERIFY2(bytes.contains("\r\n\r\none\r\n..\r\n...two\r\nthree\r\n"), bytes.constData());
        QVERIFY(server::isPlainMailAddress("res@research.example"));
        QVERIFY(!server::isPlainMailAddress("res@research.example>\r\nRCPT TO:<x@y.example"));
        QVERIFY(!server::isPlainMailAddress("Res <res@research.example>"));
        QVERIFY(!server::isPlainMailAddress("res"));
        QVERIFY(!server::sendMail(m_smtp->url(), {"srs@service.example", "a b@c.example", "s", "b"}).ok());
    }
};

QTEST_GUILESS_MAIN(TestNotifications)
#include "tst_notifications.moc"
