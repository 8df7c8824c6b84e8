#include "OwnerMessages.h"

#include "JsonReader.h"
#include "Messages.h"
#include "WireFields.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace srs::protocol {

using namespace Qt::Literals::StringLiterals;
using namespace wire;

namespace {

domain::Dataset readDataset(JsonReader &d)
{
    domain::Dataset dataset;
    dataset.id = d.string("id"_L1);
    dataset.title = d.string("title"_L1);
    dataset.owner = d.optionalString("owner"_L1);
    dataset.access =
        readEnum(d, "access"_L1, domain::datasetAccessFromString, domain::DatasetAccess::SafeRoomOnly);
    return dataset;
}

template <class T, class F>
QByteArray encodeList(const char *key, const QList<T> &list, F toJson)
{
    QJsonArray a;
    for (const T &item : list)
        a.append(toJson(item));
    return QJsonDocument(QJsonObject{{QString::fromLatin1(key), a}}).toJson(QJsonDocument::Compact);
}

template <class T>
Result<QList<T>> decodeList(QByteArrayView body, const char *key)
{
    JsonReader r = JsonReader::parse(body, QString::fromLatin1(key));
    QList<T> out;
    for (JsonReader &item : r.objectList(QLatin1StringView(key)))
        out.append(T::read(item));
    if (!r.ok())
        return r.error();
    return out;
}

} // namespace

QJsonObject OwnerRequestInfo::toJsonObject() const
{
    QJsonArray t;
    for (const OwnerTeamMember &m : team)
        t.append(QJsonObject{{u"display_name"_s, m.displayName},
                             {u"role"_s, domain::projectRoleToString(m.role)},
                             {u"accreditation"_s, m.accreditation},
                             {u"accredited_until"_s, day(m.accreditedUntil)}});
    QJsonArray others;
    for (const domain::Dataset &d : otherDatasets)
        others.append(datasetToJson(d));
    QJsonArray v;
    for (const OwnerVoteInfo &vote : votes)
        v.append(QJsonObject{{u"approver"_s, vote.approver},
                             {u"approve"_s, vote.approve},
                             {u"reason"_s, vote.reason},
                             {u"at"_s, time(vote.at)}});
    return QJsonObject{{u"id"_s, id},
                       {u"state"_s, domain::approvalStateToString(state)},
                       {u"project_id"_s, projectId},
                       {u"project_title"_s, projectTitle},
                       {u"purpose"_s, purpose},
                       {u"lead_organisation"_s, leadOrganisation},
                       {u"lead_name"_s, leadName},
                       {u"start_date"_s, day(startDate)},
                       {u"end_date"_s, day(endDate)},
                       {u"team"_s, t},
                       {u"dataset"_s, datasetToJson(dataset)},
                       {u"other_datasets"_s, others},
                       {u"approvals_needed"_s, approvalsNeeded},
                       {u"votes"_s, v},
                       {u"answered_by_me"_s, answeredByMe},
                       {u"requested_at"_s, time(requestedAt)},
                       {u"decided_at"_s, time(decidedAt)}};
}

