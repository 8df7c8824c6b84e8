// A project's lifecycle through the server's API over real mutual TLS, on SQLite and on
// PostgreSQL (SRS_TEST_BACKEND): the lead asks for an extension and an administrator approves it
// (the project's end date moves) or refuses it (the lead sees why); completion closes the
// workspace and keeps the publications; suspension closes it until reopening; the end-date
// warning follows the server's clock; every decision is in the audit chain.

#include "ApiHarness.h"

#include "store/AuditLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace srs::testing;

namespace {

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString day(QDate d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

class TestLifecycleApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<ApiHarness> m_api;
    QString m_res;
    QString m_admin;
    QString m_prov;

    Reply res(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        return m_api->call(method, "/api/v1" + path, body, m_res, Device::SafeRoom);
    }
    Reply admin(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        return m_api->call(method, "/api/v1" + path, body, m_admin, Device::SafeRoom);
    }
    QDate today() const { return m_api->now().toUTC().date(); }

    // P1 as the lead's project list has it.
    QJsonObject p1InList()
    {
        const Reply r = res("GET", "/projects");
        for (const QJsonValue &v : r.json.value("projects").toArray()) {
            if (v.toObject().value("id").toString() == "P1")
                return v.toObject();
        }
        return {};
    }

    QString ask(QDate newEnd, const QString &reason = "Data arrived late")
    {
        const Reply r = res("POST", "/projects/P1/extension-requests",
                            json({{"new_end_date", day(newEnd)}, {"reason", reason}}));
        if (r.status != 201)
            qWarning("asking: HTTP %d %s", r.status, r.body.constData());
        return r.json.value("id").toString();
    }

    bool hasAuditEvent(const QString &action)
    {
        auto q =
            m_api->context().database().exec("SELECT count(*) FROM audit_events WHERE action = ?", {action});
        return q && q->next() && q->value(0).toInt() > 0;
    }

private slots:
    void init()
    {
        m_api = std::make_unique<ApiHarness>();
        QVERIFY2(m_api->start(), qPrintable(m_api->error()));
        m_res = m_api->signIn("res", Device::SafeRoom);
        m_api->advance(30);
        m_admin = m_api->signIn("admin", Device::SafeRoom);
        m_api->advance(30);
        m_prov = m_api->signIn("prov", Device::SafeRoom);
        QVERIFY(!m_res.isEmpty() && !m_admin.isEmpty() && !m_prov.isEmpty());
    }
    void cleanup() { m_api.reset(); }

    void approvalMovesTheEndDate()
    {
        const QDate end = QDate::fromString(p1InList().value("end_date").toString(), Qt::ISODate);
        QVERIFY(end.isValid());
        QCOMPARE(p1InList().value("my_role").toString(), QString("lead"));
        QVERIFY(p1InList().value("open_extension").isNull());

        // Not after the current end, and no reason: refused naming the field.
        Reply r = res("POST", "/projects/P1/extension-requests",
                      json({{"new_end_date", day(end)}, {"reason", "x"}}));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json.value("field").toString(), QString("new_end_date"));
        r = res("POST", "/projects/P1/extension-requests",
                json({{"new_end_date", day(end.addDays(90))}, {"reason", "  "}}));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json.value("field").toString(), QString("reason"));

