#pragma once

#include "domain/TableSpec.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cmath>
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

// Which leading rows and columns of a sheet hold labels rather than values (a table spec's).
using domain::TableLayout;

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
// stored as flat vectors, row-major: one kind per cell, and one number per cell, kept as a
// 32-bit integer while every number of the table is one (counts, most frequency tables: half
// the memory of a double) and as a double from the first number that is not.
class Table
{
public:
    QString source; // file name, with " (sheet NAME)" for a workbook, for messages
    QStringList rowLabels;
    QStringList columnLabels;

    [[nodiscard]] int rowCount() const { return static_cast<int>(rowLabels.size()); }
    [[nodiscard]] int columnCount() const { return static_cast<int>(columnLabels.size()); }
    [[nodiscard]] qsizetype cellCount() const { return static_cast<qsizetype>(m_kinds.size()); }

    [[nodiscard]] qsizetype index(int row, int column) const
    {
        return static_cast<qsizetype>(row) * columnCount() + column;
    }
    [[nodiscard]] double value(int row, int column) const { return valueAt(index(row, column)); }
    [[nodiscard]] double valueAt(qsizetype i) const
    {
        const auto k = static_cast<std::size_t>(i);
        if (m_narrow)
            return k < m_ints.size() ? static_cast<double>(m_ints[k]) : 0.0; // 0 after dropNumbers()
        return m_values[k];
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
        return row >= 0 && static_cast<std::size_t>(row) < m_fileRows.size()
                   ? m_fileRows[static_cast<std::size_t>(row)]
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

    // The labels and file positions alone, without the cells (what findings need to name cells).
    [[nodiscard]] Table labelsOnly() const
    {
        Table t;
        t.source = source;
        t.rowLabels = rowLabels;
        t.columnLabels = columnLabels;
        t.m_fileRows = m_fileRows;
        t.m_fileColumns = m_fileColumns;
        return t;
    }

    // Removes a value column (for a counts column inside the table itself).
    [[nodiscard]] Table withoutColumn(int column) const;
    // The values of one column as a table of the same shape as the rest (one copy per column).
    [[nodiscard]] Table broadcastColumn(int column) const;

    // The flat row-major storage, for loops over every cell: the numbers are in intData() when
    // it is not null, else in doubleData().
    [[nodiscard]] const std::int32_t *intData() const { return m_narrow ? m_ints.data() : nullptr; }
    // Frees the numbers, keeping labels, kinds and markers: every number then reads as 0. For a
    // table whose numbers no rule reads (a frequency table is judged on its counts).
    void dropNumbers()
    {
        std::vector<std::int32_t>().swap(m_ints); // = {} would keep the storage
        std::vector<double>().swap(m_values);
        m_narrow = true;
        m_numbersDropped = true;
    }
    [[nodiscard]] bool numbersDropped() const { return m_numbersDropped; }
    [[nodiscard]] const double *doubleData() const { return m_narrow ? nullptr : m_values.data(); }
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
        if (m_narrow && fitsInt(value))
            m_ints.push_back(static_cast<std::int32_t>(value));
        else
            pushWide(value);
        if (kind == CellKind::Number && !isWholeNonNegative(value))
            m_numbersWholeNonNegative = false;
    }
    // Appends `count` cells, each a Number or a Blank (whose value is 0). `wholeNonNegative` is
    // the caller's word that every Number among them is whole and not negative; false is
    // always safe.
    void appendCells(const double *values, const CellKind *kinds, qsizetype count, bool wholeNonNegative)
    {
        m_kinds.insert(m_kinds.end(), kinds, kinds + count);
        qsizetype i = 0;
        if (m_narrow) {
            const std::size_t at = m_ints.size();
            m_ints.resize(at + static_cast<std::size_t>(count));
            std::int32_t *out = m_ints.data() + at;
            bool fits = true;
            for (; i < count; ++i) {
                const double v = values[i];
                const auto n = static_cast<std::int32_t>(v >= -0x1p31 && v < 0x1p31 ? v : 0.0); // NaN: 0
                out[i] = n;
                fits &= static_cast<double>(n) == v && !(n == 0 && std::signbit(v));
            }
            if (!fits) {
                m_ints.resize(at);
                i = 0;
                widen();
            }
        }
        if (!m_narrow)
            m_values.insert(m_values.end(), values + i, values + count);
        if (!wholeNonNegative)
            m_numbersWholeNonNegative = false;
    }
    void appendMarker(QString text)
    {
        m_markers.insert(cellCount(), std::move(text));
        appendCell(CellKind::Marker, 0.0);
    }
    void truncateCells(qsizetype count);
    void reserveCells(qsizetype count);
    [[nodiscard]] qsizetype markerCount() const { return m_markers.size(); }

private:
    // A value a 32-bit integer holds exactly (negative zero is not one: it would read back as 0).
    [[nodiscard]] static bool fitsInt(double v)
    {
        return v >= -0x1p31 && v < 0x1p31 && static_cast<double>(static_cast<std::int32_t>(v)) == v &&
               !(v == 0.0 && std::signbit(v));
    }
    void pushWide(double value)
    {
        if (m_narrow)
            widen();
        m_values.push_back(value);
    }
    // From 32-bit integers to doubles, for good.
    void widen();

    bool m_narrow = true;
    bool m_numbersDropped = false;
    std::vector<std::int32_t> m_ints; // the numbers while m_narrow
    std::vector<double> m_values;     // the numbers once not
    std::vector<CellKind> m_kinds;
    QHash<qsizetype, QString> m_markers;
    std::vector<int> m_fileRows;    // per value row
    std::vector<int> m_fileColumns; // per value column
    bool m_numbersWholeNonNegative = true;
};

} // namespace srs::sdc
