// Reviewing ingest requests through the real server over mutual TLS: one approval delivers a
// byte-identical file into the workspace, indexed at once; two approvals from different checkers
// when the service asks for two; a checker of the project, a researcher and a checker from home are
// refused; a rejection needs a comment and its quarantined copy goes after the retention (the
// server's clock moved on); a symbolic link planted at ingest/ refuses the delivery without
// writing outside, and the sweep delivers once it is gone; a file with a "refused" finding can
// only be rejected, one with a "flag" finding approved with a comment; `ingest export` lists it
// all. Runs on SQLite and on PostgreSQL (SRS_TEST_BACKEND).

#include "ApiHarness.h"
#include "ClamdFixture.h"
#include "ServerProcess.h"

#include "services/IngestChecks.h"
#include "services/IngestReviewService.h"
#include "services/IngestService.h"
#include "services/ServerConfig.h"
#include "store/AuditLog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace srs::testing;

namespace {

constexpr qint64 Chunk = 64 * 1024;

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray vote(const char *decision, const QString &comment = {})
{
    return json(QJsonObject{{"decision", decision}, {"comment", comment}});
}

QJsonObject fileOf(const Reply &review, int index)
{
    return review.json["files"].toArray().at(index).toObject();
}

const QByteArray Model = "model <- lm(y ~ x, data = d)\nsummary(model)\n";
const QByteArray Areas = QByteArray("code,name\nW06000015,Cardiff\n") + QByteArray("\0\xff", 2);

} // namespace

class TestIngestReviewApi : public QObject
{
    Q_OBJECT
private:
    ClamdFixture m_clamd; // the automatic checks scan every file before a checker sees it
    std::unique_ptr<ApiHarness> m_api;
    QHash<QString, QString> m_tokens;

    bool startServer(std::function<void(srs::server::ServerConfig &)> configure = {})
    {
        m_api = std::make_unique<ApiHarness>();
        const QString socket = m_clamd.socketPath();
        m_api->setConfigure([configure, socket](srs::server::ServerConfig &c) {
            c.ingestChunkBytes = Chunk;
            c.ingestClamdSocket = socket;
            if (configure)
                configure(c);
        });
        m_tokens.clear();
        return m_api->start();
    }

    QString token(const QString &user, Device device)
    {
        const QString key = user + QString::number(int(device));
        if (!m_tokens.contains(key)) {
            m_api->advance(30);
            m_tokens.insert(key, m_api->signIn(user, device));
        }
        return m_tokens.value(key);
    }

    Reply call(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QString &user = "checker", Device device = Device::SafeRoom,
               const QList<QByteArray> &headers = {})
    {
        return m_api->call(method, "/api/v1" + path, body, token(user, device), device, nullptr, headers);
    }

    // A request of P1 by "res" with the two files, uploaded and finished: awaiting review.
    QString awaitingReview()
    {
        const QJsonArray files{QJsonObject{{"name", "code/model.R"},
                                           {"size", Model.size()},
                                           {"sha256", sha256(Model)},
                                           {"description", "the model, written at the university"}},
                               QJsonObject{{"name", "lookup/areas.csv"},
                                           {"size", Areas.size()},
                                           {"sha256", sha256(Areas)},
                                           {"description", "area codes the model joins on"}}};
        const Reply created = call("POST", "/projects/P1/ingests",
                                   json(QJsonObject{{"reason", "analysis code"}, {"files", files}}), "res");
        if (created.status != 201)
            return {};
        const QString id = created.json["id"].toString();
        int n = 0;
        for (const QByteArray &bytes : {Model, Areas}) {
            const Reply put = call(
                "PUT", QString("/projects/P1/ingests/%1/files/%2/chunks/0").arg(id).arg(n++), bytes, "res",
                Device::SafeRoom,
                {"Content-Type: application/octet-stream", "X-Chunk-SHA256: " + sha256(bytes).toLatin1()});
            if (put.status != 204)
                return {};
        }
        const Reply finished = call("POST", "/projects/P1/ingests/" + id + "/finish", {}, "res");
        if (finished.json["state"].toString() != "checking")
            return {};
        // The automatic checks, one pass as the server's runner makes it.
        srs::server::IngestCheckRunner checks(m_api->context());
        const auto done = checks.checkAll();
        if (!done || done.value() != 1)
            return {};
        return call("GET", "/projects/P1/ingests/" + id, {}, "res").json["state"].toString() ==
                       "awaiting-review"
                   ? id
                   : QString();
    }

