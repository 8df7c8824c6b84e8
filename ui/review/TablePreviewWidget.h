#pragma once

#include "FindingListModel.h"

#include "domain/Submission.h"
#include "protocol/SubmissionMessages.h"

#include <QByteArray>
#include <QJsonObject>
#include <QWidget>

#include <optional>

class QCheckBox;
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
    QJsonObject spec; // empty: one label row and one label column, the first sheet
};

// A table of the request: the table with flagged (and, against the previous round, changed
// and new) cells marked, a line saying what changed, "Show only changes", and the findings
// listed below, including any the table could not place. Double-click a finding to go to its
// cell. Object names: tablePreviewWidget, tablePreviewView, tableSummaryLabel,
// showOnlyChangesCheckBox, tableFindingsView, tableErrorLabel.
class TablePreviewWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TablePreviewWidget(QWidget *parent = nullptr);

    // Reads and shows the table; false (with the reason shown) when it cannot be read. The
    // previous round's version, when given and readable, is compared cell by cell.
    bool showTable(const PreviewFile &file, const QList<protocol::CheckFindingInfo> &findings,
                   const QList<domain::ExceptionRequest> &exceptions = {},
                   const std::optional<PreviewFile> &previous = std::nullopt);

    [[nodiscard]] TablePreviewModel *model() const { return m_model; }
    [[nodiscard]] FindingListModel *findingsModel() const { return m_findings; }
    [[nodiscard]] QTableView *tableView() const { return m_table; }
    [[nodiscard]] QString summaryText() const;
    // Selects a cell (table coordinates) and scrolls to it; false when it is not shown.
    bool goToCell(int tableRow, int tableColumn);

private:
    void updateSummary();

    TablePreviewModel *m_model;
    FindingListModel *m_findings;
    QLabel *m_error;
    QLabel *m_summary;
    QCheckBox *m_onlyChanges;
    QTableView *m_table;
    FindingListView *m_findingList;
    QString m_previousError;
};

} // namespace srs::ui
