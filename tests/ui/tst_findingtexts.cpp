// The findings' and refusals' texts in the client's language. Every rule the disclosure checker
// has is made to fire by running the real checks (core/sdc) on small inputs; each finding is put
// as the server puts it for a client (researcherView, with the settings its text needs), and the
// client's renderer must write it itself, not fall back to the server's English. With the Welsh
// catalogue loaded (the .qm built from translations/srs_cy.ts) every text must be Welsh: unlike
// the English one. The server's refusals by code likewise.

#include "../unit/sdc/SdcTestSupport.h"
#include "api/ApiFailure.h"
#include "sdc/CodeScanner.h"
#include "sdc/CsvReader.h"
#include "sdc/PopulationSummary.h"
#include "sdc/ReleaseDiffChecker.h"
#include "sdc/RiskProfile.h"
#include "services/SubmissionChecks.h"
#include "session/RefusalTexts.h"
#include "ui/common/FindingTexts.h"
#include "ui/common/Language.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QTest>
#include <QTranslator>

using namespace srs;
using namespace srs::sdc;
using namespace srs::sdc::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray oneCell(const QString &value)
{
    return u"Area,Count\nCardiff,%1\n"_s.arg(value).toUtf8();
}

QList<Finding> findingsOf(const Report &r)
{
    QList<Finding> out;
    for (const FileReport &f : r.files)
        out << f.allFindings();
    return out;
}

Table readCsv(const QByteArray &csv)
{
    auto t = CsvReader::read(csv, u"t.csv"_s);
    if (!t)
        qFatal("test table does not read: %s", qPrintable(t.error().message));
    return std::move(t).value();
}

// Every rule, from the real checks, with the profile they ran under.
QList<std::pair<Finding, RiskProfile>> everyRule()
{
    QList<std::pair<Finding, RiskProfile>> all;
    const RiskProfile service;
    const auto add = [&all](const QList<Finding> &found, const RiskProfile &p) {
        for (const Finding &f : found)
            all.append({f, p});
    };
    add(findingsOf(checkOne(oneCell(u"9"_s), {{u"counts"_s, oneCell(u"9"_s)}})), service); // threshold
    add(findingsOf(checkOne(oneCell(u"0"_s), {{u"counts"_s, oneCell(u"0"_s)}})), service); // zero
    add(findingsOf(
            checkOne(oneCell(u"12.5"_s), {{u"counts"_s, oneCell(u"20"_s)}}, {{u"statistic"_s, u"max"_s}})),
        service); // unsafe-statistic
    add(findingsOf(
            checkOne(oneCell(u"12.5"_s), {{u"counts"_s, oneCell(u"10"_s)}}, {{u"statistic"_s, u"std"_s}})),
        service); // dof
    add(findingsOf(checkOne(oneCell(u"100"_s),
                            {{u"counts"_s, oneCell(u"20"_s)},
                             {u"top1"_s, oneCell(u"90"_s)},
                             {u"top2"_s, oneCell(u"5"_s)},
                             {u"total"_s, oneCell(u"100"_s)}},
                            {{u"statistic"_s, u"sum"_s}})),
        service); // dominance-nk and p-ratio
    add(findingsOf(checkOne(oneCell(u"100"_s),
                            {{u"counts"_s, oneCell(u"20"_s)},
                             {u"top1"_s, oneCell(u"90"_s)},
                             {u"top2"_s, oneCell(u"-5"_s)},
                             {u"total"_s, oneCell(u"100"_s)}},
                            {{u"statistic"_s, u"sum"_s}})),
        service); // negative
    add(findingsOf(checkOne(
            "Area,Female,Male,Total\nCardiff,25,30,55\nNewport,[c],14,18\nTotal,29,44,73\n",
            {{u"counts"_s, "Area,Female,Male,Total\nCardiff,25,30,55\nNewport,4,14,18\nTotal,29,44,73\n"}})),
        service); // margin-differencing
    {
        // A percentage table under ACRO's rules: its proportions fail the threshold.
        const RiskProfile acro = RiskProfile::acro();
        add(findingsOf(checkOne("Area,Share\nCardiff,0.4\n", {{u"counts"_s, "Area,Share\nCardiff,40\n"}},
                                {{u"statistic"_s, u"percentage"_s}}, acro)),
            acro);
    }
    {
        // Two tables whose populations differ by three records.
        const QHash<QString, QByteArray> files{{u"a.csv"_s, "Area,Count\nCardiff,50\nNewport,50\n"},
                                               {u"b.csv"_s, "Area,Count\nCardiff,50\nNewport,47\n"}};
        auto a = tableSpecFromJson(
            {{u"file"_s, u"a.csv"_s}, {u"statistic"_s, u"frequency"_s}, {u"counts"_s, u"a.csv"_s}}, u"a"_s);
        auto b = tableSpecFromJson(
            {{u"file"_s, u"b.csv"_s}, {u"statistic"_s, u"frequency"_s}, {u"counts"_s, u"b.csv"_s}}, u"b"_s);
        add(findingsOf(checkSubmission({a.value(), b.value()}, service, memoryResolver(files))), service);
    }
    {
        // A table against one the project released, three records apart.
        const Table released = readCsv("Area,Count\nCardiff,50\nNewport,50\n");
        const PopulationSummary s = PopulationSummary::of(released, {}, {});
        ReleasedTableSummary r;
        r.releaseId = u"R-1"_s;
        r.file = u"outputs/released.csv"_s;
        r.population = s.population;
        r.rowsKey = s.rows.setKey();
        r.columnsKey = s.columns.setKey();
        r.rowLines = s.rows.size();
        r.columnLines = s.columns.size();
        r.rowSums = PopulationSummary::encodeSums(s.rows.sums);
        r.columnSums = PopulationSummary::encodeSums(s.columns.sums);
        const Table values = readCsv("Area,Count\nCardiff,50\nNewport,47\n");
        const CheckedTable table{
            u"New table"_s, u"outputs/new.csv"_s, {}, &values, PopulationSummary::of(values, {}, {})};
        add(ReleaseDiffChecker::check(table, {r}, service.threshold), service);
    }
    // Code: listings, identifiers, too few comments, a notebook with stored outputs.
    QByteArray script = "SELECT * FROM people;\n"
                        "x <- 9434765919\n"
                        "ni <- 'AB123456C'\n"
                        "where <- \"CF10 1AA\"\n"
                        "dob <- '01/02/1980'\n"
                        "ref <- 12345678\n"
                        "keep <- subset(df, patient_id == 12345)\n";
    for (int i = 0; i < 12; ++i)
        script += "y" + QByteArray::number(i) + " <- " + QByteArray::number(i) + "\n";
    add(CodeScanner::scanText(u"analysis.R"_s, CodeLanguage::R, QString::fromUtf8(script)), service);
    add(CodeScanner::scanText(u"query.sql"_s, CodeLanguage::Sql, u"SELECT * FROM people;\n"_s), service);
    const QByteArray notebook =
        R"({"cells":[{"cell_type":"code","source":["print(1)\n"],"outputs":[{"output_type":"stream","text":["1"]}]}],)"
        R"("metadata":{"kernelspec":{"language":"python"}},"nbformat":4,"nbformat_minor":5})";
    if (auto scanned = CodeScanner::scan(u"notebook.ipynb"_s, notebook))
        add(scanned.value(), service);
    return all;
}

