// Rules 1-8 of SDC-RULES.md, each at and either side of its boundary.
#include "SdcTestSupport.h"

#include "sdc/RiskProfile.h"

#include <QJsonArray>
#include <QTest>

using namespace srs::sdc;
using namespace srs::sdc::test;

namespace {
QByteArray oneCell(const QString &value)
{
    return QStringLiteral("Area,Count\nCardiff,%1\n").arg(value).toUtf8();
}
} // namespace

class TestTableRules : public QObject
{
    Q_OBJECT
private slots:
    void threshold_data()
    {
        QTest::addColumn<QString>("count");
        QTest::addColumn<QStringList>("rules");
        QTest::newRow("exactly 10 passes") << "10" << QStringList();
        QTest::newRow("9 fails") << "9" << QStringList{"threshold:fail"};
        QTest::newRow("1 fails") << "1" << QStringList{"threshold:fail"};
        QTest::newRow("11 passes") << "11" << QStringList();
        QTest::newRow("zero is a review, not a threshold fail") << "0" << QStringList{"zero:review"};
        QTest::newRow("thousands separator") << "\"1,234\"" << QStringList();
    }
    void threshold()
    {
        QFETCH(QString, count);
        QFETCH(QStringList, rules);
        const Report r = checkOne(oneCell(count), {{"counts", oneCell(count)}});
        QCOMPARE(rulesOf(r), rules);
    }

    void zerosNotDisclosive()
    {
        RiskProfile p;
        p.zerosDisclosive = false;
        const Report r = checkOne(oneCell("0"), {{"counts", oneCell("0")}}, {}, p);
        QCOMPARE(rulesOf(r), QStringList());
    }

    void weightedUsesUnweightedCounts()
    {
        // The weighted value is large; the unweighted count behind it is 4.
        const Report r = checkOne(oneCell("1234.5"), {{"counts", oneCell("4")}}, {{"weighted", true}});
        QCOMPARE(rulesOf(r), QStringList{"threshold:fail"});
        QVERIFY(r.files.first().allFindings().first().message.contains("unweighted"));
    }

    void customThreshold()
    {
        auto p = RiskProfile::fromJson(R"({"threshold": 5})");
        QVERIFY(p.ok());
        QCOMPARE(rulesOf(checkOne(oneCell("5"), {{"counts", oneCell("5")}}, {}, p.value())), QStringList());
        QCOMPARE(rulesOf(checkOne(oneCell("4"), {{"counts", oneCell("4")}}, {}, p.value())),
                 QStringList{"threshold:fail"});
    }

    void markers_data()
    {
        QTest::addColumn<QString>("marker");
        for (const char *m : {"*", "**", "[c]", "[x]", "..", "<10", "<5", "x", "c", "C", "< 10"})
            QTest::newRow(m) << QString::fromLatin1(m);
    }
    void markers()
    {
        // A suppressed cell is not a failure even though its count is small.
        QFETCH(QString, marker);
        const QString table = QStringLiteral("Area,Count\nCardiff,\"%1\"\n").arg(marker);
        const Report r = checkOne(table.toUtf8(), {{"counts", oneCell("3")}});
        QCOMPARE(rulesOf(r), QStringList());
        QVERIFY(r.files.first().suppressed);
    }

    void blankIsNotAMarker()
    {
        // A blank mean with a count of 0 fails the threshold (SDC-RULES rule 8).
        const Report r = checkOne("Area,Mean\nCardiff,\n",
                                  {{"counts", "Area,Mean\nCardiff,0\n"},
                                   {"top1", "Area,Mean\nCardiff,\n"},
                                   {"top2", "Area,Mean\nCardiff,\n"}},
                                  {{"statistic", "mean"}});
        QCOMPARE(rulesOf(r), QStringList{"threshold:fail"});
    }

    void badCellIsUnusable()
    {
        const Report r = checkOne("Area,Count\nCardiff,abc\n", {{"counts", oneCell("12")}});
        QCOMPARE(r.exitCode(), 3);
        QVERIFY(r.files.first().error->message.contains("row 'Cardiff', column 'Count'"));
        QVERIFY(r.files.first().error->message.contains("'abc'"));
    }

