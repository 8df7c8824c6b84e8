#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace srs::domain {

enum class ProjectStatus
{
    Active,
    Completed,
    Suspended,
};

enum class ProjectRole
{
    Lead,
    Member,
    Supervisor, // an accredited researcher who supervises provisional members
};

[[nodiscard]] QString projectStatusToString(ProjectStatus status); // "active", "completed", "suspended"
[[nodiscard]] std::optional<ProjectStatus> projectStatusFromString(QStringView text);
[[nodiscard]] QString projectRoleToString(ProjectRole role); // "lead", "member", "supervisor"
[[nodiscard]] std::optional<ProjectRole> projectRoleFromString(QStringView text);

struct ProjectMember
{
    QString userId;
    ProjectRole role = ProjectRole::Member;

    friend bool operator==(const ProjectMember &, const ProjectMember &) = default;
};

// Safe Projects: an approved project. Dates are inclusive calendar days.
struct Project
{
    QString id;
    QString title;
    QString leadUserId;
    ProjectStatus status = ProjectStatus::Active;
    QDate startDate;
    QDate endDate;
    QDate extendedTo; // null unless the end date was extended
    bool homeWorkingApproved = false;
    // What the project is for, in plain words, and the organisation its lead works for: both
    // published in the data-access register.
    QString purpose;
    QString leadOrganisation;
    QList<ProjectMember> members;
    QList<QString> datasetIds;

    // The last day of the project: the extension if there is one, else the end date.
    [[nodiscard]] QDate effectiveEndDate() const
    {
        return extendedTo.isValid() && extendedTo > endDate ? extendedTo : endDate;
    }
    [[nodiscard]] const ProjectMember *member(QStringView userId) const;
    [[nodiscard]] bool isMember(QStringView userId) const { return member(userId) != nullptr; }

    friend bool operator==(const Project &, const Project &) = default;
};

} // namespace srs::domain
