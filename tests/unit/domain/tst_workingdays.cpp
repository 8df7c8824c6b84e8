// Working days and the service's bank-holiday list (core/domain/data): weekends, holidays,
// Christmas and New Year, substitute days, and the list itself checked against the rules that
// make it.

#include "domain/WorkingDays.h"

#include <QFile>
#include <QTest>

using namespace srs::domain;

namespace {

QString holidayFile()
{
    return qEnvironmentVariable("SRS_SOURCE_DIR") + "/core/domain/data/bank-holidays-england-and-wales.txt";
}

WorkingDays serviceDays()
{
    QFile f(holidayFile());
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(holidayFile()));
    auto parsed = WorkingDays::parse(f.readAll(), holidayFile());
    if (!parsed.ok())
        qFatal("%s", qPrintable(parsed.error().message));
    return parsed.value();
}

// Easter Sunday (the anonymous Gregorian algorithm), written independently of the data file.
QDate easter(int y)
{
    const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25,
              g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    return QDate(y, (h + l - 7 * m + 114) / 31, (h + l - 7 * m + 114) % 31 + 1);
}

QDate firstMonday(int y, int month)
{
    QDate d(y, month, 1);
    while (d.dayOfWeek() != 1)
        d = d.addDays(1);
    return d;
}

QDate lastMonday(int y, int month)
{
    QDate d = QDate(y, month, 1).addMonths(1).addDays(-1);
    while (d.dayOfWeek() != 1)
        d = d.addDays(-1);
    return d;
}

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

} // namespace

