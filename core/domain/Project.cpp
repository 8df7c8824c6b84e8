#include "Project.h"

namespace srs::domain {

QString projectStatusToString(ProjectStatus status)
{
    switch (status) {
    case ProjectStatus::Active:
        return QStringLiteral("active");
    case ProjectStatus::Completed:
        return QStringLiteral("completed");
    case ProjectStatus::Suspended:
        return QStringLiteral("suspended");
    }
    return {};
}

std::optional<ProjectStatus> projectStatusFromString(QStringView text)
{
    for (const auto s : {ProjectStatus::Active, ProjectStatus::Completed, ProjectStatus::Suspended}) {
        if (text == projectStatusToString(s))
            return s;
    }
    return std::nullopt;
}

QString projectRoleToString(ProjectRole role)
{
    switch (role) {
    case ProjectRole::Lead:
        return QStringLiteral("lead");
    case ProjectRole::Member:
        return QStringLiteral("member");
    case ProjectRole::Supervisor:
        return QStringLiteral("supervisor");
    }
    return {};
}

std::optional<ProjectRole> projectRoleFromString(QStringView text)
{
    for (const auto r : {ProjectRole::Lead, ProjectRole::Member, ProjectRole::Supervisor}) {
        if (text == projectRoleToString(r))
            return r;
    }
    return std::nullopt;
}

const ProjectMember *Project::member(QStringView userId) const
{
    for (const ProjectMember &m : members) {
        if (m.userId == userId)
            return &m;
    }
    return nullptr;
}

} // namespace srs::domain
