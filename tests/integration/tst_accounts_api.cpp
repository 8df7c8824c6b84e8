// Administrators managing accounts through the server over mutual TLS, on SQLite and on
// PostgreSQL (SRS_TEST_BACKEND): a person added answers their secrets once and those let them
// sign in (and are stored only as a hash and a sealed secret, never in the audit log); every
// change takes effect on the next request of the person changed (disabled, roles, membership,
// accreditation, sessions ended, a new TOTP secret, a device revoked) and is an audit event by
// the administrator with the reason given.

#include "ApiHarness.h"

#include "crypto/Totp.h"
#include "store/AuditLog.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace srs::testing;

namespace {

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

const QByteArray Because = R"({"reason":"left the organisation"})";

} // namespace

class TestAccountsApi : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ApiHarness> m_api;

    QString signIn(const QString &user, Device device = Device::SafeRoom)
    {
        m_api->advance(30); // a fresh TOTP time step
        Reply r;
        const QString token = m_api->signIn(user, device, &r);
        if (token.isEmpty())
            qWarning("sign-in of %s failed: %d %s", qPrintable(user), r.status, r.body.constData());
        return token;
    }

    Reply signInWith(const QString &user, const QByteArray &password, const QByteArray &code)
    {
        const QJsonObject body{{"username", user},
                               {"password", QString::fromUtf8(password)},
                               {"totp_code", QString::fromLatin1(code)}};
        return m_api->call("POST", "/api/v1/sessions", json(body), {}, Device::SafeRoom);
    }

    QByteArray codeFor(const QByteArray &base32Secret)
    {
        auto secret = srs::crypto::base32Decode(base32Secret);
        if (!secret)
            return {};
        const srs::crypto::Totp totp(std::move(*secret));
        return totp.codeAt(m_api->now().toSecsSinceEpoch());
    }

    // The last audit event with this action.
    std::optional<srs::store::AuditEvent> lastEvent(const QString &action)
    {
        auto events = srs::store::AuditLog(m_api->context().database()).list(0, 100000);
        if (!events)
            return std::nullopt;
        for (auto it = events->crbegin(); it != events->crend(); ++it)
            if (it->action == action)
                return *it;
        return std::nullopt;
    }

