#pragma once

#include "protocol/ReviewMessages.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>

namespace srs::ui {

// The checkers' queue: every request submitted, resubmitted or in review, and approved ones
// waiting to be released, with its state, project,
// clearance type, files, worst finding, exceptions asked for, how long it has waited against
// the five-working-day promise (overdue in words and with an icon, never colour alone), how
// many checkers have it, and whether it is the signed-in checker's.
//
// setItems() replaces the list in place: requests still listed keep their rows (updated with
// dataChanged), gone ones are removed and new ones appended, so views keep the selection and
// the scroll position across refreshes.
class ReviewQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RequestColumn,
        StateColumn,
        ProjectColumn,
        TypeColumn,
        FilesColumn,
        WorstFindingColumn,
        ExceptionsColumn,
        WaitingColumn,
        ReviewersColumn,
        MineColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1; // numbers as numbers, words as words
    static constexpr int SubmissionIdRole = Qt::UserRole + 2;
    static constexpr int OverdueRole = Qt::UserRole + 3; // bool

    explicit ReviewQueueModel(QObject *parent = nullptr);

    void setItems(const QList<protocol::ReviewQueueItem> &items);
    [[nodiscard]] const QList<protocol::ReviewQueueItem> &items() const { return m_items; }
    [[nodiscard]] const protocol::ReviewQueueItem *item(int row) const;
    [[nodiscard]] int rowOf(const QString &submissionId) const { return m_rows.value(submissionId, -1); }
    [[nodiscard]] int overdueCount() const { return m_overdueCount; }
    // The request's id, title, project id and title, case-folded, for the filter's text search.
    [[nodiscard]] const QString &searchText(int row) const { return m_search.at(row); }

    // "Claimed by you", "You have voted", "Not for you" (the reason in the tooltip), "".
    [[nodiscard]] static QString mineText(const protocol::ReviewQueueItem &item);
    // Why a checker may not check a request, from the refusal code in ReviewQueueItem::notForMe.
    [[nodiscard]] static QString notForMeReason(const QString &code);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void reindex();

    QList<protocol::ReviewQueueItem> m_items;
    QHash<QString, int> m_rows; // submission id -> row
    QStringList m_search;       // per row, see searchText()
    int m_overdueCount = 0;
    QIcon m_overdue;
    QIcon m_fail;
    QIcon m_review;
};

} // namespace srs::ui