        const QString id = ask(end.addDays(90));
        QVERIFY(!id.isEmpty());
        QVERIFY(hasAuditEvent("project.extension-requested"));
        // One open request a project.
        r = res("POST", "/projects/P1/extension-requests",
                json({{"new_end_date", day(end.addDays(120))}, {"reason", "More"}}));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.code(), QString("lifecycle-request-open"));
        QCOMPARE(p1InList().value("open_extension").toObject().value("id").toString(), id);

        // The administrator's desk lists it with the project's current end.
        r = admin("GET", "/desk/extension-requests");
        QCOMPARE(r.status, 200);
        const QJsonArray pending = r.json.value("extension_requests").toArray();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.at(0).toObject().value("requested_by").toString(), QString("res"));
        QCOMPARE(pending.at(0).toObject().value("current_end_date").toString(), day(end));
        QCOMPARE(pending.at(0).toObject().value("new_end_date").toString(), day(end.addDays(90)));

        // A reason is needed for approval too.
        r = admin("POST", "/desk/extension-requests/" + id + "/decision",
                  json({{"approve", true}, {"reason", ""}}));
        QCOMPARE(r.status, 422);
        r = admin("POST", "/desk/extension-requests/" + id + "/decision",
                  json({{"approve", true}, {"reason", "Agreed with the data owner"}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value("state").toString(), QString("approved"));
        QVERIFY(hasAuditEvent("project.extension-approved"));

        // The end date has moved, at once (the server's project cache forgets the project).
        const QJsonObject p1 = p1InList();
        QCOMPARE(p1.value("extended_to").toString(), day(end.addDays(90)));
        QVERIFY(p1.value("open_extension").isNull());
        r = res("GET", "/projects/P1");
        QCOMPARE(r.json.value("extended_to").toString(), day(end.addDays(90)));

        // Decided is decided; the desk is empty again.
        r = admin("POST", "/desk/extension-requests/" + id + "/decision",
                  json({{"approve", false}, {"reason", "Changed my mind"}}));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.code(), QString("lifecycle-request-decided"));
        QCOMPARE(admin("GET", "/desk/extension-requests").json.value("extension_requests").toArray().size(),
                 0);
    }

    void refusalSaysWhy()
    {
        const QDate end = QDate::fromString(p1InList().value("end_date").toString(), Qt::ISODate);
        const QString id = ask(end.addDays(400));
        QVERIFY(!id.isEmpty());
        Reply r = admin("POST", "/desk/extension-requests/" + id + "/decision",
                        json({{"approve", false}, {"reason", "The data owner allows one year at most"}}));
        QCOMPARE(r.status, 200);
        QVERIFY(hasAuditEvent("project.extension-refused"));
        // The lead and the other members see the refusal and its reason.
        for (const QString &token : {m_res, m_prov}) {
            r = m_api->call("GET", "/api/v1/projects/P1/extension-requests", {}, token, Device::SafeRoom);
            QCOMPARE(r.status, 200);
            const QJsonObject x = r.json.value("extension_requests").toArray().at(0).toObject();
            QCOMPARE(x.value("state").toString(), QString("refused"));
            QCOMPARE(x.value("decision_reason").toString(),
                     QString("The data owner allows one year at most"));
            QCOMPARE(x.value("decided_by_name").toString(), QString("ADMIN"));
        }
        QVERIFY(p1InList().value("extended_to").isNull());
        // Refused, the project may ask again.
        QVERIFY(!ask(end.addDays(300)).isEmpty());
    }

    void completionClosesTheWorkspace()
    {
        const QDate end = QDate::fromString(p1InList().value("end_date").toString(), Qt::ISODate);
        const QString open = ask(end.addDays(30));
        QVERIFY(!open.isEmpty());
        QCOMPARE(res("GET", "/projects/P1/workspace").status, 200);

        Reply r = res(
            "POST", "/projects/P1/completion",
            json({{"publications", QJsonArray{QJsonObject{{"title", "Paper"}, {"link", "ftp://x.org/p"}}}}}));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json.value("field").toString(), QString("publications[0].link"));
        r = m_api->call("POST", "/api/v1/projects/P1/completion", json({{"publications", QJsonArray{}}}),
                        m_prov, Device::SafeRoom);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.code(), QString("lifecycle-not-lead"));

        const QJsonArray pubs{QJsonObject{{"title", "Commuting and health"}, {"link", "10.1234/abcd.5"}},
                              QJsonObject{{"title", "Working paper"}, {"link", "https://example.org/wp/7"}}};
        r = res("POST", "/projects/P1/completion", json({{"publications", pubs}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value("status").toString(), QString("completed"));
        QVERIFY(hasAuditEvent("project.completed"));

        // The workspace is closed: no browsing, checks, submissions or files brought in.
        r = res("GET", "/projects/P1/workspace");
        QCOMPARE(r.status, 403);
        QCOMPARE(r.code(), QString("project-not-active"));
        QCOMPARE(res("POST", "/projects/P1/checks", R"({"tables":[{"file":"outputs/table.csv"}]})").code(),
                 QString("project-not-active"));
        QCOMPARE(res("GET", "/projects/P1/ingests").code(), QString("project-not-active"));
        // Shown as completed with its publications.
        const QJsonObject p1 = p1InList();
        QCOMPARE(p1.value("status").toString(), QString("completed"));
        QCOMPARE(p1.value("access").toObject().value("code").toString(), QString("project-not-active"));
        QCOMPARE(p1.value("publications").toArray(), pubs);
        // Completed is final.
        QCOMPARE(res("POST", "/projects/P1/completion", json({{"publications", QJsonArray{}}})).status, 409);
        QCOMPARE(admin("POST", "/projects/P1/suspension", json({{"reason", "x"}})).code(),
                 QString("lifecycle-wrong-status"));
        QCOMPARE(admin("POST", "/projects/P1/reopening", json({{"reason", "x"}})).code(),
                 QString("lifecycle-wrong-status"));
        r = admin("POST", "/desk/extension-requests/" + open + "/decision",
                  json({{"approve", true}, {"reason", "ok"}}));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.code(), QString("lifecycle-wrong-status"));
        // The administrators' list shows it completed, with its publications.
        r = admin("GET", "/desk/projects");
        bool seen = false;
        for (const QJsonValue &v : r.json.value("projects").toArray()) {
            if (v.toObject().value("id").toString() != "P1")
                continue;
            seen = true;
            QCOMPARE(v.toObject().value("status").toString(), QString("completed"));
            QCOMPARE(v.toObject().value("publications").toArray().size(), 2);
            QCOMPARE(v.toObject().value("lead").toString(), QString("res"));
        }
        QVERIFY(seen);
    }

    void suspensionAndReopening()
    {
        Reply r = admin("POST", "/projects/P1/suspension", json({{"reason", " "}}));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json.value("field").toString(), QString("reason"));
        r = admin("POST", "/projects/P1/suspension", json({{"reason", "Investigating a possible breach"}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value("status").toString(), QString("suspended"));
        QVERIFY(hasAuditEvent("project.suspended"));
        r = res("GET", "/projects/P1/workspace");
        QCOMPARE(r.status, 403);
        QCOMPARE(r.code(), QString("project-not-active"));
        QCOMPARE(p1InList().value("status").toString(), QString("suspended"));
        // Suspended: the lead may still ask for more time, not report completion.
        const QDate end = QDate::fromString(p1InList().value("end_date").toString(), Qt::ISODate);
        QVERIFY(!ask(end.addDays(60)).isEmpty());
        QCOMPARE(res("POST", "/projects/P1/completion", json({{"publications", QJsonArray{}}})).code(),
                 QString("lifecycle-wrong-status"));
        QCOMPARE(admin("POST", "/projects/P1/suspension", json({{"reason", "again"}})).status, 409);

        r = admin("POST", "/projects/P1/reopening", json({{"reason", "No breach found"}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value("status").toString(), QString("active"));
        QVERIFY(hasAuditEvent("project.reopened"));
        QCOMPARE(res("GET", "/projects/P1/workspace").status, 200);
        auto q = m_api->context().database().exec(
            "SELECT count(*) FROM project_status_changes WHERE project_id = 'P1' AND reason <> ''");
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 2);
    }

    void endWarningFollowsTheClock()
    {
        const QDate end = QDate::fromString(p1InList().value("end_date").toString(), Qt::ISODate);
        const qint64 left = today().daysTo(end);
        QVERIFY(left > 60);
        QCOMPARE(p1InList().value("end_warning_days").toInt(), 0);
        // To 25 days before the end (sign in again: the session would have gone idle).
        m_api->advance((left - 25) * 86400);
        m_res = m_api->signIn("res", Device::SafeRoom);
        QVERIFY(!m_res.isEmpty());
        QCOMPARE(p1InList().value("end_warning_days").toInt(), 30);
        m_api->advance(20 * 86400);
        m_res = m_api->signIn("res", Device::SafeRoom);
        QCOMPARE(p1InList().value("end_warning_days").toInt(), 7);
    }

    void theAuditChainHoldsEveryDecision()
    {
        const QDate end = QDate::fromString(p1InList().value("end_date").toString(), Qt::ISODate);
        const QString id = ask(end.addDays(10));
        QCOMPARE(admin("POST", "/desk/extension-requests/" + id + "/decision",
                       json({{"approve", true}, {"reason", "Fine"}}))
                     .status,
                 200);
        QCOMPARE(admin("POST", "/projects/P2/suspension", json({{"reason", "Audit"}})).status, 200);
        auto verified = srs::store::AuditLog(m_api->context().database()).verify();
        QVERIFY2(verified.ok(), qPrintable(verified.errorString()));
        QVERIFY2(verified->intact, qPrintable(verified->reason));
        QVERIFY(hasAuditEvent("project.extension-approved") && hasAuditEvent("project.suspended"));
    }
};

QTEST_GUILESS_MAIN(TestLifecycleApi)
#include "tst_lifecycle_api.moc"
