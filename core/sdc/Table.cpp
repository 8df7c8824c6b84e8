#include "Table.h"

#include <QtGlobal>

#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#endif

namespace srs::sdc {

namespace {

// Asks Linux to back a large, fresh buffer with 2 MiB pages: filling it then takes a few page
// faults instead of one per 4 KiB (for a million cells, about two thousand faults, a tenth of
// the time to read the table). Only whole 2 MiB pages inside the buffer are affected; where
// transparent huge pages are off, or elsewhere, nothing changes.
void adviseHugePages([[maybe_unused]] const void *data, [[maybe_unused]] std::size_t bytes)
{
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    constexpr std::uintptr_t hugePage = 2 * 1024 * 1024;
    if (bytes < 2 * hugePage)
        return;
    const auto start = reinterpret_cast<std::uintptr_t>(data);
    const std::uintptr_t first = (start + hugePage - 1) & ~(hugePage - 1);
    const std::uintptr_t last = (start + bytes) & ~(hugePage - 1);
    if (last > first)
        (void)madvise(reinterpret_cast<void *>(first), last - first, MADV_HUGEPAGE);
#endif
}

QString quoted(const QString &label)
{
    return QLatin1Char('\'') + label + QLatin1Char('\'');
}
} // namespace

QString Table::rowName(int row) const
{
    const QString &label = rowLabels.value(row);
    if (label.isEmpty())
        return QStringLiteral("row %1 (no label)").arg(row + 1);
    return QStringLiteral("row ") + quoted(label);
}

QString Table::columnName(int column) const
{
    const QString &label = columnLabels.value(column);
    if (label.isEmpty())
        return QStringLiteral("column %1 (no label)").arg(column + 1);
    return QStringLiteral("column ") + quoted(label);
}

QString Table::cellName(int row, int column) const
{
    return rowName(row) + QStringLiteral(", ") + columnName(column);
}

QString Table::columnLetters(int fileColumn)
{
    QString letters;
    for (int n = fileColumn; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

QString Table::cellReference(int fileRow, int fileColumn)
{
    if (fileRow <= 0 || fileColumn <= 0)
        return {};
    return columnLetters(fileColumn) + QString::number(fileRow);
}

Table Table::withoutColumn(int column) const
{
    Table out;
    out.source = source;
    out.rowLabels = rowLabels;
    out.columnLabels = columnLabels;
    out.columnLabels.removeAt(column);
    out.m_fileRows = m_fileRows;
    out.m_fileColumns = m_fileColumns;
    if (column >= 0 && static_cast<std::size_t>(column) < out.m_fileColumns.size())
        out.m_fileColumns.erase(out.m_fileColumns.begin() + column);
    out.reserveCells(static_cast<qsizetype>(rowCount()) * out.columnCount());
    for (int r = 0; r < rowCount(); ++r) {
        for (int c = 0; c < columnCount(); ++c) {
            if (c == column)
                continue;
            if (kind(r, c) == CellKind::Marker)
                out.appendMarker(marker(r, c));
            else
                out.appendCell(kind(r, c), value(r, c));
        }
    }
    return out;
}

Table Table::broadcastColumn(int column) const
{
    Table out;
    out.source = source;
    out.rowLabels = rowLabels;
    out.columnLabels = columnLabels;
    out.columnLabels.removeAt(column);
    // Each copy of the column stands for the cell it counts, so it takes that cell's place.
    out.m_fileRows = m_fileRows;
    out.m_fileColumns = m_fileColumns;
    if (column >= 0 && static_cast<std::size_t>(column) < out.m_fileColumns.size())
        out.m_fileColumns.erase(out.m_fileColumns.begin() + column);
    out.reserveCells(static_cast<qsizetype>(rowCount()) * out.columnCount());
    for (int r = 0; r < rowCount(); ++r) {
        for (int c = 0; c < out.columnCount(); ++c) {
            if (kind(r, column) == CellKind::Marker)
                out.appendMarker(marker(r, column));
            else
                out.appendCell(kind(r, column), value(r, column));
        }
    }
    return out;
}

void Table::truncateCells(qsizetype count)
{
    const auto n = static_cast<std::size_t>(count);
    for (qsizetype i = count; i < cellCount(); ++i)
        m_markers.remove(i);
    if (m_narrow)
        m_ints.resize(n);
    else
        m_values.resize(n);
    m_kinds.resize(n);
}

void Table::reserveCells(qsizetype count)
{
    const auto n = static_cast<std::size_t>(count);
    if (m_narrow) {
        const bool fresh = m_ints.capacity() < n;
        m_ints.reserve(n);
        if (fresh)
            adviseHugePages(m_ints.data(), m_ints.capacity() * sizeof(std::int32_t));
    } else {
        const bool fresh = m_values.capacity() < n;
        m_values.reserve(n);
        if (fresh)
            adviseHugePages(m_values.data(), m_values.capacity() * sizeof(double));
    }
    m_kinds.reserve(n);
}

void Table::widen()
{
    if (!m_narrow)
        return;
    std::vector<double> wide;
    wide.reserve(std::max(m_ints.capacity(), m_ints.size() + 1));
    adviseHugePages(wide.data(), wide.capacity() * sizeof(double));
    wide.insert(wide.end(), m_ints.begin(), m_ints.end());
    m_values = std::move(wide);
    std::vector<std::int32_t>().swap(m_ints); // = {} would keep the storage
    m_narrow = false;
}

} // namespace srs::sdc
