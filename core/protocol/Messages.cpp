#include "Messages.h"

#include "JsonReader.h"
#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace srs::protocol {

using namespace Qt::Literals::StringLiterals;

namespace {

// What t.toUTC().toString(Qt::ISODate) gives ("2026-03-29T01:02:03Z", whole seconds), in a
// small fraction of its time: a full workspace has a time for every entry.
QString isoTime(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    constexpr qint64 DayMs = 24 * 3600 * 1000;
    constexpr qint64 UnixEpochJulianDay = 2440588;
    const qint64 ms = t.toMSecsSinceEpoch();
    qint64 days = ms / DayMs;
    qint64 inDay = ms % DayMs;
    if (inDay < 0) {
        inDay += DayMs;
        --days;
    }
    int year = 0, month = 0, day = 0;
    QDate::fromJulianDay(UnixEpochJulianDay + days).getDate(&year, &month, &day);
    if (year < 1 || year > 9999)
        return t.toUTC().toString(Qt::ISODate);
    const int secs = int(inDay / 1000);
    const int fields[] = {year / 100, year % 100, month, day, secs / 3600, secs / 60 % 60, secs % 60};
    char out[] = "0000-00-00T00:00:00Z";
    constexpr int at[] = {0, 2, 5, 8, 11, 14, 17};
    for (int i = 0; i < 7; ++i) {
        out[at[i]] = char('0' + fields[i] / 10);
        out[at[i] + 1] = char('0' + fields[i] % 10);
    }
    return QString::fromLatin1(out, sizeof out - 1);
}

QString isoDay(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonValue nullableDay(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

Result<SignInRequest> SignInRequest::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"sign-in"_s);
    r.rejectUnknown({"username"_L1, "password"_L1, "totp_code"_L1});
    SignInRequest s;
    s.username = r.string("username"_L1).trimmed();
    s.password = r.string("password"_L1);
    s.totpCode = r.string("totp_code"_L1).trimmed();
    if (!r.ok())
        return r.error();
    if (s.username.isEmpty() || s.username.size() > 128)
        return Error{u"bad-json"_s, u"sign-in.username: must be 1 to 128 characters"_s};
    if (s.password.isEmpty() || s.password.size() > 1024)
        return Error{u"bad-json"_s, u"sign-in.password: must be 1 to 1024 characters"_s};
    if (s.totpCode.size() != 6 ||
        !std::all_of(s.totpCode.cbegin(), s.totpCode.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return Error{u"bad-json"_s, u"sign-in.totp_code: must be the 6 digits from the authenticator app"_s};
    return s;
}

QByteArray SignInRequest::toJson() const
{
    return QJsonDocument(
               QJsonObject{{u"username"_s, username}, {u"password"_s, password}, {u"totp_code"_s, totpCode}})
        .toJson(QJsonDocument::Compact);
}

Result<DeclarationRequest> DeclarationRequest::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"declaration"_s);
    r.rejectUnknown({"kind"_L1, "version"_L1});
    const QString kind = r.string("kind"_L1);
    const qint64 version = r.integer("version"_L1);
    if (!r.ok())
        return r.error();
    const auto k = domain::declarationKindFromString(kind);
    if (!k)
        return Error{
            u"bad-json"_s,
            u"declaration.kind: expected \"security\" or \"extended-syops\", got \"%1\""_s.arg(kind)};
    if (version < 1 || version > 1000)
        return Error{u"bad-json"_s, u"declaration.version: must be a positive version number"_s};
    return DeclarationRequest{*k, static_cast<int>(version)};
}

QByteArray DeclarationRequest::toJson() const
{
    return QJsonDocument(
               QJsonObject{{u"kind"_s, domain::declarationKindToString(kind)}, {u"version"_s, version}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject MeInfo::toJsonObject() const
{
    QJsonArray roles;
    for (domain::Role role : user.roles)
        roles.append(domain::roleToString(role));
    QJsonValue accreditation = QJsonValue::Null;
    if (user.accreditation) {
        accreditation = QJsonObject{
            {u"kind"_s, domain::accreditationKindToString(user.accreditation->kind)},
            {u"valid_from"_s, isoDay(user.accreditation->validFrom)},
            {u"valid_to"_s, isoDay(user.accreditation->validTo)},
            {u"revoked"_s, user.accreditation->revoked},
        };
    }
    QJsonArray owed;
    for (const OwedDeclaration &d : declarationsOwed)
        owed.append(QJsonObject{{u"kind"_s, domain::declarationKindToString(d.kind)},
                                {u"version"_s, d.version},
                                {u"title"_s, d.title},
                                {u"text"_s, d.text}});
    return QJsonObject{
        {u"user"_s, QJsonObject{{u"id"_s, user.id},
                                {u"username"_s, user.username},
                                {u"display_name"_s, user.displayName},
                                {u"email"_s, user.email},
                                {u"roles"_s, roles},
                                {u"accreditation"_s, accreditation}}},
        {u"setting"_s,
         QJsonObject{{u"kind"_s, domain::settingKindToString(setting.kind)},
                     {u"name"_s, setting.name},
                     {u"device"_s, setting.device.commonName},
                     {u"device_class"_s, domain::deviceClassToString(setting.device.deviceClass)}}},
        {u"declarations_owed"_s, owed},
    };
}

QByteArray SessionInfo::toJson() const
{
    QJsonObject o = me.toJsonObject();
    o.insert(u"token"_s, token);
    o.insert(u"expires_at"_s, isoTime(expiresAt));
    o.insert(u"idle_timeout_seconds"_s, idleTimeoutSeconds);
    o.insert(u"cache_key_share"_s, cacheKeyShare);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject datasetToJson(const domain::Dataset &d)
{
    return QJsonObject{{u"id"_s, d.id},
                       {u"title"_s, d.title},
                       {u"owner"_s, d.owner},
                       {u"access"_s, domain::datasetAccessToString(d.access)}};
}

QJsonObject ProjectInfo::toJsonObject(bool detail) const
{
    QJsonObject o{
        {u"id"_s, project.id},
        {u"title"_s, project.title},
        {u"status"_s, domain::projectStatusToString(project.status)},
        {u"start_date"_s, isoDay(project.startDate)},
        {u"end_date"_s, isoDay(project.endDate)},
        {u"extended_to"_s, nullableDay(project.extendedTo)},
        {u"home_working_approved"_s, project.homeWorkingApproved},
        {u"access"_s, QJsonObject{{u"allowed"_s, access.allowed},
                                  {u"code"_s, access.code},
                                  {u"message"_s, access.message}}},
    };
    if (detail) {
        QJsonArray m;
        for (const ProjectMemberInfo &member : members)
            m.append(QJsonObject{{u"username"_s, member.username},
                                 {u"display_name"_s, member.displayName},
                                 {u"role"_s, domain::projectRoleToString(member.role)}});
        QJsonArray ds;
        for (const domain::Dataset &d : datasets)
            ds.append(datasetToJson(d));
        o.insert(u"members"_s, m);
        o.insert(u"datasets"_s, ds);
        o.insert(u"hidden_datasets"_s, hiddenDatasets);
    }
    return o;
}

QByteArray encodeProjectList(const QList<ProjectInfo> &projects)
{
    QJsonArray a;
    for (const ProjectInfo &p : projects)
        a.append(p.toJsonObject(false));
    return QJsonDocument(QJsonObject{{u"projects"_s, a}}).toJson(QJsonDocument::Compact);
}

QByteArray encodeDatasetList(const QList<domain::Dataset> &datasets)
{
    QJsonArray a;
    for (const domain::Dataset &d : datasets)
        a.append(datasetToJson(d));
    return QJsonDocument(QJsonObject{{u"datasets"_s, a}}).toJson(QJsonDocument::Compact);
}

// Written directly rather than through QJsonObject: this is the answer to every client's
// poll, and building the object cost more than everything else the route does. Keys are
// written in sorted order, so the bytes are the same as QJsonDocument's.
QByteArray WorkspaceChangesInfo::toJson() const
{
    JsonWriter w(128 + 160 * (added.size() + changed.size()) + 64 * removed.size());
    auto list = [&w](const QList<WorkspaceEntryInfo> &entries) {
        w.beginArray();
        for (const WorkspaceEntryInfo &e : entries) {
            w.beginObject();
            w.key("modified_at"_L1);
            w.value(isoTime(e.modifiedAt));
            w.key("path"_L1);
            w.value(e.path);
            w.key("revision"_L1);
            w.value(e.revision);
            w.key("sha256"_L1);
            w.value(e.sha256);
            w.key("size"_L1);
            w.value(e.size);
            w.key("type"_L1);
            w.value(e.type);
            w.endObject();
        }
        w.endArray();
    };
    w.beginObject();
    w.key("added"_L1);
    list(added);
    w.key("changed"_L1);
    list(changed);
    w.key("project_id"_L1);
    w.value(projectId);
    w.key("removed"_L1);
    w.beginArray();
    for (const WorkspaceEntryInfo &e : removed) {
        w.beginObject();
        w.key("path"_L1);
        w.value(e.path);
        w.key("revision"_L1);
        w.value(e.revision);
        w.endObject();
    }
    w.endArray();
    w.key("revision"_L1);
    w.value(revision);
    w.key("since"_L1);
    w.value(since);
    w.endObject();
    return w.take();
}

} // namespace srs::protocol
