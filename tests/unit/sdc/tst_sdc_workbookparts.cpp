// WorkbookParts: everything in an XLSX package that the checks do not read is refused by name.
// Each case is an attack: a workbook that passes the table checks on its visible sheet while
// carrying something else out of the service.
#include "SdcTestSupport.h"

#include "sdc/WorkbookParts.h"

#include <QTest>

#include <algorithm>

using namespace srs::sdc;
using namespace srs::sdc::test;

namespace {

using Parts = QMap<QString, QByteArray>;
using Kind = WorkbookProblem::Kind;

// What a hostile workbook carries that must never reach a message: the messages name parts,
// sheets and cells by place, never what they hold.
const QByteArray Secret = "Jane Smith 943 476 5919";

// A clean workbook: "Table" (a small table) and "Notes" (a second table).
Parts cleanBook()
{
    return zipParts(writeXlsx(
        {{QStringLiteral("Table"), csvRows(QStringLiteral("Region,Under 35,35 and over\nCardiff,120,340\n"
                                                          "Newport,60,95\n"))},
         {QStringLiteral("Notes"), csvRows(QStringLiteral("Region,N\nCardiff,460\nNewport,155\n"))}}));
}

void insertBefore(Parts &parts, const QString &part, const QByteArray &marker, const QByteArray &text)
{
    QByteArray &xml = parts[part];
    const qsizetype at = xml.lastIndexOf(marker);
    QVERIFY2(at >= 0, qPrintable(part + QStringLiteral(" has no ") + QString::fromLatin1(marker)));
    xml.insert(at, text);
}

void addWorkbookRelationship(Parts &parts, const QByteArray &id, const QByteArray &type,
                             const QByteArray &target, bool external = false)
{
    insertBefore(parts, QStringLiteral("xl/_rels/workbook.xml.rels"), "</Relationships>",
                 "<Relationship Id=\"" + id +
                     "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                     "relationships/" +
                     type + "\" Target=\"" + target + "\"" +
                     (external ? QByteArray(" TargetMode=\"External\"") : QByteArray()) + "/>");
}

void setSheetRelationships(Parts &parts, const QByteArray &relationships)
{
    parts[QStringLiteral("xl/worksheets/_rels/sheet1.xml.rels")] =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        relationships + "</Relationships>";
}

void addToSheet(Parts &parts, const QByteArray &xml)
{
    insertBefore(parts, QStringLiteral("xl/worksheets/sheet1.xml"), "</worksheet>", xml);
}

void setSheetState(Parts &parts, const QByteArray &sheet, const QByteArray &state)
{
    QByteArray &xml = parts[QStringLiteral("xl/workbook.xml")];
    const QByteArray from = "<sheet name=\"" + sheet + "\" ";
    QVERIFY(xml.contains(from));
    xml.replace(from, QByteArray(from + "state=\"" + state + "\" "));
}

void addContentType(Parts &parts, const QByteArray &partName, const QByteArray &type)
{
    insertBefore(parts, QStringLiteral("[Content_Types].xml"), "</Types>",
                 "<Override PartName=\"/" + partName + "\" ContentType=\"" + type + "\"/>");
}

Result<WorkbookInventory> inspect(const QByteArray &bytes, const ReaderLimits &limits = {})
{
    return WorkbookParts::inspect(bytes, QStringLiteral("outputs/book.xlsx"), limits);
}

QString errorOf(const Result<WorkbookInventory> &inventory)
{
    return inventory.ok() ? QString() : inventory.error().message;
}

QString describe(const WorkbookInventory &inventory)
{
    QStringList out;
    for (const WorkbookProblem &p : inventory.problems)
        out << QString::number(int(p.kind)) + QStringLiteral(": ") + p.message;
    return out.join(QLatin1Char('\n'));
}

} // namespace

Q_DECLARE_METATYPE(WorkbookProblem::Kind)

class TestWorkbookParts : public QObject
{
    Q_OBJECT
private slots:
    void cleanTwoSheetWorkbookIsAccepted()
    {
        auto inventory = inspect(writeZip(cleanBook()));
        QVERIFY2(inventory.ok(), qPrintable(errorOf(inventory)));
        QVERIFY2(inventory.value().problems.isEmpty(), qPrintable(describe(inventory.value())));
        QCOMPARE(inventory.value().visibleSheetsWithCells(), QStringList({"Table", "Notes"}));
        QCOMPARE(inventory.value().uncheckedSheets({"Table", "Notes"}), QStringList());
        QCOMPARE(inventory.value().uncheckedSheets({"", "Notes"}), QStringList()); // "" is the first sheet
    }

