// The reports: the text summary (per file and rule, how many cells, the first 20 named, --all for
// every one) and the JSON report (every finding, ACRO's keys, prose once per rule), at sizes up to
// a hundred thousand findings.
#include "SdcTestSupport.h"

#include "sdc/Report.h"
#include "sdc/ReportWriter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace srs::sdc;
using namespace srs::sdc::test;

namespace {

// A rows x columns frequency table whose first `small` cells (row-major) have 3 records and
// whose next `zeros` cells have none; every other cell has 50.
QByteArray frequencyTable(int rows, int columns, int small, int zeros)
{
    QByteArray csv = "Area";
    for (int c = 0; c < columns; ++c)
        csv += ",C" + QByteArray::number(c + 1);
    csv += '\n';
    int i = 0;
    for (int r = 0; r < rows; ++r) {
        csv += "R" + QByteArray::number(r + 1);
        for (int c = 0; c < columns; ++c, ++i)
            csv += i < small ? ",3" : (i < small + zeros ? ",0" : ",50");
        csv += '\n';
    }
    return csv;
}

Report checkTable(int rows, int columns, int small, int zeros)
{
    const QByteArray csv = frequencyTable(rows, columns, small, zeros);
    return checkOne(csv, {{"counts", csv}}, {{"margins", false}});
}

// Lines of the text report that name one cell ("    row 'R1', column 'C2' (C2): 3 records").
int namedCells(const QString &text, const QString &what)
{
    return static_cast<int>(text.count(QRegularExpression(
        "\n    row '[^']*', column '[^']*' \\([A-Z]+[0-9]+\\): " + QRegularExpression::escape(what))));
}

} // namespace

class TestSdcReport : public QObject
{
    Q_OBJECT
private slots:
    void summary_data()
    {
        QTest::addColumn<int>("small");
        QTest::addColumn<int>("zeros");
        QTest::addColumn<bool>("all");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("namedSmall");   // cells named under threshold
        QTest::addColumn<int>("namedZeros");   // cells named under zero
        QTest::addColumn<QString>("moreLine"); // the "... and N more" line for the threshold, or ""
        QTest::newRow("clean") << 0 << 0 << false << "PASS" << 0 << 0 << "";
        QTest::newRow("one cell") << 1 << 0 << false << "FAIL" << 1 << 0 << "";
        QTest::newRow("exactly 20: all named") << 20 << 0 << false << "FAIL" << 20 << 0 << "";
        QTest::newRow("21: 20 named, 1 more") << 21 << 0 << false << "FAIL" << 20 << 0 << "and 1 more cells";
        QTest::newRow("21 with --all") << 21 << 0 << true << "FAIL" << 21 << 0 << "";
        QTest::newRow("zeros only: review") << 0 << 3 << false << "REVIEW" << 0 << 3 << "";
        QTest::newRow("2,500 and 30 zeros")
            << 2500 << 30 << false << "FAIL" << 20 << 20 << "and 2,480 more cells";
        QTest::newRow("2,500 and 30 zeros, --all") << 2500 << 30 << true << "FAIL" << 2500 << 30 << "";
    }
    void summary()
    {
        QFETCH(int, small);
        QFETCH(int, zeros);
        QFETCH(bool, all);
        QFETCH(QString, status);
        QFETCH(int, namedSmall);
        QFETCH(int, namedZeros);
        QFETCH(QString, moreLine);
        const Report report = checkTable(60, 50, small, zeros);
        TextOptions options;
        options.all = all;
        const QString text = report.toText(options);
        QVERIFY2(text.startsWith("table.csv (frequency): " + status + "\n"), qPrintable(text.left(200)));
        QVERIFY(text.endsWith("Overall: " + status + "\n"));
        QCOMPARE(namedCells(text, "3 records"), namedSmall);
        QCOMPARE(namedCells(text, "0 records"), namedZeros);
        // One header per rule, with its count; the rule's explanation once.
        if (small > 0) {
            QVERIFY(text.contains(
                QStringLiteral("  FAIL threshold: %1 %2. Each is based on fewer than 10 records.")
                    .arg(QLocale(QLocale::English).toString(small),
                         small == 1 ? QStringLiteral("cell") : QStringLiteral("cells"))));
            QCOMPARE(text.count("Each is based on fewer than 10 records"), 1);
        }
        if (zeros > 0)
            QVERIFY(text.contains(QStringLiteral("  REVIEW zero: %1 cells. Each is zero").arg(zeros)));
        if (moreLine.isEmpty())
            QVERIFY(!text.contains("more cells"));
        else
            QVERIFY2(text.contains(moreLine), qPrintable(text));
        // Fails are listed before reviews.
        if (small > 0 && zeros > 0)
            QVERIFY(text.indexOf("FAIL threshold") < text.indexOf("REVIEW zero"));
        // The first cells named are the first in the table.
        if (small > 0)
            QVERIFY(text.contains("    row 'R1', column 'C1' (B2): 3 records\n"));
    }

