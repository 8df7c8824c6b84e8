#include "ReviewQueueModel.h"

#include "ReviewIcons.h"
#include "ReviewTexts.h"
#include "ui/submissions/SubmissionTexts.h"

#include "domain/AccessPolicy.h"
#include "domain/Review.h"

#include <QBrush>
#include <QColor>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

ReviewQueueModel::ReviewQueueModel(QObject *parent)
    : QAbstractTableModel(parent), m_overdue(reviewIcon(ReviewMark::Overdue)),
      m_fail(reviewIcon(ReviewMark::Fail)), m_review(reviewIcon(ReviewMark::Review))
{}

void ReviewQueueModel::setItems(const QList<protocol::ReviewQueueItem> &items)
{
    if (m_items.isEmpty() || items.isEmpty()) {
        beginResetModel();
        m_items = items;
        reindex();
        endResetModel();
        return;
    }
    QHash<QString, qsizetype> incoming;
    incoming.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i)
        incoming.insert(items.at(i).id, i);

    // Gone: removed from the end, one run of neighbouring rows at a time.
    for (int last = static_cast<int>(m_items.size()) - 1; last >= 0;) {
        if (incoming.contains(m_items.at(last).id)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !incoming.contains(m_items.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, last);
        m_items.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }
    // Still listed: updated where they are.
    QSet<QString> kept;
    kept.reserve(m_items.size());
    int firstChanged = -1;
    int lastChanged = -1;
    for (int row = 0; row < m_items.size(); ++row) {
        const protocol::ReviewQueueItem &now = items.at(incoming.value(m_items.at(row).id));
        kept.insert(now.id);
        protocol::ReviewQueueItem &was = m_items[row];
        const bool same = was.title == now.title && was.projectId == now.projectId &&
                          was.projectTitle == now.projectTitle && was.clearanceType == now.clearanceType &&
                          was.state == now.state && was.round == now.round && was.files == now.files &&
                          was.worstFinding == now.worstFinding && was.exceptions == now.exceptions &&
                          was.submittedAt == now.submittedAt &&
                          was.expectedAnswerDate == now.expectedAnswerDate &&
                          was.workingDaysWaiting == now.workingDaysWaiting &&
                          was.reviewers == now.reviewers && was.claimedByMe == now.claimedByMe &&
                          was.votedByMe == now.votedByMe && was.notForMe == now.notForMe;
        if (same)
            continue;
        was = now;
        if (firstChanged < 0)
            firstChanged = row;
        lastChanged = row;
    }
    if (firstChanged >= 0)
        emit dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    // New: appended in the order given.
    QList<protocol::ReviewQueueItem> added;
    for (const protocol::ReviewQueueItem &i : items) {
        if (!kept.contains(i.id))
            added.append(i);
    }
    if (!added.isEmpty()) {
        const int first = static_cast<int>(m_items.size());
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        m_items.append(added);
        endInsertRows();
    }
    reindex();
}

void ReviewQueueModel::reindex()
{
    m_rows.clear();
    m_rows.reserve(m_items.size());
    m_search.clear();
    m_search.reserve(m_items.size());
    m_overdueCount = 0;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const protocol::ReviewQueueItem &item = m_items.at(i);
        m_rows.insert(item.id, static_cast<int>(i));
        m_search.append(
            QString(item.id + u'\n' + item.title + u'\n' + item.projectId + u'\n' + item.projectTitle)
                .toCaseFolded());
        if (ReviewTexts::isOverdue(item.workingDaysWaiting))
            ++m_overdueCount;
    }
}

const protocol::ReviewQueueItem *ReviewQueueModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

QString ReviewQueueModel::mineText(const protocol::ReviewQueueItem &item)
{
    if (!item.notForMe.isEmpty())
        return tr("Not for you");
    if (item.votedByMe)
        return tr("You have voted");
    if (item.claimedByMe)
        return tr("Claimed by you");
    return {};
}

QString ReviewQueueModel::notForMeReason(const QString &code)
{
    if (code == QLatin1String(domain::reviewerr::ProjectMember))
        return tr("You are a member of its project, so you may not check it.");
    if (code == QLatin1String(domain::submissionerr::OwnSubmission))
        return tr("It is your own request, so you may not check it.");
    if (code == QLatin1String(domain::reviewerr::ThirdReview))
        return tr("Two checkers have claimed it already.");
    if (code == domain::reasonCode(domain::Reason::CheckingSettingRefused))
        return tr("Not from where you are now: the message below the queue says where it can be checked.");
    return tr("You may not check it (%1).").arg(code);
}

int ReviewQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int ReviewQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewQueueModel::data(const QModelIndex &index, int role) const
{
    const protocol::ReviewQueueItem *i = index.isValid() ? item(index.row()) : nullptr;
    if (!i || index.column() >= ColumnCount)
        return {};
    const bool overdue = ReviewTexts::isOverdue(i->workingDaysWaiting);
    if (role == SubmissionIdRole)
        return i->id;
    if (role == OverdueRole)
        return overdue;
    switch (index.column()) {
    case RequestColumn:
        if (role == Qt::DisplayRole)
            // Two lines, as in the project list: the id, then the title.
            return i->round > 1 ? tr("%1\n%2 (round %3)").arg(i->id, i->title).arg(i->round)
                                : tr("%1\n%2").arg(i->id, i->title);
        if (role == SortRole)
            return i->id;
        if (role == Qt::ToolTipRole)
            return i->title;
        break;
    case StateColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return ReviewTexts::queueState(i->state);
        if (role == Qt::ToolTipRole)
            return SubmissionTexts::state(i->state);
        break;
    case ProjectColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return i->projectId;
        if (role == Qt::ToolTipRole)
            return i->projectTitle;
        break;
    case TypeColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return SubmissionTexts::clearanceType(i->clearanceType);
        break;
    case FilesColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return i->files;
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case WorstFindingColumn:
        if (role == Qt::DisplayRole)
            return ReviewTexts::worstFinding(i->worstFinding);
        if (role == SortRole)
            return ReviewTexts::worstFindingRank(i->worstFinding);
        if (role == Qt::DecorationRole) {
            if (i->worstFinding == "fail"_L1)
                return m_fail;
            if (i->worstFinding == "review"_L1)
                return m_review;
        }
        break;
    case ExceptionsColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return i->exceptions;
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case WaitingColumn:
        if (role == Qt::DisplayRole)
            return ReviewTexts::waiting(i->workingDaysWaiting);
        if (role == SortRole)
            return i->workingDaysWaiting;
        if (role == Qt::DecorationRole && overdue)
            return m_overdue;
        if (role == Qt::ToolTipRole)
            return i->expectedAnswerDate.isValid() ? tr("Answer promised by %1: five working days after the "
                                                        "request, not counting weekends "
                                                        "or England and Wales bank holidays.")
                                                         .arg(SubmissionTexts::day(i->expectedAnswerDate))
                                                   : tr("Answers are promised within five working days.");
        if (role == Qt::ForegroundRole && overdue)
            return QBrush(QColor(0xb3, 0x26, 0x1e)); // with the word "overdue" and an icon
        break;
    case ReviewersColumn:
        if (role == Qt::DisplayRole)
            return ReviewTexts::reviewers(i->reviewers);
        if (role == SortRole)
            return i->reviewers;
        if (role == Qt::ToolTipRole)
            return tr("Checkers who have claimed this round: two independent reviews are needed.");
        break;
    case MineColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return mineText(*i);
        if (role == Qt::ToolTipRole && !i->notForMe.isEmpty())
            return notForMeReason(i->notForMe);
        break;
    default:
        break;
    }
    if (role == Qt::AccessibleTextRole && index.column() == RequestColumn)
        return tr("%1, %2, waiting %3")
            .arg(i->id, i->title, ReviewTexts::waiting(i->workingDaysWaiting).replace(u'\n', u", "_s));
    return {};
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        if (section == WaitingColumn)
            return tr("Working days since the request was submitted; the promise is an answer within five.");
        if (section == WorstFindingColumn)
            return tr("The worst outcome of the automatic checks of this round.");
        return {};
    }
    switch (section) {
    case RequestColumn:
        return tr("Request");
    case StateColumn:
        return tr("State");
    case ProjectColumn:
        return tr("Project");
    case TypeColumn:
        return tr("Clearance type");
    case FilesColumn:
        return tr("Files");
    case WorstFindingColumn:
        return tr("Worst finding");
    case ExceptionsColumn:
        return tr("Exceptions");
    case WaitingColumn:
        return tr("Waiting");
    case ReviewersColumn:
        return tr("Checkers");
    case MineColumn:
        return tr("Mine");
    default:
        break;
    }
    return {};
}

} // namespace srs::ui
