// The service desk's project lifecycle panels over a scripted server. A lead whose project ends
// in 20 days sees the warning line, asks for an extension through the dialog (the request sent
// holds the date and reason typed) and reports the project complete with a publication (a link
// that is neither http(s) nor a DOI is refused in the dialog, nothing sent); the last decision
// shows with its reason. An administrator sees the waiting requests and every project, approves
// one with a reason and suspends a project with a reason; the buttons follow what is chosen. Each
// model is checked by QAbstractItemModelTester from before its first change. At 1024×700.

#include "Screens.h"
#include "UiRig.h"

#include "protocol/LifecycleMessages.h"
#include "session/LifecycleDesk.h"
#include "ui/HomePage.h"
#include "ui/MainWindow.h"
#include "ui/desk/ServiceDesk.h"
#include "ui/lifecycle/LifecycleDialogs.h"
#include "ui/lifecycle/LifecycleModels.h"
#include "ui/lifecycle/ProjectDatesPanel.h"
#include "ui/lifecycle/ProjectRequestsPanel.h"

#include <QAbstractItemModelTester>
#include <QDateEdit>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace srs;
using namespace srs::testing;
using namespace srs::testing::screens;

namespace {

protocol::ProjectInfo endingProject(QDate today)
{
    protocol::ProjectInfo p = project();
    p.project.endDate = today.addDays(20);
    p.myRole = domain::ProjectRole::Lead;
    p.endWarningDays = 30;
    return p;
}

protocol::ExtensionRequestInfo extension(const QString &id, QDate current, QDate asked)
{
    protocol::ExtensionRequestInfo x;
    x.id = id;
    x.projectId = Project;
    x.projectTitle = QStringLiteral("Housing and health");
    x.requestedBy = QStringLiteral("asha.patel");
    x.requestedByName = QStringLiteral("Asha Patel");
    x.currentEndDate = current;
    x.newEndDate = asked;
    x.reason = QStringLiteral("Data arrived late");
    x.createdAt = When;
    return x;
}

protocol::DeskProjectInfo deskProject(const QString &id, domain::ProjectStatus status)
{
    protocol::DeskProjectInfo p;
    p.project.id = id;
    p.project.title = QStringLiteral("Project ") + id;
    p.project.status = status;
    p.project.startDate = QDate(2026, 1, 1);
    p.project.endDate = QDate(2027, 6, 30);
    p.leadUsername = QStringLiteral("asha.patel");
    p.leadName = QStringLiteral("Asha Patel");
    return p;
}

QJsonObject lastBody(UiRig &rig, const QByteArray &method, const QString &path)
{
    for (auto it = rig.transport->requests.crbegin(); it != rig.transport->requests.crend(); ++it) {
        if (it->method == method && QUrl(it->url).path() == path)
            return QJsonDocument::fromJson(it->body).object();
    }
    return {};
}

template <class Panel>
Panel *panelOf(ui::MainWindow &window)
{
    for (ui::DeskPanel *panel : window.homePage()->serviceDesk()->panels()) {
        if (auto *p = qobject_cast<Panel *>(panel))
            return p;
    }
    return nullptr;
}

// The reason dialog's confirming button and its text box.
QPushButton *confirmOf(ui::ReasonDialog *dialog)
{
    return dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"));
}
QPlainTextEdit *reasonEditOf(ui::ReasonDialog *dialog)
{
    return dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"));
}

} // namespace

