// The data owners' panels of the service desk over a scripted server: shown only to people in the
// data-owner role; "Requests for our data" shows what an approver needs to decide (purpose, team
// and their accreditation, datasets), refuses here a refusal without a reason (nothing is sent),
// and sends the answer; "Projects using our data" withdraws an approval only with a reason. Each
// model is held to QAbstractItemModelTester, and the panels fit 1024×700.

#include "Screens.h"
#include "UiRig.h"

#include "protocol/OwnerMessages.h"
#include "session/DataOwnerDesk.h"
#include "ui/desk/ServiceDesk.h"
#include "ui/owners/OwnerModels.h"
#include "ui/owners/OwnerProjectsPanel.h"
#include "ui/owners/OwnerRequestsPanel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace srs;
using namespace srs::testing;
using namespace srs::testing::screens;

namespace {

const QDateTime Asked = QDateTime(QDate(2026, 11, 20), QTime(9, 30), QTimeZone::utc());

protocol::OwnerRequestInfo request(const QString &id, domain::ApprovalState state)
{
    protocol::OwnerRequestInfo r;
    r.id = id;
    r.state = state;
    r.projectId = QStringLiteral("P-2026-002");
    r.projectTitle = QStringLiteral("Child poverty and attainment");
    r.purpose = QStringLiteral("To understand <b>child poverty</b> in small areas.");
    r.leadOrganisation = QStringLiteral("Demo University");
    r.leadName = QStringLiteral("Megan Davies");
    r.startDate = QDate(2026, 9, 7);
    r.endDate = QDate(2028, 6, 7);
    r.team = {{QStringLiteral("Megan Davies"), domain::ProjectRole::Lead, QStringLiteral("full"),
               QDate(2030, 12, 6)},
              {QStringLiteral("James Okafor"), domain::ProjectRole::Member, QStringLiteral("expired"),
               QDate(2026, 11, 7)}};
    r.dataset = {QStringLiteral("DS-NHP-WAVES"), QStringLiteral("Household panel"),
                 QStringLiteral("Panel Trust"), domain::DatasetAccess::RemoteAllowed};
    r.otherDatasets = {{QStringLiteral("DS-NPD-KS2"), QStringLiteral("Pupil database"), QStringLiteral("DfE"),
                        domain::DatasetAccess::RemoteAllowed}};
    r.requestedAt = Asked;
    return r;
}

protocol::OwnerProjectInfo inUse()
{
    protocol::OwnerProjectInfo p;
    p.approvalId = QStringLiteral("A-2");
    p.projectId = QStringLiteral("P-2026-001");
    p.projectTitle = QStringLiteral("Commuting and health");
    p.purpose = QStringLiteral("Commuting and health.");
    p.leadOrganisation = QStringLiteral("Demo University");
    p.dataset = {QStringLiteral("DS-NHP-WAVES"), QStringLiteral("Household panel"),
                 QStringLiteral("Panel Trust"), domain::DatasetAccess::RemoteAllowed};
    p.approvedAt = Asked;
    return p;
}

bool signInAsDataOwner(UiRig &rig)
{
    rig.transport->route("GET", QStringLiteral("/api/v1/projects"), 200, protocol::encodeProjectList({}));
    rig.transport->route("POST", QStringLiteral("/api/v1/sessions"), 201,
                         sessionFor(QStringLiteral("grace.morgan"), QStringLiteral("Grace Morgan"),
                                    {domain::Role::DataOwner}));
    QByteArray password("demo-grace.morgan");
    rig.workstation.session()->signIn(QStringLiteral("grace.morgan"),
                                      crypto::SecureBuffer::takeFrom(password), QStringLiteral("123456"));
    return QTest::qWaitFor(
        [&] { return rig.workstation.session()->state() == session::Session::State::Active; });
}

int sentTo(UiRig &rig, const QByteArray &method, const QString &path)
{
    int n = 0;
    for (const net::HttpRequest &r : rig.transport->requests)
        n += r.method == method && QUrl(r.url).path() == path ? 1 : 0;
    return n;
}

QJsonObject lastBodyTo(UiRig &rig, const QString &path)
{
    for (qsizetype i = rig.transport->requests.size() - 1; i >= 0; --i) {
        if (QUrl(rig.transport->requests.at(i).url).path() == path)
            return QJsonDocument::fromJson(rig.transport->requests.at(i).body).object();
    }
    return {};
}

} // namespace

