// The code scanner, per language.
#include "sdc/CodeScanner.h"
#include "sdc/IdentifierRules.h"

#include <QTest>

using namespace srs::sdc;

namespace {
QStringList found(const QString &file, const QByteArray &code)
{
    auto findings = scanCode(file, code);
    if (!findings)
        return {"error: " + findings.error().message};
    QStringList out;
    for (const Finding &f : findings.value()) {
        if (f.rule != "annotation")
            out << QStringLiteral("%1@%2").arg(f.rule).arg(f.line);
    }
    return out;
}
} // namespace

class TestCodeScanner : public QObject
{
    Q_OBJECT
private slots:
    void nhsNumbers_data()
    {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<bool>("valid");
        QTest::newRow("valid 9434765919") << "9434765919" << true;
        QTest::newRow("valid 4010232137") << "4010232137" << true;
        QTest::newRow("wrong check digit") << "9434765918" << false;
        QTest::newRow("check digit 10 never valid") << "1000000010" << false;
        QTest::newRow("9 digits") << "943476591" << false;
    }
    void nhsNumbers()
    {
        QFETCH(QString, digits);
        QFETCH(bool, valid);
        QCOMPARE(IdentifierRules::isValidNhsNumber(digits), valid);
    }

    void scan_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<QStringList>("expected");
        // R
        QTest::newRow("R head") << "a.R" << QByteArray("# load\nx <- read.csv('a.csv')\nhead(x)\n")
                                << QStringList{"record-listing@3"};
        QTest::newRow("R View") << "a.R" << QByteArray("View(df)  # look\n")
                                << QStringList{"record-listing@1"};
        QTest::newRow("R bare object prints")
            << "a.R" << QByteArray("df\n") << QStringList{"record-listing@1"};
        QTest::newRow("R print string is fine") << "a.R" << QByteArray("print(\"done\")\n") << QStringList();
        QTest::newRow("R valid NHS number") << "a.R" << QByteArray("x <- df[df$nhs == 9434765919, ]\n")
                                            << QStringList{"identifier-nhs-number@1", "identifier-filter@1"};
        QTest::newRow("R invalid NHS number is a long number")
            << "a.R" << QByteArray("big <- 9434765918\n") << QStringList{"identifier-long-number@1"};
        QTest::newRow("R spaced NHS number")
            << "a.R" << QByteArray("# patient 943 476 5919\n") << QStringList{"identifier-nhs-number@1"};
        QTest::newRow("R filter on id") << "a.R" << QByteArray("sub <- filter(df, patient_id == 12345)\n")
                                        << QStringList{"identifier-filter@1"};
        QTest::newRow("R round number is fine") << "a.R" << QByteArray("n <- 100000000\n") << QStringList();
        // Stata
        QTest::newRow("Stata list") << "a.do" << QByteArray("* look\nlist in 1/10\n")
                                    << QStringList{"record-listing@2"};
        QTest::newRow("Stata browse abbreviation")
            << "a.do" << QByteArray("br\n") << QStringList{"record-listing@1"};
        QTest::newRow("Stata by list")
            << "a.do" << QByteArray("bysort id: list age\n") << QStringList{"record-listing@1"};
        QTest::newRow("Stata local named list is fine")
            << "a.do" << QByteArray("local list a b c\n") << QStringList();
        QTest::newRow("Stata keep if id")
            << "a.do" << QByteArray("keep if pid == 40012\n") << QStringList{"identifier-filter@1"};
        QTest::newRow("Stata date of birth") << "a.do" << QByteArray("replace dob = td(15jan1980) if x\n")
                                             << QStringList{"identifier-date-of-birth@1"};
        // Python
        QTest::newRow("Python head") << "a.py" << QByteArray("import pandas as pd\ndf.head()\n")
                                     << QStringList{"record-listing@2"};
        QTest::newRow("Python print(df)")
            << "a.py" << QByteArray("print(df)\n") << QStringList{"record-listing@1"};
        QTest::newRow("Python print text fine")
            << "a.py" << QByteArray("print('n =', len(df))\n") << QStringList();
        QTest::newRow("Python NI number")
            << "a.py" << QByteArray("ni = 'AB123456C'\n") << QStringList{"identifier-ni-number@1"};
        QTest::newRow("Python postcode")
            << "a.py" << QByteArray("pc = \"CF10 3AT\"\n") << QStringList{"identifier-postcode@1"};
        QTest::newRow("Python postcode without space in quotes")
            << "a.py" << QByteArray("pc = 'SW1A1AA'\n") << QStringList{"identifier-postcode@1"};
        QTest::newRow("Python date of birth")
            << "a.py" << QByteArray("dob_cut = '1980-01-15'  # birth date\n")
            << QStringList{"identifier-date-of-birth@1"};
        QTest::newRow("Python date without birth is fine")
            << "a.py" << QByteArray("start = '2020-01-01'\n") << QStringList();
        QTest::newRow("Python isin on id") << "a.py" << QByteArray("x = df[df.person_id.isin([12345])]\n")
                                           << QStringList{"identifier-filter@1"};
        QTest::newRow("Python assignment to id is fine")
            << "a.py" << QByteArray("id = 12345\n") << QStringList();
        // SAS
        QTest::newRow("SAS proc print") << "a.sas" << QByteArray("/* list */\nproc print data=a; run;\n")
                                        << QStringList{"record-listing@2"};
        QTest::newRow("SAS where id")
            << "a.sas" << QByteArray("data b; set a; where person_id = 501234; run;\n")
            << QStringList{"identifier-filter@1"};
        QTest::newRow("SAS comment mentions print")
            << "a.sas" << QByteArray("* proc print is not used;\n") << QStringList();
        // SQL
        QTest::newRow("SQL select star")
            << "a.sql" << QByteArray("-- all\nSELECT *\nFROM people;\n") << QStringList{"record-listing@2"};
        QTest::newRow("SQL count star is fine")
            << "a.sql" << QByteArray("SELECT count(*) FROM people;\n") << QStringList();
        QTest::newRow("SQL grouped is fine")
            << "a.sql" << QByteArray("SELECT * FROM t GROUP BY a;\n") << QStringList();
        QTest::newRow("SQL where id")
            << "a.sql" << QByteArray("SELECT age FROM p WHERE patient_id = '12345';\n")
            << QStringList{"identifier-filter@1"};
        QTest::newRow("SQL create table as select")
            << "a.sql" << QByteArray("CREATE TABLE x AS SELECT * FROM people;\n") << QStringList();
    }
    void scan()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, code);
        QFETCH(QStringList, expected);
        QCOMPARE(found(file, code), expected);
    }

    void notebook()
    {
        const QByteArray nb = R"J({"cells": [
            {"cell_type": "markdown", "source": ["# Analysis\n"]},
            {"cell_type": "code", "source": ["import pandas as pd\n", "df = pd.read_csv('a.csv')"], "outputs": []},
            {"cell_type": "code", "source": ["df.head()"], "outputs": [{"output_type": "execute_result"}]}
        ], "metadata": {"kernelspec": {"language": "python"}}, "nbformat": 4})J";
        QCOMPARE(found("a.ipynb", nb), (QStringList{"notebook-outputs@3", "record-listing@3"}));
        auto findings = scanCode("a.ipynb", nb);
        QVERIFY(findings.value().last().message.startsWith("Cell 3, line 1"));
        QCOMPARE(found("a.ipynb", "{not json"),
                 QStringList{"error: a.ipynb is not a Jupyter notebook (no JSON object "
                             "with \"cells\")."});
    }

    void annotation()
    {
        QByteArray bare;
        for (int i = 0; i < 20; ++i)
            bare += "x" + QByteArray::number(i) + " <- " + QByteArray::number(i) + "\n";
        auto findings = scanCode("a.R", bare);
        QCOMPARE(findings.value().size(), 1);
        QCOMPARE(findings.value().first().rule, QString("annotation"));
        QCOMPARE(findings.value().first().outcome, Outcome::Review);
        QVERIFY(scanCode("a.R", "# Two comments for twenty lines\n# are enough\n" + bare).value().isEmpty());
        QVERIFY(scanCode("a.R", "x <- 1\n").value().isEmpty()); // short files are not judged
    }

    void unusable()
    {
        QVERIFY(!scanCode("a.txt", "x").ok());
        QVERIFY(!scanCode("a.R", QByteArray("\x00\x01", 2)).ok());
    }
};

QTEST_GUILESS_MAIN(TestCodeScanner)
#include "tst_sdc_codescanner.moc"