// The rules docs/sdc.md lists, each of which must be among the findings above.
const QStringList Rules{u"threshold"_s,
                        u"zero"_s,
                        u"unsafe-statistic"_s,
                        u"dof"_s,
                        u"negative"_s,
                        u"dominance-nk"_s,
                        u"p-ratio"_s,
                        u"margin-differencing"_s,
                        u"cross-table-differencing"_s,
                        u"release-differencing"_s,
                        u"record-listing"_s,
                        u"annotation"_s,
                        u"notebook-outputs"_s,
                        u"identifier-nhs-number"_s,
                        u"identifier-ni-number"_s,
                        u"identifier-postcode"_s,
                        u"identifier-date-of-birth"_s,
                        u"identifier-long-number"_s,
                        u"identifier-filter"_s};

} // namespace

class TestFindingTexts : public QObject
{
    Q_OBJECT

    QTranslator m_welsh;
    QMap<QString, protocol::CheckFindingInfo> m_byKind; // rule (and "threshold/percentage")

private slots:
    void initTestCase()
    {
        for (const auto &[finding, profile] : everyRule()) {
            const protocol::CheckFindingInfo v = server::researcherView(finding, profile);
            QString kind = v.rule;
            if (v.parameters.contains(u"percentage"_s))
                kind += u"/percentage"_s;
            m_byKind.insert(kind, v);
        }
        QVERIFY(m_welsh.load(u"srs_cy"_s, QString::fromUtf8(SRS_QM_DIR)));
    }

    void everyRuleFires()
    {
        QStringList missing;
        for (const QString &rule : Rules)
            if (!m_byKind.contains(rule))
                missing << rule;
        if (!m_byKind.contains(u"threshold/percentage"_s))
            missing << u"threshold/percentage"_s;
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
    }

    void englishAndWelsh()
    {
        for (auto it = m_byKind.cbegin(); it != m_byKind.cend(); ++it) {
            const protocol::CheckFindingInfo &f = it.value();
            QVERIFY2(ui::FindingTexts::isRendered(f), qPrintable(it.key()));
            const QString english = ui::FindingTexts::message(f);
            QVERIFY2(english != f.message || !english.isEmpty(), qPrintable(it.key()));
            // The client's English says what the server's says (the same template), place included.
            QCOMPARE(english, f.message);

            QVERIFY(QCoreApplication::installTranslator(&m_welsh));
            const QString welsh = ui::FindingTexts::message(f);
            QVERIFY(QCoreApplication::removeTranslator(&m_welsh));
            QVERIFY2(welsh != english, qPrintable(it.key() + u": "_s + welsh));
            QVERIFY2(!welsh.contains(u" the "_s), qPrintable(it.key() + u": "_s + welsh));
        }
    }

