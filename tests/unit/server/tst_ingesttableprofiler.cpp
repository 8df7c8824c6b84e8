// The profile of a table brought into a project: rows and columns, and the columns that look
// like direct identifiers by header and by values (NHS numbers with a valid check digit, UK
// postcodes, dates of birth), each a "flag" finding naming the column; ordinary numbers and
// dates are not flagged.

#include "services/IngestTableProfiler.h"

#include <QBuffer>
#include <QJsonArray>
#include <QTest>

using srs::server::IngestTableProfiler;

namespace {

IngestTableProfiler::Profile profile(QByteArray csv, char delimiter = ',')
{
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    return IngestTableProfiler::profileDelimited(buffer, delimiter);
}

// "position:identifier:matched by" for every flagged column.
QStringList flagged(const IngestTableProfiler::Profile &p)
{
    QStringList out;
    for (const auto &c : p.columns)
        if (!c.identifier.isEmpty())
            out << QString("%1:%2:%3").arg(c.position).arg(c.identifier, c.matchedBy.join('+'));
    return out;
}

} // namespace

class TestIngestTableProfiler : public QObject
{
    Q_OBJECT
private slots:
    void values()
    {
        QVERIFY(IngestTableProfiler::isNhsNumber("9434765919"));
        QVERIFY(IngestTableProfiler::isNhsNumber("943 476 5919"));
        QVERIFY(IngestTableProfiler::isNhsNumber("943-476-5919"));
        QVERIFY(!IngestTableProfiler::isNhsNumber("9434765918")); // wrong check digit
        QVERIFY(!IngestTableProfiler::isNhsNumber("943476591"));  // nine digits
        QVERIFY(IngestTableProfiler::isUkPostcode("SW1A 1AA"));
        QVERIFY(IngestTableProfiler::isUkPostcode("m1 1ae"));
        QVERIFY(IngestTableProfiler::isUkPostcode("EC1A1BB"));
        QVERIFY(!IngestTableProfiler::isUkPostcode("E01000001")); // an area code
        QVERIFY(!IngestTableProfiler::isUkPostcode("12345"));
        QVERIFY(IngestTableProfiler::isFullDate("1984-03-07"));
        QVERIFY(IngestTableProfiler::isFullDate("07/03/1984"));
        QVERIFY(!IngestTableProfiler::isFullDate("1984"));
        QVERIFY(!IngestTableProfiler::isFullDate("31/02/1984"));
    }

    void identifierColumns()
    {
        const auto p = profile("id,NHS No,postcode_of_residence,dob,count,admitted\n"
                               "1,943 476 5919,SW1A 1AA,1984-03-07,12,2020-01-02\n"
                               "2,401 023 2137,M1 1AE,1990-11-30,7,2020-02-03\n"
                               "3,9876543210,EC1A 1BB,2001-06-15,40,2021-03-04\n");
        QCOMPARE(p.rows, 3);
        QCOMPARE(p.columns.size(), 6);
        QCOMPARE(p.columns.at(1).header, QString("NHS No"));
        // 9876543210 has a valid check digit too; the ids 1..3 and counts are not identifiers,
        // nor is a column of admission dates.
        QCOMPARE(flagged(p), (QStringList{"2:nhs-number:header+values", "3:postcode:header+values",
                                          "4:date-of-birth:header+values"}));
        const auto findings = p.findings();
        QCOMPARE(findings.size(), 3);
        QCOMPARE(findings.at(0).rule, QString("identifier-column"));
        QCOMPARE(findings.at(0).severity, QString("flag"));
        QCOMPARE(findings.at(0).parameters.value("column").toInt(), 2);
        QCOMPARE(findings.at(0).parameters.value("header").toString(), QString("NHS No"));
        QVERIFY(findings.at(0).message.contains("Column 2 (\"NHS No\")"));
        const QJsonObject json = p.toJson();
        QCOMPARE(json.value("rows").toInteger(), 3);
        QCOMPARE(json.value("columns").toArray().at(2).toObject().value("identifier").toString(),
                 QString("postcode"));
    }

    void byValuesUnderAPlainHeader()
    {
        // Headers that say nothing: the values decide.
        QByteArray csv = "ref\tplace\tdate\n";
        for (const char *row : {"9434765919\tSW1A 1AA\t01/02/1950", "4010232137\tM1 1AE\t15/08/1962",
                                "9876543210\tEC1A 1BB\t30/11/1977", "9434765919\tB33 8TH\t02/03/1981"})
            csv += QByteArray(row) + "\n";
        const auto p = profile(csv, '\t');
        QCOMPARE(flagged(p),
                 (QStringList{"1:nhs-number:values", "2:postcode:values", "3:date-of-birth:values"}));
    }

    void ordinaryNumbersAreNotFlagged()
    {
        // Ten-digit numbers, most without a valid check digit (as random ones are), and counts.
        QByteArray csv = "code,population,rate\n";
        for (int i = 0; i < 50; ++i)
            csv += QByteArray::number(1000000000LL + i * 7919) + "," + QByteArray::number(1000 + i * 13) +
                   ",0." + QByteArray::number(i) + "\n";
        const auto p = profile(csv);
        QCOMPARE(p.rows, 50);
        QVERIFY2(flagged(p).isEmpty(), qPrintable(flagged(p).join(' ')));
        QVERIFY(p.findings().isEmpty());
    }

    void aFewValidOnesAmongManyAreNot()
    {
        QByteArray csv = "reference\n9434765919\n";
        for (int i = 0; i < 9; ++i)
            csv += "123456789" + QByteArray::number(i) + "\n";
        QVERIFY(flagged(profile(csv)).isEmpty());
    }

    void quotedFieldsAndLineBreaks()
    {
        const auto p = profile(
            "\"name, full\",\"note\"\r\n\"Smith, J\",\"two\nlines\"\r\n\"Jones\",\"a \"\"quote\"\"\"\r\n");
        QCOMPARE(p.rows, 2);
        QCOMPARE(p.columns.size(), 2);
        QCOMPARE(p.columns.at(0).header, QString("name, full"));
    }

    void rowsOfAWorkbook()
    {
        const auto p = IngestTableProfiler::profileRows(
            {{"Date of Birth", "count"}, {"1950-01-02", "3"}, {"1960-05-06", "4"}});
        QCOMPARE(p.rows, 2);
        QCOMPARE(flagged(p), QStringList{"1:date-of-birth:header+values"});
    }
};

QTEST_GUILESS_MAIN(TestIngestTableProfiler)
#include "tst_ingesttableprofiler.moc"
