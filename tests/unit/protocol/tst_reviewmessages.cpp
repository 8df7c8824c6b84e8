// Wire messages of reviewing, releasing and the register: what one side writes, the other reads
// back unchanged; requests are decoded strictly, naming the bad field; the author's view of a
// decided round never carries an internal comment.

#include "protocol/ReviewMessages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace srs;
using namespace srs::protocol;
using namespace srs::domain;

namespace {

const QDateTime T0(QDate(2026, 3, 2), QTime(10, 0), QTimeZone::utc());

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject object(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

template <class R>
QByteArray why(const R &r)
{
    return r.ok() ? QByteArray() : r.error().message.toUtf8();
}

QJsonObject validVote()
{
    return QJsonObject{
        {"files", QJsonArray{QJsonObject{{"path", "outputs/income.csv"},
                                         {"decision", "request-changes"},
                                         {"shared_comment", "Suppress Newport."},
                                         {"internal_comment", "Dominance near the limit."}},
                             QJsonObject{{"path", "outputs/counts.csv"}, {"decision", "approve"}}}},
        {"summary", "One change."}};
}

ReleaseInfo sampleRelease()
{
    ReleaseInfo r;
    r.id = "R-1";
    r.submissionId = "S-1";
    r.projectId = "P-1";
    r.title = "Income by region";
    r.clearanceType = ClearanceType::PrePublication;
    r.releasedAt = T0;
    r.files = {{0, "outputs/income.csv", FileRole::Output, QString(64, 'a'), 120},
               {1, "code/model.R", FileRole::Code, QString(64, 'b'), 3400}};
    r.destroyBy = QDate(2027, 1, 31);
    r.destroyedAt = T0.addDays(400);
    r.destroyedBy = {"u-lead", "lead", "Project Lead"};
    return r;
}

} // namespace

class TestReviewMessages : public QObject
{
    Q_OBJECT
private slots:
    void voteRoundTrips()
    {
        auto v = VoteRequest::fromJson(json(validVote()));
        QVERIFY2(v.ok(), why(v).constData());
        QCOMPARE(v->files.size(), 2);
        QCOMPARE(v->files.at(0).decision, FileDecision::RequestChanges);
        QCOMPARE(v->files.at(0).internalComment, QString("Dominance near the limit."));
        QCOMPARE(v->files.at(1).sharedComment, QString());
        QCOMPARE(v->summary, QString("One change."));
        auto again = VoteRequest::fromJson(v->toJson());
        QVERIFY2(again.ok(), why(again).constData());
        QCOMPARE(again->files, v->files);
        QCOMPARE(again->summary, v->summary);
    }

