#pragma once

#include "FindingListModel.h"

#include "domain/TableSpec.h"
#include "protocol/SubmissionMessages.h"
#include "sdc/Result.h"
#include "sdc/Table.h"
#include "sdc/TableDiff.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QHash>
#include <QIcon>
#include <QRect>

#include <array>
#include <optional>
#include <vector>

namespace srs::ui {

// A table file of a request, read in memory (its bytes are never written anywhere) by the
// disclosure engine's own readers, as its table spec says (sheet, label rows and columns).
struct PreviewTable
{
    sdc::Table table;
    QString path;
    QString sheet; // the sheet read (a spec without one reads the first); empty for CSV/TSV
};

// Reads `bytes` (the file at `path`) as the spec says; without a spec, one label row and one
// label column of the first sheet.
[[nodiscard]] sdc::Result<PreviewTable> readPreviewTable(const QByteArray &bytes, const QString &path,
                                                         const std::optional<domain::TableSpec> &spec);

// A table as the checker sees it: values as read, cells with findings marked, and, when the
// previous round's version is given, each cell marked unchanged, changed or new. Marks are
// never colour alone: a flagged cell has an icon (DecorationRole), a word after its value
// ("9 [fail]"), its findings' rules and messages in the tooltip and accessible text, and then
// a background colour.
//
// Built for large tables: the values stay in the reader's flat arrays (a double and a byte a
// cell), the diff adds a byte a cell, findings are kept per flagged cell only, and data()
// computes each text when a view asks, so a view renders only the cells it shows.
class TablePreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int OutcomeRole = Qt::UserRole + 1;       // "fail", "review" or empty
    static constexpr int ChangeRole = Qt::UserRole + 2;        // int(sdc::CellChange), -1 without a diff
    static constexpr int PreviousValueRole = Qt::UserRole + 3; // what a changed cell was
    static constexpr int SourceRowRole = Qt::UserRole + 4;     // the table's row (with "show only changes")
    static constexpr int SourceColumnRole = Qt::UserRole + 5;
    static constexpr int SuppressTooRole = Qt::UserRole + 6; // bool: a finding asks to suppress it as well

    explicit TablePreviewModel(QObject *parent = nullptr);

    // Shows a table with the round's findings: those about this file are placed on cells by
    // their row and column labels (and sheet); the others of this file are still listed by
    // findings() (whole rows, whole table, another sheet, labels not found). Findings about
    // other files are left out. Clears the diff.
    void setTable(PreviewTable table, const QList<protocol::CheckFindingInfo> &findings);
    // Compares with the previous round's version of the table; nothing clears the diff.
    void setPrevious(std::optional<sdc::Table> previous);
    // With a diff: only rows and columns with a changed or new cell.
    void setShowOnlyChanges(bool on);
    [[nodiscard]] bool showOnlyChanges() const { return m_onlyChanges; }

    [[nodiscard]] const sdc::Table &table() const { return m_table.table; }
    [[nodiscard]] const QString &path() const { return m_table.path; }
    [[nodiscard]] const QString &sheet() const { return m_table.sheet; }
    [[nodiscard]] bool hasPrevious() const { return m_previous.has_value(); }
    [[nodiscard]] const sdc::TableDiff &diff() const { return m_diff; }
    [[nodiscard]] QString changeSummary() const; // empty without a previous round
    [[nodiscard]] const QList<PlacedFinding> &findings() const { return m_findings; }
    // The number of cells marked with at least one finding.
    [[nodiscard]] qsizetype flaggedCellCount() const { return m_cellFindings.size(); }

    // A cell of the table (its own coordinates) as shown now; invalid when hidden.
    [[nodiscard]] QModelIndex indexOfCell(int tableRow, int tableColumn) const;
    [[nodiscard]] int tableRow(int row) const;
    [[nodiscard]] int tableColumn(int column) const;
    // The value as read: a number, a suppression marker as written, or empty for a blank.
    [[nodiscard]] static QString valueText(const sdc::Table &table, int row, int column);

    // What views asked for, to show that only what is on screen is computed: data() calls and
    // the bounding box of the cells asked for (table coordinates) since the last reset.
    [[nodiscard]] qint64 dataCalls() const { return m_dataCalls; }
    [[nodiscard]] QRect requestedCells() const;
    void resetRequestCounter();
    // Bytes held for the table, diff and marks (not counting labels): the compact storage.
    [[nodiscard]] qsizetype storageBytes() const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    enum Mark
    {
        FailMark,
        ReviewMarkIcon,
        ChangedMark,
        AddedMark,
        SuppressMark,
        MarkCount
    };
    void placeFindings(const QList<protocol::CheckFindingInfo> &findings);
    void rebuildMapping();
    [[nodiscard]] QString worstOutcome(const QList<int> &findings) const;
    [[nodiscard]] QString cellDescription(int row, int column, bool oneLine) const;
    [[nodiscard]] QVariant headerFor(int tableIndex, Qt::Orientation orientation, int role) const;
    [[nodiscard]] int changeAt(int row, int column) const;

    PreviewTable m_table;
    std::optional<sdc::Table> m_previous;
    sdc::TableDiff m_diff;
    QList<PlacedFinding> m_findings;
    QHash<qsizetype, QList<int>> m_cellFindings; // cell index -> findings
    // cell index -> findings (margin differencing) that ask for it to be suppressed as well
    QHash<qsizetype, QList<int>> m_suppressCells;
    QHash<int, QList<int>> m_rowFindings;
    QHash<int, QList<int>> m_columnFindings;
    bool m_onlyChanges = false;
    std::vector<int> m_rows;    // shown row -> table row; empty: all, in order
    std::vector<int> m_columns; // shown column -> table column
    std::array<QIcon, MarkCount> m_icons;
    mutable qint64 m_dataCalls = 0;
    mutable int m_minRow = -1;
    mutable int m_maxRow = -1;
    mutable int m_minColumn = -1;
    mutable int m_maxColumn = -1;
};

} // namespace srs::ui
