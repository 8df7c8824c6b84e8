#include "SubmissionListModel.h"

#include "SubmissionTexts.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

SubmissionListModel::SubmissionListModel(QObject *parent) : QAbstractTableModel(parent) {}

void SubmissionListModel::setSubmissions(const QList<protocol::SubmissionSummary> &submissions,
                                         const QHash<QString, QString> &projectTitles, QDate today,
                                         const domain::WorkingDays &workingDays)
{
    beginResetModel();
    m_submissions = submissions;
    m_projectTitles = projectTitles;
    m_today = today;
    m_workingDays = workingDays;
    endResetModel();
}

const protocol::SubmissionSummary *SubmissionListModel::submission(int row) const
{
    return row >= 0 && row < m_submissions.size() ? &m_submissions.at(row) : nullptr;
}

int SubmissionListModel::rowOf(const QString &submissionId) const
{
    for (qsizetype i = 0; i < m_submissions.size(); ++i) {
        if (m_submissions.at(i).id == submissionId)
            return static_cast<int>(i);
    }
    return -1;
}

int SubmissionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_submissions.size());
}

int SubmissionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubmissionListModel::data(const QModelIndex &index, int role) const
{
    const protocol::SubmissionSummary *s = index.isValid() ? submission(index.row()) : nullptr;
    if (!s || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == SubmissionIdRole)
        return s->id;
    if (role == ProjectIdRole)
        return s->projectId;
    switch (index.column()) {
    case TitleColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return s->title;
        break;
    case IdColumn:
        // The id the checkers and the service desk speak of, to quote it to them.
        if (role == Qt::DisplayRole)
            return s->id;
        if (role == Qt::ToolTipRole)
            return tr("Request %1").arg(s->id);
        break;
    case ProjectColumn:
        if (role == Qt::DisplayRole)
            return s->projectId;
        if (role == Qt::ToolTipRole)
            return m_projectTitles.value(s->projectId);
        break;
    case TypeColumn:
        if (role == Qt::DisplayRole)
            return SubmissionTexts::clearanceType(s->clearanceType);
        break;
    case StateColumn:
        if (role == Qt::DisplayRole) {
            const QString state = SubmissionTexts::state(s->state);
            return s->round > 1 ? tr("%1 (round %2)").arg(state).arg(s->round) : state;
        }
        break;
    case SubmittedColumn:
        if (role == Qt::DisplayRole)
            return s->submittedAt.isValid() ? SubmissionTexts::day(s->submittedAt.toLocalTime().date())
                                            : tr("Not submitted");
        break;
    case AnswerColumn:
        if (role == Qt::DisplayRole)
            return SubmissionTexts::expectedAnswer(s->state, s->expectedAnswerDate, m_today, m_workingDays);
        if (role == Qt::ToolTipRole && s->expectedAnswerDate.isValid())
            return tr("Five working days after the request, not counting weekends or England and Wales bank "
                      "holidays.");
        if (role == Qt::ForegroundRole && SubmissionTexts::isOverdue(s->expectedAnswerDate, m_today))
            return QBrush(QColor(0xb3, 0x26, 0x1e)); // with the word "overdue": never colour alone
        break;
    default:
        break;
    }
    return {};
}

QVariant SubmissionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case IdColumn:
        return tr("Request");
    case ProjectColumn:
        return tr("Project");
    case TypeColumn:
        return tr("Clearance type");
    case StateColumn:
        return tr("State");
    case SubmittedColumn:
        return tr("Submitted");
    case AnswerColumn:
        return tr("Answer expected");
    default:
        break;
    }
    return {};
}

} // namespace srs::ui