    void voteIsStrict_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QJsonObject unknown = validVote();
        unknown.insert("approve_all", true);
        QTest::newRow("unknown field") << json(unknown) << "vote.approve_all";
        QJsonObject unknownInFile = validVote();
        QJsonArray files = unknownInFile.value("files").toArray();
        QJsonObject f0 = files.at(0).toObject();
        f0.insert("score", 3);
        files[0] = f0;
        unknownInFile.insert("files", files);
        QTest::newRow("unknown field of a file") << json(unknownInFile) << "vote.files[0].score";
        QJsonObject badDecision = validVote();
        files = badDecision.value("files").toArray();
        f0 = files.at(1).toObject();
        f0.insert("decision", "approved");
        files[1] = f0;
        badDecision.insert("files", files);
        QTest::newRow("unknown decision") << json(badDecision) << "vote.files[1].decision";
        QJsonObject noDecision = validVote();
        files = noDecision.value("files").toArray();
        f0 = files.at(1).toObject();
        f0.remove("decision");
        files[1] = f0;
        noDecision.insert("files", files);
        QTest::newRow("missing decision") << json(noDecision) << "vote.files[1].decision";
        QJsonObject wrongType = validVote();
        wrongType.insert("summary", 12);
        QTest::newRow("summary not a string") << json(wrongType) << "vote.summary";
        QJsonObject longComment = validVote();
        files = longComment.value("files").toArray();
        f0 = files.at(0).toObject();
        f0.insert("shared_comment", QString(4001, 'x'));
        files[0] = f0;
        longComment.insert("files", files);
        QTest::newRow("over-long comment") << json(longComment) << "vote.files[0].shared_comment";
        QJsonArray many;
        for (int i = 0; i < 51; ++i)
            many.append(QJsonObject{{"path", QString("outputs/t%1.csv").arg(i)}, {"decision", "approve"}});
        QTest::newRow("too many files") << json(QJsonObject{{"files", many}}) << "vote.files";
        QJsonObject badPath = validVote();
        files = badPath.value("files").toArray();
        f0 = files.at(0).toObject();
        f0.insert("path", "../etc/passwd");
        files[0] = f0;
        badPath.insert("files", files);
        QTest::newRow("path outside the workspace") << json(badPath) << "vote.files[0].path";
        QTest::newRow("no files") << json(QJsonObject{{"summary", "x"}}) << "vote.files";
        QTest::newRow("not JSON") << QByteArray("{\"files\": [") << "vote";
    }
    void voteIsStrict()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        auto v = VoteRequest::fromJson(body);
        QVERIFY(!v.ok());
        QCOMPARE(v.error().code, QString("bad-json"));
        QVERIFY2(v.error().message.startsWith(field + (field == "vote" ? "" : ":")), why(v).constData());
    }

    void destructionRequest()
    {
        auto d = DestructionRequest::fromJson(R"({"attest": true, "note": "Shredded and wiped."})");
        QVERIFY2(d.ok(), why(d).constData());
        QVERIFY(d->attest);
        QCOMPARE(d->note, QString("Shredded and wiped."));
        auto again = DestructionRequest::fromJson(d->toJson());
        QVERIFY(again.ok());
        QCOMPARE(again->note, d->note);

        auto no = DestructionRequest::fromJson(R"({"attest": false})");
        QVERIFY(!no.ok());
        QVERIFY2(no.error().message.startsWith("destruction.attest:"), why(no).constData());
        auto unknown = DestructionRequest::fromJson(R"({"attest": true, "by": "x"})");
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.error().message.startsWith("destruction.by:"), why(unknown).constData());
        auto text = DestructionRequest::fromJson(R"({"attest": "yes"})");
        QVERIFY(!text.ok());
        QVERIFY2(text.error().message.startsWith("destruction.attest:"), why(text).constData());
    }

    void queueRoundTrips()
    {
        ReviewQueue q;
        q.generatedAt = T0;
        ReviewQueueItem i;
        i.id = "S-1";
        i.projectId = "P-1";
        i.projectTitle = "Wages";
        i.title = "Income by region";
        i.clearanceType = ClearanceType::Code;
        i.state = SubmissionState::InReview;
        i.round = 2;
        i.files = 3;
        i.worstFinding = "fail";
        i.exceptions = 4;
        i.submittedAt = T0.addDays(-8);
        i.expectedAnswerDate = QDate(2026, 3, 3);
        i.workingDaysWaiting = 6;
        i.reviewers = 2;
        i.claimedByMe = true;
        i.votedByMe = false;
        i.notForMe = "review-third";
        q.items = {i, ReviewQueueItem{}};
        q.items[1].id = "S-2";
        q.items[1].projectId = "P-2";
        q.items[1].title = "Other";
        auto back = ReviewQueue::fromJson(q.toJson());
        QVERIFY2(back.ok(), why(back).constData());
        QCOMPARE(back->generatedAt, T0);
        QCOMPARE(back->items.size(), 2);
        const ReviewQueueItem &b = back->items.at(0);
        QCOMPARE(b.id, i.id);
        QCOMPARE(b.projectTitle, i.projectTitle);
        QCOMPARE(b.clearanceType, i.clearanceType);
        QCOMPARE(b.state, i.state);
        QCOMPARE(b.round, 2);
        QCOMPARE(b.files, 3);
        QCOMPARE(b.worstFinding, QString("fail"));
        QCOMPARE(b.exceptions, 4);
        QCOMPARE(b.submittedAt, i.submittedAt);
        QCOMPARE(b.expectedAnswerDate, i.expectedAnswerDate);
        QCOMPARE(b.workingDaysWaiting, 6);
        QCOMPARE(b.reviewers, 2);
        QVERIFY(b.claimedByMe);
        QVERIFY(!b.votedByMe);
        QCOMPARE(b.notForMe, QString("review-third"));
        QCOMPARE(back->items.at(1).notForMe, QString());
        QVERIFY(back->checkingRefusedCode.isEmpty());
        QVERIFY(!object(q.toJson()).contains("checking_refused"));

        // Where the caller may not check: why, in the queue itself.
        ReviewQueue refusedHere = q;
        refusedHere.checkingRefusedCode = "checking-setting-refused";
        refusedHere.checkingRefusedMessage = "Not from home working.";
        auto here = ReviewQueue::fromJson(refusedHere.toJson());
        QVERIFY2(here.ok(), why(here).constData());
        QCOMPARE(here->checkingRefusedCode, QString("checking-setting-refused"));
        QCOMPARE(here->checkingRefusedMessage, QString("Not from home working."));

        QJsonObject bad = object(q.toJson());
        QJsonArray items = bad.value("items").toArray();
        QJsonObject first = items.at(0).toObject();
        first.insert("reviewers", 3);
        items[0] = first;
        bad.insert("items", items);
        auto refused = ReviewQueue::fromJson(json(bad));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.startsWith("queue.items[0].reviewers:"), why(refused).constData());
    }

    void statisticsRoundTrip()
    {
        ReviewStatistics s;
        s.weeks = {{QDate(2026, 2, 23), 4, 3.5, 3}, {QDate(2026, 3, 2), 0, 0, 0}};
        auto back = ReviewStatistics::fromJson(s.toJson());
        QVERIFY2(back.ok(), why(back).constData());
        QCOMPARE(back->weeks.size(), 2);
        QCOMPARE(back->weeks.at(0).weekStart, QDate(2026, 2, 23));
        QCOMPARE(back->weeks.at(0).answered, 4);
        QCOMPARE(back->weeks.at(0).medianWorkingDays, 3.5);
        QCOMPARE(back->weeks.at(0).withinPromise, 3);
        auto tuesday = ReviewStatistics::fromJson(
            R"({"weeks":[{"week_start":"2026-02-24","answered":1,"median_working_days":1,"within_promise":1}]})");
        QVERIFY(!tuesday.ok());
        QVERIFY2(tuesday.error().message.startsWith("statistics.weeks[0].week_start:"),
                 why(tuesday).constData());
        auto more = ReviewStatistics::fromJson(
            R"({"weeks":[{"week_start":"2026-02-23","answered":1,"median_working_days":1,"within_promise":2}]})");
        QVERIFY(!more.ok());
        QVERIFY2(more.error().message.startsWith("statistics.weeks[0].within_promise:"),
                 why(more).constData());
    }

    void contextRoundTrips()
    {
        ReviewContext c;
        SubmissionInfo &s = c.submission;
        s.submission.id = "S-1";
        s.submission.projectId = "P-1";
        s.submission.authorId = "u-author";
        s.author = {"u-author", "asha", "Asha"};
        s.submission.state = SubmissionState::InReview;
        s.submission.round = 2;
        s.submission.content.title = "Income";
        s.submission.content.controls = "none";
        s.submission.content.files = {
            {"outputs/income.csv", FileRole::Output, "d", "j", QString(64, 'c'), 10}};
        s.check.status = "pass";
        ReviewOutcome earlier;
        earlier.state = SubmissionState::Returned;
        earlier.summary = "Please fix.";
        earlier.files = {{"outputs/income.csv", FileDecision::RequestChanges, "Suppress Newport.", {}}};
        s.rounds = {{1, T0, "fail", s.submission.content.files, earlier},
                    {2, T0.addDays(3), "pass", s.submission.content.files, std::nullopt}};
        Review mine;
        mine.id = "V-1";
        mine.submissionId = "S-1";
        mine.round = 2;
        mine.checkerId = "u-c1";
        mine.claimedAt = T0.addDays(4);
        c.reviews = {{mine, {"u-c1", "check1", "Checker One"}}};
        Review old = mine;
        old.id = "V-0";
        old.round = 1;
        old.submittedAt = T0.addDays(1);
        old.files = {{"outputs/income.csv", FileDecision::RequestChanges, "Suppress Newport.", "internal"}};
        old.summary = "Please fix.";
        c.earlierReviews = {{old, {"u-c1", "check1", "Checker One"}}};
        c.blinded = true;
        auto back = ReviewContext::fromJson(c.toJson());
        QVERIFY2(back.ok(), why(back).constData());
        QCOMPARE(back->submission.submission.id, QString("S-1"));
        QCOMPARE(back->submission.rounds.size(), 2);
        QVERIFY(back->submission.rounds.at(0).outcome.has_value());
        QCOMPARE(back->submission.rounds.at(0).outcome->files, earlier.files);
        QCOMPARE(back->submission.rounds.at(0).outcome->summary, earlier.summary);
        QCOMPARE(back->submission.rounds.at(0).outcome->state, SubmissionState::Returned);
        QVERIFY(!back->submission.rounds.at(1).outcome.has_value());
        QCOMPARE(back->reviews.size(), 1);
        QCOMPARE(back->reviews.at(0).review, mine);
        QCOMPARE(back->reviews.at(0).checker.displayName, QString("Checker One"));
        QCOMPARE(back->earlierReviews.at(0).review, old);
        QVERIFY(back->blinded);
    }

    // The fresh comparison with the releases: each difference is a finding as checkers see it
    // (place and labels) with what the rule compared, read back unchanged.
    void releaseComparisonRoundTrips()
    {
        ReleaseComparison c;
        c.submissionId = "S-2";
        c.round = 1;
        c.roundSubmittedAt = T0;
        c.comparedAt = T0.addDays(2);
        c.releases = {{"R-1", "People by region", T0.addDays(-3), false},
                      {"R-2", "People again", T0.addDays(1), true}};
        ReleaseDifference row;
        row.finding.rule = "release-differencing";
        row.finding.outcome = "review";
        row.finding.path = "outputs/new.csv";
        row.finding.fileRow = 3;
        row.finding.message = "Row 3 covers a population that differs by fewer than 10 records.";
        row.finding.rowLabel = "Newport";
        row.releaseId = "R-2";
        row.releasedFile = "outputs/again.xlsx";
        row.releasedSheet = "By sex";
        row.scope = "row";
        row.difference = 2;
        ReleaseDifference table = row;
        table.finding.fileRow = 0;
        table.finding.rowLabel.clear();
        table.releaseId = "R-1";
        table.releasedFile = "outputs/people.csv";
        table.releasedSheet.clear();
        table.scope = "table";
        table.difference = 3;
        table.storedAtSubmission = true;
        c.differences = {table, row};
        auto back = ReleaseComparison::fromJson(c.toJson());
        QVERIFY2(back.ok(), why(back).constData());
        QCOMPARE(back->submissionId, QString("S-2"));
        QCOMPARE(back->round, 1);
        QCOMPARE(back->roundSubmittedAt, T0);
        QCOMPARE(back->comparedAt, T0.addDays(2));
        QCOMPARE(back->releases.size(), 2);
        QCOMPARE(back->releases.at(1).id, QString("R-2"));
        QCOMPARE(back->releases.at(1).title, QString("People again"));
        QCOMPARE(back->releases.at(1).releasedAt, T0.addDays(1));
        QVERIFY(back->releases.at(1).sinceSubmission);
        QVERIFY(!back->releases.at(0).sinceSubmission);
        QCOMPARE(back->differences.size(), 2);
        QCOMPARE(back->differences.at(0).finding, table.finding);
        QCOMPARE(back->differences.at(1).finding, row.finding);
        QCOMPARE(back->differences.at(1).releaseId, QString("R-2"));
        QCOMPARE(back->differences.at(1).releasedFile, QString("outputs/again.xlsx"));
        QCOMPARE(back->differences.at(1).releasedSheet, QString("By sex"));
        QCOMPARE(back->differences.at(1).scope, QString("row"));
        QCOMPARE(back->differences.at(1).difference, 2.0);
        QVERIFY(!back->differences.at(1).storedAtSubmission);
        QVERIFY(back->differences.at(0).storedAtSubmission);
        // The finding's own fields sit beside what the rule compared, as CheckFinding writes them.
        const QJsonObject first = object(c.toJson())["differences"].toArray().at(1).toObject();
        QCOMPARE(first["row_label"].toString(), QString("Newport"));
        QCOMPARE(first["file_row"].toInt(), 3);
        QCOMPARE(first["release"].toString(), QString("R-2"));
    }

    void releaseComparisonNamesABadField_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("an unknown scope") << "scope" << QJsonValue("cell") << "differences[0].scope";
        QTest::newRow("a negative difference")
            << "difference" << QJsonValue(-1) << "differences[0].difference";
        QTest::newRow("a difference in words")
            << "difference" << QJsonValue("two") << "differences[0].difference";
        QTest::newRow("no release") << "release" << QJsonValue() << "differences[0].release";
    }
    void releaseComparisonNamesABadField()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        ReleaseComparison c;
        c.submissionId = "S-2";
        c.round = 1;
        c.roundSubmittedAt = T0;
        c.comparedAt = T0;
        ReleaseDifference d;
        d.finding.rule = "release-differencing";
        d.finding.outcome = "review";
        d.finding.path = "outputs/new.csv";
        d.finding.message = "m";
        d.releaseId = "R-1";
        d.releasedFile = "outputs/people.csv";
        d.scope = "table";
        d.difference = 3;
        c.differences = {d};
        QJsonObject o = object(c.toJson());
        QJsonArray differences = o["differences"].toArray();
        QJsonObject first = differences.at(0).toObject();
        if (value.isNull())
            first.remove(key);
        else
            first[key] = value;
        differences[0] = first;
        o["differences"] = differences;
        auto back = ReleaseComparison::fromJson(json(o));
        QVERIFY(!back.ok());
        QVERIFY2(back.error().message.startsWith("release_differences." + field + ":"),
                 why(back).constData());
    }

    // The author's view of a decided round: decisions and shared comments, never internal ones.
    void roundOutcomeCarriesSharedCommentsOnly()
    {
        SubmissionInfo s;
        s.submission.id = "S-1";
        s.submission.projectId = "P-1";
        s.author = {"u-author", "asha", "Asha"};
        ReviewOutcome o;
        o.state = SubmissionState::Returned;
        o.summary = "Fix it.";
        o.files = {{"outputs/income.csv", FileDecision::RequestChanges, "Shared words", "SECRET internal"}};
        o.releasable = {"outputs/income.csv"};
        s.rounds = {{1, T0, "fail", {}, o}};
        const QByteArray bytes = s.toJson();
        QVERIFY(!bytes.contains("SECRET"));
        QVERIFY(!bytes.contains("internal_comment"));
        QVERIFY(!bytes.contains("releasable"));
        auto back = SubmissionInfo::fromJson(bytes);
        QVERIFY2(back.ok(), why(back).constData());
        QCOMPARE(back->rounds.at(0).outcome->files.at(0).sharedComment, QString("Shared words"));
        QCOMPARE(back->rounds.at(0).outcome->files.at(0).internalComment, QString());
    }

    void releaseRoundTrips()
    {
        const ReleaseInfo r = sampleRelease();
        auto back = ReleaseInfo::fromJson(r.toJson());
        QVERIFY2(back.ok(), why(back).constData());
        QCOMPARE(back->id, r.id);
        QCOMPARE(back->clearanceType, r.clearanceType);
        QCOMPARE(back->releasedAt, r.releasedAt);
        QCOMPARE(back->files.size(), 2);
        QCOMPARE(back->files.at(1).index, 1);
        QCOMPARE(back->files.at(1).role, FileRole::Code);
        QCOMPARE(back->files.at(1).sha256, r.files.at(1).sha256);
        QCOMPARE(back->files.at(1).size, 3400);
        QCOMPARE(back->destroyBy, r.destroyBy);
        QCOMPARE(back->destroyedAt, r.destroyedAt);
        QCOMPARE(back->destroyedBy.username, QString("lead"));

        ReleaseInfo open = r;
        open.destroyedAt = {};
        open.destroyedBy = {};
        open.destroyBy = {};
        auto list = decodeReleaseList(encodeReleaseList({r, open}));
        QVERIFY2(list.ok(), why(list).constData());
        QCOMPARE(list->size(), 2);
        QVERIFY(list->at(1).destroyedBy.id.isEmpty());
        QVERIFY(!list->at(1).destroyBy.isValid());

        QJsonObject supporting = object(r.toJson());
        QJsonArray files = supporting.value("files").toArray();
        QJsonObject f = files.at(0).toObject();
        f.insert("role", "supporting");
        files[0] = f;
        supporting.insert("files", files);
        auto refused = ReleaseInfo::fromJson(json(supporting));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.startsWith("release.files[0].role:"), why(refused).constData());
    }

    void registerRoundTrips()
    {
        RegisterEntry e;
        e.releaseId = "R-1";
        e.projectId = "P-1";
        e.projectTitle = "Wages";
        e.title = "Wages by region";
        e.clearanceType = ClearanceType::Publication;
        e.releasedAt = T0;
        e.files = sampleRelease().files;
        e.engineVersion = "srs-sdc 1.0";
        e.profileVersion = "default-1";
        e.exceptionsGranted = {{"outputs/income.csv", "zero", "C4", 0, "Structural zero."}};
        e.checkers = {"Output checker 1", "Output checker 2"};
        auto back = decodeRegister(encodeRegister({e}));
        QVERIFY2(back.ok(), why(back).constData());
        QCOMPARE(back->size(), 1);
        const RegisterEntry &b = back->first();
        QCOMPARE(b.releaseId, e.releaseId);
        QCOMPARE(b.projectTitle, e.projectTitle);
        QCOMPARE(b.title, e.title);
        QCOMPARE(b.files.size(), 2);
        QCOMPARE(b.files.at(0).sha256, e.files.at(0).sha256);
        QCOMPARE(b.engineVersion, e.engineVersion);
        QCOMPARE(b.profileVersion, e.profileVersion);
        QCOMPARE(b.exceptionsGranted, e.exceptionsGranted);
        QCOMPARE(b.checkers, e.checkers);
        auto bad =
            decodeRegister(R"({"releases":[{"release_id":"R","project_id":"P","clearance_type":"x"}]})");
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.startsWith("register.releases[0].clearance_type:"),
                 why(bad).constData());
    }
};

QTEST_GUILESS_MAIN(TestReviewMessages)
#include "tst_reviewmessages.moc"
