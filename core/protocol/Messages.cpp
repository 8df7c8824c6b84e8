#include "Messages.h"

#include "JsonReader.h"
#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <tuple>

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

QDate readDay(JsonReader &r, QLatin1StringView key, bool nullable = false)
{
    return r.day(key, nullable);
}

QDateTime readTime(JsonReader &r, QLatin1StringView key)
{
    return r.time(key);
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

MeInfo MeInfo::read(JsonReader &r)
{
    MeInfo me;
    JsonReader u = r.object("user"_L1);
    me.user.id = u.string("id"_L1);
    me.user.username = u.string("username"_L1);
    me.user.displayName = u.string("display_name"_L1);
    me.user.email = u.optionalString("email"_L1);
    for (const QString &role : u.stringList("roles"_L1)) {
        // Roles this client does not know are ignored: the server decides what they allow.
        if (const auto known = domain::roleFromString(role))
            me.user.roles.append(*known);
    }
    if (auto a = u.optionalObject("accreditation"_L1)) {
        domain::Accreditation accreditation;
        const QString kind = a->string("kind"_L1);
        if (const auto k = domain::accreditationKindFromString(kind))
            accreditation.kind = *k;
        else
            a->rejectValue("kind"_L1, u"expected \"full\" or \"provisional\""_s);
        accreditation.validFrom = readDay(*a, "valid_from"_L1);
        accreditation.validTo = readDay(*a, "valid_to"_L1);
        accreditation.revoked = a->boolean("revoked"_L1);
        me.user.accreditation = accreditation;
    }
    JsonReader s = r.object("setting"_L1);
    me.setting.kind = domain::settingKindFromString(s.string("kind"_L1));
    me.setting.name = s.optionalString("name"_L1);
    me.setting.device.commonName = s.optionalString("device"_L1);
    me.setting.device.deviceClass = domain::deviceClassFromString(s.optionalString("device_class"_L1));
    for (JsonReader &d : r.objectList("declarations_owed"_L1)) {
        OwedDeclaration owed;
        const QString kind = d.string("kind"_L1);
        if (const auto k = domain::declarationKindFromString(kind))
            owed.kind = *k;
        else
            d.rejectValue("kind"_L1, u"expected \"security\" or \"extended-syops\""_s);
        owed.version = static_cast<int>(d.integer("version"_L1));
        owed.title = d.string("title"_L1);
        owed.text = d.string("text"_L1);
        me.declarationsOwed.append(owed);
    }
    return me;
}

Result<MeInfo> MeInfo::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"me"_s);
    MeInfo me = read(r);
    if (!r.ok())
        return r.error();
    return me;
}

Result<SessionInfo> SessionInfo::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"session"_s);
    SessionInfo info;
    info.token = r.string("token"_L1);
    info.expiresAt = readTime(r, "expires_at"_L1);
    info.idleTimeoutSeconds = static_cast<int>(r.integer("idle_timeout_seconds"_L1));
    info.cacheKeyShare = r.string("cache_key_share"_L1);
    info.me = MeInfo::read(r);
    if (!r.ok())
        return r.error();
    if (info.token.size() < 32)
        return Error{u"bad-json"_s, u"session.token: too short to be a session token"_s};
    return info;
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
        {u"purpose"_s, project.purpose},
        {u"lead_organisation"_s, project.leadOrganisation},
        {u"access"_s, QJsonObject{{u"allowed"_s, access.allowed},
                                  {u"code"_s, access.code},
                                  {u"message"_s, access.message}}},
        {u"my_role"_s, myRole ? QJsonValue(domain::projectRoleToString(*myRole)) : QJsonValue()},
        {u"end_warning_days"_s, endWarningDays},
        {u"open_extension"_s, openExtension ? QJsonValue(openExtension->toJsonObject()) : QJsonValue()},
    };
    if (!publications.isEmpty()) {
        QJsonArray pubs;
        for (const domain::Publication &pub : publications)
            pubs.append(publicationToJson(pub));
        o.insert(u"publications"_s, pubs);
    }
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
        QJsonArray waiting;
        for (const domain::Dataset &d : awaitingApproval)
            waiting.append(datasetToJson(d));
        o.insert(u"awaiting_approval"_s, waiting);
    }
    return o;
}

