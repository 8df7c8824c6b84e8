// Usage: bench_xlsx [rows columns] [--repeat N] [--keep FILE]
// Generates a dense frequency table as an XLSX workbook in memory (labels as shared strings, counts
// as numbers, at least 5 % of them below 10, rows written as a spreadsheet program writes them),
// then times reading it into a Table in this process, best of N runs, on one thread:
//   * the reader before XmlScanner (Qt's QXmlStreamReader), kept in QtXlsxReference.cpp;
//   * XlsxReader (XmlScanner), the reader the programs use;
//   * the same cell handlers driven by expat instead of XmlScanner (when built with expat);
//   * the parts of the time: unzipping the parts alone, XmlScanner's and expat's passes over the
//     sheet XML with handlers that do nothing;
//   * WorkbookParts::inspect, the output gate's look at the whole package;
//   * CsvReader on the same table as CSV, for comparison.
// Prints figures; never asserts on time.
#include "QtXlsxReference.h"

#include "sdc/CsvReader.h"
#include "sdc/WorkbookParts.h"
#include "sdc/XlsxArchive.h"
#include "sdc/XlsxPartReaders.h"
#include "sdc/XlsxReader.h"
#include "sdc/XmlScanner.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#ifdef SRS_BENCH_WITH_EXPAT
#include <expat.h>
#endif

#include <algorithm>
#include <ctime>
#include <functional>
#include <vector>

using namespace srs::sdc;

namespace {

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

QByteArray columnLetters(int column)
{
    QByteArray out;
    while (column > 0) {
        out.prepend(static_cast<char>('A' + (column - 1) % 26));
        column = (column - 1) / 26;
    }
    return out;
}

struct Workbook
{
    QByteArray xlsx;
    QByteArray csv;
    qint64 sheetXmlBytes = 0;
    qint64 belowTen = 0;
};

// Counts from 0 to 4,999; about 6 % of them below 10.
Workbook generate(int rows, int columns)
{
    QRandomGenerator rng(20261206);
    Workbook w;
    QByteArray sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
                       "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                       "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
                       "xmlns:x14ac=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac\">"
                       "<dimension ref=\"A1:" +
                       columnLetters(columns + 1) + QByteArray::number(rows + 1) +
                       "\"/><sheetViews><sheetView workbookViewId=\"0\"/></sheetViews>"
                       "<sheetFormatPr defaultRowHeight=\"15\"/><sheetData>";
    QByteArray sst;
    int sharedCount = 0;
    auto shared = [&](const QByteArray &text) {
        sst += "<si><t>" + text + "</t></si>";
        return sharedCount++;
    };
    const QByteArray spans =
        "\" spans=\"1:" + QByteArray::number(columns + 1) + "\" x14ac:dyDescent=\"0.25\">";
    std::vector<QByteArray> letters;
    for (int c = 1; c <= columns + 1; ++c)
        letters.push_back(columnLetters(c));
    w.csv = "Area";
    sheet +=
        "<row r=\"1" + spans + "<c r=\"A1\" t=\"s\"><v>" + QByteArray::number(shared("Area")) + "</v></c>";
    for (int c = 1; c <= columns; ++c) {
        const QByteArray label = "Column " + QByteArray::number(c);
        w.csv += "," + label;
        sheet += "<c r=\"" + letters[static_cast<std::size_t>(c)] + "1\" t=\"s\"><v>" +
                 QByteArray::number(shared(label)) + "</v></c>";
    }
    sheet += "</row>";
    w.csv += '\n';
    for (int r = 1; r <= rows; ++r) {
        const QByteArray rowNumber = QByteArray::number(r + 1);
        const QByteArray label = "Row " + QByteArray::number(r);
        w.csv += label;
        sheet += "<row r=\"" + rowNumber + spans + "<c r=\"A" + rowNumber + "\" t=\"s\"><v>" +
                 QByteArray::number(shared(label)) + "</v></c>";
        for (int c = 1; c <= columns; ++c) {
            const int count = rng.bounded(100u) < 6 ? static_cast<int>(rng.bounded(10u))
                                                    : static_cast<int>(rng.bounded(10u, 5000u));
            if (count < 10)
                ++w.belowTen;
            const QByteArray n = QByteArray::number(count);
            w.csv += "," + n;
            sheet += "<c r=\"" + letters[static_cast<std::size_t>(c)] + rowNumber + "\"><v>" + n + "</v></c>";
        }
        sheet += "</row>";
        w.csv += '\n';
    }
    sheet +=
        "</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" "
        "footer=\"0.3\"/></worksheet>";
    w.sheetXmlBytes = sheet.size();
    sst = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<sst "
          "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" +
          QByteArray::number(sharedCount) + "\" uniqueCount=\"" + QByteArray::number(sharedCount) + "\">" +
          sst + "</sst>";

    QBuffer buffer(&w.xlsx);
    QuaZip zip(&buffer);
    zip.open(QuaZip::mdCreate);
    auto put = [&zip](const QString &name, const QByteArray &data) {
        QuaZipFile file(&zip);
        file.open(QIODevice::WriteOnly, QuaZipNewInfo(name));
        file.write(data);
        file.close();
    };
    put(QStringLiteral("[Content_Types].xml"),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" "
        "ContentType=\"application/xml\"/></Types>");
    put(QStringLiteral("xl/workbook.xml"),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook "
        "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet "
        "name=\"Table\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    put(QStringLiteral("xl/_rels/workbook.xml.rels"),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
        "Target=\"worksheets/sheet1.xml\"/></Relationships>");
    put(QStringLiteral("xl/worksheets/sheet1.xml"), sheet);
    put(QStringLiteral("xl/sharedStrings.xml"), sst);
    zip.close();
    return w;
}

struct Timing
{
    double cpu = 1e9;
    double wall = 1e9;
};

Timing best(int repeat, const std::function<void()> &run)
{
    Timing t;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        const double start = threadCpuSeconds();
        timer.start();
        run();
        t.wall = std::min(t.wall, static_cast<double>(timer.nsecsElapsed()) / 1e9);
        t.cpu = std::min(t.cpu, threadCpuSeconds() - start);
    }
    return t;
}

