#pragma once

#include "protocol/AccountMessages.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace srs::ui {

// The people of the service as administrators see them: one row each, with their roles, whether
// the account is enabled, their accreditation and how many projects they are on.
class PeopleModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        UsernameColumn,
        RolesColumn,
        StateColumn,
        AccreditationColumn,
        ProjectsColumn,
        ColumnCount
    };
    static constexpr int UserIdRole = Qt::UserRole + 1;

    explicit PeopleModel(QObject *parent = nullptr);

    void setPeople(const QList<protocol::AccountSummary> &people, QDate today);
    [[nodiscard]] const QList<protocol::AccountSummary> &people() const { return m_people; }
    [[nodiscard]] int rowOf(const QString &userId) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    // A role's name for people ("Output checker"); a role this client has no name for, its word.
    [[nodiscard]] static QString roleText(const QString &word);
    [[nodiscard]] static QString rolesText(const QList<domain::Role> &roles);
    // "Full, valid to 31 March 2031", "Provisional, revoked", "None".
    [[nodiscard]] static QString accreditationText(const std::optional<domain::Accreditation> &a,
                                                   QDate today);
    [[nodiscard]] static QString projectRoleText(const QString &role);

private:
    QList<protocol::AccountSummary> m_people;
    QDate m_today;
};

} // namespace srs::ui
