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

QString DeviceIdentity::repeatedField(const Fields &fields)
{
    static const QLatin1StringView checked[] = {QLatin1StringView("CN"), QLatin1StringView("C"),
                                                QLatin1StringView("O"), QLatin1StringView("OU"),
                                                QLatin1StringView("L")};
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString &name = fields.at(i).first;
        if (std::find(std::begin(checked), std::end(checked), name) == std::end(checked))
            continue;
        for (qsizetype j = i + 1; j < fields.size(); ++j) {
            if (fields.at(j).first == name)
                return name;
        }
    }
    return {};
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
    // Two OU fields make the class ambiguous, and two O or L fields the organisation or site
    // (the last one read would win): treat the device as unknown rather than pick one.
    if (classFields != 1 || !repeatedField(fields).isEmpty())
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
