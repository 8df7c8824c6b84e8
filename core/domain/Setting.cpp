#include "Setting.h"

#include <QCoreApplication>

namespace srs::domain {

QString settingKindToString(SettingKind kind)
{
    switch (kind) {
    case SettingKind::SafeRoom:
        return QStringLiteral("safe-room");
    case SettingKind::OrganisationOffice:
        return QStringLiteral("organisation-office");
    case SettingKind::HomeWorking:
        return QStringLiteral("home-working");
    case SettingKind::Unrecognised:
        break;
    }
    return QStringLiteral("unrecognised");
}

SettingKind settingKindFromString(QStringView text)
{
    for (SettingKind k : {SettingKind::SafeRoom, SettingKind::OrganisationOffice, SettingKind::HomeWorking})
        if (text == settingKindToString(k))
            return k;
    return SettingKind::Unrecognised;
}

QString settingKindDisplayName(SettingKind kind)
{
    switch (kind) {
    case SettingKind::SafeRoom:
        return QCoreApplication::translate("srs::domain", "a safe room");
    case SettingKind::OrganisationOffice:
        return QCoreApplication::translate("srs::domain", "your organisation's premises");
    case SettingKind::HomeWorking:
        return QCoreApplication::translate("srs::domain", "home working");
    case SettingKind::Unrecognised:
        break;
    }
    return QCoreApplication::translate("srs::domain", "an unrecognised setting");
}

} // namespace srs::domain
