// Checks and submissions through the server over real mutual TLS: check, fix (the test edits the
// workspace file), check again and submit; the snapshot is the file as it was at submission and
// stays so; every refusal with its own code (and the field to fix); list, get, withdraw and
// resubmit with the history kept. Runs on SQLite and on PostgreSQL (SRS_TEST_BACKEND).

#include "ApiHarness.h"

#include "SdcTestSupport.h"

#include "domain/AccessPolicy.h"
#include "domain/Submission.h"
#include "domain/WorkingDays.h"
#include "store/AuditLog.h"
#include "store/BlobStore.h"
#include "store/ProjectRepository.h"
#include "store/SubmissionRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace srs;
using namespace srs::testing;

namespace {

const QByteArray SmallCellTable =
    "Region,Under 30,30 and over\nCardiff,120,340\nNewport,7,95\nSwansea,64,210\n";
const QByteArray FixedTable =
    "Region,Under 30,30 and over\nCardiff,120,340\nNewport,[c],95\nSwansea,64,210\n";
const QByteArray Counts = "Region,Under 30,30 and over\nCardiff,120,340\nNewport,7,95\nSwansea,64,210\n";

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QJsonObject tableSpec(const QString &file = "outputs/income_by_region.csv",
                      const QJsonValue &counts = "outputs/income_by_region_counts.csv")
{
    return QJsonObject{{"file", file}, {"statistic", "frequency"}, {"counts", counts}};
}

QJsonObject submission(const QJsonArray &tables = {tableSpec()}, const QJsonArray &exceptions = {})
{
    return QJsonObject{
        {"title", "Income by region and age"},
        {"clearance_type", "publication"},
        {"files",
         QJsonArray{QJsonObject{{"path", "outputs/income_by_region.csv"},
                                {"role", "output"},
                                {"description", "People by region and age group"},
                                {"destination", "Journal article"}},
                    QJsonObject{{"path", "outputs/income_by_region_counts.csv"}, {"role", "supporting"}}}},
        {"tables", tables},
        {"controls", "Cells under 10 suppressed with [c]"},
        {"exceptions", exceptions},
    };
}

QJsonObject checkOf(const QJsonArray &tables, const QJsonArray &files = {})
{
    return QJsonObject{{"tables", tables}, {"files", files}};
}

} // namespace

class TestSubmissionsApi : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ApiHarness> m_api;
    QHash<QString, QString> m_tokens;

    QString token(const QString &user, Device device = Device::SafeRoom)
    {
        const QString key = user + QString::number(int(device));
        if (!m_tokens.contains(key)) {
            m_api->advance(30);
            m_tokens.insert(key, m_api->signIn(user, device));
        }
        return m_tokens.value(key);
    }

    QString workspace(const QString &project = "P1") { return m_api->context().workspaceFolder(project); }

    void write(const QString &path, const QByteArray &bytes, const QString &project = "P1")
    {
        const QString full = workspace(project) + '/' + path;
        QVERIFY(QDir().mkpath(QFileInfo(full).path()));
        QFile f(full);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(bytes), bytes.size());
    }

    Reply post(const QString &path, const QJsonObject &body, const QString &user = "res",
               Device device = Device::SafeRoom)
    {
        return m_api->call("POST", path, json(body), token(user, device), device);
    }

    Reply get(const QString &path, const QString &user = "res", Device device = Device::SafeRoom)
    {
        return m_api->call("GET", path, {}, token(user, device), device);
    }

    int submissionCount(const QString &project = "P1")
    {
        auto listed = store::SubmissionRepository(m_api->context().database()).listForProject(project);
        return listed ? int(listed.value().size()) : -1;
    }

    // Review is issue #9's: a checker takes the request and returns it, through the workflow's
    // own transitions and the repository, as the review routes will.
    void returnToAuthor(const QString &id, const QString &note)
    {
        store::SubmissionRepository repo(m_api->context().database());
        auto s = repo.find(id);
        QVERIFY(s.ok());
        const domain::SubmissionActor checker{"u-checker", false, true};
        auto inReview = domain::SubmissionWorkflow::startReview(s.value(), checker, m_api->now());
        QVERIFY(inReview.ok());
        auto returned =
            domain::SubmissionWorkflow::returnToAuthor(inReview.value(), checker, m_api->now(), note);
        QVERIFY(returned.ok());
        QVERIFY(repo.update(returned.value(), s.value().state).ok());
    }

    static QDate expectedAnswerDate(const QDateTime &at)
    {
        QFile f(qEnvironmentVariable("SRS_SOURCE_DIR") +
                "/core/domain/data/bank-holidays-england-and-wales.txt");
        if (!f.open(QIODevice::ReadOnly))
            return {};
        auto days = domain::WorkingDays::parse(f.readAll(), "list");
        const domain::AccessPolicy policy{domain::PolicyConfig{}};
        return days.ok() ? days.value().addWorkingDays(policy.serviceDay(at), 5) : QDate();
    }

