// CSV/TSV and XLSX readers, including hostile input.
#include "SdcTestSupport.h"

#include "sdc/CellParser.h"
#include "sdc/CsvReader.h"
#include "sdc/XlsxReader.h"

#include <QRandomGenerator>
#include <QTest>

#include <cstring>

using namespace srs::sdc;
using namespace srs::sdc::test;

namespace {

// Every way a value cell can be written that the reader accepts, including the edges of its
// fast paths: plain numbers of every length up to and past 8 and 15 digits, signs, "-0",
// decimals with and without leading or trailing digits, exponents, padding, separators and
// markers.
// clang-format off
const char *const CellVariants[] = {
    "0", "7", "-0", "42", "-12", "999", "1234", "-12345", "123456", "1234567", "12345678", "-12345678",
    "123456789", "123456789012345", "1234567890123456", "-999999999999999", "0000000000000001", "00012",
    "3.25", "-0.5", "5.", ".5", "-.5", "1.000000000000001", "0.1", "12345678.9", "1234567.25", "1e3",
    "-2E-2", "12345678901234567890", "99999999999999999999999", " 12", "12 ", "\t7", "1,234", "1 234",
    "12.5%", "+3", "(12)", "\u22124" /* Unicode minus, 4 */, "*", "[c]", "..", "<10", "x", "", " ", "\t"};
// clang-format on

// A table of `rows` x `columns` value cells, mostly plain whole numbers (the common case) and
// about one cell in five one of CellVariants, some quoted. `cells` receives each cell's text.
// `asciiCells` leaves out the non-ASCII variant (for a file that is not UTF-8).
QByteArray generatedCsv(int rows, int columns, char delimiter, const QByteArray &lineEnd, bool finalLineEnd,
                        const QByteArray &rowLabelSuffix, bool asciiCells, QList<QByteArray> &cells)
{
    QRandomGenerator rng(4242);
    QByteArray csv = "Area";
    for (int c = 0; c < columns; ++c)
        csv += delimiter + QByteArray("c") + QByteArray::number(c + 1);
    cells.clear();
    for (int r = 0; r < rows; ++r) {
        csv += lineEnd + "r" + QByteArray::number(r + 1) + rowLabelSuffix;
        for (int c = 0; c < columns; ++c) {
            QByteArray text;
            if (rng.bounded(5u) == 0) {
                text = CellVariants[rng.bounded(static_cast<quint32>(std::size(CellVariants)))];
                if (asciiCells && text.contains('\xE2'))
                    text = "-4";
            } else {
                text = QByteArray::number(rng.bounded(1000000000u) >> rng.bounded(30u));
            }
            const bool quote = text.contains(delimiter) || text.contains('"') || rng.bounded(50u) == 0;
            csv += delimiter;
            csv += quote ? '"' + QByteArray(text).replace("\"", "\"\"") + '"' : text;
            cells << text;
        }
    }
    if (finalLineEnd)
        csv += lineEnd;
    return csv;
}

// RFC 3629, one byte at a time: the reference for CsvReader::isValidUtf8.
bool isUtf8ByteByByte(const QByteArray &bytes)
{
    qsizetype i = 0;
    while (i < bytes.size()) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        int extra = 0;
        unsigned low = 0x80;
        unsigned high = 0xBF;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c == 0xE0) {
            extra = 2;
            low = 0xA0;
        } else if (c == 0xED) {
            extra = 2;
            high = 0x9F;
        } else if (c >= 0xE1 && c <= 0xEF) {
            extra = 2;
        } else if (c == 0xF0) {
            extra = 3;
            low = 0x90;
        } else if (c == 0xF4) {
            extra = 3;
            high = 0x8F;
        } else if (c >= 0xF1 && c <= 0xF3) {
            extra = 3;
        } else {
            return false;
        }
        if (i + extra >= bytes.size())
            return false;
        for (int k = 1; k <= extra; ++k) {
            const auto b = static_cast<unsigned char>(bytes[i + k]);
            if (b < (k == 1 ? low : 0x80) || b > (k == 1 ? high : 0xBF))
                return false;
        }
        i += extra + 1;
    }
    return true;
}

