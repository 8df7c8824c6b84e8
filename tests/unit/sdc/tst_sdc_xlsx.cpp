// The XLSX reader: XmlScanner (what XML it reads and what it refuses), and XlsxWorkbook (every
// sheet by name and by position, shared and inline strings, cells as spreadsheet programs write
// them).
#include "SdcTestSupport.h"

#include "sdc/XlsxReader.h"
#include "sdc/XlsxWorkbook.h"
#include "sdc/XmlScanner.h"

#include <QTest>

using namespace srs::sdc;
using namespace srs::sdc::test;

namespace {

// Writes the scanner's events as text: "<name a=v>", "</name>", "'text'" (pieces joined).
struct Transcript
{
    QByteArray out;
    QByteArray text;
    void flush()
    {
        if (!text.isEmpty())
            out += "'" + text + "'";
        text.clear();
    }
    bool startElement(QByteArrayView name, const XmlAttributes &attributes)
    {
        flush();
        out += "<" + name.toByteArray();
        for (qsizetype i = 0; i < attributes.size(); ++i)
            out +=
                " " + attributes.at(i).localName.toByteArray() + "=" + attributes.at(i).value.toByteArray();
        out += ">";
        return true;
    }
    bool endElement(QByteArrayView name)
    {
        flush();
        out += "</" + name.toByteArray() + ">";
        return true;
    }
    bool characters(QByteArrayView t)
    {
        text += t.toByteArray();
        return true;
    }
};

const QString Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

// A workbook from its parts: `sheets` are (name, worksheet XML), `shared` the <si> elements.
QByteArray workbook(const QList<QPair<QString, QByteArray>> &sheets, const QByteArray &sharedItems = {})
{
    QMap<QString, QByteArray> parts;
    QByteArray book =
        "<workbook xmlns=\"" + Main.toUtf8() +
        "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>";
    QByteArray rels =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        book += "<sheet name=\"" + sheets[i].first.toHtmlEscaped().toUtf8() + "\" sheetId=\"" + n +
                "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n + "\" Target=\"worksheets/sheet" + n + ".xml\"/>";
        parts.insert("xl/worksheets/sheet" + QString::number(i + 1) + ".xml", sheets[i].second);
    }
    parts.insert("xl/workbook.xml", book + "</sheets></workbook>");
    parts.insert("xl/_rels/workbook.xml.rels", rels + "</Relationships>");
    if (!sharedItems.isEmpty())
        parts.insert("xl/sharedStrings.xml",
                     "<sst xmlns=\"" + Main.toUtf8() + "\">" + sharedItems + "</sst>");
    return writeZip(parts);
}

QByteArray sheetXml(const QByteArray &rows)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<worksheet xmlns=\"" +
           Main.toUtf8() + "\"><sheetData>" + rows + "</sheetData></worksheet>";
}

} // namespace

