#include "Declaration.h"

namespace srs::domain {

QString declarationKindToString(DeclarationKind kind)
{
    return kind == DeclarationKind::Security ? QStringLiteral("security") : QStringLiteral("extended-syops");
}

std::optional<DeclarationKind> declarationKindFromString(QStringView text)
{
    if (text == QLatin1String("security"))
        return DeclarationKind::Security;
    if (text == QLatin1String("extended-syops"))
        return DeclarationKind::ExtendedSyops;
    return std::nullopt;
}

QString declarationKindDisplayName(DeclarationKind kind)
{
    return kind == DeclarationKind::Security
               ? QStringLiteral("security declaration")
               : QStringLiteral("extended security operating procedures declaration");
}

} // namespace srs::domain
