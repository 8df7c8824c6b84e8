#include "IngestMessages.h"

#include "JsonReader.h"
#include "Messages.h"
#include "WireFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace srs::protocol {

using namespace Qt::Literals::StringLiterals;
using namespace wire;
using namespace ingestlimits;

namespace {

// Characters a name may not hold: controls (C0, DEL, C1), and the invisible ones that make a
// name read differently from what it is (bidirectional overrides, zero-width characters).
bool forbiddenInName(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x20 || (u >= 0x7f && u <= 0x9f))
        return true;
    if (c.isSurrogate() || u == 0xfeff || u == 0xfffd)
        return true;
    if ((u >= 0x200b && u <= 0x200f) || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069))
        return true;
    return c.category() == QChar::Other_Format;
}

QJsonArray findingsToJson(const QList<IngestFinding> &findings)
{
    QJsonArray out;
    for (const IngestFinding &f : findings)
        out.append(f.toJsonObject());
    return out;
}

QJsonObject fileToJson(const IngestFileInfo &f)
{
    return QJsonObject{{u"index"_s, f.index},
                       {u"name"_s, f.spec.name},
                       {u"size"_s, f.spec.size},
                       {u"sha256"_s, f.spec.sha256},
                       {u"description"_s, f.spec.description},
                       {u"received_bytes"_s, f.receivedBytes},
                       {u"kind"_s, f.kind},
                       {u"media_type"_s, f.mediaType},
                       {u"checked"_s, f.checked},
                       {u"findings"_s, findingsToJson(f.findings)},
                       {u"profile"_s, f.profile},
                       {u"decision"_s, f.decision},
                       {u"decision_comment"_s, f.decisionComment},
                       {u"delivered_path"_s, f.deliveredPath}};
}

IngestInfo readInfo(JsonReader &r)
{
    IngestInfo i;
    i.id = r.string("id"_L1);
    i.projectId = r.string("project_id"_L1);
    JsonReader requester = r.object("requester"_L1);
    i.requesterId = requester.string("id"_L1);
    i.requesterName = requester.optionalString("display_name"_L1);
    i.createdAt = readTime(r, "created_at"_L1);
    i.updatedAt = readTime(r, "updated_at"_L1);
    i.state = r.string("state"_L1);
    i.reason = r.optionalString("reason"_L1);
    i.waitingReason = r.optionalString("waiting_reason"_L1);
    i.chunkBytes = r.integer("chunk_bytes"_L1);
    for (JsonReader &f : r.objectList("files"_L1)) {
        IngestFileInfo file;
        file.index = static_cast<int>(f.integer("index"_L1));
        file.spec.name = f.string("name"_L1);
        file.spec.size = f.integer("size"_L1);
        file.spec.sha256 = f.string("sha256"_L1);
        file.spec.description = f.optionalString("description"_L1);
        file.receivedBytes = f.integer("received_bytes"_L1);
        file.kind = f.optionalString("kind"_L1);
        file.mediaType = f.optionalString("media_type"_L1);
        file.checked = f.json().value("checked"_L1).toBool();
        for (const QJsonValue &v : f.json().value("findings"_L1).toArray())
            file.findings.append(IngestFinding::fromJsonObject(v.toObject()));
        file.profile = f.json().value("profile"_L1).toObject();
        if (const QString d = f.optionalString("decision"_L1); !d.isEmpty())
            file.decision = d;
        file.decisionComment = f.optionalString("decision_comment"_L1);
        file.deliveredPath = f.optionalString("delivered_path"_L1);
        i.files.append(file);
    }
    return i;
}

} // namespace

