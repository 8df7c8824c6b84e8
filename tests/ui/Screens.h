#pragma once

// Every main screen of the client brought up with the server scripted, for the tests that look
// across all of them (keyboard use, accessible names): sign-in, declarations, home with a
// project's workspace, My submissions, the submission wizard's pages, and a checker's review
// page and review window. Built on UiRig, with the same answers the feature tests script.

#include "UiRig.h"

#include "protocol/Messages.h"
#include "protocol/ReviewMessages.h"
#include "protocol/SubmissionMessages.h"
#include "session/ConnectionMonitor.h"
#include "session/ReviewDesk.h"
#include "session/Session.h"
#include "session/WorkspaceSync.h"
#include "ui/HomePage.h"
#include "ui/MainWindow.h"
#include "ui/review/FilePreviewWidget.h"
#include "ui/review/ReviewDialog.h"
#include "ui/review/ReviewPage.h"
#include "ui/review/ReviewQueueModel.h"
#include "ui/review/ReviewQueueView.h"
#include "ui/signin/DeclarationsPage.h"
#include "ui/signin/SignInPage.h"
#include "ui/submissions/SubmissionWizardDialog.h"

#include "session/ClientStore.h"
#include "session/SubmissionWizard.h"

#include <QAbstractItemView>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTest>
#include <QTimeZone>
#include <QTreeView>
#include <QTreeWidget>

#include <functional>

