#include "AccountMessages.h"

#include "JsonReader.h"
#include "WireFields.h"

#include "domain/AccountRules.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace srs::protocol {

using namespace Qt::Literals::StringLiterals;
using namespace wire;

namespace {

constexpr qsizetype MaxProjectsPerPerson = 10000;
constexpr qsizetype MaxDevicesPerPerson = 1000;
constexpr qsizetype MaxSecretLength = 1024;

Error badRequest(const QString &message, const QString &field)
{
    return Error{u"bad-request"_s, message, field};
}

QJsonArray rolesToJson(const QList<domain::Role> &roles)
{
    QJsonArray a;
    for (const domain::Role role : roles)
        a.append(domain::roleToString(role));
    return a;
}

// Roles in a request: every word must be a role this build knows, none twice.
QList<domain::Role> readRoles(JsonReader &r)
{
    QList<domain::Role> roles;
    const QStringList words = r.stringList("roles"_L1);
    for (const QString &word : words) {
        const auto role = domain::roleFromString(word);
        if (!role) {
            r.rejectValue("roles"_L1, u"\"%1\" is not a role"_s.arg(word));
            return {};
        }
        if (!roles.contains(*role))
            roles.append(*role);
    }
    return roles;
}

bool isProjectRole(const QString &role)
{
    return role == "member"_L1 || role == "lead"_L1 || role == "supervisor"_L1;
}

QByteArray secretBytes(JsonReader &r, QLatin1StringView key)
{
    const QString text = boundedString(r, key, MaxSecretLength, false);
    return text.toUtf8();
}

void wipeBytes(QByteArray &bytes)
{
    bytes.fill('\0');
    bytes.clear();
}

} // namespace

QJsonObject AccountSummary::toJsonObject() const
{
    QJsonValue accreditation = QJsonValue::Null;
    if (user.accreditation) {
        accreditation = QJsonObject{{u"kind"_s, domain::accreditationKindToString(user.accreditation->kind)},
                                    {u"valid_from"_s, day(user.accreditation->validFrom)},
                                    {u"valid_to"_s, day(user.accreditation->validTo)},
                                    {u"revoked"_s, user.accreditation->revoked}};
    }
    QJsonArray projectList;
    for (const AccountProject &p : projects)
        projectList.append(QJsonObject{{u"id"_s, p.id}, {u"title"_s, p.title}, {u"role"_s, p.role}});
    QJsonObject o{{u"id"_s, user.id},
                  {u"username"_s, user.username},
                  {u"display_name"_s, user.displayName},
                  {u"email"_s, user.email},
                  {u"roles"_s, rolesToJson(user.roles)},
                  {u"disabled"_s, user.disabled},
                  {u"accreditation"_s, accreditation},
                  {u"projects"_s, projectList},
                  {u"locked_until"_s, time(lockedUntil)}};
    if (detail) {
        QJsonArray deviceList;
        for (const AccountDevice &d : devices)
            deviceList.append(QJsonObject{{u"serial"_s, d.serial},
                                          {u"fingerprint"_s, d.fingerprint},
                                          {u"subject"_s, d.subject},
                                          {u"setting"_s, d.setting},
                                          {u"last_seen_at"_s, time(d.lastSeenAt)}});
        o.insert(u"devices"_s, deviceList);
    }
    return o;
}

AccountSummary AccountSummary::read(JsonReader &r)
{
    AccountSummary a;
    a.user.id = r.string("id"_L1);
    a.user.username = r.string("username"_L1);
    a.user.displayName = r.optionalString("display_name"_L1);
    a.user.email = r.optionalString("email"_L1);
    for (const QString &role : r.stringList("roles"_L1)) {
        // Roles this client does not know are left out: the server decides what they allow.
        if (const auto known = domain::roleFromString(role))
            a.user.roles.append(*known);
    }
    a.user.disabled = r.boolean("disabled"_L1);
    if (auto acc = r.optionalObject("accreditation"_L1)) {
        domain::Accreditation accreditation;
        accreditation.kind =
            readEnum(*acc, "kind"_L1, domain::accreditationKindFromString, domain::AccreditationKind::Full);
        accreditation.validFrom = readDay(*acc, "valid_from"_L1);
        accreditation.validTo = readDay(*acc, "valid_to"_L1);
        accreditation.revoked = acc->boolean("revoked"_L1);
        a.user.accreditation = accreditation;
    }
    for (JsonReader &p : boundedList(r, "projects"_L1, MaxProjectsPerPerson, false))
        a.projects.append({p.string("id"_L1), p.optionalString("title"_L1), p.string("role"_L1)});
    a.lockedUntil = readTime(r, "locked_until"_L1);
    a.detail = r.json().contains("devices"_L1);
    for (JsonReader &d : boundedList(r, "devices"_L1, MaxDevicesPerPerson, false))
        a.devices.append({d.string("serial"_L1), d.optionalString("fingerprint"_L1),
                          d.optionalString("subject"_L1), d.optionalString("setting"_L1),
                          readTime(d, "last_seen_at"_L1)});
    return a;
}

