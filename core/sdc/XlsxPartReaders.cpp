#include "XlsxPartReaders.h"

#include "CellParser.h"
#include "TableBuilder.h"
#include "XlsxArchive.h"

#include <algorithm>
#include <climits>
#include <limits>

namespace srs::sdc::xlsx {

namespace {

constexpr int MaxSheetRow = 1'048'576;
constexpr int MaxSheetColumn = 16'384;

QString text(QByteArrayView utf8)
{
    return QString::fromUtf8(utf8);
}

// An unsigned decimal attribute ("12"), or -1.
qint64 parseUnsigned(QByteArrayView digits, qint64 max)
{
    digits = digits.trimmed();
    if (digits.isEmpty())
        return -1;
    qint64 v = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return -1;
        v = v * 10 + (c - '0');
        if (v > max)
            return -1;
    }
    return v;
}

} // namespace

bool parseCellReference(QByteArrayView ref, int &column, int &row)
{
    qsizetype i = 0;
    int c = 0;
    while (i < ref.size() && i < 4) {
        char ch = ref[i];
        if (ch >= 'a' && ch <= 'z')
            ch = static_cast<char>(ch - 'a' + 'A');
        if (ch < 'A' || ch > 'Z')
            break;
        c = c * 26 + (ch - 'A' + 1);
        ++i;
    }
    if (i == 0 || i == ref.size() || i > 3 || c > MaxSheetColumn)
        return false;
    int r = 0;
    for (; i < ref.size(); ++i) {
        const char ch = ref[i];
        if (ch < '0' || ch > '9' || r > MaxSheetRow)
            return false;
        r = r * 10 + (ch - '0');
    }
    if (r < 1 || r > MaxSheetRow)
        return false;
    column = c;
    row = r;
    return true;
}

bool RelationshipsHandler::startElement(QByteArrayView name, const XmlAttributes &attributes)
{
    if (sameBytes(name, "Relationship"))
        m_targets.insert(text(attributes.value("Id")),
                         resolveXlsxTarget(m_fromPart, text(attributes.value("Target"))));
    return true;
}

bool WorkbookHandler::startElement(QByteArrayView name, const XmlAttributes &attributes)
{
    if (sameBytes(name, "sheet")) {
        // The relationship is the attribute named "id" in the relationships namespace (r:id);
        // sheetId is another attribute.
        m_sheets.append(Sheet{text(attributes.value("name")), text(attributes.value("id"))});
    }
    return true;
}

bool SharedStringsHandler::startElement(QByteArrayView name, const XmlAttributes &)
{
    if (sameBytes(name, "si")) {
        m_inString = true;
        m_phoneticDepth = 0;
    } else if (sameBytes(name, "rPh")) {
        ++m_phoneticDepth;
    } else if (sameBytes(name, "t") && m_inString && m_phoneticDepth == 0) {
        m_inText = true;
    }
    return true;
}

bool SharedStringsHandler::endElement(QByteArrayView name)
{
    if (sameBytes(name, "t")) {
        m_inText = false;
    } else if (sameBytes(name, "rPh")) {
        m_phoneticDepth = std::max(0, m_phoneticDepth - 1);
    } else if (sameBytes(name, "si") && m_inString) {
        if (m_out.size() >= m_limits.maxCells)
            return fail(
                makeError(ErrorCode::TooLarge, QStringLiteral("%1: too many shared strings.").arg(m_source)));
        m_out.endString();
        m_inString = false;
        m_inText = false;
    }
    return true;
}

SheetHandler::SheetHandler(const SharedStrings &shared, QString source, const ReaderLimits &limits)
    : m_shared(shared), m_source(std::move(source)), m_limits(limits)
{}

bool SheetHandler::badReference(QByteArrayView ref)
{
    return fail(makeError(ErrorCode::TooLarge,
                          QStringLiteral("%1: the cell reference '%2' is invalid or past the sheet limits.")
                              .arg(m_source, text(ref.first(std::min<qsizetype>(ref.size(), 20))))));
}

