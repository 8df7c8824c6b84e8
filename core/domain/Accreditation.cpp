#include "Accreditation.h"

namespace srs::domain {

QString accreditationKindToString(AccreditationKind kind)
{
    return kind == AccreditationKind::Full ? QStringLiteral("full") : QStringLiteral("provisional");
}

std::optional<AccreditationKind> accreditationKindFromString(QStringView text)
{
    if (text == QLatin1String("full"))
        return AccreditationKind::Full;
    if (text == QLatin1String("provisional"))
        return AccreditationKind::Provisional;
    return std::nullopt;
}

QDate Accreditation::standardValidTo(AccreditationKind kind, QDate from)
{
    return from.addYears(kind == AccreditationKind::Full ? 5 : 1).addDays(-1);
}

} // namespace srs::domain
