#include "AccountRules.h"

#include <QRegularExpression>

namespace srs::domain {

namespace {

Status refuse(const char *code, const QString &message)
{
    return Error{QString::fromLatin1(code), message};
}

} // namespace

Status AccountRules::checkCanManageAccounts(const User &actor)
{
    if (actor.disabled || !actor.hasRole(Role::Administrator))
        return refuse(accounterr::NotAdministrator,
                      QStringLiteral("Only administrators can manage people's accounts. Ask an administrator "
                                     "for help."));
    return {};
}

bool AccountRules::isValidUsername(const QString &username)
{
    static const QRegularExpression shape(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,63}$"));
    return shape.match(username).hasMatch();
}

Status AccountRules::checkReason(const QString &reason, bool optional)
{
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty() && !optional)
        return refuse(accounterr::ReasonRequired,
                      QStringLiteral("Say why: the reason is kept in the audit log."));
    if (trimmed.size() > MaxReasonLength)
        return refuse(
            accounterr::ReasonTooLong,
            QStringLiteral("The reason is too long: keep it under %1 characters.").arg(MaxReasonLength));
    return {};
}

Status AccountRules::checkCanDisable(const User &actor, const QString &targetUserId, const QString &reason)
{
    if (Status s = checkCanManageAccounts(actor); !s)
        return s;
    if (actor.id == targetUserId)
        return refuse(accounterr::SelfDisable,
                      QStringLiteral("You cannot disable your own account. Ask another administrator."));
    return checkReason(reason);
}

Status AccountRules::checkCanSetRoles(const User &actor, const QString &targetUserId,
                                      const QList<Role> &roles)
{
    if (Status s = checkCanManageAccounts(actor); !s)
        return s;
    if (roles.isEmpty())
        return refuse(accounterr::NoRoles, QStringLiteral("Give the person at least one role."));
    if (actor.id == targetUserId && !roles.contains(Role::Administrator))
        return refuse(accounterr::SelfDemote,
                      QStringLiteral("You cannot take away your own administrator role. Ask another "
                                     "administrator."));
    return {};
}

Status AccountRules::checkCanTakeAccessAway(const User &actor, const QString &reason)
{
    if (Status s = checkCanManageAccounts(actor); !s)
        return s;
    return checkReason(reason);
}

} // namespace srs::domain