private slots:
    void init()
    {
        m_api = std::make_unique<ApiHarness>();
        QVERIFY2(m_api->start(), qPrintable(m_api->error()));
    }
    void cleanup() { m_api.reset(); }

    void aPersonAddedSignsInWithTheSecretsShownOnce()
    {
        const QString admin = signIn("admin");
        QVERIFY(!admin.isEmpty());
        const QByteArray body =
            R"({"username":"nia.evans","display_name":"Nia Evans","email":"nia@example.ac.uk","roles":["output-checker"]})";
        const Reply created = m_api->call("POST", "/api/v1/admin/users", body, admin);
        QCOMPARE(created.status, 201);
        const QByteArray password = created.json["initial_password"].toString().toUtf8();
        const QByteArray secret = created.json["totp_secret"].toString().toLatin1();
        QCOMPARE(password.size(), 23); // 20 characters in groups of five
        QVERIFY(!secret.isEmpty());
        QVERIFY(created.json["otpauth_uri"].toString().startsWith("otpauth://totp/SRS:nia.evans?secret=" +
                                                                  QString::fromLatin1(secret)));
        QVERIFY(created.json["notice"].toString().contains("shown only now"));
        const QString id = created.json["account"].toObject()["id"].toString();
        QVERIFY(!id.isEmpty());

        // Never again: not in the person's record, the directory, the database or the audit log.
        const Reply person = m_api->call("GET", "/api/v1/admin/users/" + id, {}, admin);
        QCOMPARE(person.status, 200);
        QVERIFY(!person.body.contains(password) && !person.body.contains(secret));
        const Reply directory = m_api->call("GET", "/api/v1/admin/users", {}, admin);
        QVERIFY(!directory.body.contains(password) && !directory.body.contains(secret));
        auto stored = m_api->context().database().exec(
            "SELECT password_hash, totp_secret FROM users WHERE id = ?", {id});
        QVERIFY(stored.ok() && stored->next());
        QVERIFY(stored->value(0).toString().startsWith("$argon2id$"));
        QVERIFY(!stored->value(1).toString().toLatin1().contains(secret));
        const auto event = lastEvent("user.created");
        QVERIFY(event);
        QCOMPARE(event->actor, QString("u-admin"));
        const QByteArray details = QJsonDocument(event->details).toJson();
        QVERIFY(!details.contains(password) && !details.contains(secret));

        // The secrets let the person in (an output checker needs no accreditation).
        m_api->advance(30);
        const Reply in = signInWith("nia.evans", password, codeFor(secret));
        QVERIFY2(in.status == 201, in.body.constData());
        QCOMPARE(in.json["user"].toObject()["username"].toString(), QString("nia.evans"));
        m_api->advance(30);
        QCOMPARE(signInWith("nia.evans", "not the password", codeFor(secret)).status, 401);
    }

    void aDisabledPersonIsRefusedOnTheirNextRequest()
    {
        const QString res = signIn("res");
        const QString admin = signIn("admin");
        QCOMPARE(m_api->call("GET", "/api/v1/me", {}, res).status, 200);
        const Reply disabled = m_api->call("POST", "/api/v1/admin/users/u-res/disable", Because, admin);
        QCOMPARE(disabled.status, 200);
        QCOMPARE(disabled.json["disabled"].toBool(), true);
        const Reply next = m_api->call("GET", "/api/v1/me", {}, res);
        QCOMPARE(next.status, 403);
        QCOMPARE(next.code(), QString("account-disabled"));
        const auto event = lastEvent("user.disabled");
        QVERIFY(event);
        QCOMPARE(event->actor, QString("u-admin"));
        QCOMPARE(event->details["reason"].toString(), QString("left the organisation"));
        QCOMPARE(signIn("res"), QString());

        QCOMPARE(m_api->call("POST", "/api/v1/admin/users/u-res/enable", "{}", admin).status, 200);
        QCOMPARE(m_api->call("GET", "/api/v1/me", {}, res).code(),
                 QString("session-expired")); // ended before
        QVERIFY(!signIn("res").isEmpty());
    }

    void rolesMembershipAndAccreditationTakeEffectAtOnce()
    {
        const QString checker = signIn("rescheck"); // a researcher who is also an output checker
        const QString prov = signIn("prov");
        const QString sup = signIn("sup");
        const QString admin = signIn("admin");
        // Read once, so that the server holds each in its cache.
        QCOMPARE(m_api->call("GET", "/api/v1/review/queue", {}, checker).status, 200);
        QCOMPARE(m_api->call("GET", "/api/v1/projects/P1", {}, prov).status, 200);
        QCOMPARE(m_api->call("GET", "/api/v1/projects/P1", {}, sup).status, 200);

        Reply r =
            m_api->call("PUT", "/api/v1/admin/users/u-rescheck/roles", R"({"roles":["researcher"]})", admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["roles"].toArray(), QJsonArray({"researcher"}));
        QCOMPARE(m_api->call("GET", "/api/v1/review/queue", {}, checker).code(),
                 QString("not-an-output-checker"));
        QCOMPARE(lastEvent("user.roles-changed")->details["to"].toArray(), QJsonArray({"researcher"}));

        r = m_api->call("DELETE", "/api/v1/admin/projects/P4/members/u-prov", {}, admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(m_api->call("GET", "/api/v1/projects/P4", {}, prov).status, 404);
        r = m_api->call("PUT", "/api/v1/admin/projects/P2/members/u-prov", R"({"role":"member"})", admin);
        QCOMPARE(r.status, 200);
        bool onP2 = false;
        for (const auto &p : r.json["projects"].toArray())
            onP2 = onP2 || p.toObject()["id"].toString() == "P2";
        QVERIFY(onP2);

        r = m_api->call("POST", "/api/v1/admin/users/u-sup/accreditation/revocation", Because, admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["accreditation"].toObject()["revoked"].toBool(), true);
        QCOMPARE(m_api->call("GET", "/api/v1/projects/P1", {}, sup).code(), QString("accreditation-revoked"));
        r = m_api->call(
            "POST", "/api/v1/admin/users/u-sup/accreditation",
            json({{"kind", "full"}, {"valid_from", m_api->now().date().addDays(-1).toString(Qt::ISODate)}}),
            admin);
        QCOMPARE(r.status, 201);
        QCOMPARE(m_api->call("GET", "/api/v1/projects/P1", {}, sup).status, 200);
    }

    void endedSessionsAndANewTotpSecret()
    {
        const QString sup = signIn("sup");
        const QString admin = signIn("admin");
        Reply r = m_api->call("POST", "/api/v1/admin/users/u-sup/sessions/end", Because, admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(m_api->call("GET", "/api/v1/me", {}, sup).code(), QString("session-expired"));
        QCOMPARE(lastEvent("user.sessions-ended")->details["sessions_ended"].toInt(), 1);

        r = m_api->call("POST", "/api/v1/admin/users/u-sup/totp-reset", Because, admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["initial_password"].toString(), QString());
        const QByteArray secret = r.json["totp_secret"].toString().toLatin1();
        QVERIFY(!secret.isEmpty());
        m_api->advance(30);
        const Reply old = signInWith("sup", ApiHarness::Password, m_api->totpCode("sup"));
        QCOMPARE(old.status, 401); // the old authenticator's codes no longer work
        const Reply fresh = signInWith("sup", ApiHarness::Password, codeFor(secret));
        QVERIFY2(fresh.status == 201, fresh.body.constData());
        const QByteArray details = QJsonDocument(lastEvent("user.totp-reset")->details).toJson();
        QVERIFY(!details.contains(secret));
    }

    void aDeviceRevokedByItsFingerprint()
    {
        const QString res = signIn("res", Device::Laptop);
        const QString admin = signIn("admin");
        const Reply person = m_api->call("GET", "/api/v1/admin/users/u-res", {}, admin);
        QCOMPARE(person.status, 200);
        const QJsonArray devices = person.json["devices"].toArray();
        QCOMPARE(devices.size(), 1);
        const QString fingerprint = devices.first().toObject()["fingerprint"].toString();
        const QString serial = devices.first().toObject()["serial"].toString();
        QCOMPARE(fingerprint.size(), 64);
        Reply r = m_api->call("POST", "/api/v1/admin/devices/revocations",
                              json({{"fingerprint", fingerprint}, {"reason", "laptop lost"}}), admin);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json["serial"].toString(), serial);
        QCOMPARE(r.json["changed"].toBool(), true);
        QCOMPARE(r.json["sessions_ended"].toInt(), 1);
        QCOMPARE(m_api->call("GET", "/api/v1/me", {}, res, Device::Laptop).code(), QString("device-revoked"));
        QCOMPARE(lastEvent("device.revoked")->details["note"].toString(), QString("laptop lost"));
        r = m_api->call("POST", "/api/v1/admin/devices/revocations",
                        json({{"fingerprint", QString(64, 'a')}, {"reason", "unknown"}}), admin);
        QCOMPARE(r.status, 404);
    }

    void refusalsAreAudited()
    {
        const QString admin = signIn("admin");
        const int before = m_api->auditEventCount();
        const Reply r = m_api->call("POST", "/api/v1/admin/users/u-admin/disable", Because, admin);
        QCOMPARE(r.code(), QString("account-self-disable"));
        QVERIFY(m_api->auditEventCount() > before);
        QVERIFY(!r.json["message"].toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccountsApi)
#include "tst_accounts_api.moc"