    void dominance_data()
    {
        QTest::addColumn<QString>("top1");
        QTest::addColumn<QString>("top2");
        QTest::addColumn<QString>("total");
        QTest::addColumn<QStringList>("rules");
        QTest::addColumn<double>("nkK");
        // N-K (2, 85%): flag when top1 + top2 >= 0.85 x total.
        QTest::newRow("nk: 84.9% passes") << "50"
                                          << "34.9"
                                          << "100" << QStringList() << 0.85;
        QTest::newRow("nk: exactly 85% fails") << "50"
                                               << "35"
                                               << "100" << QStringList{"dominance-nk:fail"} << 0.85;
        QTest::newRow("nk: 85.1% fails") << "50"
                                         << "35.1"
                                         << "100" << QStringList{"dominance-nk:fail"} << 0.85;
        // p% (10%): flag when total - x1 - x2 < 0.10 x x1. With N-K at (2, 85%) every p% failure
        // is also an N-K failure, so these rows set k = 1 to see p% alone. x1 = 60, x2 = 10: the
        // rest must be at least 6.
        QTest::newRow("p: rest 6.1 passes") << "60"
                                            << "10"
                                            << "76.1" << QStringList() << 1.0;
        QTest::newRow("p: rest exactly 6 passes") << "60"
                                                  << "10"
                                                  << "76" << QStringList() << 1.0;
        QTest::newRow("p: rest 5.9 fails") << "60"
                                           << "10"
                                           << "75.9" << QStringList{"p-ratio:fail"} << 1.0;
        QTest::newRow("both rules") << "90"
                                    << "5"
                                    << "100" << QStringList{"dominance-nk:fail", "p-ratio:fail"} << 0.85;
        QTest::newRow("negative contribution: review, no N-K")
            << "90"
            << "-5"
            << "100" << QStringList{"negative:review"} << 0.85;
        QTest::newRow("negative total: review") << "90"
                                                << "5"
                                                << "-100" << QStringList{"negative:review"} << 0.85;
    }
    void dominance()
    {
        QFETCH(QString, top1);
        QFETCH(QString, top2);
        QFETCH(QString, total);
        QFETCH(QStringList, rules);
        QFETCH(double, nkK);
        RiskProfile profile;
        profile.nkK = nkK;
        const Report r = checkOne(oneCell(total),
                                  {{"counts", oneCell("20")},
                                   {"top1", oneCell(top1)},
                                   {"top2", oneCell(top2)},
                                   {"total", oneCell(total)}},
                                  {{"statistic", "sum"}}, profile);
        QCOMPARE(rulesOf(r), rules);
    }

    void nkProfile()
    {
        auto p = RiskProfile::fromJson(R"({"nk_k": 0.9})");
        QVERIFY(p.ok());
        const auto files = QHash<QString, QByteArray>{{"counts", oneCell("20")},
                                                      {"top1", oneCell("50")},
                                                      {"top2", oneCell("36")},
                                                      {"total", oneCell("100")}};
        QCOMPARE(rulesOf(checkOne(oneCell("100"), files, {{"statistic", "sum"}}, p.value())), QStringList());
        QCOMPARE(rulesOf(checkOne(oneCell("100"), files, {{"statistic", "sum"}})),
                 QStringList{"dominance-nk:fail"});
    }

    void meanTotalFromCount()
    {
        // Without a total companion a mean's total is mean x count: 10 x 20 = 200; top 2 = 180 (90%).
        const Report r = checkOne(
            oneCell("10"), {{"counts", oneCell("20")}, {"top1", oneCell("100")}, {"top2", oneCell("80")}},
            {{"statistic", "mean"}});
        QCOMPARE(rulesOf(r), QStringList{"dominance-nk:fail"});
    }

    void negativeMean()
    {
        const Report r = checkOne(oneCell("-3.5"),
                                  {{"counts", oneCell("20")}, {"top1", oneCell("1")}, {"top2", oneCell("1")}},
                                  {{"statistic", "mean"}});
        QCOMPARE(rulesOf(r), QStringList{"negative:review"});
    }