// Counts events, so that the pass over the XML does all its work.
struct CountingHandler
{
    qint64 events = 0;
    bool startElement(QByteArrayView, const XmlAttributes &attributes)
    {
        events += 1 + attributes.size();
        return true;
    }
    bool endElement(QByteArrayView)
    {
        ++events;
        return true;
    }
    bool characters(QByteArrayView text)
    {
        events += text.size();
        return true;
    }
};

#ifdef SRS_BENCH_WITH_EXPAT
// Drives an XmlScanner-style handler with expat, refusing a DOCTYPE as XmlScanner does.
template <typename Handler>
bool parseWithExpat(QByteArrayView document, Handler &handler)
{
    struct Context
    {
        Handler *handler;
        XML_Parser parser;
        XmlAttributes attributes;
        bool failed = false;
    };
    XML_Parser parser = XML_ParserCreate("UTF-8");
    Context context{&handler, parser, {}, false};
    XML_SetUserData(parser, &context);
    XML_SetElementHandler(
        parser,
        [](void *data, const XML_Char *name, const XML_Char **atts) {
            auto *c = static_cast<Context *>(data);
            c->attributes.clear();
            for (; atts[0]; atts += 2) {
                XmlAttributes::Attribute &a = c->attributes.append();
                a.qualifiedName = QByteArrayView(atts[0]);
                const auto colon = a.qualifiedName.indexOf(':');
                a.localName = colon < 0 ? a.qualifiedName : a.qualifiedName.sliced(colon + 1);
                a.value = QByteArrayView(atts[1]);
            }
            const QByteArrayView q(name);
            const auto colon = q.indexOf(':');
            if (!c->handler->startElement(colon < 0 ? q : q.sliced(colon + 1), c->attributes)) {
                c->failed = true;
                XML_StopParser(c->parser, XML_FALSE);
            }
        },
        [](void *data, const XML_Char *name) {
            auto *c = static_cast<Context *>(data);
            const QByteArrayView q(name);
            const auto colon = q.indexOf(':');
            if (!c->handler->endElement(colon < 0 ? q : q.sliced(colon + 1))) {
                c->failed = true;
                XML_StopParser(c->parser, XML_FALSE);
            }
        });
    XML_SetCharacterDataHandler(parser, [](void *data, const XML_Char *s, int len) {
        auto *c = static_cast<Context *>(data);
        if (!c->handler->characters(QByteArrayView(s, len))) {
            c->failed = true;
            XML_StopParser(c->parser, XML_FALSE);
        }
    });
    XML_SetStartDoctypeDeclHandler(parser,
                                   [](void *data, const XML_Char *, const XML_Char *, const XML_Char *, int) {
                                       auto *c = static_cast<Context *>(data);
                                       c->failed = true;
                                       XML_StopParser(c->parser, XML_FALSE);
                                   });
    bool ok = true;
    constexpr qsizetype Chunk = 1 << 20;
    for (qsizetype at = 0; ok && at < document.size(); at += Chunk) {
        const qsizetype n = std::min(Chunk, document.size() - at);
        ok = XML_Parse(parser, document.data() + at, static_cast<int>(n), at + n == document.size()) ==
                 XML_STATUS_OK &&
             !context.failed;
    }
    XML_ParserFree(parser);
    return ok;
}

