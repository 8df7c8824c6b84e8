// The ACRO profile against cases built from ACRO 1.0.1's own semantics (tests/data/sdc/acro/README.md
// says which ACRO source each case follows), beside the service's default rules on the same
// files, so that every difference between the two is a row here.
#include "sdc/Report.h"
#include "sdc/SubmissionChecker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace srs::sdc;

namespace {

QString dataDir()
{
    const QByteArray source = qgetenv("SRS_SOURCE_DIR"); // set by ctest
    return source.isEmpty() ? QString(QStringLiteral(SRS_SDC_DATA_DIR) + "/acro")
                            : QString(QString::fromLocal8Bit(source) + "/tests/data/sdc/acro");
}

FileResolver dirResolver()
{
    return [](const QString &name) -> Result<QByteArray> {
        QFile f(QDir(dataDir()).filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::FileNotFound, name);
        return f.readAll();
    };
}

RiskProfile profileNamed(const QString &name)
{
    if (name == "service")
        return RiskProfile{};
    if (name == "acro")
        return RiskProfile::acro();
    QFile f(QDir(dataDir()).filePath(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no profile %s", qPrintable(name));
    auto p = RiskProfile::fromJson(f.readAll());
    if (!p)
        qFatal("bad profile %s", qPrintable(p.error().message));
    return p.value();
}

// "frequency zeros.csv", "percentage percentage" (<stem>_table.csv with <stem>_counts.csv) or
// "sum dominance" (sum, counts, top1, top2 files of that stem).
TableSpec specFor(const QString &table)
{
    const QStringList parts = table.split(' ');
    QJsonObject o;
    if (parts[0] == "frequency") {
        o = QJsonObject{{"file", parts[1]}, {"statistic", "frequency"}, {"counts", parts[1]}};
    } else if (parts[0] == "percentage") {
        o = QJsonObject{{"file", QString(parts[1] + "_table.csv")},
                        {"statistic", "percentage"},
                        {"counts", QString(parts[1] + "_counts.csv")}};
    } else {
        const QString stem = parts[1];
        o = QJsonObject{{"file", QString(stem + "_sum.csv")},      {"statistic", parts[0]},
                        {"counts", QString(stem + "_counts.csv")}, {"top1", QString(stem + "_top1.csv")},
                        {"top2", QString(stem + "_top2.csv")},     {"margins", false}};
    }
    auto spec = tableSpecFromJson(o, "spec");
    if (!spec)
        qFatal("bad spec: %s", qPrintable(spec.error().message));
    return spec.value();
}

// "Row/Column rule:outcome", sorted.
QStringList findingsOf(const FileReport &f)
{
    QStringList out;
    for (const Finding &x : f.allFindings())
        out << QStringLiteral("%1/%2 %3:%4").arg(x.row, x.column, x.rule, outcomeName(x.outcome));
    out.sort();
    return out;
}

} // namespace

class TestSdcAcro : public QObject
{
    Q_OBJECT
private slots:
    void profileDefaults()
    {
        const RiskProfile acro = RiskProfile::acro();
        // ACRO 1.0.1 default.yaml
        QCOMPARE(acro.threshold, 10);
        QCOMPARE(acro.nkN, 2);
        QCOMPARE(acro.nkK, 0.9);
        QCOMPARE(acro.pRatio, 0.1);
        QCOMPARE(acro.dof, 10);
        QCOMPARE(acro.zerosDisclosive, true);
        QCOMPARE(acro.rules, RuleSet::Acro);
        // A profile file can ask for ACRO's rules and change one number.
        auto file = RiskProfile::fromJson(R"({"rules": "acro", "threshold": 5})");
        QVERIFY(file.ok());
        QCOMPARE(file.value().rules, RuleSet::Acro);
        QCOMPARE(file.value().threshold, 5);
        QCOMPARE(file.value().nkK, 0.9);
        QVERIFY(!RiskProfile::fromJson(R"({"rules": "sdcmicro"})").ok());
    }

    void cases_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QStringList>("findings");
        QTest::addColumn<QString>("status");

        // Zeros, both ways: the service asks for review; ACRO fails the zero on the threshold,
        // whatever zeros_are_disclosive says.
        QTest::newRow("zero: service reviews")
            << "frequency zeros.csv"
            << "service" << QStringList{"Cardiff/Female zero:review"} << "review";
        QTest::newRow("zero: ACRO fails it on the threshold")
            << "frequency zeros.csv"
            << "acro" << QStringList{"Cardiff/Female threshold:fail"} << "fail";
        QTest::newRow("zero: ACRO, zeros not disclosive, still fails")
            << "frequency zeros.csv"
            << "acro_zeros_not_disclosive.json" << QStringList{"Cardiff/Female threshold:fail"} << "fail";

        // Threshold: 9 fails, exactly 10 passes, in both.
        QTest::newRow("threshold: service")
            << "frequency threshold.csv"
            << "service" << QStringList{"Cardiff/Female threshold:fail"} << "fail";
        QTest::newRow("threshold: ACRO") << "frequency threshold.csv"
                                         << "acro" << QStringList{"Cardiff/Female threshold:fail"} << "fail";

        // N-K and p%: ACRO fails N-K strictly above 90 %, p% strictly below 10 %, p% on a cell
        // whose total is not positive; the service fails N-K at or above 85 %.
        QTest::newRow("dominance: ACRO") << "sum dominance"
                                         << "acro" << QStringList{"nk 91%/Income dominance-nk:fail",
                                                                  "one contribution/Income dominance-nk:fail",
                                                                  "one contribution/Income p-ratio:fail",
                                                                  "one contribution/Income threshold:fail",
                                                                  "p 10%/Income dominance-nk:fail",
                                                                  "p 9.8%/Income dominance-nk:fail",
                                                                  "p 9.8%/Income p-ratio:fail",
                                                                  "total 0/Income p-ratio:fail"}
                                         << "fail";
        QTest::newRow("dominance: ACRO, zeros not disclosive")
            << "sum dominance"
            << "acro_zeros_not_disclosive.json" << QStringList{"nk 91%/Income dominance-nk:fail",
                                                               "one contribution/Income dominance-nk:fail",
                                                               "one contribution/Income threshold:fail",
                                                               "p 10%/Income dominance-nk:fail",
                                                               "p 9.8%/Income dominance-nk:fail",
                                                               "p 9.8%/Income p-ratio:fail"}
            << "fail";
        QTest::newRow("dominance: service")
            << "sum dominance"
            << "service" << QStringList{"nk 90%/Income dominance-nk:fail",
                                        "nk 91%/Income dominance-nk:fail",
                                        "one contribution/Income dominance-nk:fail",
                                        "one contribution/Income p-ratio:fail",
                                        "one contribution/Income threshold:fail",
                                        "p 10%/Income dominance-nk:fail",
                                        "p 9.8%/Income dominance-nk:fail",
                                        "p 9.8%/Income p-ratio:fail"}
            << "fail";

        // Negatives: ACRO's table is "review" when any contribution is negative, though another
        // cell is below the threshold; the service fails the threshold and reviews the negative.
        QTest::newRow("negative: ACRO reviews the whole table")
            << "sum negative"
            << "acro" << QStringList{"Cardiff/Income negative:review", "Newport/Income threshold:review"}
            << "review";
        QTest::newRow("negative: service")
            << "sum negative"
            << "service" << QStringList{"Cardiff/Income negative:review", "Newport/Income threshold:fail"}
            << "fail";

        // A normalised (percentage) crosstab: ACRO compares the proportions pandas normalised (at
        // most 1) with the threshold, totals included, so every cell fails; the service judges the
        // counts behind them (all at least 10) and passes.
        const QStringList everyPercentageCell{
            "All/All threshold:fail",     "All/Female threshold:fail",     "All/Male threshold:fail",
            "Cardiff/All threshold:fail", "Cardiff/Female threshold:fail", "Cardiff/Male threshold:fail",
            "Newport/All threshold:fail", "Newport/Female threshold:fail", "Newport/Male threshold:fail"};
        QTest::newRow("percentage: ACRO fails every cell, totals too")
            << "percentage percentage"
            << "acro" << everyPercentageCell << "fail";
        QTest::newRow("percentage: service judges the counts") << "percentage percentage"
                                                               << "service" << QStringList{} << "pass";
        // The comparison is a real one: with a threshold of 1 the proportion 1 (100%) passes.
        QStringList belowOne = everyPercentageCell;
        belowOne.removeAll("All/All threshold:fail");
        QTest::newRow("percentage: ACRO, threshold 1, the whole table's 100% passes")
            << "percentage percentage"
            << "acro_threshold_1.json" << belowOne << "fail";

        // An all-zero row (Swansea) and column (Other): ACRO's frequency masks are built from a
        // crosstab that is not trimmed (delete_empty_rows_columns trims only the table shown), so
        // every zero is judged by the threshold; the service asks for review of each zero.
        const QStringList zeros{"Cardiff/Other", "Newport/Other", "Swansea/Female", "Swansea/Male",
                                "Swansea/Other"};
        QStringList acroZeros;
        QStringList serviceZeros;
        for (const QString &cell : zeros) {
            acroZeros << cell + " threshold:fail";
            serviceZeros << cell + " zero:review";
        }
        QTest::newRow("empty row and column: ACRO judges them") << "frequency empty_row_column.csv"
                                                                << "acro" << acroZeros << "fail";
        QTest::newRow("empty row and column: service reviews the zeros")
            << "frequency empty_row_column.csv"
            << "service" << serviceZeros << "review";
    }
    void cases()
    {
        QFETCH(QString, table);
        QFETCH(QString, profile);
        QFETCH(QStringList, findings);
        QFETCH(QString, status);
        findings.sort();
        const Report report = checkSubmission({specFor(table)}, profileNamed(profile), dirResolver());
        QCOMPARE(report.files.size(), 1);
        const FileReport &f = report.files.first();
        QVERIFY2(!f.error, qPrintable(f.error ? f.error->message : QString()));
        QCOMPARE(findingsOf(f), findings);
        QCOMPARE(statusName(f.status()), status);
        QCOMPARE(report.exitCode(), status == "pass" ? 0 : status == "review" ? 1 : 2);
    }

    // ACRO's summary words (get_summary) for the ACRO profile.
    void acroSummary_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("summary");
        QTest::newRow("threshold") << "frequency zeros.csv"
                                   << "fail; threshold: 1 cells may need suppressing; ";
        QTest::newRow("negative") << "sum negative"
                                  << "review; negative values found";
        QTest::newRow("percentage") << "percentage percentage"
                                    << "fail; threshold: 9 cells may need suppressing; ";
        QTest::newRow("empty row and column") << "frequency empty_row_column.csv"
                                              << "fail; threshold: 5 cells may need suppressing; ";
        QTest::newRow("dominance")
            << "sum dominance"
            << "fail; threshold: 1 cells may need suppressing; p-ratio: 3 cells may need "
               "suppressing; nk-rule: 4 cells may need suppressing; ";
    }
    void acroSummary()
    {
        QFETCH(QString, table);
        QFETCH(QString, summary);
        const Report report = checkSubmission({specFor(table)}, RiskProfile::acro(), dirResolver());
        QCOMPARE(report.files.first().summary(), summary);
        // The JSON report carries it as ACRO's results.json does.
        const QJsonObject entry = report.toJson()["results"].toObject()["output_0"].toObject();
        QCOMPARE(entry["summary"].toString(), summary);
    }

