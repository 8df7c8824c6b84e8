#include "ReviewMessages.h"

#include "JsonReader.h"
#include "WireFields.h"

#include <QJsonArray>

#include <limits>

namespace srs::protocol {

using namespace Qt::Literals::StringLiterals;
using namespace submissionlimits;
using namespace wire;

namespace {

// What an answer may list (far above what the server sends; a bound on what a client decodes).
constexpr qsizetype MaxAnswerItems = 1000000;
constexpr qsizetype MaxWeeks = 520;

domain::SubmissionState readState(JsonReader &r)
{
    return readEnum(r, "state"_L1, &domain::submissionStateFromString, domain::SubmissionState::Submitted);
}

int readCount(JsonReader &r, QLatin1StringView key)
{
    const qint64 n = r.integer(key);
    if (n < 0 || n > std::numeric_limits<int>::max())
        r.rejectValue(key, u"must be 0 or more"_s);
    return static_cast<int>(n);
}

QJsonObject fileReviewToJson(const domain::FileReview &f, bool internal)
{
    QJsonObject o{{u"path"_s, f.path},
                  {u"decision"_s, domain::fileDecisionToString(f.decision)},
                  {u"shared_comment"_s, f.sharedComment}};
    if (internal)
        o.insert(u"internal_comment"_s, f.internalComment);
    return o;
}

// A file's decision; in a request (`strict`) unknown fields are refused and texts are bounded.
domain::FileReview readFileReview(JsonReader &f, bool strict)
{
    if (strict)
        f.rejectUnknown({"path"_L1, "decision"_L1, "shared_comment"_L1, "internal_comment"_L1});
    domain::FileReview out;
    out.path = strict ? readPath(f, "path"_L1) : f.string("path"_L1);
    const QString decision = f.string("decision"_L1);
    const auto d = domain::fileDecisionFromString(decision);
    if (!d && f.ok())
        f.rejectValue("decision"_L1, u"expected \"approve\", \"request-changes\" or \"reject\""_s);
    out.decision = d.value_or(domain::FileDecision::Approve);
    out.sharedComment = boundedString(f, "shared_comment"_L1, MaxTextLength, false);
    out.internalComment = boundedString(f, "internal_comment"_L1, MaxTextLength, false);
    return out;
}

QJsonObject reviewInfoToJson(const ReviewInfo &info)
{
    const domain::Review &r = info.review;
    QJsonArray files;
    for (const domain::FileReview &f : r.files)
        files.append(fileReviewToJson(f, true));
    return QJsonObject{{u"id"_s, r.id},
                       {u"submission_id"_s, r.submissionId},
                       {u"round"_s, r.round},
                       {u"checker"_s, personToJson(info.checker)},
                       {u"claimed_at"_s, time(r.claimedAt)},
                       {u"submitted_at"_s, time(r.submittedAt)},
                       {u"files"_s, files},
                       {u"summary"_s, r.summary}};
}

ReviewInfo readReviewInfo(JsonReader &r)
{
    ReviewInfo info;
    domain::Review &v = info.review;
    v.id = r.string("id"_L1);
    v.submissionId = r.string("submission_id"_L1);
    v.round = readCount(r, "round"_L1);
    info.checker = readPerson(r, "checker"_L1);
    v.checkerId = info.checker.id;
    v.claimedAt = readTime(r, "claimed_at"_L1);
    v.submittedAt = readTime(r, "submitted_at"_L1);
    for (JsonReader &f : boundedList(r, "files"_L1, MaxFiles, true))
        v.files.append(readFileReview(f, false));
    v.summary = r.optionalString("summary"_L1);
    return info;
}

QJsonArray reviewsToJson(const QList<ReviewInfo> &list)
{
    QJsonArray a;
    for (const ReviewInfo &r : list)
        a.append(reviewInfoToJson(r));
    return a;
}

QJsonArray releasedFilesToJson(const QList<ReleasedFile> &files)
{
    QJsonArray a;
    for (const ReleasedFile &f : files)
        a.append(QJsonObject{{u"index"_s, f.index},
                             {u"path"_s, f.path},
                             {u"role"_s, domain::fileRoleToString(f.role)},
                             {u"sha256"_s, f.sha256},
                             {u"size"_s, f.size}});
    return a;
}

QList<ReleasedFile> readReleasedFiles(JsonReader &r)
{
    QList<ReleasedFile> out;
    for (JsonReader &f : boundedList(r, "files"_L1, MaxFiles, true)) {
        ReleasedFile file;
        file.index = readCount(f, "index"_L1);
        file.path = readPath(f, "path"_L1);
        file.role = readRole(f, "role"_L1);
        if (file.role == domain::FileRole::Supporting && f.ok())
            f.rejectValue("role"_L1, u"a supporting file is never released"_s);
        file.sha256 = f.string("sha256"_L1);
        file.size = f.integer("size"_L1);
        if (file.size < 0)
            f.rejectValue("size"_L1, u"must be 0 or more"_s);
        out.append(file);
    }
    return out;
}

QJsonObject releaseToJson(const ReleaseInfo &r)
{
    return QJsonObject{{u"id"_s, r.id},
                       {u"submission_id"_s, r.submissionId},
                       {u"project_id"_s, r.projectId},
                       {u"title"_s, r.title},
                       {u"clearance_type"_s, domain::clearanceTypeToString(r.clearanceType)},
                       {u"released_at"_s, time(r.releasedAt)},
                       {u"files"_s, releasedFilesToJson(r.files)},
                       {u"destroy_by"_s, day(r.destroyBy)},
                       {u"destroyed_at"_s, time(r.destroyedAt)},
                       {u"destroyed_by"_s, r.destroyedBy.id.isEmpty()
                                               ? QJsonValue(QJsonValue::Null)
                                               : QJsonValue(personToJson(r.destroyedBy))}};
}

ReleaseInfo readRelease(JsonReader &r)
{
    ReleaseInfo out;
    out.id = r.string("id"_L1);
    out.submissionId = r.string("submission_id"_L1);
    out.projectId = r.string("project_id"_L1);
    out.title = r.string("title"_L1);
    out.clearanceType = readClearanceType(r);
    out.releasedAt = readTime(r, "released_at"_L1);
    out.files = readReleasedFiles(r);
    out.destroyBy = readDay(r, "destroy_by"_L1);
    out.destroyedAt = readTime(r, "destroyed_at"_L1);
    if (r.json().value("destroyed_by"_L1).isObject())
        out.destroyedBy = readPerson(r, "destroyed_by"_L1);
    else if (!r.json().value("destroyed_by"_L1).isNull() && r.json().contains("destroyed_by"_L1))
        r.rejectValue("destroyed_by"_L1, u"expected an object or null"_s);
    return out;
}

} // namespace

QByteArray ReviewQueue::toJson() const
{
    QJsonArray a;
    for (const ReviewQueueItem &i : items)
        a.append(QJsonObject{{u"id"_s, i.id},
                             {u"project_id"_s, i.projectId},
                             {u"project_title"_s, i.projectTitle},
                             {u"title"_s, i.title},
                             {u"clearance_type"_s, domain::clearanceTypeToString(i.clearanceType)},
                             {u"state"_s, domain::submissionStateToString(i.state)},
                             {u"round"_s, i.round},
                             {u"files"_s, i.files},
                             {u"worst_finding"_s, i.worstFinding},
                             {u"exceptions"_s, i.exceptions},
                             {u"submitted_at"_s, time(i.submittedAt)},
                             {u"expected_answer_date"_s, day(i.expectedAnswerDate)},
                             {u"working_days_waiting"_s, i.workingDaysWaiting},
                             {u"reviewers"_s, i.reviewers},
                             {u"claimed_by_me"_s, i.claimedByMe},
                             {u"voted_by_me"_s, i.votedByMe},
                             {u"not_for_me"_s, i.notForMe}});
    QJsonObject o{{u"generated_at"_s, time(generatedAt)}, {u"items"_s, a}};
    if (!checkingRefusedCode.isEmpty())
        o.insert(u"checking_refused"_s,
                 QJsonObject{{u"code"_s, checkingRefusedCode}, {u"message"_s, checkingRefusedMessage}});
    return compact(o);
}

Result<ReviewQueue> ReviewQueue::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"queue"_s);
    ReviewQueue q;
    q.generatedAt = readTime(r, "generated_at"_L1);
    for (JsonReader &item : boundedList(r, "items"_L1, MaxAnswerItems, true)) {
        ReviewQueueItem i;
        i.id = item.string("id"_L1);
        i.projectId = item.string("project_id"_L1);
        i.projectTitle = item.optionalString("project_title"_L1);
        i.title = item.string("title"_L1);
        i.clearanceType = readClearanceType(item);
        i.state = readState(item);
        i.round = readCount(item, "round"_L1);
        i.files = readCount(item, "files"_L1);
        i.worstFinding = item.optionalString("worst_finding"_L1);
        i.exceptions = readCount(item, "exceptions"_L1);
        i.submittedAt = readTime(item, "submitted_at"_L1);
        i.expectedAnswerDate = readDay(item, "expected_answer_date"_L1);
        i.workingDaysWaiting = readCount(item, "working_days_waiting"_L1);
        i.reviewers = readCount(item, "reviewers"_L1);
        if (i.reviewers > 2)
            item.rejectValue("reviewers"_L1, u"at most 2"_s);
        i.claimedByMe = item.boolean("claimed_by_me"_L1);
        i.votedByMe = item.boolean("voted_by_me"_L1);
        i.notForMe = item.optionalString("not_for_me"_L1);
        q.items.append(i);
    }
    if (auto refused = r.optionalObject("checking_refused"_L1)) {
        q.checkingRefusedCode = refused->string("code"_L1);
        q.checkingRefusedMessage = refused->string("message"_L1);
    }
    if (!r.ok())
        return r.error();
    return q;
}