Result<Table> readWithExpat(QByteArrayView bytes)
{
    XlsxArchive archive(bytes, QStringLiteral("bench.xlsx"), {});
    if (auto opened = archive.open(); !opened)
        return opened.error();
    xlsx::SharedStrings shared;
    auto sst = archive.readPart(QStringLiteral("xl/sharedStrings.xml"));
    if (!sst)
        return sst.error();
    xlsx::SharedStringsHandler sharedHandler(shared, archive.source(), {});
    if (!parseWithExpat(sst.value(), sharedHandler))
        return makeError(ErrorCode::UnreadableFile, QStringLiteral("expat: shared strings"));
    auto sheet = archive.readPart(QStringLiteral("xl/worksheets/sheet1.xml"));
    if (!sheet)
        return sheet.error();
    xlsx::SheetHandler handler(shared, QStringLiteral("bench.xlsx (sheet 'Table')"), {});
    if (!parseWithExpat(sheet.value(), handler))
        return makeError(ErrorCode::UnreadableFile, QStringLiteral("expat: sheet"));
    return handler.finish({});
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int rows = 1000;
    int columns = 1000;
    int repeat = 5;
    QString keep;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--repeat") && i + 1 < args.size())
            repeat = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--keep") && i + 1 < args.size())
            keep = args[++i];
        else if (i + 1 < args.size()) {
            rows = args[i].toInt();
            columns = args[++i].toInt();
        }
    }
    QTextStream out(stdout);
    const Workbook w = generate(rows, columns);
    if (!keep.isEmpty()) {
        QFile f(keep);
        if (f.open(QIODevice::WriteOnly))
            f.write(w.xlsx);
    }
    const double cells = static_cast<double>(rows) * columns;
    out << QStringLiteral("bench_xlsx: %1 x %2 frequency table (%3 value cells, %4 % below 10); .xlsx %5 MB, "
                          "sheet XML %6 MB; best of %7 runs, one thread\n")
               .arg(rows)
               .arg(columns)
               .arg(static_cast<qint64>(cells))
               .arg(100.0 * static_cast<double>(w.belowTen) / cells, 0, 'f', 1)
               .arg(static_cast<double>(w.xlsx.size()) / 1e6, 0, 'f', 2)
               .arg(static_cast<double>(w.sheetXmlBytes) / 1e6, 0, 'f', 1)
               .arg(repeat);
    out.flush();

    auto report = [&](const QString &what, const Timing &t, const QString &note) {
        out << QStringLiteral("%1 cpu %2 s = %3 M cells/s; wall %4 s = %5 M cells/s%6\n")
                   .arg(what.leftJustified(44))
                   .arg(t.cpu, 0, 'f', 4)
                   .arg(cells / t.cpu / 1e6, 6, 'f', 2)
                   .arg(t.wall, 0, 'f', 4)
                   .arg(cells / t.wall / 1e6, 6, 'f', 2)
                   .arg(note);
        out.flush();
    };
    auto check = [&](const Result<Table> &t) {
        if (!t)
            return QStringLiteral("; ERROR: %1").arg(t.error().message);
        if (t.value().cellCount() != static_cast<qsizetype>(cells))
            return QStringLiteral("; WRONG: %1 cells").arg(t.value().cellCount());
        return QString();
    };

    QString note;
    const Timing before = best(std::max(1, repeat / 2), [&] {
        note = check(bench::QtXlsxReference::read(w.xlsx, QStringLiteral("bench.xlsx"), QString()));
    });
    report(QStringLiteral("XLSX before (QXmlStreamReader)"), before, note);
    const Timing after = best(
        repeat, [&] { note = check(XlsxReader::read(w.xlsx, QStringLiteral("bench.xlsx"), QString())); });
    report(QStringLiteral("XLSX now (XlsxReader, XmlScanner)"), after, note);