class TestXlsx : public QObject
{
    Q_OBJECT

private slots:
    void scannerReads_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QByteArray>("events");
        QTest::newRow("elements, attributes, text")
            << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a x=\"1\" y='2'><b/>hi<c>t</c></a>\n")
            << QByteArray("<a x=1 y=2><b></b>'hi'<c>'t'</c></a>");
        QTest::newRow("the five entities and character references")
            << QByteArray("<a t=\"&lt;&amp;&quot;\">&lt;&gt;&amp;&quot;&apos;&#65;&#x42;&#xe9;&#x1F600;</a>")
            << QByteArray("<a t=<&\">'<>&\"'AB\xc3\xa9\xf0\x9f\x98\x80'</a>");
        QTest::newRow("several attributes decoded")
            << QByteArray("<a a=\"&amp;1\" b=\"&lt;2\" c=\"3\" d=\"&#52;\" "
                          "e=\"x&amp;y&amp;z&amp;w&amp;v&amp;u&amp;t\"/>")
            << QByteArray("<a a=&1 b=<2 c=3 d=4 e=x&y&z&w&v&u&t></a>");
        QTest::newRow("attribute values normalised")
            << QByteArray("<a t=\"x\ty\r\nz\"/>") << QByteArray("<a t=x y z></a>");
        QTest::newRow("CDATA, comments and processing instructions")
            << QByteArray("<!-- c --><a><?pi x?><![CDATA[<b>&amp;]]><!-- d --></a>")
            << QByteArray("<a>'<b>&amp;'</a>");
        QTest::newRow("prefixed names read as local names")
            << QByteArray("<x:a xmlns:x=\"u\" x:r=\"1\"><x:c/></x:a>")
            << QByteArray("<a x=u r=1><c></c></a>");
        QTest::newRow("byte order mark")
            << QByteArray("\xEF\xBB\xBF<a>\xc3\xa9</a>") << QByteArray("<a>'\xc3\xa9'</a>");
        QTest::newRow("UTF-16 with a byte order mark")
            << QByteArray("\xFF\xFE<\0a\0>\0\xe9\0<\0/\0a\0>\0", 18) << QByteArray("<a>'\xc3\xa9'</a>");
        QTest::newRow("white space in end tags") << QByteArray("<a></a  >") << QByteArray("<a></a>");
    }
    void scannerReads()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QByteArray, events);
        XmlScanner scanner(xml);
        Transcript t;
        const auto status = scanner.parse(t);
        QVERIFY2(status == XmlScanner::Status::Ok, qPrintable(scanner.errorString()));
        t.flush();
        QCOMPARE(t.out, events);
    }

    void scannerRefuses_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<bool>("dtd");
        QTest::newRow("DOCTYPE") << QByteArray("<!DOCTYPE a><a/>") << true;
        QTest::newRow("entity expansion")
            << QByteArray("<!DOCTYPE a [<!ENTITY e \"eeee\">]><a>&e;</a>") << true;
        QTest::newRow("external entity") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY e "
                                                       "SYSTEM \"file:///etc/passwd\">]><a>&e;</a>")
                                         << true;
        QTest::newRow("undeclared entity") << QByteArray("<a>&e;</a>") << false;
        QTest::newRow("bare ampersand") << QByteArray("<a>fish & chips</a>") << false;
        QTest::newRow("reference to character 0") << QByteArray("<a>&#0;</a>") << false;
        QTest::newRow("reference to a surrogate") << QByteArray("<a>&#xD800;</a>") << false;
        QTest::newRow("mismatched end tag") << QByteArray("<a><b></a></b>") << false;
        QTest::newRow("unclosed element") << QByteArray("<a><b></b>") << false;
        QTest::newRow("end tag without start") << QByteArray("<a></a></b>") << false;
        QTest::newRow("two roots") << QByteArray("<a/><b/>") << false;
        QTest::newRow("text outside the root") << QByteArray("x<a/>") << false;
        QTest::newRow("no root") << QByteArray("<!-- nothing -->") << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("attribute twice") << QByteArray("<a x=\"1\" x=\"2\"/>") << false;
        QTest::newRow("attribute without quotes") << QByteArray("<a x=1/>") << false;
        QTest::newRow("attributes run together") << QByteArray("<a x=\"1\"y=\"2\"/>") << false;
        QTest::newRow("'<' in an attribute") << QByteArray("<a x=\"<\"/>") << false;
        QTest::newRow("]]> in text") << QByteArray("<a>]]></a>") << false;
        QTest::newRow("not UTF-8") << QByteArray("<a>\xe9</a>") << false;
        QTest::newRow("overlong UTF-8") << QByteArray("<a>\xc0\xbc</a>") << false;
        QTest::newRow("control character") << QByteArray("<a>\x01</a>") << false;
        QTest::newRow("another encoding")
            << QByteArray("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>") << false;
        QTest::newRow("unclosed comment") << QByteArray("<a><!-- </a>") << false;
        QTest::newRow("unclosed CDATA") << QByteArray("<a><![CDATA[ </a>") << false;
        QTest::newRow("too deep") << QByteArray("<a>").repeated(600) + QByteArray("</a>").repeated(600)
                                  << false;
        QByteArray many = "<a";
        for (int i = 0; i < 300; ++i)
            many += " a" + QByteArray::number(i) + "=\"\"";
        QTest::newRow("too many attributes") << many + "/>" << false;
    }
    void scannerRefuses()
    {
        QFETCH(QByteArray, xml);
        QFETCH(bool, dtd);
        XmlScanner scanner(xml);
        Transcript t;
        const auto status = scanner.parse(t);
        QCOMPARE(status, dtd ? XmlScanner::Status::Dtd : XmlScanner::Status::Malformed);
        QVERIFY(!scanner.errorString().isEmpty());
    }

    void scannerErrorsNameTheLine()
    {
        XmlScanner scanner("<a>\n<b>\n</c>\n</a>");
        Transcript t;
        QCOMPARE(scanner.parse(t), XmlScanner::Status::Malformed);
        QCOMPARE(scanner.errorLine(), 3);
    }

    void everySheetByNameAndPosition()
    {
        const QByteArray shared = "<si><t>Area</t></si><si><t>Count</t></si><si><t>Cardiff</t></si>";
        const QByteArray first =
            sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
                     "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\"><v>9</v></c></row>");
        const QByteArray second =
            sheetXml("<row r=\"3\"><c r=\"C3\" t=\"inlineStr\"><is><t>Area</t></is></c>"
                     "<c r=\"D3\" t=\"inlineStr\"><is><t>Rate</t></is></c></row>"
                     "<row r=\"4\"><c r=\"C4\" t=\"inlineStr\"><is><t>Newport</t></is></c>"
                     "<c r=\"D4\"><v>12.5</v></c></row>");
        const QByteArray third = sheetXml(QByteArray());
        const QByteArray book =
            workbook({{"Counts", first}, {"Rates & more", second}, {"Empty", third}}, shared);

        auto opened = XlsxWorkbook::open(book, "b.xlsx");
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        XlsxWorkbook &w = opened.value();
        QCOMPARE(w.sheetCount(), 3);
        QCOMPARE(w.sheetNames(), (QStringList{"Counts", "Rates & more", "Empty"}));

        auto byPosition = w.readSheet(qsizetype(1));
        QVERIFY2(byPosition.ok(), byPosition.ok() ? "" : qPrintable(byPosition.error().message));
        QCOMPARE(byPosition.value().rowLabels, QStringList{"Newport"});
        QCOMPARE(byPosition.value().columnLabels, QStringList{"Rate"});
        QCOMPARE(byPosition.value().value(0, 0), 12.5);
        QCOMPARE(byPosition.value().fileRow(0), 4);
        QCOMPARE(byPosition.value().fileColumn(0), 4);
        QVERIFY(byPosition.value().source.contains("Rates & more"));

        auto byName = w.readSheet(QString("Counts"));
        QVERIFY(byName.ok());
        QCOMPARE(byName.value().rowLabels, QStringList{"Cardiff"});
        QCOMPARE(byName.value().columnLabels, QStringList{"Count"});
        QCOMPARE(byName.value().value(0, 0), 9.0);
        auto firstByEmptyName = w.readSheet(QString());
        QVERIFY(firstByEmptyName.ok());
        QCOMPARE(firstByEmptyName.value().rowLabels, QStringList{"Cardiff"});

        // An empty sheet is an error of that sheet alone.
        auto empty = w.readSheet(qsizetype(2));
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().code, ErrorCode::UnreadableFile);
        QVERIFY(w.readSheet(qsizetype(0)).ok());
        auto past = w.readSheet(qsizetype(3));
        QVERIFY(!past.ok());
        QCOMPARE(past.error().code, ErrorCode::SheetNotFound);
        QCOMPARE(w.readSheet(qsizetype(-1)).error().code, ErrorCode::SheetNotFound);
        QCOMPARE(w.readSheet(QString("Nope")).error().code, ErrorCode::SheetNotFound);
        // readAll stops at the empty sheet; the static forms read by position too.
        QVERIFY(!w.readAll().ok());
        auto at = XlsxReader::readAt(book, "b.xlsx", 1);
        QVERIFY(at.ok());
        QCOMPARE(at.value().columnLabels, QStringList{"Rate"});
    }

    void sharedAndInlineStrings()
    {
        // Rich text runs are joined; phonetic guides (rPh) are not part of what a cell shows;
        // entities are decoded; a boolean reads as TRUE/FALSE; an inline string may be a marker.
        const QByteArray shared =
            "<si><t>Area</t></si>"
            "<si><r><rPr><b/></rPr><t>Ca</t></r><r><t xml:space=\"preserve\">rdiff</t></r>"
            "<rPh sb=\"0\" eb=\"1\"><t>hidden</t></rPh></si>"
            "<si><t>A &amp; B</t></si>"
            "<si><t>[c]</t></si>";
        const QByteArray sheet = sheetXml(
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>2</v></c>"
            "<c r=\"C1\" t=\"inlineStr\"><is><r><t>x</t></r><r><t>&lt;y&gt;</t></r></is></c>"
            "<c r=\"D1\" t=\"inlineStr\"><is><t>Flag</t></is></c></row>"
            "<row r=\"2\"><c r=\"A2\" t=\"s\"><v> 1 </v></c><c r=\"B2\" t=\"s\"><v>3</v></c>"
            "<c r=\"C2\" t=\"inlineStr\"><is><t>&lt;5</t><rPh><t>9</t></rPh></is></c>"
            "<c r=\"D2\" t=\"b\"><v>1</v></c></row>"
            "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>Newport</t></is></c><c r=\"B3\"><v>1.5E1</v></c>"
            "<c r=\"C3\" t=\"str\"><f>B3*2</f><v>30</v></c></row>");
        auto t = XlsxReader::read(workbook({{"S", sheet}}, shared), "b.xlsx", QString());
        QVERIFY(!t.ok()); // D2 reads TRUE, which is not a number or a marker
        QCOMPARE(t.error().code, ErrorCode::BadCell);
        QVERIFY(t.error().message.contains("TRUE"));
        QCOMPARE(t.error().fileRow, 2);
        QCOMPARE(t.error().fileColumn, 4);

        const QByteArray withoutBoolean = QByteArray(sheet).replace("<c r=\"D2\" t=\"b\"><v>1</v></c>", "");
        auto ok = XlsxReader::read(workbook({{"S", withoutBoolean}}, shared), "b.xlsx", QString());
        QVERIFY2(ok.ok(), ok.ok() ? "" : qPrintable(ok.error().message));
        const Table &table = ok.value();
        QCOMPARE(table.columnLabels, (QStringList{"A & B", "x<y>", "Flag"}));
        QCOMPARE(table.rowLabels, (QStringList{"Cardiff", "Newport"}));
        QCOMPARE(table.kind(0, 0), CellKind::Marker);
        QCOMPARE(table.marker(0, 0), QString("[c]"));
        QCOMPARE(table.kind(0, 1), CellKind::Marker);
        QCOMPARE(table.marker(0, 1), QString("<5"));
        QCOMPARE(table.kind(0, 2), CellKind::Blank);
        QCOMPARE(table.value(1, 0), 15.0);
        QCOMPARE(table.value(1, 1), 30.0);
    }

    void cellsAsProgramsWriteThem()
    {
        // Prefixed elements, rows and cells without references, cells out of order, gaps, a
        // repeated reference (the first is kept), styles and spans.
        const QByteArray sheet =
            "<x:worksheet xmlns:x=\"" + Main.toUtf8() +
            "\"><x:sheetData>"
            "<x:row spans=\"1:3\"><x:c t=\"inlineStr\"><x:is><x:t>Area</x:t></x:is></x:c><x:c "
            "t=\"inlineStr\">"
            "<x:is><x:t>a</x:t></x:is></x:c><x:c t=\"inlineStr\"><x:is><x:t>b</x:t></x:is></x:c></x:row>"
            "<x:row r=\"3\"><x:c r=\"C3\" s=\"1\"><x:v>7</x:v></x:c><x:c r=\"A3\" "
            "t=\"inlineStr\"><x:is><x:t>r2</x:t>"
            "</x:is></x:c><x:c r=\"C3\"><x:v>99</x:v></x:c></x:row>"
            "<x:row><x:c t=\"inlineStr\"><x:is><x:t>r1</x:t></x:is></x:c><x:c><x:v>1</x:v></x:c><x:c t=\"n\">"
            "<x:v>2</x:v></x:c></x:row>"
            "</x:sheetData></x:worksheet>";
        auto t = XlsxReader::read(workbook({{"S", sheet}}), "b.xlsx", "S");
        QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(t.error().message));
        const Table &table = t.value();
        QCOMPARE(table.columnLabels, (QStringList{"a", "b"}));
        QCOMPARE(table.rowLabels, (QStringList{"r2", "r1"}));
        QCOMPARE(table.kind(0, 0), CellKind::Blank);
        QCOMPARE(table.value(0, 1), 7.0);
        QCOMPARE(table.value(1, 0), 1.0);
        QCOMPARE(table.value(1, 1), 2.0);
        QCOMPARE(table.fileRow(1), 4);
    }

    void numbersAsLabels()
    {
        // Numbers in label rows and label columns are labels, as written; past them, numbers.
        const QByteArray sheet =
            sheetXml("<row r=\"1\"><c r=\"B1\"><v>2019</v></c><c r=\"C1\"><v>2020</v></c></row>"
                     "<row r=\"2\"><c r=\"A2\"><v>1.50</v></c><c r=\"B2\"><v>3</v></c>"
                     "<c r=\"C2\"><v>4</v></c></row>"
                     "<row r=\"3\"><c r=\"A3\"><v>7</v></c><c r=\"B3\"><v>5</v></c></row>");
        auto t = XlsxReader::read(workbook({{"S", sheet}}), "b.xlsx", QString());
        QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(t.error().message));
        QCOMPARE(t.value().columnLabels, (QStringList{"2019", "2020"}));
        QCOMPARE(t.value().rowLabels, (QStringList{"1.50", "7"}));
        QCOMPARE(t.value().value(0, 1), 4.0);
        QCOMPARE(t.value().kind(1, 1), CellKind::Blank);
        QVERIFY(t.value().numbersAreWholeNonNegative());
    }

    void hostileSheets_data()
    {
        QTest::addColumn<QByteArray>("sheet");
        QTest::addColumn<int>("code");
        const int unreadable = static_cast<int>(ErrorCode::UnreadableFile);
        const int tooLarge = static_cast<int>(ErrorCode::TooLarge);
        QTest::newRow("entity expansion")
            << QByteArray("<!DOCTYPE w [<!ENTITY a \"aaaaaaaa\"><!ENTITY b \"&a;&a;&a;\">]>"
                          "<worksheet><sheetData><row><c><v>&b;</v></c></row>"
                          "</sheetData></worksheet>")
            << unreadable;
        QTest::newRow("undeclared entity")
            << sheetXml("<row><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c></row>") << unreadable;
        QTest::newRow("row past the limit")
            << sheetXml("<row r=\"1048577\"><c><v>1</v></c></row>") << tooLarge;
        QTest::newRow("row not a number") << sheetXml("<row r=\"-1\"><c><v>1</v></c></row>") << tooLarge;
        QTest::newRow("column past the limit")
            << sheetXml("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>") << tooLarge;
        QTest::newRow("shared string without a table")
            << sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>") << unreadable;
        QTest::newRow("shared string index not a number")
            << sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>x</v></c></row>") << unreadable;
        QTest::newRow("truncated") << sheetXml("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>").chopped(5)
                                   << unreadable;
    }
    void hostileSheets()
    {
        QFETCH(QByteArray, sheet);
        QFETCH(int, code);
        auto t = XlsxReader::read(workbook({{"S", sheet}}), "bad.xlsx", QString());
        QVERIFY(!t.ok());
        QCOMPARE(static_cast<int>(t.error().code), code);
        QVERIFY(!t.error().message.isEmpty());
    }

    void cellLimit()
    {
        ReaderLimits limits;
        limits.maxCells = 3;
        const QByteArray sheet = sheetXml("<row r=\"1\"><c><v>1</v></c><c><v>2</v></c></row>"
                                          "<row r=\"2\"><c><v>3</v></c><c><v>4</v></c></row>");
        auto t = XlsxReader::read(workbook({{"S", sheet}}), "b.xlsx", QString(), {0, 0}, limits);
        QVERIFY(!t.ok());
        QCOMPARE(t.error().code, ErrorCode::TooLarge);
        limits.maxCells = 4;
        QVERIFY(XlsxReader::read(workbook({{"S", sheet}}), "b.xlsx", QString(), {0, 0}, limits).ok());
    }

    void workbookPartsRefused()
    {
        // The workbook's own parts are scanned with the same rules.
        QMap<QString, QByteArray> parts = zipParts(workbook({{"S", sheetXml("<row><c><v>1</v></c></row>")}}));
        parts["xl/workbook.xml"] =
            "<!DOCTYPE w SYSTEM \"http://example.invalid/w.dtd\">" + parts["xl/workbook.xml"];
        auto names = XlsxReader::sheetNames(writeZip(parts), "b.xlsx");
        QVERIFY(!names.ok());
        QVERIFY(names.error().message.contains("DTD"));
    }
};

QTEST_GUILESS_MAIN(TestXlsx)
#include "tst_sdc_xlsx.moc"
