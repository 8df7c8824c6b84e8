#include "ReviewQueueFilter.h"

#include "ReviewQueueModel.h"
#include "ReviewTexts.h"

#include "ui/ProjectModels.h"

namespace srs::ui {

ReviewQueueFilter::ReviewQueueFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ReviewQueueModel::SortRole);
    setDynamicSortFilter(true);
}

void ReviewQueueFilter::setQueueModel(ReviewQueueModel *model)
{
    m_queue = model;
    setSourceModel(model);
}

void ReviewQueueFilter::changed()
{
    // Qt 6.4 has no begin/endFilterChange; invalidateFilter() keeps the sort and the selection.
    invalidateFilter();
}

void ReviewQueueFilter::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    changed();
}

void ReviewQueueFilter::setClearanceType(std::optional<domain::ClearanceType> type)
{
    if (type == m_type)
        return;
    m_type = type;
    changed();
}

void ReviewQueueFilter::setState(std::optional<domain::SubmissionState> state)
{
    if (state == m_state)
        return;
    m_state = state;
    changed();
}

void ReviewQueueFilter::setOverdueOnly(bool on)
{
    if (on == m_overdueOnly)
        return;
    m_overdueOnly = on;
    changed();
}

void ReviewQueueFilter::setWaitingForSecondChecker(bool on)
{
    if (on == m_secondChecker)
        return;
    m_secondChecker = on;
    changed();
}

void ReviewQueueFilter::setMineOnly(bool on)
{
    if (on == m_mine)
        return;
    m_mine = on;
    changed();
}

bool ReviewQueueFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_queue)
        return false;
    const protocol::ReviewQueueItem *i = m_queue->item(sourceRow);
    if (!i)
        return false;
    if (m_type && i->clearanceType != *m_type)
        return false;
    if (m_state && i->state != *m_state)
        return false;
    if (m_overdueOnly && !ReviewTexts::isOverdue(i->workingDaysWaiting))
        return false;
    if (m_secondChecker && i->reviewers != 1)
        return false;
    if (m_mine && !i->claimedByMe)
        return false;
    if (m_text.isEmpty())
        return true;
    return i->id.contains(m_text, Qt::CaseInsensitive) || i->title.contains(m_text, Qt::CaseInsensitive) ||
           i->projectId.contains(m_text, Qt::CaseInsensitive) ||
           i->projectTitle.contains(m_text, Qt::CaseInsensitive);
}

bool ReviewQueueFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString) {
        const int order = naturalCompare(a.toString(), b.toString());
        if (order != 0)
            return order < 0;
    } else if (a.typeId() == QMetaType::Int && b.typeId() == QMetaType::Int) {
        if (a.toInt() != b.toInt())
            return a.toInt() < b.toInt();
    } else {
        const QPartialOrdering order = QVariant::compare(a, b);
        if (order != QPartialOrdering::Equivalent && order != QPartialOrdering::Unordered)
            return order == QPartialOrdering::Less;
    }
    // Ties: the longest waiting first, then in the server's order (no collation per comparison:
    // ties are many when sorting by a small number).
    const protocol::ReviewQueueItem *x = m_queue ? m_queue->item(left.row()) : nullptr;
    const protocol::ReviewQueueItem *y = m_queue ? m_queue->item(right.row()) : nullptr;
    if (x && y && x->workingDaysWaiting != y->workingDaysWaiting)
        return x->workingDaysWaiting > y->workingDaysWaiting;
    return left.row() < right.row();
}

} // namespace srs::ui
