#include "PeopleModel.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

PeopleModel::PeopleModel(QObject *parent) : QAbstractTableModel(parent) {}

void PeopleModel::setPeople(const QList<protocol::AccountSummary> &people, QDate today)
{
    beginResetModel();
    m_people = people;
    m_today = today;
    endResetModel();
}

int PeopleModel::rowOf(const QString &userId) const
{
    for (qsizetype i = 0; i < m_people.size(); ++i) {
        if (m_people.at(i).user.id == userId)
            return static_cast<int>(i);
    }
    return -1;
}

int PeopleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_people.size());
}

int PeopleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PeopleModel::roleText(const QString &word)
{
    if (word == u"researcher")
        return tr("Researcher");
    if (word == u"output-checker")
        return tr("Output checker");
    if (word == u"administrator")
        return tr("Administrator");
    if (word == u"data-owner")
        return tr("Data owner");
    return word;
}

QString PeopleModel::rolesText(const QList<domain::Role> &roles)
{
    QStringList names;
    for (const domain::Role role : roles)
        names.append(roleText(domain::roleToString(role)));
    return names.join(tr(", ", "between role names"));
}

QString PeopleModel::projectRoleText(const QString &role)
{
    if (role == u"lead")
        return tr("lead", "a project role");
    if (role == u"supervisor")
        return tr("supervisor", "a project role");
    if (role == u"member")
        return tr("member", "a project role");
    return role;
}

QString PeopleModel::accreditationText(const std::optional<domain::Accreditation> &a, QDate today)
{
    if (!a)
        return tr("None", "no accreditation");
    const QString kind = a->kind == domain::AccreditationKind::Full ? tr("Full", "accreditation")
                                                                    : tr("Provisional", "accreditation");
    const QLocale locale;
    if (a->revoked)
        return tr("%1, revoked").arg(kind);
    if (today.isValid() && today < a->validFrom)
        return tr("%1, starts %2").arg(kind, locale.toString(a->validFrom, QLocale::LongFormat));
    if (today.isValid() && today > a->validTo)
        return tr("%1, expired %2").arg(kind, locale.toString(a->validTo, QLocale::LongFormat));
    return tr("%1, valid to %2").arg(kind, locale.toString(a->validTo, QLocale::LongFormat));
}

QVariant PeopleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_people.size() || index.column() >= ColumnCount)
        return {};
    const protocol::AccountSummary &p = m_people.at(index.row());
    if (role == UserIdRole)
        return p.user.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return p.user.displayName;
    case UsernameColumn:
        return p.user.username;
    case RolesColumn:
        return rolesText(p.user.roles);
    case StateColumn:
        if (p.user.disabled)
            return tr("Disabled");
        return p.lockedUntil.isValid() ? tr("Locked after failed sign-ins") : tr("Enabled");
    case AccreditationColumn:
        return accreditationText(p.user.accreditation, m_today);
    case ProjectsColumn:
        return QString::number(p.projects.size());
    default:
        return {};
    }
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case UsernameColumn:
        return tr("Username");
    case RolesColumn:
        return tr("Roles");
    case StateColumn:
        return tr("Account");
    case AccreditationColumn:
        return tr("Accreditation");
    case ProjectsColumn:
        return tr("Projects");
    default:
        return {};
    }
}

} // namespace srs::ui