    QString workspace() { return m_api->context().workspaceFolder("P1"); }
    QString quarantineFile(const QString &id, int file)
    {
        return m_api->context().config().effectiveQuarantineDir() + "/" + id + "/" + QString::number(file);
    }

    QStringList auditActions()
    {
        QStringList out;
        if (auto events = srs::store::AuditLog(m_api->context().database()).list(0, 100000))
            for (const auto &e : events.value())
                out << e.action;
        return out;
    }

    srs::server::IngestReviewService::SweepSummary sweep()
    {
        srs::server::IngestService ingests(m_api->context());
        auto swept = srs::server::IngestReviewService(m_api->context(), ingests).sweep();
        return swept ? swept.value() : srs::server::IngestReviewService::SweepSummary{-1, -1, -1};
    }

    void setFindings(const QString &id, int position, const QByteArray &findings)
    {
        auto q = m_api->context().database().exec(
            "UPDATE ingest_files SET findings = ? WHERE ingest_id = ? AND position = ?",
            {QString::fromUtf8(findings), id, position});
        QVERIFY(q.ok());
    }

    QStringList workspacePaths()
    {
        QStringList out;
        const Reply r = call("GET", "/projects/P1/workspace?since=0&limit=1000", {}, "res");
        for (const QJsonValue &e : r.json["added"].toArray())
            out << e.toObject()["path"].toString();
        return out;
    }

private slots:
    void initTestCase() { QVERIFY2(m_clamd.start(), qPrintable(m_clamd.error())); }
    void cleanup() { m_api.reset(); }

    void oneApprovalDeliversTheFileByteIdenticalAndIndexed()
    {
        QVERIFY2(startServer(), qPrintable(m_api->error()));
        const QString id = awaitingReview();
        QVERIFY(!id.isEmpty());
        const Reply queue = call("GET", "/review/ingests");
        QCOMPARE(queue.status, 200);
        const QJsonObject item = queue.json["items"].toArray().at(0).toObject();
        QCOMPARE(item["id"].toString(), id);
        QCOMPARE(item["pending_files"].toInt(), 2);
        QCOMPARE(item["not_for_me"].toString(), QString());

        const Reply review = call("GET", "/review/ingests/" + id);
        QCOMPARE(review.status, 200);
        QCOMPARE(review.json["request"].toObject()["reason"].toString(), QString("analysis code"));
        QCOMPARE(fileOf(review, 0)["decision"].toString(), QString("pending"));
        const Reply bytes = call("GET", "/review/ingests/" + id + "/files/1");
        QCOMPARE(bytes.status, 200);
        QCOMPARE(bytes.body, Areas);
        QCOMPARE(bytes.header("X-Content-SHA256"), sha256(Areas).toLatin1());

        const Reply approved = call("PUT", "/review/ingests/" + id + "/files/0/votes/mine", vote("approve"));
        QVERIFY2(approved.status == 200, approved.body.constData());
        const QString delivered = "ingest/" + id + "/code/model.R";
        QCOMPARE(fileOf(approved, 0)["decision"].toString(), QString("approved"));
        QCOMPARE(fileOf(approved, 0)["delivered_path"].toString(), delivered);
        QCOMPARE(readAll(workspace() + "/" + delivered), Model);
        QVERIFY(!QFile::exists(quarantineFile(id, 0)));
        QVERIFY(QFile::exists(quarantineFile(id, 1)));
        QVERIFY(workspacePaths().contains(delivered));
        QVERIFY(QDir(workspace() + "/ingest/" + id + "/code").entryList(QDir::Hidden | QDir::Files).size() ==
                1);
        // Its quarantined copy is gone: no more preview.
        QCOMPARE(call("GET", "/review/ingests/" + id + "/files/0").status, 410);

        const Reply bare = call("PUT", "/review/ingests/" + id + "/files/1/votes/mine", vote("reject"));
        QCOMPARE(bare.status, 422);
        QCOMPARE(bare.code(), QString("ingest.comment-required"));
        const Reply rejected =
            call("PUT", "/review/ingests/" + id + "/files/1/votes/mine", vote("reject", "holds place names"));
        QCOMPARE(rejected.status, 200);
        QCOMPARE(fileOf(rejected, 1)["decision"].toString(), QString("rejected"));
        QCOMPARE(rejected.json["request"].toObject()["state"].toString(), QString("decided"));
        QVERIFY(!QFile::exists(workspace() + "/ingest/" + id + "/lookup/areas.csv"));
        QCOMPARE(call("PUT", "/review/ingests/" + id + "/files/1/votes/mine", vote("approve")).code(),
                 QString("ingest.wrong-state"));
        QCOMPARE(call("POST", "/projects/P1/ingests/" + id + "/cancel", {}, "res").code(),
                 QString("ingest.wrong-state"));
        // The researcher sees each file's decision, where the approved one is, and why the other
        // was rejected.
        const QJsonArray mine = call("GET", "/projects/P1/ingests/" + id, {}, "res").json["files"].toArray();
        QCOMPARE(mine.at(0).toObject()["decision"].toString(), QString("approved"));
        QCOMPARE(mine.at(0).toObject()["delivered_path"].toString(), delivered);
        QCOMPARE(mine.at(1).toObject()["decision"].toString(), QString("rejected"));
        QCOMPARE(mine.at(1).toObject()["decision_comment"].toString(), QString("holds place names"));
        const QStringList actions = auditActions();
        for (const char *a : {"ingest.vote", "ingest.approved", "ingest.delivered", "ingest.rejected",
                              "ingest.decided", "ingest.file-read"})
            QVERIFY2(actions.contains(QString::fromLatin1(a)), a);
    }