    // A hundred thousand findings: the summary stays a page, the JSON report holds every one.
    void hundredThousandFindings()
    {
        const Report report = checkTable(400, 251, 100'000, 0);
        QCOMPARE(report.files.first().findingCount(), qsizetype(100'000));
        const QString text = report.toText();
        QVERIFY2(text.count('\n') < 30, qPrintable(text));
        QVERIFY(text.contains("FAIL threshold: 100,000 cells."));
        QVERIFY(text.contains("and 99,980 more cells"));

        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(ReportWriter::writeJson(report, buffer));
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(buffer.data(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject entry = json["results"].toObject()["output_0"].toObject();
        const QJsonArray findings = entry["findings"].toArray();
        QCOMPARE(findings.size(), qsizetype(100'000));
        QCOMPARE(entry["sdc"].toObject()["summary"].toObject()["threshold"].toInt(), 100'000);
        QCOMPARE(entry["sdc"].toObject()["cells"].toObject()["threshold"].toArray().size(),
                 qsizetype(100'000));
        QCOMPARE(entry["files"].toArray().first().toObject()["sdc"], entry["sdc"]);
        // Each finding: where and the numbers, no prose; the prose once, in "rules".
        const QJsonObject last = findings.last().toObject();
        QCOMPARE(last["row"].toString(), QString("R399"));
        QCOMPARE(last["column"].toString(), QString("C102"));
        QCOMPARE(last["cell"].toString(), QString("CY400"));
        QCOMPARE(last["parameters"].toObject()["count"].toInt(), 3);
        QVERIFY(!last.contains("message"));
        QCOMPARE(entry["rules"].toArray().size(), qsizetype(1));
        // Per finding, no more than the place and numbers need.
        QVERIFY2(buffer.size() / 100'000 < 260, qPrintable(QString::number(buffer.size())));
        // ACRO's outcome: column -> row -> rules, flagged cells only.
        QCOMPARE(entry["outcome"].toObject()["C1"].toObject()["R1"].toString(), QString("threshold; "));
    }

    // The message a Finding carries is built from the rule, the labels and the parameters.
    void messagesFromParameters()
    {
        const Report report = checkTable(3, 3, 1, 1);
        const QList<Finding> all = report.files.first().allFindings();
        QCOMPARE(all.size(), qsizetype(2));
        QCOMPARE(all[0].rule, QString("threshold"));
        QCOMPARE(
            all[0].message,
            QString("Row 'R1', column 'C1' is based on 3 records, fewer than the minimum of 10. Suppress it "
                    "(for example with [c]) or combine categories so that every cell has at least 10."));
        QCOMPARE(all[0].parameters.size(), qsizetype(2));
        QCOMPARE(all[0].parameters["count"].toDouble(), 3.0);
        QCOMPARE(all[0].parameters["threshold"].toDouble(), 10.0);
        QCOMPARE(all[0].cellReference(), QString("B2"));
        QCOMPARE(all[1].rule, QString("zero"));
        QVERIFY(all[1].message.startsWith("Row 'R1', column 'C2' is zero."));
    }

    // Labels are the researcher's: quotes, backslashes, control characters and non-ASCII text
    // come out as valid JSON and read back the same.
    void jsonEscapesLabels()
    {
        const QByteArray csv =
            "Area,\"He said \"\"hi\"\"\",Caf\xc3\xa9 \\ \xe2\x80\x94\n\"back\\slash \xc3\xa9\",3,50\n";
        const Report report = checkOne(csv, {{"counts", csv}}, {{"margins", false}});
        const QJsonObject json = report.toJson();
        const QJsonArray findings = json["results"].toObject()["output_0"].toObject()["findings"].toArray();
        QCOMPARE(findings.size(), qsizetype(1));
        QCOMPARE(findings[0].toObject()["row"].toString(), QString::fromUtf8("back\\slash \xc3\xa9"));
        QCOMPARE(findings[0].toObject()["column"].toString(), QString("He said \"hi\""));
        const QJsonObject outcome = json["results"].toObject()["output_0"].toObject()["outcome"].toObject();
        QVERIFY(outcome.contains("He said \"hi\""));
    }
};

QTEST_GUILESS_MAIN(TestSdcReport)
#include "tst_sdc_report.moc"
