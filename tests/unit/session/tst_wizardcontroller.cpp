// session::SubmissionWizard's checks over FakeApi: the check goes to the draft's project, its
// answer becomes the draft's last check, and a refusal or an unreadable answer is said with the
// field to fix. (Submitting needs a draft complete on every page: tst_submissionwizard.)

#include "ControllerRig.h"

#include "session/SubmissionWizard.h"

#include <QSignalSpy>
#include <QTest>

using namespace srs;
using namespace srs::testing;
namespace route = protocol::route;

namespace {

protocol::CheckResultInfo passed(const QDateTime &at)
{
    protocol::CheckResultInfo r;
    r.status = QStringLiteral("pass");
    r.checkedAt = at;
    return r;
}

} // namespace

class TestWizardController : public QObject
{
    Q_OBJECT
private slots:
    void aCheckGoesToTheDraftsProjectAndIsKept()
    {
        ControllerRig rig;
        session::SubmissionWizard wizard(&rig.session, &rig.store, &rig.browser, rig.clock);
        QVERIFY(rig.signIn(QStringLiteral("U-1"), QStringLiteral("asha.patel")));
        wizard.start(QStringLiteral("P 1"));
        QVERIFY(wizard.isActive());
        QSignalSpy started(&wizard, &session::SubmissionWizard::checksStarted);
        QSignalSpy finished(&wizard, &session::SubmissionWizard::checksFinished);
        wizard.runChecks();
        QCOMPARE(started.size(), 1);
        QVERIFY(wizard.isChecking());
        wizard.runChecks(); // not twice while one is under way
        QCOMPARE(rig.api.sentTo(route::Check).size(), 1);
        const auto sent = rig.api.sentTo(route::Check).constFirst();
        QCOMPARE(sent.path, QString("/api/v1/projects/P%201/checks"));
        QCOMPARE(sent.body, wizard.draft().checkRequest().toJson());

        rig.api.held(route::Check).constFirst()->succeedWith(passed(rig.clock.now()));
        QCOMPARE(finished.size(), 1);
        QVERIFY(!wizard.isChecking());
        QVERIFY(wizard.draft().lastCheck);
        QCOMPARE(wizard.draft().lastCheck->status, QString("pass"));
    }

    void aRefusedCheckNamesTheFieldToFix()
    {
        ControllerRig rig;
        session::SubmissionWizard wizard(&rig.session, &rig.store, &rig.browser, rig.clock);
        QVERIFY(rig.signIn(QStringLiteral("U-1"), QStringLiteral("asha.patel")));
        wizard.start(QStringLiteral("P-1"));
        rig.api.refuse(route::Check, 422, QStringLiteral("table-shape-mismatch"),
                       QStringLiteral("The counts file has 5 rows, not 6."),
                       QStringLiteral("tables[0].counts"));
        QSignalSpy failed(&wizard, &session::SubmissionWizard::checksFailed);
        wizard.runChecks();
        QVERIFY(failed.wait());
        QCOMPARE(failed.first().at(0).toString(), QString("The counts file has 5 rows, not 6."));
        QCOMPARE(failed.first().at(1).toString(), QString("tables[0].counts"));
        QVERIFY(!wizard.draft().lastCheck);
        QVERIFY(!wizard.isChecking());

        rig.api.fail(route::Check, api::ApiFailure::badResponse(QStringLiteral("items: not a list")));
        wizard.runChecks();
        QVERIFY(failed.wait());
        QCOMPARE(failed.at(1).at(0).toString(),
                 QString("The checks' answer could not be read: items: not a list"));
        QVERIFY(failed.at(1).at(1).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWizardController)
#include "tst_wizardcontroller.moc"
