#include "Table.h"

namespace srs::sdc {

namespace {
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

Table Table::withoutColumn(int column) const
{
    Table out;
    out.source = source;
    out.rowLabels = rowLabels;
    out.columnLabels = columnLabels;
    out.columnLabels.removeAt(column);
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
    m_values.resize(n);
    m_kinds.resize(n);
}

void Table::reserveCells(qsizetype count)
{
    m_values.reserve(static_cast<std::size_t>(count));
    m_kinds.reserve(static_cast<std::size_t>(count));
}

} // namespace srs::sdc
