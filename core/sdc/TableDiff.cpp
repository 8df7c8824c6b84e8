#include "TableDiff.h"

#include <QHash>

namespace srs::sdc {

namespace {

// For each label of `current`, the index of the label in `previous` that it matches (the n-th
// occurrence of a label with the n-th), or -1. `matched` marks the previous labels used.
std::vector<int> matchLabels(const QStringList &previous, const QStringList &current,
                             std::vector<bool> &matched)
{
    QHash<QString, QList<int>> where;
    where.reserve(previous.size());
    for (qsizetype i = 0; i < previous.size(); ++i)
        where[previous.at(i)].append(static_cast<int>(i));
    QHash<QString, int> seen;
    std::vector<int> out(static_cast<std::size_t>(current.size()), -1);
    matched.assign(static_cast<std::size_t>(previous.size()), false);
    for (qsizetype i = 0; i < current.size(); ++i) {
        const QString &label = current.at(i);
        const auto it = where.constFind(label);
        if (it == where.cend())
            continue;
        int &n = seen[label];
        if (n < it->size()) {
            const int p = it->at(n);
            out[static_cast<std::size_t>(i)] = p;
            matched[static_cast<std::size_t>(p)] = true;
        }
        ++n;
    }
    return out;
}

QStringList unmatched(const QStringList &labels, const std::vector<bool> &matched)
{
    QStringList out;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (!matched[static_cast<std::size_t>(i)])
            out << labels.at(i);
    }
    return out;
}

} // namespace

bool sameCell(const Table &a, int rowA, int columnA, const Table &b, int rowB, int columnB)
{
    const CellKind kind = a.kind(rowA, columnA);
    if (kind != b.kind(rowB, columnB))
        return false;
    switch (kind) {
    case CellKind::Number:
        return a.value(rowA, columnA) == b.value(rowB, columnB);
    case CellKind::Marker:
        return a.marker(rowA, columnA) == b.marker(rowB, columnB);
    case CellKind::Blank:
        return true;
    }
    return false;
}

TableDiff TableDiff::compare(const Table &previous, const Table &current)
{
    TableDiff d;
    const int rows = current.rowCount();
    const int columns = current.columnCount();
    d.m_columns = columns;
    std::vector<bool> rowsMatched;
    std::vector<bool> columnsMatched;
    d.m_previousRow = matchLabels(previous.rowLabels, current.rowLabels, rowsMatched);
    d.m_previousColumn = matchLabels(previous.columnLabels, current.columnLabels, columnsMatched);
    d.m_removedRows = unmatched(previous.rowLabels, rowsMatched);
    d.m_removedColumns = unmatched(previous.columnLabels, columnsMatched);
    d.m_cells.assign(static_cast<std::size_t>(rows) * static_cast<std::size_t>(columns),
                     CellChange::Unchanged);
    d.m_rowChanged.assign(static_cast<std::size_t>(rows), 0);
    d.m_columnChanged.assign(static_cast<std::size_t>(columns), 0);
    for (int c = 0; c < columns; ++c) {
        if (d.m_previousColumn[static_cast<std::size_t>(c)] < 0)
            ++d.m_addedColumns;
    }
    for (int r = 0; r < rows; ++r) {
        const int pr = d.m_previousRow[static_cast<std::size_t>(r)];
        if (pr < 0)
            ++d.m_addedRows;
        CellChange *cells =
            d.m_cells.data() + static_cast<std::size_t>(r) * static_cast<std::size_t>(columns);
        for (int c = 0; c < columns; ++c) {
            const int pc = d.m_previousColumn[static_cast<std::size_t>(c)];
            CellChange change = CellChange::Unchanged;
            if (pr < 0 || pc < 0) {
                change = CellChange::Added;
                ++d.m_addedCells;
            } else if (!sameCell(previous, pr, pc, current, r, c)) {
                change = CellChange::Changed;
                ++d.m_changedCells;
            }
            if (change != CellChange::Unchanged) {
                cells[c] = change;
                d.m_rowChanged[static_cast<std::size_t>(r)] = 1;
                d.m_columnChanged[static_cast<std::size_t>(c)] = 1;
            }
        }
    }
    return d;
}

} // namespace srs::sdc
