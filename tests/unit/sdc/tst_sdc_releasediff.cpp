// Population summaries and differencing against earlier releases: the summary of a counts table
// (totals left out, labels kept only as keys), its stored form, rule 7's comparison as the check
// of one submission and the comparison with releases share it, and the release-differencing
// findings (naming the release and the released file; places of the checked table).

#include "sdc/CrossTableChecker.h"
#include "sdc/CsvReader.h"
#include "sdc/PopulationSummary.h"
#include "sdc/ReleaseDiffChecker.h"

#include <QTest>

using namespace srs::sdc;

namespace {

Table read(const QByteArray &csv)
{
    auto t = CsvReader::read(csv, QStringLiteral("t.csv"), TableLayout{});
    if (!t)
        qFatal("test table does not read: %s", qPrintable(t.error().message));
    return std::move(t).value();
}

PopulationSummary summaryOf(const QByteArray &csv, const Margins &margins = {},
                            const QStringList &variables = {})
{
    return PopulationSummary::of(read(csv), margins, variables);
}

// A released table as the store keeps it.
ReleasedTableSummary released(const QByteArray &csv, const QString &release = QStringLiteral("R-1"),
                              const QStringList &variables = {})
{
    const PopulationSummary s = summaryOf(csv, {}, variables);
    ReleasedTableSummary r;
    r.releaseId = release;
    r.file = QStringLiteral("outputs/released.csv");
    r.variables = variables;
    r.population = s.population;
    r.rowsKey = s.rows.setKey();
    r.columnsKey = s.columns.setKey();
    r.rowLines = s.rows.size();
    r.columnLines = s.columns.size();
    r.rowSums = PopulationSummary::encodeSums(s.rows.sums);
    r.columnSums = PopulationSummary::encodeSums(s.columns.sums);
    return r;
}

const QByteArray Released = "Area,Female,Male\nCardiff,50,60\nNewport,40,45\nSwansea,30,35\n";

} // namespace

class TestReleaseDiff : public QObject
{
    Q_OBJECT
private slots:
    void summaryLeavesTotalsOutAndMergesRepeatedLabels()
    {
        const QByteArray csv = "Area,A,B,Total\nX,1,2,3\nY,4,5,9\nX,10,20,30\nTotal,15,27,42\n";
        const Table t = read(csv);
        const PopulationSummary s = PopulationSummary::of(t, Margins{3, 2}, {QStringLiteral("area")});
        QCOMPARE(s.population, 42.0);
        QCOMPARE(s.rows.size(), 2); // X twice, Total left out
        QCOMPARE(s.columns.size(), 2);
        const qsizetype x = s.rows.labels.indexOf(QStringLiteral("X"));
        QVERIFY(x >= 0);
        QCOMPARE(s.rows.sums[std::size_t(x)], 33.0);
        QCOMPARE(s.rows.firstIndex[std::size_t(x)], 0);
        QCOMPARE(s.rows.keys.at(x), PopulationSummary::labelKey(QStringLiteral("X")));
        QVERIFY(!s.rows.keys.at(x).contains("X"));
        QCOMPARE(s.variables, QStringList{QStringLiteral("area")});
    }

    void setKeyIsTheLabelSet()
    {
        const PopulationSummary a = summaryOf("Area,N\nCardiff,1\nNewport,2\n");
        const PopulationSummary b = summaryOf("Area,N\nNewport,7\nCardiff,9\n");
        const PopulationSummary c = summaryOf("Area,N\nNewport,7\nSwansea,9\n");
        QCOMPARE(a.rows.setKey(), b.rows.setKey());
        QVERIFY(a.rows.setKey() != c.rows.setKey());
        QCOMPARE(a.rows.setKey().size(), 64);
        QCOMPARE(PopulationLines{}.setKey(), QString());
    }

    void sumsRoundTrip()
    {
        const std::vector<double> sums{0, 1, 12345678901234.0, 0x1p53, 2.5};
        const QByteArray text = PopulationSummary::encodeSums(sums);
        auto back = PopulationSummary::decodeSums(text, qsizetype(sums.size()));
        QVERIFY(back.ok());
        QCOMPARE(back.value(), sums);
        QVERIFY(!PopulationSummary::decodeSums(text, 4).ok());
        QVERIFY(!PopulationSummary::decodeSums("not base64!", 1).ok());
        QVERIFY(PopulationSummary::decodeSums({}, 0).ok());
    }

