#pragma once

#include "protocol/ReviewMessages.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace srs::ui {

class ReviewQueueFilter;
class ReviewQueueModel;

// The checkers' queue: a filter bar (text, clearance type, state, overdue only, waiting for a
// second checker, mine) over the sortable list, longest waiting first, with a line saying how
// many are shown and how many are overdue. Object names: reviewQueueView, queueFilterLineEdit,
// queueTypeComboBox, queueStateComboBox, queueOverdueCheckBox, queueSecondCheckerCheckBox,
// queueMineCheckBox, reviewQueueTreeView, queueCountLabel.
class ReviewQueueView : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewQueueView(QWidget *parent = nullptr);

    // Replaces the list, keeping the chosen request chosen while it is still listed. A request
    // hidden by the filter is chosen again when the filter shows it again.
    void setItems(const QList<protocol::ReviewQueueItem> &items);

    [[nodiscard]] ReviewQueueModel *model() const { return m_model; }
    [[nodiscard]] ReviewQueueFilter *filter() const { return m_filter; }
    [[nodiscard]] QTreeView *list() const { return m_list; }
    [[nodiscard]] QString currentRequest() const;
    void setCurrentRequest(const QString &submissionId);

signals:
    void currentRequestChanged(const QString &submissionId); // empty when none is shown
    void requestActivated(const QString &submissionId);      // double-click or Enter: open it

private:
    void updateCount();
    void restoreChoice();
    [[nodiscard]] QModelIndex shownIndexOf(const QString &submissionId) const; // in the filter
    void announce(); // currentRequestChanged, when the request shown as current changed

    ReviewQueueModel *m_model;
    ReviewQueueFilter *m_filter;
    QLineEdit *m_text;
    QComboBox *m_type;
    QComboBox *m_state;
    QCheckBox *m_overdue;
    QCheckBox *m_second;
    QCheckBox *m_mine;
    QTreeView *m_list;
    QLabel *m_count;
    QString m_chosen;    // the checker's choice, even while the filter hides it
    QString m_announced; // what currentRequestChanged said last
};

} // namespace srs::ui
