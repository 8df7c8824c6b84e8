// "My submissions" through the real window, session and Submissions service over a scripted
// transport: the list asked at sign-in, the notice of a request that came back (banner, tab
// count, alert, "Open it"), the list of the openable projects' requests, one request in full, withdrawing
// (and a refusal), a returned request offered for resubmission, and nothing left on a lock.

#include "Screens.h"
#include "UiRig.h"

#include "protocol/ReviewMessages.h"
#include "session/ClientStore.h"
#include "session/ConnectionMonitor.h"
#include "session/Session.h"
#include "session/SubmissionNotices.h"
#include "session/SubmissionWizard.h"
#include "session/Submissions.h"
#include "session/WorkspaceSync.h"
#include "ui/HomePage.h"
#include "ui/MainWindow.h"
#include "ui/common/Accessibility.h"
#include "ui/signin/SignInPage.h"
#include "ui/submissions/DownloadFolder.h"
#include "ui/submissions/SubmissionListModel.h"
#include "ui/submissions/SubmissionWizardDialog.h"
#include "ui/submissions/SubmissionsView.h"

#include <QAccessible>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QUrl>

using namespace srs;
using domain::SubmissionAction;
using domain::SubmissionState;
using session::Session;
using testing::UiRig;
using ui::SubmissionListModel;