class TestOwnerPanels : public QObject
{
    Q_OBJECT
private slots:
    void shownOnlyToDataOwners()
    {
        UiRig rig;
        ui::ServiceDesk desk(&rig.workstation);
        // The data owners' two panels among the desk's others.
        QList<ui::DeskPanel *> owners;
        for (ui::DeskPanel *panel : desk.panels()) {
            if (qobject_cast<ui::OwnerRequestsPanel *>(panel) ||
                qobject_cast<ui::OwnerProjectsPanel *>(panel))
                owners.append(panel);
        }
        QCOMPARE(owners.size(), 2);
        protocol::MeInfo me;
        me.user.roles = {domain::Role::Researcher, domain::Role::Administrator, domain::Role::OutputChecker};
        for (ui::DeskPanel *panel : owners)
            QVERIFY(!panel->appliesTo(me));
        me.user.roles = {domain::Role::DataOwner};
        for (ui::DeskPanel *panel : owners) {
            QVERIFY(panel->appliesTo(me));
            QVERIFY(panel->title().contains(u'&')); // a mnemonic for the tab
        }
    }

    void requestModelFollowsTheRules()
    {
        ui::OwnerRequestModel model;
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
        model.setRequests({request(QStringLiteral("A-1"), domain::ApprovalState::Pending),
                           request(QStringLiteral("A-3"), domain::ApprovalState::Refused)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ui::OwnerRequestModel::StateColumn).data().toString(),
                 QStringLiteral("Waiting for your answer (0 of 1 approvals)"));
        QCOMPARE(model.index(1, ui::OwnerRequestModel::StateColumn).data().toString(),
                 QStringLiteral("Refused"));
        QCOMPARE(model.index(0, 0).data(ui::OwnerRequestModel::IdRole).toString(), QStringLiteral("A-1"));
        model.setRequests({});
        QCOMPARE(model.rowCount(), 0);
    }

