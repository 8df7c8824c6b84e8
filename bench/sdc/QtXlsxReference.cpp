// The XLSX reader as it was before XmlScanner (Qt's QXmlStreamReader, every cell's text kept in
// its own QByteArray, then sorted), kept in the benchmark only so that one run can compare the
// two readers on the same workbook. Not built into any program.
#include "QtXlsxReference.h"

#include "sdc/TableBuilder.h"
#include "sdc/XlsxArchive.h"

#include <QHash>
#include <QXmlStreamReader>

#include <algorithm>
#include <climits>

namespace srs::sdc::bench {

namespace {

struct SheetRef
{
    QString name;
    QString part; // "xl/worksheets/sheet1.xml"
};

struct RawCell
{
    int row = 0; // 1-based, as in the sheet
    int column = 0;
    QByteArray text; // UTF-8
};

Result<QList<SheetRef>> listSheets(XlsxArchive &archive)
{
    auto workbook = archive.readPart(QStringLiteral("xl/workbook.xml"));
    if (!workbook)
        return workbook.error();
    auto rels = archive.readPart(QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!rels)
        return rels.error();

    QHash<QString, QString> targets;
    QXmlStreamReader relXml(rels.value());
    while (!relXml.atEnd()) {
        relXml.readNext();
        if (relXml.tokenType() == QXmlStreamReader::DTD)
            return xlsxDtdError(archive.source(), QStringLiteral("xl/_rels/workbook.xml.rels"));
        if (relXml.isStartElement() && relXml.name() == QLatin1String("Relationship")) {
            const auto attrs = relXml.attributes();
            targets.insert(attrs.value(QLatin1String("Id")).toString(),
                           resolveXlsxTarget(QStringLiteral("xl/workbook.xml"),
                                             attrs.value(QLatin1String("Target")).toString()));
        }
    }
    if (relXml.hasError())
        return xlsxXmlError(archive.source(), QStringLiteral("xl/_rels/workbook.xml.rels"), relXml);

    QList<SheetRef> sheets;
    QXmlStreamReader xml(workbook.value());
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.tokenType() == QXmlStreamReader::DTD)
            return xlsxDtdError(archive.source(), QStringLiteral("xl/workbook.xml"));
        if (xml.isStartElement() && xml.name() == QLatin1String("sheet")) {
            QString id;
            for (const auto &a : xml.attributes()) {
                if (a.name() == QLatin1String("id"))
                    id = a.value().toString();
            }
            const QString part = targets.value(id);
            if (!part.isEmpty())
                sheets << SheetRef{xml.attributes().value(QLatin1String("name")).toString(), part};
        }
    }
    if (xml.hasError())
        return xlsxXmlError(archive.source(), QStringLiteral("xl/workbook.xml"), xml);
    if (sheets.isEmpty())
        return makeError(ErrorCode::UnreadableFile,
                         QStringLiteral("%1: the workbook has no worksheets.").arg(archive.source()));
    return sheets;
}

Result<QList<QByteArray>> readSharedStrings(XlsxArchive &archive, const ReaderLimits &limits)
{
    QList<QByteArray> strings;
    const QString part = QStringLiteral("xl/sharedStrings.xml");
    if (!archive.has(part))
        return strings;
    auto bytes = archive.readPart(part);
    if (!bytes)
        return bytes.error();
    QXmlStreamReader xml(bytes.value());
    QString current;
    int phoneticDepth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.tokenType() == QXmlStreamReader::DTD)
            return xlsxDtdError(archive.source(), part);
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("si"))
                current.clear();
            else if (xml.name() == QLatin1String("rPh"))
                ++phoneticDepth;
            else if (xml.name() == QLatin1String("t") && phoneticDepth == 0)
                current += xml.readElementText();
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("rPh"))
                --phoneticDepth;
            else if (xml.name() == QLatin1String("si")) {
                if (strings.size() >= limits.maxCells)
                    return makeError(ErrorCode::TooLarge,
                                     QStringLiteral("%1: too many shared strings.").arg(archive.source()));
                strings << current.toUtf8();
            }
        }
    }
    if (xml.hasError())
        return xlsxXmlError(archive.source(), part, xml);
    return strings;
}

// "BC12" -> column 55, row 12. False for anything else or past the sheet limits.
bool parseCellRef(QStringView ref, int &column, int &row)
{
    qsizetype i = 0;
    qint64 c = 0;
    while (i < ref.size() && ref[i].isLetter() && i < 3) {
        const char16_t ch = ref[i].toUpper().unicode();
        if (ch < u'A' || ch > u'Z')
            return false;
        c = c * 26 + (ch - u'A' + 1);
        ++i;
    }
    if (i == 0 || i == ref.size() || c > 16384)
        return false;
    qint64 r = 0;
    for (; i < ref.size(); ++i) {
        if (!ref[i].isDigit() || r > 1'048'576)
            return false;
        r = r * 10 + (ref[i].unicode() - u'0');
    }
    if (r < 1 || r > 1'048'576)
        return false;
    column = static_cast<int>(c);
    row = static_cast<int>(r);
    return true;
}

