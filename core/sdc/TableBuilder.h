#pragma once

#include "Result.h"
#include "Table.h"

#include <QByteArrayView>
#include <QList>
#include <QStringList>

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

    // Hints the number of value cells expected, to reserve storage once.
    void reserve(qsizetype cells);
    // Returns false once an error has been recorded; the caller stops feeding then.
    bool addField(QByteArrayView utf8);
    bool endRow();
    // Fast path for a value cell already parsed as a plain number by the reader: appends it
    // and returns true, or returns false (having changed nothing) when the field is not a
    // value cell the fast path can take; the caller then uses addField().
    bool tryAddNumber(double value)
    {
        if (!m_headerDone || m_error || m_width < 0 || m_field < m_layout.labelColumns ||
            m_field - m_layout.labelColumns >= m_width || m_table.cellCount() >= m_limits.maxCells)
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
    bool m_rowHasContent = false;
    bool m_headerDone = false; // all label rows read
};

} // namespace srs::sdc
