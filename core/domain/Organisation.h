#pragma once

#include "IpRange.h"

#include <QDate>
#include <QList>
#include <QString>

namespace srs::domain {

// Where an organisation's traffic reaches the service from.
enum class NetworkKind
{
    // The organisation's own premises (its office network's egress address).
    Office,
    // Its remote-access VPN concentrator: a device connecting through it is away from the
    // organisation's premises, which the Five Safes treat as home working.
    RemoteAccess,
};

[[nodiscard]] QString networkKindToString(NetworkKind kind); // "office", "remote-access"
[[nodiscard]] std::optional<NetworkKind> networkKindFromString(QStringView text);

struct EgressRange
{
    IpRange range;
    NetworkKind kind = NetworkKind::RemoteAccess;

    friend bool operator==(const EgressRange &, const EgressRange &) = default;
};

// An organisation whose issued devices may connect, under an Assured Organisational
// Connectivity (AOC) agreement. `name` is what the device certificate's O field says.
struct Organisation
{
    QString id;
    QString name;
    QDate agreementValidUntil; // inclusive; null: no agreement
    QList<EgressRange> egressRanges;

    [[nodiscard]] bool hasAgreement() const { return agreementValidUntil.isValid(); }
    [[nodiscard]] bool agreementValidOn(QDate day) const
    {
        return hasAgreement() && day <= agreementValidUntil;
    }
    // The range that contains `address`, Office ranges first; nullptr when none does.
    [[nodiscard]] const EgressRange *egressRangeFor(const IpAddress &address) const;

    friend bool operator==(const Organisation &, const Organisation &) = default;
};

// A safe room. `name` is what a terminal certificate's L field says; `networks` are the
// addresses its terminals reach the service from.
struct Site
{
    QString id;
    QString name;
    QList<IpRange> networks;

    friend bool operator==(const Site &, const Site &) = default;
};

} // namespace srs::domain
