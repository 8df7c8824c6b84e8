// A submission draft as the encrypted cache keeps it: its tables are table specs, incomplete
// while the draft is written; drafts saved in the earlier form (companions as file names, the
// margins choice apart) are read as they were meant.

#include "session/SubmissionWizard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace srs;
using session::SubmissionDraft;

namespace {

QJsonObject draftWithTables(const QJsonArray &tables)
{
    return QJsonObject{{"version", 1},
                       {"id", "D-1"},
                       {"project_id", "P1"},
                       {"title", "Rents"},
                       {"type_chosen", true},
                       {"clearance_type", "publication"},
                       {"files", QJsonArray{}},
                       {"tables", tables},
                       {"figure_sources", QJsonObject{}},
                       {"controls", ""},
                       {"exceptions", QJsonArray{}},
                       {"declared", false},
                       {"page", "tables"},
                       {"checked_hashes", QJsonObject{}}};
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSubmissionDraft : public QObject
{
    Q_OBJECT
private slots:
    // Tables as drafts were saved before the spec had a type of its own.
    void readsDraftsSavedInTheEarlierForm()
    {
        const QJsonArray tables{QJsonObject{{"file", "outputs/mean_rent.csv"},
                                            {"statistic", "mean"},
                                            {"label_rows", 2},
                                            {"label_columns", 1},
                                            {"counts", "outputs/mean_rent_counts.csv"},
                                            {"top1", "outputs/mean_rent_top1.csv"},
                                            {"top2", ""},
                                            {"total", ""},
                                            {"margins", false},
                                            {"margins_choice", "false"},
                                            {"dataset", "LFS-2024"}},
                                QJsonObject{{"file", "outputs/people.xlsx"},
                                            {"statistic", "frequency"},
                                            {"sheet", "Ages"},
                                            {"label_rows", 1},
                                            {"label_columns", 1},
                                            {"top1", "outputs/left_over_top1.csv"},
                                            {"top2", ""},
                                            {"total", ""},
                                            {"weighted", true},
                                            {"margins_choice", "auto"}}};
        auto read = SubmissionDraft::fromJson(bytes(draftWithTables(tables)));
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        const QList<domain::TableSpec> &t = read.value().tables;
        QCOMPARE(t.size(), 2);
        QCOMPARE(t[0].file, QString("outputs/mean_rent.csv"));
        QCOMPARE(t[0].statistic, domain::Statistic::Mean);
        QCOMPARE(t[0].layout.labelRows, 2);
        QCOMPARE(t[0].counts.file, QString("outputs/mean_rent_counts.csv"));
        QCOMPARE(t[0].top1.file, QString("outputs/mean_rent_top1.csv"));
        QVERIFY(!t[0].top2.isSet()); // still to be chosen: the page asks for it
        QCOMPARE(t[0].margins.mode, domain::MarginSpec::Mode::Off);
        QCOMPARE(t[0].dataset, QString("LFS-2024"));
        QCOMPARE(t[1].statistic, domain::Statistic::Frequency);
        QCOMPARE(t[1].sheet, QString("Ages"));
        QVERIFY(!t[1].counts.isSet());
        QCOMPARE(t[1].top1.file, QString("outputs/left_over_top1.csv")); // kept, as before
        QVERIFY(t[1].weighted);
        QCOMPARE(t[1].margins.mode, domain::MarginSpec::Mode::Auto);
    }

    // What the draft holds comes back whole, including what the page does not show (a
    // companion's sheet, totals named by their labels) from a request opened to fix it.
    void roundTrips()
    {
        SubmissionDraft d;
        d.id = "D-2";
        d.projectId = "P1";
        domain::TableSpec spec;
        spec.file = "outputs/rates.xlsx";
        spec.sheet = "Rates";
        spec.statistic = domain::Statistic::Ratio;
        spec.counts = {"outputs/rates.xlsx", "N", {}};
        spec.top1.file = "outputs/rates_top1.csv";
        spec.total.file = "outputs/rates_total.csv";
        spec.margins = {domain::MarginSpec::Mode::Named, "All", "Total"};
        spec.layout = {3, 2};
        domain::TableSpec percentile;
        percentile.file = "outputs/p90.csv";
        percentile.statistic = domain::Statistic::Percentile;
        percentile.percentile = 90;
        percentile.counts.column = "N";
        d.tables = {spec, percentile};
        auto read = SubmissionDraft::fromJson(d.toJson());
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        QVERIFY(read.value().tables == d.tables);
    }

    void refusesADamagedTable_data()
    {
        QTest::addColumn<QJsonObject>("table");
        const QJsonObject good{
            {"file", "a.csv"}, {"statistic", "frequency"}, {"label_rows", 1}, {"label_columns", 1}};
        auto with = [&good](const char *key, const QJsonValue &v) {
            QJsonObject o = good;
            o.insert(QString::fromLatin1(key), v);
            return o;
        };
        auto without = [&good](const char *key) {
            QJsonObject o = good;
            o.remove(QString::fromLatin1(key));
            return o;
        };
        QTest::newRow("no file") << without("file");
        QTest::newRow("no statistic") << without("statistic");
        QTest::newRow("unknown statistic") << with("statistic", "often");
        QTest::newRow("label rows not a number") << with("label_rows", "two");
        QTest::newRow("counts a number") << with("counts", 3);
    }
    void refusesADamagedTable()
    {
        QFETCH(QJsonObject, table);
        QVERIFY(!SubmissionDraft::fromJson(bytes(draftWithTables(QJsonArray{table}))).ok());
    }
};

QTEST_GUILESS_MAIN(TestSubmissionDraft)
#include "tst_submissiondraft.moc"