namespace {

// The list entry the server makes of a request: one definition, shared with the other screens' tests.
using srs::testing::screens::summaryOf;

const QByteArray LaptopHealth =
    R"({"server_version":"0.1.0","api_version":1,"device":{"subject":"CN=laptop-0042","name":"laptop-0042",)"
    R"("class":"organisation-device","organisation":"Demo University","site":""}})";

const QString Project = "P-2026-001";
const QString Sha = QString(64, 'a');

QByteArray sessionAnswer()
{
    QJsonObject o{
        {"token", "tok-1-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},
        {"expires_at", QDateTime::currentDateTimeUtc().addSecs(8 * 3600).toString(Qt::ISODate)},
        {"idle_timeout_seconds", 1800},
        {"cache_key_share", QString::fromLatin1(QByteArray(32, 'k').toBase64())},
        {"user", QJsonObject{{"id", "u-asha"},
                             {"username", "asha.patel"},
                             {"display_name", "Asha Patel"},
                             {"email", "asha@example.ac.uk"},
                             {"roles", QJsonArray{"researcher"}},
                             {"accreditation", QJsonObject{{"kind", "full"},
                                                           {"valid_from", "2024-11-21"},
                                                           {"valid_to", "2029-11-20"},
                                                           {"revoked", false}}}}},
        {"setting", QJsonObject{{"kind", "home-working"},
                                {"name", "Demo University"},
                                {"device", "laptop-0042"},
                                {"device_class", "organisation-device"}}},
        {"declarations_owed", QJsonArray{}},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray projectsAnswer()
{
    auto project = [](const char *id, const char *title, bool allowed) {
        return QJsonObject{
            {"id", id},
            {"title", title},
            {"status", "active"},
            {"start_date", "2026-01-01"},
            {"end_date", "2027-12-31"},
            {"extended_to", QJsonValue::Null},
            {"home_working_approved", allowed},
            {"access", QJsonObject{{"allowed", allowed},
                                   {"code", allowed ? "" : "home-working-not-approved"},
                                   {"message", allowed ? "" : "Not approved for home working."}}}};
    };
    return QJsonDocument(
               QJsonObject{{"projects", QJsonArray{project("P-2026-001", "Housing and health", true),
                                                   project("P-2026-002", "School outcomes", false)}}})
        .toJson(QJsonDocument::Compact);
}

QByteArray error(const char *code, const char *message)
{
    return QJsonDocument(QJsonObject{{"code", code}, {"message", message}}).toJson(QJsonDocument::Compact);
}

domain::SubmissionEvent step(SubmissionAction action, const QString &actor, SubmissionState from,
                             SubmissionState to, const QDateTime &at, const QString &note = {})
{
    domain::SubmissionEvent e;
    e.at = at;
    e.actorId = actor;
    e.action = action;
    e.from = from;
    e.to = to;
    e.round = 1;
    e.note = note;
    return e;
}

// A request of asha.patel's in `state`, as the server would describe it.
protocol::SubmissionInfo request(const QString &id, const QString &title, SubmissionState state,
                                 QDate expected, const QDateTime &updated)
{
    protocol::SubmissionInfo info;
    domain::Submission &s = info.submission;
    s.id = id;
    s.projectId = Project;
    s.authorId = "u-asha";
    s.state = state;
    s.round = 1;
    s.content.title = title;
    s.content.clearanceType = domain::ClearanceType::Publication;
    domain::SubmissionFile out;
    out.path = "outputs/income_by_region.csv";
    out.role = domain::FileRole::Output;
    out.description = "People by region and age group";
    out.destination = "Journal article";
    out.sha256 = Sha;
    out.size = 120;
    domain::SubmissionFile counts;
    counts.path = "outputs/income_by_region_counts.csv";
    counts.role = domain::FileRole::Supporting;
    counts.sha256 = QString(64, 'b');
    counts.size = 80;
    s.content.files = {out, counts};
    s.content.controls = "Cells under 10 suppressed";
    s.createdAt = updated.addSecs(-3600);
    s.submittedAt = updated.addSecs(-3600);
    s.updatedAt = updated;
    s.expectedAnswerDate = expected;
    s.history = {step(SubmissionAction::Submit, "u-asha", SubmissionState::Draft, SubmissionState::Submitted,
                      s.submittedAt)};
    if (state == SubmissionState::Returned) {
        s.history.append(step(SubmissionAction::StartReview, "u-sam", SubmissionState::Submitted,
                              SubmissionState::InReview, updated.addSecs(-60)));
        s.history.append(step(SubmissionAction::Return, "u-sam", SubmissionState::InReview,
                              SubmissionState::Returned, updated,
                              "Please round the totals to the nearest 5."));
    }
    info.author = {"u-asha", "asha.patel", "Asha Patel"};
    info.actorNames = {{"u-asha", "Asha Patel"}, {"u-sam", "Sam Okafor"}};
    info.check.status = "pass";
    info.check.checkedAt = s.submittedAt;
    protocol::CheckItemInfo item;
    item.kind = "table";
    item.tableIndex = 0;
    item.path = out.path;
    item.status = "pass";
    item.cells = 12;
    info.check.items = {item};
    protocol::SubmissionRoundInfo round;
    round.round = 1;
    round.submittedAt = s.submittedAt;
    round.status = "pass";
    round.files = s.content.files;
    if (state == SubmissionState::Returned) {
        domain::ReviewOutcome outcome;
        outcome.state = SubmissionState::Returned;
        outcome.files = {{out.path, domain::FileDecision::RequestChanges,
                          "Round the totals to the nearest 5.", "never shown to the author"},
                         {counts.path, domain::FileDecision::Approve, "", ""}};
        round.outcome = outcome;
    }
    info.rounds = {round};
    return info;
}

QString listPath(const QString &project = Project)
{
    return "/api/v1/projects/" + project + "/submissions";
}

template <typename T>
T *find(QWidget *root, const char *name)
{
    auto *w = root->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no widget %s", name);
    return w;
}

} // namespace

class TestSubmissions : public QObject
{
    Q_OBJECT

    protocol::SubmissionInfo m_submitted;
    protocol::SubmissionInfo m_returned;

    // asha.patel signed in on a laptop, her two projects listed (only the first may be opened
    // from here) and the server ready to answer for her two requests in the first.
    void signedInAtHome(UiRig &rig, ui::MainWindow &window)
    {
        const QDate today = rig.workstation.submissions()->today();
        const QDateTime now = rig.clock.now();
        m_submitted = request("s-1", "Income by region", SubmissionState::Submitted,
                              rig.workstation.submissions()->workingDays().addWorkingDays(today, 3), now);
        m_returned = request("s-2", "Commuting times", SubmissionState::Returned, {}, now.addSecs(-7200));
        rig.transport->route("GET", "/api/v1/projects", 200, projectsAnswer());
        rig.transport->route("GET", listPath(), 200,
                             protocol::encodeSubmissionList({summaryOf(m_submitted), summaryOf(m_returned)}));
        rig.transport->route("GET", listPath() + "/s-1", 200, m_submitted.toJson());
        rig.transport->route("GET", listPath() + "/s-2", 200, m_returned.toJson());

        rig.backend->connectVpn();
        rig.transport->queueResponse(200, LaptopHealth);
        window.show();
        rig.workstation.start();
        QTRY_COMPARE(rig.workstation.connection()->state(), session::ConnectionMonitor::State::Connected);
        rig.transport->queueResponse(201, sessionAnswer());
        QWidget *page = window.signInPage();
        QTest::keyClicks(find<QLineEdit>(page, "usernameEdit"), "asha.patel");
        QTest::keyClicks(find<QLineEdit>(page, "passwordEdit"), "demo-asha.patel");
        QTest::keyClicks(find<QLineEdit>(page, "codeEdit"), "123456");
        QTest::mouseClick(find<QPushButton>(page, "submitButton"), Qt::LeftButton);
        QTRY_COMPARE(rig.workstation.session()->state(), Session::State::Active);
        QTRY_COMPARE(find<QTreeView>(&window, "projectList")->model()->rowCount(), 2);
        QTRY_VERIFY(rig.workstation.workspaceSync()->hasServerList());
    }

    static ui::SubmissionsView *openMySubmissions(ui::MainWindow &window)
    {
        window.homePage()->sections()->setCurrentWidget(window.homePage()->submissionsView());
        return window.homePage()->submissionsView();
    }

    static int requestsTo(UiRig &rig, const QByteArray &method, const QString &path)
    {
        int n = 0;
        for (const net::HttpRequest &r : rig.transport->requests)
            n += r.method == method && QUrl(r.url).path() == path ? 1 : 0;
        return n;
    }

    static void choose(ui::SubmissionsView *view, const QString &id)
    {
        const int row = view->model()->rowOf(id);
        QVERIFY(row >= 0);
        view->list()->setCurrentIndex(view->model()->index(row, 0));
    }

    // Chooses the returned request s-2 in My submissions and presses Fix and resubmit; false
    // if the button was not offered.
    static bool askToFix(ui::SubmissionsView *view)
    {
        choose(view, "s-2");
        auto *button = view->findChild<QPushButton *>("resubmitButton");
        if (!button || !QTest::qWaitFor([button] { return button->isVisible(); }))
            return false;
        QTest::mouseClick(button, Qt::LeftButton);
        return true;
    }

    // The wizard once it is on screen, or null if it does not come.
    static ui::SubmissionWizardDialog *shownWizard(ui::MainWindow &window)
    {
        ui::SubmissionWizardDialog *wizard = nullptr;
        (void)QTest::qWaitFor([&] {
            return (wizard = window.findChild<ui::SubmissionWizardDialog *>()) && wizard->isVisible();
        });
        return wizard && wizard->isVisible() ? wizard : nullptr;
    }

    static QString detailText(ui::SubmissionsView *view)
    {
        return find<QTextBrowser>(view, "submissionDetail")->toPlainText();
    }

private slots:
    void theListIsAskedAtSignIn()
    {
        // Asked without the tab being opened, so that a request that comes back is noticed.
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        signedInAtHome(rig, window);
        QTRY_VERIFY(requestsTo(rig, "GET", listPath()) >= 1);
        QCOMPARE(requestsTo(rig, "GET", listPath("P-2026-002")), 0);
        QCOMPARE(window.homePage()->sections()->tabText(1), QString("My submissions"));
        QVERIFY(!window.homePage()->noticeBanner()->isVisible());
    }

    void aRequestThatCameBackIsNoticedOnTheHomePage()
    {
        QList<std::pair<QObject *, QAccessible::Event>> announced;
        ui::setAnnouncementWatcher([&announced](QObject *object, QAccessible::Event event) {
            announced.append({object, event});
        });
        const auto stopWatching = qScopeGuard([] { ui::setAnnouncementWatcher({}); });

        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        signedInAtHome(rig, window);
        session::SubmissionNotices *notices = rig.workstation.submissionNotices();
        // The requests as first listed are what the person has seen (s-2 was returned before).
        QTRY_VERIFY(notices->isWatching());
        QCOMPARE(notices->unseenCount(), 0);
        ui::HomePage *home = window.homePage();
        QVERIFY(!home->noticeBanner()->isVisible());

        // A checker asks for changes to s-1; the next periodic refresh finds it.
        protocol::SubmissionInfo returned = m_submitted;
        returned.submission.state = SubmissionState::Returned;
        returned.submission.expectedAnswerDate = {};
        returned.submission.updatedAt = rig.clock.now().addSecs(30);
        rig.transport->route("GET", listPath(), 200,
                             protocol::encodeSubmissionList({summaryOf(returned), summaryOf(m_returned)}));
        rig.transport->route("GET", listPath() + "/s-1", 200, returned.toJson());
        // A minute passes and the periodic check runs (again at each try, should a refresh
        // started before the change still be answering).
        const auto minuteLater = [&rig] {
            rig.clock.advanceSeconds(61);
            rig.workstation.submissions()->refreshIfDue();
        };
        QTRY_VERIFY((minuteLater(), home->noticeBanner()->isVisible()));
        auto *text = find<QLabel>(home, "submissionNoticeLabel");
        QCOMPARE(text->text(), QString("s-1 'Income by region' came back: changes requested."));
        QCOMPARE(home->sections()->tabText(1), QString("My submissions (1)"));
        // Announced to screen readers, and told by the banner's accessible description.
        QVERIFY(std::any_of(announced.cbegin(), announced.cend(), [text](const auto &a) {
            return a.first == text && a.second == QAccessible::Alert;
        }));
        QCOMPARE(home->noticeBanner()->accessibleDescription(), text->text());
        auto *open = find<QPushButton>(home, "openNoticeButton");
        QAccessibleInterface *face = QAccessible::queryAccessibleInterface(open);
        QVERIFY(face);
        QCOMPARE(face->text(QAccessible::Name), QString("Open request s-1"));
        QCOMPARE(open->text(), QString("Open it"));

        // A repeat refresh with nothing new: still one, no second alert.
        const auto alerts = [&announced, text] {
            return std::count_if(announced.cbegin(), announced.cend(), [text](const auto &a) {
                return a.first == text && a.second == QAccessible::Alert;
            });
        };
        const auto alertsBefore = alerts();
        const int asked = requestsTo(rig, "GET", listPath());
        QTRY_VERIFY((minuteLater(), requestsTo(rig, "GET", listPath()) > asked));
        QTRY_VERIFY(!rig.workstation.submissions()->isLoading());
        QCOMPARE(home->sections()->tabText(1), QString("My submissions (1)"));
        QCOMPARE(alerts(), alertsBefore);

        // The button is reached with Tab, and Return on it opens the request.
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        find<QPushButton>(home, "signOutButton")->setFocus(Qt::OtherFocusReason);
        for (int i = 0; i < 100 && QApplication::focusWidget() && QApplication::focusWidget() != open; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), open);
        QTest::keyClick(open, Qt::Key_Return);

        QCOMPARE(home->sections()->currentWidget(), home->submissionsView());
        QCOMPARE(home->submissionsView()->selectedSubmission(), QString("s-1"));
        QTRY_COMPARE(find<QLabel>(home->submissionsView(), "submissionTitleLabel")->text(),
                     QString("Income by region (request s-1)"));
        QCOMPARE(notices->unseenCount(), 0);
        QCOMPARE(home->sections()->tabText(1), QString("My submissions"));
        QVERIFY(!home->noticeBanner()->isVisible());

        // Seen stays seen at the next refresh.
        const int seenAt = requestsTo(rig, "GET", listPath());
        QTRY_VERIFY((minuteLater(), requestsTo(rig, "GET", listPath()) > seenAt));
        QTRY_VERIFY(!rig.workstation.submissions()->isLoading());
        QCOMPARE(home->sections()->tabText(1), QString("My submissions"));
    }

    void listShowsTheRequestsOfOpenableProjects()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        signedInAtHome(rig, window);
        QTRY_VERIFY(rig.workstation.submissions()->hasLoaded()); // asked at sign-in
        const int asked = requestsTo(rig, "GET", listPath());
        ui::SubmissionsView *view = openMySubmissions(window);
        QTRY_COMPARE(view->model()->rowCount(), 2);
        // Opening the tab asks again; only the project that may be opened from here is asked.
        QTRY_VERIFY(requestsTo(rig, "GET", listPath()) > asked);
        QCOMPARE(requestsTo(rig, "GET", listPath("P-2026-002")), 0);

        const SubmissionListModel *m = view->model();
        QCOMPARE(m->index(0, SubmissionListModel::TitleColumn).data().toString(),
                 QString("Income by region"));
        // The request id is listed, to quote it to the checkers or the service desk.
        QStringList ids{m->index(0, SubmissionListModel::IdColumn).data().toString(),
                        m->index(1, SubmissionListModel::IdColumn).data().toString()};
        ids.sort();
        QCOMPARE(ids, QStringList({"s-1", "s-2"}));
        QCOMPARE(m->headerData(SubmissionListModel::IdColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QString("Request"));
        QCOMPARE(m->index(0, SubmissionListModel::ProjectColumn).data().toString(), Project);
        QCOMPARE(m->index(0, SubmissionListModel::ProjectColumn).data(Qt::ToolTipRole).toString(),
                 QString("Housing and health"));
        QCOMPARE(m->index(0, SubmissionListModel::TypeColumn).data().toString(), QString("Publication"));
        QCOMPARE(m->index(0, SubmissionListModel::StateColumn).data().toString(),
                 QString("Submitted, waiting for a checker"));
        QVERIFY(
            m->index(0, SubmissionListModel::AnswerColumn).data().toString().endsWith(", in 3 working days"));
        QCOMPARE(m->index(1, SubmissionListModel::StateColumn).data().toString(),
                 QString("Returned to you for changes"));
        QCOMPARE(m->index(1, SubmissionListModel::AnswerColumn).data().toString(),
                 QString("Waiting for your changes"));
        QCOMPARE(find<QLabel>(view, "submissionsStatusLabel")->text(),
                 QString("2 clearance requests, most recently changed first."));

        // Refresh asks again.
        const int before = requestsTo(rig, "GET", listPath());
        QTest::mouseClick(find<QPushButton>(view, "refreshSubmissionsButton"), Qt::LeftButton);
        QTRY_VERIFY(requestsTo(rig, "GET", listPath()) > before);
    }

    void aProjectThatCannotBeListedIsNamed()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        signedInAtHome(rig, window);
        QTRY_VERIFY(rig.workstation.submissions()->hasLoaded()); // listed at sign-in
        QTRY_VERIFY(!rig.workstation.submissions()->isLoading());
        rig.transport->route("GET", listPath(), 503, error("unavailable", "The service is busy."));
        ui::SubmissionsView *view = openMySubmissions(window);
        QTRY_VERIFY(find<QLabel>(view, "submissionsStatusLabel")->text().contains("P-2026-001"));
        QVERIFY(find<QLabel>(view, "submissionsStatusLabel")->text().contains("could not be loaded"));
        // What the project listed before stays listed, with the problem said.
        QCOMPARE(view->model()->rowCount(), 2);
    }

    void detailShowsTimelineFilesCheckAndAnswerDate()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        signedInAtHome(rig, window);
        ui::SubmissionsView *view = openMySubmissions(window);
        QTRY_COMPARE(view->model()->rowCount(), 2);
        choose(view, "s-2");
        QTRY_VERIFY(detailText(view).contains("Please round the totals to the nearest 5."));
        const QString text = detailText(view);
        QVERIFY(text.contains("Returned it for changes after both reviews"));
        // The checker's note comes first, before the check and the files, as well as in the history.
        QVERIFY(text.indexOf("Please round the totals") < text.indexOf("Check result"));
        QVERIFY(text.lastIndexOf("Please round the totals") > text.indexOf("History"));
        QVERIFY(text.contains("Sam Okafor"));
        QVERIFY(text.contains("You (Asha Patel)"));
        QVERIFY(text.contains("Started checking"));
        QVERIFY(text.contains("outputs/income_by_region.csv"));
        QVERIFY(text.contains("Output to release"));
        QVERIFY(text.contains("Supporting (never released)"));
        QVERIFY(text.contains(Sha));
        QVERIFY(text.contains("Check result"));
        QVERIFY(text.contains("Passed"));
        QVERIFY(text.contains("Waiting for your changes"));
        QCOMPARE(find<QLabel>(view, "submissionTitleLabel")->text(),
                 QString("Commuting times (request s-2)"));

        choose(view, "s-1");
        QTRY_VERIFY(detailText(view).contains("in 3 working days"));
        QVERIFY(find<QPushButton>(view, "withdrawButton")->isVisible());
        QVERIFY(!find<QPushButton>(view, "resubmitButton")->isVisible());
    }

