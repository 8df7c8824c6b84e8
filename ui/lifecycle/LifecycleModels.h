#pragma once

#include "protocol/LifecycleMessages.h"
#include "protocol/Messages.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace srs::ui {

// "3 March 2026" in the interface's language.
[[nodiscard]] QString lifecycleDay(QDate day);
// "Project P-1 ends on 3 March 2026 (in 20 days)." for a project within an end-date warning.
[[nodiscard]] QString endWarningText(const protocol::ProjectInfo &project, QDate today);

// The projects the person is a member of (LifecycleDesk::memberProjects()): each one's status, end
// date and days left, and its open extension request.
class MemberProjectsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ProjectColumn,
        StatusColumn,
        EndsColumn,
        ExtensionColumn,
        ColumnCount
    };
    static constexpr int ProjectIdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setProjects(const QList<protocol::ProjectInfo> &projects, QDate today);
    [[nodiscard]] const protocol::ProjectInfo *project(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<protocol::ProjectInfo> m_projects;
    QDate m_today;
};

// The extension requests waiting for an administrator's decision.
class ExtensionRequestsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ProjectColumn,
        CurrentEndColumn,
        AskedForColumn,
        ReasonColumn,
        AskedByColumn,
        ColumnCount
    };
    static constexpr int RequestIdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setRequests(const QList<protocol::ExtensionRequestInfo> &requests);
    [[nodiscard]] const protocol::ExtensionRequestInfo *request(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<protocol::ExtensionRequestInfo> m_requests;
};

// Every project as the administrators' desk sees it: lead, status and end date.
class DeskProjectsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ProjectColumn,
        LeadColumn,
        StatusColumn,
        EndsColumn,
        ColumnCount
    };
    static constexpr int ProjectIdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setProjects(const QList<protocol::DeskProjectInfo> &projects);
    [[nodiscard]] const protocol::DeskProjectInfo *project(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<protocol::DeskProjectInfo> m_projects;
};

// "Active", "Suspended", "Completed".
[[nodiscard]] QString projectStatusText(domain::ProjectStatus status);

} // namespace srs::ui