    void statistics_data()
    {
        QTest::addColumn<QString>("statistic");
        QTest::addColumn<QString>("count");
        QTest::addColumn<QStringList>("rules");
        QTest::newRow("std, count 11 (dof 10) passes") << "std"
                                                       << "11" << QStringList();
        QTest::newRow("std, count 10 (dof 9) fails") << "std"
                                                     << "10" << QStringList{"dof:fail"};
        QTest::newRow("variance, count 9") << "variance"
                                           << "9" << QStringList{"threshold:fail", "dof:fail"};
        QTest::newRow("max fails") << "max"
                                   << "50" << QStringList{"unsafe-statistic:fail"};
        QTest::newRow("min fails") << "min"
                                   << "50" << QStringList{"unsafe-statistic:fail"};
        QTest::newRow("median, 10 obs passes") << "median"
                                               << "10" << QStringList();
        QTest::newRow("median, 9 obs review") << "median"
                                              << "9" << QStringList{"unsafe-statistic:review"};
        QTest::newRow("median, 1 obs fails") << "median"
                                             << "1" << QStringList{"unsafe-statistic:fail"};
        QTest::newRow("percentile(90), 5 obs") << "percentile(90)"
                                               << "5" << QStringList{"unsafe-statistic:review"};
        QTest::newRow("mode without distinct: review") << "mode"
                                                       << "20" << QStringList{"unsafe-statistic:review"};
        QTest::newRow("percentage, 9") << "percentage"
                                       << "9" << QStringList{"threshold:fail"};
    }
    void statistics()
    {
        QFETCH(QString, statistic);
        QFETCH(QString, count);
        QFETCH(QStringList, rules);
        const Report r = checkOne(oneCell("12.5"), {{"counts", oneCell(count)}}, {{"statistic", statistic}});
        QCOMPARE(rulesOf(r), rules);
    }

    void modeAllEqual()
    {
        QCOMPARE(rulesOf(checkOne(oneCell("3"), {{"counts", oneCell("20")}, {"distinct", oneCell("1")}},
                                  {{"statistic", "mode"}})),
                 QStringList{"unsafe-statistic:fail"});
        QCOMPARE(rulesOf(checkOne(oneCell("3"), {{"counts", oneCell("20")}, {"distinct", oneCell("4")}},
                                  {{"statistic", "mode"}})),
                 QStringList());
    }

    void regression_data()
    {
        QTest::addColumn<QJsonObject>("spec");
        QTest::addColumn<QStringList>("rules");
        QTest::newRow("declared 20 obs, 10 params")
            << QJsonObject{{"observations", 20}, {"parameters", 10}} << QStringList();
        QTest::newRow("declared 19 obs, 10 params")
            << QJsonObject{{"observations", 19}, {"parameters", 10}} << QStringList{"dof:fail"};
        QTest::newRow("undeclared, no dof row") << QJsonObject{} << QStringList{"dof:review"};
    }
    void regression()
    {
        QFETCH(QJsonObject, spec);
        QFETCH(QStringList, rules);
        spec.insert("statistic", "regression");
        QHash<QString, QByteArray> files{{"table.csv", "Term,Estimate\nage,0.3\nsex,1.2\n"}};
        spec.insert("file", "table.csv");
        auto s = tableSpecFromJson(spec, "spec");
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        QCOMPARE(rulesOf(checkSubmission({s.value()}, {}, memoryResolver(files))), rules);
    }

    void regressionDofRow()
    {
        QHash<QString, QByteArray> files{{"table.csv", "Term,Value\nage,0.3\nDf Residuals,7\n"}};
        auto s = tableSpecFromJson({{"file", "table.csv"}, {"statistic", "regression"}}, "spec");
        QVERIFY(s.ok());
        QCOMPARE(rulesOf(checkSubmission({s.value()}, {}, memoryResolver(files))), QStringList{"dof:fail"});
    }

    void marginRevealsOneSuppressedCell()
    {
        const QByteArray table =
            "Area,Female,Male,Total\nCardiff,25,30,55\nNewport,[c],14,18\nTotal,29,44,73\n";
        const QByteArray counts =
            "Area,Female,Male,Total\nCardiff,25,30,55\nNewport,4,14,18\nTotal,29,44,73\n";
        const Report r = checkOne(table, {{"counts", counts}});
        const auto &findings = r.files.first().findings;
        QCOMPARE(rulesOf(r), (QStringList{"margin-differencing:fail", "margin-differencing:fail"}));
        // Along the row: complement is Newport/Male; down the column: Cardiff/Female.
        QCOMPARE(findings[0].row, QString("Newport"));
        QCOMPARE(findings[0].column, QString("Female"));
        const QJsonObject rowComplement =
            findings[0].parameters["complementary"].toArray().first().toObject();
        QCOMPARE(rowComplement["row"].toString(), QString("Newport"));
        QCOMPARE(rowComplement["column"].toString(), QString("Male"));
        QVERIFY(findings[0].message.contains("row 'Newport', column 'Male'"));
        const QJsonObject columnComplement =
            findings[1].parameters["complementary"].toArray().first().toObject();
        QCOMPARE(columnComplement["row"].toString(), QString("Cardiff"));
    }