Result<Table> readSheet(XlsxArchive &archive, const SheetRef &sheet, const QList<QByteArray> &shared,
                        const TableLayout &layout, const ReaderLimits &limits)
{
    const QString source = QStringLiteral("%1 (sheet '%2')").arg(archive.source(), sheet.name);
    auto bytes = archive.readPart(sheet.part);
    if (!bytes)
        return bytes.error();

    std::vector<RawCell> cells;
    int currentRow = 0;
    int nextColumn = 1;
    int minRow = INT_MAX, maxRow = 0, minColumn = INT_MAX, maxColumn = 0;
    QXmlStreamReader xml(bytes.value());
    auto badRef = [&](const QString &ref) {
        return makeError(ErrorCode::TooLarge,
                         QStringLiteral("%1: the cell reference '%2' is invalid or past the sheet limits.")
                             .arg(source, ref.left(20)));
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.tokenType() == QXmlStreamReader::DTD)
            return xlsxDtdError(archive.source(), sheet.part);
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("row")) {
            const auto r = xml.attributes().value(QLatin1String("r"));
            if (r.isEmpty()) {
                ++currentRow;
            } else {
                bool ok = false;
                currentRow = r.toInt(&ok);
                if (!ok || currentRow < 1 || currentRow > 1'048'576)
                    return badRef(r.toString());
            }
            nextColumn = 1;
            continue;
        }
        if (xml.name() != QLatin1String("c"))
            continue;
        const auto attrs = xml.attributes();
        const QString ref = attrs.value(QLatin1String("r")).toString();
        const QString type = attrs.value(QLatin1String("t")).toString();
        int column = nextColumn;
        int row = std::max(currentRow, 1);
        if (!ref.isEmpty() && !parseCellRef(ref, column, row))
            return badRef(ref);
        if (column > 16384)
            return badRef(ref);
        nextColumn = column + 1;
        QString value;
        bool hasValue = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == QLatin1String("c"))
                break;
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("v")) {
                value = xml.readElementText();
                hasValue = true;
            } else if (xml.name() == QLatin1String("t")) { // inside <is>
                value += xml.readElementText();
                hasValue = true;
            }
        }
        if (xml.hasError())
            break;
        if (!hasValue)
            continue;
        QByteArray text;
        if (type == QLatin1String("s")) {
            bool ok = false;
            const qsizetype index = value.trimmed().toLongLong(&ok);
            if (!ok || index < 0 || index >= shared.size())
                return makeError(
                    ErrorCode::UnreadableFile,
                    QStringLiteral("%1: the cell %2 refers to a shared string that does not exist.")
                        .arg(source, ref));
            text = shared.at(index);
        } else if (type == QLatin1String("b")) {
            text = value.trimmed() == QLatin1String("1") ? QByteArrayLiteral("TRUE")
                                                         : QByteArrayLiteral("FALSE");
        } else {
            text = value.toUtf8();
        }
        if (static_cast<qsizetype>(cells.size()) >= limits.maxCells)
            return makeError(ErrorCode::TooLarge,
                             QStringLiteral("%1: more than %2 cells.").arg(source).arg(limits.maxCells));
        minRow = std::min(minRow, row);
        maxRow = std::max(maxRow, row);
        minColumn = std::min(minColumn, column);
        maxColumn = std::max(maxColumn, column);
        cells.push_back(RawCell{row, column, std::move(text)});
    }
    if (xml.hasError())
        return xlsxXmlError(archive.source(), sheet.part, xml);
    if (cells.empty())
        return makeError(ErrorCode::UnreadableFile, QStringLiteral("%1: the sheet is empty.").arg(source));

    const qint64 width = maxColumn - minColumn + 1;
    const qint64 height = maxRow - minRow + 1;
    if (width > limits.maxColumns || height > limits.maxRows ||
        width * height > limits.maxCells + width + height)
        return makeError(ErrorCode::TooLarge,
                         QStringLiteral("%1: the sheet spans %2 rows by %3 columns, past the "
                                        "limit of %4 cells.")
                             .arg(source)
                             .arg(height)
                             .arg(width)
                             .arg(limits.maxCells));
    std::stable_sort(cells.begin(), cells.end(), [](const RawCell &a, const RawCell &b) {
        return a.row != b.row ? a.row < b.row : a.column < b.column;
    });

    TableBuilder builder(source, layout, limits);
    builder.setOrigin(minRow, minColumn);
    builder.reserve(width * height);
    std::size_t i = 0;
    for (int r = minRow; r <= maxRow; ++r) {
        int c = minColumn;
        while (i < cells.size() && cells[i].row == r) {
            for (; c < cells[i].column; ++c)
                (void)builder.addField(QByteArrayView());
            if (c == cells[i].column) { // a repeated reference keeps the first
                (void)builder.addField(cells[i].text);
                ++c;
            }
            ++i;
        }
        if (!builder.endRow())
            break;
    }
    return builder.finish();
}

} // namespace

Result<Table> QtXlsxReference::read(QByteArrayView bytes, const QString &source, const QString &sheet,
                                    const TableLayout &layout, const ReaderLimits &limits)
{
    XlsxArchive archive(bytes, source, limits);
    if (auto opened = archive.open(); !opened)
        return opened.error();
    auto sheets = listSheets(archive);
    if (!sheets)
        return sheets.error();
    const SheetRef *chosen = &sheets.value().first();
    if (!sheet.isEmpty()) {
        chosen = nullptr;
        for (const SheetRef &s : sheets.value()) {
            if (s.name == sheet)
                chosen = &s;
        }
        if (!chosen) {
            QStringList names;
            for (const SheetRef &s : sheets.value())
                names << s.name;
            return makeError(ErrorCode::SheetNotFound,
                             QStringLiteral("%1 has no sheet named '%2' (it has: %3).")
                                 .arg(source, sheet, names.join(QStringLiteral(", "))));
        }
    }
    auto shared = readSharedStrings(archive, limits);
    if (!shared)
        return shared.error();
    return readSheet(archive, *chosen, shared.value(), layout, limits);
}

} // namespace srs::sdc::bench
