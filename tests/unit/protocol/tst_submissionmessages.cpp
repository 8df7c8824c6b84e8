// Wire messages of the checks and submissions routes: what the server writes, the client reads
// back unchanged; requests are decoded strictly, naming the bad field; findings carry labels
// and never a value.

#include "protocol/SubmissionMessages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace srs;
using namespace srs::protocol;

namespace {

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject validRequest()
{
    return QJsonObject{
        {"title", "Income by region"},
        {"clearance_type", "publication"},
        {"files", QJsonArray{QJsonObject{{"path", "outputs/income.csv"},
                                         {"role", "output"},
                                         {"description", "Mean income"},
                                         {"destination", "Journal"}},
                             QJsonObject{{"path", "outputs/income_counts.csv"}, {"role", "supporting"}}}},
        {"tables", QJsonArray{QJsonObject{{"file", "outputs/income.csv"},
                                          {"statistic", "frequency"},
                                          {"counts", "outputs/income_counts.csv"}}}},
        {"controls", "Cells under 10 suppressed"},
        {"exceptions", QJsonArray{QJsonObject{{"path", "outputs/income.csv"},
                                              {"rule", "zero"},
                                              {"cell", "C3"},
                                              {"justification", "A structural zero: no such people."}}}},
    };
}

// Why a result failed, for a test's message (empty when it did not).
template <class R>
QByteArray why(const R &r)
{
    return r.ok() ? QByteArray() : r.error().message.toUtf8();
}

} // namespace

class TestSubmissionMessages : public QObject
{
    Q_OBJECT
private slots:
    void submissionRequestRoundTrips()
    {
        auto decoded = SubmissionRequest::fromJson(json(validRequest()), false);
        QVERIFY2(decoded.ok(), why(decoded).constData());
        const domain::SubmissionContent &c = decoded.value().content;
        QCOMPARE(c.title, QString("Income by region"));
        QCOMPARE(c.clearanceType, domain::ClearanceType::Publication);
        QCOMPARE(c.files.size(), 2);
        QCOMPARE(c.files.at(1).role, domain::FileRole::Supporting);
        QCOMPARE(c.tables.size(), 1);
        QCOMPARE(c.exceptions.at(0).cell, QString("C3"));
        auto again = SubmissionRequest::fromJson(decoded.value().toJson(), false);
        QVERIFY2(again.ok(), why(again).constData());
        QCOMPARE(again.value().content, c);
    }

