// session::SubmissionNotices over FakeApi and the real encrypted cache: a decision on one of the
// person's requests, found by the periodic refresh of My submissions, is one notice, told once;
// a repeat refresh tells nothing new; opening the request clears it; what was seen is kept in
// the cache across sign-outs; a team member's request, and changes that do not need the author,
// are not notices.

#include "ControllerRig.h"

#include "session/SubmissionNotices.h"
#include "session/Submissions.h"

#include <QSignalSpy>
#include <QTest>

using namespace srs;
using namespace srs::testing;
using domain::SubmissionState;
using session::SubmissionNotice;
using session::SubmissionNotices;
namespace route = protocol::route;

namespace {

const QDateTime Monday(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::utc());

protocol::SubmissionSummary request(const char *id, SubmissionState state, int round = 1,
                                    const char *authorId = "U-1")
{
    protocol::SubmissionSummary s;
    s.id = QString::fromLatin1(id);
    s.projectId = QStringLiteral("P-1");
    s.author.id = QString::fromLatin1(authorId);
    s.title = QStringLiteral("Admissions by area and sex");
    s.state = state;
    s.round = round;
    s.submittedAt = Monday;
    s.updatedAt = Monday;
    return s;
}

struct Rig : ControllerRig
{
    Rig() : submissions(&session, &browser, clock), notices(&session, &store, &submissions, clock)
    {
        keepCache();
    }

    // Signed in with one openable project, the cache open and the first list compared.
    bool start(const QList<protocol::SubmissionSummary> &requests)
    {
        listProjects({openableProject(QStringLiteral("P-1"), QStringLiteral("Housing"))});
        api.answer(route::Submissions, requests);
        QSignalSpy opened(&store, &session::ClientStore::opened);
        if (!signIn(QStringLiteral("U-1"), QStringLiteral("asha.patel")))
            return false;
        if (!store.isOpen() && !opened.wait())
            return false;
        return QTest::qWaitFor([this] { return submissions.hasLoaded() && !submissions.isLoading(); });
    }

    // The server now says this; the refresh interval passes and the periodic check runs.
    bool serverSays(const QList<protocol::SubmissionSummary> &requests)
    {
        api.answer(route::Submissions, requests);
        const qsizetype asked = api.sentTo(route::Submissions).size();
        clock.advanceSeconds(60);
        submissions.refreshIfDue();
        if (api.sentTo(route::Submissions).size() != asked + 1)
            return false;
        return QTest::qWaitFor([this] { return !submissions.isLoading(); });
    }

    session::Submissions submissions;
    SubmissionNotices notices;
};

} // namespace

