#include "LifecycleMessages.h"

#include "JsonReader.h"
#include "WireFields.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace srs::protocol {

using namespace Qt::Literals::StringLiterals;
using namespace wire;

namespace {

constexpr qsizetype MaxListItems = 100000;

} // namespace

QJsonObject ExtensionRequestInfo::toJsonObject() const
{
    return QJsonObject{{u"id"_s, id},
                       {u"project"_s, projectId},
                       {u"project_title"_s, projectTitle},
                       {u"requested_by"_s, requestedBy},
                       {u"requested_by_name"_s, requestedByName},
                       {u"current_end_date"_s, day(currentEndDate)},
                       {u"new_end_date"_s, day(newEndDate)},
                       {u"reason"_s, reason},
                       {u"state"_s, domain::extensionStateToString(state)},
                       {u"decided_by_name"_s, decidedByName},
                       {u"decision_reason"_s, decisionReason},
                       {u"created_at"_s, time(createdAt)},
                       {u"decided_at"_s, time(decidedAt)}};
}

QByteArray ExtensionRequestInfo::toJson() const
{
    return compact(toJsonObject());
}

ExtensionRequestInfo ExtensionRequestInfo::read(JsonReader &r)
{
    ExtensionRequestInfo x;
    x.id = r.string("id"_L1);
    x.projectId = r.string("project"_L1);
    x.projectTitle = r.optionalString("project_title"_L1);
    x.requestedBy = r.string("requested_by"_L1);
    x.requestedByName = r.optionalString("requested_by_name"_L1);
    x.currentEndDate = readDay(r, "current_end_date"_L1);
    x.newEndDate = r.day("new_end_date"_L1);
    x.reason = r.optionalString("reason"_L1);
    x.state = readEnum(r, "state"_L1, domain::extensionStateFromString, domain::ExtensionState::Pending);
    x.decidedByName = r.optionalString("decided_by_name"_L1);
    x.decisionReason = r.optionalString("decision_reason"_L1);
    x.createdAt = readTime(r, "created_at"_L1);
    x.decidedAt = readTime(r, "decided_at"_L1);
    return x;
}

Result<ExtensionRequestInfo> ExtensionRequestInfo::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"extension_request"_s);
    ExtensionRequestInfo x = read(r);
    if (!r.ok())
        return r.error();
    return x;
}

QByteArray encodeExtensionRequestList(const QList<ExtensionRequestInfo> &requests)
{
    QJsonArray a;
    for (const ExtensionRequestInfo &x : requests)
        a.append(x.toJsonObject());
    return compact(QJsonObject{{u"extension_requests"_s, a}});
}

Result<QList<ExtensionRequestInfo>> decodeExtensionRequestList(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"extension_requests"_s);
    QList<ExtensionRequestInfo> out;
    for (JsonReader &item : boundedList(r, "extension_requests"_L1, MaxListItems, true))
        out.append(ExtensionRequestInfo::read(item));
    if (!r.ok())
        return r.error();
    return out;
}

QJsonObject publicationToJson(const domain::Publication &p)
{
    return QJsonObject{{u"title"_s, p.title}, {u"link"_s, p.link}};
}

domain::Publication readPublication(JsonReader &r)
{
    domain::Publication p;
    p.title = boundedString(r, "title"_L1, domain::ProjectLifecycle::MaxTitleLength, true);
    p.link = boundedString(r, "link"_L1, domain::ProjectLifecycle::MaxLinkLength, true);
    return p;
}

Result<ExtensionAskRequest> ExtensionAskRequest::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"extension_request"_s);
    r.rejectUnknown({"new_end_date"_L1, "reason"_L1});
    ExtensionAskRequest x;
    x.newEndDate = r.day("new_end_date"_L1);
    x.reason = boundedString(r, "reason"_L1, domain::ProjectLifecycle::MaxReasonLength, true);
    if (!r.ok())
        return r.error();
    return x;
}

QByteArray ExtensionAskRequest::toJson() const
{
    return compact(QJsonObject{{u"new_end_date"_s, day(newEndDate)}, {u"reason"_s, reason}});
}

Result<ExtensionDecisionRequest> ExtensionDecisionRequest::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"decision"_s);
    r.rejectUnknown({"approve"_L1, "reason"_L1});
    ExtensionDecisionRequest d;
    d.approve = r.boolean("approve"_L1);
    d.reason = boundedString(r, "reason"_L1, domain::ProjectLifecycle::MaxReasonLength, true);
    if (!r.ok())
        return r.error();
    return d;
}

