#pragma once

#include "protocol/OwnerMessages.h"

#include <QAbstractTableModel>

namespace srs::ui {

// The requests of projects to use the organisation's data, one row each: project, dataset, the
// lead's organisation, the state with the answers so far, and when it was asked.
class OwnerRequestModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ProjectColumn,
        DatasetColumn,
        OrganisationColumn,
        StateColumn,
        RequestedColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setRequests(const QList<protocol::OwnerRequestInfo> &requests);
    [[nodiscard]] const protocol::OwnerRequestInfo *requestAt(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    // "Waiting: 1 of 2 approvals", "Approved", "Refused"...
    [[nodiscard]] static QString stateText(const protocol::OwnerRequestInfo &request);

private:
    QList<protocol::OwnerRequestInfo> m_requests;
};

// The projects using (or that used) the organisation's data: project, dataset, the lead's
// organisation, approved on, and whether the approval is in force or was withdrawn.
class OwnerProjectModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ProjectColumn,
        DatasetColumn,
        OrganisationColumn,
        ApprovedColumn,
        StateColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setProjects(const QList<protocol::OwnerProjectInfo> &projects);
    [[nodiscard]] const protocol::OwnerProjectInfo *projectAt(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<protocol::OwnerProjectInfo> m_projects;
};

} // namespace srs::ui