    // A percentage cell's finding under ACRO's rules carries the value shown and the proportion
    // compared, and counts as ACRO's "threshold".
    void percentageFindingNumbers()
    {
        const Report report =
            checkSubmission({specFor("percentage percentage")}, RiskProfile::acro(), dirResolver());
        const FileReport &f = report.files.first();
        bool seen = false;
        for (const Finding &x : f.allFindings()) {
            if (x.row != "Cardiff" || x.column != "Female")
                continue;
            seen = true;
            QCOMPARE(x.rule, QString("threshold"));
            QCOMPARE(x.parameters["value"].toDouble(), 20.0);
            QCOMPARE(x.parameters["proportion"].toDouble(), 0.2);
            QCOMPARE(x.parameters["threshold"].toDouble(), 10.0);
            QVERIFY2(x.message.contains("normalised"), qPrintable(x.message));
        }
        QVERIFY(seen);
        const QJsonObject sdc =
            report.toJson()["results"].toObject()["output_0"].toObject()["sdc"].toObject();
        QCOMPARE(sdc["summary"].toObject()["threshold"].toInt(), 9);
        QCOMPARE(sdc["cells"].toObject()["threshold"].toArray().size(), 9);
    }

    // ACRO does not check totals or compare tables: the ACRO profile leaves those rules out.
    void noMarginsNorCrossTables()
    {
        const QString sdc = QFileInfo(dataDir()).absolutePath();
        const FileResolver resolve = [sdc](const QString &name) -> Result<QByteArray> {
            QFile f(QDir(sdc).filePath(name));
            if (!f.open(QIODevice::ReadOnly))
                return makeError(ErrorCode::FileNotFound, name);
            return f.readAll();
        };
        auto spec = tableSpecFromJson(
            {{"file", "freq_table.csv"}, {"statistic", "frequency"}, {"counts", "freq_counts.csv"}}, "spec");
        QVERIFY(spec.ok());
        const Report service = checkSubmission({spec.value()}, RiskProfile{}, resolve);
        const Report acro = checkSubmission({spec.value()}, RiskProfile::acro(), resolve);
        QVERIFY(findingsOf(service.files.first()).join(' ').contains("margin-differencing"));
        QCOMPARE(findingsOf(acro.files.first()), QStringList{"Swansea/Male threshold:fail"});
    }
};

QTEST_GUILESS_MAIN(TestSdcAcro)
#include "tst_sdc_acro.moc"