    void twoApprovalsNeedTwoCheckers()
    {
        QVERIFY2(startServer([](srs::server::ServerConfig &c) { c.ingestApprovalsNeeded = 2; }),
                 qPrintable(m_api->error()));
        const QString id = awaitingReview();
        QVERIFY(!id.isEmpty());
        const Reply first = call("PUT", "/review/ingests/" + id + "/files/0/votes/mine", vote("approve"));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json["approvals_needed"].toInt(), 2);
        QCOMPARE(fileOf(first, 0)["decision"].toString(), QString("pending"));
        QVERIFY(!QFile::exists(workspace() + "/ingest/" + id + "/code/model.R"));
        const Reply again = call("PUT", "/review/ingests/" + id + "/files/0/votes/mine", vote("approve"));
        QCOMPARE(again.status, 409);
        QCOMPARE(again.code(), QString("ingest.already-voted"));
        const Reply second =
            call("PUT", "/review/ingests/" + id + "/files/0/votes/mine", vote("approve"), "checker2");
        QCOMPARE(second.status, 200);
        QCOMPARE(fileOf(second, 0)["decision"].toString(), QString("approved"));
        QCOMPARE(fileOf(second, 0)["votes"].toArray().size(), 2);
        QCOMPARE(readAll(workspace() + "/ingest/" + id + "/code/model.R"), Model);
    }

    void ownProjectResearchersAndSettingsAreRefused()
    {
        QVERIFY2(startServer(), qPrintable(m_api->error()));
        const QString id = awaitingReview();
        QVERIFY(!id.isEmpty());
        // A checker who is a member of P1.
        using Call = std::tuple<QByteArray, QString, QByteArray>;
        const QList<Call> calls{{"GET", "/review/ingests/" + id, {}},
                                {"GET", "/review/ingests/" + id + "/files/0", {}},
                                {"PUT", "/review/ingests/" + id + "/files/0/votes/mine", vote("approve")}};
        for (const auto &[method, path, body] : calls) {
            const Reply own = call(method, path, body, "rescheck");
            QCOMPARE(own.status, 403);
            QCOMPARE(own.code(), QString("review-project-member"));
            const Reply researcher = call(method, path, body, "res");
            QCOMPARE(researcher.status, 403);
            QCOMPARE(researcher.code(), QString("not-an-output-checker"));
            QVERIFY(!researcher.body.contains(Model));
            // A checker working from home: not a setting for checking.
            const Reply home = call(method, path, body, "checker", Device::Laptop);
            QCOMPARE(home.status, 403);
            QCOMPARE(home.code(), QString("checking-setting-refused"));
        }
        const Reply queue = call("GET", "/review/ingests", {}, "rescheck");
        QCOMPARE(queue.json["items"].toArray().at(0).toObject()["not_for_me"].toString(),
                 QString("review-project-member"));
        QVERIFY(
            call("GET", "/review/ingests", {}, "checker", Device::Laptop).json.contains("checking_refused"));
        QCOMPARE(fileOf(call("GET", "/review/ingests/" + id), 0)["votes"].toArray().size(), 0);
    }

    void aRejectedFileIsPurgedAfterItsRetention()
    {
        QVERIFY2(startServer(), qPrintable(m_api->error()));
        const QString id = awaitingReview();
        QVERIFY(!id.isEmpty());
        QCOMPARE(
            call("PUT", "/review/ingests/" + id + "/files/1/votes/mine", vote("reject", "not needed")).status,
            200);
        QCOMPARE(sweep().purged, 0);
        QVERIFY(QFile::exists(quarantineFile(id, 1)));
        m_api->advance(29 * 86400);
        QCOMPARE(sweep().purged, 0);
        QVERIFY(QFile::exists(quarantineFile(id, 1)));
        m_api->advance(2 * 86400);
        QCOMPARE(sweep().purged, 1);
        QVERIFY(!QFile::exists(quarantineFile(id, 1)));
        QVERIFY(QFile::exists(quarantineFile(id, 0))); // pending: kept
        QVERIFY(auditActions().contains("ingest.purged"));
        m_tokens.clear(); // the sessions have expired meanwhile
        QVERIFY(fileOf(call("GET", "/review/ingests/" + id), 1)["purged"].toBool());
        QCOMPARE(sweep().purged, 0); // once
    }

    void aLinkPlantedInTheWorkspaceRefusesDeliveryWithoutWritingOutside_data()
    {
        QTest::addColumn<QString>("planted"); // where the link is, under the workspace
        QTest::newRow("ingest") << "ingest";
        QTest::newRow("ingest/<id>") << "ingest/%1";
        QTest::newRow("ingest/<id>/code") << "ingest/%1/code";
    }
    void aLinkPlantedInTheWorkspaceRefusesDeliveryWithoutWritingOutside()
    {
        QFETCH(QString, planted);
        QVERIFY2(startServer(), qPrintable(m_api->error()));
        const QString id = awaitingReview();
        QVERIFY(!id.isEmpty());
        QTemporaryDir outside;
        const QString link = workspace() + "/" + planted.arg(id);
        QVERIFY(QDir().mkpath(QFileInfo(link).path()));
        QVERIFY(QFile::link(outside.path(), link));
        const Reply approved = call("PUT", "/review/ingests/" + id + "/files/0/votes/mine", vote("approve"));
        QCOMPARE(approved.status, 200);
        QCOMPARE(fileOf(approved, 0)["decision"].toString(), QString("approved"));
        QCOMPARE(fileOf(approved, 0)["delivered_path"].toString(), QString());
        QVERIFY(fileOf(approved, 0)["delivery_problem"].toString().contains("symbolic link"));
        QVERIFY(
            QDir(outside.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
        QVERIFY(QFile::exists(quarantineFile(id, 0)));
        QVERIFY(auditActions().contains("ingest.delivery-refused"));
        // Still in the way: nothing written; moved aside: delivered by the sweep.
        QCOMPARE(sweep().deliveryRefused, 1);
        QVERIFY(
            QDir(outside.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
        QVERIFY(QFile::remove(link));
        const auto swept = sweep();
        QCOMPARE(swept.delivered, 1);
        QCOMPARE(readAll(workspace() + "/ingest/" + id + "/code/model.R"), Model);
        QCOMPARE(fileOf(call("GET", "/review/ingests/" + id), 0)["delivery_problem"].toString(), QString());
    }

    void anExistingFileIsNeverOverwritten()
    {
        QVERIFY2(startServer(), qPrintable(m_api->error()));
        const QString id = awaitingReview();
        QVERIFY(!id.isEmpty());
        QVERIFY(QDir().mkpath(workspace() + "/ingest/" + id + "/code"));
        QFile mine(workspace() + "/ingest/" + id + "/code/model.R");
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.write("the researcher's own");
        mine.close();
        const Reply approved = call("PUT", "/review/ingests/" + id + "/files/0/votes/mine", vote("approve"));
        QCOMPARE(approved.status, 200);
        QVERIFY(fileOf(approved, 0)["delivery_problem"].toString().contains("never overwritten"));
        QCOMPARE(readAll(mine.fileName()), QByteArray("the researcher's own"));
    }

    void refusedFindingsCannotBeApprovedFlaggedOnesNeedAComment()
    {
        QVERIFY2(startServer(), qPrintable(m_api->error()));
        const QString id = awaitingReview();
        QVERIFY(!id.isEmpty());
        setFindings(
            id, 0,
            R"([{"rule":"kind-refused","severity":"refused","message":"an archive","parameters":{}}])");
        setFindings(id, 1, R"([{"rule":"direct-identifier","severity":"flag","message":"names","line":2}])");
        const Reply review = call("GET", "/review/ingests/" + id);
        QVERIFY(fileOf(review, 0)["refused"].toBool());
        QVERIFY(fileOf(review, 1)["flagged"].toBool());
        const Reply refused =
            call("PUT", "/review/ingests/" + id + "/files/0/votes/mine", vote("approve", "fine"));
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.code(), QString("ingest.file-refused"));
        const Reply flagged = call("PUT", "/review/ingests/" + id + "/files/1/votes/mine", vote("approve"));
        QCOMPARE(flagged.status, 422);
        QCOMPARE(flagged.code(), QString("ingest.comment-required"));
        QCOMPARE(call("PUT", "/review/ingests/" + id + "/files/1/votes/mine",
                      vote("approve", "place names are public"))
                     .status,
                 200);
        const Reply rejected =
            call("PUT", "/review/ingests/" + id + "/files/0/votes/mine", vote("reject", "an archive"));
        QCOMPARE(rejected.status, 200);
        QCOMPARE(fileOf(rejected, 0)["decision"].toString(), QString("rejected"));
        QCOMPARE(readAll(workspace() + "/ingest/" + id + "/lookup/areas.csv"), Areas);
    }

    void exportListsEveryRequestAndFile()
    {
        QVERIFY2(startServer(), qPrintable(m_api->error()));
        const QString id = awaitingReview();
        QVERIFY(!id.isEmpty());
        QCOMPARE(call("PUT", "/review/ingests/" + id + "/files/0/votes/mine", vote("approve")).status, 200);
        QCOMPARE(call("PUT", "/review/ingests/" + id + "/files/1/votes/mine", vote("reject", "=not needed"))
                     .status,
                 200);
        // The server's own program, on this server's data.
        const srs::store::DatabaseConfig &db = m_api->context().config().database;
        QJsonObject database{
            {"backend", db.backend == srs::store::DatabaseConfig::Backend::Sqlite ? "sqlite" : "postgres"}};
        if (db.backend == srs::store::DatabaseConfig::Backend::Sqlite) {
            database.insert("path", db.sqlitePath);
        } else {
            database.insert("host", db.hostName);
            database.insert("port", db.port);
            database.insert("name", db.databaseName);
            database.insert("user", db.userName);
        }
        QTemporaryDir dir;
        QFile config(dir.filePath("server.json"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(json(QJsonObject{{"data_dir", m_api->dataDir()}, {"database", database}}));
        config.close();
        QProcess csv;
        csv.start(ServerProcess::serverBinary(),
                  {"ingest", "export", "--format", "csv", "--config", config.fileName()});
        QVERIFY(csv.waitForFinished(60000));
        QVERIFY2(csv.exitCode() == 0, csv.readAllStandardError().constData());
        const QList<QByteArray> lines = csv.readAllStandardOutput().split('\n');
        QVERIFY(lines.at(0).startsWith(
            "ingest_id,project_id,requester_id,requester,created_at,state,file,name,size,"
            "sha256,kind,decision,decided_by,comments,delivered_path"));
        QVERIFY(lines.at(1).startsWith(QByteArray(id.toLatin1() + ",P1,u-res,RES,")));
        QVERIFY(lines.at(1).contains(
            QByteArray(",approved,CHECKER (approve),,ingest/" + id.toLatin1() + "/code/model.R")));
        QVERIFY(lines.at(1).contains(sha256(Model).toLatin1()));
        QVERIFY2(lines.at(2).contains(",rejected,CHECKER (reject),CHECKER: =not needed,"),
                 lines.at(2).constData());
        QProcess js;
        js.start(ServerProcess::serverBinary(),
                 {"ingest", "export", "--format", "json", "--config", config.fileName()});
        QVERIFY(js.waitForFinished(60000));
        QCOMPARE(js.exitCode(), 0);
        const QJsonObject request =
            QJsonDocument::fromJson(js.readAllStandardOutput())["ingests"][0].toObject();
        QCOMPARE(request["id"].toString(), id);
        QCOMPARE(request["state"].toString(), QString("decided"));
        const QJsonArray files = request["files"].toArray();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files[0].toObject()["delivered_path"].toString(), "ingest/" + id + "/code/model.R");
        QCOMPARE(files[1].toObject()["votes"].toArray()[0].toObject()["comment"].toString(),
                 QString("=not needed"));
    }
};

QTEST_GUILESS_MAIN(TestIngestReviewApi)
#include "tst_ingest_review_api.moc"
