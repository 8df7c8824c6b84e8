// Data owners' approval through the real server: mapping a dataset whose owner requires approval
// makes a request, and the dataset's files do not appear in the project's workspace until the
// owner approves; refusal leaves it unmapped; withdrawal ends the mapping with the lead told why;
// several approvals from different people when the owner asks for them; and the public
// data-access register (route, JSON and CSV). Runs on SQLite and on PostgreSQL
// (SRS_TEST_BACKEND).

#include "ApiHarness.h"

#include "services/DataOwnerService.h"
#include "services/ProjectService.h"
#include "store/DataOwnerRepository.h"
#include "store/Database.h"
#include "store/ProjectRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace srs;
using namespace srs::testing;

class TestOwnersApi : public QObject
{
    Q_OBJECT
private:
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
    Reply get(const QString &user, const QString &path) { return m_api->call("GET", path, {}, token(user)); }
    // The kinds and states of the person's notices about approval request `aid`, newest first.
    QStringList noticesOf(const QString &user, const QString &aid)
    {
        QStringList out;
        for (const QJsonValue &v :
             get(user, QStringLiteral("/api/v1/notifications")).json["items"].toArray()) {
            if (v["subject_id"].toString() == aid)
                out.append(v["kind"].toString() + u':' + v["state"].toString());
        }
        return out;
    }
    Reply post(const QString &user, const QString &path, const QJsonObject &body)
    {
        return m_api->call("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token(user));
    }
    // Every path the project's workspace lists now (what a client that synced from nothing holds).
    QStringList workspacePaths(const QString &project)
    {
        const Reply r =
            get(QStringLiteral("res"), QStringLiteral("/api/v1/projects/%1/workspace").arg(project));
        QStringList out;
        for (const QJsonValue &e : r.json[QStringLiteral("added")].toArray())
            out.append(e[QStringLiteral("path")].toString());
        return out;
    }
    qint64 workspaceRevision(const QString &project)
    {
        return get(QStringLiteral("res"), QStringLiteral("/api/v1/projects/%1/workspace").arg(project))
            .json[QStringLiteral("revision")]
            .toInteger();
    }
    // The panel's extract, D3, in the project's workspace folder.
    bool writeExtract(const QString &project)
    {
        const QString dir = m_api->context().workspaceFolder(project) + QStringLiteral("/datasets/D3");
        if (!QDir().mkpath(dir))
            return false;
        QFile f(dir + QStringLiteral("/panel.csv"));
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write("hh,wave\n1,1\n");
        f.close();
        return server::WorkspaceScanner(m_api->context()).scanAll().ok();
    }
    QString requestD3(const QString &project)
    {
        auto asked = server::DataOwnerService::requestDataset(m_api->context(), project, QStringLiteral("D3"),
                                                              QStringLiteral("admin-cli"));
        return asked && !asked->mapped ? asked->approvalId : QString();
    }
    QStringList auditActions()
    {
        auto q =
            m_api->context().database().exec(QStringLiteral("SELECT action FROM audit_events ORDER BY seq"));
        QStringList out;
        while (q && q->next())
            out.append(q->value(0).toString());
        return out;
    }

private slots:
    void init()
    {
        m_api = std::make_unique<ApiHarness>();
        QVERIFY2(m_api->start(), qPrintable(m_api->error()));
        m_tokens.clear();
    }
    void cleanup() { m_api.reset(); }

    void filesAppearOnlyOnceTheOwnerApproves()
    {
        QVERIFY(writeExtract(QStringLiteral("P1")));
        QVERIFY2(!workspacePaths(QStringLiteral("P1")).contains(QStringLiteral("datasets/D3/panel.csv")),
                 "an unmapped dataset's files are not listed");
        const QString aid = requestD3(QStringLiteral("P1"));
        QVERIFY(!aid.isEmpty());
        QVERIFY(auditActions().contains(QStringLiteral("dataset-approval.requested")));

        // The team sees the dataset waiting; its files still do not appear.
        Reply project = get(QStringLiteral("res"), QStringLiteral("/api/v1/projects/P1"));
        QCOMPARE(project.status, 200);
        QCOMPARE(project.json[QStringLiteral("awaiting_approval")].toArray().size(), 1);
        QCOMPARE(project.json[QStringLiteral("awaiting_approval")][0][QStringLiteral("id")].toString(),
                 QStringLiteral("D3"));
        QVERIFY(!workspacePaths(QStringLiteral("P1")).contains(QStringLiteral("datasets/D3/panel.csv")));
        const qint64 before = workspaceRevision(QStringLiteral("P1"));

        // The owner's approver sees what they need to decide.
        Reply requests = get(QStringLiteral("owner"), QStringLiteral("/api/v1/owner/requests"));
        QCOMPARE(requests.status, 200);
        QJsonObject mine;
        for (const QJsonValue &r : requests.json[QStringLiteral("requests")].toArray())
            if (r[QStringLiteral("id")].toString() == aid)
                mine = r.toObject();
        QCOMPARE(mine[QStringLiteral("state")].toString(), QStringLiteral("pending"));
        QCOMPARE(mine[QStringLiteral("project_id")].toString(), QStringLiteral("P1"));
        QCOMPARE(mine[QStringLiteral("dataset")][QStringLiteral("id")].toString(), QStringLiteral("D3"));
        QCOMPARE(mine[QStringLiteral("team")].toArray().size(), 6);
        bool expiredShown = false;
        for (const QJsonValue &m : mine[QStringLiteral("team")].toArray())
            expiredShown |= m[QStringLiteral("display_name")].toString() == QStringLiteral("EXPIRED") &&
                            m[QStringLiteral("accreditation")].toString() == QStringLiteral("expired");
        QVERIFY(expiredShown);
        // Another owner's approver does not see it.
        Reply others = get(QStringLiteral("owner2"), QStringLiteral("/api/v1/owner/requests"));
        QCOMPARE(others.status, 200);
        QVERIFY(!others.body.contains(aid.toUtf8()));

        Reply decided =
            post(QStringLiteral("owner"), QStringLiteral("/api/v1/owner/requests/%1/decision").arg(aid),
                 {{QStringLiteral("approve"), true}, {QStringLiteral("reason"), QStringLiteral("ok")}});
        QVERIFY2(decided.status == 200, decided.body.constData());
        QCOMPARE(decided.json[QStringLiteral("state")].toString(), QStringLiteral("approved"));
        QVERIFY(auditActions().contains(QStringLiteral("dataset-approval.approved")));

        // Mapped: the files appear, to a client that synced before too.
        QVERIFY(workspacePaths(QStringLiteral("P1")).contains(QStringLiteral("datasets/D3/panel.csv")));
        Reply since =
            get(QStringLiteral("res"), QStringLiteral("/api/v1/projects/P1/workspace?since=%1").arg(before));
        QVERIFY(since.body.contains("datasets/D3/panel.csv"));
        project = get(QStringLiteral("res"), QStringLiteral("/api/v1/projects/P1"));
        QCOMPARE(project.json[QStringLiteral("awaiting_approval")].toArray().size(), 0);
        bool listed = false;
        for (const QJsonValue &d : project.json[QStringLiteral("datasets")].toArray())
            listed |= d[QStringLiteral("id")].toString() == QStringLiteral("D3");
        QVERIFY(listed);
        // Answered: not again.
        Reply again =
            post(QStringLiteral("ownerb"), QStringLiteral("/api/v1/owner/requests/%1/decision").arg(aid),
                 {{QStringLiteral("approve"), true}});
        QCOMPARE(again.status, 409);
        QCOMPARE(again.code(), QStringLiteral("approval.wrong-state"));
    }

    void refusalLeavesTheDatasetUnmapped()
    {
        QVERIFY(writeExtract(QStringLiteral("P1")));
        const QString aid = requestD3(QStringLiteral("P1"));
        const QString path = QStringLiteral("/api/v1/owner/requests/%1/decision").arg(aid);
        Reply bare = post(QStringLiteral("owner"), path, {{QStringLiteral("approve"), false}});
        QCOMPARE(bare.status, 422);
        QCOMPARE(bare.code(), QStringLiteral("approval.reason-required"));
        Reply refused = post(
            QStringLiteral("owner"), path,
            {{QStringLiteral("approve"), false}, {QStringLiteral("reason"), QStringLiteral("No consent.")}});
        QCOMPARE(refused.status, 200);
        QCOMPARE(refused.json[QStringLiteral("state")].toString(), QStringLiteral("refused"));
        QCOMPARE(noticesOf(QStringLiteral("res"), aid),
                 QStringList{QStringLiteral("approval-decided:refused")});
        QVERIFY(auditActions().contains(QStringLiteral("dataset-approval.refused")));
        QVERIFY(!workspacePaths(QStringLiteral("P1")).contains(QStringLiteral("datasets/D3/panel.csv")));
        Reply project = get(QStringLiteral("res"), QStringLiteral("/api/v1/projects/P1"));
        QCOMPARE(project.json[QStringLiteral("awaiting_approval")].toArray().size(), 0);
        QVERIFY(!project.body.contains("\"D3\""));
        // The researcher cannot approve it, refused or not.
        QCOMPARE(post(QStringLiteral("res"), path, {{QStringLiteral("approve"), true}}).status, 403);
    }

    void twoApprovalsFromTwoPeople()
    {
        QVERIFY(store::DataOwnerRepository(m_api->context().database())
                    .saveOwner({QStringLiteral("OWN1"), QStringLiteral("Panel Trust"), true, 2})
                    .ok());
        const QString aid = requestD3(QStringLiteral("P1"));
        const QString path = QStringLiteral("/api/v1/owner/requests/%1/decision").arg(aid);
        Reply first = post(QStringLiteral("owner"), path, {{QStringLiteral("approve"), true}});
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json[QStringLiteral("state")].toString(), QStringLiteral("pending"));
        QCOMPARE(first.json[QStringLiteral("votes")].toArray().size(), 1);
        QVERIFY(first.json[QStringLiteral("answered_by_me")].toBool());
        Reply twice = post(QStringLiteral("owner"), path, {{QStringLiteral("approve"), true}});
        QCOMPARE(twice.status, 409);
        QCOMPARE(twice.code(), QStringLiteral("approval.already-voted"));
        // The lead is told only once the owner has decided, not of the first vote.
        QCOMPARE(noticesOf(QStringLiteral("res"), aid), QStringList());
        Reply second = post(QStringLiteral("ownerb"), path, {{QStringLiteral("approve"), true}});
        QCOMPARE(second.status, 200);
        QCOMPARE(second.json[QStringLiteral("state")].toString(), QStringLiteral("approved"));
        QCOMPARE(noticesOf(QStringLiteral("res"), aid),
                 QStringList{QStringLiteral("approval-decided:approved")});
        // Both of the owner's approvers were told it was waiting; the other owner's were not.
        QCOMPARE(noticesOf(QStringLiteral("owner"), aid),
                 QStringList{QStringLiteral("approval-waiting:pending")});
        QCOMPARE(noticesOf(QStringLiteral("ownerb"), aid),
                 QStringList{QStringLiteral("approval-waiting:pending")});
        QCOMPARE(noticesOf(QStringLiteral("owner2"), aid), QStringList());
    }