QByteArray AccountSummary::toJson() const
{
    return compact(toJsonObject());
}

Result<AccountSummary> AccountSummary::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"account"_s);
    AccountSummary a = read(r);
    if (!r.ok())
        return r.error();
    return a;
}

QByteArray AccountDirectory::toJson() const
{
    QJsonArray peopleList;
    for (const AccountSummary &a : people)
        peopleList.append(a.toJsonObject());
    QJsonArray projectList;
    for (const ProjectChoice &p : projects)
        projectList.append(QJsonObject{{u"id"_s, p.id}, {u"title"_s, p.title}, {u"status"_s, p.status}});
    return compact(QJsonObject{{u"people"_s, peopleList},
                               {u"projects"_s, projectList},
                               {u"roles"_s, QJsonArray::fromStringList(roles)}});
}

Result<AccountDirectory> AccountDirectory::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"accounts"_s);
    AccountDirectory d;
    for (JsonReader &p : boundedList(r, "people"_L1, accountlimits::MaxPeople, true))
        d.people.append(AccountSummary::read(p));
    for (JsonReader &p : boundedList(r, "projects"_L1, accountlimits::MaxPeople, false))
        d.projects.append({p.string("id"_L1), p.optionalString("title"_L1), p.optionalString("status"_L1)});
    d.roles = r.stringList("roles"_L1);
    if (!r.ok())
        return r.error();
    return d;
}

QByteArray NewAccountRequest::toJson() const
{
    return compact(QJsonObject{{u"username"_s, username},
                               {u"display_name"_s, displayName},
                               {u"email"_s, email},
                               {u"roles"_s, rolesToJson(roles)}});
}

Result<NewAccountRequest> NewAccountRequest::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"new-account"_s);
    r.rejectUnknown({"username"_L1, "display_name"_L1, "email"_L1, "roles"_L1});
    NewAccountRequest a;
    a.username = boundedString(r, "username"_L1, 64, true);
    a.displayName = boundedString(r, "display_name"_L1, accountlimits::MaxNameLength, true).trimmed();
    a.email = boundedString(r, "email"_L1, accountlimits::MaxEmailLength, false).trimmed();
    a.roles = readRoles(r);
    if (!r.ok())
        return r.error();
    if (!domain::AccountRules::isValidUsername(a.username))
        return badRequest(u"username: use 2-64 lower-case letters, digits, '.', '_' or '-'"_s, u"username"_s);
    if (a.displayName.isEmpty())
        return badRequest(u"display_name: give the person's full name"_s, u"display_name"_s);
    if (!a.email.isEmpty() && !a.email.contains(u'@'))
        return badRequest(u"email: not an email address"_s, u"email"_s);
    if (a.roles.isEmpty())
        return badRequest(u"roles: give the person at least one role"_s, u"roles"_s);
    return a;
}

QByteArray AccountSecrets::toJson() const
{
    return compact(QJsonObject{{u"account"_s, account.toJsonObject()},
                               {u"initial_password"_s, QString::fromUtf8(initialPassword)},
                               {u"totp_secret"_s, QString::fromUtf8(totpSecret)},
                               {u"otpauth_uri"_s, QString::fromUtf8(otpauthUri)},
                               {u"notice"_s, notice}});
}

Result<AccountSecrets> AccountSecrets::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"account-secrets"_s);
    AccountSecrets s;
    JsonReader account = r.object("account"_L1);
    s.account = AccountSummary::read(account);
    s.initialPassword = secretBytes(r, "initial_password"_L1);
    s.totpSecret = secretBytes(r, "totp_secret"_L1);
    s.otpauthUri = secretBytes(r, "otpauth_uri"_L1);
    s.notice = r.optionalString("notice"_L1);
    if (!r.ok()) {
        s.wipe();
        return r.error();
    }
    if (s.totpSecret.isEmpty()) {
        s.wipe();
        return badRequest(u"account-secrets.totp_secret: missing"_s, {});
    }
    return s;
}

void AccountSecrets::wipe()
{
    wipeBytes(initialPassword);
    wipeBytes(totpSecret);
    wipeBytes(otpauthUri);
}

