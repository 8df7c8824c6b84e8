#pragma once

#include "Result.h"
#include "User.h"

#include <QList>
#include <QString>

namespace srs::domain {

// Refusal codes of managing accounts (stable: the wire format and the client's texts).
namespace accounterr {
inline constexpr char NotAdministrator[] = "not-an-administrator"; // as AccessPolicy::checkCanAdminister
inline constexpr char SelfDisable[] = "account-self-disable"; // an administrator never disables themselves
inline constexpr char SelfDemote[] = "account-self-demote";   // nor takes away their own administrator role
inline constexpr char NoRoles[] = "account-no-roles";         // a person has at least one role
inline constexpr char ReasonRequired[] = "account-reason-required"; // said why, for the audit log
inline constexpr char ReasonTooLong[] = "account-reason-too-long";
} // namespace accounterr

// The rules of managing people's accounts, in pairs (checkCanX says why not, canX is for greying
// out), shared by the server (which enforces them) and the client (which explains them).
//
// Only an enabled administrator manages accounts. The administrator acting is never left unable
// to act: they cannot disable their own account nor take away their own administrator role, so
// the service always keeps at least one enabled administrator (the one who made the last change).
// Taking access away (disabling, ending sessions, revoking a device, resetting the TOTP secret)
// needs a reason, which is kept in the audit event.
class AccountRules
{
public:
    static constexpr qsizetype MaxReasonLength = 1000;

    [[nodiscard]] static Status checkCanManageAccounts(const User &actor);
    [[nodiscard]] static bool canManageAccounts(const User &actor)
    {
        return checkCanManageAccounts(actor).ok();
    }

    // Disabling an account: an administrator, not their own account, with a reason.
    [[nodiscard]] static Status checkCanDisable(const User &actor, const QString &targetUserId,
                                                const QString &reason);
    [[nodiscard]] static bool canDisable(const User &actor, const QString &targetUserId)
    {
        return checkCanDisable(actor, targetUserId, QStringLiteral("-")).ok();
    }

    // Setting a person's roles: at least one; an administrator keeps their own administrator role.
    [[nodiscard]] static Status checkCanSetRoles(const User &actor, const QString &targetUserId,
                                                 const QList<Role> &roles);
    [[nodiscard]] static bool canSetRoles(const User &actor, const QString &targetUserId,
                                          const QList<Role> &roles)
    {
        return checkCanSetRoles(actor, targetUserId, roles).ok();
    }

    // Ending sessions, revoking a device certificate, resetting a TOTP secret: an administrator,
    // with a reason.
    [[nodiscard]] static Status checkCanTakeAccessAway(const User &actor, const QString &reason);
    [[nodiscard]] static bool canTakeAccessAway(const User &actor)
    {
        return checkCanTakeAccessAway(actor, QStringLiteral("-")).ok();
    }

    // A username: 2-64 characters, lower-case letters, digits, '.', '_' or '-', starting with a
    // letter or digit.
    [[nodiscard]] static bool isValidUsername(const QString &username);

    // The reason as it is kept: trimmed; required unless `optional`, at most MaxReasonLength.
    [[nodiscard]] static Status checkReason(const QString &reason, bool optional = false);
};

} // namespace srs::domain
