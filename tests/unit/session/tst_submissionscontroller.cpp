// session::Submissions ("My submissions") over FakeApi: the list of every openable project's
// requests (asked from sign-in), one request in full, withdrawing (and what a refusal does), and that a lock
// stops everything under way.

#include "ControllerRig.h"

#include "session/Submissions.h"

#include <QSignalSpy>
#include <QTest>

using namespace srs;
using namespace srs::testing;
namespace route = protocol::route;

namespace {

protocol::SubmissionSummary summary(const char *id, const char *projectId, const QDateTime &updated)
{
    protocol::SubmissionSummary s;
    s.id = QString::fromLatin1(id);
    s.projectId = QString::fromLatin1(projectId);
    s.title = QStringLiteral("Request ") + s.id;
    s.state = domain::SubmissionState::Submitted;
    s.round = 1;
    s.updatedAt = updated;
    return s;
}

protocol::SubmissionInfo detailOf(const char *id, const char *projectId, domain::SubmissionState state,
                                  const QString &authorId)
{
    protocol::SubmissionInfo info;
    info.submission.id = QString::fromLatin1(id);
    info.submission.projectId = QString::fromLatin1(projectId);
    info.submission.authorId = authorId;
    info.submission.state = state;
    info.submission.round = 1;
    info.submission.content.title = QStringLiteral("Now titled");
    info.submission.updatedAt = QDateTime(QDate(2026, 11, 3), QTime(9, 0), QTimeZone::utc());
    return info;
}

struct Rig : ControllerRig
{
    Rig() : submissions(&session, &browser, clock) {}

    // Signed in, with two openable projects and one that may not be opened here.
    bool start()
    {
        auto closed = openableProject(QStringLiteral("P-3"), QStringLiteral("Safe room only"));
        closed.access.allowed = false;
        listProjects({openableProject(QStringLiteral("P-1"), QStringLiteral("Housing")),
                      openableProject(QStringLiteral("P-2"), QStringLiteral("Schools")), closed});
        QSignalSpy projects(&browser, &session::WorkspaceSync::projectsChanged);
        return signIn(QStringLiteral("U-1"), QStringLiteral("asha.patel")) && projects.wait();
    }

    session::Submissions submissions;
};

const QDateTime Monday(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::utc());

} // namespace

class TestSubmissionsController : public QObject
{
    Q_OBJECT
private slots:
    void theListIsAskedOnceTheProjectsAreListedAfterSignIn()
    {
        // Wanted from sign-in, so that a decision on a request is noticed without asking.
        Rig rig;
        QVERIFY(rig.start());
        QTRY_COMPARE(rig.api.held(route::Submissions).size(), 2); // P-1 and P-2, not P-3
        QVERIFY(rig.submissions.refreshesPeriodically());
    }

    void theListMergesEveryOpenableProjectNewestFirst()
    {
        Rig rig;
        QVERIFY(rig.start());
        QSignalSpy changed(&rig.submissions, &session::Submissions::listChanged);
        rig.submissions.refresh();
        QVERIFY(rig.submissions.isLoading());
        const auto held = rig.api.held(route::Submissions);
        QCOMPARE(held.size(), 2); // not P-3
        const auto sent = rig.api.sentTo(route::Submissions);
        QCOMPARE(sent[0].path, QString("/api/v1/projects/P-1/submissions"));
        QCOMPARE(sent[1].path, QString("/api/v1/projects/P-2/submissions"));
        held[0]->succeedWith({summary("S-1", "P-1", Monday), summary("S-3", "P-1", Monday.addDays(2))});
        QCOMPARE(changed.size(), 1);
        QVERIFY(!rig.submissions.hasLoaded()); // P-2 has not answered yet
        held[1]->succeedWith({summary("S-2", "P-2", Monday.addDays(1))});
        QCOMPARE(changed.size(), 2);
        QVERIFY(rig.submissions.hasLoaded());
        QVERIFY(!rig.submissions.isLoading());
        QStringList ids;
        for (const auto &s : rig.submissions.list())
            ids.append(s.id);
        QCOMPARE(ids, (QStringList{"S-3", "S-2", "S-1"}));
    }

