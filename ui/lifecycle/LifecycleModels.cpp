#include "LifecycleModels.h"

#include <QCoreApplication>
#include <QLocale>

namespace srs::ui {

using namespace Qt::Literals::StringLiterals;

QString lifecycleDay(QDate day)
{
    return day.isValid() ? QLocale().toString(day, u"d MMMM yyyy"_s) : MemberProjectsModel::tr("no date");
}

QString projectStatusText(domain::ProjectStatus status)
{
    switch (status) {
    case domain::ProjectStatus::Active:
        return MemberProjectsModel::tr("Active");
    case domain::ProjectStatus::Completed:
        return MemberProjectsModel::tr("Completed");
    case domain::ProjectStatus::Suspended:
        return MemberProjectsModel::tr("Suspended");
    }
    return {};
}

QString endWarningText(const protocol::ProjectInfo &p, QDate today)
{
    const QDate end = p.project.effectiveEndDate();
    const qint64 days = today.daysTo(end);
    if (days <= 0)
        return MemberProjectsModel::tr("Project %1 ends today, %2.").arg(p.project.id, lifecycleDay(end));
    return MemberProjectsModel::tr("Project %1 ends on %2 (in %n day(s)).", nullptr, int(days))
        .arg(p.project.id, lifecycleDay(end));
}

// --- MemberProjectsModel

void MemberProjectsModel::setProjects(const QList<protocol::ProjectInfo> &projects, QDate today)
{
    beginResetModel();
    m_projects = projects;
    m_today = today;
    endResetModel();
}

const protocol::ProjectInfo *MemberProjectsModel::project(int row) const
{
    return row >= 0 && row < m_projects.size() ? &m_projects.at(row) : nullptr;
}

int MemberProjectsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_projects.size());
}

int MemberProjectsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberProjectsModel::data(const QModelIndex &index, int role) const
{
    const protocol::ProjectInfo *p = index.isValid() ? project(index.row()) : nullptr;
    if (!p)
        return {};
    if (role == ProjectIdRole)
        return p->project.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case ProjectColumn:
        return role == Qt::ToolTipRole ? p->project.title : u"%1 %2"_s.arg(p->project.id, p->project.title);
    case StatusColumn:
        return projectStatusText(p->project.status);
    case EndsColumn: {
        const QDate end = p->project.effectiveEndDate();
        if (p->project.status == domain::ProjectStatus::Completed)
            return tr("Completed (was to end %1)").arg(lifecycleDay(end));
        const qint64 days = m_today.daysTo(end);
        if (days < 0)
            return tr("Ended %1").arg(lifecycleDay(end));
        if (p->endWarningDays > 0)
            return tr("%1, in %n day(s) (warning)", nullptr, int(days)).arg(lifecycleDay(end));
        return tr("%1, in %n day(s)", nullptr, int(days)).arg(lifecycleDay(end));
    }
    case ExtensionColumn:
        if (p->openExtension)
            return tr("Extension to %1 asked for, waiting for a decision")
                .arg(lifecycleDay(p->openExtension->newEndDate));
        if (p->project.status == domain::ProjectStatus::Completed)
            return tr("%n publication(s) reported", nullptr, int(p->publications.size()));
        return tr("None");
    default:
        return {};
    }
}

QVariant MemberProjectsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProjectColumn:
        return tr("Project");
    case StatusColumn:
        return tr("Status");
    case EndsColumn:
        return tr("Ends");
    case ExtensionColumn:
        return tr("Extension or publications");
    default:
        return {};
    }
}

// --- ExtensionRequestsModel

void ExtensionRequestsModel::setRequests(const QList<protocol::ExtensionRequestInfo> &requests)
{
    beginResetModel();
    m_requests = requests;
    endResetModel();
}

const protocol::ExtensionRequestInfo *ExtensionRequestsModel::request(int row) const
{
    return row >= 0 && row < m_requests.size() ? &m_requests.at(row) : nullptr;
}

int ExtensionRequestsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_requests.size());
}

int ExtensionRequestsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExtensionRequestsModel::data(const QModelIndex &index, int role) const
{
    const protocol::ExtensionRequestInfo *x = index.isValid() ? request(index.row()) : nullptr;
    if (!x)
        return {};
    if (role == RequestIdRole)
        return x->id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case ProjectColumn:
        return role == Qt::ToolTipRole ? x->projectTitle : u"%1 %2"_s.arg(x->projectId, x->projectTitle);
    case CurrentEndColumn:
        return lifecycleDay(x->currentEndDate);
    case AskedForColumn:
        return lifecycleDay(x->newEndDate);
    case ReasonColumn:
        return x->reason;
    case AskedByColumn:
        return x->requestedByName.isEmpty() ? x->requestedBy
                                            : u"%1 (%2)"_s.arg(x->requestedByName, x->requestedBy);
    default:
        return {};
    }
}

QVariant ExtensionRequestsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProjectColumn:
        return tr("Project");
    case CurrentEndColumn:
        return tr("Ends now");
    case AskedForColumn:
        return tr("Asked for");
    case ReasonColumn:
        return tr("Reason");
    case AskedByColumn:
        return tr("Asked by");
    default:
        return {};
    }
}

// --- DeskProjectsModel

void DeskProjectsModel::setProjects(const QList<protocol::DeskProjectInfo> &projects)
{
    beginResetModel();
    m_projects = projects;
    endResetModel();
}

const protocol::DeskProjectInfo *DeskProjectsModel::project(int row) const
{
    return row >= 0 && row < m_projects.size() ? &m_projects.at(row) : nullptr;
}

int DeskProjectsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_projects.size());
}

int DeskProjectsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeskProjectsModel::data(const QModelIndex &index, int role) const
{
    const protocol::DeskProjectInfo *p = index.isValid() ? project(index.row()) : nullptr;
    if (!p)
        return {};
    if (role == ProjectIdRole)
        return p->project.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case ProjectColumn:
        return role == Qt::ToolTipRole ? p->project.title : u"%1 %2"_s.arg(p->project.id, p->project.title);
    case LeadColumn:
        return p->leadName.isEmpty() ? p->leadUsername : p->leadName;
    case StatusColumn:
        return projectStatusText(p->project.status);
    case EndsColumn:
        return lifecycleDay(p->project.effectiveEndDate());
    default:
        return {};
    }
}

QVariant DeskProjectsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProjectColumn:
        return tr("Project");
    case LeadColumn:
        return tr("Lead");
    case StatusColumn:
        return tr("Status");
    case EndsColumn:
        return tr("Ends");
    default:
        return {};
    }
}

} // namespace srs::ui
