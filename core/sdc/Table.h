#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace srs::sdc {

// What a value cell holds once read.
enum class CellKind : std::uint8_t
{
    Number, // a number (thousands separators, percent signs and signs already removed)
    Blank,  // nothing written: readers take it as "none", and it is checked as its counts say
    Marker, // an explicit suppression marker such as *, [c], .., <10, x or c
};

// Which leading rows and columns of a sheet hold labels rather than values.
struct TableLayout
{
    int labelRows = 1;
    int labelColumns = 1;
};

// Bounds every reader enforces, so a hostile file gives an error rather than a crash
// or runaway memory.
struct ReaderLimits
{
    qsizetype maxCells = 20'000'000;                  // value cells in one table
    qsizetype maxColumns = 16'384;                    // the XLSX limit (XFD)
    qsizetype maxRows = 1'048'576;                    // the XLSX limit
    qsizetype maxFileBytes = 512LL * 1024 * 1024;     // an input file as stored
    qsizetype maxZipEntryBytes = 256LL * 1024 * 1024; // one uncompressed XLSX part
    qsizetype maxZipTotalBytes = 512LL * 1024 * 1024; // all uncompressed XLSX parts read
    double maxZipRatio = 200.0;                       // uncompressed / compressed, past 8 MiB
    int maxLabelLength = 4096;                        // characters in one label cell
};

// A whole number that is not negative (-0 included): what a count can hold. Every double
// from 2^53 up is whole; below, converting to an integer and back keeps exactly the whole ones.
[[nodiscard]] inline bool isWholeNonNegative(double v)
{
    const bool nonNegative = v >= 0; // false for NaN
    const double capped = nonNegative ? std::min(v, 0x1p53) : 0.0;
    return nonNegative && static_cast<double>(static_cast<std::int64_t>(capped)) == capped;
}

// A table as published: labels for rows and columns, and a dense grid of value cells
// stored as flat vectors (one double and one kind per cell, row-major).
class Table
{
public:
    QString source; // file name, with " (sheet NAME)" for a workbook, for messages
    QStringList rowLabels;
    QStringList columnLabels;

    [[nodiscard]] int rowCount() const { return static_cast<int>(rowLabels.size()); }
    [[nodiscard]] int columnCount() const { return static_cast<int>(columnLabels.size()); }
    [[nodiscard]] qsizetype cellCount() const { return static_cast<qsizetype>(m_values.size()); }

    [[nodiscard]] qsizetype index(int row, int column) const
    {
        return static_cast<qsizetype>(row) * columnCount() + column;
    }
    [[nodiscard]] double value(int row, int column) const
    {
        return m_values[static_cast<std::size_t>(index(row, column))];
    }
    [[nodiscard]] CellKind kind(int row, int column) const
    {
        return m_kinds[static_cast<std::size_t>(index(row, column))];
    }
    // The marker as written ("[c]"), for a Marker cell; empty otherwise.
    [[nodiscard]] QString marker(int row, int column) const { return m_markers.value(index(row, column)); }
    // A blank reads as 0; a marker reads as 0 too (callers check kind() first).
    [[nodiscard]] double numberOrZero(int row, int column) const
    {
        return kind(row, column) == CellKind::Number ? value(row, column) : 0.0;
    }

    // "row 'Cardiff', column 'Female'"
    [[nodiscard]] QString cellName(int row, int column) const;

    // Where a value row or column is in the file, numbered from 1 as a spreadsheet numbers them
    // (a CSV's records, a sheet's rows and columns); 0 when not known. Findings name cells by
    // these for a researcher's client, where labels may not go (labels are data).
    [[nodiscard]] int fileRow(int row) const
    {
        return row >= 0 && static_cast<std::size_t>(row) < m_fileRows.size() ? m_fileRows[static_cast<std::size_t>(row)]
                                                                             : 0;
    }
    [[nodiscard]] int fileColumn(int column) const
    {
        return column >= 0 && static_cast<std::size_t>(column) < m_fileColumns.size()
                   ? m_fileColumns[static_cast<std::size_t>(column)]
                   : 0;
    }
    void appendFileRow(int fileRow) { m_fileRows.push_back(fileRow); }
    void setFileColumns(std::vector<int> columns) { m_fileColumns = std::move(columns); }
    // "C14" for file column 3, file row 14; "" when either is unknown.
    [[nodiscard]] static QString cellReference(int fileRow, int fileColumn);
    // "AB" for column 28.
    [[nodiscard]] static QString columnLetters(int fileColumn);
    [[nodiscard]] QString rowName(int row) const;
    [[nodiscard]] QString columnName(int column) const;

    // Removes a value column (for a counts column inside the table itself).
    [[nodiscard]] Table withoutColumn(int column) const;
    // The values of one column as a table of the same shape as the rest (one copy per column).
    [[nodiscard]] Table broadcastColumn(int column) const;

    // The flat row-major storage, for loops over every cell.
    [[nodiscard]] const double *valueData() const { return m_values.data(); }
    [[nodiscard]] const CellKind *kindData() const { return m_kinds.data(); }

    // True when every Number cell is known to hold a whole, non-negative value, as counts do,
    // so that checking a counts table needs no pass over its cells. Kept as cells are
    // appended; false may also mean "not known" (after truncateCells(), or for a negative
    // zero), never the reverse.
    [[nodiscard]] bool numbersAreWholeNonNegative() const { return m_numbersWholeNonNegative; }

    // Used by readers.
    void appendCell(CellKind kind, double value)
    {
        m_kinds.push_back(kind);
        m_values.push_back(value);
        if (kind == CellKind::Number && !isWholeNonNegative(value))
            m_numbersWholeNonNegative = false;
    }
    // Appends `count` cells, each a Number or a Blank (whose value is 0). `wholeNonNegative` is
    // the caller's word that every Number among them is whole and not negative; false is
    // always safe.
    void appendCells(const double *values, const CellKind *kinds, qsizetype count, bool wholeNonNegative)
    {
        m_values.insert(m_values.end(), values, values + count);
        m_kinds.insert(m_kinds.end(), kinds, kinds + count);
        if (!wholeNonNegative)
            m_numbersWholeNonNegative = false;
    }
    void appendMarker(QString text)
    {
        m_markers.insert(static_cast<qsizetype>(m_values.size()), std::move(text));
        appendCell(CellKind::Marker, 0.0);
    }
    void truncateCells(qsizetype count);
    void reserveCells(qsizetype count);
    [[nodiscard]] qsizetype markerCount() const { return m_markers.size(); }

private:
    std::vector<double> m_values;
    std::vector<CellKind> m_kinds;
    QHash<qsizetype, QString> m_markers;
    std::vector<int> m_fileRows;    // per value row
    std::vector<int> m_fileColumns; // per value column
    bool m_numbersWholeNonNegative = true;
};

} // namespace srs::sdc