#ifdef SRS_BENCH_WITH_EXPAT
    const Timing expat = best(repeat, [&] { note = check(readWithExpat(w.xlsx)); });
    report(QStringLiteral("XLSX same handlers driven by expat"), expat, note);
#endif
    out << QStringLiteral("  speed-up over before: %1 x (cpu)\n").arg(before.cpu / after.cpu, 0, 'f', 1);
    {
        // Both readers must give the same table, cell for cell.
        const auto a = bench::QtXlsxReference::read(w.xlsx, QStringLiteral("bench.xlsx"), QString());
        const auto b = XlsxReader::read(w.xlsx, QStringLiteral("bench.xlsx"), QString());
        bool same = a.ok() && b.ok() && a.value().rowLabels == b.value().rowLabels &&
                    a.value().columnLabels == b.value().columnLabels &&
                    a.value().cellCount() == b.value().cellCount();
        for (int r = 0; same && r < a.value().rowCount(); ++r) {
            for (int c = 0; same && c < a.value().columnCount(); ++c)
                same = a.value().kind(r, c) == b.value().kind(r, c) &&
                       a.value().value(r, c) == b.value().value(r, c) &&
                       a.value().fileRow(r) == b.value().fileRow(r) &&
                       a.value().fileColumn(c) == b.value().fileColumn(c);
        }
        out << QStringLiteral("  the two readers give the same table: %1\n")
                   .arg(same ? QStringLiteral("yes") : QStringLiteral("NO"));
        out.flush();
    }

    // Where the time goes.
    QByteArray sheetXml;
    const Timing unzip = best(repeat, [&] {
        XlsxArchive archive(w.xlsx, QStringLiteral("bench.xlsx"), {});
        (void)archive.open();
        auto sst = archive.readPart(QStringLiteral("xl/sharedStrings.xml"));
        auto sheet = archive.readPart(QStringLiteral("xl/worksheets/sheet1.xml"));
        if (sheet)
            sheetXml = sheet.value();
    });
    report(QStringLiteral("  part: unzip shared strings + sheet"), unzip, QString());
    qint64 events = 0;
    const Timing scan = best(repeat, [&] {
        CountingHandler h;
        XmlScanner scanner(sheetXml);
        note = scanner.parse(h) == XmlScanner::Status::Ok ? QString() : scanner.errorString();
        events = h.events;
    });
    report(QStringLiteral("  part: XmlScanner pass over the sheet XML"), scan,
           QStringLiteral(" (%1 MB/s)%2")
               .arg(static_cast<double>(sheetXml.size()) / 1e6 / scan.cpu, 0, 'f', 0)
               .arg(note));
#ifdef SRS_BENCH_WITH_EXPAT
    qint64 expatEvents = 0;
    const Timing expatScan = best(repeat, [&] {
        CountingHandler h;
        note = parseWithExpat(sheetXml, h) ? QString() : QStringLiteral("; ERROR");
        expatEvents = h.events;
    });
    report(QStringLiteral("  part: expat pass over the sheet XML"), expatScan,
           QStringLiteral(" (%1 MB/s)%2%3")
               .arg(static_cast<double>(sheetXml.size()) / 1e6 / expatScan.cpu, 0, 'f', 0)
               .arg(note)
               .arg(expatEvents == events ? QString() : QStringLiteral("; events differ")));
#endif
    // The output gate's look at the whole package (every part, every sheet's XML).
    const Timing gate = best(repeat, [&] {
        const auto inventory = WorkbookParts::inspect(w.xlsx, QStringLiteral("bench.xlsx"));
        note = !inventory ? QStringLiteral("; ERROR: %1").arg(inventory.error().message)
               : inventory.value().problems.isEmpty()
                   ? QString()
                   : QStringLiteral("; %1 problem(s)").arg(inventory.value().problems.size());
    });
    report(QStringLiteral("WorkbookParts::inspect (the output gate)"), gate, note);
    const Timing csv =
        best(repeat, [&] { note = check(CsvReader::read(w.csv, QStringLiteral("bench.csv"))); });
    report(QStringLiteral("CSV of the same table (CsvReader)"), csv,
           QStringLiteral(" (%1 MB)%2").arg(static_cast<double>(w.csv.size()) / 1e6, 0, 'f', 1).arg(note));
    return 0;
}
