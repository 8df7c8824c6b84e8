#pragma once

#include "Table.h"

#include <QStringList>

#include <cstdint>
#include <vector>

namespace srs::sdc {

// How one cell of a table compares with the previous round's version of the same table.
enum class CellChange : std::uint8_t
{
    Unchanged,
    Changed, // same row and column labels, another value, kind or marker
    Added,   // its row or its column is new in this round
};

// Compares a table with the previous round's version of it, cell by cell. Rows and columns are
// matched by their labels, not their positions (a row inserted above moves nothing): the n-th
// row labelled "Cardiff" is matched with the previous table's n-th row labelled "Cardiff".
// Compact: one byte per cell and one int per row and column; what a changed cell was is read
// from the previous table on demand.
class TableDiff
{
public:
    TableDiff() = default;
    [[nodiscard]] static TableDiff compare(const Table &previous, const Table &current);

    [[nodiscard]] bool isEmpty() const { return m_cells.empty(); }
    [[nodiscard]] CellChange change(int row, int column) const
    {
        return m_cells[static_cast<std::size_t>(row) * static_cast<std::size_t>(m_columns) +
                       static_cast<std::size_t>(column)];
    }
    // The matching row or column of the previous table, or -1 when it is new.
    [[nodiscard]] int previousRow(int row) const { return m_previousRow[static_cast<std::size_t>(row)]; }
    [[nodiscard]] int previousColumn(int column) const
    {
        return m_previousColumn[static_cast<std::size_t>(column)];
    }
    // True when any cell of the row (column) changed or was added.
    [[nodiscard]] bool rowHasChanges(int row) const
    {
        return m_rowChanged[static_cast<std::size_t>(row)] != 0;
    }
    [[nodiscard]] bool columnHasChanges(int column) const
    {
        return m_columnChanged[static_cast<std::size_t>(column)] != 0;
    }

    [[nodiscard]] qsizetype changedCells() const { return m_changedCells; }
    [[nodiscard]] qsizetype addedCells() const { return m_addedCells; }
    [[nodiscard]] int addedRows() const { return m_addedRows; }
    [[nodiscard]] int addedColumns() const { return m_addedColumns; }
    // Labels of the previous table's rows and columns that this one no longer has.
    [[nodiscard]] const QStringList &removedRows() const { return m_removedRows; }
    [[nodiscard]] const QStringList &removedColumns() const { return m_removedColumns; }
    [[nodiscard]] bool hasChanges() const
    {
        return m_changedCells > 0 || m_addedCells > 0 || !m_removedRows.isEmpty() ||
               !m_removedColumns.isEmpty();
    }

private:
    std::vector<CellChange> m_cells; // row-major, the current table's shape
    std::vector<int> m_previousRow;
    std::vector<int> m_previousColumn;
    std::vector<std::uint8_t> m_rowChanged;
    std::vector<std::uint8_t> m_columnChanged;
    int m_columns = 0;
    qsizetype m_changedCells = 0;
    qsizetype m_addedCells = 0;
    int m_addedRows = 0;
    int m_addedColumns = 0;
    QStringList m_removedRows;
    QStringList m_removedColumns;
};

// Whether two cells read the same: the same kind, and the same number or marker.
[[nodiscard]] bool sameCell(const Table &a, int rowA, int columnA, const Table &b, int rowB, int columnB);

} // namespace srs::sdc