    void aProjectThatCannotBeListedIsSaidAndTheOthersShow()
    {
        Rig rig;
        QVERIFY(rig.start());
        QSignalSpy failed(&rig.submissions, &session::Submissions::listFailed);
        QSignalSpy changed(&rig.submissions, &session::Submissions::listChanged);
        rig.submissions.refresh();
        const auto held = rig.api.held(route::Submissions);
        QCOMPARE(held.size(), 2);
        held[0]->fail(api::testing::FakeApi::unreachable());
        held[1]->succeedWith({summary("S-2", "P-2", Monday)});
        QTRY_COMPARE(changed.size(), 2);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).toString(), QString("P-1"));
        QVERIFY(rig.submissions.problems().contains(QStringLiteral("P-1")));
        QCOMPARE(rig.submissions.list().size(), 1);
        QVERIFY(rig.submissions.hasLoaded());
    }

    void anEarlierRefreshesAnswersAreDropped()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.submissions.refresh();
        const auto first = rig.api.held(route::Submissions);
        rig.submissions.refresh();
        QVERIFY(first[0]->isFinished()); // stopped
        const auto second = rig.api.held(route::Submissions);
        QCOMPARE(second.size(), 2);
        first[0]->succeedWith({summary("S-old", "P-1", Monday)}); // too late: not delivered
        second[0]->succeedWith({summary("S-1", "P-1", Monday)});
        second[1]->succeedWith({});
        QTRY_VERIFY(rig.submissions.hasLoaded());
        QCOMPARE(rig.submissions.list().size(), 1);
        QCOMPARE(rig.submissions.list()[0].id, QString("S-1"));
    }

    void withdrawingUpdatesTheListFromTheAnswer()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.api.answer(route::Submissions, QList<protocol::SubmissionSummary>{summary("S-1", "P-1", Monday)});
        rig.submissions.refresh();
        QTRY_VERIFY(rig.submissions.hasLoaded());

        rig.api.answer(route::Withdraw, detailOf("S-1", "P-1", domain::SubmissionState::Withdrawn, "U-1"));
        QSignalSpy withdrawn(&rig.submissions, &session::Submissions::withdrawn);
        rig.submissions.withdraw(QStringLiteral("S-1"), QStringLiteral("  Wrong file  "));
        QVERIFY(withdrawn.wait());
        const auto sent = rig.api.sentTo(route::Withdraw);
        QCOMPARE(sent[0].path, QString("/api/v1/projects/P-1/submissions/S-1/withdraw"));
        const auto body = protocol::WithdrawRequest::fromJson(sent[0].body);
        QVERIFY(body.ok());
        QCOMPARE(body->note, QString("Wrong file"));
        QCOMPARE(rig.submissions.list()[0].state, domain::SubmissionState::Withdrawn);
        QCOMPARE(rig.submissions.list()[0].title, QString("Now titled"));
        QCOMPARE(rig.submissions.detail(QStringLiteral("S-1"))->submission.state,
                 domain::SubmissionState::Withdrawn);
    }

    void aRefusedWithdrawalShowsTheRequestAsItIs()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.api.answer(route::Submissions, QList<protocol::SubmissionSummary>{summary("S-1", "P-1", Monday)});
        rig.submissions.refresh();
        QTRY_VERIFY(rig.submissions.hasLoaded());

        rig.api.refuse(route::Withdraw, 409, QStringLiteral("submission-wrong-state"),
                       QStringLiteral("A checker has started the review."));
        rig.api.answer(route::Submission, detailOf("S-1", "P-1", domain::SubmissionState::InReview, "U-1"));
        QSignalSpy refused(&rig.submissions, &session::Submissions::withdrawFailed);
        QSignalSpy loaded(&rig.submissions, &session::Submissions::detailLoaded);
        rig.submissions.withdraw(QStringLiteral("S-1"));
        QVERIFY(refused.wait());
        QCOMPARE(refused.first().at(1).value<api::ApiFailure>().httpStatus, 409);
        QCOMPARE(rig.api.sentTo(route::Withdraw)[0].body, QByteArray("{}"));
        QVERIFY(loaded.wait());
        QCOMPARE(rig.api.sentTo(route::Submission)[0].path, QString("/api/v1/projects/P-1/submissions/S-1"));
        QCOMPARE(rig.submissions.list()[0].state, domain::SubmissionState::InReview);

        // Refused for another reason (the server could not be reached): nothing reloaded.
        rig.api.fail(route::Withdraw, api::testing::FakeApi::unreachable());
        rig.submissions.withdraw(QStringLiteral("S-1"));
        QVERIFY(refused.wait());
        QTest::qWait(20);
        QCOMPARE(rig.api.sentTo(route::Submission).size(), 1);
    }

    void aLockStopsEverythingAndClearsTheList()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.api.answer(route::Submissions, QList<protocol::SubmissionSummary>{summary("S-1", "P-1", Monday)});
        rig.submissions.refresh();
        QTRY_VERIFY(rig.submissions.hasLoaded());
        rig.submissions.fetchDetail(QStringLiteral("S-1")); // held
        QCOMPARE(rig.api.held(route::Submission).size(), 1);
        auto *detail = rig.api.held(route::Submission).constFirst();

        QSignalSpy cleared(&rig.submissions, &session::Submissions::cleared);
        QSignalSpy failed(&rig.submissions, &session::Submissions::detailFailed);
        QSignalSpy loaded(&rig.submissions, &session::Submissions::detailLoaded);
        rig.session.lock(session::Session::LockReason::Manual);
        QCOMPARE(cleared.size(), 1);
        QVERIFY(rig.submissions.list().isEmpty());
        QVERIFY(detail->isFinished());
        detail->succeedWith(detailOf("S-1", "P-1", domain::SubmissionState::Submitted, "U-1"));
        QTest::qWait(20);
        QCOMPARE(loaded.size(), 0);
        QCOMPARE(failed.size(), 0);
        QVERIFY(!rig.submissions.detail(QStringLiteral("S-1")));
    }

    void theRulesSayWhatToOffer()
    {
        Rig rig;
        QVERIFY(rig.start());
        const auto mine = detailOf("S-1", "P-1", domain::SubmissionState::Submitted, "U-1");
        const auto returned = detailOf("S-2", "P-1", domain::SubmissionState::Returned, "U-1");
        const auto othersProject = detailOf("S-3", "P-3", domain::SubmissionState::Submitted, "U-1");
        QVERIFY(rig.submissions.canWithdraw(mine));
        QVERIFY(!rig.submissions.canResubmit(mine));
        QVERIFY(rig.submissions.canResubmit(returned));
        QVERIFY(!rig.submissions.canWithdraw(othersProject)); // may not be opened here
    }
};

QTEST_GUILESS_MAIN(TestSubmissionsController)
#include "tst_submissionscontroller.moc"
