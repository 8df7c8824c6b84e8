#include "OwnerModels.h"

#include <QLocale>

namespace srs::ui {

namespace {

QString day(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

} // namespace

void OwnerRequestModel::setRequests(const QList<protocol::OwnerRequestInfo> &requests)
{
    beginResetModel();
    m_requests = requests;
    endResetModel();
}

const protocol::OwnerRequestInfo *OwnerRequestModel::requestAt(int row) const
{
    return row >= 0 && row < m_requests.size() ? &m_requests.at(row) : nullptr;
}

int OwnerRequestModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_requests.size());
}

int OwnerRequestModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OwnerRequestModel::stateText(const protocol::OwnerRequestInfo &r)
{
    int approvals = 0;
    for (const protocol::OwnerVoteInfo &v : r.votes)
        approvals += v.approve ? 1 : 0;
    switch (r.state) {
    case domain::ApprovalState::Pending:
        return r.answeredByMe
                   ? tr("Waiting for another approver (%1 of %2 approvals)")
                         .arg(approvals)
                         .arg(r.approvalsNeeded)
                   : tr("Waiting for your answer (%1 of %2 approvals)").arg(approvals).arg(r.approvalsNeeded);
    case domain::ApprovalState::Approved:
        return tr("Approved");
    case domain::ApprovalState::Refused:
        return tr("Refused");
    case domain::ApprovalState::Withdrawn:
        return tr("Approval withdrawn");
    }
    return {};
}

QVariant OwnerRequestModel::data(const QModelIndex &index, int role) const
{
    const protocol::OwnerRequestInfo *r = index.isValid() ? requestAt(index.row()) : nullptr;
    if (!r)
        return {};
    if (role == IdRole)
        return r->id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case ProjectColumn:
        return tr("%1: %2").arg(r->projectId, r->projectTitle);
    case DatasetColumn:
        return r->dataset.title.isEmpty() ? r->dataset.id : r->dataset.title;
    case OrganisationColumn:
        return r->leadOrganisation;
    case StateColumn:
        return stateText(*r);
    case RequestedColumn:
        return day(r->requestedAt);
    default:
        return {};
    }
}

QVariant OwnerRequestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProjectColumn:
        return tr("Project");
    case DatasetColumn:
        return tr("Dataset");
    case OrganisationColumn:
        return tr("Lead organisation");
    case StateColumn:
        return tr("State");
    case RequestedColumn:
        return tr("Asked on");
    default:
        return {};
    }
}

void OwnerProjectModel::setProjects(const QList<protocol::OwnerProjectInfo> &projects)
{
    beginResetModel();
    m_projects = projects;
    endResetModel();
}

const protocol::OwnerProjectInfo *OwnerProjectModel::projectAt(int row) const
{
    return row >= 0 && row < m_projects.size() ? &m_projects.at(row) : nullptr;
}

int OwnerProjectModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_projects.size());
}

int OwnerProjectModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OwnerProjectModel::data(const QModelIndex &index, int role) const
{
    const protocol::OwnerProjectInfo *p = index.isValid() ? projectAt(index.row()) : nullptr;
    if (!p || (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole))
        return {};
    switch (index.column()) {
    case ProjectColumn:
        return tr("%1: %2").arg(p->projectId, p->projectTitle);
    case DatasetColumn:
        return p->dataset.title.isEmpty() ? p->dataset.id : p->dataset.title;
    case OrganisationColumn:
        return p->leadOrganisation;
    case ApprovedColumn:
        return day(p->approvedAt);
    case StateColumn:
        if (p->state == domain::ApprovalState::Withdrawn)
            return role == Qt::ToolTipRole
                       ? tr("Withdrawn on %1: %2").arg(day(p->withdrawnAt), p->withdrawalReason)
                       : tr("Withdrawn on %1").arg(day(p->withdrawnAt));
        return tr("In use");
    default:
        return {};
    }
}

QVariant OwnerProjectModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProjectColumn:
        return tr("Project");
    case DatasetColumn:
        return tr("Dataset");
    case OrganisationColumn:
        return tr("Lead organisation");
    case ApprovedColumn:
        return tr("Approved on");
    case StateColumn:
        return tr("Approval");
    default:
        return {};
    }
}

} // namespace srs::ui
