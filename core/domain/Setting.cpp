#include "Setting.h"

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

} // namespace srs::domain
