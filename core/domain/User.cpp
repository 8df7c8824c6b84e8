#include "User.h"

namespace srs::domain {

QString roleToString(Role role)
{
    switch (role) {
    case Role::Researcher:
        return QStringLiteral("researcher");
    case Role::OutputChecker:
        return QStringLiteral("output-checker");
    case Role::Administrator:
        return QStringLiteral("administrator");
    case Role::DataOwner:
        return QStringLiteral("data-owner");
    }
    return {};
}

QList<Role> allRoles()
{
    return {Role::Researcher, Role::OutputChecker, Role::Administrator, Role::DataOwner};
}

std::optional<Role> roleFromString(QStringView text)
{
    for (const Role r : allRoles()) {
        if (text == roleToString(r))
            return r;
    }
    return std::nullopt;
}

std::optional<Declaration> User::latestDeclaration(DeclarationKind kind) const
{
    std::optional<Declaration> best;
    for (const Declaration &d : declarations) {
        if (d.kind != kind)
            continue;
        if (!best || d.version > best->version || (d.version == best->version && d.signedAt > best->signedAt))
            best = d;
    }
    return best;
}

} // namespace srs::domain