bool isSha256Hex(QStringView text)
{
    if (text.size() != 64)
        return false;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= '0' && u <= '9') || (u >= 'a' && u <= 'f')))
            return false;
    }
    return true;
}

QByteArray encodeProjectList(const QList<ProjectInfo> &projects)
{
    QJsonArray a;
    for (const ProjectInfo &p : projects)
        a.append(p.toJsonObject(false));
    return QJsonDocument(QJsonObject{{u"projects"_s, a}}).toJson(QJsonDocument::Compact);
}

ProjectInfo ProjectInfo::read(JsonReader &r, bool detail)
{
    ProjectInfo p;
    p.project.id = r.string("id"_L1);
    p.project.title = r.string("title"_L1);
    const QString status = r.string("status"_L1);
    if (const auto known = domain::projectStatusFromString(status))
        p.project.status = *known;
    else
        r.rejectValue("status"_L1, u"expected \"active\", \"completed\" or \"suspended\""_s);
    p.project.startDate = readDay(r, "start_date"_L1);
    p.project.endDate = readDay(r, "end_date"_L1);
    p.project.extendedTo = readDay(r, "extended_to"_L1, true);
    p.project.homeWorkingApproved = r.boolean("home_working_approved"_L1);
    p.project.purpose = r.optionalString("purpose"_L1);
    p.project.leadOrganisation = r.optionalString("lead_organisation"_L1);
    JsonReader a = r.object("access"_L1);
    p.access.allowed = a.boolean("allowed"_L1);
    p.access.code = a.optionalString("code"_L1);
    p.access.message = a.optionalString("message"_L1);
    const QString myRole = r.optionalString("my_role"_L1);
    if (!myRole.isEmpty()) {
        p.myRole = domain::projectRoleFromString(myRole);
        if (!p.myRole)
            r.rejectValue("my_role"_L1, u"expected \"lead\", \"member\" or \"supervisor\""_s);
    }
    if (r.json().value("end_warning_days"_L1).isDouble())
        p.endWarningDays = static_cast<int>(r.integer("end_warning_days"_L1));
    if (auto x = r.optionalObject("open_extension"_L1))
        p.openExtension = ExtensionRequestInfo::read(*x);
    if (r.json().contains("publications"_L1)) {
        for (JsonReader &pub : r.objectList("publications"_L1))
            p.publications.append(readPublication(pub));
    }
    if (detail) {
        for (JsonReader &m : r.objectList("members"_L1)) {
            ProjectMemberInfo member;
            member.username = m.string("username"_L1);
            member.displayName = m.string("display_name"_L1);
            if (const auto role = domain::projectRoleFromString(m.string("role"_L1)))
                member.role = *role;
            p.members.append(member);
        }
        for (JsonReader &d : r.objectList("datasets"_L1)) {
            domain::Dataset dataset;
            dataset.id = d.string("id"_L1);
            dataset.title = d.string("title"_L1);
            dataset.owner = d.optionalString("owner"_L1);
            if (const auto access = domain::datasetAccessFromString(d.string("access"_L1)))
                dataset.access = *access;
            else
                d.rejectValue("access"_L1, u"expected \"remote-allowed\" or \"safe-room-only\""_s);
            p.datasets.append(dataset);
        }
        p.hiddenDatasets = static_cast<int>(r.integer("hidden_datasets"_L1));
        if (r.json().contains("awaiting_approval"_L1)) {
            for (JsonReader &d : r.objectList("awaiting_approval"_L1)) {
                domain::Dataset dataset;
                dataset.id = d.string("id"_L1);
                dataset.title = d.string("title"_L1);
                dataset.owner = d.optionalString("owner"_L1);
                if (const auto access = domain::datasetAccessFromString(d.string("access"_L1)))
                    dataset.access = *access;
                p.awaitingApproval.append(dataset);
            }
        }
    }
    return p;
}

