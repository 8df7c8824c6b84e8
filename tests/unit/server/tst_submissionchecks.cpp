// runChecks on a table with more findings than an answer lists: the researcher's view lists the
// first MaxFindingsShown and counts them all, and every finding is kept (compactly) for the
// exceptions and for storage, whole and in the engine's order.
#include "services/SubmissionChecks.h"

#include "sdc/SubmissionChecker.h"

#include <QHash>
#include <QTest>

using namespace srs;
using srs::server::CheckFindings;
using srs::server::CheckOutcome;

namespace {

constexpr qsizetype Cap = protocol::submissionlimits::MaxFindingsShown;

// rows x columns counts: the first `small` cells 5 (below the threshold: fail), the next `zeros`
// cells 0 (review), the rest 40.
QByteArray table(int rows, int columns, int small, int zeros)
{
    QByteArray csv = "Area";
    for (int c = 0; c < columns; ++c)
        csv += ",Col " + QByteArray::number(c + 1);
    csv += '\n';
    for (int r = 0; r < rows; ++r) {
        csv += "Row " + QByteArray::number(r + 1);
        for (int c = 0; c < columns; ++c) {
            const int i = r * columns + c;
            csv += i < small ? ",5" : i < small + zeros ? ",0" : ",40";
        }
        csv += '\n';
    }
    return csv;
}

sdc::TableSpec frequency(const QString &file, const QString &counts)
{
    sdc::TableSpec spec;
    spec.file = file;
    spec.statistic = sdc::Statistic::Frequency;
    spec.counts.file = counts;
    return spec;
}

struct Files
{
    QHash<QString, QByteArray> bytes;
    server::PathReader reader() const
    {
        return [this](const QString &path) -> Result<QByteArray> {
            if (!bytes.contains(path))
                return Error{"workspace-file-not-found", path};
            return bytes.value(path);
        };
    }
};

} // namespace

class TestSubmissionChecks : public QObject
{
    Q_OBJECT
private slots:
    // Under ACRO's rules a percentage table fails on its proportions: the researcher is told so,
    // by place only, without the cell's value.
    void aPercentageTableUnderAcroRulesSaysWhyByPlaceOnly()
    {
        Files files;
        files.bytes.insert("pct.csv", "Area,Female,Male\nCardiff,40%,60%\nNewport,55%,45%\n");
        files.bytes.insert("counts.csv", "Area,Female,Male\nCardiff,40,60\nNewport,55,45\n");
        sdc::TableSpec spec = frequency("pct.csv", "counts.csv");
        spec.statistic = sdc::Statistic::Percentage;
        const CheckOutcome acro = server::runChecks({spec}, {}, {}, files.reader(), sdc::RiskProfile::acro(),
                                                    QDateTime::currentDateTimeUtc());
        QCOMPARE(acro.view.status, QString("fail"));
        const protocol::CheckItemInfo &item = acro.view.items.at(0);
        QCOMPARE(item.findingsTotal, 4);
        for (const protocol::CheckFindingInfo &f : item.findings) {
            QCOMPARE(f.rule, QString("threshold"));
            QVERIFY2(f.message.contains("proportions of a percentage table"), qPrintable(f.message));
            QVERIFY2(!f.message.contains("records") && !f.message.contains('%'), qPrintable(f.message));
        }
        // The service's own rules check the counts, which pass.
        const CheckOutcome service = server::runChecks({spec}, {}, {}, files.reader(), sdc::RiskProfile(),
                                                       QDateTime::currentDateTimeUtc());
        QCOMPARE(service.view.status, QString("pass"));
    }