QByteArray ReviewStatistics::toJson() const
{
    QJsonArray a;
    for (const ReviewWeek &w : weeks)
        a.append(QJsonObject{{u"week_start"_s, day(w.weekStart)},
                             {u"answered"_s, w.answered},
                             {u"median_working_days"_s, w.medianWorkingDays},
                             {u"within_promise"_s, w.withinPromise}});
    return compact(QJsonObject{{u"weeks"_s, a}});
}

Result<ReviewStatistics> ReviewStatistics::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"statistics"_s);
    ReviewStatistics s;
    for (JsonReader &item : boundedList(r, "weeks"_L1, MaxWeeks, true)) {
        ReviewWeek w;
        w.weekStart = item.day("week_start"_L1);
        if (item.ok() && w.weekStart.dayOfWeek() != Qt::Monday)
            item.rejectValue("week_start"_L1, u"expected a Monday"_s);
        w.answered = readCount(item, "answered"_L1);
        const QJsonValue median = item.json().value("median_working_days"_L1);
        if (!median.isDouble() || median.toDouble() < 0)
            item.rejectValue("median_working_days"_L1, u"expected a number, 0 or more"_s);
        w.medianWorkingDays = median.toDouble();
        w.withinPromise = readCount(item, "within_promise"_L1);
        if (w.withinPromise > w.answered)
            item.rejectValue("within_promise"_L1, u"cannot be more than answered"_s);
        s.weeks.append(w);
    }
    if (!r.ok())
        return r.error();
    return s;
}

