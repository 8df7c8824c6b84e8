// Wire messages of reviewing ingest requests: what one side writes the other reads back unchanged;
// a vote is decoded strictly, naming the bad field; a review whose files do not match its
// request's is refused.

#include "protocol/IngestReviewMessages.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace srs;
using namespace srs::protocol;

namespace {

const QDateTime T0(QDate(2026, 3, 2), QTime(10, 0), QTimeZone::utc());

IngestReviewContext sampleContext()
{
    IngestReviewContext c;
    c.request.id = "I-1";
    c.request.projectId = "P1";
    c.request.requesterId = "u-res";
    c.request.requesterName = "Researcher";
    c.request.createdAt = T0;
    c.request.updatedAt = T0.addSecs(60);
    c.request.state = "awaiting-review";
    c.request.reason = "the model code written at the university";
    c.request.chunkBytes = 65536;
    IngestFileInfo model;
    model.index = 0;
    model.spec = {"code/model.R", 120, QString(64, 'a'), "the model"};
    model.receivedBytes = 120;
    model.kind = "code";
    model.mediaType = "text/x-r";
    model.checked = true;
    model.findings = {
        {"command-download", "flag", "Line 3 fetches from a network.", {{"command", "curl"}}, 3}};
    IngestFileInfo areas;
    areas.index = 1;
    areas.spec = {"lookup/areas.csv", 40, QString(64, 'b'), "area codes"};
    areas.receivedBytes = 40;
    areas.kind = "table";
    areas.checked = true;
    areas.profile = QJsonObject{{"rows", 3}};
    c.request.files = {model, areas};
    c.projectTitle = "Project P1";
    c.approvalsNeeded = 2;
    IngestFileReview approved;
    approved.index = 0;
    approved.decision = "approved";
    approved.decidedAt = T0.addDays(1);
    approved.flagged = true;
    approved.votes = {{"u-checker", "CHECKER", "approve", "the flagged call is a comment", T0.addDays(1)},
                      {"u-checker2", "CHECKER2", "approve", {}, T0.addDays(1).addSecs(5)}};
    approved.deliveredPath = "ingest/I-1/code/model.R";
    IngestFileReview pending;
    pending.index = 1;
    pending.refused = true;
    pending.deliveryProblem = "ingest in the workspace is a symbolic link or not a folder";
    pending.purged = true;
    c.files = {approved, pending};
    return c;
}

} // namespace

class TestIngestReviewMessages : public QObject
{
    Q_OBJECT
private slots:
    void voteRoundTrips()
    {
        const IngestVoteRequest v{"reject", "holds postcodes"};
        auto back = IngestVoteRequest::fromJson(v.toJson());
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back.value(), v);
    }

    void voteIsDecodedStrictly_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("no decision") << QByteArray(R"({"comment":"x"})") << "vote.decision";
        QTest::newRow("unknown decision") << QByteArray(R"({"decision":"maybe"})") << "decision";
        QTest::newRow("unknown field")
            << QByteArray(R"({"decision":"approve","shared":"x"})") << "vote.shared";
        QTest::newRow("comment not text")
            << QByteArray(R"({"decision":"approve","comment":3})") << "vote.comment";
        QTest::newRow("comment too long")
            << QByteArray(R"({"decision":"reject","comment":")") + QByteArray(4001, 'x') + QByteArray(R"("})")
            << "vote.comment";
        QTest::newRow("not an object") << QByteArray("[]") << "";
    }
    void voteIsDecodedStrictly()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        auto v = IngestVoteRequest::fromJson(body);
        QVERIFY(!v.ok());
        if (!field.isEmpty())
            QVERIFY2(v.error().message.contains(field) || v.error().field == field,
                     qPrintable(v.error().message));
    }

    void contextRoundTrips()
    {
        const IngestReviewContext c = sampleContext();
        auto back = IngestReviewContext::fromJson(c.toJson());
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back->files, c.files);
        QCOMPARE(back->approvalsNeeded, 2);
        QCOMPARE(back->projectTitle, c.projectTitle);
        QCOMPARE(back->request.reason, c.request.reason);
        QCOMPARE(back->request.files.size(), 2);
        QCOMPARE(back->request.files[1].spec.description, QString("area codes"));
        // The automatic findings reach the checker with the request.
        QCOMPARE(back->request.files[0].findings, c.request.files[0].findings);
        QCOMPARE(back->request.files[0].kind, QString("code"));
        QCOMPARE(back->request.files[1].profile, c.request.files[1].profile);
    }

    void aContextWhoseFilesDoNotMatchIsRefused()
    {
        IngestReviewContext c = sampleContext();
        c.files.removeLast();
        QVERIFY(!IngestReviewContext::fromJson(c.toJson()).ok());
        c = sampleContext();
        c.files[1].index = 5;
        QVERIFY(!IngestReviewContext::fromJson(c.toJson()).ok());
        c = sampleContext();
        c.files[0].decision = "maybe";
        QVERIFY(!IngestReviewContext::fromJson(c.toJson()).ok());
        c = sampleContext();
        c.files[0].votes[0].decision = "abstain";
        QVERIFY(!IngestReviewContext::fromJson(c.toJson()).ok());
    }

    void queueRoundTrips()
    {
        IngestReviewQueue q;
        q.generatedAt = T0;
        q.checkingRefusedCode = "checking-setting-refused";
        q.checkingRefusedMessage = "Open ingest requests from a safe room.";
        IngestQueueItem i;
        i.id = "I-1";
        i.projectId = "P1";
        i.projectTitle = "Project P1";
        i.requesterName = "Researcher";
        i.createdAt = T0;
        i.updatedAt = T0.addSecs(3);
        i.state = "awaiting-review";
        i.files = 3;
        i.totalBytes = 123456789012;
        i.approvalsNeeded = 2;
        i.pendingFiles = 2;
        i.votedByMe = 1;
        i.notForMe = "review-project-member";
        q.items = {i};
        auto back = IngestReviewQueue::fromJson(q.toJson());
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back->items, q.items);
        QCOMPARE(back->checkingRefusedCode, q.checkingRefusedCode);
        QCOMPARE(back->generatedAt, T0);
    }
};

QTEST_GUILESS_MAIN(TestIngestReviewMessages)
#include "tst_ingestreviewmessages.moc"