    // 60 x 40 = 2,400 cells: 1,500 below the threshold and 300 zeros, 1,800 findings in all.
    void aBigTableListsTheCapAndKeepsEveryFinding()
    {
        Files files;
        files.bytes.insert("big.csv", table(60, 40, 1500, 300));
        const QList<sdc::TableSpec> specs{frequency("big.csv", "big.csv")};
        const sdc::RiskProfile profile;
        const CheckOutcome out =
            server::runChecks(specs, {}, {}, files.reader(), profile, QDateTime::currentDateTimeUtc());

        QCOMPARE(out.view.status, QString("fail"));
        QCOMPARE(out.view.items.size(), 1);
        const protocol::CheckItemInfo &item = out.view.items.at(0);
        QCOMPARE(item.findingsTotal, 1800);
        QCOMPARE(item.findings.size(), Cap);
        QCOMPARE(out.findings.size(), 1800);

        // What the engine finds, whole, in its order: the stored findings are exactly these.
        const sdc::Report report = sdc::checkSubmission(specs, profile, [&](const QString &name) {
            return sdc::Result<QByteArray>(files.bytes.value(name));
        });
        const QList<sdc::Finding> engine = report.files.at(0).allFindings();
        QCOMPARE(engine.size(), 1800);
        const QList<store::StoredFinding> stored = out.findings.toList();
        QCOMPARE(stored.size(), engine.size());
        for (qsizetype i = 0; i < engine.size(); ++i)
            QCOMPARE(stored.at(i), CheckFindings::stored(engine.at(i)));
        QCOMPARE(stored.at(0).row, QString("Row 1"));
        QCOMPARE(stored.at(0).column, QString("Col 1"));
        QCOMPARE(stored.at(0).cell, QString("B2"));
        QCOMPARE(stored.at(0).parameters.value("count").toInt(), 5);
        QCOMPARE(stored.at(1799).rule, QString("zero"));
        QCOMPARE(stored.at(1799).cell, QString("AO46")); // row 45 of values (file row 46), column 40

        // The listed ones are the first findings, as a researcher's client may see them.
        for (qsizetype i = 0; i < Cap; ++i) {
            QCOMPARE(item.findings.at(i).cell, stored.at(i).cell);
            QCOMPARE(item.findings.at(i).rule, stored.at(i).rule);
            QVERIFY(item.findings.at(i).rowLabel.isEmpty());
            QVERIFY(!item.findings.at(i).message.contains("Row "));
        }

        // The keys the exceptions are matched on, for every finding.
        qsizetype keys = 0;
        qsizetype failing = 0;
        out.findings.forEachKey([&](const CheckFindings::Key &k) {
            const store::StoredFinding &s = stored.at(keys++);
            if (k.path != s.path || k.rule != s.rule || k.cell != s.cell || k.line != s.line ||
                sdc::outcomeName(k.outcome) != s.outcome)
                return false;
            failing += k.outcome == sdc::Outcome::Fail;
            return true;
        });
        QCOMPARE(keys, 1800);
        QCOMPARE(failing, 1500);

        // A walk stops when asked to.
        qsizetype seen = 0;
        QVERIFY(!out.findings.forEach([&](const store::StoredFinding &) { return ++seen < 10; }));
        QCOMPARE(seen, 10);
    }

    // Each table and code file has its own cap and count; the findings are kept in the answer's
    // order (tables, then code files).
    void eachItemHasItsOwnCapAndCount()
    {
        Files files;
        files.bytes.insert("a.csv", table(40, 30, 1100, 0));
        files.bytes.insert("b.csv", table(3, 3, 1, 1));
        files.bytes.insert("list.R", "# a listing\nprint(df)\n");
        const QList<sdc::TableSpec> specs{frequency("a.csv", "a.csv"), frequency("b.csv", "b.csv")};
        const CheckOutcome out = server::runChecks(specs, {}, {{"list.R", "files[0].path"}}, files.reader(),
                                                   sdc::RiskProfile(), QDateTime::currentDateTimeUtc());
        QCOMPARE(out.view.items.size(), 3);
        QCOMPARE(out.view.items.at(0).findingsTotal, 1100);
        QCOMPARE(out.view.items.at(0).findings.size(), Cap);
        QCOMPARE(out.view.items.at(1).findingsTotal, 2);
        QCOMPARE(out.view.items.at(1).findings.size(), 2);
        const qint64 code = out.view.items.at(2).findingsTotal;
        QVERIFY(code >= 1);
        QCOMPARE(out.view.items.at(2).findings.size(), code);
        QCOMPARE(out.findings.size(), 1102 + code);
        const QList<store::StoredFinding> stored = out.findings.toList();
        QCOMPARE(stored.at(0).path, QString("a.csv"));
        QCOMPARE(stored.at(1099).path, QString("a.csv"));
        QCOMPARE(stored.at(1100).path, QString("b.csv"));
        QCOMPARE(stored.at(1102).path, QString("list.R"));
        QVERIFY(stored.at(1102).line > 0);
    }
};

QTEST_GUILESS_MAIN(TestSubmissionChecks)
#include "tst_submissionchecks.moc"