QByteArray RolesRequest::toJson() const
{
    return compact(QJsonObject{{u"roles"_s, rolesToJson(roles)}});
}

Result<RolesRequest> RolesRequest::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"roles"_s);
    r.rejectUnknown({"roles"_L1});
    RolesRequest q;
    q.roles = readRoles(r);
    if (!r.ok())
        return r.error();
    return q;
}

QByteArray AccreditationRequest::toJson() const
{
    QJsonObject o{{u"kind"_s, domain::accreditationKindToString(kind)}, {u"valid_from"_s, day(validFrom)}};
    if (validTo.isValid())
        o.insert(u"valid_to"_s, day(validTo));
    return compact(o);
}

Result<AccreditationRequest> AccreditationRequest::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"accreditation"_s);
    r.rejectUnknown({"kind"_L1, "valid_from"_L1, "valid_to"_L1});
    AccreditationRequest a;
    a.kind = readEnum(r, "kind"_L1, domain::accreditationKindFromString, domain::AccreditationKind::Full);
    a.validFrom = r.day("valid_from"_L1);
    a.validTo = r.day("valid_to"_L1, true);
    if (!r.ok())
        return r.error();
    if (!a.validFrom.isValid())
        return badRequest(u"valid_from: give the first day it is valid"_s, u"valid_from"_s);
    if (a.validTo.isValid() && a.validTo < a.validFrom)
        return badRequest(u"valid_to: before valid_from"_s, u"valid_to"_s);
    return a;
}

QByteArray ReasonRequest::toJson() const
{
    return compact(QJsonObject{{u"reason"_s, reason}});
}

Result<ReasonRequest> ReasonRequest::fromJson(QByteArrayView body)
{
    // An empty body is a request without a reason (the rules decide whether one is needed).
    if (body.trimmed().isEmpty())
        return ReasonRequest{};
    JsonReader r = JsonReader::parse(body, u"reason"_s);
    r.rejectUnknown({"reason"_L1});
    ReasonRequest q;
    q.reason = boundedString(r, "reason"_L1, accountlimits::MaxReasonLength, false).trimmed();
    if (!r.ok())
        return r.error();
    return q;
}

QByteArray MembershipRequest::toJson() const
{
    return compact(QJsonObject{{u"role"_s, role}});
}

Result<MembershipRequest> MembershipRequest::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"membership"_s);
    r.rejectUnknown({"role"_L1});
    MembershipRequest q;
    q.role = r.string("role"_L1);
    if (!r.ok())
        return r.error();
    if (!isProjectRole(q.role))
        return badRequest(u"role: expected \"member\", \"lead\" or \"supervisor\""_s, u"role"_s);
    return q;
}

QByteArray DeviceRevocationRequest::toJson() const
{
    QJsonObject o{{u"reason"_s, reason}};
    if (!serial.isEmpty())
        o.insert(u"serial"_s, serial);
    if (!fingerprint.isEmpty())
        o.insert(u"fingerprint"_s, fingerprint);
    return compact(o);
}

Result<DeviceRevocationRequest> DeviceRevocationRequest::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"device-revocation"_s);
    r.rejectUnknown({"serial"_L1, "fingerprint"_L1, "reason"_L1});
    DeviceRevocationRequest q;
    q.serial = boundedString(r, "serial"_L1, 200, false).trimmed();
    q.fingerprint = boundedString(r, "fingerprint"_L1, 200, false).trimmed().remove(u':').toLower();
    q.reason = boundedString(r, "reason"_L1, accountlimits::MaxReasonLength, false).trimmed();
    if (!r.ok())
        return r.error();
    if (q.serial.isEmpty() == q.fingerprint.isEmpty())
        return badRequest(u"give the certificate's serial or its fingerprint, one of them"_s, u"serial"_s);
    return q;
}

QByteArray DeviceRevocationInfo::toJson() const
{
    return compact(QJsonObject{{u"serial"_s, serial},
                               {u"changed"_s, changed},
                               {u"sessions_ended"_s, sessionsEnded},
                               {u"cache_shares_revoked"_s, sharesRevoked}});
}

Result<DeviceRevocationInfo> DeviceRevocationInfo::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"device-revocation"_s);
    DeviceRevocationInfo d;
    d.serial = r.string("serial"_L1);
    d.changed = r.boolean("changed"_L1);
    d.sessionsEnded = static_cast<int>(r.integer("sessions_ended"_L1));
    d.sharesRevoked = static_cast<int>(r.integer("cache_shares_revoked"_L1));
    if (!r.ok())
        return r.error();
    return d;
}

} // namespace srs::protocol