    void unknownRuleKeepsTheServersMessage()
    {
        protocol::CheckFindingInfo f;
        f.rule = u"a-rule-from-a-newer-server"_s;
        f.message = u"The server's words."_s;
        QVERIFY(!ui::FindingTexts::isRendered(f));
        QCOMPARE(ui::FindingTexts::message(f), f.message);
        // A known rule without the settings its text needs (an older server) keeps it too.
        f.rule = u"threshold"_s;
        QVERIFY(!ui::FindingTexts::isRendered(f));
        QCOMPARE(ui::FindingTexts::message(f), f.message);
    }

    void dominanceCountsInWelsh_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("words");
        // Qt's Welsh forms: 0, 1, 2-5, 6, the rest. The count is written in figures, so the noun
        // after it keeps its radical form (no mutation by the number); one is said in words.
        QTest::newRow("1") << 1 << u"mae'r cyfraniad mwyaf yn"_s;
        QTest::newRow("2") << 2 << u"mae'r 2 cyfraniad mwyaf yn"_s;
        QTest::newRow("3") << 3 << u"mae'r 3 cyfraniad mwyaf yn"_s;
        QTest::newRow("6") << 6 << u"mae'r 6 cyfraniad mwyaf yn"_s;
        QTest::newRow("11") << 11 << u"mae'r 11 cyfraniad mwyaf yn"_s;
    }

    void dominanceCountsInWelsh()
    {
        QFETCH(int, n);
        QFETCH(QString, words);
        protocol::CheckFindingInfo f = m_byKind.value(u"dominance-nk"_s);
        f.parameters.insert(u"n"_s, n);
        QVERIFY(QCoreApplication::installTranslator(&m_welsh));
        const QString welsh = ui::FindingTexts::message(f);
        QVERIFY(QCoreApplication::removeTranslator(&m_welsh));
        QVERIFY2(welsh.contains(words), qPrintable(welsh));
    }

    void refusals()
    {
        const QStringList codes = session::refusalCodes();
        QVERIFY(codes.size() >= 30);
        for (const QString &code : codes) {
            api::ApiFailure f;
            f.kind = api::ApiFailure::Kind::Refused;
            f.serverCode = code;
            f.message = u"The server's message for "_s + code;
            // English: the server's own words, which name the request, file or date.
            QCOMPARE(session::refusalMessage(f), f.message);
            QVERIFY(QCoreApplication::installTranslator(&m_welsh));
            const QString welsh = session::refusalMessage(f);
            QVERIFY(QCoreApplication::removeTranslator(&m_welsh));
            QVERIFY2(welsh != f.message && !welsh.isEmpty(), qPrintable(code));
        }
        api::ApiFailure unknown;
        unknown.kind = api::ApiFailure::Kind::Refused;
        unknown.serverCode = u"something-new"_s;
        unknown.message = u"New words."_s;
        QVERIFY(QCoreApplication::installTranslator(&m_welsh));
        const QString kept = session::refusalMessage(unknown);
        QVERIFY(QCoreApplication::removeTranslator(&m_welsh));
        QCOMPARE(kept, unknown.message);
    }

    void language_data()
    {
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("textLanguage");
        QTest::addColumn<QString>("numbers");
        QTest::newRow("Welsh") << u"cy_GB"_s << u"cy"_s << u"cy_GB"_s;
        QTest::newRow("British English") << u"en_GB"_s << u"en"_s << u"en_GB"_s;
        QTest::newRow("American English keeps its dates") << u"en_US"_s << u"en"_s << u"en_US"_s;
        QTest::newRow("French: English words, English numbers") << u"fr_FR"_s << u"en"_s << u"en_GB"_s;
    }

    void language()
    {
        QFETCH(QString, system);
        QFETCH(QString, textLanguage);
        QFETCH(QString, numbers);
        QTranslator translator;
        const QLocale chosen = ui::loadLanguage(translator, QLocale(system), QString::fromUtf8(SRS_QM_DIR));
        QVERIFY(!translator.isEmpty());
        QVERIFY2(translator.language().startsWith(textLanguage), qPrintable(translator.language()));
        QCOMPARE(chosen.name(), numbers);
        // English plural forms come from srs_en.
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString one = QCoreApplication::translate("ReviewTexts", "%Ln working day(s)", nullptr, 1);
        QVERIFY(QCoreApplication::removeTranslator(&translator));
        QCOMPARE(one, textLanguage == u"cy"_s ? u"1 diwrnod gwaith"_s : u"1 working day"_s);
        if (textLanguage == u"cy"_s)
            QCOMPARE(chosen.toString(QDate(2026, 2, 1), u"MMMM"_s), u"Chwefror"_s);
    }
};

QTEST_GUILESS_MAIN(TestFindingTexts)
#include "tst_findingtexts.moc"