OwnerRequestInfo OwnerRequestInfo::read(JsonReader &r)
{
    OwnerRequestInfo o;
    o.id = r.string("id"_L1);
    o.state = readEnum(r, "state"_L1, domain::approvalStateFromString, domain::ApprovalState::Pending);
    o.projectId = r.string("project_id"_L1);
    o.projectTitle = r.optionalString("project_title"_L1);
    o.purpose = r.optionalString("purpose"_L1);
    o.leadOrganisation = r.optionalString("lead_organisation"_L1);
    o.leadName = r.optionalString("lead_name"_L1);
    o.startDate = readDay(r, "start_date"_L1);
    o.endDate = readDay(r, "end_date"_L1);
    for (JsonReader &m : r.objectList("team"_L1)) {
        OwnerTeamMember member;
        member.displayName = m.string("display_name"_L1);
        member.role = readEnum(m, "role"_L1, domain::projectRoleFromString, domain::ProjectRole::Member);
        member.accreditation = m.string("accreditation"_L1);
        member.accreditedUntil = readDay(m, "accredited_until"_L1);
        o.team.append(member);
    }
    JsonReader d = r.object("dataset"_L1);
    o.dataset = readDataset(d);
    for (JsonReader &other : r.objectList("other_datasets"_L1))
        o.otherDatasets.append(readDataset(other));
    o.approvalsNeeded = int(r.integer("approvals_needed"_L1));
    for (JsonReader &v : r.objectList("votes"_L1)) {
        OwnerVoteInfo vote;
        vote.approver = v.string("approver"_L1);
        vote.approve = v.boolean("approve"_L1);
        vote.reason = v.optionalString("reason"_L1);
        vote.at = readTime(v, "at"_L1);
        o.votes.append(vote);
    }
    o.answeredByMe = r.boolean("answered_by_me"_L1);
    o.requestedAt = readTime(r, "requested_at"_L1);
    o.decidedAt = readTime(r, "decided_at"_L1);
    return o;
}

Result<OwnerRequestInfo> OwnerRequestInfo::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"request"_s);
    OwnerRequestInfo o = read(r);
    if (!r.ok())
        return r.error();
    return o;
}

QByteArray encodeOwnerRequests(const QList<OwnerRequestInfo> &list)
{
    return encodeList("requests", list, [](const OwnerRequestInfo &o) { return o.toJsonObject(); });
}

Result<QList<OwnerRequestInfo>> decodeOwnerRequests(QByteArrayView body)
{
    return decodeList<OwnerRequestInfo>(body, "requests");
}

Result<OwnerDecisionRequest> OwnerDecisionRequest::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"decision"_s);
    r.rejectUnknown({"approve"_L1, "reason"_L1});
    OwnerDecisionRequest d;
    d.approve = r.boolean("approve"_L1);
    d.reason = boundedString(r, "reason"_L1, ownerlimits::MaxReasonLength, false);
    if (!r.ok())
        return r.error();
    return d;
}

QByteArray OwnerDecisionRequest::toJson() const
{
    return compact(QJsonObject{{u"approve"_s, approve}, {u"reason"_s, reason}});
}

QJsonObject OwnerProjectInfo::toJsonObject() const
{
    return QJsonObject{{u"approval_id"_s, approvalId},
                       {u"state"_s, domain::approvalStateToString(state)},
                       {u"project_id"_s, projectId},
                       {u"project_title"_s, projectTitle},
                       {u"purpose"_s, purpose},
                       {u"lead_organisation"_s, leadOrganisation},
                       {u"project_status"_s, domain::projectStatusToString(projectStatus)},
                       {u"end_date"_s, day(endDate)},
                       {u"dataset"_s, datasetToJson(dataset)},
                       {u"approved_at"_s, time(approvedAt)},
                       {u"withdrawn_at"_s, time(withdrawnAt)},
                       {u"withdrawal_reason"_s, withdrawalReason}};
}

OwnerProjectInfo OwnerProjectInfo::read(JsonReader &r)
{
    OwnerProjectInfo o;
    o.approvalId = r.string("approval_id"_L1);
    o.state = readEnum(r, "state"_L1, domain::approvalStateFromString, domain::ApprovalState::Approved);
    o.projectId = r.string("project_id"_L1);
    o.projectTitle = r.optionalString("project_title"_L1);
    o.purpose = r.optionalString("purpose"_L1);
    o.leadOrganisation = r.optionalString("lead_organisation"_L1);
    o.projectStatus =
        readEnum(r, "project_status"_L1, domain::projectStatusFromString, domain::ProjectStatus::Active);
    o.endDate = readDay(r, "end_date"_L1);
    JsonReader d = r.object("dataset"_L1);
    o.dataset = readDataset(d);
    o.approvedAt = readTime(r, "approved_at"_L1);
    o.withdrawnAt = readTime(r, "withdrawn_at"_L1);
    o.withdrawalReason = r.optionalString("withdrawal_reason"_L1);
    return o;
}

