#pragma once

#include "Accreditation.h"
#include "Declaration.h"

#include <QList>
#include <QString>

#include <optional>

namespace srs::domain {

// What a person may do in the service. A person can hold more than one role (an output
// checker may also be a researcher on a project of their own).
enum class Role
{
    Researcher,
    OutputChecker,
    Administrator,
    // Approves, for one owning organisation (store: data_owner_members), the projects that
    // ask to use its datasets. Not support staff, and no researcher's rights come with it.
    DataOwner,
};

[[nodiscard]] QString
roleToString(Role role); // "researcher", "output-checker", "administrator", "data-owner"
[[nodiscard]] std::optional<Role> roleFromString(QStringView text);
// Every role, in the order they are offered to administrators.
[[nodiscard]] QList<Role> allRoles();

// A person with an account. Secrets (password hash, TOTP secret) are not part of this type:
// they stay in the server's store and never travel with a profile.
struct User
{
    QString id;
    QString username;
    QString displayName;
    QString email;
    QList<Role> roles;
    bool disabled = false;
    // The current accreditation, if any (the store keeps the history).
    std::optional<Accreditation> accreditation;
    QList<Declaration> declarations;

    [[nodiscard]] bool hasRole(Role role) const { return roles.contains(role); }
    // Output checkers and administrators are the named support staff of the Five Safes:
    // they may sign in without a researcher accreditation.
    [[nodiscard]] bool isSupportStaff() const
    {
        return hasRole(Role::OutputChecker) || hasRole(Role::Administrator);
    }
    // The newest declaration of a kind, if any.
    [[nodiscard]] std::optional<Declaration> latestDeclaration(DeclarationKind kind) const;

    friend bool operator==(const User &, const User &) = default;
};

} // namespace srs::domain