    // A second visible sheet that no table names would be released unchecked.
    void everyVisibleSheetMustBeChecked()
    {
        Parts parts = zipParts(writeXlsx(
            {{QStringLiteral("Table"), csvRows(QStringLiteral("Region,N\nCardiff,120\n"))},
             {QStringLiteral("Raw"), csvRows(QStringLiteral("Name,NHS number\nJane Smith,9434765919\n"))},
             {QStringLiteral("Empty"), {}}}));
        auto inventory = inspect(writeZip(parts));
        QVERIFY2(inventory.ok(), qPrintable(errorOf(inventory)));
        QVERIFY2(inventory.value().problems.isEmpty(), qPrintable(describe(inventory.value())));
        QCOMPARE(inventory.value().uncheckedSheets({"Table"}), QStringList({"Raw"}));
        QCOMPARE(inventory.value().uncheckedSheets({}), QStringList({"Table", "Raw"}));
        // A sheet with no cells shows nothing and needs no table.
        QCOMPARE(inventory.value().uncheckedSheets({"Table", "Raw"}), QStringList());
        QCOMPARE(inventory.value().sheets.size(), 3);
    }

    void hostileWorkbooksAreRefusedByPart_data()
    {
        QTest::addColumn<QByteArray>("book");
        QTest::addColumn<WorkbookProblem::Kind>("kind");
        QTest::addColumn<QStringList>("said"); // what the message names

        const QByteArray relType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        {
            Parts p = cleanBook();
            setSheetState(p, "Notes", "hidden");
            QTest::newRow("hidden sheet") << writeZip(p) << Kind::HiddenSheet
                                          << QStringList{"hidden sheet \"Notes\"", "xl/worksheets/sheet2.xml",
                                                         "unhide it and add a table"};
        }
        {
            Parts p = cleanBook();
            setSheetState(p, "Notes", "veryHidden");
            QTest::newRow("very hidden sheet") << writeZip(p) << Kind::HiddenSheet
                                               << QStringList{"very hidden sheet \"Notes\"", "sheet2.xml"};
        }
        {
            Parts p = cleanBook();
            p["xl/pivotCache/pivotCacheDefinition1.xml"] = "<pivotCacheDefinition r:id=\"rId1\"/>";
            p["xl/pivotCache/pivotCacheRecords1.xml"] = "<pivotCacheRecords><r><s v=\"" + Secret +
                                                        "\"/></r>"
                                                        "</pivotCacheRecords>";
            p["xl/pivotTables/pivotTable1.xml"] = "<pivotTableDefinition/>";
            addWorkbookRelationship(p, "rId90", "pivotCacheDefinition",
                                    "pivotCache/pivotCacheDefinition1.xml");
            insertBefore(p, "xl/workbook.xml", "</workbook>",
                         "<pivotCaches><pivotCache cacheId=\"1\" r:id=\"rId90\"/></pivotCaches>");
            QTest::newRow("pivot table and its cache of records")
                << writeZip(p) << Kind::PivotTable
                << QStringList{"pivot", "xl/pivotCache/pivotCacheRecords1.xml",
                               "paste the pivot table's values"};
        }
        {
            Parts p = cleanBook();
            p["xl/externalLinks/externalLink1.xml"] =
                "<externalLink><externalBook r:id=\"rId1\"/></externalLink>";
            p["xl/externalLinks/_rels/externalLink1.xml.rels"] =
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                "<Relationship Id=\"rId1\" Type=\"" +
                relType +
                "externalLinkPath\" "
                "Target=\"file:///C:/data/people.xlsx\" TargetMode=\"External\"/></Relationships>";
            addWorkbookRelationship(p, "rId91", "externalLink", "externalLinks/externalLink1.xml");
            QTest::newRow("link to another workbook")
                << writeZip(p) << Kind::ExternalLink
                << QStringList{"links to other workbooks", "xl/externalLinks/externalLink1.xml",
                               "Edit Links"};
        }
        {
            Parts p = cleanBook();
            insertBefore(p, "xl/workbook.xml", "</workbook>",
                         "<definedNames><definedName name=\"Rates\">[1]Sheet1!$A$1:$C$9</definedName>"
                         "</definedNames>");
            QTest::newRow("a name that refers to another workbook")
                << writeZip(p) << Kind::ExternalLink
                << QStringList{"the name \"Rates\" refers to another workbook"};
        }
        {
            Parts p = cleanBook();
            insertBefore(p, "xl/workbook.xml", "</workbook>",
                         "<definedNames><definedName name=\"Note\">\"" + Secret +
                             "\"</definedName></definedNames>");
            QTest::newRow("a name holding text")
                << writeZip(p) << Kind::HiddenText << QStringList{"the name \"Note\" holds text"};
        }
        {
            Parts p = cleanBook();
            insertBefore(p, "xl/worksheets/sheet1.xml", "</row>",
                         "<c r=\"D2\"><f>[1]Raw!B7</f><v>12</v></c>");
            QTest::newRow("a formula that reads another workbook")
                << writeZip(p) << Kind::ExternalLink
                << QStringList{"formulas on sheet \"Table\" refer to other workbooks", "cell D2"};
        }
        {
            Parts p = cleanBook();
            // The saved result passes the checks; opened, the formula shows the cell beside it.
            insertBefore(p, "xl/worksheets/sheet1.xml", "</row>", "<c r=\"D3\"><f>B3-7</f><v>120</v></c>");
            QTest::newRow("a formula whose saved value is what was checked")
                << writeZip(p) << Kind::Formula
                << QStringList{"1 cell holds formulas", "sheet \"Table\", cell D3", "Paste Values"};
        }
        {
            Parts p = cleanBook();
            p["xl/comments1.xml"] = "<comments><commentList><comment ref=\"B2\"><text><t>" + Secret +
                                    "</t></text></comment></commentList></comments>";
            p["xl/drawings/vmlDrawing1.vml"] = "<xml/>";
            setSheetRelationships(p, "<Relationship Id=\"rId1\" Type=\"" + relType +
                                         "comments\" Target=\"../comments1.xml\"/>");
            QTest::newRow("comments") << writeZip(p) << Kind::Comments
                                      << QStringList{"comments or notes", "xl/comments1.xml", "delete them"};
        }
        {
            Parts p = cleanBook();
            p["xl/threadedComments/threadedComment1.xml"] = "<ThreadedComments><threadedComment><text>" +
                                                            Secret +
                                                            "</text></threadedComment></ThreadedComments>";
            p["xl/persons/person.xml"] = "<personList/>";
            QTest::newRow("threaded comments")
                << writeZip(p) << Kind::Comments << QStringList{"xl/threadedComments/threadedComment1.xml"};
        }
        {
            Parts p = cleanBook();
            p["xl/vbaProject.bin"] = QByteArray("\xD0\xCF\x11\xE0", 4) + Secret;
            addContentType(p, "xl/workbook.xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml");
            addWorkbookRelationship(p, "rId92", "vbaProject", "vbaProject.bin");
            QTest::newRow("a VBA project")
                << writeZip(p) << Kind::Macros << QStringList{"macros", "xl/vbaProject.bin", ".xlsx"};
        }
        {
            Parts p = cleanBook();
            addContentType(p, "xl/workbook.xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml");
            QTest::newRow("a macro-enabled workbook")
                << writeZip(p) << Kind::Macros << QStringList{"macros", "[Content_Types].xml"};
        }
        {
            Parts p = cleanBook();
            p["xl/embeddings/oleObject1.bin"] = Secret;
            p["xl/embeddings/Microsoft_Excel_Worksheet1.xlsx"] = "PK";
            QTest::newRow("embedded objects")
                << writeZip(p) << Kind::EmbeddedObject
                << QStringList{"embedded objects", "xl/embeddings/oleObject1.bin",
                               "xl/embeddings/Microsoft_Excel_Worksheet1.xlsx"};
        }
        {
            Parts p = cleanBook();
            p["xl/activeX/activeX1.xml"] = "<ax:ocx/>";
            p["xl/activeX/activeX1.bin"] = Secret;
            QTest::newRow("an ActiveX control")
                << writeZip(p) << Kind::EmbeddedObject << QStringList{"xl/activeX/activeX1.bin"};
        }
        {
            Parts p = cleanBook();
            p["xl/drawings/drawing1.xml"] = "<xdr:wsDr/>";
            p["xl/charts/chart1.xml"] = "<c:chartSpace/>";
            p["xl/media/image1.png"] = "\x89PNG";
            setSheetRelationships(p, "<Relationship Id=\"rId1\" Type=\"" + relType +
                                         "drawing\" Target=\"../drawings/drawing1.xml\"/>");
            QTest::newRow("a chart and a picture")
                << writeZip(p) << Kind::Drawing
                << QStringList{"drawings, charts or pictures", "xl/charts/chart1.xml", "PNG, JPEG or PDF"};
        }
        {
            Parts p = cleanBook();
            p["xl/chartsheets/sheet1.xml"] = "<chartsheet/>";
            addWorkbookRelationship(p, "rId93", "chartsheet", "chartsheets/sheet1.xml");
            insertBefore(p, "xl/workbook.xml", "</sheets>",
                         "<sheet name=\"Chart1\" sheetId=\"9\" r:id=\"rId93\"/>");
            QTest::newRow("a chart sheet")
                << writeZip(p) << Kind::Drawing
                << QStringList{"chart sheet \"Chart1\"", "xl/chartsheets/sheet1.xml"};
        }
        {
            Parts p = cleanBook();
            p["customXml/item1.xml"] = "<data>" + Secret + "</data>";
            QTest::newRow("custom XML")
                << writeZip(p) << Kind::CustomXml << QStringList{"custom XML", "customXml/item1.xml"};
        }
        {
            Parts p = cleanBook();
            p["xl/connections.xml"] = "<connections/>";
            QTest::newRow("a data connection")
                << writeZip(p) << Kind::DataConnection << QStringList{"xl/connections.xml"};
        }
        {
            Parts p = cleanBook();
            p["xl/tables/table1.xml"] = "<table/>";
            QTest::newRow("a formatted table") << writeZip(p) << Kind::FormattedTable
                                               << QStringList{"xl/tables/table1.xml", "Convert to Range"};
        }
        {
            Parts p = cleanBook();
            p["xl/printerSettings/printerSettings1.bin"] = Secret;
            QTest::newRow("printer settings") << writeZip(p) << Kind::PrinterSettings
                                              << QStringList{"xl/printerSettings/printerSettings1.bin"};
        }
        {
            Parts p = cleanBook();
            insertBefore(p, "xl/sharedStrings.xml", "</sst>", "<si><t>" + Secret + "</t></si>");
            QTest::newRow("a text entry no cell uses")
                << writeZip(p) << Kind::HiddenText
                << QStringList{"1 text entry not used by any cell", "xl/sharedStrings.xml"};
        }
        {
            Parts p = cleanBook();
            insertBefore(p, "xl/sharedStrings.xml", "</t></si>",
                         "</t><rPh sb=\"0\" eb=\"1\"><t>" + Secret + "</t></rPh><t>");
            QTest::newRow("a phonetic guide")
                << writeZip(p) << Kind::HiddenText << QStringList{"phonetic guides"};
        }
        {
            Parts p = cleanBook();
            addToSheet(p, "<headerFooter><oddHeader>&amp;C" + Secret + "</oddHeader></headerFooter>");
            QTest::newRow("a header")
                << writeZip(p) << Kind::HiddenText << QStringList{"a header or footer on sheet \"Table\""};
        }
        {
            Parts p = cleanBook();
            insertBefore(
                p, "xl/worksheets/sheet1.xml", "</worksheet>",
                "<dataValidations count=\"1\"><dataValidation type=\"list\" sqref=\"A5\"><formula1>\"" +
                    Secret + "\"</formula1></dataValidation></dataValidations>");
            QTest::newRow("a data validation list")
                << writeZip(p) << Kind::HiddenText << QStringList{"data validation on sheet \"Table\""};
        }
        {
            Parts p = cleanBook();
            addToSheet(p, "<hyperlinks><hyperlink ref=\"A2\" location=\"Notes!A1\" tooltip=\"" + Secret +
                              "\"/></hyperlinks>");
            QTest::newRow("a hyperlink")
                << writeZip(p) << Kind::ExternalLink << QStringList{"hyperlinks on sheet \"Table\""};
        }
        {
            Parts p = cleanBook();
            setSheetRelationships(p, "<Relationship Id=\"rId1\" Type=\"" + relType +
                                         "hyperlink\" Target=\"https://example.org/?q=" + Secret.left(4) +
                                         "\" TargetMode=\"External\"/>");
            QTest::newRow("a link to a web address")
                << writeZip(p) << Kind::ExternalLink << QStringList{"xl/worksheets/_rels/sheet1.xml.rels"};
        }
        {
            Parts p = cleanBook();
            p["xl/styles.xml"] =
                "<styleSheet><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0&quot; "
                "people, of whom one is Jane&quot;\"/></numFmts></styleSheet>";
            QTest::newRow("a number format that shows text")
                << writeZip(p) << Kind::HiddenText
                << QStringList{"a number format shows text", "xl/styles.xml"};
        }
        {
            Parts p = cleanBook();
            p["docProps/core.xml"] =
                "<cp:coreProperties xmlns:cp=\"c\" xmlns:dc=\"d\"><dc:creator>asha</dc:creator>"
                "<dc:description>" +
                Secret + "</dc:description></cp:coreProperties>";
            QTest::newRow("document properties holding text")
                << writeZip(p) << Kind::HiddenText << QStringList{"description", "docProps/core.xml"};
        }
        {
            Parts p = cleanBook();
            p["docProps/custom.xml"] = "<Properties>" + Secret + "</Properties>";
            QTest::newRow("custom document properties")
                << writeZip(p) << Kind::HiddenText
                << QStringList{"custom document properties", "docProps/custom.xml"};
        }
        {
            Parts p = cleanBook();
            // Two copies of the sheet: the checks might read one, a spreadsheet program show the other.
            QTest::newRow("a part stored twice")
                << writeZip(p, {"xl/worksheets/sheet1.xml"}) << Kind::Ambiguous
                << QStringList{"xl/worksheets/sheet1.xml is stored twice"};
        }
        {
            Parts p = cleanBook();
            p["_rels/.rels"].replace("Target=\"xl/workbook.xml\"", "Target=\"xl/book2.xml\"");
            p["xl/book2.xml"] = p["xl/workbook.xml"];
            QTest::newRow("the workbook part elsewhere")
                << writeZip(p) << Kind::Ambiguous << QStringList{"main part is xl/book2.xml"};
        }
        {
            Parts p = cleanBook();
            p["xl/worksheets/sheet9.xml"] = p["xl/worksheets/sheet2.xml"];
            QTest::newRow("a sheet the workbook does not list")
                << writeZip(p) << Kind::UnknownPart
                << QStringList{"xl/worksheets/sheet9.xml", "does not list"};
        }
        {
            Parts p = cleanBook();
            p["xl/secrets.bin"] = Secret;
            QTest::newRow("a part of no known kind")
                << writeZip(p) << Kind::UnknownPart
                << QStringList{"parts the service cannot check", "xl/secrets.bin"};
        }
    }
    void hostileWorkbooksAreRefusedByPart()
    {
        QFETCH(QByteArray, book);
        QFETCH(WorkbookProblem::Kind, kind);
        QFETCH(QStringList, said);
        auto inventory = inspect(book);
        QVERIFY2(inventory.ok(), qPrintable(errorOf(inventory)));
        const WorkbookInventory &found = inventory.value();
        QVERIFY2(found.hasProblem(kind), qPrintable(describe(found)));
        const auto problem = std::find_if(found.problems.cbegin(), found.problems.cend(),
                                          [kind](const WorkbookProblem &p) { return p.kind == kind; });
        for (const QString &words : said)
            QVERIFY2(problem->message.contains(words), qPrintable(describe(found)));
        for (const WorkbookProblem &p : found.problems)
            QVERIFY2(!p.message.contains(QString::fromLatin1(Secret.left(10))), qPrintable(p.message));
    }

    // Parts are read with the reader's limits: a DTD, a zip bomb, bytes that are no workbook.
    void unreadableWorkbooksAreErrors()
    {
        Parts dtd = cleanBook();
        dtd["xl/workbook.xml"].replace("<workbook ", "<!DOCTYPE workbook [<!ENTITY x \"y\">]><workbook ");
        auto refused = inspect(writeZip(dtd));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains("DTD"), qPrintable(refused.error().message));

        Parts bomb = cleanBook();
        bomb["xl/sharedStrings.xml"].replace("</sst>",
                                             QByteArray(QByteArray(9 * 1024 * 1024, ' ') + "</sst>"));
        auto exploded = inspect(writeZip(bomb));
        QVERIFY(!exploded.ok());
        QCOMPARE(exploded.error().code, ErrorCode::TooLarge);
        QVERIFY2(exploded.error().message.contains("zip bomb"), qPrintable(exploded.error().message));

        auto notZip = inspect("Region,N\nCardiff,12\n");
        QVERIFY(!notZip.ok());
        QCOMPARE(notZip.error().code, ErrorCode::UnreadableFile);
    }
};

QTEST_GUILESS_MAIN(TestWorkbookParts)
#include "tst_sdc_workbookparts.moc"
