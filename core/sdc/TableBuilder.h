#pragma once

#include "Result.h"
#include "Table.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace srs::sdc {

// Turns a stream of fields (UTF-8 bytes, row by row) into a Table: the first layout.labelRows
// rows become column labels, the first layout.labelColumns fields of every later row become
// its row label, and every other field is parsed as a value cell straight from its bytes.
// Shared by the CSV and XLSX readers so that both read cells the same way.
class TableBuilder
{
public:
    TableBuilder(QString source, TableLayout layout, ReaderLimits limits);

    // Where the first row and column fed are in the file (1-based): a workbook's used range may
    // start below or right of A1. Defaults to 1, 1.
    void setOrigin(int firstRow, int firstColumn)
    {
        m_originRow = firstRow;
        m_originColumn = firstColumn;
    }
    // Hints the number of value cells expected, to reserve storage once.
    void reserve(qsizetype cells);
    // Returns false once an error has been recorded; the caller stops feeding then.
    bool addField(QByteArrayView utf8);
    bool endRow();
    // Fast path for value cells the reader has already read as numbers or blanks. cellRoom()
    // is how many the current row can take now: none before its value cells start (in label
    // rows and label columns) or after an error, and never past the header's width or the
    // cell limit, so that those cases go through addField() and its messages.
    [[nodiscard]] qsizetype cellRoom() const
    {
        if (!m_headerDone || m_error || m_width < 0 || m_field < m_layout.labelColumns)
            return 0;
        return std::min(m_width - (m_field - m_layout.labelColumns), m_limits.maxCells - m_table.cellCount());
    }
    // Appends `count` (1 to cellRoom()) value cells, each a Number or a Blank (value 0); see
    // Table::appendCells() for `wholeNonNegative`.
    void addCells(const double *values, const CellKind *kinds, qsizetype count, bool wholeNonNegative)
    {
        m_table.appendCells(values, kinds, count, wholeNonNegative);
        if (!m_rowHasContent)
            m_rowHasContent = std::find(kinds, kinds + count, CellKind::Number) != kinds + count;
        m_field += count;
    }
    // One number: appends it and returns true when cellRoom() allows, else returns false
    // (having changed nothing) and the caller uses addField().
    bool tryAddNumber(double value)
    {
        if (cellRoom() <= 0)
            return false;
        m_table.appendCell(CellKind::Number, value);
        m_rowHasContent = true;
        ++m_field;
        return true;
    }
    [[nodiscard]] bool hasError() const { return m_error.has_value(); }
    [[nodiscard]] Result<Table> finish();

private:
    bool addLabelField(QByteArrayView utf8);
    bool addValueField(QByteArrayView utf8);
    bool fail(ErrorCode code, const QString &message);
    void startColumnsFromHeader();
    QString currentRowLabel() const;
    QString currentRowName() const;
    QString columnNameAt(qsizetype column) const;

    TableLayout m_layout;
    ReaderLimits m_limits;
    Table m_table;
    std::optional<Error> m_error;

    QList<QStringList> m_headerRows;     // raw header fields, one list per label row
    QStringList m_currentHeader;         // header row being read
    QStringList m_rowLabelParts;         // label fields of the data row being read
    QStringList m_previousRowLabelParts; // for filling merged (blank) outer labels
    qsizetype m_rowStartCells = 0;       // cell count when the current data row started
    qsizetype m_width = -1;              // value columns, known after the header
    qsizetype m_field = 0;               // field index within the current row
    qsizetype m_rawRow = 0;              // rows seen, for messages (1-based in messages)
    int m_originRow = 1;                 // the file's number for the first row fed
    int m_originColumn = 1;              // the file's number for the first field of a row
    bool m_rowHasContent = false;
    bool m_headerDone = false; // all label rows read
    // The last marker read, as written and as a string that every cell with the same marker
    // shares: a table suppressed throughout holds a few markers a hundred thousand times.
    QByteArray m_lastMarkerBytes;
    QString m_lastMarker;
};

} // namespace srs::sdc
