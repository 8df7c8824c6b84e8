#include "Organisation.h"

namespace srs::domain {

QString networkKindToString(NetworkKind kind)
{
    return kind == NetworkKind::Office ? QStringLiteral("office") : QStringLiteral("remote-access");
}

std::optional<NetworkKind> networkKindFromString(QStringView text)
{
    if (text == QLatin1String("office"))
        return NetworkKind::Office;
    if (text == QLatin1String("remote-access"))
        return NetworkKind::RemoteAccess;
    return std::nullopt;
}

const EgressRange *Organisation::egressRangeFor(const IpAddress &address) const
{
    const EgressRange *found = nullptr;
    for (const EgressRange &r : egressRanges) {
        if (!r.range.contains(address))
            continue;
        if (r.kind == NetworkKind::Office)
            return &r;
        if (!found)
            found = &r;
    }
    return found;
}

} // namespace srs::domain
