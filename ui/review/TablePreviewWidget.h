#pragma once

#include "FindingListModel.h"

#include "domain/Submission.h"
#include "domain/TableSpec.h"
#include "protocol/SubmissionMessages.h"

#include <QByteArray>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

namespace srs::ui {

class FindingListView;
class TablePreviewModel;

// A file's bytes as held in memory (never written to disk), with its table spec when it is a
// table of the request.
struct PreviewFile
{
    QString path;
    QByteArray bytes;
    std::optional<domain::TableSpec> spec; // none: one label row and one label column, the first sheet
    // Every table of the request in this file, in the request's order (a workbook's sheets). With
    // more than one, the preview offers a sheet chooser; `spec` is the one shown first.
    QList<domain::TableSpec> specs = {};
};

// A table of the request: the table with flagged (and, against the previous round, changed
// and new) cells marked, a line saying what changed, "Show only changes", and the findings
// listed below, including any the table could not place. Double-click a finding to go to its
// cell. A workbook with several tables has a "Sheet" chooser above the table, one entry per
// table, each showing its own sheet and the findings on it. Object names: tablePreviewWidget,
// sheetComboBox, tablePreviewView, tableSummaryLabel, showOnlyChangesCheckBox, tableFindingsView,
// tableErrorLabel.
class TablePreviewWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TablePreviewWidget(QWidget *parent = nullptr);

    // Reads and shows the table; false (with the reason shown) when it cannot be read. The
    // previous round's version, when given and readable, is compared cell by cell. With several
    // tables in the file (`file.specs`), the sheet chooser lists them and `file.spec` is shown.
    bool showTable(const PreviewFile &file, const QList<protocol::CheckFindingInfo> &findings,
                   const QList<domain::ExceptionRequest> &exceptions = {},
                   const std::optional<PreviewFile> &previous = std::nullopt);
    // Shows the file's `index`-th table (as listed by the sheet chooser); false when it cannot be read.
    bool showSheet(int index);

    [[nodiscard]] TablePreviewModel *model() const { return m_model; }
    [[nodiscard]] FindingListModel *findingsModel() const { return m_findings; }
    [[nodiscard]] QTableView *tableView() const { return m_table; }
    [[nodiscard]] QComboBox *sheetChooser() const { return m_sheets; }
    [[nodiscard]] QString summaryText() const;
    // Its controls in the order Tab visits them.
    [[nodiscard]] QList<QWidget *> focusOrder() const;
    // Selects a cell (table coordinates) and scrolls to it; false when it is not shown.
    bool goToCell(int tableRow, int tableColumn);

private:
    bool showSpec(const std::optional<domain::TableSpec> &spec);
    void updateSummary();

    TablePreviewModel *m_model;
    FindingListModel *m_findings;
    QLabel *m_error;
    QLabel *m_summary;
    QCheckBox *m_onlyChanges;
    QLabel *m_sheetLabel;
    QComboBox *m_sheets;
    QLabel *m_sheetPosition; // "2 of 3: ..." beside the chooser
    QTableView *m_table;
    FindingListView *m_findingList;
    QString m_previousError;
    // What showTable() was given, to show another of the file's tables.
    PreviewFile m_file;
    QList<protocol::CheckFindingInfo> m_allFindings;
    QList<domain::ExceptionRequest> m_exceptions;
    std::optional<PreviewFile> m_previousFile;
};

} // namespace srs::ui
