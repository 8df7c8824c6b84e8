#pragma once

#include "DeviceIdentity.h"
#include "IpRange.h"

namespace srs::domain {

// Safe Settings: where a request comes from, as the server sees it: the device (from its
// client certificate) and the source address of the connection.
struct Setting
{
    DeviceIdentity device;
    IpAddress sourceAddress;

    friend bool operator==(const Setting &, const Setting &) = default;
};

// What the policy recognised the setting as.
enum class SettingKind
{
    Unrecognised,
    SafeRoom,           // a safe-room terminal on its site's network
    OrganisationOffice, // an organisation device on its organisation's premises
    HomeWorking,        // an organisation device anywhere else (through the remote-access VPN)
};

[[nodiscard]] QString
settingKindToString(SettingKind kind); // "safe-room", "organisation-office", "home-working"
// Unrecognised for anything else.
[[nodiscard]] SettingKind settingKindFromString(QStringView text);
// For people: "the safe room", "your organisation's premises", "home working".
[[nodiscard]] QString settingKindDisplayName(SettingKind kind);

} // namespace srs::domain