    void marginWithTwoSuppressedCellsIsSafe()
    {
        const QByteArray table = "Area,A,B,C,Total\nX,[c],[c],40,70\n";
        const QByteArray counts = "Area,A,B,C,Total\nX,12,18,40,70\n";
        QCOMPARE(rulesOf(checkOne(table, {{"counts", counts}})), QStringList());
    }

    void marginGroupBelowThreshold()
    {
        // Two suppressed cells of 3 and 4 records: the total reveals that together they hold 7.
        const QByteArray table = "Area,A,B,C,Total\nX,[c],[c],40,47\n";
        const QByteArray counts = "Area,A,B,C,Total\nX,3,4,40,47\n";
        QCOMPARE(rulesOf(checkOne(table, {{"counts", counts}})), QStringList{"margin-differencing:fail"});
    }

    void marginsOff()
    {
        const QByteArray table = "Area,Female,Male,Total\nNewport,[c],14,18\n";
        const QByteArray counts = "Area,Female,Male,Total\nNewport,4,14,18\n";
        QCOMPARE(rulesOf(checkOne(table, {{"counts", counts}}, {{"margins", false}})), QStringList());
        QCOMPARE(
            rulesOf(checkOne(table, {{"counts", counts}}, {{"margins", QJsonObject{{"column", "Total"}}}})),
            QStringList{"margin-differencing:fail"});
    }

    void crossTable_data()
    {
        QTest::addColumn<QString>("second");
        QTest::addColumn<int>("expected");
        QTest::newRow("populations differ by 3: review") << "Area,Count\nCardiff,50\nNewport,47\n" << 4;
        QTest::newRow("same population: nothing") << "Area,Count\nCardiff,50\nNewport,50\n" << 0;
        QTest::newRow("differ by exactly 10: nothing") << "Area,Count\nCardiff,50\nNewport,60\n" << 0;
    }
    void crossTable()
    {
        QFETCH(QString, second);
        QFETCH(int, expected);
        const QByteArray first = "Area,Count\nCardiff,50\nNewport,50\n";
        QHash<QString, QByteArray> files{{"a.csv", first}, {"b.csv", second.toUtf8()}};
        auto a = tableSpecFromJson({{"file", "a.csv"}, {"statistic", "frequency"}, {"counts", "a.csv"}}, "a");
        auto b = tableSpecFromJson({{"file", "b.csv"}, {"statistic", "frequency"}, {"counts", "b.csv"}}, "b");
        QVERIFY(a.ok() && b.ok());
        const Report r = checkSubmission({a.value(), b.value()}, {}, memoryResolver(files));
        // Whole-table and row-level findings, each carried on both tables.
        QCOMPARE(rulesOf(r).count("cross-table-differencing:review"), expected);
        if (expected > 0) {
            QCOMPARE(r.status(), Status::Review);
            QVERIFY(r.files[0].allFindings().first().message.contains("'b.csv'"));
        }
    }

    void datasetProfile()
    {
        auto p = RiskProfile::fromJson(R"({"datasets": {"small-area": {"threshold": 20}}})");
        QVERIFY(p.ok());
        QCOMPARE(rulesOf(checkOne(oneCell("15"), {{"counts", oneCell("15")}}, {}, p.value())), QStringList());
        QCOMPARE(rulesOf(checkOne(oneCell("15"), {{"counts", oneCell("15")}}, {{"dataset", "small-area"}},
                                  p.value())),
                 QStringList{"threshold:fail"});
    }

    void countsInAColumn()
    {
        const QByteArray table = "Area,Mean income,N\nCardiff,25000,40\nNewport,31000,6\n";
        auto s = tableSpecFromJson(
            {{"file", "table.csv"}, {"statistic", "median"}, {"counts", QJsonObject{{"column", "N"}}}},
            "spec");
        QVERIFY(s.ok());
        const Report r = checkSubmission({s.value()}, {}, memoryResolver({{"table.csv", table}}));
        QCOMPARE(rulesOf(r), QStringList{"unsafe-statistic:review"});
        QCOMPARE(r.files.first().allFindings().first().row, QString("Newport"));
        QCOMPARE(r.files.first().allFindings().first().column, QString("Mean income"));
    }