    void comparison_data()
    {
        QTest::addColumn<QByteArray>("checked");
        QTest::addColumn<QStringList>("expected"); // scope:label:difference
        QTest::newRow("3 fewer women in Newport: table, row and column")
            << QByteArray("Area,Female,Male\nCardiff,50,60\nNewport,37,45\nSwansea,30,35\n")
            << QStringList{"table::3", "row:Newport:3", "column:Female:3"};
        QTest::newRow("the same table: nothing")
            << QByteArray("Area,Female,Male\nCardiff,50,60\nNewport,40,45\nSwansea,30,35\n") << QStringList{};
        QTest::newRow("10 more, the threshold: nothing")
            << QByteArray("Area,Female,Male\nCardiff,50,60\nNewport,50,45\nSwansea,30,35\n") << QStringList{};
        QTest::newRow("9 more: review")
            << QByteArray("Area,Female,Male\nCardiff,50,60\nNewport,49,45\nSwansea,30,35\n")
            << QStringList{"table::9", "row:Newport:9", "column:Female:9"};
        QTest::newRow("one moved from a row to another: the rows only")
            << QByteArray("Area,Female,Male\nCardiff,51,60\nNewport,39,45\nSwansea,30,35\n")
            << QStringList{"row:Cardiff:1", "row:Newport:1"};
        QTest::newRow("other rows, same columns: table and columns")
            << QByteArray("Age,Female,Male\nYoung,60,70\nOld,58,70\n")
            << QStringList{"table::2", "column:Female:2"};
        QTest::newRow("other rows and columns: not over the same variables")
            << QByteArray("Age,Any\nYoung,130\nOld,128\n") << QStringList{};
    }
    void comparison()
    {
        QFETCH(QByteArray, checked);
        QFETCH(QStringList, expected);
        const Table values = read(checked);
        CheckedTable table{QStringLiteral("New table"),
                           QStringLiteral("outputs/new.csv"),
                           {},
                           &values,
                           PopulationSummary::of(values, {}, {})};
        const QList<Finding> findings = ReleaseDiffChecker::check(table, {released(Released)}, 10);
        QStringList got;
        for (const Finding &f : findings) {
            QCOMPARE(f.rule, QStringLiteral("release-differencing"));
            QCOMPARE(f.outcome, Outcome::Review);
            QCOMPARE(f.file, QStringLiteral("outputs/new.csv"));
            QCOMPARE(f.parameters.value("release").toString(), QStringLiteral("R-1"));
            QCOMPARE(f.parameters.value("released_file").toString(), QStringLiteral("outputs/released.csv"));
            QVERIFY(f.message.contains("outputs/released.csv of release R-1"));
            const QString scope = f.parameters.value("scope").toString();
            got << scope + ':' + f.row + f.column + ':' +
                       QString::number(f.parameters.value("difference").toDouble());
            // Rows and columns are named by their place in the checked file too.
            if (scope == "row")
                QCOMPARE(f.fileRow, values.fileRow(values.rowLabels.indexOf(f.row)));
            if (scope == "column")
                QCOMPARE(f.fileColumn, values.fileColumn(values.columnLabels.indexOf(f.column)));
            if (scope == "table")
                QVERIFY(f.place().isEmpty());
        }
        QCOMPARE(got, expected);
    }

    void declaredVariablesComparePopulationsOnly()
    {
        const Table values = read("Age,Any\nYoung,120\nOld,135\n"); // 255 people, 260 released
        CheckedTable table{QStringLiteral("By age"),
                           QStringLiteral("outputs/age.csv"),
                           {},
                           &values,
                           PopulationSummary::of(values, {}, {QStringLiteral("cohort-2024")})};
        QCOMPARE(ReleaseDiffChecker::check(table, {released(Released)}, 10).size(), 0);
        const auto findings = ReleaseDiffChecker::check(
            table, {released(Released, "R-2", {QStringLiteral("cohort-2024")})}, 10);
        QCOMPARE(findings.size(), 1); // other labels: the populations only
        QCOMPARE(findings.first().parameters.value("scope").toString(), QStringLiteral("table"));
        QCOMPARE(findings.first().parameters.value("difference").toDouble(), 5.0);
    }

    void everyReleaseIsNamed()
    {
        const Table values = read("Area,Female,Male\nCardiff,50,60\nNewport,38,45\nSwansea,30,35\n");
        CheckedTable table{QStringLiteral("New"),
                           QStringLiteral("outputs/new.csv"),
                           {},
                           &values,
                           PopulationSummary::of(values, {}, {})};
        const auto findings =
            ReleaseDiffChecker::check(table, {released(Released, "R-1"), released(Released, "R-2")}, 10);
        QCOMPARE(findings.size(), 6);
        QCOMPARE(findings.at(0).parameters.value("release").toString(), QStringLiteral("R-1"));
        QCOMPARE(findings.at(5).parameters.value("release").toString(), QStringLiteral("R-2"));
    }

    void damagedLineSumsStillComparePopulations()
    {
        const Table values = read("Area,Female,Male\nCardiff,50,60\nNewport,37,45\nSwansea,30,35\n");
        CheckedTable table{QStringLiteral("New"),
                           QStringLiteral("outputs/new.csv"),
                           {},
                           &values,
                           PopulationSummary::of(values, {}, {})};
        ReleasedTableSummary r = released(Released);
        r.rowSums = "damaged";
        r.columnSums.chop(4);
        const auto findings = ReleaseDiffChecker::check(table, {r}, 10);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().parameters.value("scope").toString(), QStringLiteral("table"));
    }

    // Rule 7 within one check uses the same comparison.
    void crossTableSharesTheComparison()
    {
        TablePopulation a{QStringLiteral("A"), QStringLiteral("a.csv"), {}, {}, read(Released), {}};
        TablePopulation b{QStringLiteral("B"),
                          QStringLiteral("b.csv"),
                          {},
                          {},
                          read("Area,Female,Male\nCardiff,50,60\nNewport,37,45\nSwansea,30,35\n"),
                          {}};
        const QList<Finding> cross = CrossTableChecker::check({a, b}, RiskProfile{});
        QStringList got;
        for (const Finding &f : cross) {
            if (f.file == "a.csv")
                got << f.row + '|' + f.column + '|' +
                           QString::number(f.parameters.value("difference").toDouble());
        }
        QCOMPARE(got, (QStringList{"||3", "Newport||3", "|Female|3"}));
    }
};

QTEST_GUILESS_MAIN(TestReleaseDiff)
#include "tst_sdc_releasediff.moc"