bool SheetHandler::startElement(QByteArrayView name, const XmlAttributes &attributes)
{
    ++m_depth;
    if (m_cellDepth > 0) {
        // Inside a cell: its value (<v>), or the text runs of an inline string (<is><t>), but not
        // their phonetic guides (<rPh>), which no cell shows.
        if (sameBytes(name, "v")) {
            m_text.resize(m_cellStart);
            m_hasValue = true;
            m_collecting = true;
        } else if (sameBytes(name, "t") && m_phoneticDepth == 0) {
            m_hasValue = true;
            m_collecting = true;
        } else if (sameBytes(name, "rPh")) {
            ++m_phoneticDepth;
        }
        return true;
    }
    if (sameBytes(name, "c")) {
        const QByteArrayView ref = attributes.value("r");
        const QByteArrayView type = attributes.value("t");
        int column = m_nextColumn;
        int row = std::max(m_currentRow, 1);
        if (!ref.isEmpty() && !parseCellReference(ref, column, row))
            return badReference(ref);
        if (column > MaxSheetColumn)
            return badReference(ref);
        m_nextColumn = column + 1;
        m_cellRow = row;
        m_cellColumn = column;
        m_cellType = type.isEmpty() || sameBytes(type, "n") ? Type::Number
                     : sameBytes(type, "s")                 ? Type::Shared
                     : sameBytes(type, "b")                 ? Type::Boolean
                                                            : Type::Other;
        m_cellReferenceLength =
            std::min<qsizetype>(ref.size(), static_cast<qsizetype>(m_cellReference.size()));
        std::copy_n(ref.data(), m_cellReferenceLength, m_cellReference.data());
        m_cellDepth = m_depth;
        m_cellStart = m_text.size();
        m_hasValue = false;
        m_collecting = false;
        m_phoneticDepth = 0;
        return true;
    }
    if (sameBytes(name, "row")) {
        const QByteArrayView r = attributes.value("r");
        if (r.isEmpty()) {
            ++m_currentRow;
        } else {
            const qint64 n = parseUnsigned(r, MaxSheetRow);
            if (n < 1)
                return badReference(r);
            m_currentRow = static_cast<int>(n);
        }
        m_nextColumn = 1;
    }
    return true;
}

bool SheetHandler::endElement(QByteArrayView name)
{
    const int depth = m_depth--;
    if (m_cellDepth == 0)
        return true;
    if (depth == m_cellDepth) {
        m_cellDepth = 0;
        m_collecting = false;
        return endCell();
    }
    if (sameBytes(name, "v") || sameBytes(name, "t"))
        m_collecting = false;
    else if (sameBytes(name, "rPh"))
        m_phoneticDepth = std::max(0, m_phoneticDepth - 1);
    return true;
}

bool SheetHandler::endCell()
{
    if (!m_hasValue) {
        m_text.resize(m_cellStart);
        return true;
    }
    const std::size_t length = m_text.size() - m_cellStart;
    const QByteArrayView value(m_text.data() + m_cellStart, static_cast<qsizetype>(length));
    Cell cell;
    cell.row = m_cellRow;
    cell.column = m_cellColumn;
    Kind kind = Kind::Text;
    switch (m_cellType) {
    case Type::Shared: {
        const qint64 index = parseUnsigned(value, std::numeric_limits<qint64>::max() / 10);
        if (index < 0 || index >= m_shared.size())
            return fail(makeError(
                ErrorCode::UnreadableFile,
                QStringLiteral("%1: the cell %2 refers to a shared string that does not exist.")
                    .arg(m_source, text(QByteArrayView(m_cellReference.data(), m_cellReferenceLength)))));
        kind = Kind::Shared;
        cell.offset = static_cast<quint32>(index); // under maxCells
        m_text.resize(m_cellStart);
        break;
    }
    case Type::Boolean:
        kind = sameBytes(value.trimmed(), "1") ? Kind::True : Kind::False;
        m_text.resize(m_cellStart);
        break;
    case Type::Number:
    case Type::Other:
        if (m_text.size() > LengthMask || length > LengthMask)
            return fail(makeError(ErrorCode::TooLarge,
                                  QStringLiteral("%1: the sheet holds too much text.").arg(m_source)));
        cell.offset = static_cast<quint32>(m_cellStart);
        cell.length = static_cast<quint32>(length);
        break;
    }
    cell.length |= static_cast<quint32>(kind) << 30;
    if (static_cast<qsizetype>(m_cells.size()) >= m_limits.maxCells)
        return fail(
            makeError(ErrorCode::TooLarge,
                      QStringLiteral("%1: more than %2 cells.").arg(m_source).arg(m_limits.maxCells)));
    m_cells.push_back(cell);
    return true;
}

