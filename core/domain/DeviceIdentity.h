#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace srs::domain {

// What kind of setting a client device certificate says it is (Five Safes: Safe Settings).
enum class DeviceClass
{
    Unknown,
    SafeRoomTerminal,   // a shared terminal in a safe room at a named site
    OrganisationDevice, // an organisation-issued device of an organisation with an AOC agreement
};

[[nodiscard]] QString deviceClassToString(DeviceClass c);
[[nodiscard]] DeviceClass deviceClassFromString(const QString &s);
// A short phrase for people: "safe-room terminal", "organisation device".
[[nodiscard]] QString deviceClassDisplayName(DeviceClass c);

// The identity of a client device, read from the subject of its certificate, which the
// service's device CA issues with these fields:
//   CN  the device's own name (for example "sr-newport-07")
//   OU  "safe-room-terminal" or "organisation-device"
//   O   the organisation that owns the device (for a safe room: the service)
//   L   for a safe-room terminal, the safe room's site
//   C   the country
// Each of these fields must appear at most once: a certificate that repeats one (two O
// fields, say) is ambiguous about the setting it claims and is refused.
struct DeviceIdentity
{
    QString subject; // the whole subject, one line, RFC 2253 order
    QString commonName;
    DeviceClass deviceClass = DeviceClass::Unknown;
    QString organisation;
    QString site;
    // Set by the server from the verified TLS connection (empty elsewhere): the hex SHA-256
    // of the certificate (DER), which sessions and cache key shares are bound to, and its
    // serial number in upper-case hex without leading zeros (what a revocation names).
    QString fingerprint;
    QString serial;

    using Fields = QList<QPair<QString, QString>>; // (short name, value), as in the certificate
    // A subject that repeats CN, C, O, OU or L gives an identity of unknown class.
    [[nodiscard]] static DeviceIdentity fromSubjectFields(const Fields &fields);
    // The first of CN, C, O, OU and L that appears more than once ("O"), or an empty string.
    [[nodiscard]] static QString repeatedField(const Fields &fields);
    [[nodiscard]] bool isKnownClass() const { return deviceClass != DeviceClass::Unknown; }
    // "safe-room terminal sr-newport-07 at Newport Safe Room (Secure Research Service)"
    [[nodiscard]] QString describe() const;

    friend bool operator==(const DeviceIdentity &, const DeviceIdentity &) = default;
};

} // namespace srs::domain
