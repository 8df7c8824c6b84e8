#pragma once

// Managing people's accounts, for administrators (the /admin routes): the directory of people
// with their roles, state, accreditation and projects; one person with the devices they have
// sessions on; adding a person (the answer carries the initial password and the TOTP secret,
// once); and the changes an administrator makes. See docs/architecture.md, "Accounts".

#include "domain/Accreditation.h"
#include "domain/Result.h"
#include "domain/User.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace srs::protocol {

class JsonReader;

namespace accountlimits {
inline constexpr qsizetype MaxNameLength = 200;
inline constexpr qsizetype MaxEmailLength = 254;
inline constexpr qsizetype MaxReasonLength = 1000; // domain::AccountRules::MaxReasonLength
inline constexpr qsizetype MaxPeople = 100000;
} // namespace accountlimits

// A project a person is on, with their role on it ("member", "lead", "supervisor").
struct AccountProject
{
    QString id;
    QString title;
    QString role;
    friend bool operator==(const AccountProject &, const AccountProject &) = default;
};

// A device certificate a person has a session on now.
struct AccountDevice
{
    QString serial;      // upper-case hex, as revocation takes it
    QString fingerprint; // hex SHA-256 of the certificate
    QString subject;
    QString setting; // "safe-room", "home-working"...
    QDateTime lastSeenAt;
    friend bool operator==(const AccountDevice &, const AccountDevice &) = default;
};

// One person as administrators see them. Secrets never travel here.
struct AccountSummary
{
    domain::User user; // id, username, display name, email, roles, disabled, current accreditation
    QList<AccountProject> projects;
    QDateTime lockedUntil;        // locked after failed sign-ins until then; null when not locked
    QList<AccountDevice> devices; // only in the answer about one person
    bool detail = false;          // whether `devices` was filled in

    [[nodiscard]] QJsonObject toJsonObject() const;
    [[nodiscard]] static AccountSummary read(JsonReader &r);
    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<AccountSummary> fromJson(QByteArrayView body);
    friend bool operator==(const AccountSummary &, const AccountSummary &) = default;
};

// A project an administrator may put people on.
struct ProjectChoice
{
    QString id;
    QString title;
    QString status;
    friend bool operator==(const ProjectChoice &, const ProjectChoice &) = default;
};

// GET /admin/users: everyone, the projects, and every role there is (by its word, so a role added
// to the service is offered without a change here).
struct AccountDirectory
{
    QList<AccountSummary> people;
    QList<ProjectChoice> projects;
    QStringList roles;

    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<AccountDirectory> fromJson(QByteArrayView body);
};

// POST /admin/users. The password and the TOTP secret are made by the server.
struct NewAccountRequest
{
    QString username;
    QString displayName;
    QString email;
    QList<domain::Role> roles;

    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<NewAccountRequest> fromJson(QByteArrayView body);
};

// 201 answer to POST /admin/users, and (without the password) to a TOTP reset: what to hand the
// person over a trusted channel. Sent once; the server keeps only the password's hash and the
// sealed secret. Whoever holds one of these wipes it as soon as it has been shown.
struct AccountSecrets
{
    AccountSummary account;
    QByteArray initialPassword; // empty for a TOTP reset
    QByteArray totpSecret;      // base32
    QByteArray otpauthUri;      // otpauth://totp/...
    QString notice;             // "shown only now"

    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<AccountSecrets> fromJson(QByteArrayView body);
    // Overwrites the secrets' bytes.
    void wipe();
};

// PUT /admin/users/{uid}/roles
struct RolesRequest
{
    QList<domain::Role> roles;
    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<RolesRequest> fromJson(QByteArrayView body);
};

// POST /admin/users/{uid}/accreditation. Without valid_to, the standard term.
struct AccreditationRequest
{
    domain::AccreditationKind kind = domain::AccreditationKind::Full;
    QDate validFrom;
    QDate validTo; // null: the standard term

    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<AccreditationRequest> fromJson(QByteArrayView body);
};

// Disable, enable, end sessions, reset TOTP, revoke accreditation: why (for the audit log).
struct ReasonRequest
{
    QString reason;
    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<ReasonRequest> fromJson(QByteArrayView body);
};

// PUT /admin/projects/{id}/members/{uid}
struct MembershipRequest
{
    QString role; // "member" | "lead" | "supervisor"
    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<MembershipRequest> fromJson(QByteArrayView body);
};

// POST /admin/devices/revocations: a certificate by its serial (hex) or, for one that has a
// session now, by its SHA-256 fingerprint.
struct DeviceRevocationRequest
{
    QString serial;
    QString fingerprint;
    QString reason;
    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<DeviceRevocationRequest> fromJson(QByteArrayView body);
};

struct DeviceRevocationInfo
{
    QString serial;
    bool changed = false; // false: it was revoked already
    int sessionsEnded = 0;
    int sharesRevoked = 0;
    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<DeviceRevocationInfo> fromJson(QByteArrayView body);
};

} // namespace srs::protocol
