#pragma once

// The readers of the XML parts of a workbook that hold its cells (the workbook and its
// relationships, the shared strings, the worksheets), written as handlers of XmlScanner's events
// so that one pass over a part's bytes reads it. Used by XlsxWorkbook; internal to core/sdc.

#include "Result.h"
#include "Table.h"
#include "XmlScanner.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace srs::sdc::xlsx {

// A handler's error, kept until the scanner stops.
class HandlerBase
{
public:
    [[nodiscard]] const std::optional<Error> &error() const { return m_error; }

protected:
    bool fail(Error error)
    {
        if (!m_error)
            m_error = std::move(error);
        return false;
    }
    std::optional<Error> m_error;
};

// xl/_rels/workbook.xml.rels: relationship id -> part name.
class RelationshipsHandler : public HandlerBase
{
public:
    explicit RelationshipsHandler(QString fromPart) : m_fromPart(std::move(fromPart)) {}
    bool startElement(QByteArrayView name, const XmlAttributes &attributes);
    bool endElement(QByteArrayView) { return true; }
    bool characters(QByteArrayView) { return true; }
    [[nodiscard]] const QHash<QString, QString> &targets() const { return m_targets; }

private:
    QString m_fromPart;
    QHash<QString, QString> m_targets;
};

// xl/workbook.xml: the sheets in order, by name and relationship id.
class WorkbookHandler : public HandlerBase
{
public:
    struct Sheet
    {
        QString name;
        QString relationshipId;
    };
    bool startElement(QByteArrayView name, const XmlAttributes &attributes);
    bool endElement(QByteArrayView) { return true; }
    bool characters(QByteArrayView) { return true; }
    [[nodiscard]] const QList<Sheet> &sheets() const { return m_sheets; }

private:
    QList<Sheet> m_sheets;
};

// The shared strings of a workbook, as UTF-8 in one buffer.
class SharedStrings
{
public:
    [[nodiscard]] qsizetype size() const { return static_cast<qsizetype>(m_ends.size()); }
    [[nodiscard]] QByteArrayView at(qsizetype i) const
    {
        const qsizetype begin = i == 0 ? 0 : m_ends[static_cast<std::size_t>(i - 1)];
        return QByteArrayView(m_text.constData() + begin, m_ends[static_cast<std::size_t>(i)] - begin);
    }
    void append(QByteArrayView text) { m_text.append(text); }
    void endString() { m_ends.push_back(m_text.size()); }

private:
    QByteArray m_text;
    std::vector<qsizetype> m_ends;
};

// xl/sharedStrings.xml: each <si>'s text runs (<t>), without phonetic guides (<rPh>).
class SharedStringsHandler : public HandlerBase
{
public:
    SharedStringsHandler(SharedStrings &out, QString source, const ReaderLimits &limits)
        : m_out(out), m_source(std::move(source)), m_limits(limits)
    {}
    bool startElement(QByteArrayView name, const XmlAttributes &attributes);
    bool endElement(QByteArrayView name);
    bool characters(QByteArrayView text)
    {
        if (m_inText)
            m_out.append(text);
        return true;
    }

private:
    SharedStrings &m_out;
    QString m_source;
    ReaderLimits m_limits;
    bool m_inString = false;
    bool m_inText = false;
    int m_phoneticDepth = 0;
};

// A worksheet: its cells in one pass, then the table (TableBuilder reads each cell's text).
class SheetHandler : public HandlerBase
{
public:
    SheetHandler(const SharedStrings &shared, QString source, const ReaderLimits &limits);
    bool startElement(QByteArrayView name, const XmlAttributes &attributes);
    bool endElement(QByteArrayView name);
    bool characters(QByteArrayView text)
    {
        if (m_collecting)
            m_text.append(text.data(), static_cast<std::size_t>(text.size()));
        return true;
    }
    // The table of the cells read (an error for an empty sheet or one past the limits).
    [[nodiscard]] Result<Table> finish(const TableLayout &layout);

private:
    enum class Kind : quint8
    {
        Text,   // a number, a formula's string, an inline string, a date, an error: the text read
        Shared, // `offset` is the index of a shared string
        True,
        False,
    };
    struct Cell
    {
        int row = 0; // 1-based, as in the sheet
        int column = 0;
        quint32 offset = 0; // into m_text (a part is under 4 GiB), or the shared string index
        quint32 length = 0;
    };
    // A cell's kind is the length's top two bits (a part is far under 1 GiB).
    static constexpr quint32 LengthMask = 0x3FFF'FFFF;
    static Kind kindOf(const Cell &cell) { return static_cast<Kind>(cell.length >> 30); }
    enum class Type : quint8
    {
        Number, // no t attribute, or t="n"
        Shared, // t="s"
        Boolean,
        Other,
    };
    bool badReference(QByteArrayView ref);
    bool endCell();
    [[nodiscard]] QByteArrayView textOf(const Cell &cell) const;

    const SharedStrings &m_shared;
    QString m_source;
    ReaderLimits m_limits;
    std::vector<Cell> m_cells;
    std::string m_text; // every cell's text, one after another
    int m_depth = 0;
    int m_cellDepth = 0; // m_depth inside the <c> being read; 0 outside cells
    int m_phoneticDepth = 0;
    int m_currentRow = 0;
    int m_nextColumn = 1;
    int m_cellRow = 0;
    int m_cellColumn = 0;
    Type m_cellType = Type::Number;
    std::size_t m_cellStart = 0;
    bool m_hasValue = false;
    bool m_collecting = false;
    std::array<char, 24> m_cellReference{}; // the cell's r attribute, for messages
    qsizetype m_cellReferenceLength = 0;
};

// "BC12" -> column 55, row 12. False for anything else or past the sheet limits.
[[nodiscard]] bool parseCellReference(QByteArrayView ref, int &column, int &row);

} // namespace srs::sdc::xlsx
