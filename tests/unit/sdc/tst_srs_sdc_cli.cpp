// Runs the built srs-sdc on the worked examples of docs/sdc.md: exit codes and JSON.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QJsonObject json;
    QString out;
    QString err;
};

QString dataDir()
{
    const QByteArray source = qgetenv("SRS_SOURCE_DIR"); // set by ctest
    return source.isEmpty() ? QStringLiteral(SRS_SDC_DATA_DIR)
                            : QString::fromLocal8Bit(source) + "/tests/data/sdc";
}

Run runTool(const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(dataDir());
    p.start(QStringLiteral(SRS_SDC_BINARY), args);
    p.waitForFinished(60000);
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    if (args.contains("--json"))
        r.json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    return r;
}

QJsonArray findingsOf(const QJsonObject &report, const QString &uid = "output_0")
{
    return report["results"].toObject()[uid].toObject()["findings"].toArray();
}
} // namespace

class TestSrsSdcCli : public QObject
{
    Q_OBJECT
private slots:
    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("clean table passes")
            << QStringList{"check", "clean_table.csv", "--counts", "clean_counts.csv"} << 0;
        QTest::newRow("two tables differ by 3: review")
            << QStringList{"check", "--spec", "spec_cross.json"} << 1;
        QTest::newRow("worked spec fails") << QStringList{"check", "--spec", "spec.json"} << 2;
        QTest::newRow("quick form fails")
            << QStringList{"check", "freq_table.csv", "--counts", "freq_counts.csv"} << 2;
        QTest::newRow("lenient profile")
            << QStringList{"check",     "freq_table.csv",       "--counts",  "freq_counts.csv",
                           "--profile", "profile_lenient.json", "--margins", "false"}
            << 0;
        QTest::newRow("missing counts") << QStringList{"check", "freq_table.csv"} << 3;
        QTest::newRow("missing file") << QStringList{"check", "nope.csv", "--counts", "freq_counts.csv"} << 3;
        QTest::newRow("mismatched companion")
            << QStringList{"check", "income_mean.csv", "--counts", "freq_counts.csv"} << 3;
        QTest::newRow("bad statistic")
            << QStringList{"check", "freq_table.csv", "--counts", "freq_counts.csv", "--statistic", "avg"}
            << 3;
        QTest::newRow("magnitude quick form")
            << QStringList{"check",    "income_mean.csv",   "--statistic", "mean",
                           "--counts", "income_counts.csv", "--top1",      "income_top1.csv",
                           "--top2",   "income_top2.csv"}
            << 2;
        QTest::newRow("scan-code fails") << QStringList{"scan-code", "analysis.R"} << 2;
        QTest::newRow("scan-code passes") << QStringList{"scan-code", "clean.do"} << 0;
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << 3;
        // ACRO's verdicts with --profile acro (acro/README.md), the service's without.
        QTest::newRow("zero: service reviews")
            << QStringList{"check", "acro/zeros.csv", "--counts", "acro/zeros.csv"} << 1;
        QTest::newRow("zero: ACRO fails")
            << QStringList{"check", "acro/zeros.csv", "--counts", "acro/zeros.csv", "--profile", "acro"} << 2;
        QTest::newRow("negative: ACRO reviews")
            << QStringList{"check",    "acro/negative_sum.csv",    "--statistic", "sum",
                           "--counts", "acro/negative_counts.csv", "--top1",      "acro/negative_top1.csv",
                           "--top2",   "acro/negative_top2.csv",   "--profile",   "acro"}
            << 1;
        QTest::newRow("negative: service fails")
            << QStringList{"check",    "acro/negative_sum.csv",    "--statistic", "sum",
                           "--counts", "acro/negative_counts.csv", "--top1",      "acro/negative_top1.csv",
                           "--top2",   "acro/negative_top2.csv"}
            << 2;
        QTest::newRow("percentage: service passes")
            << QStringList{"check",    "acro/percentage_table.csv", "--statistic", "percentage",
                           "--counts", "acro/percentage_counts.csv"}
            << 0;
        QTest::newRow("percentage: ACRO fails every cell")
            << QStringList{"check",    "acro/percentage_table.csv",  "--statistic", "percentage",
                           "--counts", "acro/percentage_counts.csv", "--profile",   "acro"}
            << 2;
    }
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const Run r = runTool(args);
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.out + r.err));
    }

    void missingCountsMessage()
    {
        const Run r = runTool({"check", "freq_table.csv"});
        QVERIFY2(r.err.contains("counts are required"), qPrintable(r.err));
    }

    void jsonReport()
    {
        const Run r = runTool({"check", "freq_table.csv", "--counts", "freq_counts.csv", "--json"});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.json["status"].toString(), QString("fail"));
        const QJsonObject entry = r.json["results"].toObject()["output_0"].toObject();
        // ACRO's keys are all there.
        for (const char *key : {"uid", "status", "type", "properties", "files", "outcome", "command",
                                "summary", "timestamp", "comments", "exception", "sdc"})
            QVERIFY2(entry.contains(QLatin1String(key)), key);
        QVERIFY(entry["sdc"].toObject()["summary"].toObject().contains("threshold"));
        QCOMPARE(entry["sdc"].toObject()["summary"].toObject()["threshold"].toInt(), 1);
        QCOMPARE(entry["sdc"].toObject()["cells"].toObject()["threshold"].toArray().first().toArray(),
                 (QJsonArray{2, 1}));
        const QJsonArray findings = findingsOf(r.json);
        bool sawThreshold = false;
        for (const QJsonValue &v : findings) {
            const QJsonObject f = v.toObject();
            for (const char *key : {"rule", "outcome", "row", "column"})
                QVERIFY(f.contains(QLatin1String(key)));
            if (f["rule"] == "threshold") {
                sawThreshold = true;
                QCOMPARE(f["outcome"].toString(), QString("fail"));
                QCOMPARE(f["row"].toString(), QString("Swansea"));
                QCOMPARE(f["column"].toString(), QString("Male"));
                QCOMPARE(f["cell"].toString(), QString("C4"));
                QCOMPARE(f["parameters"].toObject()["count"].toInt(), 9);
                // A cell's finding carries no prose: the rule's explanation is given once.
                QVERIFY(!f.contains("message"));
            } else {
                QVERIFY(f.contains("message")); // margins: the message names the complementary cell
            }
        }
        QVERIFY(sawThreshold);
        const QJsonArray rules = entry["rules"].toArray();
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules[0].toObject()["rule"].toString(), QString("threshold"));
        QCOMPARE(rules[0].toObject()["cells"].toInt(), 1);
        QVERIFY(rules[0].toObject()["explanation"].toString().contains("fewer than 10 records"));
    }

    void acroCarried()
    {
        const Run r = runTool({"check", "--spec", "spec.json", "--acro", "acro_results.json", "--json"});
        QCOMPARE(r.exitCode, 2);
        const QJsonObject acro = r.json["acro"].toObject();
        QCOMPARE(acro["version"].toString(), QString("0.4.5"));
        const QJsonObject out0 = acro["results"].toObject()["output_0"].toObject();
        QCOMPARE(out0["status"].toString(), QString("fail"));
        QVERIFY(out0["summary"].toString().startsWith("fail; threshold"));
        const Run text = runTool({"check", "--spec", "spec.json", "--acro", "acro_results.json"});
        QVERIFY(text.out.contains("ACRO results carried from acro_results.json"));
    }

    void codeJson()
    {
        const Run r = runTool({"scan-code", "analysis.R", "--json"});
        const QJsonArray findings = findingsOf(r.json);
        QVERIFY(!findings.isEmpty());
        for (const QJsonValue &v : findings)
            QVERIFY(v.toObject()["line"].toInt() > 0);
    }

    void textAllAndAcro()
    {
        const Run all = runTool({"check", "freq_table.csv", "--counts", "freq_counts.csv", "--all"});
        QCOMPARE(all.exitCode, 2);
        QVERIFY(all.out.contains("FAIL threshold: 1 cell."));
        QVERIFY(all.out.contains("    row 'Swansea', column 'Male' (C4): 9 records\n"));
        const Run acro =
            runTool({"check", "acro/zeros.csv", "--counts", "acro/zeros.csv", "--profile", "acro"});
        QVERIFY2(acro.out.startsWith("acro/zeros.csv (frequency): FAIL (ACRO's rules)\n"),
                 qPrintable(acro.out));
        QVERIFY(acro.out.contains("    row 'Cardiff', column 'Female' (B2): 0 records\n"));
    }

    void textSummaryNamesCells()
    {
        const Run r = runTool({"check", "freq_table.csv", "--counts", "freq_counts.csv"});
        QVERIFY(r.out.contains("row 'Swansea', column 'Male'"));
        QVERIFY(r.out.contains("Overall: FAIL"));
    }
};

QTEST_GUILESS_MAIN(TestSrsSdcCli)
#include "tst_srs_sdc_cli.moc"
