#include "IngestReviewMessages.h"

#include "JsonReader.h"
#include "WireFields.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace srs::protocol {

using namespace Qt::Literals::StringLiterals;
using namespace wire;

namespace {

constexpr qsizetype MaxQueueItems = 100000;
constexpr qsizetype MaxVotesPerFile = 64;

bool isDecision(const QString &d)
{
    return d == QLatin1StringView(ingestdecision::Pending) ||
           d == QLatin1StringView(ingestdecision::Approved) ||
           d == QLatin1StringView(ingestdecision::Rejected);
}

bool isVote(const QString &d)
{
    return d == "approve"_L1 || d == "reject"_L1;
}

QJsonObject voteToJson(const IngestVoteInfo &v)
{
    return QJsonObject{
        {u"checker"_s, QJsonObject{{u"id"_s, v.checkerId}, {u"display_name"_s, v.checkerName}}},
        {u"decision"_s, v.decision},
        {u"comment"_s, v.comment},
        {u"at"_s, time(v.at)}};
}

QJsonObject fileReviewToJson(const IngestFileReview &f)
{
    QJsonArray votes;
    for (const IngestVoteInfo &v : f.votes)
        votes.append(voteToJson(v));
    return QJsonObject{{u"index"_s, f.index},
                       {u"decision"_s, f.decision},
                       {u"decided_at"_s, time(f.decidedAt)},
                       {u"refused"_s, f.refused},
                       {u"flagged"_s, f.flagged},
                       {u"votes"_s, votes},
                       {u"delivered_path"_s, f.deliveredPath},
                       {u"delivery_problem"_s, f.deliveryProblem},
                       {u"purged"_s, f.purged}};
}

IngestFileReview readFileReview(JsonReader &r)
{
    IngestFileReview f;
    f.index = static_cast<int>(r.integer("index"_L1));
    f.decision = r.string("decision"_L1);
    if (r.ok() && !isDecision(f.decision))
        r.rejectValue("decision"_L1, u"expected \"pending\", \"approved\" or \"rejected\""_s);
    f.decidedAt = readTime(r, "decided_at"_L1);
    f.refused = r.boolean("refused"_L1);
    f.flagged = r.boolean("flagged"_L1);
    for (JsonReader &v : boundedList(r, "votes"_L1, MaxVotesPerFile, true)) {
        IngestVoteInfo vote;
        JsonReader checker = v.object("checker"_L1);
        vote.checkerId = checker.string("id"_L1);
        vote.checkerName = checker.optionalString("display_name"_L1);
        vote.decision = v.string("decision"_L1);
        if (v.ok() && !isVote(vote.decision))
            v.rejectValue("decision"_L1, u"expected \"approve\" or \"reject\""_s);
        vote.comment = v.optionalString("comment"_L1);
        vote.at = readTime(v, "at"_L1);
        f.votes.append(vote);
    }
    f.deliveredPath = r.optionalString("delivered_path"_L1);
    f.deliveryProblem = r.optionalString("delivery_problem"_L1);
    f.purged = r.boolean("purged"_L1);
    return f;
}

} // namespace

Result<IngestVoteRequest> IngestVoteRequest::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"vote"_s);
    r.rejectUnknown({"decision"_L1, "comment"_L1});
    IngestVoteRequest v;
    v.decision = r.string("decision"_L1);
    v.comment = boundedString(r, "comment"_L1, ingestreviewlimits::MaxCommentLength, false);
    if (!r.ok())
        return r.error();
    if (!isVote(v.decision))
        return Error{u"bad-request"_s, u"decision: expected \"approve\" or \"reject\""_s, u"decision"_s};
    return v;
}

QByteArray IngestVoteRequest::toJson() const
{
    return compact(QJsonObject{{u"decision"_s, decision}, {u"comment"_s, comment}});
}

QByteArray IngestReviewContext::toJson() const
{
    QJsonArray list;
    for (const IngestFileReview &f : files)
        list.append(fileReviewToJson(f));
    return compact(QJsonObject{{u"request"_s, request.toJsonObject()},
                               {u"project_title"_s, projectTitle},
                               {u"approvals_needed"_s, approvalsNeeded},
                               {u"files"_s, list}});
}