    void withdrawalEndsTheMappingAndSaysWhy()
    {
        QVERIFY(writeExtract(QStringLiteral("P1")));
        const QString aid = requestD3(QStringLiteral("P1"));
        QCOMPARE(post(QStringLiteral("owner"), QStringLiteral("/api/v1/owner/requests/%1/decision").arg(aid),
                      {{QStringLiteral("approve"), true}})
                     .status,
                 200);
        Reply using_ = get(QStringLiteral("owner"), QStringLiteral("/api/v1/owner/projects"));
        QCOMPARE(using_.status, 200);
        QCOMPARE(using_.json[QStringLiteral("projects")].toArray().size(), 1);
        QCOMPARE(using_.json[QStringLiteral("projects")][0][QStringLiteral("project_id")].toString(),
                 QStringLiteral("P1"));
        const qint64 before = workspaceRevision(QStringLiteral("P1"));

        const QString path = QStringLiteral("/api/v1/owner/projects/P1/datasets/D3/withdrawal");
        Reply bare = post(QStringLiteral("owner"), path, {{QStringLiteral("reason"), QStringLiteral("  ")}});
        QCOMPARE(bare.status, 422);
        QCOMPARE(
            post(QStringLiteral("owner2"), path, {{QStringLiteral("reason"), QStringLiteral("x")}}).status,
            404);
        QCOMPARE(
            post(QStringLiteral("admin"), path, {{QStringLiteral("reason"), QStringLiteral("x")}}).status,
            403);
        Reply withdrawn = post(QStringLiteral("ownerb"), path,
                               {{QStringLiteral("reason"), QStringLiteral("Consent withdrawn.")}});
        QVERIFY2(withdrawn.status == 200, withdrawn.body.constData());
        QCOMPARE(withdrawn.json[QStringLiteral("state")].toString(), QStringLiteral("withdrawn"));
        QCOMPARE(withdrawn.json[QStringLiteral("withdrawal_reason")].toString(),
                 QStringLiteral("Consent withdrawn."));
        QVERIFY(auditActions().contains(QStringLiteral("dataset-approval.withdrawn")));
        QCOMPARE(noticesOf(QStringLiteral("res"), aid),
                 (QStringList{QStringLiteral("approval-withdrawn:withdrawn"),
                              QStringLiteral("approval-decided:approved")}));
        // The mapping ended: the files go, and a client that had them is told.
        QVERIFY(!workspacePaths(QStringLiteral("P1")).contains(QStringLiteral("datasets/D3/panel.csv")));
        Reply since =
            get(QStringLiteral("res"), QStringLiteral("/api/v1/projects/P1/workspace?since=%1").arg(before));
        bool removed = false;
        for (const QJsonValue &e : since.json[QStringLiteral("removed")].toArray())
            removed |= e[QStringLiteral("path")].toString() == QStringLiteral("datasets/D3/panel.csv");
        QVERIFY(removed);
        // Once withdrawn, not again.
        QCOMPARE(
            post(QStringLiteral("owner"), path, {{QStringLiteral("reason"), QStringLiteral("again")}}).status,
            404);

        // The register keeps it, with when it was approved and withdrawn, naming no person.
        Reply reg = get(QStringLiteral("res"), QStringLiteral("/api/v1/register/projects"));
        QCOMPARE(reg.status, 200);
        QJsonObject p1;
        for (const QJsonValue &p : reg.json[QStringLiteral("projects")].toArray())
            if (p[QStringLiteral("project_id")].toString() == QStringLiteral("P1"))
                p1 = p.toObject();
        QJsonObject d3;
        for (const QJsonValue &d : p1[QStringLiteral("datasets")].toArray())
            if (d[QStringLiteral("dataset_id")].toString() == QStringLiteral("D3"))
                d3 = d.toObject();
        QCOMPARE(d3[QStringLiteral("owner")].toString(), QStringLiteral("Panel Trust"));
        QVERIFY(d3[QStringLiteral("approval_needed")].toBool());
        QVERIFY(!d3[QStringLiteral("approved_at")].toString().isEmpty());
        QVERIFY(!d3[QStringLiteral("withdrawn_at")].toString().isEmpty());
        QVERIFY(!reg.body.contains("OWNER") && !reg.body.contains("RES"));
    }