QByteArray ReviewContext::toJson() const
{
    return compact(QJsonObject{{u"submission"_s, submission.toJsonObject()},
                               {u"reviews"_s, reviewsToJson(reviews)},
                               {u"earlier_reviews"_s, reviewsToJson(earlierReviews)},
                               {u"blinded"_s, blinded}});
}

Result<ReviewContext> ReviewContext::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"review"_s);
    ReviewContext c;
    JsonReader s = r.object("submission"_L1);
    c.submission = SubmissionInfo::read(s);
    for (JsonReader &item : boundedList(r, "reviews"_L1, 2, true))
        c.reviews.append(readReviewInfo(item));
    for (JsonReader &item : boundedList(r, "earlier_reviews"_L1, MaxAnswerItems, true))
        c.earlierReviews.append(readReviewInfo(item));
    c.blinded = r.boolean("blinded"_L1);
    if (!r.ok())
        return r.error();
    return c;
}

QByteArray ReleaseComparison::toJson() const
{
    QJsonArray compared;
    for (const ComparedRelease &r : releases)
        compared.append(QJsonObject{{u"id"_s, r.id},
                                    {u"title"_s, r.title},
                                    {u"released_at"_s, time(r.releasedAt)},
                                    {u"since_submission"_s, r.sinceSubmission}});
    QJsonArray found;
    for (const ReleaseDifference &d : differences) {
        // The finding's own fields, as in the review context, and what the rule compared.
        QJsonObject o = d.finding.toJsonObject();
        o.insert(u"release"_s, d.releaseId);
        o.insert(u"released_file"_s, d.releasedFile);
        o.insert(u"released_sheet"_s, d.releasedSheet);
        o.insert(u"scope"_s, d.scope);
        o.insert(u"difference"_s, d.difference);
        o.insert(u"stored_at_submission"_s, d.storedAtSubmission);
        found.append(o);
    }
    return compact(QJsonObject{{u"submission_id"_s, submissionId},
                               {u"round"_s, round},
                               {u"round_submitted_at"_s, time(roundSubmittedAt)},
                               {u"compared_at"_s, time(comparedAt)},
                               {u"releases"_s, compared},
                               {u"differences"_s, found}});
}

