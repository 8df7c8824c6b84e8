// Table spec and risk profile validation: every message names the field.
#include "sdc/RiskProfile.h"
#include "sdc/TableSpec.h"

#include <QTest>

using namespace srs::sdc;

class TestSpec : public QObject
{
    Q_OBJECT
private slots:
    void valid()
    {
        auto specs = parseTableSpecDocument(R"J({"dataset": "hes", "tables": [
            {"file": "a.csv", "statistic": "frequency", "counts": "a_counts.csv", "margins": true},
            {"name": "Income", "file": "b.xlsx", "sheet": "Mean", "statistic": "mean", "weighted": true,
             "counts": {"file": "b.xlsx", "sheet": "N"}, "top1": {"file": "b.xlsx", "sheet": "Top1"},
             "top2": {"file": "b.xlsx", "sheet": "Top2"}, "label_rows": 2, "label_columns": 1,
             "margins": {"row": "All", "column": "All"}, "dataset": "ons", "variables": ["region", "sex"]},
            {"file": "c.csv", "statistic": "percentile(90)", "counts": {"column": "N"}},
            {"file": "r.csv", "statistic": "regression", "observations": 120, "parameters": 4}]})J");
        QVERIFY2(specs.ok(), specs.ok() ? "" : qPrintable(specs.error().message));
        QCOMPARE(specs.value().size(), 4);
        const TableSpec &b = specs.value()[1];
        QCOMPARE(b.statistic, Statistic::Mean);
        QCOMPARE(b.counts.sheet, QString("N"));
        QCOMPARE(b.layout.labelRows, 2);
        QCOMPARE(b.margins.mode, MarginSpec::Mode::Named);
        QCOMPARE(b.dataset, QString("ons"));
        QCOMPARE(specs.value()[0].dataset, QString("hes"));
        QCOMPARE(specs.value()[2].percentile, 90.0);
        QCOMPARE(specs.value()[3].observations.value_or(0), 120);
        // Round trip.
        auto again = tableSpecFromJson(tableSpecToJson(b), "again");
        QVERIFY(again.ok());
        QCOMPARE(tableSpecToJson(again.value()), tableSpecToJson(b));
        // The compact form (what a request carries) reads back as the same spec, for every table.
        for (const TableSpec &spec : specs.value()) {
            auto compact = tableSpecFromJson(tableSpecToJson(spec, SpecForm::Compact), "again");
            QVERIFY2(compact.ok(), qPrintable(compact.ok() ? QString() : compact.error().message));
            QVERIFY(compact.value() == spec);
        }
    }

    void invalid_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("{") << "not valid JSON";
        QTest::newRow("no file") << QByteArray(R"({"statistic": "frequency", "counts": "c.csv"})")
                                 << "spec.file";
        QTest::newRow("no statistic")
            << QByteArray(R"({"file": "a.csv", "counts": "c.csv"})") << "spec.statistic";
        QTest::newRow("unknown statistic")
            << QByteArray(R"({"file": "a.csv", "statistic": "avg", "counts": "c"})") << "\"avg\"";
        QTest::newRow("no counts") << QByteArray(R"({"file": "a.csv", "statistic": "frequency"})")
                                   << "spec.counts: is required";
        QTest::newRow("mean without top1")
            << QByteArray(R"({"file": "a", "statistic": "mean", "counts": "c"})") << "spec.top1";
        QTest::newRow("unknown field") << QByteArray(R"({"file": "a", "statistic": "sum", "count": "c"})")
                                       << "spec.count: unknown field";
        QTest::newRow("bad label_rows")
            << QByteArray(R"({"file": "a", "statistic": "frequency", "counts": "c",
                                                          "label_rows": -1})")
            << "spec.label_rows";
        QTest::newRow("bad margins") << QByteArray(R"({"file": "a", "statistic": "frequency", "counts": "c",
                                                       "margins": 3})")
                                     << "spec.margins";
        QTest::newRow("weighted not bool")
            << QByteArray(R"({"file": "a", "statistic": "frequency", "counts": "c",
                                                             "weighted": "yes"})")
            << "spec.weighted";
        QTest::newRow("counts object without file")
            << QByteArray(R"({"file": "a", "statistic": "frequency", "counts": {"sheet": "N"}})")
            << "spec.counts";
        QTest::newRow("tables[1]") << QByteArray(R"({"tables": [{"file": "a", "statistic": "frequency",
                                                     "counts": "c"}, {"file": "b", "statistic": "max"}]})")
                                   << "tables[1].counts";
        QTest::newRow("ratio without total")
            << QByteArray(R"({"file": "a", "statistic": "ratio", "counts": "c", "top1": "t1", "top2": "t2"})")
            << "spec.total";
        QTest::newRow("distinct on frequency")
            << QByteArray(R"({"file": "a", "statistic": "frequency", "counts": "c", "distinct": "d"})")
            << "spec.distinct";
    }
    void invalid()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        auto specs = parseTableSpecDocument(json);
        QVERIFY(!specs.ok());
        QVERIFY2(specs.error().message.contains(message), qPrintable(specs.error().message));
        // The field at fault is named apart from the message, as the message begins (a document
        // that is not JSON has no field).
        QCOMPARE(specs.error().field.isEmpty(), QByteArray(QTest::currentDataTag()) == "not JSON");
        if (!specs.error().field.isEmpty())
            QVERIFY2(specs.error().message.startsWith(specs.error().field + ": "),
                     qPrintable(specs.error().field));
    }

    void profile_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty keeps defaults") << QByteArray("{}") << QString();
        QTest::newRow("all keys") << QByteArray(R"({"threshold": 5, "nk_n": 1, "nk_k": 0.9, "p_ratio": 0.2,
                                                   "dof": 5, "zeros_disclosive": false})")
                                  << QString();
        QTest::newRow("k as percent") << QByteArray(R"({"nk_k": 85})") << "nk_k";
        QTest::newRow("p as percent") << QByteArray(R"({"p_ratio": 10})") << "p_ratio";
        QTest::newRow("threshold fraction") << QByteArray(R"({"threshold": 2.5})") << "threshold";
        QTest::newRow("nk_n 3") << QByteArray(R"({"nk_n": 3})") << "nk_n";
        QTest::newRow("unknown key") << QByteArray(R"({"thresold": 5})") << "unknown key \"thresold\"";
        QTest::newRow("bad dataset override")
            << QByteArray(R"({"datasets": {"x": {"dof": -1}}})") << "dataset \"x\"";
    }
    void profile()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        auto p = RiskProfile::fromJson(json);
        QCOMPARE(p.ok(), error.isEmpty());
        if (!p.ok())
            QVERIFY2(p.error().message.contains(error), qPrintable(p.error().message));
    }

    void profileKeepsDefaults()
    {
        auto p = RiskProfile::fromJson(R"({"threshold": 5})");
        QVERIFY(p.ok());
        QCOMPARE(p.value().threshold, 5);
        QCOMPARE(p.value().nkK, 0.85);
        QCOMPARE(p.value().pRatio, 0.10);
        QCOMPARE(p.value().dof, 10);
        QCOMPARE(p.value().nkN, 2);
        QVERIFY(p.value().zerosDisclosive);
    }
};

QTEST_GUILESS_MAIN(TestSpec)
#include "tst_sdc_spec.moc"