private slots:
    void init()
    {
        m_api = std::make_unique<ApiHarness>();
        QVERIFY2(m_api->start(), qPrintable(m_api->error()));
        m_tokens.clear();
        write("outputs/income_by_region.csv", SmallCellTable);
        write("outputs/income_by_region_counts.csv", Counts);
    }
    void cleanup() { m_api.reset(); }

    // The demo flow: a table with a small cell, the finding named by its labels, the fix, the
    // request.
    void checkFixRecheckAndSubmit()
    {
        const QString path = "/api/v1/projects/P1/checks";
        Reply r = post(path, checkOf({tableSpec()}));
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(r.json["status"].toString(), QString("fail"));
        const QJsonObject item = r.json["items"].toArray().at(0).toObject();
        QCOMPARE(item["path"].toString(), QString("outputs/income_by_region.csv"));
        QCOMPARE(item["cells"].toInt(), 6);
        const QJsonArray findings = item["findings"].toArray();
        QCOMPARE(findings.size(), 1);
        const QJsonObject f = findings.at(0).toObject();
        QCOMPARE(f["rule"].toString(), QString("threshold"));
        QCOMPARE(f["outcome"].toString(), QString("fail"));
        // By place in the file only (row 3, column 2: B3), never by its labels.
        QCOMPARE(f["file_row"].toInt(), 3);
        QCOMPARE(f["file_column"].toInt(), 2);
        QCOMPARE(f["cell"].toString(), QString("B3"));
        QVERIFY(!f.contains("row") && !f.contains("column") && !f.contains("row_label"));
        QVERIFY2(!r.body.contains("Newport") && !r.body.contains("Under 30"), r.body.constData());
        QVERIFY(f["message"].toString().contains("fewer than 10"));
        QVERIFY(f["message"].toString().contains("row 3, column 2 (B3)"));
        // Places only: no label, count, value or parameter from the files reaches the client. The
        // finding's parameters are the service's settings its message quotes (so the client can say
        // it in Welsh), and nothing else.
        QCOMPARE(f["parameters"].toObject(), (QJsonObject{{"threshold", 10}}));
        QVERIFY2(!r.body.contains("7 records") && !r.body.contains("\"count\""), r.body.constData());
        QVERIFY(!r.body.contains("340"));
        QCOMPARE(submissionCount(), 0); // a check submits nothing

        // Submitting now is refused: the failing cell is neither fixed nor explained.
        const int before = m_api->auditEventCount();
        Reply refused = post("/api/v1/projects/P1/submissions", submission());
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.code(), QString("findings-need-exceptions"));
        QCOMPARE(refused.json["field"].toString(), QString("exceptions"));
        QVERIFY(refused.json["message"].toString().contains("outputs/income_by_region.csv B3"));
        QVERIFY(!refused.body.contains("Newport"));
        QCOMPARE(submissionCount(), 0);
        QCOMPARE(m_api->auditEventCount(), before);

        write("outputs/income_by_region.csv", FixedTable); // the researcher suppresses the cell
        r = post(path, checkOf({tableSpec()}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["status"].toString(), QString("pass"));
        QCOMPARE(r.json["items"].toArray().at(0).toObject()["findings"].toArray().size(), 0);

        const QDateTime submittedAround = m_api->now();
        Reply s = post("/api/v1/projects/P1/submissions", submission());
        QVERIFY2(s.status == 201, s.body.constData());
        QVERIFY(s.json["id"].toString().startsWith("S-"));
        QCOMPARE(s.json["state"].toString(), QString("submitted"));
        QCOMPARE(s.json["round"].toInt(), 1);
        QCOMPARE(s.json["project_id"].toString(), QString("P1"));
        QCOMPARE(s.json["author"].toObject()["username"].toString(), QString("res"));
        QCOMPARE(s.json["check"].toObject()["status"].toString(), QString("pass"));
        QCOMPARE(s.json["expected_answer_date"].toString(),
                 expectedAnswerDate(submittedAround).toString(Qt::ISODate));
        const QJsonArray files = s.json["files"].toArray();
        QCOMPARE(files.at(0).toObject()["sha256"].toString(), sha256(FixedTable));
        QCOMPARE(files.at(1).toObject()["sha256"].toString(), sha256(Counts));
        QCOMPARE(files.at(0).toObject()["size"].toInt(), FixedTable.size());
        QCOMPARE(s.json["history"].toArray().size(), 1);
        QVERIFY(!s.body.contains("Cardiff,120")); // never file contents
        QCOMPARE(submissionCount(), 1);
        QCOMPARE(m_api->auditEventCount(), before + 2); // the check run, then the request
        auto events = store::AuditLog(m_api->context().database()).list(0, 100000);
        QVERIFY(events.ok());
        QCOMPARE(events.value().constLast().action, QString("submission.submit"));
        QCOMPARE(events.value().constLast().subject, "submission:" + s.json["id"].toString());
    }

    void snapshotIsTheFileAtSubmissionAndStaysSo()
    {
        write("outputs/income_by_region.csv", FixedTable);
        Reply s = post("/api/v1/projects/P1/submissions", submission());
        QVERIFY2(s.status == 201, s.body.constData());
        const QString id = s.json["id"].toString();
        const QString hash = s.json["files"].toArray().at(0).toObject()["sha256"].toString();
        QCOMPARE(hash, sha256(FixedTable));

        // The workspace changes afterwards; what was submitted does not.
        write("outputs/income_by_region.csv", SmallCellTable);
        Reply again = get("/api/v1/projects/P1/submissions/" + id);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json["files"].toArray().at(0).toObject()["sha256"].toString(), hash);
        const store::BlobStore blobs(m_api->context().config().dataDir + "/blobs");
        auto stored = blobs.get(hash);
        QVERIFY2(stored.ok(), qPrintable(stored.errorString()));
        QCOMPARE(stored.value(), FixedTable);
        QCOMPARE(QFileInfo(blobs.pathFor(hash)).permissions() &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QCOMPARE(blobs.get(sha256(Counts)).value(), Counts);
    }

    void anExceptionWithAJustificationLetsAFailingCellBeSubmitted()
    {
        const QJsonArray exceptions{
            QJsonObject{{"path", "outputs/income_by_region.csv"},
                        {"rule", "threshold"},
                        {"cell", "B3"},
                        {"justification", "Newport under-30s are published at this level in ONS table X."}}};
        Reply s = post("/api/v1/projects/P1/submissions", submission({tableSpec()}, exceptions));
        QVERIFY2(s.status == 201, s.body.constData());
        QCOMPARE(s.json["check"].toObject()["status"].toString(), QString("fail"));
        QCOMPARE(s.json["exceptions"].toArray().size(), 1);
        // Stored for checkers with the numbers the rule used; the client saw none of them.
        auto findings =
            store::SubmissionRepository(m_api->context().database()).findings(s.json["id"].toString(), 1);
        QVERIFY(findings.ok());
        QCOMPARE(findings.value().size(), 1);
        QCOMPARE(findings.value().at(0).parameters.value("count").toInt(), 7);
        QVERIFY(!s.body.contains("\"count\""));

        // An exception for a finding the check does not make is refused, naming it.
        QJsonArray wrong = exceptions;
        QJsonObject e = wrong.at(0).toObject();
        e["cell"] = "B2";
        wrong.append(e);
        Reply refused = post("/api/v1/projects/P1/submissions", submission({tableSpec()}, wrong));
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.code(), QString("invalid-submission"));
        QCOMPARE(refused.json["field"].toString(), QString("exceptions[1]"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<Device>("device");
        QTest::addColumn<QString>("project");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        const auto S = Device::SafeRoom;
        const auto L = Device::Laptop;
        QJsonObject withD2 = submission({[] {
            QJsonObject t = tableSpec();
            t["dataset"] = "D2";
            return t;
        }()});
        QJsonObject withD9 = submission({[] {
            QJsonObject t = tableSpec();
            t["dataset"] = "D9";
            return t;
        }()});
        QJsonObject noCounts = submission();
        {
            QJsonArray files = noCounts["files"].toArray();
            files.removeAt(1);
            noCounts["files"] = files;
        }
        QJsonObject missingSupporting = submission();
        {
            QJsonArray files = missingSupporting["files"].toArray();
            QJsonObject f = files.at(1).toObject();
            f["path"] = "outputs/gone_counts.csv";
            files[1] = f;
            missingSupporting["files"] = files;
            missingSupporting["tables"] =
                QJsonArray{tableSpec("outputs/income_by_region.csv", "outputs/gone_counts.csv")};
        }
        QJsonObject countsAsOutput = submission();
        {
            QJsonArray files = countsAsOutput["files"].toArray();
            QJsonObject f = files.at(1).toObject();
            f["role"] = "output";
            f["description"] = "counts";
            f["destination"] = "journal";
            files[1] = f;
            countsAsOutput["files"] = files;
        }
        QJsonObject missingOutput = submission();
        {
            QJsonArray files = missingOutput["files"].toArray();
            QJsonObject f = files.at(0).toObject();
            f["path"] = "outputs/not_there.csv";
            files[0] = f;
            missingOutput["files"] = files;
            missingOutput["tables"] = QJsonArray{tableSpec("outputs/not_there.csv")};
        }
        QJsonObject noDescription = submission();
        {
            QJsonArray files = noDescription["files"].toArray();
            QJsonObject f = files.at(0).toObject();
            f.remove("description");
            files[0] = f;
            noDescription["files"] = files;
        }
        QJsonObject unlistedTable = submission({tableSpec("outputs/other.csv")});
        QJsonObject otherShape =
            submission({tableSpec("outputs/income_by_region.csv", "outputs/short_counts.csv")});
        {
            QJsonArray files = otherShape["files"].toArray();
            files.append(QJsonObject{{"path", "outputs/short_counts.csv"}, {"role", "supporting"}});
            otherShape["files"] = files;
        }
        QJsonObject otherLabels =
            submission({tableSpec("outputs/income_by_region.csv", "outputs/relabelled_counts.csv")});
        {
            QJsonArray files = otherLabels["files"].toArray();
            files.append(QJsonObject{{"path", "outputs/relabelled_counts.csv"}, {"role", "supporting"}});
            otherLabels["files"] = files;
        }
        QJsonObject badSpec = submission({QJsonObject{{"file", "outputs/income_by_region.csv"},
                                                      {"statistic", "mean"},
                                                      {"counts", "outputs/income_by_region_counts.csv"}}});
        struct Row
        {
            const char *name, *user;
            Device device;
            const char *project;
            QJsonObject body;
            int status;
            const char *code, *field;
        };
        const Row rows[] = {
            {"not a member", "checker", S, "P1", submission(), 404, "not-found", ""},
            {"unknown project", "res", S, "P9", submission(), 404, "not-found", ""},
            {"project not active", "res", S, "P3", submission(), 403, "project-not-active", ""},
            {"no security declaration", "nodecl", S, "P1", submission(), 403, "security-declaration-missing",
             ""},
            {"provisional without supervisor", "prov", S, "P4", submission(), 403,
             "provisional-without-supervisor", ""},
            {"home working not approved", "res", L, "P2", submission(), 403, "home-working-not-approved", ""},
            {"a safe-room-only dataset from home", "res", L, "P1", withD2, 403, "safe-room-only-dataset",
             "tables[0].dataset"},
            {"a dataset not in the project", "res", S, "P1", withD9, 403, "dataset-not-in-project",
             "tables[0].dataset"},
            {"no dataset named from home, when the project has safe-room-only data", "res", L, "P1",
             submission(), 422, "invalid-submission", "tables[0].dataset"},
            {"counts not in the request", "res", S, "P1", noCounts, 422, "supporting-file-missing",
             "tables[0].counts"},
            {"a supporting file missing from the workspace", "res", S, "P1", missingSupporting, 422,
             "supporting-file-missing", "files[1].path"},
            {"counts given as an output", "res", S, "P1", countsAsOutput, 422, "invalid-submission",
             "tables[0].counts"},
            {"an output missing from the workspace", "res", S, "P1", missingOutput, 422,
             "workspace-file-not-found", "files[0].path"},
            {"an output without a description", "res", S, "P1", noDescription, 422, "invalid-submission",
             "files[0].description"},
            {"a spec pointing at a file not in the request", "res", S, "P1", unlistedTable, 422,
             "invalid-submission", "tables[0].file"},
            {"a counts file of another shape", "res", S, "P1", otherShape, 422, "table-shape-mismatch",
             "tables[0].counts"},
            {"labels that do not match", "res", S, "P1", otherLabels, 422, "table-labels-mismatch",
             "tables[0].counts"},
            {"a mean table without top contributions", "res", S, "P1", badSpec, 422, "table-invalid-spec",
             "tables[0].top1"},
        };
        for (const Row &r : rows)
            QTest::newRow(r.name) << QString::fromLatin1(r.user) << r.device << QString::fromLatin1(r.project)
                                  << r.body << r.status << QString::fromLatin1(r.code)
                                  << QString::fromLatin1(r.field);
    }
    // Each refusal has its own code, names the field to fix, and submits and loses nothing.
    void refusals()
    {
        QFETCH(QString, user);
        QFETCH(Device, device);
        QFETCH(QString, project);
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        QVERIFY(store::ProjectRepository(m_api->context().database()).mapDataset("P1", "D2").ok());
        write("outputs/short_counts.csv", "Region,Under 30,30 and over\nCardiff,120,340\n");
        write("outputs/relabelled_counts.csv",
              "Region,Under 30,30 and over\nCardiff,120,340\nNewport,7,95\nSwanage,64,210\n");
        write("outputs/income_by_region.csv", FixedTable);
        const QString t = token(user, device);
        QVERIFY(!t.isEmpty());
        const int before = m_api->auditEventCount();
        const Reply r =
            m_api->call("POST", "/api/v1/projects/" + project + "/submissions", json(body), t, device);
        QVERIFY2(r.status == status, r.body.constData());
        QCOMPARE(r.code(), code);
        QVERIFY(!r.json["message"].toString().isEmpty());
        QCOMPARE(r.json["field"].toString(), field);
        if (!field.isEmpty())
            QVERIFY2(r.json["message"].toString().startsWith(field + ": "), r.body.constData());
        QCOMPARE(submissionCount(project), 0);
        // Only a policy refusal (403) leaves an audit record; nothing else changed.
        QCOMPARE(m_api->auditEventCount(), before + (status == 403 ? 1 : 0));
        QCOMPARE(QDir(m_api->context().config().dataDir + "/blobs").exists(), false);
    }

    // A dataset that is safe-room only may be used from the safe room.
    void aSafeRoomOnlyDatasetFromTheSafeRoom()
    {
        QVERIFY(store::ProjectRepository(m_api->context().database()).mapDataset("P1", "D2").ok());
        write("outputs/income_by_region.csv", FixedTable);
        QJsonObject t = tableSpec();
        t["dataset"] = "D2";
        Reply r = post("/api/v1/projects/P1/checks", checkOf({t}));
        QCOMPARE(r.status, 200);
        Reply fromHome = post("/api/v1/projects/P1/checks", checkOf({t}), "res", Device::Laptop);
        QCOMPARE(fromHome.status, 403);
        QCOMPARE(fromHome.code(), QString("safe-room-only-dataset"));
        // A spec that does not parse beside it does not get it past the rule.
        Reply withBadSpec = post("/api/v1/projects/P1/checks", checkOf({QJsonObject{{"file", "x.csv"}}, t}),
                                 "res", Device::Laptop);
        QCOMPARE(withBadSpec.status, 403);
        QCOMPARE(withBadSpec.json["field"].toString(), QString("tables[1].dataset"));
        QCOMPARE(post("/api/v1/projects/P1/submissions", submission({t})).status, 201);
    }

    // Bad specs in a check are answered per table, each naming the field to fix.
    void checksNameWhatToFix_data()
    {
        QTest::addColumn<QJsonObject>("spec");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("a spec pointing at a missing file")
            << tableSpec("outputs/nothing.csv") << "workspace-file-not-found"
            << "tables[0].file";
        QTest::newRow("a missing counts file")
            << tableSpec("outputs/income_by_region.csv", "outputs/nothing.csv") << "workspace-file-not-found"
            << "tables[0].counts";
        QTest::newRow("a counts file of another shape")
            << tableSpec("outputs/income_by_region.csv", "outputs/short_counts.csv") << "table-shape-mismatch"
            << "tables[0].counts";
        QTest::newRow("labels that do not match")
            << tableSpec("outputs/income_by_region.csv", "outputs/relabelled_counts.csv")
            << "table-labels-mismatch"
            << "tables[0].counts";
        QTest::newRow("a sheet that does not exist")
            << QJsonObject{{"file", "outputs/book.xlsx"},
                           {"sheet", "Table 9"},
                           {"statistic", "frequency"},
                           {"counts", QJsonObject{{"file", "outputs/book.xlsx"}, {"sheet", "Counts"}}}}
            << "table-sheet-not-found"
            << "tables[0].sheet";
        QTest::newRow("a counts sheet that does not exist")
            << QJsonObject{{"file", "outputs/book.xlsx"},
                           {"sheet", "Table"},
                           {"statistic", "frequency"},
                           {"counts", QJsonObject{{"file", "outputs/book.xlsx"}, {"sheet", "N"}}}}
            << "table-sheet-not-found"
            << "tables[0].counts.sheet";
        QTest::newRow("a sheet asked of a CSV")
            << QJsonObject{{"file", "outputs/income_by_region.csv"},
                           {"sheet", "Table"},
                           {"statistic", "frequency"},
                           {"counts", "outputs/income_by_region_counts.csv"}}
            << "table-invalid-spec"
            << "tables[0].sheet";
        QTest::newRow("no counts") << QJsonObject{{"file", "outputs/income_by_region.csv"},
                                                  {"statistic", "frequency"}}
                                   << "table-invalid-spec"
                                   << "tables[0].counts";
        QTest::newRow("a path outside the workspace")
            << tableSpec("../P2/outputs/income_by_region.csv") << "workspace-file-not-found"
            << "tables[0].file";
        QTest::newRow("a counts cell that is not a count")
            << tableSpec("outputs/income_by_region.csv", "outputs/bad_counts.csv") << "table-bad-cell"
            << "tables[0].counts";
    }
    void checksNameWhatToFix()
    {
        QFETCH(QJsonObject, spec);
        QFETCH(QString, code);
        QFETCH(QString, field);
        write("outputs/short_counts.csv", "Region,Under 30,30 and over\nCardiff,120,340\n");
        write("outputs/relabelled_counts.csv",
              "Region,Under 30,30 and over\nCardiff,120,340\nNewport,7,95\nSwanage,64,210\n");
        write("outputs/bad_counts.csv",
              "Region,Under 30,30 and over\nCardiff,120,340\nNewport,6.5,95\nSwansea,64,210\n");
        write("outputs/book.xlsx",
              sdc::test::writeXlsx({{"Table", sdc::test::csvRows(QString::fromLatin1(SmallCellTable))},
                                    {"Counts", sdc::test::csvRows(QString::fromLatin1(Counts))}}));
        write("../P2/outputs/income_by_region.csv", SmallCellTable);
        // A good table beside the bad one is still checked.
        Reply r = post("/api/v1/projects/P1/checks", checkOf({spec, tableSpec()}));
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(r.json["status"].toString(), QString("error"));
        const QJsonArray items = r.json["items"].toArray();
        QCOMPARE(items.size(), 2);
        const QJsonObject bad = items.at(0).toObject();
        QCOMPARE(bad["status"].toString(), QString("error"));
        QCOMPARE(bad["table_index"].toInt(), 0);
        const QJsonObject error = bad["error"].toObject();
        QVERIFY2(error["code"].toString() == code, r.body.constData());
        QVERIFY2(error["field"].toString() == field, r.body.constData());
        QVERIFY2(error["message"].toString().startsWith(field + ": "), r.body.constData());
        QVERIFY2(!r.body.contains("6.5"), r.body.constData()); // not even a bad value is quoted
        QCOMPARE(items.at(1).toObject()["status"].toString(), QString("fail"));
        QCOMPARE(items.at(1).toObject()["table_index"].toInt(), 1);
    }

    // A very large number of findings is counted, and only the first ones are listed.
    void manyFindingsAreCountedNotAllListed()
    {
        QByteArray csv = "Area";
        for (int c = 0; c < 40; ++c)
            csv += ",C" + QByteArray::number(c);
        csv += '\n';
        for (int r = 0; r < 40; ++r) {
            csv += "R" + QByteArray::number(r);
            for (int c = 0; c < 40; ++c)
                csv += ",5";
            csv += '\n';
        }
        write("outputs/small.csv", csv);
        Reply r = post("/api/v1/projects/P1/checks",
                       checkOf({tableSpec("outputs/small.csv", "outputs/small.csv")}));
        QCOMPARE(r.status, 200);
        const QJsonObject item = r.json["items"].toArray().at(0).toObject();
        QCOMPARE(item["findings_total"].toInt(), 1600);
        QCOMPARE(item["findings"].toArray().size(), 1000);
    }

    // A request with more findings than an answer lists: every one is matched against the
    // exceptions and stored for the checkers; the answer and the checker's view list the first
    // ones and count all.
    void manyFindingsAreAllMatchedAndStored()
    {
        // 40 x 40 cells, the first `small` below the threshold (fail), the rest zero (review).
        const auto grid = [](int small) {
            QByteArray csv = "Area";
            for (int c = 0; c < 40; ++c)
                csv += ",C" + QByteArray::number(c);
            csv += '\n';
            for (int r = 0; r < 40; ++r) {
                csv += "R" + QByteArray::number(r);
                for (int c = 0; c < 40; ++c)
                    csv += r * 40 + c < small ? ",5" : ",0";
                csv += '\n';
            }
            return csv;
        };
        const auto request = [](const QString &file, const QString &counts, const QJsonArray &exceptions) {
            return QJsonObject{
                {"title", "A fine-grained table"},
                {"clearance_type", "publication"},
                {"files", QJsonArray{QJsonObject{{"path", file},
                                                 {"role", "output"},
                                                 {"description", "People by area"},
                                                 {"destination", "Journal article"}},
                                     QJsonObject{{"path", counts}, {"role", "supporting"}}}},
                {"tables", QJsonArray{tableSpec(file, counts)}},
                {"controls", "None"},
                {"exceptions", exceptions},
            };
        };

        // 1,500 failing cells: an exception for the last (U39: row 38 of values, column 20), which
        // the answer does not list, matches; the other 1,499 are counted as unexplained.
        write("outputs/fails.csv", grid(1500));
        write("outputs/fails_counts.csv", grid(1500));
        const QJsonArray last{QJsonObject{{"path", "outputs/fails.csv"},
                                          {"rule", "threshold"},
                                          {"cell", "U39"},
                                          {"justification", "Published at this level in table X."}}};
        Reply refused = post("/api/v1/projects/P1/submissions",
                             request("outputs/fails.csv", "outputs/fails_counts.csv", last));
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.code(), QString("findings-need-exceptions"));
        QVERIFY2(refused.json["message"].toString().contains("1499 failing finding(s)"),
                 refused.body.constData());
        QVERIFY2(refused.json["message"].toString().contains("outputs/fails.csv B2 (threshold)"),
                 refused.body.constData());
        QCOMPARE(submissionCount(), 0);

        // 1,600 zeros ask for review: taken, with every finding stored.
        write("outputs/zeros.csv", grid(0));
        write("outputs/zeros_counts.csv", grid(0));
        Reply made = post("/api/v1/projects/P1/submissions",
                          request("outputs/zeros.csv", "outputs/zeros_counts.csv", {}));
        QVERIFY2(made.status == 201, made.body.constData());
        const QJsonObject item = made.json["check"].toObject()["items"].toArray().at(0).toObject();
        QCOMPARE(made.json["check"].toObject()["status"].toString(), QString("review"));
        QCOMPARE(item["findings_total"].toInt(), 1600);
        QCOMPARE(item["findings"].toArray().size(), 1000);
        const QString id = made.json["id"].toString();
        auto stored = store::SubmissionRepository(m_api->context().database()).findings(id, 1);
        QVERIFY2(stored.ok(), qPrintable(stored.errorString()));
        QCOMPARE(stored.value().size(), 1600);
        for (int i = 0; i < 1600; ++i) {
            const store::StoredFinding &f = stored.value().at(i);
            QCOMPARE(f.rule, QString("zero"));
            QCOMPARE(f.row, "R" + QString::number(i / 40));
            QCOMPARE(f.column, "C" + QString::number(i % 40));
            QCOMPARE(f.parameters.value("count").toInt(), 0);
            QVERIFY(!f.message.isEmpty());
        }
        QCOMPARE(stored.value().at(1599).cell, QString("AO41"));

        // The checker sees the listed ones with their labels, and the count.
        QCOMPARE(m_api->call("POST", "/api/v1/submissions/" + id + "/reviews", {}, token("checker")).status,
                 201);
        const Reply review = get("/api/v1/submissions/" + id + "/review", "checker");
        QVERIFY2(review.status == 200, review.body.constData());
        const QJsonObject seen =
            review.json["submission"].toObject()["check"].toObject()["items"].toArray().at(0).toObject();
        QCOMPARE(seen["findings_total"].toInt(), 1600);
        const QJsonArray listed = seen["findings"].toArray();
        QCOMPARE(listed.size(), 1000);
        QCOMPARE(listed.at(999).toObject()["row_label"].toString(), QString("R24"));
        QCOMPARE(listed.at(999).toObject()["column_label"].toString(), QString("C39"));
    }

    // The attack: a table whose label column holds names and dates of birth, with a count of 1
    // per row. Every row fails the threshold, and the findings go to the researcher's laptop;
    // they name each cell by its place in the file, so not one name or date leaves.
    void labelsNeverLeaveInFindings()
    {
        QByteArray csv = "Person,Count\n";
        QByteArray counts = "Person,Count\n";
        QStringList secrets;
        for (int i = 0; i < 30; ++i) {
            const QString who = QString("Zelda Quartermain%1 1961-04-%2").arg(i).arg(10 + i % 18);
            secrets << who;
            csv += who.toUtf8() + ",1\n";
            counts += who.toUtf8() + ",1\n";
        }
        csv += "\n"; // a blank line at the end is padding, not a row
        write("outputs/people.csv", csv);
        write("outputs/people_counts.csv", counts);
        Reply r = post("/api/v1/projects/P1/checks",
                       checkOf({tableSpec("outputs/people.csv", "outputs/people_counts.csv")}));
        QVERIFY2(r.status == 200, r.body.constData());
        const QJsonArray findings = r.json["items"].toArray().at(0).toObject()["findings"].toArray();
        QCOMPARE(findings.size(), 30);
        for (const QString &secret : std::as_const(secrets)) {
            QVERIFY2(!r.body.contains(secret.toUtf8()), qPrintable(secret));
            QVERIFY(!r.body.contains(secret.section(' ', 1, 1).toUtf8())); // not the surname either
        }
        QVERIFY(!r.body.contains("1961-04"));
        QVERIFY(!r.body.contains("\"Count\""));
        // The first person is on row 2 of the file, the count in column 2: B2; the last, B31.
        QCOMPARE(findings.at(0).toObject()["cell"].toString(), QString("B2"));
        QCOMPARE(findings.at(29).toObject()["cell"].toString(), QString("B31"));
        QCOMPARE(findings.at(29).toObject()["file_row"].toInt(), 31);

        // A parse error quotes nothing from the file either: a name where a number should be.
        write("outputs/people.csv", "Person,Count\nZelda Quartermain,Quartermain Zelda\n");
        r = post("/api/v1/projects/P1/checks",
                 checkOf({tableSpec("outputs/people.csv", "outputs/people_counts.csv")}));
        QVERIFY2(r.status == 200, r.body.constData());
        const QJsonObject error = r.json["items"].toArray().at(0).toObject()["error"].toObject();
        QCOMPARE(error["code"].toString(), QString("table-bad-cell"));
        QVERIFY2(error["message"].toString().contains("row 2, column 2 (B2)"), r.body.constData());
        QVERIFY2(!r.body.contains("Quartermain"), r.body.constData());
    }

    // Every check run is on the record: who, which files with their SHA-256, how many findings.
    void everyCheckIsAudited()
    {
        token("res", Device::SafeRoom); // signed in before counting
        const int before = m_api->auditEventCount();
        Reply r = post("/api/v1/projects/P1/checks", checkOf({tableSpec()}));
        QCOMPARE(r.status, 200);
        auto events = store::AuditLog(m_api->context().database()).list(0, 1000000);
        QVERIFY(events.ok());
        QCOMPARE(int(events.value().size()), before + 1);
        const store::AuditEvent &e = events.value().constLast();
        QCOMPARE(e.action, QString("checks.run"));
        QCOMPARE(e.subject, QString("project:P1"));
        QVERIFY(!e.actor.isEmpty());
        QCOMPARE(e.details["findings"].toInt(), 1);
        QCOMPARE(e.details["status"].toString(), QString("fail"));
        const QJsonArray files = e.details["files"].toArray();
        QCOMPARE(files.size(), 2);
        QStringList hashes;
        for (const QJsonValue &f : files)
            hashes << f.toObject()["sha256"].toString();
        QVERIFY(hashes.contains(sha256(SmallCellTable)));
        QVERIFY(hashes.contains(sha256(Counts)));
        // No label or value in the event either.
        QVERIFY(!QJsonDocument(e.details).toJson().contains("Newport"));
    }

    // Each person has an allowance of checks: past it, a clear 429 that says when to try again
    // (Retry-After), on the record; another person is not affected; the next window is.
    void checksAreRateLimitedPerPerson()
    {
        const int allowed = m_api->context().config().checkRunsPerWindow;
        for (int i = 0; i < allowed; ++i) {
            Reply r = post("/api/v1/projects/P1/checks", checkOf({tableSpec()}));
            QVERIFY2(r.status == 200,
                     qPrintable(QString("run %1: %2").arg(i).arg(QString::fromUtf8(r.body))));
        }
        Reply refused = post("/api/v1/projects/P1/checks", checkOf({tableSpec()}));
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.code(), QString("too-many-checks"));
        QVERIFY2(refused.json["message"].toString().contains("Try again in"), refused.body.constData());
        const int retry = refused.header("Retry-After").toInt();
        QVERIFY2(retry > 0 && retry <= m_api->context().config().checkWindowSeconds,
                 refused.body.constData());
        auto events = store::AuditLog(m_api->context().database()).list(0, 1000000);
        QVERIFY(events.ok());
        QCOMPARE(events.value().constLast().action, QString("checks.refused"));
        m_api->advance(m_api->context().config().checkWindowSeconds);
        Reply again = post("/api/v1/projects/P1/checks", checkOf({tableSpec()}));
        QCOMPARE(again.status, 200);
    }

    // Symbolic links are never followed: a link inside the workspace to a file outside it does
    // not exist for the checker.
    void linksAreNotFollowed()
    {
        QTemporaryDir outside;
        QFile secret(outside.filePath("secret.csv"));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write(SmallCellTable);
        secret.close();
        QVERIFY(QFile::link(secret.fileName(), workspace() + "/outputs/linked.csv"));
        QVERIFY(QFile::link(outside.path(), workspace() + "/linked-folder"));
        for (const QString &path : {QString("outputs/linked.csv"), QString("linked-folder/secret.csv")}) {
            Reply r = post("/api/v1/projects/P1/checks", checkOf({tableSpec(path)}));
            QCOMPARE(r.status, 200);
            const QJsonObject error = r.json["items"].toArray().at(0).toObject()["error"].toObject();
            QCOMPARE(error["code"].toString(), QString("workspace-file-not-found"));
            QCOMPARE(error["field"].toString(), QString("tables[0].file"));
            QVERIFY2(error["message"].toString().contains("symbolic link"), r.body.constData());
        }
        // Each attempt is in the audit log, with the path and why it was refused.
        const auto events = store::AuditLog(m_api->context().database()).list();
        QVERIFY(events.ok());
        QStringList refused;
        for (const store::AuditEvent &e : *events) {
            if (e.action != "workspace.read-refused")
                continue;
            QCOMPARE(e.actor, QString("u-res"));
            QCOMPARE(e.subject, QString("project:P1"));
            for (const QJsonValue &p : e.details["paths"].toArray())
                refused << p["path"].toString() + "=" + p["reason"].toString();
        }
        QCOMPARE(refused, (QStringList{"outputs/linked.csv=workspace-path-symlink",
                                       "linked-folder/secret.csv=workspace-path-symlink"}));
    }

    // Released bytes are checked bytes: an output leaves only in a format whose whole content the
    // checks and the checkers see. Each refusal is 422 output-format-refused naming the file (its
    // field) and what to do, and stores nothing; a clean two-sheet workbook with both sheets as
    // tables is taken, byte for byte.
    void outputsLeaveOnlyAsChecked()
    {
        const auto rows = [](const QByteArray &csv) { return sdc::test::csvRows(QString::fromLatin1(csv)); };
        const QByteArray book =
            sdc::test::writeXlsx({{"Table", rows(FixedTable)}, {"Rates", rows(FixedTable)}});
        write("outputs/book.xlsx", book);
        write("outputs/book_counts.xlsx",
              sdc::test::writeXlsx({{"Table", rows(Counts)}, {"Rates", rows(Counts)}}));
        auto hidden = sdc::test::zipParts(book);
        hidden["xl/workbook.xml"].replace("<sheet name=\"Rates\" ",
                                          "<sheet name=\"Rates\" state=\"hidden\" ");
        write("outputs/hidden.xlsx", sdc::test::writeZip(hidden));
        write("outputs/tool.exe", "MZ\x90\x00");
        write("outputs/model.rds", "X\n\x00\x00\x00\x03");
        const auto sheetSpec = [](const QString &file, const QString &sheet) {
            return QJsonObject{
                {"file", file},
                {"sheet", sheet},
                {"statistic", "frequency"},
                {"counts", QJsonObject{{"file", "outputs/book_counts.xlsx"}, {"sheet", sheet}}}};
        };
        const auto request = [](const QString &output, const QJsonArray &tables) {
            QJsonArray files{QJsonObject{{"path", output},
                                         {"role", "output"},
                                         {"description", "People by region and age group"},
                                         {"destination", "Journal article"}}};
            if (!tables.isEmpty())
                files.append(QJsonObject{{"path", "outputs/book_counts.xlsx"}, {"role", "supporting"}});
            return QJsonObject{{"title", "Income by region and age"},
                               {"clearance_type", "publication"},
                               {"files", files},
                               {"tables", tables},
                               {"controls", "Cells under 10 suppressed with [c]"}};
        };
        QVERIFY(!token("res").isEmpty()); // signed in (an audit event) before counting
        const int before = m_api->auditEventCount();
        const auto refused = [&](const QJsonObject &body, const QStringList &said) {
            const Reply r = post("/api/v1/projects/P1/submissions", body);
            QVERIFY2(r.status == 422, r.body.constData());
            QCOMPARE(r.code(), QString("output-format-refused"));
            QCOMPARE(r.json["field"].toString(), QString("files[0].path"));
            for (const QString &words : said)
                QVERIFY2(r.json["message"].toString().contains(words), r.body.constData());
            // Sheet names the researcher did not type are bytes of the file: never sent back.
            QVERIFY2(!r.body.contains("Rates"), r.body.constData());
        };
        // A hidden sheet: the table on the visible one passes, the hidden one would leave unseen.
        refused(request("outputs/hidden.xlsx", {sheetSpec("outputs/hidden.xlsx", "Table")}),
                {"files[0].path: outputs/hidden.xlsx cannot be released", "sheet 2 is hidden"});
        // A visible sheet no table names.
        refused(request("outputs/book.xlsx", {sheetSpec("outputs/book.xlsx", "Table")}),
                {"sheet 2 is not a table of the request"});
        // Formats no one can check.
        refused(request("outputs/tool.exe", {}),
                {"outputs/tool.exe: files of this type cannot be released", "tables (.csv, .tsv, .xlsx)",
                 "figures and reports (.png, .jpg, .jpeg, .pdf)"});
        refused(request("outputs/model.rds", {}),
                {"outputs/model.rds: files of this type cannot be released"});
        // A table whose text the checker would not see as it is: a right-to-left override.
        QByteArray reordered = FixedTable;
        reordered.replace("Cardiff", "Card\xE2\x80\xAEiff");
        write("outputs/income_by_region.csv", reordered);
        refused(submission(), {"outputs/income_by_region.csv cannot be released", "U+202E"});
        QCOMPARE(submissionCount(), 0);
        QCOMPARE(m_api->auditEventCount(), before);
        QCOMPARE(QDir(m_api->context().config().dataDir + "/blobs").exists(), false);
        // A table naming a sheet the workbook does not have is the checks' refusal, naming the table.
        const Reply typo = post("/api/v1/projects/P1/submissions",
                                request("outputs/book.xlsx", {sheetSpec("outputs/book.xlsx", "Table"),
                                                              sheetSpec("outputs/book.xlsx", "Rate")}));
        QVERIFY2(typo.status == 422, typo.body.constData());
        QCOMPARE(typo.code(), QString("table-sheet-not-found"));
        QVERIFY2(typo.json["field"].toString().startsWith("tables[1]."), typo.body.constData());
        QCOMPARE(submissionCount(), 0);

        const Reply s = post("/api/v1/projects/P1/submissions",
                             request("outputs/book.xlsx", {sheetSpec("outputs/book.xlsx", "Table"),
                                                           sheetSpec("outputs/book.xlsx", "Rates")}));
        QVERIFY2(s.status == 201, s.body.constData());
        QCOMPARE(s.json["check"].toObject()["status"].toString(), QString("pass"));
        QCOMPARE(s.json["files"].toArray().at(0).toObject()["sha256"].toString(), sha256(book));
        QCOMPARE(submissionCount(), 1);
    }

    void codeFilesAreScanned()
    {
        write("code/analysis.R", "x <- read.csv('data.csv')\nprint(x)\nsubset(x, patient_id == 4001234)\n");
        Reply r = post("/api/v1/projects/P1/checks",
                       checkOf({}, {QJsonObject{{"path", "code/analysis.R"}, {"role", "code"}}}));
        QVERIFY2(r.status == 200, r.body.constData());
        const QJsonObject item = r.json["items"].toArray().at(0).toObject();
        QCOMPARE(item["kind"].toString(), QString("code"));
        QCOMPARE(item["status"].toString(), QString("fail"));
        QStringList rules;
        for (const auto &f : item["findings"].toArray())
            rules << f.toObject()["rule"].toString() + "@" + QString::number(f.toObject()["line"].toInt());
        QVERIFY2(rules.contains("identifier-filter@3"), qPrintable(rules.join(',')));
        QVERIFY(!r.body.contains("4001234"));
        Reply missing = post("/api/v1/projects/P1/checks",
                             checkOf({}, {QJsonObject{{"path", "code/analysis.R"}, {"role", "code"}},
                                          QJsonObject{{"path", "code/gone.R"}, {"role", "code"}}}));
        const QJsonObject error = missing.json["items"].toArray().at(1).toObject()["error"].toObject();
        QCOMPARE(error["code"].toString(), QString("workspace-file-not-found"));
        QCOMPARE(error["field"].toString(), QString("files[1].path"));
    }

    void membersSeeTheProjectsRequests()
    {
        write("outputs/income_by_region.csv", FixedTable);
        Reply s = post("/api/v1/projects/P1/submissions", submission());
        QCOMPARE(s.status, 201);
        const QString id = s.json["id"].toString();
        Reply list = get("/api/v1/projects/P1/submissions", "sup");
        QCOMPARE(list.status, 200);
        const QJsonArray items = list.json["submissions"].toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject()["id"].toString(), id);
        QCOMPARE(items.at(0).toObject()["check_status"].toString(), QString("pass"));
        QCOMPARE(items.at(0).toObject()["files"].toInt(), 2);
        QCOMPARE(get("/api/v1/projects/P1/submissions/" + id, "sup").status, 200);
        // Outside the project the request does not exist.
        QCOMPARE(get("/api/v1/projects/P1/submissions/" + id, "checker").status, 404);
        QCOMPARE(get("/api/v1/projects/P2/submissions/" + id).status, 404);
        QCOMPARE(get("/api/v1/projects/P2/submissions").json["submissions"].toArray().size(), 0);
        QCOMPARE(get("/api/v1/projects/P1/submissions/S-0000").code(), QString("not-found"));
    }

    void withdrawIsTheAuthorsAndOnce()
    {
        write("outputs/income_by_region.csv", FixedTable);
        Reply s = post("/api/v1/projects/P1/submissions", submission());
        const QString path = "/api/v1/projects/P1/submissions/" + s.json["id"].toString();
        QVERIFY(!token("sup").isEmpty()); // signed in before counting (a sign-in is an audit event)
        const int before = m_api->auditEventCount();
        Reply other = post(path + "/withdraw", {}, "sup");
        QCOMPARE(other.status, 403);
        QCOMPARE(other.code(), QString("submission-not-author"));
        Reply early = post(path + "/resubmit", submission());
        QCOMPARE(early.status, 409);
        QCOMPARE(early.code(), QString("submission-wrong-state"));
        QCOMPARE(m_api->auditEventCount(), before + 1); // the 403 is audited as a refusal
        Reply w = post(path + "/withdraw", QJsonObject{{"note", "Wrong age bands"}});
        QVERIFY2(w.status == 200, w.body.constData());
        QCOMPARE(w.json["state"].toString(), QString("withdrawn"));
        QVERIFY(w.json["expected_answer_date"].isNull());
        const QJsonObject last = w.json["history"].toArray().last().toObject();
        QCOMPARE(last["action"].toString(), QString("withdraw"));
        QCOMPARE(last["note"].toString(), QString("Wrong age bands"));
        QCOMPARE(m_api->auditEventCount(), before + 2);
        Reply again = post(path + "/withdraw", {});
        QCOMPARE(again.status, 409);
        QCOMPARE(again.code(), QString("submission-wrong-state"));
        Reply badNote = m_api->call("POST", path + "/withdraw", R"({"reason":1})", token("res"));
        QCOMPARE(badNote.status, 400);
    }

    // A returned request is resubmitted with new file versions and answers; every round's
    // files and the whole history stay visible.
    void resubmitKeepsTheHistory()
    {
        write("outputs/income_by_region.csv", FixedTable);
        Reply s = post("/api/v1/projects/P1/submissions", submission());
        QCOMPARE(s.status, 201);
        const QString id = s.json["id"].toString();
        returnToAuthor(id, "Please also suppress Swansea under 30.");
        const QByteArray second =
            "Region,Under 30,30 and over\nCardiff,120,340\nNewport,[c],95\nSwansea,[c],210\n";
        write("outputs/income_by_region.csv", second);
        QJsonObject body = submission();
        body["note"] = "Suppressed Swansea as asked.";
        const int before = m_api->auditEventCount();
        Reply r = post("/api/v1/projects/P1/submissions/" + id + "/resubmit", body);
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(r.json["state"].toString(), QString("resubmitted"));
        QCOMPARE(r.json["round"].toInt(), 2);
        QCOMPARE(r.json["files"].toArray().at(0).toObject()["sha256"].toString(), sha256(second));
        const QJsonArray rounds = r.json["rounds"].toArray();
        QCOMPARE(rounds.size(), 2);
        QCOMPARE(rounds.at(0).toObject()["files"].toArray().at(0).toObject()["sha256"].toString(),
                 sha256(FixedTable));
        QCOMPARE(rounds.at(1).toObject()["files"].toArray().at(0).toObject()["sha256"].toString(),
                 sha256(second));
        QStringList steps;
        for (const auto &h : r.json["history"].toArray())
            steps << h.toObject()["action"].toString();
        QCOMPARE(steps, (QStringList{"submit", "start-review", "return", "resubmit"}));
        QCOMPARE(r.json["history"].toArray().at(2).toObject()["note"].toString(),
                 QString("Please also suppress Swansea under 30."));
        QCOMPARE(r.json["history"].toArray().at(3).toObject()["note"].toString(),
                 QString("Suppressed Swansea as asked."));
        QVERIFY(!r.json["expected_answer_date"].isNull());
        QCOMPARE(m_api->auditEventCount(), before + 1);
        // Both versions are kept.
        const store::BlobStore blobs(m_api->context().config().dataDir + "/blobs");
        QCOMPARE(blobs.get(sha256(FixedTable)).value(), FixedTable);
        QCOMPARE(blobs.get(sha256(second)).value(), second);
        // Only a returned request can be resubmitted.
        QCOMPARE(post("/api/v1/projects/P1/submissions/" + id + "/resubmit", body).code(),
                 QString("submission-wrong-state"));
    }

    // The blob store on a disk that is full (a small tmpfs mounted over it): the submission is
    // refused with 507 storage-full and a message that says so, nothing of it is recorded, no file
    // or part of one is left, and the refusal is on the record. Once there is room, the same
    // request is submitted and its snapshot is the file.
    void aFullBlobStoreKeepsNothingAndSaysSo()
    {
        QByteArray big = "Region,Under 30,30 and over\n";
        for (int i = 0; big.size() < 200 * 1024; ++i)
            big += "Area " + QByteArray::number(i) + ",120,340\n";
        write("outputs/income_by_region.csv", big);
        write("outputs/income_by_region_counts.csv", big);
        const QString folder = m_api->context().config().dataDir + "/blobs";
        QVERIFY(QDir().mkpath(folder));
        if (QProcess::execute("mount", {"-t", "tmpfs", "-o", "size=64k,mode=0700", "tmpfs", folder}) != 0)
            QSKIP("mounting a small tmpfs is not permitted here");
        struct Unmount
        {
            QString folder;
            ~Unmount() { QProcess::execute("umount", {folder}); }
        } unmount{folder};

        token("res");
        const int before = m_api->auditEventCount();
        const Reply full = post("/api/v1/projects/P1/submissions", submission());
        QVERIFY2(full.status == 507, full.body.constData());
        QCOMPARE(full.code(), QString("storage-full"));
        QVERIFY(full.json["message"].toString().contains("no room"));
        QCOMPARE(submissionCount(), 0);
        QStringList left;
        QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext())
            left << it.next();
        QVERIFY2(left.isEmpty(), qPrintable(left.join(", ")));
        auto events = store::AuditLog(m_api->context().database()).list(0, 1000000);
        QVERIFY(events.ok());
        QCOMPARE(int(events.value().size()), before + 1);
        QCOMPARE(events.value().constLast().action, QString("submission.storage-full"));
        QCOMPARE(events.value().constLast().subject, QString("project:P1"));
        QCOMPARE(events.value().constLast().details["path"].toString(),
                 QString("outputs/income_by_region.csv"));

        QCOMPARE(QProcess::execute("mount", {"-o", "remount,size=4m", folder}), 0);
        const Reply kept = post("/api/v1/projects/P1/submissions", submission());
        QVERIFY2(kept.status == 201, kept.body.constData());
        QCOMPARE(submissionCount(), 1);
        const store::BlobStore blobs(folder);
        QCOMPARE(blobs.get(sha256(big)).value(), big);
    }

    void requestLimits()
    {
        QJsonObject many = submission();
        QJsonArray files;
        for (int i = 0; i < 51; ++i)
            files.append(QJsonObject{{"path", QString("outputs/f%1.csv").arg(i)}, {"role", "output"}});
        many["files"] = files;
        Reply r = post("/api/v1/projects/P1/submissions", many);
        QCOMPARE(r.status, 400);
        QVERIFY(r.json["message"].toString().contains("submission.files: at most 50"));
        Reply huge =
            m_api->call("POST", "/api/v1/projects/P1/checks", QByteArray(2 * 1024 * 1024, ' '), token("res"));
        QCOMPARE(huge.status, 413);
        Reply bad = m_api->call("POST", "/api/v1/projects/P1/checks", "{\"tables\":", token("res"));
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.code(), QString("bad-request"));
        Reply anonymous = m_api->call("POST", "/api/v1/projects/P1/checks", json(checkOf({tableSpec()})));
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(submissionCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSubmissionsApi)
#include "tst_submissions_api.moc"
