#include "TablePreviewModel.h"

#include "ReviewIcons.h"
#include "ReviewTexts.h"

#include "sdc/SubmissionChecker.h"
#include "sdc/XlsxReader.h"
#include "ui/common/FindingTexts.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QMultiHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

namespace {

QMultiHash<QString, int> labelIndex(const QStringList &labels)
{
    QMultiHash<QString, int> out;
    out.reserve(labels.size());
    for (qsizetype i = labels.size() - 1; i >= 0; --i) // values() then lists the first one first
        out.insert(labels.at(i), static_cast<int>(i));
    return out;
}

QString quoted(const QString &label)
{
    return u"'"_s + label + u"'"_s;
}

} // namespace

sdc::Result<PreviewTable> readPreviewTable(const QByteArray &bytes, const QString &path,
                                           const std::optional<domain::TableSpec> &spec)
{
    sdc::TableLayout layout;
    QString sheet;
    if (spec) {
        layout = spec->layout;
        sheet = spec->sheetFor(path);
    }
    const bool csv =
        path.endsWith(u".csv"_s, Qt::CaseInsensitive) || path.endsWith(u".tsv"_s, Qt::CaseInsensitive);
    if (sheet.isEmpty() && !csv && sdc::XlsxReader::looksLikeZip(bytes)) {
        auto names = sdc::XlsxReader::sheetNames(bytes, path);
        if (!names.ok())
            return names.error();
        if (!names.value().isEmpty())
            sheet = names.value().constFirst();
    }
    auto table = sdc::readTable(bytes, path, sheet, layout);
    if (!table.ok())
        return table.error();
    return PreviewTable{std::move(table).value(), path, sheet};
}

TablePreviewModel::TablePreviewModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_icons[FailMark] = reviewIcon(ReviewMark::Fail);
    m_icons[ReviewMarkIcon] = reviewIcon(ReviewMark::Review);
    m_icons[ChangedMark] = reviewIcon(ReviewMark::Changed);
    m_icons[AddedMark] = reviewIcon(ReviewMark::Added);
    m_icons[SuppressMark] = reviewIcon(ReviewMark::Suppress);
}

void TablePreviewModel::setTable(PreviewTable table, const QList<protocol::CheckFindingInfo> &findings)
{
    beginResetModel();
    m_table = std::move(table);
    m_previous.reset();
    m_diff = {};
    m_onlyChanges = false;
    placeFindings(findings);
    rebuildMapping();
    resetRequestCounter();
    endResetModel();
}

void TablePreviewModel::setPrevious(std::optional<sdc::Table> previous)
{
    beginResetModel();
    m_previous = std::move(previous);
    m_diff = m_previous ? sdc::TableDiff::compare(*m_previous, m_table.table) : sdc::TableDiff{};
    rebuildMapping();
    endResetModel();
}

void TablePreviewModel::setShowOnlyChanges(bool on)
{
    if (on == m_onlyChanges)
        return;
    beginResetModel();
    m_onlyChanges = on;
    rebuildMapping();
    endResetModel();
}