    void badRequestsNameTheField_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<bool>("allowNote");
        QTest::addColumn<QString>("mentions");
        auto with = [](const char *key, const QJsonValue &v) {
            QJsonObject o = validRequest();
            o.insert(QString::fromLatin1(key), v);
            return o;
        };
        auto fileWith = [](const char *key, const QJsonValue &v) {
            QJsonObject o = validRequest();
            QJsonArray files = o["files"].toArray();
            QJsonObject f = files[0].toObject();
            f.insert(QString::fromLatin1(key), v);
            files[0] = f;
            o["files"] = files;
            return o;
        };
        QTest::newRow("unknown field")
            << with("admin", true) << false << "submission.admin: is not a known field";
        QTest::newRow("note on a first submission") << with("note", "x") << false << "submission.note";
        QTest::newRow("clearance type")
            << with("clearance_type", "everything") << false << "submission.clearance_type";
        QTest::newRow("files not a list") << with("files", "a.csv") << false << "submission.files";
        QTest::newRow("role") << fileWith("role", "secret") << false << "submission.files[0].role";
        QTest::newRow("absolute path")
            << fileWith("path", "/etc/passwd") << false << "submission.files[0].path";
        QTest::newRow("path escaping the workspace")
            << fileWith("path", "outputs/../../x.csv") << false << "submission.files[0].path";
        QTest::newRow("empty path part") << fileWith("path", "outputs//x.csv") << false << "files[0].path";
        QTest::newRow("unknown file field") << fileWith("sha256", "00") << false << "files[0].sha256";
        QTest::newRow("long description") << fileWith("description", QString(5000, 'x')) << false
                                          << "files[0].description: must be at most";
        QJsonArray many;
        for (int i = 0; i < 51; ++i)
            many.append(QJsonObject{{"path", QString("f%1.csv").arg(i)}, {"role", "output"}});
        QTest::newRow("too many files") << with("files", many) << false << "submission.files: at most 50";
        QTest::newRow("missing controls") << [] {
            QJsonObject o = validRequest();
            o.remove("controls");
            return o;
        }() << false << "submission.controls: is missing";
        QTest::newRow("table not an object") << with("tables", QJsonArray{1}) << false << "submission.tables";
    }
    void badRequestsNameTheField()
    {
        QFETCH(QJsonObject, body);
        QFETCH(bool, allowNote);
        QFETCH(QString, mentions);
        auto decoded = SubmissionRequest::fromJson(json(body), allowNote);
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error().message.contains(mentions), qPrintable(decoded.error().message));
    }

    void resubmitCarriesANote()
    {
        QJsonObject o = validRequest();
        o.insert("note", "Merged Newport with Cardiff.");
        auto decoded = SubmissionRequest::fromJson(json(o), true);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value().note, QString("Merged Newport with Cardiff."));
    }

    void checkRequest()
    {
        auto decoded = CheckRequest::fromJson(
            R"({"files":[{"path":"code/a.R","role":"code"}],"tables":[{"file":"t.csv","statistic":"frequency","counts":"c.csv"}]})");
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value().files.at(0).role, domain::FileRole::Code);
        QCOMPARE(CheckRequest::fromJson(decoded.value().toJson()).value().tables, decoded.value().tables);
        QVERIFY(!CheckRequest::fromJson("{}").ok());
        QVERIFY(CheckRequest::fromJson(R"({"files":[],"x":1})").error().message.contains("check.x"));
        QVERIFY(!CheckRequest::fromJson("[1]").ok());
    }

    // A spec goes on the wire as the wizard has always written it: the defaults left out, a companion
    // that is only a file as the file's name, top contributions only for a magnitude table.
    void tableSpecsOnTheWire()
    {
        domain::TableSpec counted;
        counted.file = "outputs/income.csv";
        counted.sheet = "Sheet 2";
        counted.layout.labelRows = 2;
        counted.counts.file = "outputs/income_counts.csv";
        counted.top1.file = "outputs/stale_top1.csv"; // left from a statistic chosen before
        counted.weighted = true;
        counted.margins.mode = domain::MarginSpec::Mode::Off;
        counted.dataset = "LFS-2024";
        domain::TableSpec mean;
        mean.file = "outputs/mean.csv";
        mean.statistic = domain::Statistic::Mean;
        mean.counts.file = "outputs/mean_counts.csv";
        mean.top1.file = "outputs/mean_top1.csv";
        mean.top2.file = "outputs/mean_top2.csv";
        domain::TableSpec ratio;
        ratio.file = "outputs/ratio.xlsx";
        ratio.statistic = domain::Statistic::Ratio;
        ratio.counts = {"outputs/ratio.xlsx", "N", {}};
        ratio.top1.file = "outputs/ratio_top1.csv";
        ratio.top2.file = "outputs/ratio_top2.csv";
        ratio.total.file = "outputs/ratio_total.csv";
        ratio.margins = {domain::MarginSpec::Mode::Named, "All", {}};
        CheckRequest request;
        request.tables = {counted, mean, ratio};
        QCOMPARE(
            request.toJson(),
            QByteArray(
                R"({"files":[],"tables":[)"
                R"({"counts":"outputs/income_counts.csv","dataset":"LFS-2024","file":"outputs/income.csv",)"
                R"("label_rows":2,"margins":false,"sheet":"Sheet 2","statistic":"frequency","weighted":true},)"
                R"({"counts":"outputs/mean_counts.csv","file":"outputs/mean.csv","statistic":"mean",)"
                R"("top1":"outputs/mean_top1.csv","top2":"outputs/mean_top2.csv"},)"
                R"({"counts":{"file":"outputs/ratio.xlsx","sheet":"N"},"file":"outputs/ratio.xlsx",)"
                R"("margins":{"column":"","row":"All"},"statistic":"ratio","top1":"outputs/ratio_top1.csv",)"
                R"("top2":"outputs/ratio_top2.csv","total":"outputs/ratio_total.csv"}]})"));
        // Read back, each is the spec sent (less what a frequency table does not take).
        auto decoded = CheckRequest::fromJson(request.toJson());
        QVERIFY2(decoded.ok(), why(decoded).constData());
        QVERIFY(decoded.value().invalidTables.isEmpty());
        counted.top1 = {};
        QVERIFY(decoded.value().tables == (QList<domain::TableSpec>{counted, mean, ratio}));
    }

    // A spec that is not valid does not spoil the request: it is kept as that table's error,
    // naming tables[i] and the field, and the other tables are read.
    void invalidTableSpecsAreKeptPerTable()
    {
        const QByteArray tables =
            R"("tables":[{"file":"a.csv","statistic":"frequency","counts":"a_n.csv"},)"
            R"({"file":"b.csv","statistic":"mean","counts":"b_n.csv"},{"file":"c.csv","statistic":"often"}])";
        const QByteArray body = "{" + tables + "}";
        auto check = CheckRequest::fromJson(body);
        QVERIFY2(check.ok(), why(check).constData());
        QCOMPARE(check.value().tables.size(), 3);
        QCOMPARE(check.value().tables.at(0).counts.file, QString("a_n.csv"));
        QCOMPARE(check.value().tables.at(1).file, QString("b.csv"));
        QCOMPARE(check.value().invalidTables.keys(), (QList<int>{1, 2}));
        const Error top1 = check.value().invalidTables.value(1);
        QCOMPARE(top1.code, QString("table-invalid-spec"));
        QCOMPARE(top1.field, QString("tables[1].top1"));
        QVERIFY2(top1.message.startsWith("tables[1].top1: "), qPrintable(top1.message));
        QCOMPARE(check.value().invalidTables.value(2).field, QString("tables[2].statistic"));

        QJsonObject request = validRequest();
        request["tables"] = QJsonDocument::fromJson(body)["tables"].toArray();
        auto submission = SubmissionRequest::fromJson(json(request), false);
        QVERIFY2(submission.ok(), why(submission).constData());
        QCOMPARE(submission.value().invalidTables.keys(), (QList<int>{1, 2}));
        QCOMPARE(submission.value().invalidTables.first().field, QString("tables[1].top1"));
    }

    void withdrawRequest()
    {
        QVERIFY(WithdrawRequest::fromJson("").ok());
        QCOMPARE(WithdrawRequest::fromJson(R"({"note":"wrong file"})").value().note, QString("wrong file"));
        QVERIFY(!WithdrawRequest::fromJson(R"({"reason":"x"})").ok());
    }

    void checkResultRoundTrips()
    {
        CheckResultInfo c;
        c.status = "fail";
        c.checkedAt = QDateTime(QDate(2026, 3, 2), QTime(10, 0), QTimeZone::utc());
        CheckItemInfo table;
        table.kind = "table";
        table.tableIndex = 0;
        table.path = "outputs/income.csv";
        table.status = "fail";
        table.cells = 12;
        CheckFindingInfo f;
        f.rule = "margin-differencing";
        f.outcome = "fail";
        f.path = "outputs/income.csv";
        f.fileRow = 4;
        f.fileColumn = 3;
        f.cell = "C4";
        f.message = "The cell ...";
        f.alsoSuppress = {"C5"};
        f.rowLabel = "Newport";
        f.columnLabel = "Female";
        f.alsoSuppressLabels = {{"Newport", "Male"}};
        table.findings = {f};
        table.findingsTotal = 1200;
        CheckItemInfo broken;
        broken.kind = "table";
        broken.tableIndex = 1;
        broken.status = "error";
        broken.error = Error{"table-shape-mismatch", "tables[1].counts: ...", "tables[1].counts"};
        c.items = {table, broken};
        auto back = CheckResultInfo::fromJson(c.toJson());
        QVERIFY2(back.ok(), why(back).constData());
        QCOMPARE(back.value().status, QString("fail"));
        QCOMPARE(back.value().checkedAt, c.checkedAt);
        QCOMPARE(back.value().items.at(0).findings.at(0), f);
        QCOMPARE(back.value().items.at(0).findingsTotal, 1200);
        QCOMPARE(back.value().items.at(1).error->field, QString("tables[1].counts"));
        QCOMPARE(back.value().items.at(1).tableIndex, 1);
        QVERIFY(!CheckResultInfo::fromJson(R"({"status":"pass","items":[{"kind":"picture"}]})").ok());
    }

    void submissionInfoRoundTrips()
    {
        SubmissionInfo info;
        domain::Submission &s = info.submission;
        s.id = "S-1";
        s.projectId = "P1";
        s.authorId = "u-1";
        s.state = domain::SubmissionState::Resubmitted;
        s.round = 2;
        s.content = SubmissionRequest::fromJson(json(validRequest()), false).value().content;
        s.content.files[0].sha256 = QString(64, 'a');
        s.content.files[0].size = 42;
        s.createdAt = QDateTime(QDate(2026, 3, 2), QTime(10, 0), QTimeZone::utc());
        s.updatedAt = s.createdAt.addDays(2);
        s.submittedAt = s.updatedAt;
        s.expectedAnswerDate = QDate(2026, 3, 11);
        s.history = {{s.createdAt,
                      "u-1",
                      domain::SubmissionAction::Submit,
                      domain::SubmissionState::Draft,
                      domain::SubmissionState::Submitted,
                      1,
                      {}},
                     {s.updatedAt, "u-1", domain::SubmissionAction::Resubmit,
                      domain::SubmissionState::Returned, domain::SubmissionState::Resubmitted, 2, "Fixed"}};
        info.author = {"u-1", "asha", "Asha"};
        info.actorNames = {{"u-1", "Asha"}};
        info.check.status = "pass";
        info.rounds = {{1, s.createdAt, "fail", s.content.files}, {2, s.updatedAt, "pass", s.content.files}};
        auto back = SubmissionInfo::fromJson(info.toJson());
        QVERIFY2(back.ok(), why(back).constData());
        QCOMPARE(back.value().submission, s);
        QCOMPARE(back.value().author.displayName, QString("Asha"));
        QCOMPARE(back.value().rounds.size(), 2);
        QCOMPARE(back.value().rounds.at(1).files.at(0).sha256, QString(64, 'a'));
        QCOMPARE(back.value().actorNames.value("u-1"), QString("Asha"));

        SubmissionSummary summary;
        summary.id = "S-1";
        summary.projectId = "P1";
        summary.author = info.author;
        summary.title = "T";
        summary.state = domain::SubmissionState::Withdrawn;
        summary.round = 1;
        summary.files = 2;
        auto list = decodeSubmissionList(encodeSubmissionList({summary}));
        QVERIFY(list.ok());
        QCOMPARE(list.value().at(0).state, domain::SubmissionState::Withdrawn);
        QCOMPARE(list.value().at(0).files, 2);
        QVERIFY(!decodeSubmissionList(R"({"submissions":[{"id":"S"}]})").ok());
    }

    void fieldErrorsNameTheField()
    {
        const QJsonObject o = QJsonDocument::fromJson(
                                  encodeFieldError(Error{"supporting-file-missing", "m", "tables[0].counts"}))
                                  .object();
        QCOMPARE(o["field"].toString(), QString("tables[0].counts"));
        QCOMPARE(o["code"].toString(), QString("supporting-file-missing"));
        QVERIFY(!QJsonDocument::fromJson(encodeFieldError(Error{"x", "m"})).object().contains("field"));
    }
};

QTEST_GUILESS_MAIN(TestSubmissionMessages)
#include "tst_submissionmessages.moc"