namespace srs::testing::screens {

inline const QByteArray LaptopHealth =
    R"({"server_version":"0.1.0","api_version":1,"device":{"subject":"CN=laptop-0042","name":"laptop-0042",)"
    R"("class":"organisation-device","organisation":"Demo University","site":""}})";
inline const QDateTime When(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::utc());
inline const QString Project = QStringLiteral("P1");
inline const QByteArray Table = "Region,Under 35,35 and over\nWales,6,40\nScotland,25,31\n";

inline QString sha(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// The sign-in answer for a person with these roles, owing these declarations.
inline QByteArray sessionFor(const QString &username, const QString &name, const QList<domain::Role> &roles,
                             const QList<protocol::OwedDeclaration> &owed = {})
{
    protocol::SessionInfo s;
    s.token = QStringLiteral("tok-1-") + QString(43, QLatin1Char('a'));
    s.expiresAt = QDateTime::currentDateTimeUtc().addSecs(8 * 3600);
    s.idleTimeoutSeconds = 1800;
    s.cacheKeyShare = QString::fromLatin1(QByteArray(32, 'k').toBase64());
    s.me.user.id = QStringLiteral("u-") + username;
    s.me.user.username = username;
    s.me.user.displayName = name;
    s.me.user.roles = roles;
    s.me.setting.kind = domain::SettingKind::HomeWorking;
    s.me.setting.name = QStringLiteral("Demo University");
    s.me.declarationsOwed = owed;
    return s.toJson();
}

inline protocol::ProjectInfo project()
{
    protocol::ProjectInfo p;
    p.project.id = Project;
    p.project.title = QStringLiteral("Housing and health");
    p.project.startDate = QDate(2026, 1, 1);
    p.project.endDate = QDate(2027, 12, 31);
    p.project.homeWorkingApproved = true;
    p.access.allowed = true;
    p.members = {{QStringLiteral("asha.patel"), QStringLiteral("Asha Patel"), domain::ProjectRole::Lead}};
    p.datasets = {{QStringLiteral("LFS-2024"), QStringLiteral("Labour Force Survey 2024"),
                   QStringLiteral("ONS"), domain::DatasetAccess::RemoteAllowed}};
    return p;
}

inline protocol::WorkspaceEntryInfo workspaceFile(const QString &path, char hash)
{
    return {path, 100, QStringLiteral("file"), When, QString(64, QChar::fromLatin1(hash)), 1};
}

inline QByteArray workspace()
{
    protocol::WorkspaceChangesInfo w;
    w.projectId = Project;
    w.revision = 1;
    w.total = 4;
    w.added = {{QStringLiteral("outputs"), 0, QStringLiteral("directory"), When, QString(), 1},
               workspaceFile(QStringLiteral("outputs/income_by_region.csv"), 'a'),
               workspaceFile(QStringLiteral("outputs/income_by_region_counts.csv"), 'b'),
               workspaceFile(QStringLiteral("code/analysis.R"), 'c')};
    return w.toJson();
}

// A request of asha.patel's, as "My submissions" and the review window see it.
inline protocol::SubmissionInfo request(domain::SubmissionState state)
{
    protocol::SubmissionInfo info;
    domain::Submission &s = info.submission;
    s.id = QStringLiteral("S-1");
    s.projectId = Project;
    s.authorId = QStringLiteral("u-asha.patel");
    s.state = state;
    s.round = 1;
    s.content.title = QStringLiteral("Income by region");
    s.content.clearanceType = domain::ClearanceType::Publication;
    domain::SubmissionFile table{QStringLiteral("outputs/income_by_region.csv"),
                                 domain::FileRole::Output,
                                 QStringLiteral("People by region"),
                                 QStringLiteral("Journal"),
                                 sha(Table),
                                 Table.size()};
    domain::SubmissionFile code{
        QStringLiteral("code/analysis.R"), domain::FileRole::Code, QString(), QString(), sha("x <- 1\n"), 7};
    s.content.files = {table, code};
    s.content.controls = QStringLiteral("Cells under 10 suppressed");
    s.createdAt = s.submittedAt = s.updatedAt = When;
    s.expectedAnswerDate = QDate(2026, 11, 27);
    info.author = {QStringLiteral("u-asha.patel"), QStringLiteral("asha.patel"),
                   QStringLiteral("Asha Patel")};
    info.check.status = QStringLiteral("fail");
    info.check.checkedAt = When;
    protocol::CheckItemInfo item;
    item.kind = QStringLiteral("table");
    item.path = table.path;
    item.status = QStringLiteral("fail");
    item.cells = 4;
    protocol::CheckFindingInfo f;
    f.rule = QStringLiteral("threshold");
    f.outcome = QStringLiteral("fail");
    f.path = table.path;
    f.fileRow = 2;
    f.fileColumn = 2;
    f.cell = QStringLiteral("B2");
    f.message = QStringLiteral("The cell at row 2, column 2 (B2) is based on fewer than 10 records");
    item.findings = {f};
    item.findingsTotal = 1;
    info.check.items = {item};
    protocol::SubmissionRoundInfo round;
    round.round = 1;
    round.submittedAt = When;
    round.status = info.check.status;
    round.files = s.content.files;
    info.rounds = {round};
    return info;
}

inline protocol::SubmissionSummary summaryOf(const protocol::SubmissionInfo &info)
{
    const domain::Submission &s = info.submission;
    protocol::SubmissionSummary r;
    r.id = s.id;
    r.projectId = s.projectId;
    r.author = info.author;
    r.title = s.content.title;
    r.clearanceType = s.content.clearanceType;
    r.state = s.state;
    r.round = s.round;
    r.checkStatus = info.check.status;
    r.submittedAt = s.submittedAt;
    r.updatedAt = s.updatedAt;
    r.expectedAnswerDate = s.expectedAnswerDate;
    r.files = int(s.content.files.size());
    return r;
}

// What the researcher's screens ask the server for, answered.
inline void routeResearcher(UiRig &rig)
{
    rig.transport->route("GET", QStringLiteral("/api/v1/projects"), 200,
                         protocol::encodeProjectList({project()}));
    rig.transport->route("GET", QStringLiteral("/api/v1/projects/P1"), 200,
                         QJsonDocument(project().toJsonObject(true)).toJson());
    rig.transport->route("GET", QStringLiteral("/api/v1/projects/P1/workspace"), 200, workspace());
    const protocol::SubmissionInfo submitted = request(domain::SubmissionState::Submitted);
    rig.transport->route("GET", QStringLiteral("/api/v1/projects/P1/submissions"), 200,
                         protocol::encodeSubmissionList({summaryOf(submitted)}));
    rig.transport->route("GET", QStringLiteral("/api/v1/projects/P1/submissions/S-1"), 200,
                         submitted.toJson());
}

// A laptop on its VPN, the window up on the sign-in page.
inline bool startOnVpn(UiRig &rig, ui::MainWindow &window)
{
    rig.backend->connectVpn();
    rig.transport->queueResponse(200, LaptopHealth);
    window.show();
    rig.workstation.start();
    return QTest::qWaitFor([&] {
        return rig.workstation.connection()->state() == session::ConnectionMonitor::State::Connected;
    });
}

// Signs in through the form, as a person types it.
// Types asha.patel's details into the sign-in form and presses Sign in; false if the form is
// not there.
inline bool submitSignInForm(ui::MainWindow &window)
{
    QWidget *page = window.signInPage();
    for (const auto &[name, value] :
         {std::pair{"usernameEdit", "asha.patel"}, std::pair{"passwordEdit", "demo-asha.patel"},
          std::pair{"codeEdit", "123456"}}) {
        auto *edit = page->findChild<QLineEdit *>(QString::fromLatin1(name));
        if (!edit)
            return false;
        edit->clear();
        QTest::keyClicks(edit, QString::fromLatin1(value));
    }
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("submitButton")), Qt::LeftButton);
    return true;
}