Result<OwnerProjectInfo> OwnerProjectInfo::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"project"_s);
    OwnerProjectInfo o = read(r);
    if (!r.ok())
        return r.error();
    return o;
}

QByteArray encodeOwnerProjects(const QList<OwnerProjectInfo> &list)
{
    return encodeList("projects", list, [](const OwnerProjectInfo &o) { return o.toJsonObject(); });
}

Result<QList<OwnerProjectInfo>> decodeOwnerProjects(QByteArrayView body)
{
    return decodeList<OwnerProjectInfo>(body, "projects");
}

Result<OwnerWithdrawalRequest> OwnerWithdrawalRequest::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"withdrawal"_s);
    r.rejectUnknown({"reason"_L1});
    OwnerWithdrawalRequest w;
    w.reason = boundedString(r, "reason"_L1, ownerlimits::MaxReasonLength, true);
    if (!r.ok())
        return r.error();
    return w;
}

QByteArray OwnerWithdrawalRequest::toJson() const
{
    return compact(QJsonObject{{u"reason"_s, reason}});
}

QJsonObject ProjectRegisterEntry::toJsonObject() const
{
    QJsonArray ds;
    for (const RegisterDatasetUse &d : datasets)
        ds.append(QJsonObject{{u"dataset_id"_s, d.datasetId},
                              {u"dataset_title"_s, d.datasetTitle},
                              {u"owner"_s, d.owner},
                              {u"approval_needed"_s, d.approvalNeeded},
                              {u"approved_at"_s, time(d.approvedAt)},
                              {u"withdrawn_at"_s, time(d.withdrawnAt)}});
    QJsonArray releases;
    for (const QString &id : releaseIds)
        releases.append(id);
    return QJsonObject{{u"project_id"_s, projectId},
                       {u"project_title"_s, projectTitle},
                       {u"purpose"_s, purpose},
                       {u"lead_organisation"_s, leadOrganisation},
                       {u"status"_s, domain::projectStatusToString(status)},
                       {u"start_date"_s, day(startDate)},
                       {u"end_date"_s, day(endDate)},
                       {u"datasets"_s, ds},
                       {u"release_ids"_s, releases}};
}

ProjectRegisterEntry ProjectRegisterEntry::read(JsonReader &r)
{
    ProjectRegisterEntry e;
    e.projectId = r.string("project_id"_L1);
    e.projectTitle = r.optionalString("project_title"_L1);
    e.purpose = r.optionalString("purpose"_L1);
    e.leadOrganisation = r.optionalString("lead_organisation"_L1);
    e.status = readEnum(r, "status"_L1, domain::projectStatusFromString, domain::ProjectStatus::Active);
    e.startDate = readDay(r, "start_date"_L1);
    e.endDate = readDay(r, "end_date"_L1);
    for (JsonReader &d : r.objectList("datasets"_L1)) {
        RegisterDatasetUse use;
        use.datasetId = d.string("dataset_id"_L1);
        use.datasetTitle = d.optionalString("dataset_title"_L1);
        use.owner = d.optionalString("owner"_L1);
        use.approvalNeeded = d.boolean("approval_needed"_L1);
        use.approvedAt = readTime(d, "approved_at"_L1);
        use.withdrawnAt = readTime(d, "withdrawn_at"_L1);
        e.datasets.append(use);
    }
    e.releaseIds = r.stringList("release_ids"_L1);
    return e;
}

QByteArray encodeProjectRegister(const QList<ProjectRegisterEntry> &list)
{
    return encodeList("projects", list, [](const ProjectRegisterEntry &e) { return e.toJsonObject(); });
}

Result<QList<ProjectRegisterEntry>> decodeProjectRegister(QByteArrayView body)
{
    return decodeList<ProjectRegisterEntry>(body, "projects");
}

} // namespace srs::protocol
