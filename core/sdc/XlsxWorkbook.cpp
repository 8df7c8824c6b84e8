#include "XlsxWorkbook.h"

#include "XlsxArchive.h"
#include "XlsxPartReaders.h"
#include "XmlScanner.h"

#include <optional>

namespace srs::sdc {

namespace {

struct SheetRef
{
    QString name;
    QString part; // "xl/worksheets/sheet1.xml"
};

// Scans one part's bytes with `handler`; the handler's own error, a DTD or bad XML is an error.
template <typename Handler>
Result<bool> scanPart(const QString &source, const QString &part, QByteArrayView bytes, Handler &handler)
{
    XmlScanner scanner(bytes);
    switch (scanner.parse(handler)) {
    case XmlScanner::Status::Ok:
        return true;
    case XmlScanner::Status::Stopped:
        return *handler.error();
    case XmlScanner::Status::Dtd:
        return xlsxDtdError(source, part);
    case XmlScanner::Status::Malformed:
        break;
    }
    return xlsxXmlError(source, part, scanner.errorString(), scanner.errorLine());
}

} // namespace

struct XlsxWorkbook::Private
{
    Private(QByteArrayView bytes, const QString &source, const ReaderLimits &readerLimits)
        : archive(bytes, source, readerLimits), limits(readerLimits)
    {}

    Result<bool> listSheets()
    {
        const QString workbookPart = QStringLiteral("xl/workbook.xml");
        const QString relsPart = QStringLiteral("xl/_rels/workbook.xml.rels");
        auto workbook = archive.readPart(workbookPart);
        if (!workbook)
            return workbook.error();
        auto rels = archive.readPart(relsPart);
        if (!rels)
            return rels.error();
        xlsx::RelationshipsHandler relationships(workbookPart);
        if (auto s = scanPart(archive.source(), relsPart, rels.value(), relationships); !s)
            return s.error();
        xlsx::WorkbookHandler book;
        if (auto s = scanPart(archive.source(), workbookPart, workbook.value(), book); !s)
            return s.error();
        for (const xlsx::WorkbookHandler::Sheet &s : book.sheets()) {
            const QString part = relationships.targets().value(s.relationshipId);
            if (!part.isEmpty())
                sheets << SheetRef{s.name, part};
        }
        if (sheets.isEmpty())
            return makeError(ErrorCode::UnreadableFile,
                             QStringLiteral("%1: the workbook has no worksheets.").arg(archive.source()));
        return true;
    }

    Result<bool> readSharedStrings()
    {
        if (sharedRead)
            return true;
        const QString part = QStringLiteral("xl/sharedStrings.xml");
        if (archive.has(part)) {
            auto bytes = archive.readPart(part);
            if (!bytes)
                return bytes.error();
            xlsx::SharedStringsHandler handler(shared, archive.source(), limits);
            if (auto s = scanPart(archive.source(), part, bytes.value(), handler); !s)
                return s.error();
        }
        sharedRead = true;
        return true;
    }

    Result<Table> readSheet(const SheetRef &sheet, const TableLayout &layout)
    {
        if (auto s = readSharedStrings(); !s)
            return s.error();
        const QString source = QStringLiteral("%1 (sheet '%2')").arg(archive.source(), sheet.name);
        auto bytes = archive.readPart(sheet.part);
        if (!bytes)
            return bytes.error();
        xlsx::SheetHandler handler(shared, source, limits);
        if (auto s = scanPart(archive.source(), sheet.part, bytes.value(), handler); !s)
            return s.error();
        bytes = QByteArray(); // the part's XML is no longer needed while the table is built
        return handler.finish(layout);
    }

    QStringList names() const
    {
        QStringList out;
        for (const SheetRef &s : sheets)
            out << s.name;
        return out;
    }

    XlsxArchive archive;
    ReaderLimits limits;
    QList<SheetRef> sheets;
    xlsx::SharedStrings shared;
    bool sharedRead = false;
};

XlsxWorkbook::XlsxWorkbook(std::unique_ptr<Private> p) : d(std::move(p)) {}
XlsxWorkbook::XlsxWorkbook(XlsxWorkbook &&) noexcept = default;
XlsxWorkbook &XlsxWorkbook::operator=(XlsxWorkbook &&) noexcept = default;
XlsxWorkbook::~XlsxWorkbook() = default;

Result<XlsxWorkbook> XlsxWorkbook::open(QByteArrayView bytes, const QString &source,
                                        const ReaderLimits &limits)
{
    auto d = std::make_unique<Private>(bytes, source, limits);
    if (auto opened = d->archive.open(); !opened)
        return opened.error();
    if (auto listed = d->listSheets(); !listed)
        return listed.error();
    return XlsxWorkbook(std::move(d));
}

QStringList XlsxWorkbook::sheetNames() const
{
    return d->names();
}

qsizetype XlsxWorkbook::sheetCount() const
{
    return d->sheets.size();
}

Result<Table> XlsxWorkbook::readSheet(qsizetype index, const TableLayout &layout)
{
    if (index < 0 || index >= d->sheets.size())
        return makeError(ErrorCode::SheetNotFound,
                         QStringLiteral("%1 has no sheet number %2 (it has %3 sheets).")
                             .arg(d->archive.source())
                             .arg(index + 1)
                             .arg(d->sheets.size()));
    return d->readSheet(d->sheets.at(index), layout);
}

Result<Table> XlsxWorkbook::readSheet(const QString &name, const TableLayout &layout)
{
    if (name.isEmpty())
        return readSheet(qsizetype(0), layout);
    for (const SheetRef &s : std::as_const(d->sheets)) {
        if (s.name == name)
            return d->readSheet(s, layout);
    }
    return makeError(ErrorCode::SheetNotFound,
                     QStringLiteral("%1 has no sheet named '%2' (it has: %3).")
                         .arg(d->archive.source(), name, d->names().join(QStringLiteral(", "))));
}

Result<QList<Table>> XlsxWorkbook::readAll(const TableLayout &layout)
{
    QList<Table> tables;
    for (const SheetRef &s : std::as_const(d->sheets)) {
        auto table = d->readSheet(s, layout);
        if (!table)
            return table.error();
        tables << std::move(table).value();
    }
    return tables;
}

} // namespace srs::sdc