void TablePreviewModel::placeFindings(const QList<protocol::CheckFindingInfo> &findings)
{
    m_findings.clear();
    m_cellFindings.clear();
    m_suppressCells.clear();
    m_rowFindings.clear();
    m_columnFindings.clear();
    const sdc::Table &t = m_table.table;
    const QMultiHash<QString, int> rows = labelIndex(t.rowLabels);
    const QMultiHash<QString, int> columns = labelIndex(t.columnLabels);
    for (const protocol::CheckFindingInfo &f : findings) {
        if (!f.path.isEmpty() && f.path != m_table.path)
            continue; // shown with its own file
        PlacedFinding p;
        p.finding = f;
        const int n = static_cast<int>(m_findings.size());
        const QList<int> rowHits = f.rowLabel.isEmpty() ? QList<int>{} : rows.values(f.rowLabel);
        const QList<int> columnHits = f.columnLabel.isEmpty() ? QList<int>{} : columns.values(f.columnLabel);
        if (!f.sheet.isEmpty() && f.sheet != m_table.sheet) {
            p.place = PlacedFinding::Place::OtherSheet;
        } else if (f.rowLabel.isEmpty() && f.columnLabel.isEmpty()) {
            p.place = f.line > 0 ? PlacedFinding::Place::NotFound : PlacedFinding::Place::Table;
        } else if ((!f.rowLabel.isEmpty() && rowHits.isEmpty()) ||
                   (!f.columnLabel.isEmpty() && columnHits.isEmpty())) {
            p.place = PlacedFinding::Place::NotFound;
        } else if (!rowHits.isEmpty() && !columnHits.isEmpty()) {
            p.place = PlacedFinding::Place::Cell;
            p.row = rowHits.constFirst();
            p.column = columnHits.constFirst();
            for (int r : rowHits) { // the same labels twice: every such cell is marked
                for (int c : columnHits)
                    m_cellFindings[t.index(r, c)].append(n);
            }
        } else if (!rowHits.isEmpty()) {
            p.place = PlacedFinding::Place::Row;
            p.row = rowHits.constFirst();
            for (int r : rowHits)
                m_rowFindings[r].append(n);
        } else {
            p.place = PlacedFinding::Place::Column;
            p.column = columnHits.constFirst();
            for (int c : columnHits)
                m_columnFindings[c].append(n);
        }
        m_findings.append(p);
        // Margin differencing: the cells to suppress as well, so the flagged one cannot be
        // worked out from the totals, are marked too (those named on this sheet and found).
        if (p.place != PlacedFinding::Place::OtherSheet) {
            for (const auto &[row, column] : f.alsoSuppressLabels)
                for (int r : rows.values(row))
                    for (int c : columns.values(column))
                        m_suppressCells[t.index(r, c)].append(n);
        }
    }
}

void TablePreviewModel::rebuildMapping()
{
    m_rows.clear();
    m_columns.clear();
    if (!m_onlyChanges || !m_previous)
        return;
    for (int r = 0; r < m_table.table.rowCount(); ++r) {
        if (m_diff.rowHasChanges(r))
            m_rows.push_back(r);
    }
    for (int c = 0; c < m_table.table.columnCount(); ++c) {
        if (m_diff.columnHasChanges(c))
            m_columns.push_back(c);
    }
}

QString TablePreviewModel::changeSummary() const
{
    return m_previous ? ReviewTexts::changeSummary(m_diff) : QString();
}

int TablePreviewModel::tableRow(int row) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    return m_onlyChanges && m_previous ? m_rows[static_cast<std::size_t>(row)] : row;
}

int TablePreviewModel::tableColumn(int column) const
{
    if (column < 0 || column >= columnCount())
        return -1;
    return m_onlyChanges && m_previous ? m_columns[static_cast<std::size_t>(column)] : column;
}

QModelIndex TablePreviewModel::indexOfCell(int tableRow, int tableColumn) const
{
    if (!m_onlyChanges || !m_previous)
        return index(tableRow, tableColumn);
    const auto r = std::lower_bound(m_rows.cbegin(), m_rows.cend(), tableRow);
    const auto c = std::lower_bound(m_columns.cbegin(), m_columns.cend(), tableColumn);
    if (r == m_rows.cend() || *r != tableRow || c == m_columns.cend() || *c != tableColumn)
        return {};
    return index(static_cast<int>(r - m_rows.cbegin()), static_cast<int>(c - m_columns.cbegin()));
}

QString TablePreviewModel::valueText(const sdc::Table &table, int row, int column)
{
    switch (table.kind(row, column)) {
    case sdc::CellKind::Number:
        return QString::number(table.value(row, column), 'f', QLocale::FloatingPointShortest);
    case sdc::CellKind::Marker:
        return table.marker(row, column);
    case sdc::CellKind::Blank:
        break;
    }
    return {};
}

QRect TablePreviewModel::requestedCells() const
{
    if (m_minRow < 0)
        return {};
    return QRect(QPoint(m_minColumn, m_minRow), QPoint(m_maxColumn, m_maxRow));
}

void TablePreviewModel::resetRequestCounter()
{
    m_dataCalls = 0;
    m_minRow = m_maxRow = m_minColumn = m_maxColumn = -1;
}

qsizetype TablePreviewModel::storageBytes() const
{
    const qsizetype cells = m_table.table.cellCount();
    qsizetype bytes = cells * static_cast<qsizetype>(sizeof(double) + sizeof(sdc::CellKind));
    if (m_previous) {
        bytes += m_previous->cellCount() * static_cast<qsizetype>(sizeof(double) + sizeof(sdc::CellKind));
        bytes += cells * static_cast<qsizetype>(sizeof(sdc::CellChange));
    }
    bytes += static_cast<qsizetype>((m_rows.size() + m_columns.size()) * sizeof(int));
    return bytes;
}

int TablePreviewModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_onlyChanges && m_previous ? static_cast<int>(m_rows.size()) : m_table.table.rowCount();
}

int TablePreviewModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_onlyChanges && m_previous ? static_cast<int>(m_columns.size()) : m_table.table.columnCount();
}

QString TablePreviewModel::worstOutcome(const QList<int> &findings) const
{
    QString worst;
    for (int i : findings) {
        const QString &o = m_findings.at(i).finding.outcome;
        if (o == "fail"_L1)
            return o;
        worst = o;
    }
    return worst;
}

int TablePreviewModel::changeAt(int row, int column) const
{
    return m_previous ? static_cast<int>(m_diff.change(row, column)) : -1;
}

QString TablePreviewModel::cellDescription(int r, int c, bool oneLine) const
{
    const sdc::Table &t = m_table.table;
    const QString value = valueText(t, r, c);
    QStringList lines;
    lines << tr("%1: %2").arg(t.cellName(r, c), value.isEmpty() ? tr("blank") : value);
    const auto flagged = m_cellFindings.constFind(t.index(r, c));
    if (flagged != m_cellFindings.cend()) {
        for (int i : *flagged) {
            const protocol::CheckFindingInfo &f = m_findings.at(i).finding;
            lines << tr("%1 (%2): %3").arg(ReviewTexts::outcome(f.outcome), f.rule, FindingTexts::message(f));
        }
    }
    const auto suppress = m_suppressCells.constFind(t.index(r, c));
    if (suppress != m_suppressCells.cend()) {
        for (int i : *suppress) {
            const protocol::CheckFindingInfo &f = m_findings.at(i).finding;
            lines << tr("To be suppressed as well (%1), so that row %2, column %3 cannot be worked out "
                        "from the totals")
                         .arg(f.rule, quoted(f.rowLabel), quoted(f.columnLabel));
        }
    }
    const int change = changeAt(r, c);
    if (change == static_cast<int>(sdc::CellChange::Changed)) {
        const QString was = valueText(*m_previous, m_diff.previousRow(r), m_diff.previousColumn(c));
        lines << tr("Changed since the last round: was %1").arg(was.isEmpty() ? tr("blank") : was);
    } else if (change == static_cast<int>(sdc::CellChange::Added)) {
        lines << tr("New in this round");
    }
    return lines.join(oneLine ? u". "_s : u"\n"_s);
}

