// The register of releases as CSV, which is published and opened in spreadsheets: the request's
// title is a column; every cell a spreadsheet would run as a formula is made text; titles and
// names with quotes, commas and line breaks stay in their cell.

#include "services/ReleaseService.h"

#include <QTest>

using namespace srs;

namespace {

protocol::RegisterEntry entry(const QString &title, const QString &projectTitle, const QString &path)
{
    protocol::RegisterEntry e;
    e.releaseId = "R-1";
    e.projectId = "P-1";
    e.projectTitle = projectTitle;
    e.title = title;
    e.releasedAt = QDateTime(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::utc());
    e.files = {{0, path, domain::FileRole::Output, QString(64, 'a'), 12}};
    e.engineVersion = "srs-sdc 0.1.0";
    e.profileVersion = "default@0123456789abcdef";
    e.checkers = {"Output checker 1", "Output checker 2"};
    return e;
}

// Splits RFC 4180 CSV into rows of cells.
QList<QStringList> parse(const QByteArray &csv)
{
    const QString text = QString::fromUtf8(csv);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text.at(i + 1) == '"') {
                cell += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row << cell;
            cell.clear();
        } else if (c == '\r' && i + 1 < text.size() && text.at(i + 1) == '\n') {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    return rows;
}

} // namespace

class TestRegisterCsv : public QObject
{
    Q_OBJECT
private slots:
    void theRequestTitleIsAColumn()
    {
        const auto rows =
            parse(server::ReleaseService::registerCsv({entry("Income by region", "Housing", "a.csv")}));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).value(3), QString("title"));
        QCOMPARE(rows.at(1).value(3), QString("Income by region"));
        QCOMPARE(rows.at(1).value(2), QString("Housing"));
        QCOMPARE(rows.at(0).size(), rows.at(1).size());
    }

    void formulaeAreMadeText_data()
    {
        QTest::addColumn<QString>("hostile");
        QTest::addColumn<QString>("cell");
        QTest::newRow("equals") << "=HYPERLINK(\"http://x\",\"click\")"
                                << "'=HYPERLINK(\"http://x\",\"click\")";
        QTest::newRow("plus") << "+1+cmd|' /C calc'!A0"
                              << "'+1+cmd|' /C calc'!A0";
        QTest::newRow("minus") << "-2+3"
                               << "'-2+3";
        QTest::newRow("at") << "@SUM(1)"
                            << "'@SUM(1)";
        QTest::newRow("tab") << "\t=1"
                             << "'\t=1";
        QTest::newRow("carriage return") << "\r=1"
                                         << "'\r=1";
        QTest::newRow("plain") << "Income, by region"
                               << "Income, by region";
        QTest::newRow("quote and line break") << "A \"quoted\"\ntitle"
                                              << "A \"quoted\"\ntitle";
        QTest::newRow("equals later is fine") << "a=b"
                                              << "a=b";
    }
    void formulaeAreMadeText()
    {
        QFETCH(QString, hostile);
        QFETCH(QString, cell);
        // In the request's title, the project's title and the file's name alike.
        const QByteArray csv =
            server::ReleaseService::registerCsv({entry(hostile, hostile, "outputs/" + hostile)});
        const auto rows = parse(csv);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).size(), rows.at(0).size()); // nothing spilt into another cell or row
        QCOMPARE(rows.at(1).value(2), cell);
        QCOMPARE(rows.at(1).value(3), cell);
        QCOMPARE(rows.at(1).value(6), "outputs/" + hostile);
        // An escaped cell is quoted as a whole, so the quote is inside it.
        if (cell.startsWith('\''))
            QVERIFY(csv.contains(",\"'"));
    }
};

QTEST_GUILESS_MAIN(TestRegisterCsv)
#include "tst_registercsv.moc"