Result<ReleaseComparison> ReleaseComparison::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"release_differences"_s);
    ReleaseComparison c;
    c.submissionId = r.string("submission_id"_L1);
    c.round = readCount(r, "round"_L1);
    c.roundSubmittedAt = r.time("round_submitted_at"_L1);
    c.comparedAt = r.time("compared_at"_L1);
    for (JsonReader &item : boundedList(r, "releases"_L1, MaxAnswerItems, true)) {
        ComparedRelease release;
        release.id = item.string("id"_L1);
        release.title = item.optionalString("title"_L1);
        release.releasedAt = item.time("released_at"_L1);
        release.sinceSubmission = item.boolean("since_submission"_L1);
        c.releases.append(release);
    }
    for (JsonReader &item : boundedList(r, "differences"_L1, MaxAnswerItems, true)) {
        ReleaseDifference d;
        d.finding = CheckFindingInfo::read(item);
        d.releaseId = item.string("release"_L1);
        d.releasedFile = item.string("released_file"_L1);
        d.releasedSheet = item.optionalString("released_sheet"_L1);
        d.scope = item.string("scope"_L1);
        if (item.ok() && d.scope != "table"_L1 && d.scope != "row"_L1 && d.scope != "column"_L1)
            item.rejectValue("scope"_L1, u"expected \"table\", \"row\" or \"column\""_s);
        const QJsonValue difference = item.json().value("difference"_L1);
        if (!difference.isDouble() || difference.toDouble() < 0)
            item.rejectValue("difference"_L1, u"expected a number, 0 or more"_s);
        d.difference = difference.toDouble();
        d.storedAtSubmission = item.boolean("stored_at_submission"_L1);
        c.differences.append(d);
    }
    if (!r.ok())
        return r.error();
    return c;
}

QByteArray VoteRequest::toJson() const
{
    QJsonArray a;
    for (const domain::FileReview &f : files)
        a.append(fileReviewToJson(f, true));
    return compact(QJsonObject{{u"files"_s, a}, {u"summary"_s, summary}});
}

Result<VoteRequest> VoteRequest::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"vote"_s);
    r.rejectUnknown({"files"_L1, "summary"_L1});
    VoteRequest v;
    for (JsonReader &f : boundedList(r, "files"_L1, MaxFiles, true))
        v.files.append(readFileReview(f, true));
    v.summary = boundedString(r, "summary"_L1, MaxTextLength, false);
    if (!r.ok())
        return r.error();
    return v;
}