QByteArray toUtf16Le(const QByteArray &utf8)
{
    const QString text = QString::fromUtf8(utf8);
    QByteArray out("\xFF\xFE");
    out.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    return out;
}

} // namespace

class TestReaders : public QObject
{
    Q_OBJECT
private slots:
    void cellText_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("value");
        const int N = static_cast<int>(CellText::Number);
        QTest::newRow("integer") << QByteArray("42") << N << 42.0;
        QTest::newRow("negative") << QByteArray("-7") << N << -7.0;
        QTest::newRow("decimal") << QByteArray("3.25") << N << 3.25;
        QTest::newRow("spaces") << QByteArray("  12 ") << N << 12.0;
        QTest::newRow("thousands") << QByteArray("1,234") << N << 1234.0;
        QTest::newRow("thousands, decimals") << QByteArray("1,234,567.5") << N << 1234567.5;
        QTest::newRow("percent") << QByteArray("12.5%") << N << 12.5;
        QTest::newRow("plus") << QByteArray("+3") << N << 3.0;
        QTest::newRow("unicode minus") << QByteArray("\xE2\x88\x92"
                                                     "4")
                                       << N << -4.0;
        QTest::newRow("accounting negative") << QByteArray("(12)") << N << -12.0;
        QTest::newRow("pound") << QByteArray("\xC2\xA3"
                                             "1,000")
                               << N << 1000.0;
        QTest::newRow("exponent") << QByteArray("1e3") << N << 1000.0;
        QTest::newRow("many digits") << QByteArray("12345678901234567890") << N << 12345678901234567890.0;
        QTest::newRow("blank") << QByteArray("") << static_cast<int>(CellText::Blank) << 0.0;
        QTest::newRow("spaces only") << QByteArray("   ") << static_cast<int>(CellText::Blank) << 0.0;
        const int M = static_cast<int>(CellText::Marker);
        for (const char *m : {"*", "[c]", "..", "<10", "<5", "x", "c", "[x]", "<=5", "suppressed"})
            QTest::newRow(m) << QByteArray(m) << M << 0.0;
        const int O = static_cast<int>(CellText::Other);
        QTest::newRow("word") << QByteArray("abc") << O << 0.0;
        QTest::newRow("bad grouping") << QByteArray("12,34") << O << 0.0;
        QTest::newRow("inf") << QByteArray("inf") << O << 0.0;
        QTest::newRow("-inf") << QByteArray("-inf") << O << 0.0;
        QTest::newRow("nan") << QByteArray("nan") << O << 0.0;
        QTest::newRow("dash") << QByteArray("-") << O << 0.0;
        QTest::newRow("two numbers") << QByteArray("1 2") << O << 0.0;
    }
    void cellText()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, kind);
        QFETCH(double, value);
        double v = 0;
        QCOMPARE(static_cast<int>(parseCellText(text, v)), kind);
        if (kind == static_cast<int>(CellText::Number))
            QCOMPARE(v, value);
    }

    // Numbers with '+', '%' or thousands separators are read from the bytes; a text that starts
    // with a no-break space (which trimming removes) is read the general way, through a
    // QString. Both must agree on every text made of these characters.
    void decoratedNumbersReadAsTheGeneralWay()
    {
        const QByteArray alphabet = "0123456789+-.%,' \te";
        const QByteArray samples[] = {"12.5%", "+3",      "1,234",  "1 234",    "1'234",  "-1,234.5%",
                                      "+-3",   "++3",     "3%%",    "12 %",     "+ 12",   "1,234,56",
                                      "0,000", "- 1,234", "1,2345", "1234,567", "..",     "...",
                                      "..%",   "1e3%",    "%",      "+",        "1,234.", "12,345,678"};
        QList<QByteArray> texts(std::begin(samples), std::end(samples));
        QRandomGenerator rng(11);
        for (int i = 0; i < 20000; ++i) {
            QByteArray text;
            const int length = 1 + static_cast<int>(rng.bounded(9u));
            for (int k = 0; k < length; ++k) {
                // Digits most of the time, so that many texts are numbers.
                text += rng.bounded(2u) == 0 ? alphabet[rng.bounded(10u)]
                                             : alphabet[rng.bounded(static_cast<quint32>(alphabet.size()))];
            }
            texts << text;
        }
        int numbers = 0;
        for (const QByteArray &text : std::as_const(texts)) {
            double fast = -1.0;
            double general = -2.0;
            const CellText kind = parseCellText(text, fast);
            QCOMPARE(static_cast<int>(kind),
                     static_cast<int>(parseCellText(QByteArray("\xC2\xA0" + text), general)));
            if (kind == CellText::Number) {
                QVERIFY2(std::memcmp(&fast, &general, sizeof fast) == 0, text.constData());
                ++numbers;
            }
        }
        QVERIFY(numbers > 5000);
    }

    // Every value cell knows its place in the file, numbered as a spreadsheet numbers rows and
    // columns: blank lines and blank leading rows count, and a workbook's used range may start
    // away from A1. Findings for a researcher's client name cells by these alone.
    void cellsKnowTheirPlaceInTheFile()
    {
        auto csv = CsvReader::read("\n\nRegion,A,B\nX,1,2\n\nY,3,4\n", "t.csv");
        QVERIFY2(csv.ok(), csv.ok() ? "" : qPrintable(csv.error().message));
        QCOMPARE(csv.value().rowCount(), 2);
        QCOMPARE(csv.value().fileRow(0), 4);
        QCOMPARE(csv.value().fileRow(1), 6);
        QCOMPARE(csv.value().fileColumn(0), 2);
        QCOMPARE(csv.value().fileColumn(1), 3);
        QCOMPARE(Table::cellReference(csv.value().fileRow(1), csv.value().fileColumn(1)), QString("C6"));
        QCOMPARE(Table::columnLetters(28), QString("AB"));
        QCOMPARE(Table::columnLetters(703), QString("AAA"));
        QCOMPARE(Table::cellReference(0, 3), QString());

        // A counts column taken out of the table: the columns after it keep their places.
        const Table without = csv.value().withoutColumn(0);
        QCOMPARE(without.fileColumn(0), 3);

        const QByteArray book =
            writeXlsx({{"Sheet1", {{}, {"", "Region", "A", "B"}, {"", "X", "1", "2"}, {"", "Y", "3", "4"}}}});
        auto xlsx = XlsxReader::read(book, "t.xlsx", "Sheet1");
        QVERIFY2(xlsx.ok(), xlsx.ok() ? "" : qPrintable(xlsx.error().message));
        QCOMPARE(xlsx.value().fileRow(0), 3);
        QCOMPARE(xlsx.value().fileColumn(0), 3);
        QCOMPARE(Table::cellReference(xlsx.value().fileRow(1), xlsx.value().fileColumn(1)), QString("D4"));

        // A cell that cannot be read says where it is, apart from the message that quotes it.
        auto bad = CsvReader::read("Region,A,B\nX,1,Jane Doe\n", "t.csv");
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::BadCell);
        QCOMPARE(bad.error().fileRow, 2);
        QCOMPARE(bad.error().fileColumn, 3);
    }

    void csvQuotingAndLineEnds()
    {
        const QByteArray csv =
            "\"Area, region\",\"Count \"\"all\"\"\"\r\n\"Cardiff\nsouth\",\"1,234\"\r\nNewport,5\r\n";
        auto t = CsvReader::read(csv, "t.csv");
        QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(t.error().message));
        QCOMPARE(t.value().columnLabels, QStringList{"Count \"all\""});
        QCOMPARE(t.value().rowLabels, (QStringList{"Cardiff\nsouth", "Newport"}));
        QCOMPARE(t.value().value(0, 0), 1234.0);
        QCOMPARE(t.value().value(1, 0), 5.0);
    }

    void delimiters_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::newRow("comma") << QByteArray("A,x,y\nr,1,2\n");
        QTest::newRow("tab") << QByteArray("A\tx\ty\nr\t1\t2\n");
        QTest::newRow("semicolon") << QByteArray("A;x;y\nr;1;2\n");
        QTest::newRow("tab with commas in numbers") << QByteArray("A\tx\ty\nr\t\"1\"\t2\n");
        QTest::newRow("CR only") << QByteArray("A,x,y\rr,1,2\r");
    }
    void delimiters()
    {
        QFETCH(QByteArray, csv);
        auto t = CsvReader::read(csv, "t.csv");
        QVERIFY(t.ok());
        QCOMPARE(t.value().columnLabels, (QStringList{"x", "y"}));
        QCOMPARE(t.value().value(0, 1), 2.0);
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("UTF-8") << QByteArray("Area,Ysbyty\nYnys M\xC3\xB4n,12\n");
        QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF"
                                                 "Area,Ysbyty\nYnys M\xC3\xB4n,12\n");
        QTest::newRow("Windows-1252") << QByteArray("Area,Ysbyty\nYnys M\xF4n,12\n");
        QByteArray utf16("\xFF\xFE");
        const QString text = QStringLiteral("Area,Ysbyty\nYnys M\u00F4n,12\n");
        utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        QTest::newRow("UTF-16LE BOM") << utf16;
    }
    void encodings()
    {
        QFETCH(QByteArray, bytes);
        auto t = CsvReader::read(bytes, "t.csv");
        QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(t.error().message));
        QCOMPARE(t.value().rowLabels.first(), QString::fromUtf8("Ynys M\xC3\xB4n"));
        QCOMPARE(t.value().columnLabels.first(), QString("Ysbyty"));
    }

    // The validator reads ASCII many bytes at a time: sequences of every kind, valid and not,
    // placed at every offset after ASCII runs of every length, give what the rules give.
    void utf8Validation()
    {
        const QByteArray sequences[] = {"\xC3\xB4",
                                        "\xE2\x82\xAC",
                                        "\xF0\x9F\x98\x80",
                                        "\xF4\x8F\xBF\xBF",
                                        "\xC0\xAF",
                                        "\xC1\xBF",
                                        "\xE0\x80\xAF",
                                        "\xED\xA0\x80",
                                        "\xF4\x90\x80\x80",
                                        "\xF5\x80\x80\x80",
                                        "\x80",
                                        "\xBF",
                                        "\xC3",
                                        "\xE2\x82",
                                        "\xF0\x9F\x98",
                                        "\xFF",
                                        "\xC3\x28"};
        QRandomGenerator rng(7);
        int valid = 0;
        int invalid = 0;
        for (int round = 0; round < 4000; ++round) {
            QByteArray bytes;
            const int pieces = 1 + static_cast<int>(rng.bounded(4u));
            for (int k = 0; k < pieces; ++k) {
                bytes += QByteArray(static_cast<qsizetype>(rng.bounded(80u)), 'a');
                if (rng.bounded(3u) != 0)
                    bytes += sequences[rng.bounded(static_cast<quint32>(std::size(sequences)))];
            }
            const bool expected = isUtf8ByteByByte(bytes);
            QVERIFY2(CsvReader::isValidUtf8(bytes) == expected, bytes.toHex().constData());
            ++(expected ? valid : invalid);
        }
        QVERIFY(valid > 500 && invalid > 500);
    }

    void cp1252Punctuation()
    {
        auto t = CsvReader::read(QByteArray("Area,\x93"
                                            "Cost\x94 \x80\nA,1\n"),
                                 "t.csv");
        QVERIFY(t.ok());
        QCOMPARE(t.value().columnLabels.first(), QString::fromUtf8("\xE2\x80\x9C"
                                                                   "Cost"
                                                                   "\xE2\x80\x9D \xE2\x82\xAC"));
    }

    // Every byte of Windows-1252 (0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned: U+FFFD).
    void cp1252EveryByte()
    {
        const char16_t high[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                   0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                   0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                   0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
        QByteArray bytes;
        QString expected;
        for (int b = 0x20; b <= 0xFF; ++b) {
            bytes += static_cast<char>(b);
            expected += QChar(b >= 0x80 && b < 0xA0 ? high[b - 0x80] : static_cast<char16_t>(b));
        }
        bool converted = false;
        const QByteArray utf8 = CsvReader::toUtf8(bytes, &converted);
        QVERIFY(converted);
        QVERIFY(CsvReader::isValidUtf8(utf8));
        QCOMPARE(QString::fromUtf8(utf8), expected);
    }

    void blanksAndShortRows()
    {
        auto t = CsvReader::read("A,x,y,z\nr1,1,,3\nr2,4\n\n,,,\n", "t.csv");
        QVERIFY(t.ok());
        QCOMPARE(t.value().rowCount(), 2);
        QCOMPARE(t.value().kind(0, 1), CellKind::Blank);
        QCOMPARE(t.value().kind(1, 1), CellKind::Blank);
        QCOMPARE(t.value().kind(1, 2), CellKind::Blank);
    }

    void multiLevelLabels()
    {
        TableLayout layout{2, 2};
        auto t = CsvReader::read(
            ",,Female,,Male,\nRegion,Area,Young,Old,Young,Old\nWales,Cardiff,1,2,3,4\n,Newport,5,6,7,8\n",
            "t.csv", layout);
        QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(t.error().message));
        QCOMPARE(t.value().columnLabels,
                 (QStringList{"Female / Young", "Female / Old", "Male / Young", "Male / Old"}));
        QCOMPARE(t.value().rowLabels, (QStringList{"Wales / Cardiff", "Wales / Newport"}));
        QCOMPARE(t.value().value(1, 3), 8.0);
    }

    void csvErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("binary junk") << QByteArray("\x7F"
                                                   "ELF\x02\x01\x01\x00\x00\x00",
                                                   10)
                                     << "binary";
        QTest::newRow("unterminated quote") << QByteArray("A,x\nr,\"12\n") << "never closed";
        QTest::newRow("row longer than header") << QByteArray("A,x\nr,1,2\n") << "more cells than the header";
        QTest::newRow("text in a value cell") << QByteArray("A,x\nr,n/a\n") << "'n/a'";
        QTest::newRow("empty") << QByteArray("") << "fewer rows";
        QTest::newRow("no bytes at all") << QByteArray() << "fewer rows"; // data() is null: never read
        QTest::newRow("header only") << QByteArray("A,x\n") << "no value cells";
    }
    void csvErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        auto t = CsvReader::read(bytes, "t.csv");
        QVERIFY(!t.ok());
        QVERIFY2(t.error().message.contains(message), qPrintable(t.error().message));
    }

    // A large table read through every delimiter, line end and encoding must give, cell for
    // cell, what the cell parser gives for that cell's text alone (the reader has faster paths
    // for runs of plain numbers; they must not change a single value, kind or marker).
    void csvCellsReadAsTheCellParserReads_data()
    {
        QTest::addColumn<char>("delimiter");
        QTest::addColumn<QByteArray>("lineEnd");
        QTest::addColumn<bool>("finalLineEnd");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("comma LF") << ',' << QByteArray("\n") << true << "utf-8";
        QTest::newRow("comma LF, no final line end") << ',' << QByteArray("\n") << false << "utf-8";
        QTest::newRow("comma CRLF") << ',' << QByteArray("\r\n") << true << "utf-8";
        QTest::newRow("comma CRLF, no final line end") << ',' << QByteArray("\r\n") << false << "utf-8";
        QTest::newRow("comma CR") << ',' << QByteArray("\r") << true << "utf-8";
        QTest::newRow("tab CRLF") << '\t' << QByteArray("\r\n") << true << "utf-8";
        QTest::newRow("semicolon LF") << ';' << QByteArray("\n") << false << "utf-8";
        QTest::newRow("pipe LF") << '|' << QByteArray("\n") << true << "utf-8";
        QTest::newRow("comma LF, UTF-8 BOM") << ',' << QByteArray("\n") << true << "utf-8-bom";
        QTest::newRow("comma CRLF, Windows-1252") << ',' << QByteArray("\r\n") << true << "windows-1252";
        QTest::newRow("semicolon LF, UTF-16LE") << ';' << QByteArray("\n") << false << "utf-16le";
    }
    void csvCellsReadAsTheCellParserReads()
    {
        QFETCH(char, delimiter);
        QFETCH(QByteArray, lineEnd);
        QFETCH(bool, finalLineEnd);
        QFETCH(QString, encoding);
        // Wider than any buffer the reader fills at once, and long enough for many rows.
        constexpr int rows = 25;
        constexpr int columns = 1100;
        QList<QByteArray> cells;
        const bool cp1252 = encoding == "windows-1252";
        const QByteArray suffix = cp1252 ? QByteArray(" M\xF4n") : QByteArray(" M\xC3\xB4n");
        QByteArray csv = generatedCsv(rows, columns, delimiter, lineEnd, finalLineEnd, suffix, cp1252, cells);
        if (encoding == "utf-8-bom")
            csv.prepend("\xEF\xBB\xBF");
        else if (encoding == "utf-16le")
            csv = toUtf16Le(csv);
        // Detected and given delimiters read alike.
        for (const char given : {delimiter, '\0'}) {
            auto t = CsvReader::read(csv, "t.csv", {}, {}, given);
            QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(t.error().message));
            const Table &table = t.value();
            QCOMPARE(table.rowCount(), rows);
            QCOMPARE(table.columnCount(), columns);
            QCOMPARE(table.rowLabels.last(), QString::fromUtf8("r%1 M\xC3\xB4n").arg(rows));
            QCOMPARE(table.columnLabels.last(), QStringLiteral("c%1").arg(columns));
            for (int r = 0; r < rows; ++r) {
                for (int c = 0; c < columns; ++c) {
                    const QByteArray &text = cells[r * columns + c];
                    double expected = 0.0;
                    const CellText kind = parseCellText(text, expected);
                    QVERIFY2(kind != CellText::Other, text.constData());
                    const CellKind got = table.kind(r, c);
                    const QByteArray where =
                        "cell " + QByteArray::number(r) + "," + QByteArray::number(c) + " '" + text + "'";
                    switch (kind) {
                    case CellText::Number: {
                        QVERIFY2(got == CellKind::Number, where.constData());
                        const double v = table.value(r, c);
                        QVERIFY2(std::memcmp(&v, &expected, sizeof v) == 0, where.constData());
                        break;
                    }
                    case CellText::Blank:
                        QVERIFY2(got == CellKind::Blank, where.constData());
                        break;
                    case CellText::Marker:
                        QVERIFY2(got == CellKind::Marker, where.constData());
                        QCOMPARE(table.marker(r, c), QString::fromUtf8(trimmedBytes(text)));
                        break;
                    case CellText::Other:
                        break;
                    }
                }
            }
        }
    }

    // Errors found inside a long run of plain numbers name the cell as they do elsewhere.
    void csvErrorsInsideNumberRuns()
    {
        QByteArray header = "Area";
        QByteArray row = "r1";
        for (int c = 1; c <= 40; ++c) {
            header += ",c" + QByteArray::number(c);
            row += "," + QByteArray::number(c * 37);
        }
        {
            QByteArray bad = row;
            bad.replace(",370,", ",1-,").replace(0, 2, "r2"); // column c10
            auto t = CsvReader::read(QByteArray(header + "\n" + row + "\n" + bad + "\n"), "t.csv");
            QVERIFY(!t.ok());
            QCOMPARE(t.error().code, ErrorCode::BadCell);
            QVERIFY2(t.error().message.contains("row 'r2', column 'c10' reads '1-'"),
                     qPrintable(t.error().message));
        }
        {
            auto t = CsvReader::read(QByteArray(header + "\n" + row + ",5,6\n"), "t.csv");
            QVERIFY(!t.ok());
            QVERIFY2(t.error().message.contains("more cells than the header has columns (41)"),
                     qPrintable(t.error().message));
        }
        {
            // Trailing empty fields past the header are padding; a row ending in a delimiter
            // at the very end of the data has a blank last cell.
            auto t =
                CsvReader::read(QByteArray(header + "\n" + row + ",,\n" + row.chopped(5) + ","), "t.csv");
            QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(t.error().message));
            QCOMPARE(t.value().rowCount(), 2);
            QCOMPARE(t.value().value(0, 39), 1480.0);
            QCOMPARE(t.value().kind(1, 39), CellKind::Blank);
            QCOMPARE(t.value().value(1, 38), 1443.0);
        }
        {
            ReaderLimits limits;
            limits.maxCells = 55;
            auto t =
                CsvReader::read(QByteArray(header + "\n" + row + "\n" + row + "\n"), "t.csv", {}, limits);
            QVERIFY(!t.ok());
            QCOMPARE(t.error().code, ErrorCode::TooLarge);
            QVERIFY2(t.error().message.contains("more than 55 value cells"), qPrintable(t.error().message));
        }
    }

    // Blank cells in long rows: a row of nothing but delimiters is padding and dropped; a row
    // with a label and only blanks is kept; blanks read as blanks between numbers.
    void csvBlankCellsInLongRows()
    {
        QByteArray header = "Area";
        QByteArray blanks = "";
        QByteArray mixed = "r3";
        for (int c = 1; c <= 50; ++c) {
            header += ",c" + QByteArray::number(c);
            blanks += ",";
            mixed += c % 3 == 0 ? QByteArray(",") : "," + QByteArray::number(c);
        }
        const QByteArray csv = header + "\n" + blanks + "\nr2" + blanks + "\n" + mixed + "\n" + blanks + "\n";
        auto t = CsvReader::read(csv, "t.csv");
        QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(t.error().message));
        QCOMPARE(t.value().rowLabels, (QStringList{"r2", "r3"}));
        for (int c = 0; c < 50; ++c) {
            QCOMPARE(t.value().kind(0, c), CellKind::Blank);
            QCOMPARE(t.value().kind(1, c), (c + 1) % 3 == 0 ? CellKind::Blank : CellKind::Number);
            QCOMPARE(t.value().value(1, c), (c + 1) % 3 == 0 ? 0.0 : c + 1.0);
        }
    }

    void csvLimits()
    {
        ReaderLimits limits;
        limits.maxCells = 5;
        auto t = CsvReader::read("A,a,b,c\nr,1,2,3\ns,4,5,6\n", "t.csv", {}, limits);
        QVERIFY(!t.ok());
        QCOMPARE(t.error().code, ErrorCode::TooLarge);
    }

    void xlsxEverySheetSharedAndInline()
    {
        const auto rows = csvRows("Area,Female,Male\nCardiff,25,30\nNewport,[c],14");
        for (bool inlineStrings : {false, true}) {
            const QByteArray book =
                writeXlsx({{"Counts", csvRows("x,y\na,1")}, {"Table", rows}}, inlineStrings);
            auto names = XlsxReader::sheetNames(book, "b.xlsx");
            QVERIFY(names.ok());
            QCOMPARE(names.value(), (QStringList{"Counts", "Table"}));
            auto t = XlsxReader::read(book, "b.xlsx", "Table");
            QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(t.error().message));
            QCOMPARE(t.value().rowLabels, (QStringList{"Cardiff", "Newport"}));
            QCOMPARE(t.value().columnLabels, (QStringList{"Female", "Male"}));
            QCOMPARE(t.value().kind(1, 0), CellKind::Marker);
            QCOMPARE(t.value().value(1, 1), 14.0);
            auto all = XlsxReader::readAll(book, "b.xlsx");
            QVERIFY(all.ok());
            QCOMPARE(all.value().size(), 2);
            QVERIFY(!XlsxReader::read(book, "b.xlsx", "Nope").ok());
        }
    }

    void xlsxThroughSpec()
    {
        const QByteArray book = writeXlsx({{"T", csvRows("Area,Count\nCardiff,9\nNewport,12")},
                                           {"N", csvRows("Area,Count\nCardiff,9\nNewport,12")}});
        auto spec = tableSpecFromJson({{"file", "b.xlsx"},
                                       {"sheet", "T"},
                                       {"statistic", "frequency"},
                                       {"counts", QJsonObject{{"file", "b.xlsx"}, {"sheet", "N"}}}},
                                      "spec");
        QVERIFY(spec.ok());
        const Report r = checkSubmission({spec.value()}, {}, memoryResolver({{"b.xlsx", book}}));
        QCOMPARE(rulesOf(r), QStringList{"threshold:fail"});
        QCOMPARE(r.files.first().allFindings().first().row, QString("Cardiff"));
    }

    void xlsxHostile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        const int unreadable = static_cast<int>(ErrorCode::UnreadableFile);
        const int tooLarge = static_cast<int>(ErrorCode::TooLarge);
        QTest::newRow("not a zip") << QByteArray("hello, world") << unreadable;
        QTest::newRow("truncated zip") << writeXlsx({{"S", csvRows("a,b\nc,1")}}).left(200) << unreadable;

        // A zip bomb: one sheet part of 64 MiB of spaces (compresses about 1000 times).
        QByteArray bomb;
        {
            QBuffer buffer(&bomb);
            QuaZip zip(&buffer);
            zip.open(QuaZip::mdCreate);
            auto put = [&zip](const QString &name, const QByteArray &data) {
                QuaZipFile f(&zip);
                f.open(QIODevice::WriteOnly, QuaZipNewInfo(name));
                f.write(data);
                f.close();
            };
            put("xl/workbook.xml",
                "<workbook xmlns:r=\"r\"><sheets><sheet name=\"S\" r:id=\"rId1\"/></sheets></workbook>");
            put("xl/_rels/workbook.xml.rels", "<Relationships><Relationship Id=\"rId1\" "
                                              "Target=\"worksheets/sheet1.xml\"/></Relationships>");
            QByteArray big(64 * 1024 * 1024, ' ');
            big.prepend("<worksheet>");
            put("xl/worksheets/sheet1.xml", big);
            zip.close();
        }
        QTest::newRow("zip bomb") << bomb << tooLarge;

        auto withSheet = [](const QByteArray &sheetXml) {
            QByteArray out;
            QBuffer buffer(&out);
            QuaZip zip(&buffer);
            zip.open(QuaZip::mdCreate);
            auto put = [&zip](const QString &name, const QByteArray &data) {
                QuaZipFile f(&zip);
                f.open(QIODevice::WriteOnly, QuaZipNewInfo(name));
                f.write(data);
                f.close();
            };
            put("xl/workbook.xml",
                "<workbook xmlns:r=\"r\"><sheets><sheet name=\"S\" r:id=\"rId1\"/></sheets></workbook>");
            put("xl/_rels/workbook.xml.rels", "<Relationships><Relationship Id=\"rId1\" "
                                              "Target=\"worksheets/sheet1.xml\"/></Relationships>");
            put("xl/worksheets/sheet1.xml", sheetXml);
            zip.close();
            return out;
        };
        QTest::newRow("huge dimensions")
            << withSheet("<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c>"
                         "</row><row r=\"1048576\"><c r=\"XFD1048576\"><v>1</v></c>"
                         "</row></sheetData></worksheet>")
            << tooLarge;
        QTest::newRow("reference past the limit")
            << withSheet("<worksheet><sheetData><row><c r=\"ZZZZ1\"><v>1</v>"
                         "</c></row></sheetData></worksheet>")
            << tooLarge;
        QTest::newRow("malformed XML")
            << withSheet("<worksheet><sheetData><row><c r=\"A1\"><v>1</v></row>") << unreadable;
        QTest::newRow("DTD") << withSheet("<!DOCTYPE x [<!ENTITY a \"aaaa\">]><worksheet/>") << unreadable;
        QTest::newRow("shared string out of range")
            << withSheet("<worksheet><sheetData><row><c r=\"A1\" "
                         "t=\"s\"><v>99</v></c></row></sheetData></worksheet>")
            << unreadable;
    }
    void xlsxHostile()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        auto t = XlsxReader::read(bytes, "bad.xlsx", QString());
        QVERIFY(!t.ok());
        QVERIFY(!t.error().message.isEmpty());
        QCOMPARE(static_cast<int>(t.error().code), code);
    }
};

QTEST_GUILESS_MAIN(TestReaders)
#include "tst_sdc_readers.moc"