Result<ProjectInfo> ProjectInfo::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"project"_s);
    ProjectInfo p = read(r, true);
    if (!r.ok())
        return r.error();
    return p;
}

Result<QList<ProjectInfo>> decodeProjectList(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"projects"_s);
    QList<ProjectInfo> out;
    for (JsonReader &item : r.objectList("projects"_L1))
        out.append(ProjectInfo::read(item, false));
    if (!r.ok())
        return r.error();
    return out;
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
    if (!nextCursor.isEmpty()) {
        w.key("next_cursor"_L1);
        w.value(nextCursor);
    }
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
    if (total >= 0) {
        w.key("total"_L1);
        w.value(total);
    }
    w.endObject();
    return w.take();
}

namespace {

// A workspace path as the index writes it: relative, '/'-separated, no empty, "." or ".."
// segment, no control characters.
bool isWorkspacePath(QStringView path)
{
    if (path.isEmpty() || path.size() > 4096)
        return false;
    for (QStringView segment : path.tokenize(u'/')) {
        if (segment.isEmpty() || segment == u"."_s || segment == u".."_s)
            return false;
    }
    for (QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    }
    return true;
}

WorkspaceEntryInfo readWorkspaceEntry(JsonReader &r, bool removed)
{
    WorkspaceEntryInfo e;
    e.path = r.string("path"_L1);
    if (r.ok() && !isWorkspacePath(e.path))
        r.rejectValue("path"_L1, u"expected a relative path without \".\" or \"..\" parts"_s);
    e.revision = r.integer("revision"_L1);
    if (removed)
        return e;
    e.size = r.integer("size"_L1);
    if (r.ok() && e.size < 0)
        r.rejectValue("size"_L1, u"expected a size of 0 or more"_s);
    e.type = r.string("type"_L1);
    if (r.ok() && e.type != u"file"_s && e.type != u"directory"_s)
        r.rejectValue("type"_L1, u"expected \"file\" or \"directory\""_s);
    e.modifiedAt = readTime(r, "modified_at"_L1);
    e.sha256 = r.string("sha256"_L1);
    if (r.ok() && e.type == u"file"_s && !isSha256Hex(e.sha256))
        r.rejectValue("sha256"_L1, u"expected a SHA-256 in lower-case hex"_s);
    return e;
}

} // namespace

Result<WorkspaceChangesInfo> WorkspaceChangesInfo::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"workspace"_s);
    WorkspaceChangesInfo info;
    info.projectId = r.string("project_id"_L1);
    info.since = r.integer("since"_L1);
    info.revision = r.integer("revision"_L1);
    info.nextCursor = r.optionalString("next_cursor"_L1);
    info.total = r.json().contains("total"_L1) ? r.integer("total"_L1) : -1;
    for (const auto &[key, list, removed] :
         {std::tuple{"added"_L1, &info.added, false}, std::tuple{"changed"_L1, &info.changed, false},
          std::tuple{"removed"_L1, &info.removed, true}}) {
        QList<JsonReader> items = r.objectList(key);
        list->reserve(items.size());
        for (JsonReader &item : items)
            list->append(readWorkspaceEntry(item, removed));
    }
    if (!r.ok())
        return r.error();
    return info;
}

QString encodeWorkspaceCursor(qint64 revision, const QString &path)
{
    return QString::number(revision) + u':' +
           QString::fromLatin1(
               path.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<std::pair<qint64, QString>> decodeWorkspaceCursor(QStringView cursor)
{
    const qsizetype colon = cursor.indexOf(u':');
    if (colon <= 0 || cursor.size() > 8192)
        return std::nullopt;
    bool ok = false;
    const qint64 revision = cursor.left(colon).toLongLong(&ok);
    if (!ok || revision < 0)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(cursor.mid(colon + 1).toLatin1(),
                                                        QByteArray::Base64UrlEncoding |
                                                            QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return std::pair{revision, QString::fromUtf8(*decoded)};
}

} // namespace srs::protocol