// Signs in through the form, as a person types it, with the service answering `answer`.
inline bool signInThroughForm(UiRig &rig, ui::MainWindow &window, const QByteArray &answer)
{
    rig.transport->route("POST", QStringLiteral("/api/v1/sessions"), 201, answer);
    return submitSignInForm(window) && QTest::qWaitFor([&] {
               return rig.workstation.session()->state() == session::Session::State::Active;
           });
}

// asha.patel at home with P1 chosen and its workspace listed.
inline bool researcherAtHome(UiRig &rig, ui::MainWindow &window)
{
    routeResearcher(rig);
    if (!startOnVpn(rig, window) ||
        !signInThroughForm(rig, window,
                           sessionFor(QStringLiteral("asha.patel"), QStringLiteral("Asha Patel"),
                                      {domain::Role::Researcher})))
        return false;
    QTreeView *projects = window.homePage()->projects();
    if (!QTest::qWaitFor([&] { return projects->model()->rowCount() == 1; }))
        return false;
    projects->setCurrentIndex(projects->model()->index(0, 0));
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("workspaceTree"));
    return tree && QTest::qWaitFor([&] { return tree->model()->rowCount() == 2; });
}

inline protocol::ReviewQueue queue()
{
    protocol::ReviewQueue q;
    q.generatedAt = When;
    for (int i = 0; i < 2; ++i) {
        protocol::ReviewQueueItem item;
        item.id = QStringLiteral("S-%1").arg(i + 1);
        item.projectId = Project;
        item.projectTitle = QStringLiteral("Housing and health");
        item.title = QStringLiteral("Request %1").arg(i + 1);
        item.round = 1;
        item.files = 2;
        item.worstFinding = QStringLiteral("fail");
        item.submittedAt = When;
        item.expectedAnswerDate = QDate(2026, 11, 27);
        item.workingDaysWaiting = 6 * i; // the second one overdue
        q.items.append(item);
    }
    return q;
}

inline protocol::ReviewStatistics statistics()
{
    protocol::ReviewStatistics s;
    s.weeks = {{QDate(2026, 11, 9), 3, 2.5, 2}, {QDate(2026, 11, 16), 4, 3.5, 3}};
    return s;
}

// The request S-1 claimed by sam.checker: a table with a flagged cell, and code.
inline protocol::ReviewContext reviewContext()
{
    protocol::ReviewContext c;
    c.submission = request(domain::SubmissionState::InReview);
    domain::Review mine;
    mine.id = QStringLiteral("R-1");
    mine.submissionId = QStringLiteral("S-1");
    mine.round = 1;
    mine.checkerId = QStringLiteral("u-sam.checker");
    mine.claimedAt = When;
    c.reviews = {
        {mine,
         {QStringLiteral("u-sam.checker"), QStringLiteral("sam.checker"), QStringLiteral("Sam Checker")}}};
    c.blinded = true;
    return c;
}

// sam.checker (an output checker only) at home on the review page.
inline bool checkerAtHome(UiRig &rig, ui::MainWindow &window)
{
    rig.transport->route("GET", QStringLiteral("/api/v1/projects"), 200, protocol::encodeProjectList({}));
    rig.transport->route("GET", QStringLiteral("/api/v1/review/queue"), 200, queue().toJson());
    rig.transport->route("GET", QStringLiteral("/api/v1/review/statistics"), 200, statistics().toJson());
    if (!startOnVpn(rig, window) ||
        !signInThroughForm(rig, window,
                           sessionFor(QStringLiteral("sam.checker"), QStringLiteral("Sam Checker"),
                                      {domain::Role::OutputChecker})))
        return false;
    ui::ReviewPage *page = window.homePage()->reviewPage();
    return QTest::qWaitFor([&] {
        return page->isVisible() && page->queueView()->model() && page->queueView()->model()->rowCount() == 2;
    });
}

