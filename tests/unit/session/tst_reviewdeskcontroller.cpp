// session::ReviewDesk over FakeApi: what it asks, what it keeps of the answers (the fresh comparison
// with the releases too), what it says of failures, and that a lock or a closed review lets nothing
// of a call under way through.

#include "ControllerRig.h"

#include "session/ReviewDesk.h"

#include <QCryptographicHash>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace srs;
using namespace srs::testing;
namespace route = protocol::route;

namespace {

const QByteArray TableBytes("region,count\nNorth,12\nSouth,30\n");
const QByteArray OldTableBytes("region,count\nNorth,10\nSouth,31\n");

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

protocol::ReviewQueue queueOf(std::initializer_list<const char *> ids)
{
    protocol::ReviewQueue q;
    for (const char *id : ids) {
        protocol::ReviewQueueItem item;
        item.id = QString::fromLatin1(id);
        item.projectId = QStringLiteral("P-1");
        item.title = QStringLiteral("Request ") + item.id;
        q.items.append(item);
    }
    return q;
}

// A request in review, round 2, with its table in both rounds.
protocol::ReviewContext contextOf(const QString &id,
                                  domain::SubmissionState state = domain::SubmissionState::InReview)
{
    protocol::ReviewContext c;
    c.submission.submission.id = id;
    c.submission.submission.projectId = QStringLiteral("P-1");
    c.submission.submission.state = state;
    c.submission.submission.round = 2;
    protocol::SubmissionRoundInfo first;
    first.round = 1;
    first.files = {
        {QStringLiteral("code/model.R"), domain::FileRole::Code, {}, {}, sha256("x <- 1"), 6},
        {QStringLiteral("outputs/t1.csv"), domain::FileRole::Output, {}, {}, sha256(OldTableBytes), 30}};
    protocol::SubmissionRoundInfo second;
    second.round = 2;
    second.files = {
        {QStringLiteral("outputs/t1.csv"), domain::FileRole::Output, {}, {}, sha256(TableBytes), 30}};
    c.submission.rounds = {first, second};
    protocol::ReviewInfo mine;
    mine.review.checkerId = QStringLiteral("U-chk");
    mine.review.round = 2;
    c.reviews = {mine};
    return c;
}

// The fresh comparison of request `id`'s round: one row of its table differs from a release made
// since the round was submitted.
protocol::ReleaseComparison comparisonOf(const QString &id, int round)
{
    protocol::ReleaseComparison c;
    c.submissionId = id;
    c.round = round;
    c.roundSubmittedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::utc());
    c.comparedAt = c.roundSubmittedAt.addDays(1);
    c.releases = {
        {QStringLiteral("REL-2"), QStringLiteral("Regions"), c.roundSubmittedAt.addSecs(3600), true}};
    protocol::ReleaseDifference d;
    d.finding.rule = QStringLiteral("release-differencing");
    d.finding.outcome = QStringLiteral("review");
    d.finding.path = QStringLiteral("outputs/t1.csv");
    d.finding.fileRow = 2;
    d.finding.rowLabel = QStringLiteral("North");
    d.finding.message = QStringLiteral("Row 2 covers a population that differs by fewer than 10 records.");
    d.releaseId = QStringLiteral("REL-2");
    d.releasedFile = QStringLiteral("outputs/regions.csv");
    d.scope = QStringLiteral("row");
    d.difference = 2;
    c.differences = {d};
    return c;
}

} // namespace

class TestReviewDeskController : public QObject
{
    Q_OBJECT
private slots:
    void aCheckersRefreshShowsTheQueueAndTwelveWeeks()
    {
        ControllerRig rig;
        session::ReviewDesk desk(&rig.session, &rig.store, rig.clock);
        QVERIFY(rig.signIn(QStringLiteral("U-chk"), QStringLiteral("chris.checker"),
                           {domain::Role::OutputChecker}));
        protocol::ReviewStatistics stats;
        stats.weeks = {{QDate(2026, 10, 26), 4, 2.5, 3}};
        rig.api.answer(route::ReviewQueueRoute, queueOf({"S-1", "S-2"}));
        rig.api.answer(route::ReviewStatisticsRoute, stats);
        QSignalSpy queueChanged(&desk, &session::ReviewDesk::queueChanged);
        QSignalSpy statisticsChanged(&desk, &session::ReviewDesk::statisticsChanged);
        desk.refresh();
        QVERIFY(queueChanged.wait());
        QCOMPARE(desk.queue().items.size(), 2);
        QCOMPARE(desk.queue().items[1].id, QString("S-2"));
        QVERIFY(desk.queueFromServer());
        QTRY_COMPARE(statisticsChanged.size(), 1);
        QCOMPARE(desk.statistics().weeks.size(), 1);
        QCOMPARE(desk.statistics().weeks[0].answered, 4);
        QCOMPARE(rig.api.sentTo(route::ReviewStatisticsRoute).constFirst().path,
                 QString("/api/v1/review/statistics?weeks=12"));
        // Asked again while an answer is awaited: not twice.
        rig.api.hold(route::ReviewQueueRoute);
        desk.refresh();
        desk.refresh();
        QCOMPARE(rig.api.sentTo(route::ReviewQueueRoute).size(), 2);
    }