    void registerAsJsonAndCsv()
    {
        store::ProjectRepository projects(m_api->context().database());
        auto p1 = projects.find(QStringLiteral("P1"));
        QVERIFY(p1.ok());
        p1->purpose = QStringLiteral("=cmd|' /C calc'!A0");
        p1->leadOrganisation = QStringLiteral("Demo University");
        QVERIFY(projects.save(p1.value()).ok());
        m_api->context().projects().invalidate(QStringLiteral("P1"));
        const QString aid = requestD3(QStringLiteral("P1"));
        QCOMPARE(post(QStringLiteral("owner"), QStringLiteral("/api/v1/owner/requests/%1/decision").arg(aid),
                      {{QStringLiteral("approve"), true}})
                     .status,
                 200);

        auto entries = server::DataOwnerService::registerEntries(m_api->context());
        QVERIFY(entries.ok());
        Reply reg = get(QStringLiteral("checker"), QStringLiteral("/api/v1/register/projects"));
        QCOMPARE(reg.status, 200);
        QCOMPARE(reg.body, protocol::encodeProjectRegister(entries.value()));
        auto decoded = protocol::decodeProjectRegister(reg.body);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->size(), 4); // every project, with or without datasets

        const QByteArray csv = server::DataOwnerService::registerCsv(entries.value());
        const QList<QByteArray> lines = csv.split('\n');
        QVERIFY(lines.at(0).startsWith("project_id,project_title,purpose,lead_organisation,status"));
        // P1 has D1 and D3: two rows; the purpose is made text, not a formula.
        int p1Rows = 0;
        for (const QByteArray &line : lines) {
            if (!line.startsWith("P1,"))
                continue;
            ++p1Rows;
            QVERIFY2(line.contains(",\"'=cmd|' /C calc'!A0\",Demo University,"), line.constData());
        }
        QCOMPARE(p1Rows, 2);
        QVERIFY(csv.contains(",D3,Household panel,Panel Trust,yes,"));
        QVERIFY(!csv.contains("OWNER"));
    }
};

QTEST_GUILESS_MAIN(TestOwnersApi)
#include "tst_owners_api.moc"