QByteArray ExtensionDecisionRequest::toJson() const
{
    return compact(QJsonObject{{u"approve"_s, approve}, {u"reason"_s, reason}});
}

Result<CompletionRequest> CompletionRequest::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"completion"_s);
    r.rejectUnknown({"publications"_L1});
    CompletionRequest c;
    for (JsonReader &item :
         boundedList(r, "publications"_L1, domain::ProjectLifecycle::MaxPublications, true)) {
        item.rejectUnknown({"title"_L1, "link"_L1});
        c.publications.append(readPublication(item));
    }
    if (!r.ok())
        return r.error();
    return c;
}

QByteArray CompletionRequest::toJson() const
{
    QJsonArray a;
    for (const domain::Publication &p : publications)
        a.append(publicationToJson(p));
    return compact(QJsonObject{{u"publications"_s, a}});
}

Result<StatusChangeRequest> StatusChangeRequest::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"status_change"_s);
    r.rejectUnknown({"reason"_L1});
    StatusChangeRequest s;
    s.reason = boundedString(r, "reason"_L1, domain::ProjectLifecycle::MaxReasonLength, true);
    if (!r.ok())
        return r.error();
    return s;
}

QByteArray StatusChangeRequest::toJson() const
{
    return compact(QJsonObject{{u"reason"_s, reason}});
}

QJsonObject DeskProjectInfo::toJsonObject() const
{
    QJsonArray pubs;
    for (const domain::Publication &p : publications)
        pubs.append(publicationToJson(p));
    return QJsonObject{
        {u"id"_s, project.id},
        {u"title"_s, project.title},
        {u"status"_s, domain::projectStatusToString(project.status)},
        {u"start_date"_s, day(project.startDate)},
        {u"end_date"_s, day(project.endDate)},
        {u"extended_to"_s, day(project.extendedTo)},
        {u"lead"_s, leadUsername},
        {u"lead_name"_s, leadName},
        {u"end_warning_days"_s, endWarningDays},
        {u"open_extension"_s, openExtension ? QJsonValue(openExtension->toJsonObject()) : QJsonValue()},
        {u"publications"_s, pubs}};
}

QByteArray DeskProjectInfo::toJson() const
{
    return compact(toJsonObject());
}

DeskProjectInfo DeskProjectInfo::read(JsonReader &r)
{
    DeskProjectInfo p;
    p.project.id = r.string("id"_L1);
    p.project.title = r.string("title"_L1);
    p.project.status =
        readEnum(r, "status"_L1, domain::projectStatusFromString, domain::ProjectStatus::Active);
    p.project.startDate = readDay(r, "start_date"_L1);
    p.project.endDate = r.day("end_date"_L1);
    p.project.extendedTo = readDay(r, "extended_to"_L1);
    p.leadUsername = r.optionalString("lead"_L1);
    p.leadName = r.optionalString("lead_name"_L1);
    p.endWarningDays = static_cast<int>(optionalInteger(r, "end_warning_days"_L1));
    if (auto x = r.optionalObject("open_extension"_L1))
        p.openExtension = ExtensionRequestInfo::read(*x);
    for (JsonReader &item :
         boundedList(r, "publications"_L1, domain::ProjectLifecycle::MaxPublications, false))
        p.publications.append(readPublication(item));
    return p;
}

Result<DeskProjectInfo> DeskProjectInfo::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"project"_s);
    DeskProjectInfo p = read(r);
    if (!r.ok())
        return r.error();
    return p;
}

QByteArray encodeDeskProjectList(const QList<DeskProjectInfo> &projects)
{
    QJsonArray a;
    for (const DeskProjectInfo &p : projects)
        a.append(p.toJsonObject());
    return compact(QJsonObject{{u"projects"_s, a}});
}

Result<QList<DeskProjectInfo>> decodeDeskProjectList(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"projects"_s);
    QList<DeskProjectInfo> out;
    for (JsonReader &item : boundedList(r, "projects"_L1, MaxListItems, true))
        out.append(DeskProjectInfo::read(item));
    if (!r.ok())
        return r.error();
    return out;
}

} // namespace srs::protocol