QByteArrayView SheetHandler::textOf(const Cell &cell) const
{
    switch (kindOf(cell)) {
    case Kind::Text:
        return QByteArrayView(m_text.data() + cell.offset, static_cast<qsizetype>(cell.length & LengthMask));
    case Kind::Shared:
        return m_shared.at(cell.offset);
    case Kind::True:
        return "TRUE";
    case Kind::False:
        return "FALSE";
    }
    return {};
}

Result<Table> SheetHandler::finish(const TableLayout &layout)
{
    if (m_error)
        return *m_error;
    if (m_cells.empty())
        return makeError(ErrorCode::UnreadableFile, QStringLiteral("%1: the sheet is empty.").arg(m_source));
    int minRow = INT_MAX, maxRow = 0, minColumn = INT_MAX, maxColumn = 0;
    bool sorted = true;
    const Cell *previous = nullptr;
    for (const Cell &c : m_cells) {
        minRow = std::min(minRow, c.row);
        maxRow = std::max(maxRow, c.row);
        minColumn = std::min(minColumn, c.column);
        maxColumn = std::max(maxColumn, c.column);
        if (previous && (c.row < previous->row || (c.row == previous->row && c.column < previous->column)))
            sorted = false;
        previous = &c;
    }
    const qint64 width = maxColumn - minColumn + 1;
    const qint64 height = maxRow - minRow + 1;
    if (width > m_limits.maxColumns || height > m_limits.maxRows ||
        width * height > m_limits.maxCells + width + height)
        return makeError(ErrorCode::TooLarge,
                         QStringLiteral("%1: the sheet spans %2 rows by %3 columns, past the "
                                        "limit of %4 cells.")
                             .arg(m_source)
                             .arg(height)
                             .arg(width)
                             .arg(m_limits.maxCells));
    if (!sorted) {
        std::stable_sort(m_cells.begin(), m_cells.end(), [](const Cell &a, const Cell &b) {
            return a.row != b.row ? a.row < b.row : a.column < b.column;
        });
    }

    TableBuilder builder(m_source, layout, m_limits);
    builder.setOrigin(minRow, minColumn);
    builder.reserve(width * height);
    std::size_t i = 0;
    for (int r = minRow; r <= maxRow; ++r) {
        int c = minColumn;
        while (i < m_cells.size() && m_cells[i].row == r) {
            const Cell &cell = m_cells[i];
            for (; c < cell.column; ++c)
                (void)builder.addField(QByteArrayView());
            if (c == cell.column) { // a repeated reference keeps the first
                const QByteArrayView value = textOf(cell);
                double number = 0.0;
                // A number goes straight into the table when the builder has room for it; anything
                // else (labels, markers, blanks, bad cells) through addField() and its messages.
                if (!(kindOf(cell) == Kind::Text && parseCellText(value, number) == CellText::Number &&
                      builder.tryAddNumber(number)))
                    (void)builder.addField(value);
                ++c;
            }
            ++i;
        }
        if (!builder.endRow())
            break;
    }
    return builder.finish();
}

} // namespace srs::sdc::xlsx