QString ingestNameProblem(const QString &name)
{
    if (name.isEmpty())
        return u"the name is empty"_s;
    if (name.size() > MaxNameLength)
        return u"the name is longer than %1 characters"_s.arg(MaxNameLength);
    if (name.startsWith(u'/'))
        return u"the name starts with \"/\"; give a relative name such as \"code/model.R\""_s;
    if (name.contains(u'\\'))
        return u"the name holds a backslash; separate folders with \"/\""_s;
    for (QChar c : name) {
        if (forbiddenInName(c))
            return u"the name holds a control or invisible character (U+%1)"_s.arg(
                QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0'));
    }
    for (const QString &part : name.split(u'/')) {
        if (part.isEmpty())
            return u"the name has an empty folder (\"//\" or a trailing \"/\")"_s;
        if (part == "."_L1 || part == ".."_L1)
            return u"the name has a \".\" or \"..\" part"_s;
        if (part.size() > MaxNamePartLength)
            return u"a part of the name is longer than %1 characters"_s.arg(MaxNamePartLength);
        if (part.endsWith(u' ') || part.startsWith(u' '))
            return u"a part of the name starts or ends with a space"_s;
    }
    return {};
}

Result<IngestCreateRequest> IngestCreateRequest::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"ingest"_s);
    r.rejectUnknown({"reason"_L1, "files"_L1});
    IngestCreateRequest req;
    req.reason = boundedString(r, "reason"_L1, MaxReasonLength, true);
    QList<JsonReader> files = boundedList(r, "files"_L1, MaxFilesPerRequest, true);
    if (!r.ok())
        return r.error();
    if (req.reason.trimmed().isEmpty())
        return Error{u"bad-request"_s, u"reason: say why the project needs these files"_s, u"reason"_s};
    if (files.isEmpty())
        return Error{u"bad-request"_s, u"files: name at least one file"_s, u"files"_s};
    QSet<QString> seen;
    for (qsizetype i = 0; i < files.size(); ++i) {
        JsonReader &f = files[i];
        const QString field = u"files[%1]"_s.arg(i);
        f.rejectUnknown({"name"_L1, "size"_L1, "sha256"_L1, "description"_L1});
        IngestFileSpec spec;
        spec.name = f.string("name"_L1);
        spec.size = f.integer("size"_L1);
        spec.sha256 = f.string("sha256"_L1);
        spec.description = boundedString(f, "description"_L1, MaxDescriptionLength, true);
        if (!f.ok())
            return f.error();
        if (const QString problem = ingestNameProblem(spec.name); !problem.isEmpty())
            return Error{u"bad-request"_s, u"%1.name: %2"_s.arg(field, problem), field + u".name"_s};
        if (seen.contains(spec.name))
            return Error{u"bad-request"_s, u"%1.name: \"%2\" is named twice"_s.arg(field, spec.name),
                         field + u".name"_s};
        seen.insert(spec.name);
        if (spec.size < 0)
            return Error{u"bad-request"_s, u"%1.size: expected a number of bytes (0 or more)"_s.arg(field),
                         field + u".size"_s};
        if (!isSha256Hex(spec.sha256))
            return Error{u"bad-request"_s,
                         u"%1.sha256: expected 64 lower-case hexadecimal digits"_s.arg(field),
                         field + u".sha256"_s};
        if (spec.description.trimmed().isEmpty())
            return Error{u"bad-request"_s,
                         u"%1.description: say what the file is and why it is needed"_s.arg(field),
                         field + u".description"_s};
        req.files.append(spec);
    }
    return req;
}

QJsonObject IngestFinding::toJsonObject() const
{
    return QJsonObject{{u"rule"_s, rule},
                       {u"severity"_s, severity},
                       {u"message"_s, message},
                       {u"parameters"_s, parameters},
                       {u"line"_s, line}};
}

IngestFinding IngestFinding::fromJsonObject(const QJsonObject &o)
{
    IngestFinding f;
    f.rule = o.value("rule"_L1).toString();
    f.severity = o.value("severity"_L1).toString();
    f.message = o.value("message"_L1).toString();
    f.parameters = o.value("parameters"_L1).toObject();
    f.line = o.value("line"_L1).toInt();
    return f;
}