    void projectModelFollowsTheRules()
    {
        ui::OwnerProjectModel model;
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
        protocol::OwnerProjectInfo ended = inUse();
        ended.approvalId = QStringLiteral("A-9");
        ended.state = domain::ApprovalState::Withdrawn;
        ended.withdrawnAt = Asked.addDays(2);
        ended.withdrawalReason = QStringLiteral("Consent withdrawn.");
        model.setProjects({inUse(), ended});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ui::OwnerProjectModel::StateColumn).data().toString(),
                 QStringLiteral("In use"));
        QVERIFY(model.index(1, ui::OwnerProjectModel::StateColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Consent withdrawn.")));
    }

    void anApproverReadsAndAnswersARequest()
    {
        UiRig rig;
        const QList<protocol::OwnerRequestInfo> waiting{
            request(QStringLiteral("A-1"), domain::ApprovalState::Pending)};
        rig.transport->route("GET", QStringLiteral("/api/v1/owner/requests"), 200,
                             protocol::encodeOwnerRequests(waiting));
        protocol::OwnerRequestInfo refused = waiting.first();
        refused.state = domain::ApprovalState::Refused;
        refused.answeredByMe = true;
        refused.votes = {
            {QStringLiteral("Grace Morgan"), false, QStringLiteral("No consent for linkage."), Asked}};
        rig.transport->route("POST", QStringLiteral("/api/v1/owner/requests/A-1/decision"), 200,
                             QJsonDocument(refused.toJsonObject()).toJson(QJsonDocument::Compact));
        QVERIFY(signInAsDataOwner(rig));

        ui::OwnerRequestsPanel panel(&rig.workstation);
        new QAbstractItemModelTester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     panel.model());
        panel.resize(1024, 700);
        panel.show();
        panel.refresh();
        QTRY_COMPARE(panel.model()->rowCount(), 1);
        auto *table = panel.findChild<QTableView *>(QStringLiteral("ownerRequestsTableView"));
        auto *detail = panel.findChild<QPlainTextEdit *>(QStringLiteral("ownerRequestDetailPlainTextEdit"));
        auto *reason = panel.findChild<QPlainTextEdit *>(QStringLiteral("ownerReasonPlainTextEdit"));
        auto *refuse = panel.findChild<QPushButton *>(QStringLiteral("ownerRefusePushButton"));
        auto *status = panel.findChild<QLabel *>(QStringLiteral("ownerRequestStatusLabel"));
        QVERIFY(table && detail && reason && refuse && status);
        QCOMPARE(panel.firstFocus(), table);
        QVERIFY(!refuse->isEnabled()); // nothing chosen yet
        table->selectRow(0);
        QVERIFY(refuse->isEnabled());
        // The purpose is the researcher's text, shown as it is (never as markup).
        QVERIFY(detail->toPlainText().contains(QStringLiteral("To understand <b>child poverty</b>")));
        QVERIFY(
            detail->toPlainText().contains(QStringLiteral("James Okafor (member): accreditation expired")));
        QVERIFY(detail->toPlainText().contains(QStringLiteral("Household panel (DS-NHP-WAVES)")));
        QVERIFY(detail->toPlainText().contains(QStringLiteral("Pupil database")));
        QVERIFY(!detail->accessibleName().isEmpty() && !reason->accessibleName().isEmpty());

        // Refusing without a reason is refused here: nothing is sent.
        QTest::mouseClick(refuse, Qt::LeftButton);
        QVERIFY(status->text().contains(QStringLiteral("Say why")));
        QCOMPARE(sentTo(rig, "POST", QStringLiteral("/api/v1/owner/requests/A-1/decision")), 0);

        reason->setPlainText(QStringLiteral("No consent for linkage."));
        QSignalSpy decided(panel.desk(), &session::DataOwnerDesk::decided);
        QTest::mouseClick(refuse, Qt::LeftButton);
        QTRY_COMPARE(decided.size(), 1);
        const QJsonObject sent = lastBodyTo(rig, QStringLiteral("/api/v1/owner/requests/A-1/decision"));
        QCOMPARE(sent.value(QStringLiteral("approve")).toBool(true), false);
        QCOMPARE(sent.value(QStringLiteral("reason")).toString(), QStringLiteral("No consent for linkage."));
        QTRY_VERIFY(status->text().contains(QStringLiteral("recorded")));
        // Answered: the buttons grey out.
        QTRY_VERIFY(!refuse->isEnabled());
    }

    void withdrawingNeedsAReason()
    {
        UiRig rig;
        rig.transport->route("GET", QStringLiteral("/api/v1/owner/projects"), 200,
                             protocol::encodeOwnerProjects({inUse()}));
        protocol::OwnerProjectInfo ended = inUse();
        ended.state = domain::ApprovalState::Withdrawn;
        ended.withdrawnAt = Asked.addDays(1);
        ended.withdrawalReason = QStringLiteral("Consent withdrawn.");
        rig.transport->route(
            "POST", QStringLiteral("/api/v1/owner/projects/P-2026-001/datasets/DS-NHP-WAVES/withdrawal"), 200,
            QJsonDocument(ended.toJsonObject()).toJson(QJsonDocument::Compact));
        QVERIFY(signInAsDataOwner(rig));

        ui::OwnerProjectsPanel panel(&rig.workstation);
        new QAbstractItemModelTester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     panel.model());
        panel.resize(1024, 700);
        panel.show();
        panel.refresh();
        QTRY_COMPARE(panel.model()->rowCount(), 1);
        auto *table = panel.findChild<QTableView *>(QStringLiteral("ownerProjectsTableView"));
        auto *reason = panel.findChild<QPlainTextEdit *>(QStringLiteral("ownerWithdrawReasonPlainTextEdit"));
        auto *withdraw = panel.findChild<QPushButton *>(QStringLiteral("ownerWithdrawPushButton"));
        auto *status = panel.findChild<QLabel *>(QStringLiteral("ownerProjectStatusLabel"));
        QVERIFY(table && reason && withdraw && status);
        table->selectRow(0);
        QVERIFY(withdraw->isEnabled());
        QTest::mouseClick(withdraw, Qt::LeftButton);
        QVERIFY(status->text().contains(QStringLiteral("Say why")));
        const QString path =
            QStringLiteral("/api/v1/owner/projects/P-2026-001/datasets/DS-NHP-WAVES/withdrawal");
        QCOMPARE(sentTo(rig, "POST", path), 0);
        reason->setPlainText(QStringLiteral("Consent withdrawn."));
        // The server lists it withdrawn from now on.
        rig.transport->route("GET", QStringLiteral("/api/v1/owner/projects"), 200,
                             protocol::encodeOwnerProjects({ended}));
        QTest::mouseClick(withdraw, Qt::LeftButton);
        QTRY_COMPARE(sentTo(rig, "POST", path), 1);
        QCOMPARE(lastBodyTo(rig, path).value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Consent withdrawn."));
        QTRY_VERIFY(status->text().contains(QStringLiteral("withdrawn")));
        QTRY_VERIFY(!withdraw->isEnabled());
    }
};

QTEST_MAIN(TestOwnerPanels)
#include "tst_ownerpanels.moc"