QVariant TablePreviewModel::data(const QModelIndex &index, int role) const
{
    ++m_dataCalls;
    const int r = tableRow(index.row());
    const int c = tableColumn(index.column());
    if (!index.isValid() || r < 0 || c < 0)
        return {};
    if (m_minRow < 0) {
        m_minRow = m_maxRow = r;
        m_minColumn = m_maxColumn = c;
    } else {
        m_minRow = std::min(m_minRow, r);
        m_maxRow = std::max(m_maxRow, r);
        m_minColumn = std::min(m_minColumn, c);
        m_maxColumn = std::max(m_maxColumn, c);
    }
    const sdc::Table &t = m_table.table;
    switch (role) {
    case Qt::DisplayRole: {
        QString text = valueText(t, r, c);
        const auto flagged = m_cellFindings.constFind(t.index(r, c));
        if (flagged != m_cellFindings.cend())
            text += u" "_s + ReviewTexts::outcomeTag(worstOutcome(*flagged));
        if (m_suppressCells.contains(t.index(r, c)))
            text += u" "_s + ReviewTexts::suppressTag();
        const int change = changeAt(r, c);
        if (change == static_cast<int>(sdc::CellChange::Changed))
            text += u" "_s + ReviewTexts::changedTag();
        else if (change == static_cast<int>(sdc::CellChange::Added))
            text += u" "_s + ReviewTexts::addedTag();
        return text.trimmed();
    }
    case Qt::DecorationRole: {
        const auto flagged = m_cellFindings.constFind(t.index(r, c));
        if (flagged != m_cellFindings.cend())
            return m_icons[worstOutcome(*flagged) == "fail"_L1 ? FailMark : ReviewMarkIcon];
        if (m_suppressCells.contains(t.index(r, c)))
            return m_icons[SuppressMark];
        const int change = changeAt(r, c);
        if (change == static_cast<int>(sdc::CellChange::Changed))
            return m_icons[ChangedMark];
        if (change == static_cast<int>(sdc::CellChange::Added))
            return m_icons[AddedMark];
        return {};
    }
    case Qt::ToolTipRole:
        return cellDescription(r, c, false);
    case Qt::AccessibleTextRole:
        return cellDescription(r, c, true);
    case Qt::BackgroundRole:
    case Qt::ForegroundRole: {
        QColor background;
        const auto flagged = m_cellFindings.constFind(t.index(r, c));
        const int change = changeAt(r, c);
        if (flagged != m_cellFindings.cend())
            background =
                worstOutcome(*flagged) == "fail"_L1 ? QColor(0xf8, 0xd7, 0xd4) : QColor(0xfd, 0xeb, 0xc8);
        else if (m_suppressCells.contains(t.index(r, c)))
            background = QColor(0xe2, 0xe2, 0xe2);
        else if (change == static_cast<int>(sdc::CellChange::Changed))
            background = QColor(0xd6, 0xe6, 0xf7);
        else if (change == static_cast<int>(sdc::CellChange::Added))
            background = QColor(0xd8, 0xf0, 0xd9);
        if (!background.isValid())
            return {};
        // A light background keeps dark text readable whatever the palette.
        return role == Qt::BackgroundRole ? QBrush(background) : QBrush(Qt::black);
    }
    case Qt::TextAlignmentRole:
        return t.kind(r, c) == sdc::CellKind::Number ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                     : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case OutcomeRole: {
        const auto flagged = m_cellFindings.constFind(t.index(r, c));
        return flagged != m_cellFindings.cend() ? worstOutcome(*flagged) : QString();
    }
    case ChangeRole:
        return changeAt(r, c);
    case PreviousValueRole:
        if (changeAt(r, c) == static_cast<int>(sdc::CellChange::Changed))
            return valueText(*m_previous, m_diff.previousRow(r), m_diff.previousColumn(c));
        return {};
    case SuppressTooRole:
        return m_suppressCells.contains(t.index(r, c));
    case SourceRowRole:
        return r;
    case SourceColumnRole:
        return c;
    default:
        break;
    }
    return {};
}

QVariant TablePreviewModel::headerFor(int i, Qt::Orientation orientation, int role) const
{
    const bool rows = orientation == Qt::Vertical;
    const sdc::Table &t = m_table.table;
    const QString label = rows ? t.rowLabels.value(i) : t.columnLabels.value(i);
    const QHash<int, QList<int>> &marks = rows ? m_rowFindings : m_columnFindings;
    const auto flagged = marks.constFind(i);
    const bool added = m_previous && (rows ? m_diff.previousRow(i) : m_diff.previousColumn(i)) < 0;
    switch (role) {
    case Qt::DisplayRole: {
        QString text = label;
        if (flagged != marks.cend())
            text += u" "_s + ReviewTexts::outcomeTag(worstOutcome(*flagged));
        if (added)
            text += u" "_s + ReviewTexts::addedTag();
        return text;
    }
    case Qt::DecorationRole:
        if (flagged != marks.cend())
            return m_icons[worstOutcome(*flagged) == "fail"_L1 ? FailMark : ReviewMarkIcon];
        if (added)
            return m_icons[AddedMark];
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        QStringList lines{rows ? tr("Row %1").arg(quoted(label)) : tr("Column %1").arg(quoted(label))};
        if (flagged != marks.cend()) {
            for (int f : *flagged) {
                const protocol::CheckFindingInfo &x = m_findings.at(f).finding;
                lines << tr("%1 (%2): %3")
                             .arg(ReviewTexts::outcome(x.outcome), x.rule, FindingTexts::message(x));
            }
        }
        if (added)
            lines << tr("New in this round");
        return lines.join(role == Qt::ToolTipRole ? u"\n"_s : u". "_s);
    }
    default:
        break;
    }
    return {};
}

QVariant TablePreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const int i = orientation == Qt::Vertical ? tableRow(section) : tableColumn(section);
    if (i < 0)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QVariant v = headerFor(i, orientation, role);
    return v.isValid() ? v : QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace srs::ui