    void withdrawAsksFirstAndSendsTheNote()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        signedInAtHome(rig, window);
        ui::SubmissionsView *view = openMySubmissions(window);
        QTRY_COMPARE(view->model()->rowCount(), 2);
        choose(view, "s-1");
        auto *withdraw = find<QPushButton>(view, "withdrawButton");
        QTRY_VERIFY(withdraw->isVisible());

        // Kept: nothing is sent.
        view->setWithdrawConfirmation([](const protocol::SubmissionInfo &) { return std::nullopt; });
        QTest::mouseClick(withdraw, Qt::LeftButton);
        QCOMPARE(requestsTo(rig, "POST", listPath() + "/s-1/withdraw"), 0);

        protocol::SubmissionInfo after = m_submitted;
        after.submission.state = SubmissionState::Withdrawn;
        after.submission.expectedAnswerDate = {};
        after.submission.updatedAt = rig.clock.now().addSecs(5);
        after.submission.history.append(step(SubmissionAction::Withdraw, "u-asha", SubmissionState::Submitted,
                                             SubmissionState::Withdrawn, after.submission.updatedAt,
                                             "A newer version is coming."));
        rig.transport->route("POST", listPath() + "/s-1/withdraw", 200, after.toJson());
        QString asked;
        view->setWithdrawConfirmation([&asked](const protocol::SubmissionInfo &info) {
            asked = info.submission.content.title;
            return std::optional<QString>("A newer version is coming.");
        });
        QSignalSpy withdrawn(rig.workstation.submissions(), &session::Submissions::withdrawn);
        QTest::mouseClick(withdraw, Qt::LeftButton);
        QVERIFY(withdrawn.wait());
        QCOMPARE(asked, QString("Income by region"));
        const net::HttpRequest &sent = rig.transport->requests.last();
        QCOMPARE(sent.method, QByteArray("POST"));
        QCOMPARE(QJsonDocument::fromJson(sent.body).object().value("note").toString(),
                 QString("A newer version is coming."));
        QCOMPARE(find<QLabel>(view, "submissionMessageLabel")->text(), QString("The request was withdrawn."));
        QVERIFY(!withdraw->isVisible());
        QVERIFY(detailText(view).contains("Withdrew the request"));
        const int row = view->model()->rowOf("s-1");
        QCOMPARE(view->model()->index(row, SubmissionListModel::StateColumn).data().toString(),
                 QString("Withdrawn"));
        QCOMPARE(view->model()->index(row, SubmissionListModel::AnswerColumn).data().toString(),
                 QString("None: withdrawn"));
    }

    void aRefusedWithdrawalSaysWhy()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        signedInAtHome(rig, window);
        ui::SubmissionsView *view = openMySubmissions(window);
        QTRY_COMPARE(view->model()->rowCount(), 2);
        choose(view, "s-1");
        QTRY_VERIFY(find<QPushButton>(view, "withdrawButton")->isVisible());
        rig.transport->route("POST", listPath() + "/s-1/withdraw", 409,
                             error("submission-wrong-state", "This request has already been released."));
        view->setWithdrawConfirmation(
            [](const protocol::SubmissionInfo &) { return std::optional<QString>(QString()); });
        QSignalSpy failed(rig.workstation.submissions(), &session::Submissions::withdrawFailed);
        const int detailsBefore = requestsTo(rig, "GET", listPath() + "/s-1");
        QTest::mouseClick(find<QPushButton>(view, "withdrawButton"), Qt::LeftButton);
        QVERIFY(failed.wait());
        QCOMPARE(
            find<QLabel>(view, "submissionMessageLabel")->text(),
            QString(
                "The request was not withdrawn: This request has already been released. It is shown below as "
                "it is now."));
        // Sent without a note, and the request is asked again to show it as it is now.
        QCOMPARE(QJsonDocument::fromJson(rig.transport->requests.at(rig.transport->requests.size() - 1).body)
                     .object()
                     .contains("note"),
                 false);
        QTRY_COMPARE(requestsTo(rig, "GET", listPath() + "/s-1"), detailsBefore + 1);
        QVERIFY(find<QPushButton>(view, "withdrawButton")->isEnabled());
    }

    void aReturnedRequestIsOfferedForResubmission()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        signedInAtHome(rig, window);
        // The wizard listens for this.
        QSignalSpy resubmit(rig.workstation.submissions(), &session::Submissions::resubmitRequested);
        ui::SubmissionsView *view = openMySubmissions(window);
        QTRY_COMPARE(view->model()->rowCount(), 2);
        choose(view, "s-2");
        auto *button = find<QPushButton>(view, "resubmitButton");
        QTRY_VERIFY(button->isVisible());
        // The checkers' shared comment on each file (and never an internal one).
        QVERIFY(detailText(view).contains("Round 1, changes requested: Round the totals to the nearest 5."));
        QVERIFY(detailText(view).contains("Round 1, approved."));
        QVERIFY(!detailText(view).contains("never shown"));
        // A returned request may be withdrawn too.
        QVERIFY(find<QPushButton>(view, "withdrawButton")->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(resubmit.size(), 1);
        const auto info = resubmit.first().first().value<protocol::SubmissionInfo>();
        QCOMPARE(info.submission.id, QString("s-2"));
        QCOMPARE(info.submission.content.files.size(), 2);
        // It opens straight into the wizard, on the files, with what the checkers said in sight.
        ui::SubmissionWizardDialog *wizard = nullptr;
        QTRY_VERIFY((wizard = window.findChild<ui::SubmissionWizardDialog *>()) && wizard->isVisible());
        QCOMPARE(wizard->windowTitle(), QString("Fix and resubmit request s-2"));
        QCOMPARE(wizard->currentId(),
                 ui::SubmissionWizardDialog::idOf(session::SubmissionDraft::Page::Files));
        auto *banner = wizard->currentPage()->findChild<QLabel *>("returnedBanner");
        QVERIFY(banner && banner->isVisible());
        // The checkers' comment on each file they commented on, rather than the general note.
        QVERIFY(banner->text().contains("outputs/income_by_region.csv: Round the totals to the nearest 5."));
        QVERIFY(!banner->text().contains("never shown"));
        QCOMPARE(wizard->buttonText(QWizard::FinishButton), QString("Resubmit for checking"));
        QCOMPARE(rig.workstation.wizard()->draft().resubmitOf, QString("s-2"));
        QCOMPARE(rig.workstation.wizard()->draft().files.size(), 2);
        wizard->reject();
        QTRY_VERIFY(!window.findChild<ui::SubmissionWizardDialog *>());

        // A request that is not returned offers no resubmission, and the service refuses it too.
        choose(view, "s-1");
        QTRY_VERIFY(detailText(view).contains("in 3 working days"));
        QVERIFY(!button->isVisible());
        QVERIFY(!rig.workstation.submissions()->openForResubmission("s-1"));
        QCOMPARE(resubmit.size(), 1);
    }

    // Fixing a request in the moments after signing in or unlocking, while the cache key is
    // still being derived (a slow or busy machine): the wizard waits for the saved drafts, so a
    // fix already begun is picked up rather than a second draft made beside it.
    void aFixBegunBeforeTheCacheOpensPicksUpTheKeptDraft()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        signedInAtHome(rig, window);
        QTRY_VERIFY(rig.workstation.store()->isOpen());
        ui::SubmissionsView *view = openMySubmissions(window);
        QTRY_COMPARE(view->model()->rowCount(), 2);
        QVERIFY(askToFix(view));
        ui::SubmissionWizardDialog *wizard = shownWizard(window);
        QVERIFY(wizard);
        wizard->reject();
        QTRY_VERIFY(!window.findChild<ui::SubmissionWizardDialog *>());
        QCOMPARE(rig.workstation.wizard()->savedDrafts().size(), 1);
        const QString kept = rig.workstation.wizard()->savedDrafts().constFirst().id;

        rig.workstation.session()->lock(Session::LockReason::Manual);
        const auto gate = rig.holdBackCacheKey();
        const auto opening = qScopeGuard([gate] { gate->release(); }); // never left waiting
        rig.transport->queueResponse(201, sessionAnswer());
        QByteArray password("demo-asha.patel");
        rig.workstation.session()->unlock(crypto::SecureBuffer::takeFrom(password), "123456");
        QTRY_COMPARE(rig.workstation.session()->state(), Session::State::Active);
        QVERIFY(rig.workstation.store()->isOpening());
        QTRY_COMPARE(view->model()->rowCount(), 2);
        QVERIFY(askToFix(view));
        QTest::qWait(100);
        QVERIFY(!window.findChild<ui::SubmissionWizardDialog *>()); // waits for the saved drafts
        QVERIFY(askToFix(view)); // pressed again, impatient: still one wizard

        gate->release();
        QVERIFY((wizard = shownWizard(window)));
        QTest::qWait(50);
        QCOMPARE(window.findChildren<ui::SubmissionWizardDialog *>().size(), 1);
        QCOMPARE(wizard->currentId(),
                 ui::SubmissionWizardDialog::idOf(session::SubmissionDraft::Page::Files));
        QCOMPARE(rig.workstation.wizard()->draft().id, kept);
        QVERIFY(!wizard->currentPage()->findChild<QLabel *>("draftNotKeptLabel")->isVisible());
        QCOMPARE(rig.workstation.wizard()->savedDrafts().size(), 1);
        wizard->reject();
    }

    // A fix asked for while the cache is opening is forgotten if the workstation locks first:
    // nothing opens behind the lock, nor after the next unlock.
    void aFixAskedForWhileOpeningIsDroppedByALock()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        const auto gate = rig.holdBackCacheKey();
        const auto opening = qScopeGuard([gate] { gate->release(2); }); // never left waiting
        signedInAtHome(rig, window);
        QVERIFY(rig.workstation.store()->isOpening());
        ui::SubmissionsView *view = openMySubmissions(window);
        QTRY_COMPARE(view->model()->rowCount(), 2);
        QVERIFY(askToFix(view));
        rig.workstation.session()->lock(Session::LockReason::Manual);
        gate->release(); // the first sign-in's key arrives after the lock: dropped
        QTest::qWait(100);
        QVERIFY(!window.findChild<ui::SubmissionWizardDialog *>());

        rig.transport->queueResponse(201, sessionAnswer());
        QByteArray password("demo-asha.patel");
        rig.workstation.session()->unlock(crypto::SecureBuffer::takeFrom(password), "123456");
        gate->release();
        QTRY_VERIFY(rig.workstation.store()->isOpen());
        QTest::qWait(100);
        QVERIFY(!window.findChild<ui::SubmissionWizardDialog *>());
        QVERIFY(rig.workstation.wizard()->savedDrafts().isEmpty());
    }

    // When the cache cannot be opened at all, the wizard still works: it says the draft is not
    // kept on this computer, and lets the person go on.
    void aDraftThatCannotBeKeptSaysSoAndGoesOn()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        rig.workstation.session()->setCacheKeyDeriver(
            [](const QString &, const crypto::SecureBuffer &,
               const crypto::SecureBuffer &) -> Result<crypto::SecureBuffer> {
                return Error{"test.broken", "The key could not be made."};
            });
        signedInAtHome(rig, window);
        QTRY_VERIFY(!rig.workstation.store()->isOpening());
        QVERIFY(!rig.workstation.store()->isOpen());
        ui::SubmissionsView *view = openMySubmissions(window);
        QTRY_COMPARE(view->model()->rowCount(), 2);
        QVERIFY(askToFix(view));
        ui::SubmissionWizardDialog *wizard = shownWizard(window);
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(),
                 ui::SubmissionWizardDialog::idOf(session::SubmissionDraft::Page::Files));
        auto *notKept = wizard->currentPage()->findChild<QLabel *>("draftNotKeptLabel");
        QVERIFY(notKept && notKept->isVisible());
        QVERIFY2(notKept->text().contains("on this computer is not open"), qPrintable(notKept->text()));
        QVERIFY(!wizard->currentPage()->findChild<QLabel *>("pageProblemLabel")->isVisible());
        QVERIFY(!rig.workstation.wizard()->saveProblem().isEmpty());
        wizard->reject();
    }

    // A released request's files are downloaded to the folder chosen and checked against the manifest.
    void releasedFilesAreDownloadedAndVerified()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        signedInAtHome(rig, window);
        protocol::SubmissionInfo released =
            request("s-3", "Released table", SubmissionState::Released, {}, rig.clock.now());
        rig.transport->route("GET", listPath(), 200,
                             protocol::encodeSubmissionList({summaryOf(released), summaryOf(m_submitted)}));
        rig.transport->route("GET", listPath() + "/s-3", 200, released.toJson());
        const QByteArray table = "Region,Count\nWales,40\n";
        protocol::ReleaseInfo release;
        release.id = "REL-9";
        release.submissionId = "s-3";
        release.projectId = Project;
        release.files = {
            {0, "outputs/income_by_region.csv", domain::FileRole::Output,
             QString::fromLatin1(QCryptographicHash::hash(table, QCryptographicHash::Sha256).toHex()),
             table.size()}};
        rig.transport->route("GET", "/api/v1/projects/" + Project + "/releases", 200,
                             protocol::encodeReleaseList({release}));
        rig.transport->route("GET", "/api/v1/releases/REL-9/files/0", 200, table);
        QTemporaryDir folder;
        QTemporaryDir settingsFolder;
        QSettings settings(settingsFolder.filePath("srs.ini"), QSettings::IniFormat);
        ui::SubmissionsView *view = openMySubmissions(window);
        view->setSettings(&settings);
        QStringList startedIn;
        view->setFolderChooser([&](const QString &start) {
            startedIn << start;
            return folder.path();
        });
        QList<QUrl> opened;
        view->setFolderOpener([&](const QUrl &url) { opened << url; });
        // Nothing remembered yet: the dialog starts in the Downloads folder, or at home without one.
        const QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
        QCOMPARE(view->downloadStartFolder(),
                 !downloads.isEmpty() && QFileInfo(downloads).isDir() ? downloads : QDir::homePath());
        QTRY_COMPARE(view->model()->rowCount(), 2);
        choose(view, "s-1");
        auto *download = find<QPushButton>(view, "downloadReleaseButton");
        QTRY_VERIFY(detailText(view).contains("in 3 working days"));
        QVERIFY(!download->isVisible()); // not released
        choose(view, "s-3");
        QTRY_VERIFY(download->isVisible());
        auto *openFolder = find<QPushButton>(view, "openDownloadFolderButton");
        QVERIFY(!openFolder->isVisible());
        QTest::mouseClick(download, Qt::LeftButton);
        auto *message = find<QLabel>(view, "submissionMessageLabel");
        // The message says exactly where the files went: the folder's full path and each file.
        const QString where = QDir::toNativeSeparators(QFileInfo(folder.path()).absoluteFilePath());
        QTRY_COMPARE(
            message->text(),
            QString("Release REL-9 is saved in %1, every file checked against the manifest: %2 (with "
                    "MANIFEST-SHA256.txt, to check them again later).")
                .arg(where, QDir::toNativeSeparators("outputs/income_by_region.csv")));
        QFile saved(folder.filePath("outputs/income_by_region.csv"));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), table);
        QVERIFY(QFile::exists(folder.filePath("MANIFEST-SHA256.txt")));
        // It offers to open the folder.
        QVERIFY(openFolder->isVisible());
        QTest::mouseClick(openFolder, Qt::LeftButton);
        QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(QFileInfo(folder.path()).absoluteFilePath())});

        // The folder is remembered: the next download's dialog starts there.
        QCOMPARE(settings.value(ui::DownloadFolder::SettingsKey).toString(),
                 QFileInfo(folder.path()).absoluteFilePath());
        QCOMPARE(view->downloadStartFolder(), QFileInfo(folder.path()).absoluteFilePath());
        QTest::mouseClick(download, Qt::LeftButton);
        QTRY_COMPARE(startedIn.size(), 2);
        QCOMPARE(startedIn.last(), QFileInfo(folder.path()).absoluteFilePath());
        QTRY_VERIFY(download->isEnabled());
        // A remembered folder that is gone is not offered.
        settings.setValue(ui::DownloadFolder::SettingsKey, folder.filePath("gone"));
        QVERIFY(view->downloadStartFolder() != folder.filePath("gone"));
    }

    void aLockLeavesNothingOnScreenAndUnlockBringsItBack()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        signedInAtHome(rig, window);
        ui::SubmissionsView *view = openMySubmissions(window);
        QTRY_COMPARE(view->model()->rowCount(), 2);
        choose(view, "s-2");
        QTRY_VERIFY(rig.workstation.submissions()->detail("s-2").has_value());

        rig.workstation.session()->lock(Session::LockReason::Manual);
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY(rig.workstation.submissions()->list().isEmpty());
        QVERIFY(!rig.workstation.submissions()->detail("s-2").has_value());
        QVERIFY(find<QTextBrowser>(view, "submissionDetail")->toPlainText().isEmpty());
        QVERIFY(view->selectedSubmission().isEmpty());

        // Back as herself: the list she was looking at comes back from the server.
        const int asked = requestsTo(rig, "GET", listPath());
        rig.transport->queueResponse(201, sessionAnswer());
        QByteArray password("demo-asha.patel");
        rig.workstation.session()->unlock(crypto::SecureBuffer::takeFrom(password), "123456");
        QTRY_COMPARE(rig.workstation.session()->state(), Session::State::Active);
        QTRY_COMPARE(view->model()->rowCount(), 2);
        QVERIFY(requestsTo(rig, "GET", listPath()) > asked);

        // Signing out forgets that the list was wanted: the next session starts on Projects.
        rig.workstation.session()->signOut();
        QCOMPARE(view->model()->rowCount(), 0);
        QCOMPARE(window.homePage()->sections()->currentIndex(), 0);
    }
};

QTEST_MAIN(TestSubmissions)
#include "tst_submissions.moc"