// The checker's review window on S-1, its table previewed.
inline ui::ReviewDialog *reviewWindow(UiRig &rig, ui::MainWindow &window)
{
    protocol::ReleaseComparison comparison;
    comparison.submissionId = QStringLiteral("S-1");
    comparison.round = 1;
    comparison.roundSubmittedAt = When;
    comparison.comparedAt = When.addDays(1);
    rig.transport->route("POST", QStringLiteral("/api/v1/submissions/S-1/reviews"), 201,
                         reviewContext().toJson());
    rig.transport->route("GET", QStringLiteral("/api/v1/submissions/S-1/rounds/1/files/0"), 200, Table);
    rig.transport->route("GET", QStringLiteral("/api/v1/submissions/S-1/rounds/1/files/1"), 200, "x <- 1\n");
    rig.transport->route("GET", QStringLiteral("/api/v1/submissions/S-1/release-differences"), 200,
                         comparison.toJson());
    ui::ReviewPage *page = window.homePage()->reviewPage();
    page->queueView()->setCurrentRequest(QStringLiteral("S-1"));
    auto *claim = page->findChild<QPushButton *>(QStringLiteral("claimReviewButton"));
    if (!claim || !claim->isEnabled())
        return nullptr;
    claim->click();
    ui::ReviewDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = page->reviewDialog()) && dialog->isVisible(); }))
        return nullptr;
    if (!QTest::qWaitFor([&] { return dialog->preview()->kind() == ui::FilePreviewWidget::Kind::Table; }))
        return nullptr;
    return dialog;
}

// asha.patel signed in (no window) with P1's workspace synced, for the wizard on its own.
inline bool signedInWithWorkspace(UiRig &rig)
{
    routeResearcher(rig);
    rig.transport->route(
        "POST", QStringLiteral("/api/v1/sessions"), 201,
        sessionFor(QStringLiteral("asha.patel"), QStringLiteral("Asha Patel"), {domain::Role::Researcher}));
    auto *browser = rig.workstation.workspaceSync();
    QByteArray password("demo-asha.patel");
    rig.workstation.session()->signIn(QStringLiteral("asha.patel"), crypto::SecureBuffer::takeFrom(password),
                                      QStringLiteral("123456"));
    if (!QTest::qWaitFor([&] { return rig.workstation.store()->isOpen() && browser->hasServerList(); }))
        return false;
    browser->selectProject(Project);
    return QTest::qWaitFor([&] { return browser->entries().size() == 4; });
}

// The checks' answer: one cell of the table must be fixed or explained.
inline QByteArray failingCheck()
{
    protocol::CheckResultInfo r = request(domain::SubmissionState::Submitted).check;
    return r.toJson();
}

// Walks the wizard from its first page to its last as a researcher fills it in, calling
// `atPage` with each page as it comes up (before it is filled). False if a page did not let
// the walk on.
inline bool walkWizard(UiRig &rig, ui::SubmissionWizardDialog &dialog,
                       const std::function<void(session::SubmissionDraft::Page)> &atPage)
{
    using Page = session::SubmissionDraft::Page;
    const auto next = [&](Page expected) {
        const int before = dialog.currentId();
        dialog.button(QWizard::NextButton)->click();
        return dialog.currentId() != before &&
               dialog.currentId() == ui::SubmissionWizardDialog::idOf(expected);
    };
    atPage(Page::Type);
    dialog.findChild<QRadioButton *>(QStringLiteral("publicationRadio"))->click();
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("requestTitleEdit")),
                     QStringLiteral("Income"));
    if (!next(Page::Files))
        return false;
    atPage(Page::Files);
    auto *files = dialog.findChild<QListWidget *>(QStringLiteral("workspaceFileList"));
    for (int i = 0; i < files->count(); ++i)
        files->item(i)->setSelected(files->item(i)->text() == QStringLiteral("outputs/income_by_region.csv"));
    dialog.findChild<QPushButton *>(QStringLiteral("addOutputButton"))->click();
    if (!next(Page::Tables))
        return false;
    atPage(Page::Tables);
    if (!next(Page::Checks))
        return false;
    atPage(Page::Checks);
    rig.transport->queueResponse(200, failingCheck());
    dialog.findChild<QPushButton *>(QStringLiteral("runChecksButton"))->click();
    auto *results = dialog.findChild<QTreeWidget *>(QStringLiteral("checkResultsTree"));
    if (!QTest::qWaitFor([&] { return results->topLevelItemCount() == 1; }))
        return false;
    atPage(Page::Checks);
    if (!next(Page::Exceptions))
        return false;
    atPage(Page::Exceptions);
    QTest::keyClicks(dialog.currentPage()->findChild<QPlainTextEdit *>(QStringLiteral("justificationEdit")),
                     QStringLiteral("Published already by the data owner."));
    if (!next(Page::Context))
        return false;
    atPage(Page::Context);
    for (QLineEdit *e : dialog.currentPage()->findChildren<QLineEdit *>())
        QTest::keyClicks(e, QStringLiteral("Households by income"));
    QTest::keyClicks(dialog.findChild<QPlainTextEdit *>(QStringLiteral("controlsEdit")),
                     QStringLiteral("Small cells explained."));
    if (!next(Page::Commit))
        return false;
    atPage(Page::Commit);
    return true;
}

} // namespace srs::testing::screens
