#include "DeviceIdentity.h"

#include <QStringList>

#include <algorithm>

namespace srs::domain {

QString deviceClassToString(DeviceClass c)
{
    switch (c) {
    case DeviceClass::SafeRoomTerminal:
        return QStringLiteral("safe-room-terminal");
    case DeviceClass::OrganisationDevice:
        return QStringLiteral("organisation-device");
    case DeviceClass::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

DeviceClass deviceClassFromString(const QString &s)
{
    if (s == QLatin1String("safe-room-terminal"))
        return DeviceClass::SafeRoomTerminal;
    if (s == QLatin1String("organisation-device"))
        return DeviceClass::OrganisationDevice;
    return DeviceClass::Unknown;
}

QString deviceClassDisplayName(DeviceClass c)
{
    switch (c) {
    case DeviceClass::SafeRoomTerminal:
        return QStringLiteral("safe-room terminal");
    case DeviceClass::OrganisationDevice:
        return QStringLiteral("organisation device");
    case DeviceClass::Unknown:
        break;
    }
    return QStringLiteral("unrecognised device");
}

DeviceIdentity DeviceIdentity::fromSubjectFields(const Fields &fields)
{
    DeviceIdentity id;
    QStringList parts;
    int classFields = 0;
    for (const auto &[name, value] : fields) {
        parts.append(name + QLatin1Char('=') + value);
        if (name == QLatin1String("CN"))
            id.commonName = value;
        else if (name == QLatin1String("O"))
            id.organisation = value;
        else if (name == QLatin1String("L"))
            id.site = value;
        else if (name == QLatin1String("OU")) {
            ++classFields;
            id.deviceClass = deviceClassFromString(value);
        }
    }
    // Two OU fields make the class ambiguous: treat it as unknown rather than pick one.
    if (classFields != 1)
        id.deviceClass = DeviceClass::Unknown;
    // RFC 2253 writes the most specific field first; certificates list it last.
    std::reverse(parts.begin(), parts.end());
    id.subject = parts.join(QLatin1Char(','));
    return id;
}

QString DeviceIdentity::describe() const
{
    QString out = deviceClassDisplayName(deviceClass) + QLatin1Char(' ') + commonName;
    if (deviceClass == DeviceClass::SafeRoomTerminal && !site.isEmpty())
        out += QStringLiteral(" at ") + site;
    if (!organisation.isEmpty())
        out += QStringLiteral(" (") + organisation + QLatin1Char(')');
    return out;
}

} // namespace srs::domain
