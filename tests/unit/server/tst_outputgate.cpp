// OutputGate: what a clearance request may release. Each refused case is a way to carry
// something past the checker's eyes: a format the checks cannot read, text that hides part of
// itself, a workbook sheet no table names.
#include "MediaTestFiles.h"
#include "SdcTestSupport.h"

#include "protocol/SubmissionMessages.h"
#include "services/OutputGate.h"

#include <QImage>
#include <QTest>

using namespace srs;
using server::OutputGate;

namespace {

QByteArray twoSheetBook()
{
    return sdc::test::writeXlsx(
        {{QStringLiteral("Table"), sdc::test::csvRows(QStringLiteral("Region,N\nCardiff,120\nNewport,60\n"))},
         {QStringLiteral("Notes"), sdc::test::csvRows(QStringLiteral("Region,Rate\nCardiff,12.5\n"))}});
}

} // namespace

class TestOutputGate : public QObject
{
    Q_OBJECT
private slots:
    void acceptedOutputsKeepTheirBytes_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("sheets");
        QTest::newRow("CSV") << "outputs/t.csv" << QByteArray("Region,N\r\nCardiff,12\r\n") << QStringList();
        QTest::newRow("CSV with a byte order mark")
            << "outputs/t.CSV" << QByteArray("\xEF\xBB\xBFRegion,N\nCardiff,12\n") << QStringList();
        QTest::newRow("TSV with tabs")
            << "outputs/t.tsv" << QByteArray("Region\tN\nCardiff\t12\n") << QStringList();
        QTest::newRow("Welsh and accents")
            << "report.md" << QByteArray("Caerdydd – Pen-y-bont ar Ogwr, café\n") << QStringList();
        QTest::newRow("R code") << "code/model.R" << QByteArray("# model\nfit <- lm(y ~ x)\n")
                                << QStringList();
        QTest::newRow("Stata code") << "code/clean.do" << QByteArray("* clean\nregress y x\n")
                                    << QStringList();
        // A PNG as Qt writes it holds nothing but its pixels: encoded again, it is the same file.
        QTest::newRow("PNG figure with nothing hidden")
            << "outputs/figure.png" << test::encoded(test::sampleFigure(), "PNG") << QStringList();
        QTest::newRow("PDF report") << "outputs/report.pdf" << test::simplePdf(2) << QStringList();
        QTest::newRow("workbook with every sheet a table")
            << "outputs/book.xlsx" << twoSheetBook() << QStringList{"Table", "Notes"};
        QTest::newRow("workbook, a table naming a sheet it does not have (the checks refuse it)")
            << "outputs/book.xlsx" << twoSheetBook() << QStringList{"Table", "Nots"};
        QTest::newRow("workbook, the first sheet by default")
            << "outputs/book.xlsx" << twoSheetBook() << QStringList{"", "Notes"};
    }
    void acceptedOutputsKeepTheirBytes()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, sheets);
        auto gated = OutputGate::prepare(path, bytes, sheets);
        QVERIFY2(gated.ok(), qPrintable(gated.ok() ? QString() : gated.error().message));
        QCOMPARE(gated.value(), bytes);
    }

    void hiddenOrUncheckedContentIsRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("sheets");
        QTest::addColumn<QStringList>("said");
        const QStringList none;
        QTest::newRow("right-to-left override in a CSV")
            << "outputs/t.csv"
            << QByteArray("Region,N\nCardiff,1\xE2\x80\xAE"
                          "2\n")
            << none
            << QStringList{"outputs/t.csv cannot be released",
                           "line 2 holds U+202E (RIGHT-TO-LEFT OVERRIDE)"};
        QTest::newRow("right-to-left isolate in a TSV") << "outputs/t.tsv"
                                                        << QByteArray("Region\tN\n\xE2\x81\xA7"
                                                                      "Cardiff\t12\n")
                                                        << none << QStringList{"U+2067"};
        QTest::newRow("zero-width space in a report")
            << "outputs/notes.txt" << QByteArray("All cells\xE2\x80\x8B are above 10.\n") << none
            << QStringList{"line 1 holds U+200B (ZERO WIDTH SPACE)"};
        QTest::newRow("byte order mark inside the text") << "outputs/t.csv"
                                                         << QByteArray("Region,N\nCar\xEF\xBB\xBF"
                                                                       "diff,12\n")
                                                         << none << QStringList{"U+FEFF"};
        QTest::newRow("tag characters (text no one sees)")
            << "outputs/t.csv" << QByteArray("Region,N\nCardiff\xF3\xA0\x81\x81,12\n") << none
            << QStringList{"U+E0041"};
        QTest::newRow("variation selector in code")
            << "code/model.py" << QByteArray("x = 1\xEF\xB8\x8F\n") << none << QStringList{"U+FE0F"};
        QTest::newRow("NUL byte") << "outputs/t.csv" << QByteArray("Region,N\nCardiff,12\0\n", 21) << none
                                  << QStringList{"U+0000 (NULL)"};
        QTest::newRow("terminal escape") << "outputs/run.log" << QByteArray("ok\n\x1b[2Jdone\n") << none
                                         << QStringList{"line 2 holds U+001B (ESCAPE)"};
        QTest::newRow("several, counted")
            << "outputs/t.csv" << QByteArray("a\xE2\x80\x8B,b\xE2\x80\x8B,c\xE2\x80\x8B\n") << none
            << QStringList{"and 2 more like it"};
        QTest::newRow("not UTF-8 (Windows-1252 pound sign)")
            << "outputs/t.csv"
            << QByteArray("Region,Mean\nCardiff,\xA3"
                          "12\n")
            << none << QStringList{"line 2 is not UTF-8 text; save the file as UTF-8"};
        QTest::newRow("overlong UTF-8")
            << "outputs/t.csv" << QByteArray("a,\xC0\xAF\n") << none << QStringList{"not UTF-8"};
        QTest::newRow("UTF-8 surrogate")
            << "outputs/t.csv" << QByteArray("a,\xED\xA0\x80\n") << none << QStringList{"not UTF-8"};
        QTest::newRow("a program") << "outputs/tool.exe" << QByteArray("MZ\x90") << none
                                   << QStringList{"outputs/tool.exe: files of this type cannot be released",
                                                  ".csv, .tsv, .xlsx", ".png, .jpg, .jpeg, .pdf"};
        QTest::newRow("an R data file")
            << "outputs/model.rds" << QByteArray("X\n") << none
            << QStringList{"outputs/model.rds: files of this type cannot be released"};
        QTest::newRow("no extension") << "outputs/README" << QByteArray("text\n") << none
                                      << QStringList{"files of this type cannot be released"};
        QTest::newRow("an old Excel file") << "outputs/book.xls" << QByteArray("\xD0\xCF\x11\xE0") << none
                                           << QStringList{"files of this type cannot be released"};
        QTest::newRow("a macro-enabled workbook")
            << "outputs/book.xlsm" << twoSheetBook() << QStringList{"Table", "Notes"}
            << QStringList{"macro-enabled workbooks (.xlsm) are never released"};
        QTest::newRow("a visible sheet no table names")
            << "outputs/book.xlsx" << twoSheetBook() << QStringList{"Table"}
            << QStringList{"sheet 2 is not a table of the request", "add a table for each"};
        QTest::newRow("no sheet named at all")
            << "outputs/book.xlsx" << twoSheetBook() << none
            << QStringList{"sheets 1 and 2 are not tables of the request"};
        auto parts = sdc::test::zipParts(twoSheetBook());
        parts[QStringLiteral("xl/workbook.xml")].replace("<sheet name=\"Notes\" ",
                                                         "<sheet name=\"Notes\" state=\"hidden\" ");
        QTest::newRow("a hidden sheet")
            << "outputs/book.xlsx" << sdc::test::writeZip(parts) << QStringList{"Table"}
            << QStringList{"sheet 2 is hidden", "hidden sheets are never released"};
        QTest::newRow("a PDF that runs a script when opened")
            << "outputs/report.pdf" << test::simplePdf(1, " /OpenAction << /S /JavaScript /JS (app.alert(1)) >>")
            << none << QStringList{"report.pdf cannot be released as it is"};
        QTest::newRow("a JPEG called a PNG")
            << "outputs/figure.png" << test::encoded(test::sampleFigure(), "JPEG") << none
            << QStringList{"figure.png cannot be released as it is"};
        QTest::newRow("a CSV called a workbook")
            << "outputs/book.xlsx" << QByteArray("Region,N\n") << QStringList{"Table"}
            << QStringList{"cannot be read whole as an Excel workbook"};
    }
    void hiddenOrUncheckedContentIsRefused()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, sheets);
        QFETCH(QStringList, said);
        auto gated = OutputGate::prepare(path, bytes, sheets);
        QVERIFY(!gated.ok());
        QCOMPARE(gated.error().code, QString::fromLatin1(protocol::submissionerrc::OutputFormatRefused));
        for (const QString &words : said)
            QVERIFY2(gated.error().message.contains(words), qPrintable(gated.error().message));
    }

    // A refusal goes to the researcher's own computer: it names what kind of thing is wrong and
    // where by place, never a sheet name, part name, defined name or format from the file.
    void refusalsCarryNothingFromTheFile()
    {
        const QByteArray secret = "Jones Mary 1961";
        auto parts = sdc::test::zipParts(twoSheetBook());
        parts[QStringLiteral("xl/workbook.xml")].replace("<sheet name=\"Notes\" ",
                                                         QByteArray("<sheet name=\"" + secret + "\" state=\"hidden\" "));
        parts[QStringLiteral("xl/comments/") + QString::fromLatin1(secret).replace(u' ', u'_') + QStringLiteral(".xml")] =
            "<comments/>";
        auto gated = OutputGate::prepare(QStringLiteral("outputs/book.xlsx"), sdc::test::writeZip(parts),
                                         {QStringLiteral("Table")});
        QVERIFY(!gated.ok());
        const QString said = gated.error().message;
        QVERIFY2(said.contains("sheet 2 is hidden"), qPrintable(said));
        QVERIFY2(!said.contains("Jones") && !said.contains("Mary") && !said.contains("1961"), qPrintable(said));

        // Text that is not UTF-8: the line, not the byte.
        auto text = OutputGate::prepare(QStringLiteral("outputs/t.csv"), QByteArray("a,b\n1,\xFE\n"), {});
        QVERIFY(!text.ok());
        QVERIFY2(!text.error().message.contains("0x") && !text.error().message.contains("FE", Qt::CaseInsensitive),
                 qPrintable(text.error().message));
    }

    // A figure with text hidden in it is stored without it: the gate hands back the picture alone.
    void figuresLoseWhatIsHiddenInThem()
    {
        const QByteArray png = test::encoded(test::sampleFigure(), "PNG");
        const QByteArray tagged =
            test::withChunkBeforeEnd(png, test::pngChunk("tEXt", QByteArray("Comment") + '\0' + "Jones, Mary, 1961-04-02"));
        auto gated = OutputGate::prepare(QStringLiteral("outputs/figure.png"), tagged, {});
        QVERIFY2(gated.ok(), qPrintable(gated.ok() ? QString() : gated.error().message));
        QVERIFY(gated.value() != tagged);
        QVERIFY(!gated.value().contains("tEXt"));
        QVERIFY(!gated.value().contains("Jones"));
        QCOMPARE(QImage::fromData(gated.value()), QImage::fromData(png));
    }
};

QTEST_GUILESS_MAIN(TestOutputGate)
#include "tst_outputgate.moc"