Result<IngestReviewContext> IngestReviewContext::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"ingest-review"_s);
    IngestReviewContext c;
    const JsonReader request = r.object("request"_L1);
    if (!r.ok())
        return r.error();
    auto info = IngestInfo::fromJson(QJsonDocument(request.json()).toJson(QJsonDocument::Compact));
    if (!info)
        return info.error();
    c.request = std::move(info).value();
    c.projectTitle = r.optionalString("project_title"_L1);
    c.approvalsNeeded = static_cast<int>(r.integer("approvals_needed"_L1));
    for (JsonReader &f : boundedList(r, "files"_L1, ingestlimits::MaxFilesPerRequest, true))
        c.files.append(readFileReview(f));
    if (!r.ok())
        return r.error();
    if (c.approvalsNeeded < 1)
        return Error{u"bad-request"_s, u"ingest-review.approvals_needed: expected 1 or more"_s};
    if (c.files.size() != c.request.files.size())
        return Error{u"bad-request"_s, u"ingest-review.files: one review for each file of the request"_s};
    for (qsizetype i = 0; i < c.files.size(); ++i) {
        if (c.files.at(i).index != c.request.files.at(i).index)
            return Error{u"bad-request"_s, u"ingest-review.files[%1].index: not the request's file"_s.arg(i)};
    }
    return c;
}

QByteArray IngestReviewQueue::toJson() const
{
    QJsonArray list;
    for (const IngestQueueItem &i : items)
        list.append(QJsonObject{{u"id"_s, i.id},
                                {u"project_id"_s, i.projectId},
                                {u"project_title"_s, i.projectTitle},
                                {u"requester_name"_s, i.requesterName},
                                {u"created_at"_s, time(i.createdAt)},
                                {u"updated_at"_s, time(i.updatedAt)},
                                {u"state"_s, i.state},
                                {u"files"_s, i.files},
                                {u"total_bytes"_s, i.totalBytes},
                                {u"approvals_needed"_s, i.approvalsNeeded},
                                {u"pending_files"_s, i.pendingFiles},
                                {u"voted_by_me"_s, i.votedByMe},
                                {u"not_for_me"_s, i.notForMe}});
    QJsonObject o{{u"generated_at"_s, time(generatedAt)}, {u"items"_s, list}};
    if (!checkingRefusedCode.isEmpty())
        o.insert(u"checking_refused"_s,
                 QJsonObject{{u"code"_s, checkingRefusedCode}, {u"message"_s, checkingRefusedMessage}});
    return compact(o);
}

Result<IngestReviewQueue> IngestReviewQueue::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"ingest-queue"_s);
    IngestReviewQueue q;
    q.generatedAt = readTime(r, "generated_at"_L1);
    if (auto refused = r.optionalObject("checking_refused"_L1)) {
        q.checkingRefusedCode = refused->string("code"_L1);
        q.checkingRefusedMessage = refused->optionalString("message"_L1);
    }
    for (JsonReader &item : boundedList(r, "items"_L1, MaxQueueItems, true)) {
        IngestQueueItem i;
        i.id = item.string("id"_L1);
        i.projectId = item.string("project_id"_L1);
        i.projectTitle = item.optionalString("project_title"_L1);
        i.requesterName = item.optionalString("requester_name"_L1);
        i.createdAt = readTime(item, "created_at"_L1);
        i.updatedAt = readTime(item, "updated_at"_L1);
        i.state = item.string("state"_L1);
        i.files = static_cast<int>(item.integer("files"_L1));
        i.totalBytes = item.integer("total_bytes"_L1);
        i.approvalsNeeded = static_cast<int>(item.integer("approvals_needed"_L1));
        i.pendingFiles = static_cast<int>(item.integer("pending_files"_L1));
        i.votedByMe = static_cast<int>(item.integer("voted_by_me"_L1));
        i.notForMe = item.optionalString("not_for_me"_L1);
        q.items.append(i);
    }
    if (!r.ok())
        return r.error();
    return q;
}

} // namespace srs::protocol