    void someoneWhoIsNotACheckerAsksNothing()
    {
        ControllerRig rig;
        session::ReviewDesk desk(&rig.session, &rig.store, rig.clock);
        QVERIFY(rig.signIn(QStringLiteral("U-res"), QStringLiteral("asha.patel")));
        QVERIFY(!desk.isChecker());
        desk.refresh();
        desk.claim(QStringLiteral("S-1"));
        QVERIFY(rig.api.sentTo(route::ReviewQueueRoute).isEmpty());
        QVERIFY(rig.api.sentTo(route::ReviewStatisticsRoute).isEmpty());
    }

    void aQueueThatCannotBeFetchedSaysWhy()
    {
        ControllerRig rig;
        session::ReviewDesk desk(&rig.session, &rig.store, rig.clock);
        QVERIFY(rig.signIn(QStringLiteral("U-chk"), QStringLiteral("chris.checker"),
                           {domain::Role::OutputChecker}));
        rig.api.fail(route::ReviewQueueRoute, api::testing::FakeApi::unreachable());
        QSignalSpy failed(&desk, &session::ReviewDesk::queueFailed);
        desk.refresh();
        QVERIFY(failed.wait());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<api::ApiFailure>().kind, api::ApiFailure::Kind::Unreachable);
        QVERIFY(!desk.queueFromServer());
    }

    void claimingShowsTheContextAndMovesTheQueueOn()
    {
        ControllerRig rig;
        session::ReviewDesk desk(&rig.session, &rig.store, rig.clock);
        QVERIFY(rig.signIn(QStringLiteral("U-chk"), QStringLiteral("chris.checker"),
                           {domain::Role::OutputChecker}));
        rig.api.answer(route::Claim, contextOf(QStringLiteral("S-7")));
        rig.api.answer(route::ReviewQueueRoute, queueOf({"S-7"}));
        QSignalSpy changed(&desk, &session::ReviewDesk::contextChanged);
        desk.claim(QStringLiteral("S-7"));
        QVERIFY(changed.wait());
        QCOMPARE(rig.api.sentTo(route::Claim).constFirst().path, QString("/api/v1/submissions/S-7/reviews"));
        QVERIFY(desk.context());
        QCOMPARE(desk.context()->submission.submission.id, QString("S-7"));
        QVERIFY(desk.myReview());
        // The queue is asked again after the claim.
        QTRY_COMPARE(rig.api.sentTo(route::ReviewQueueRoute).size(), 1);
    }

    void aRefusedClaimSaysTheServersWords()
    {
        ControllerRig rig;
        session::ReviewDesk desk(&rig.session, &rig.store, rig.clock);
        QVERIFY(rig.signIn(QStringLiteral("U-chk"), QStringLiteral("chris.checker"),
                           {domain::Role::OutputChecker}));
        rig.api.refuse(route::Claim, 409, QStringLiteral("review-already-two"),
                       QStringLiteral("Two checkers are already reviewing this request."));
        QSignalSpy failed(&desk, &session::ReviewDesk::contextFailed);
        desk.claim(QStringLiteral("S-7"));
        QVERIFY(failed.wait());
        const auto f = failed.first().first().value<api::ApiFailure>();
        QCOMPARE(f.httpStatus, 409);
        QCOMPARE(f.message, QString("Two checkers are already reviewing this request."));
        QVERIFY(!desk.context());
    }

    void votesGoForTheOpenRequestAndSayWhetherItIsDecided()
    {
        ControllerRig rig;
        session::ReviewDesk desk(&rig.session, &rig.store, rig.clock);
        QVERIFY(rig.signIn(QStringLiteral("U-chk"), QStringLiteral("chris.checker"),
                           {domain::Role::OutputChecker}));
        rig.api.answer(route::Review, contextOf(QStringLiteral("S-7")));
        QSignalSpy changed(&desk, &session::ReviewDesk::contextChanged);
        desk.open(QStringLiteral("S-7"));
        QVERIFY(changed.wait());

        rig.api.answer(route::Vote, contextOf(QStringLiteral("S-7"), domain::SubmissionState::Approved));
        QSignalSpy voted(&desk, &session::ReviewDesk::voted);
        protocol::VoteRequest votes;
        votes.files = {{QStringLiteral("outputs/t1.csv"), domain::FileDecision::Approve, {}, {}}};
        votes.summary = QStringLiteral("Safe to release.");
        desk.vote(votes);
        QVERIFY(voted.wait());
        QCOMPARE(voted.first().first().toBool(), true);
        const auto sent = rig.api.sentTo(route::Vote);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent[0].path, QString("/api/v1/submissions/S-7/reviews/mine"));
        const auto body = protocol::VoteRequest::fromJson(sent[0].body);
        QVERIFY(body.ok());
        QCOMPARE(body->summary, QString("Safe to release."));
        QCOMPARE(body->files.size(), 1);
        QCOMPARE(desk.context()->submission.submission.state, domain::SubmissionState::Approved);

        rig.api.refuse(route::Vote, 400, QStringLiteral("bad-request"), QStringLiteral("Say why."),
                       QStringLiteral("files[0].shared_comment"));
        QSignalSpy refused(&desk, &session::ReviewDesk::voteFailed);
        desk.vote(votes);
        QVERIFY(refused.wait());
        QCOMPARE(refused.first().at(0).toString(), QString("Say why."));
        QCOMPARE(refused.first().at(1).toString(), QString("files[0].shared_comment"));
    }

    void aFileIsKeptOnlyWhenItMatchesItsHash()
    {
        ControllerRig rig;
        session::ReviewDesk desk(&rig.session, &rig.store, rig.clock);
        QVERIFY(rig.signIn(QStringLiteral("U-chk"), QStringLiteral("chris.checker"),
                           {domain::Role::OutputChecker}));
        rig.api.answer(route::Review, contextOf(QStringLiteral("S-7")));
        QSignalSpy changed(&desk, &session::ReviewDesk::contextChanged);
        desk.open(QStringLiteral("S-7"));
        QVERIFY(changed.wait());

        QSignalSpy loaded(&desk, &session::ReviewDesk::fileLoaded);
        QSignalSpy failed(&desk, &session::ReviewDesk::fileFailed);
        rig.api.answer(route::RoundFile, TableBytes);
        desk.fetchFile(2, 0);
        QVERIFY(loaded.wait());
        QCOMPARE(rig.api.sentTo(route::RoundFile).constLast().path,
                 QString("/api/v1/submissions/S-7/rounds/2/files/0"));
        QCOMPARE(desk.file(2, 0).value(), TableBytes);
        QCOMPARE(desk.previousVersion(2, 0), (std::optional<std::pair<int, int>>{{1, 1}}));

        // Round 1's table comes back altered: refused, never kept.
        rig.api.answer(route::RoundFile, QByteArray("region,count\nNorth,1\n"));
        desk.fetchFile(1, 1);
        QVERIFY(failed.wait());
        QCOMPARE(failed.first().at(0).toInt(), 1);
        QVERIFY(failed.first().at(2).toString().contains("SHA-256"));
        QVERIFY(!desk.file(1, 1));

        // A file the request does not have is not asked for.
        const qsizetype asked = rig.api.sentTo(route::RoundFile).size();
        desk.fetchFile(2, 5);
        QCOMPARE(failed.size(), 2);
        QCOMPARE(rig.api.sentTo(route::RoundFile).size(), asked);
    }

    void lockingLetsNothingOfACallUnderWayThrough()
    {
        ControllerRig rig;
        session::ReviewDesk desk(&rig.session, &rig.store, rig.clock);
        QVERIFY(rig.signIn(QStringLiteral("U-chk"), QStringLiteral("chris.checker"),
                           {domain::Role::OutputChecker}));
        rig.api.answer(route::Review, contextOf(QStringLiteral("S-7")));
        QSignalSpy changed(&desk, &session::ReviewDesk::contextChanged);
        desk.open(QStringLiteral("S-7"));
        QVERIFY(changed.wait());
        rig.api.answer(route::RoundFile, TableBytes);
        QSignalSpy loaded(&desk, &session::ReviewDesk::fileLoaded);
        desk.fetchFile(2, 0);
        QVERIFY(loaded.wait());

        desk.refresh(); // queue and statistics held
        rig.api.hold(route::RoundFile);
        desk.fetchFile(1, 1); // held
        QCOMPARE(rig.api.held(route::ReviewQueueRoute).size(), 1);
        QCOMPARE(rig.api.held(route::RoundFile).size(), 1);
        auto *queueCall = rig.api.held(route::ReviewQueueRoute).constFirst();
        auto *fileCall = rig.api.held(route::RoundFile).constFirst();

        QSignalSpy cleared(&desk, &session::ReviewDesk::cleared);
        QSignalSpy queueChanged(&desk, &session::ReviewDesk::queueChanged);
        QSignalSpy failed(&desk, &session::ReviewDesk::queueFailed);
        rig.session.lock(session::Session::LockReason::Manual);
        QVERIFY(cleared.size() >= 1);
        QVERIFY(!desk.context());
        QVERIFY(!desk.file(2, 0));        // wiped
        QVERIFY(queueCall->isFinished()); // stopped
        QVERIFY(fileCall->isFinished());
        const qsizetype changesAtLock = queueChanged.size();

        // Whatever still came would not be shown.
        queueCall->succeedWith(queueOf({"S-9"}));
        QTest::qWait(20);
        QCOMPARE(queueChanged.size(), changesAtLock);
        QVERIFY(desk.queue().items.isEmpty());
        QCOMPARE(failed.size(), 0); // and the stop is not reported as a failure
        QCOMPARE(loaded.size(), 1);
    }

    void closingTheReviewStopsItsFiles()
    {
        ControllerRig rig;
        session::ReviewDesk desk(&rig.session, &rig.store, rig.clock);
        QVERIFY(rig.signIn(QStringLiteral("U-chk"), QStringLiteral("chris.checker"),
                           {domain::Role::OutputChecker}));
        rig.api.answer(route::Review, contextOf(QStringLiteral("S-7")));
        QSignalSpy changed(&desk, &session::ReviewDesk::contextChanged);
        desk.open(QStringLiteral("S-7"));
        QVERIFY(changed.wait());
        desk.fetchFile(2, 0); // held
        QCOMPARE(rig.api.held(route::RoundFile).size(), 1);
        QSignalSpy loaded(&desk, &session::ReviewDesk::fileLoaded);
        QSignalSpy failed(&desk, &session::ReviewDesk::fileFailed);
        desk.close();
        QVERIFY(rig.api.held(route::RoundFile).isEmpty());
        QTest::qWait(20);
        QCOMPARE(loaded.size(), 0);
        QCOMPARE(failed.size(), 0);
    }

    // Opening a request compares its tables with the project's releases as they are now, once per
    // round; the checker can ask again; a vote does not ask; closing forgets it.
    void openingComparesWithTheReleasesOnce()
    {
        ControllerRig rig;
        session::ReviewDesk desk(&rig.session, &rig.store, rig.clock);
        QVERIFY(rig.signIn(QStringLiteral("U-chk"), QStringLiteral("chris.checker"),
                           {domain::Role::OutputChecker}));
        rig.api.answer(route::Review, contextOf(QStringLiteral("S-7")));
        rig.api.answer(route::ReleaseDifferences, comparisonOf(QStringLiteral("S-7"), 2));
        QSignalSpy compared(&desk, &session::ReviewDesk::releaseComparisonChanged);
        desk.open(QStringLiteral("S-7"));
        QTRY_VERIFY(desk.releaseComparison().has_value());
        QVERIFY(compared.size() >= 2); // started, then answered
        QVERIFY(!desk.isComparingWithReleases());
        const auto sent = rig.api.sentTo(route::ReleaseDifferences);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent[0].path, QString("/api/v1/submissions/S-7/release-differences"));
        const protocol::ReleaseComparison &c = *desk.releaseComparison();
        QCOMPARE(c.differences.size(), 1);
        QCOMPARE(c.differences[0].releaseId, QString("REL-2"));
        QCOMPARE(c.differences[0].finding.rowLabel, QString("North"));
        QVERIFY(c.releases[0].sinceSubmission);

        // The same request and round again, and a vote: not compared again.
        QSignalSpy changed(&desk, &session::ReviewDesk::contextChanged);
        desk.open(QStringLiteral("S-7"));
        QVERIFY(changed.wait());
        rig.api.answer(route::Vote, contextOf(QStringLiteral("S-7")));
        desk.vote({});
        QVERIFY(changed.wait());
        QTest::qWait(20);
        QCOMPARE(rig.api.sentTo(route::ReleaseDifferences).size(), 1);

        // Asked for: compared again, once while one is under way.
        rig.api.hold(route::ReleaseDifferences);
        desk.compareWithReleases();
        desk.compareWithReleases();
        QVERIFY(desk.isComparingWithReleases());
        QCOMPARE(rig.api.sentTo(route::ReleaseDifferences).size(), 2);
        rig.api.held(route::ReleaseDifferences)
            .constFirst()
            ->succeedWith(comparisonOf(QStringLiteral("S-7"), 2));
        QTRY_VERIFY(!desk.isComparingWithReleases());

        desk.close();
        QVERIFY(!desk.releaseComparison());
    }

    void aComparisonThatFailsSaysWhyAndALateOneIsNotShown()
    {
        ControllerRig rig;
        session::ReviewDesk desk(&rig.session, &rig.store, rig.clock);
        QVERIFY(rig.signIn(QStringLiteral("U-chk"), QStringLiteral("chris.checker"),
                           {domain::Role::OutputChecker}));
        rig.api.answer(route::Review, contextOf(QStringLiteral("S-7")));
        rig.api.refuse(route::ReleaseDifferences, 409, QStringLiteral("snapshot-altered"),
                       QStringLiteral("The stored copy of outputs/t1.csv no longer matches."));
        QSignalSpy failed(&desk, &session::ReviewDesk::releaseComparisonFailed);
        desk.open(QStringLiteral("S-7"));
        QVERIFY(failed.wait());
        QCOMPARE(failed.first().first().toString(),
                 QString("The stored copy of outputs/t1.csv no longer matches."));
        QVERIFY(!desk.releaseComparison());

        // Under way when the review closes: stopped, and nothing of it arrives.
        rig.api.hold(route::ReleaseDifferences);
        desk.compareWithReleases();
        auto held = rig.api.held(route::ReleaseDifferences);
        QCOMPARE(held.size(), 1);
        QPointer<api::PendingCall> call = held.constFirst();
        QSignalSpy compared(&desk, &session::ReviewDesk::releaseComparisonChanged);
        desk.close();
        QVERIFY(!call || call->isFinished());
        QTest::qWait(20);
        QCOMPARE(compared.size(), 0);
        QCOMPARE(failed.size(), 1);
        QVERIFY(!desk.releaseComparison());
    }

    void releasingSaysSoAndOpensTheRequestAgain()
    {
        ControllerRig rig;
        session::ReviewDesk desk(&rig.session, &rig.store, rig.clock);
        QVERIFY(rig.signIn(QStringLiteral("U-chk"), QStringLiteral("chris.checker"),
                           {domain::Role::OutputChecker}));
        rig.api.answer(route::Review, contextOf(QStringLiteral("S-7"), domain::SubmissionState::Approved));
        QSignalSpy changed(&desk, &session::ReviewDesk::contextChanged);
        desk.open(QStringLiteral("S-7"));
        QVERIFY(changed.wait());

        protocol::ReleaseInfo release;
        release.id = QStringLiteral("REL-1");
        release.submissionId = QStringLiteral("S-7");
        rig.api.answer(route::Release, release);
        rig.api.answer(route::Review, contextOf(QStringLiteral("S-7"), domain::SubmissionState::Released));
        QSignalSpy released(&desk, &session::ReviewDesk::released);
        QString releasedId;
        connect(&desk, &session::ReviewDesk::released, this,
                [&releasedId](const protocol::ReleaseInfo &r) { releasedId = r.id; });
        desk.release();
        QVERIFY(released.wait());
        QCOMPARE(releasedId, QString("REL-1"));
        QCOMPARE(rig.api.sentTo(route::Release).constFirst().path,
                 QString("/api/v1/submissions/S-7/release"));
        QTRY_COMPARE(desk.context()->submission.submission.state, domain::SubmissionState::Released);

        rig.api.refuse(route::Release, 409, QStringLiteral("wrong-state"),
                       QStringLiteral("Already released."));
        QSignalSpy refused(&desk, &session::ReviewDesk::releaseFailed);
        desk.release();
        QVERIFY(refused.wait());
        QCOMPARE(refused.first().first().toString(), QString("Already released."));
    }
};

QTEST_GUILESS_MAIN(TestReviewDeskController)
#include "tst_reviewdeskcontroller.moc"