QByteArray encodeIngestFindings(const QList<IngestFinding> &findings)
{
    return QJsonDocument(findingsToJson(findings)).toJson(QJsonDocument::Compact);
}

QList<IngestFinding> decodeIngestFindings(QByteArrayView json)
{
    QList<IngestFinding> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toByteArray()).array())
        out.append(IngestFinding::fromJsonObject(v.toObject()));
    return out;
}

QByteArray IngestCreateRequest::toJson() const
{
    QJsonArray list;
    for (const IngestFileSpec &f : files)
        list.append(QJsonObject{{u"name"_s, f.name},
                                {u"size"_s, f.size},
                                {u"sha256"_s, f.sha256},
                                {u"description"_s, f.description}});
    return compact(QJsonObject{{u"reason"_s, reason}, {u"files"_s, list}});
}

QJsonObject IngestInfo::toJsonObject() const
{
    QJsonArray list;
    for (const IngestFileInfo &f : files)
        list.append(fileToJson(f));
    return QJsonObject{
        {u"id"_s, id},
        {u"project_id"_s, projectId},
        {u"requester"_s, QJsonObject{{u"id"_s, requesterId}, {u"display_name"_s, requesterName}}},
        {u"created_at"_s, time(createdAt)},
        {u"updated_at"_s, time(updatedAt)},
        {u"state"_s, state},
        {u"reason"_s, reason},
        {u"waiting_reason"_s, waitingReason},
        {u"chunk_bytes"_s, chunkBytes},
        {u"files"_s, list}};
}

QByteArray IngestInfo::toJson() const
{
    return compact(toJsonObject());
}

Result<IngestInfo> IngestInfo::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"ingest"_s);
    IngestInfo i = readInfo(r);
    if (!r.ok())
        return r.error();
    return i;
}

QByteArray encodeIngestList(const QList<IngestInfo> &list)
{
    QJsonArray a;
    for (const IngestInfo &i : list)
        a.append(i.toJsonObject());
    return compact(QJsonObject{{u"ingests"_s, a}});
}

Result<QList<IngestInfo>> decodeIngestList(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"ingests"_s);
    QList<IngestInfo> out;
    for (JsonReader &item : r.objectList("ingests"_L1))
        out.append(readInfo(item));
    if (!r.ok())
        return r.error();
    return out;
}

bool IngestMissing::complete() const
{
    for (const File &f : files) {
        if (!f.missing.isEmpty())
            return false;
    }
    return true;
}

QByteArray IngestMissing::toJson() const
{
    QJsonArray list;
    for (const File &f : files) {
        QJsonArray ranges;
        for (const Range &range : f.missing)
            ranges.append(QJsonObject{{u"offset"_s, range.offset}, {u"length"_s, range.length}});
        list.append(QJsonObject{{u"index"_s, f.index},
                                {u"size"_s, f.size},
                                {u"received_bytes"_s, f.receivedBytes},
                                {u"missing"_s, ranges}});
    }
    return compact(
        QJsonObject{{u"id"_s, id}, {u"state"_s, state}, {u"chunk_bytes"_s, chunkBytes}, {u"files"_s, list}});
}

Result<IngestMissing> IngestMissing::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"missing"_s);
    IngestMissing m;
    m.id = r.string("id"_L1);
    m.state = r.string("state"_L1);
    m.chunkBytes = r.integer("chunk_bytes"_L1);
    for (JsonReader &f : r.objectList("files"_L1)) {
        File file;
        file.index = static_cast<int>(f.integer("index"_L1));
        file.size = f.integer("size"_L1);
        file.receivedBytes = f.integer("received_bytes"_L1);
        for (JsonReader &range : f.objectList("missing"_L1))
            file.missing.append({range.integer("offset"_L1), range.integer("length"_L1)});
        m.files.append(file);
    }
    if (!r.ok())
        return r.error();
    return m;
}

} // namespace srs::protocol