QByteArray ReleaseInfo::toJson() const
{
    return compact(releaseToJson(*this));
}

Result<ReleaseInfo> ReleaseInfo::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"release"_s);
    ReleaseInfo info = readRelease(r);
    if (!r.ok())
        return r.error();
    return info;
}

QByteArray encodeReleaseList(const QList<ReleaseInfo> &list)
{
    QJsonArray a;
    for (const ReleaseInfo &r : list)
        a.append(releaseToJson(r));
    return compact(QJsonObject{{u"releases"_s, a}});
}

Result<QList<ReleaseInfo>> decodeReleaseList(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"releases"_s);
    QList<ReleaseInfo> out;
    for (JsonReader &item : boundedList(r, "releases"_L1, MaxAnswerItems, true))
        out.append(readRelease(item));
    if (!r.ok())
        return r.error();
    return out;
}

QByteArray DestructionRequest::toJson() const
{
    QJsonObject o{{u"attest"_s, attest}};
    if (!note.isEmpty())
        o.insert(u"note"_s, note);
    return compact(o);
}

Result<DestructionRequest> DestructionRequest::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"destruction"_s);
    r.rejectUnknown({"attest"_L1, "note"_L1});
    DestructionRequest d;
    d.attest = r.boolean("attest"_L1);
    if (r.ok() && !d.attest)
        r.rejectValue("attest"_L1, u"must be true: it attests that every copy was destroyed"_s);
    d.note = boundedString(r, "note"_L1, MaxTextLength, false);
    if (!r.ok())
        return r.error();
    return d;
}

QByteArray encodeRegister(const QList<RegisterEntry> &list)
{
    QJsonArray a;
    for (const RegisterEntry &e : list) {
        QJsonArray exceptions;
        for (const domain::ExceptionRequest &x : e.exceptionsGranted)
            exceptions.append(exceptionToJson(x));
        a.append(QJsonObject{{u"release_id"_s, e.releaseId},
                             {u"project_id"_s, e.projectId},
                             {u"project_title"_s, e.projectTitle},
                             {u"title"_s, e.title},
                             {u"clearance_type"_s, domain::clearanceTypeToString(e.clearanceType)},
                             {u"released_at"_s, time(e.releasedAt)},
                             {u"files"_s, releasedFilesToJson(e.files)},
                             {u"engine_version"_s, e.engineVersion},
                             {u"profile_version"_s, e.profileVersion},
                             {u"exceptions_granted"_s, exceptions},
                             {u"checkers"_s, QJsonArray::fromStringList(e.checkers)}});
    }
    return compact(QJsonObject{{u"releases"_s, a}});
}

Result<QList<RegisterEntry>> decodeRegister(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"register"_s);
    QList<RegisterEntry> out;
    for (JsonReader &item : boundedList(r, "releases"_L1, MaxAnswerItems, true)) {
        RegisterEntry e;
        e.releaseId = item.string("release_id"_L1);
        e.projectId = item.string("project_id"_L1);
        e.projectTitle = item.optionalString("project_title"_L1);
        e.title = item.optionalString("title"_L1);
        e.clearanceType = readClearanceType(item);
        e.releasedAt = readTime(item, "released_at"_L1);
        e.files = readReleasedFiles(item);
        e.engineVersion = item.optionalString("engine_version"_L1);
        e.profileVersion = item.optionalString("profile_version"_L1);
        for (JsonReader &x : boundedList(item, "exceptions_granted"_L1, MaxExceptions, true))
            e.exceptionsGranted.append(readException(x));
        e.checkers = item.stringList("checkers"_L1);
        if (e.checkers.size() > 2)
            item.rejectValue("checkers"_L1, u"at most 2"_s);
        out.append(e);
    }
    if (!r.ok())
        return r.error();
    return out;
}

} // namespace srs::protocol