class TestSubmissionNotices : public QObject
{
    Q_OBJECT
private slots:
    void theListIsAskedAtSignInAndEveryMinuteWhileActive()
    {
        Rig rig;
        QVERIFY(rig.start({request("S-1", SubmissionState::Submitted)}));
        QVERIFY(rig.submissions.refreshesPeriodically());
        QCOMPARE(rig.submissions.refreshIntervalMs(), 60'000);
        const qsizetype asked = rig.api.sentTo(route::Submissions).size();
        QVERIFY(asked >= 1);

        // Not yet due: nothing asked.
        rig.clock.advanceSeconds(59);
        rig.submissions.refreshIfDue();
        QCOMPARE(rig.api.sentTo(route::Submissions).size(), asked);
        rig.clock.advanceSeconds(1);
        rig.submissions.refreshIfDue();
        QCOMPARE(rig.api.sentTo(route::Submissions).size(), asked + 1);

        // Locked: no timer, nothing asked; unlocked: it starts again.
        rig.session.lock(session::Session::LockReason::Manual);
        QVERIFY(!rig.submissions.refreshesPeriodically());
        rig.clock.advanceSeconds(600);
        rig.submissions.refreshIfDue();
        QCOMPARE(rig.api.sentTo(route::Submissions).size(), asked + 1);
    }

    void aDecisionIsOneNoticeAndARepeatRefreshTellsNothingNew()
    {
        Rig rig;
        // Already returned when this computer first lists it: the first picture is taken as seen.
        QVERIFY(rig.start(
            {request("S-1", SubmissionState::InReview), request("S-2", SubmissionState::Returned)}));
        QCOMPARE(rig.notices.unseenCount(), 0);

        QSignalSpy arrived(&rig.notices, &SubmissionNotices::arrived);
        QSignalSpy changed(&rig.notices, &SubmissionNotices::unseenChanged);
        QVERIFY(rig.serverSays(
            {request("S-1", SubmissionState::Returned), request("S-2", SubmissionState::Returned)}));
        QCOMPARE(arrived.size(), 1);
        const auto told = arrived.first().at(0).value<QList<SubmissionNotice>>();
        QCOMPARE(told.size(), 1);
        QCOMPARE(told[0].submissionId, QString("S-1"));
        QCOMPARE(told[0].title, QString("Admissions by area and sex"));
        QCOMPARE(told[0].state, SubmissionState::Returned);
        QCOMPARE(rig.notices.unseenCount(), 1);
        QCOMPARE(changed.size(), 1);

        // The same answer again: nothing new.
        QVERIFY(rig.serverSays(
            {request("S-1", SubmissionState::Returned), request("S-2", SubmissionState::Returned)}));
        QCOMPARE(arrived.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(rig.notices.unseenCount(), 1);

        // Opened: seen, and it stays seen.
        rig.notices.markSeen(QStringLiteral("S-1"));
        QCOMPARE(rig.notices.unseenCount(), 0);
        QVERIFY(rig.serverSays(
            {request("S-1", SubmissionState::Returned), request("S-2", SubmissionState::Returned)}));
        QCOMPARE(rig.notices.unseenCount(), 0);
        QCOMPARE(arrived.size(), 1);

        // Resubmitted (the author's own step) is no notice; returned again in round 2 is.
        QVERIFY(rig.serverSays(
            {request("S-1", SubmissionState::Resubmitted, 2), request("S-2", SubmissionState::Returned)}));
        QCOMPARE(rig.notices.unseenCount(), 0);
        QVERIFY(rig.serverSays(
            {request("S-1", SubmissionState::Returned, 2), request("S-2", SubmissionState::Returned)}));
        QCOMPARE(arrived.size(), 2);
        QCOMPARE(rig.notices.unseen().constFirst().round, 2);
    }

    void eachStateThatNeedsTheAuthorIsANotice_data()
    {
        QTest::addColumn<SubmissionState>("state");
        QTest::addColumn<bool>("notice");
        QTest::newRow("changes requested") << SubmissionState::Returned << true;
        QTest::newRow("rejected") << SubmissionState::Rejected << true;
        QTest::newRow("approved") << SubmissionState::Approved << true;
        QTest::newRow("partly approved") << SubmissionState::PartlyApproved << true;
        QTest::newRow("released") << SubmissionState::Released << true;
        QTest::newRow("being checked") << SubmissionState::InReview << false;
        QTest::newRow("withdrawn") << SubmissionState::Withdrawn << false;
    }

    void eachStateThatNeedsTheAuthorIsANotice()
    {
        QFETCH(SubmissionState, state);
        QFETCH(bool, notice);
        Rig rig;
        QVERIFY(rig.start({request("S-1", SubmissionState::Submitted)}));
        QVERIFY(rig.serverSays({request("S-1", state)}));
        QCOMPARE(rig.notices.unseenCount(), notice ? 1 : 0);
    }

    void aTeamMembersRequestIsNotMine()
    {
        Rig rig;
        QVERIFY(rig.start({request("S-9", SubmissionState::InReview, 1, "U-2")}));
        QSignalSpy arrived(&rig.notices, &SubmissionNotices::arrived);
        QVERIFY(rig.serverSays({request("S-9", SubmissionState::Returned, 1, "U-2")}));
        QCOMPARE(arrived.size(), 0);
        QCOMPARE(rig.notices.unseenCount(), 0);
    }

    void theRequestOnScreenIsSeenAsItChanges()
    {
        Rig rig;
        QVERIFY(rig.start({request("S-1", SubmissionState::InReview)}));
        rig.notices.setOnScreen(QStringLiteral("S-1"));
        QSignalSpy arrived(&rig.notices, &SubmissionNotices::arrived);
        QVERIFY(rig.serverSays({request("S-1", SubmissionState::Approved)}));
        QCOMPARE(arrived.size(), 0);
        rig.notices.setOnScreen({});
        QVERIFY(rig.serverSays({request("S-1", SubmissionState::Released)}));
        QCOMPARE(arrived.size(), 1);
    }

    void whatWasSeenIsKeptInTheCacheAcrossSignOut()
    {
        Rig rig;
        QVERIFY(rig.start(
            {request("S-1", SubmissionState::InReview), request("S-2", SubmissionState::InReview)}));
        QVERIFY(rig.serverSays(
            {request("S-1", SubmissionState::Approved), request("S-2", SubmissionState::InReview)}));
        QCOMPARE(rig.notices.unseenCount(), 1);
        rig.notices.markSeen(QStringLiteral("S-1"));
        rig.session.signOut();
        QCOMPARE(rig.notices.unseenCount(), 0);

        // While signed out, S-2 was returned. Signing in again on this computer tells of it, and
        // not of S-1, opened before.
        QSignalSpy arrived(&rig.notices, &SubmissionNotices::arrived);
        QVERIFY(rig.start(
            {request("S-1", SubmissionState::Approved), request("S-2", SubmissionState::Returned)}));
        QTRY_COMPARE(arrived.size(), 1);
        QCOMPARE(rig.notices.unseenCount(), 1);
        QCOMPARE(rig.notices.unseen().constFirst().submissionId, QString("S-2"));
    }

    void aLockHidesTheNoticesAndAnUnlockBringsThemBackUntold()
    {
        Rig rig;
        QVERIFY(rig.start({request("S-1", SubmissionState::InReview)}));
        QSignalSpy arrived(&rig.notices, &SubmissionNotices::arrived);
        QVERIFY(rig.serverSays({request("S-1", SubmissionState::Rejected)}));
        QCOMPARE(arrived.size(), 1);
        rig.session.lock(session::Session::LockReason::Manual);
        QCOMPARE(rig.notices.unseenCount(), 0);
        QSignalSpy opened(&rig.store, &session::ClientStore::opened);
        rig.session.unlock(crypto::SecureBuffer("a password", 10), QStringLiteral("123456"));
        QTRY_COMPARE(rig.notices.unseenCount(), 1);
        QCOMPARE(arrived.size(), 1); // already told in this sign-in
    }
};

QTEST_GUILESS_MAIN(TestSubmissionNotices)
#include "tst_submissionnotices.moc"
