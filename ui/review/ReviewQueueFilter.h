#pragma once

#include "domain/Submission.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace srs::ui {

class ReviewQueueModel;

// Sorts and filters the checkers' queue: numbers sort as numbers (files, exceptions, days
// waiting, checkers), words in natural order ("R-2" before "R-10", the
// browser's naturalCompare: QCollator's numeric mode needs ICU, which this Qt may lack); filters by text in
// the request's id, title and project (id or title), clearance type, state, overdue only, waiting for a
// second checker (one has claimed it) and mine (claimed by me).
class ReviewQueueFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ReviewQueueFilter(QObject *parent = nullptr);

    void setQueueModel(ReviewQueueModel *model);

    void setText(const QString &text);
    void setClearanceType(std::optional<domain::ClearanceType> type);
    void setState(std::optional<domain::SubmissionState> state);
    void setOverdueOnly(bool on);
    void setWaitingForSecondChecker(bool on);
    void setMineOnly(bool on);

    [[nodiscard]] const QString &text() const { return m_text; }
    [[nodiscard]] bool overdueOnly() const { return m_overdueOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void changed();

    ReviewQueueModel *m_queue = nullptr;
    QString m_text;
    QString m_folded; // m_text case-folded, as the model's searchText()
    std::optional<domain::ClearanceType> m_type;
    std::optional<domain::SubmissionState> m_state;
    bool m_overdueOnly = false;
    bool m_secondChecker = false;
    bool m_mine = false;
};

} // namespace srs::ui