class TestWorkingDays : public QObject
{
    Q_OBJECT
private slots:
    void addWorkingDays_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("count");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("Monday + 5: next Monday") << d(2026, 3, 2) << 5 << d(2026, 3, 9);
        QTest::newRow("Friday + 5: next Friday") << d(2026, 3, 6) << 5 << d(2026, 3, 13);
        QTest::newRow("Saturday + 5: next Friday") << d(2026, 3, 7) << 5 << d(2026, 3, 13);
        QTest::newRow("Sunday + 1: Monday") << d(2026, 3, 8) << 1 << d(2026, 3, 9);
        QTest::newRow("Friday + 1 skips the weekend") << d(2026, 3, 6) << 1 << d(2026, 3, 9);
        QTest::newRow("+ 0 is the day itself") << d(2026, 3, 7) << 0 << d(2026, 3, 7);
        QTest::newRow("over Easter 2026 (Good Friday and Easter Monday)")
            << d(2026, 4, 1) << 5 << d(2026, 4, 10);
        QTest::newRow("on Good Friday 2026") << d(2026, 4, 3) << 1 << d(2026, 4, 7);
        QTest::newRow("over the early May holiday 2026") << d(2026, 4, 30) << 5 << d(2026, 5, 8);
        QTest::newRow("over the August holiday 2026") << d(2026, 8, 28) << 5 << d(2026, 9, 7);
        // Christmas 2026: Christmas Day Friday, Boxing Day Saturday, substitute Monday 28th.
        QTest::newRow("Christmas 2026") << d(2026, 12, 23) << 5 << d(2027, 1, 4);
        QTest::newRow("Christmas Eve 2026 + 1") << d(2026, 12, 24) << 1 << d(2026, 12, 29);
        // New Year's Day 2027 is a Friday.
        QTest::newRow("New Year 2027") << d(2026, 12, 31) << 1 << d(2027, 1, 4);
        // Christmas 2027 falls on a weekend: both days move to Monday 27th and Tuesday 28th.
        QTest::newRow("Christmas 2027, both substitute days") << d(2027, 12, 24) << 1 << d(2027, 12, 29);
        QTest::newRow("Christmas 2027 + 5") << d(2027, 12, 23) << 5 << d(2028, 1, 4);
        // New Year's Day 2028 is a Saturday: the holiday is Monday 3rd.
        QTest::newRow("New Year 2028 substitute") << d(2027, 12, 31) << 1 << d(2028, 1, 4);
        QTest::newRow("Christmas 2024 (Wednesday, Thursday)") << d(2024, 12, 24) << 5 << d(2025, 1, 3);
        QTest::newRow("Christmas 2025 (Thursday, Friday)") << d(2025, 12, 24) << 5 << d(2026, 1, 5);
        QTest::newRow("beyond the list: weekends only") << d(2029, 12, 24) << 2 << d(2029, 12, 26);
    }
    void addWorkingDays()
    {
        QFETCH(QDate, from);
        QFETCH(int, count);
        QFETCH(QDate, expected);
        QCOMPARE(serviceDays().addWorkingDays(from, count), expected);
    }

    void weekendsAndHolidaysAreNotWorkingDays()
    {
        const WorkingDays days = serviceDays();
        QVERIFY(days.isWorkingDay(d(2026, 3, 2)));
        QVERIFY(!days.isWorkingDay(d(2026, 3, 7)));
        QVERIFY(!days.isWorkingDay(d(2026, 3, 8)));
        QVERIFY(!days.isWorkingDay(d(2026, 12, 28)));
        QCOMPARE(days.holidayName(d(2026, 12, 28)), QString("Boxing Day (substitute day)"));
        QVERIFY(!days.isWorkingDay(QDate()));
        QVERIFY(!WorkingDays().isWorkingDay(d(2026, 3, 7)));
        QVERIFY(WorkingDays().isWorkingDay(d(2026, 12, 25))); // no list: weekends only
        QCOMPARE(days.coveredFrom(), d(2024, 1, 1));
        QCOMPARE(days.coveredTo(), d(2028, 12, 31));
    }

    // What the server and the client count by is the list built into Srs::Domain: the file.
    void theBuiltInListIsTheFile()
    {
        const WorkingDays &builtIn = WorkingDays::englandAndWales();
        QCOMPARE(builtIn.holidays(), serviceDays().holidays());
        QVERIFY(!builtIn.isWorkingDay(d(2026, 12, 28)));
        QCOMPARE(&WorkingDays::englandAndWales(), &builtIn); // read once
    }

    // The data file against the rules that make the England and Wales bank holidays.
    void theListFollowsTheRules()
    {
        const WorkingDays days = serviceDays();
        QCOMPARE(days.holidays().size(), 5 * 8);
        for (int y = 2024; y <= 2028; ++y) {
            QList<QDate> expected;
            QDate newYear(y, 1, 1);
            while (newYear.dayOfWeek() > 5)
                newYear = newYear.addDays(1);
            expected << newYear << easter(y).addDays(-2) << easter(y).addDays(1) << firstMonday(y, 5)
                     << lastMonday(y, 5) << lastMonday(y, 8);
            QDate christmas(y, 12, 25), boxing(y, 12, 26);
            if (christmas.dayOfWeek() == 6) { // Saturday: Monday and Tuesday
                christmas = christmas.addDays(2);
                boxing = boxing.addDays(2);
            } else if (christmas.dayOfWeek() == 7) { // Sunday: Boxing Day Monday, Christmas Tuesday
                christmas = christmas.addDays(2);
            } else if (boxing.dayOfWeek() == 6) { // Boxing Day Saturday: Monday
                boxing = boxing.addDays(2);
            }
            expected << christmas << boxing;
            QList<QDate> listed;
            for (const Holiday &h : days.holidays())
                if (h.date.year() == y)
                    listed << h.date;
            std::sort(expected.begin(), expected.end());
            QCOMPARE(listed, expected);
        }
        QCOMPARE(easter(2026), d(2026, 4, 5));
        QCOMPARE(easter(2027), d(2027, 3, 28));
    }

    void badListsAreRefusedNamingTheLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not a date") << QByteArray("# c\n2026-13-01 Nothing\n") << "list, line 2";
        QTest::newRow("short date") << QByteArray("2026-1-1 New Year\n") << "not a date";
        QTest::newRow("weekend") << QByteArray("2026-12-26 Boxing Day\n") << "weekend";
        QTest::newRow("twice") << QByteArray("2026-12-25 A\n\n2026-12-25 B\n") << "already listed on line 1";
    }
    void badListsAreRefusedNamingTheLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, mentions);
        auto parsed = WorkingDays::parse(text, "list");
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
    }
};

QTEST_GUILESS_MAIN(TestWorkingDays)
#include "tst_workingdays.moc"