class TestLifecyclePanels : public QObject
{
    Q_OBJECT

private slots:
    void modelsKeepTheirRules()
    {
        ui::MemberProjectsModel members;
        QAbstractItemModelTester t1(&members, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDate today(2026, 6, 1);
        protocol::ProjectInfo p = endingProject(today);
        p.openExtension = extension(QStringLiteral("X-1"), p.project.endDate, p.project.endDate.addDays(90));
        protocol::ProjectInfo done = project();
        done.project.id = QStringLiteral("P2");
        done.project.status = domain::ProjectStatus::Completed;
        done.publications = {{QStringLiteral("Paper"), QStringLiteral("10.1234/abcd")}};
        members.setProjects({p, done}, today);
        QCOMPARE(members.rowCount(), 2);
        QCOMPARE(members.columnCount(), int(ui::MemberProjectsModel::ColumnCount));
        QVERIFY(members.index(0, ui::MemberProjectsModel::EndsColumn).data().toString().contains("20"));
        QVERIFY(
            members.index(0, ui::MemberProjectsModel::ExtensionColumn).data().toString().contains("waiting"));
        QCOMPARE(members.index(1, ui::MemberProjectsModel::StatusColumn).data().toString(),
                 QString("Completed"));
        QVERIFY(members.index(1, ui::MemberProjectsModel::ExtensionColumn).data().toString().contains("1"));
        QCOMPARE(members.index(1, 0).data(ui::MemberProjectsModel::ProjectIdRole).toString(), QString("P2"));
        QVERIFY(ui::endWarningText(p, today).startsWith("Project P1 ends on 21 June 2026 (in 20 day"));
        members.setProjects({}, today);
        QCOMPARE(members.rowCount(), 0);

        ui::ExtensionRequestsModel requests;
        QAbstractItemModelTester t2(&requests, QAbstractItemModelTester::FailureReportingMode::QtTest);
        requests.setRequests(
            {extension("X-1", today, today.addDays(90)), extension("X-2", today, today.addDays(9))});
        QCOMPARE(requests.rowCount(), 2);
        QCOMPARE(requests.index(0, ui::ExtensionRequestsModel::ReasonColumn).data().toString(),
                 QString("Data arrived late"));
        QCOMPARE(requests.index(1, 0).data(ui::ExtensionRequestsModel::RequestIdRole).toString(),
                 QString("X-2"));
        QVERIFY(
            requests.index(0, ui::ExtensionRequestsModel::AskedByColumn).data().toString().contains("Asha"));
        requests.setRequests({});

        ui::DeskProjectsModel projects;
        QAbstractItemModelTester t3(&projects, QAbstractItemModelTester::FailureReportingMode::QtTest);
        projects.setProjects({deskProject("P1", domain::ProjectStatus::Active),
                              deskProject("P2", domain::ProjectStatus::Suspended)});
        QCOMPARE(projects.rowCount(), 2);
        QCOMPARE(projects.index(1, ui::DeskProjectsModel::StatusColumn).data().toString(),
                 QString("Suspended"));
        QCOMPARE(projects.index(0, ui::DeskProjectsModel::LeadColumn).data().toString(),
                 QString("Asha Patel"));
        projects.setProjects({});
        QCOMPARE(projects.rowCount(), 0);
    }

    void leadAsksForAnExtensionAndReportsCompletion()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        window.resize(1024, 700);
        const QDate today = rig.workstation.lifecycle()->today();
        const protocol::ProjectInfo p = endingProject(today);
        routeResearcher(rig);
        rig.transport->route("GET", "/api/v1/projects", 200, protocol::encodeProjectList({p}));
        auto *panel = panelOf<ui::ProjectDatesPanel>(window);
        QVERIFY(panel);
        QAbstractItemModelTester tester(panel->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!panelOf<ui::ProjectRequestsPanel>(window) ||
                window.homePage()->serviceDesk()->indexOf(panelOf<ui::ProjectRequestsPanel>(window)) < 0);
        QVERIFY(startOnVpn(rig, window));
        QVERIFY(signInThroughForm(rig, window,
                                  sessionFor("asha.patel", "Asha Patel", {domain::Role::Researcher})));
        QTRY_VERIFY(window.homePage()->serviceDesk()->indexOf(panel) >= 0);
        QTRY_COMPARE(panel->model()->rowCount(), 1);
        QVERIFY(!panel->warningsLabel()->isHidden());
        QCOMPARE(panel->warningsLabel()->text(), ui::endWarningText(p, today));
        QVERIFY(panel->warningsLabel()->text().contains("in 20 day"));
        QVERIFY(panel->askButton()->isEnabled());
        QVERIFY(panel->completeButton()->isEnabled());
        QVERIFY(!panel->askButton()->accessibleName().isEmpty() || !panel->askButton()->text().isEmpty());

        // Ask for an extension: nothing can be sent without a reason.
        const QDate asked = p.project.endDate.addDays(120);
        rig.transport->route("POST", "/api/v1/projects/P1/extension-requests", 201,
                             extension("X-1", p.project.endDate, asked).toJson());
        panel->askButton()->click();
        ui::ExtensionDialog *ask = panel->extensionDialog();
        QVERIFY(ask);
        QVERIFY(!ask->sendButton()->isEnabled());
        QCOMPARE(ask->dateEdit()->minimumDate(), p.project.endDate.addDays(1));
        ask->dateEdit()->setDate(asked);
        QTest::keyClicks(ask->reasonEdit(), "Data arrived late");
        QVERIFY(ask->sendButton()->isEnabled());
        ask->sendButton()->click();
        QTRY_VERIFY(panel->statusLabel()->text().contains("was sent"));
        const QJsonObject sent = lastBody(rig, "POST", "/api/v1/projects/P1/extension-requests");
        QCOMPARE(sent.value("new_end_date").toString(), asked.toString(Qt::ISODate));
        QCOMPARE(sent.value("reason").toString(), QString("Data arrived late"));

        // The last decision, with its reason.
        protocol::ExtensionRequestInfo refused = extension("X-0", p.project.endDate, asked.addDays(300));
        refused.state = domain::ExtensionState::Refused;
        refused.decidedByName = QStringLiteral("Priya Shah");
        refused.decisionReason = QStringLiteral("One year at most");
        rig.transport->route("GET", "/api/v1/projects/P1/extension-requests", 200,
                             protocol::encodeExtensionRequestList({refused}));
        panel->decisionsButton()->click();
        QTRY_VERIFY(panel->historyLabel()->text().contains("One year at most"));
        QVERIFY(panel->historyLabel()->text().contains("refused"));

        // Report complete: a link that is not http(s) or a DOI stays in the dialog.
        protocol::DeskProjectInfo completed = deskProject("P1", domain::ProjectStatus::Completed);
        rig.transport->route("POST", "/api/v1/projects/P1/completion", 200, completed.toJson());
        panel->completeButton()->click();
        ui::CompletionDialog *complete = panel->completionDialog();
        QVERIFY(complete);
        QTest::keyClicks(complete->titleEdit(), "Housing and health outcomes");
        QTest::keyClicks(complete->linkEdit(), "ftp://example.org/paper");
        QVERIFY(!complete->addPublication());
        QVERIFY(!complete->problemLabel()->text().isEmpty());
        QCOMPARE(complete->list()->count(), 0);
        complete->linkEdit()->clear();
        QTest::keyClicks(complete->linkEdit(), "10.1234/hho.2027");
        QVERIFY(complete->addPublication());
        QCOMPARE(complete->list()->count(), 1);
        complete->accept();
        QTRY_VERIFY(panel->statusLabel()->text().contains("completed"));
        const QJsonArray pubs =
            lastBody(rig, "POST", "/api/v1/projects/P1/completion").value("publications").toArray();
        QCOMPARE(pubs.size(), 1);
        QCOMPARE(pubs.at(0).toObject().value("link").toString(), QString("10.1234/hho.2027"));
    }