    void companionMismatch_data()
    {
        QTest::addColumn<QByteArray>("counts");
        QTest::addColumn<QString>("message");
        QTest::newRow("fewer rows") << QByteArray("Area,Count\n") << "no value cells";
        QTest::newRow("other row label") << QByteArray("Area,Count\nCardiff,5\nSwansea,6\n")
                                         << "row 2 is labelled 'Newport' in the table but 'Swansea'";
        QTest::newRow("other column label") << QByteArray("Area,N\nCardiff,5\nNewport,6\n")
                                            << "column 1 is labelled 'Count' in the table but 'N'";
        QTest::newRow("marker in counts") << QByteArray("Area,Count\nCardiff,[c]\nNewport,6\n") << "marker";
        QTest::newRow("fractional count")
            << QByteArray("Area,Count\nCardiff,2.5\nNewport,6\n") << "whole numbers";
    }
    void companionMismatch()
    {
        QFETCH(QByteArray, counts);
        QFETCH(QString, message);
        const Report r = checkOne("Area,Count\nCardiff,50\nNewport,50\n", {{"counts", counts}});
        QCOMPARE(r.exitCode(), 3);
        QVERIFY2(r.files.first().error->message.contains(message),
                 qPrintable(r.files.first().error->message));
    }

    // The same checks on a counts table wide enough for the reader's runs of plain numbers:
    // one bad cell among many good ones is still found and named.
    void companionCellsInLongRows_data()
    {
        QTest::addColumn<QByteArray>("cell");
        QTest::addColumn<QString>("message"); // empty: the counts are usable
        QTest::newRow("negative") << QByteArray("-3") << "the count in row 'r2', column 'c31' is -3";
        QTest::newRow("negative, long") << QByteArray("-123456789") << "the count in row 'r2', column 'c31'";
        QTest::newRow("fraction") << QByteArray("2.5") << "the count in row 'r2', column 'c31' is 2.5";
        QTest::newRow("marker") << QByteArray("[c]")
                                << "suppression marker ('[c]') in row 'r2', column 'c31'";
        QTest::newRow("fraction, long")
            << QByteArray("12345678.0000001") << "the count in row 'r2', column 'c31'";
        QTest::newRow("minus zero") << QByteArray("-0") << QString();
        QTest::newRow("minus zero with a point") << QByteArray("-0.00") << QString();
        QTest::newRow("whole with a point") << QByteArray("12.000") << QString();
        QTest::newRow("fifteen digits") << QByteArray("123456789012345") << QString();
        QTest::newRow("exponent") << QByteArray("1e3") << QString();
        QTest::newRow("eight digits") << QByteArray("99999999") << QString();
        QTest::newRow("blank") << QByteArray("") << QString();
    }
    void companionCellsInLongRows()
    {
        QFETCH(QByteArray, cell);
        QFETCH(QString, message);
        QByteArray table = "Area";
        for (int c = 1; c <= 60; ++c)
            table += ",c" + QByteArray::number(c);
        table += '\n';
        QByteArray counts = table;
        for (int r = 1; r <= 3; ++r) {
            table += "r" + QByteArray::number(r);
            counts += "r" + QByteArray::number(r);
            for (int c = 1; c <= 60; ++c) {
                table += ",50";
                counts += ',' + (r == 2 && c == 31 ? cell : QByteArray("1234"));
            }
            table += '\n';
            counts += '\n';
        }
        const Report r = checkOne(table, {{"counts", counts}});
        if (message.isEmpty()) {
            const auto &error = r.files.first().error;
            QVERIFY2(!error, error ? qPrintable(error->message) : "");
        } else {
            QCOMPARE(r.exitCode(), 3);
            QVERIFY2(r.files.first().error->message.contains(message),
                     qPrintable(r.files.first().error->message));
        }
    }

    void blankCompanionCellsParse()
    {
        const Report r = checkOne("Area,A,B\nCardiff,12,\n", {{"counts", "Area,A,B\nCardiff,12,\n"}});
        QCOMPARE(r.exitCode(), 1); // the blank B cell has count 0: a zero to review
        QCOMPARE(rulesOf(r), QStringList{"zero:review"});
    }
};

QTEST_GUILESS_MAIN(TestTableRules)
#include "tst_sdc_tablerules.moc"