    void memberWhoIsNotLeadOnlyReads()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        protocol::ProjectInfo p = endingProject(rig.workstation.lifecycle()->today());
        p.myRole = domain::ProjectRole::Member;
        routeResearcher(rig);
        rig.transport->route("GET", "/api/v1/projects", 200, protocol::encodeProjectList({p}));
        auto *panel = panelOf<ui::ProjectDatesPanel>(window);
        QVERIFY(startOnVpn(rig, window));
        QVERIFY(signInThroughForm(rig, window,
                                  sessionFor("tom.hughes", "Tom Hughes", {domain::Role::Researcher})));
        QTRY_COMPARE(panel->model()->rowCount(), 1);
        QVERIFY(!panel->warningsLabel()->isHidden());
        QVERIFY(!panel->askButton()->isEnabled());
        QVERIFY(!panel->completeButton()->isEnabled());
        QVERIFY(!panel->askButton()->toolTip().isEmpty());
    }

    void administratorDecidesAndSuspends()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        window.resize(1024, 700);
        const QDate today = rig.workstation.lifecycle()->today();
        rig.transport->route("GET", "/api/v1/projects", 200, protocol::encodeProjectList({}));
        rig.transport->route(
            "GET", "/api/v1/desk/extension-requests", 200,
            protocol::encodeExtensionRequestList({extension("X-1", today, today.addDays(90))}));
        rig.transport->route(
            "GET", "/api/v1/desk/projects", 200,
            protocol::encodeDeskProjectList({deskProject("P1", domain::ProjectStatus::Active),
                                             deskProject("P2", domain::ProjectStatus::Suspended)}));
        auto *panel = panelOf<ui::ProjectRequestsPanel>(window);
        QVERIFY(panel);
        QAbstractItemModelTester t1(panel->requestsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(panel->projectsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(startOnVpn(rig, window));
        QVERIFY(signInThroughForm(rig, window,
                                  sessionFor("priya.shah", "Priya Shah", {domain::Role::Administrator})));
        ui::ServiceDesk *desk = window.homePage()->serviceDesk();
        QTRY_VERIFY(desk->indexOf(panel) >= 0);
        QCOMPARE(desk->indexOf(panelOf<ui::ProjectDatesPanel>(window)), -1); // not a researcher
        QTRY_COMPARE(panel->requestsModel()->rowCount(), 1);
        QCOMPARE(panel->projectsModel()->rowCount(), 2);
        QVERIFY(panel->approveButton()->isEnabled());
        QVERIFY(panel->refuseButton()->isEnabled());
        // P1 active: suspend, not reopen; P2 suspended: the other way round.
        QVERIFY(panel->suspendButton()->isEnabled());
        QVERIFY(!panel->reopenButton()->isEnabled());
        panel->projectsView()->setCurrentIndex(panel->projectsModel()->index(1, 0));
        QVERIFY(!panel->suspendButton()->isEnabled());
        QVERIFY(panel->reopenButton()->isEnabled());
        panel->projectsView()->setCurrentIndex(panel->projectsModel()->index(0, 0));

        // Approve, with a reason (the button waits for one).
        protocol::ExtensionRequestInfo approved = extension("X-1", today, today.addDays(90));
        approved.state = domain::ExtensionState::Approved;
        rig.transport->route("POST", "/api/v1/desk/extension-requests/X-1/decision", 200, approved.toJson());
        panel->approveButton()->click();
        ui::ReasonDialog *dialog = panel->reasonDialog();
        QVERIFY(dialog);
        QVERIFY(!confirmOf(dialog)->isEnabled());
        QTest::keyClicks(reasonEditOf(dialog), "Agreed with the data owner");
        QVERIFY(confirmOf(dialog)->isEnabled());
        confirmOf(dialog)->click();
        QTRY_VERIFY(panel->statusLabel()->text().contains("approved"));
        const QJsonObject decision = lastBody(rig, "POST", "/api/v1/desk/extension-requests/X-1/decision");
        QCOMPARE(decision.value("approve").toBool(), true);
        QCOMPARE(decision.value("reason").toString(), QString("Agreed with the data owner"));

        // Suspend P1, with a reason.
        rig.transport->route("POST", "/api/v1/projects/P1/suspension", 200,
                             deskProject("P1", domain::ProjectStatus::Suspended).toJson());
        QTRY_VERIFY(panel->suspendButton()->isEnabled());
        panel->suspendButton()->click();
        dialog = panel->reasonDialog();
        QVERIFY(dialog);
        QTest::keyClicks(reasonEditOf(dialog), "Investigating a possible breach");
        confirmOf(dialog)->click();
        QTRY_VERIFY(panel->statusLabel()->text().contains("suspended"));
        QCOMPARE(lastBody(rig, "POST", "/api/v1/projects/P1/suspension").value("reason").toString(),
                 QString("Investigating a possible breach"));
    }
};

QTEST_MAIN(TestLifecyclePanels)
#include "tst_lifecyclepanels.moc"
