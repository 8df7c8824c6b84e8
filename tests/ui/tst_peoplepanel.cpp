// The service desk's People panel over a scripted server: its models (checked by
// QAbstractItemModelTester through every change), shown to administrators only, searching,
// what is greyed out for the administrator's own account, a disable that asks why and sends it,
// and a person added whose secrets are shown once and wiped when the window closes.

#include "Screens.h"

#include "session/Accounts.h"
#include "ui/HomePage.h"
#include "ui/accounts/AddPersonDialog.h"
#include "ui/accounts/PeopleFilter.h"
#include "ui/accounts/PeopleModel.h"
#include "ui/accounts/PeoplePanel.h"
#include "ui/accounts/PersonDetail.h"
#include "ui/accounts/ReasonDialog.h"
#include "ui/accounts/SecretsDialog.h"
#include "ui/desk/ServiceDesk.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace srs;
using namespace srs::testing;
using namespace srs::testing::screens;

namespace {

protocol::AccountSummary person(const QString &id, const QString &name, QList<domain::Role> roles,
                                bool disabled = false)
{
    protocol::AccountSummary a;
    a.user.id = id;
    a.user.username = id.mid(2);
    a.user.displayName = name;
    a.user.roles = std::move(roles);
    a.user.disabled = disabled;
    return a;
}

protocol::AccountDirectory directory()
{
    protocol::AccountDirectory d;
    auto asha = person("u-asha.patel", "Asha Patel", {domain::Role::Researcher});
    asha.user.accreditation =
        domain::Accreditation::standard(domain::AccreditationKind::Full, QDate(2025, 1, 6));
    asha.projects = {{"P1", "Project one", "lead"}};
    d.people = {asha, person("u-fiona.campbell", "Fiona Campbell", {domain::Role::OutputChecker}),
                person("u-priya.shah", "Priya Shah", {domain::Role::Administrator})};
    d.projects = {{"P1", "Project one", "active"}, {"P2", "Project two", "active"}};
    d.roles = {"researcher", "output-checker", "administrator"};
    return d;
}

bool adminAtHome(UiRig &rig, ui::MainWindow &window,
                 const QList<domain::Role> &roles = {domain::Role::Administrator})
{
    rig.transport->route("GET", QStringLiteral("/api/v1/projects"), 200, protocol::encodeProjectList({}));
    rig.transport->route("GET", QStringLiteral("/api/v1/admin/users"), 200, directory().toJson());
    for (const protocol::AccountSummary &p : directory().people)
        rig.transport->route("GET", "/api/v1/admin/users/" + p.user.id, 200, p.toJson());
    return startOnVpn(rig, window) &&
           signInThroughForm(rig, window,
                             sessionFor(QStringLiteral("priya.shah"), QStringLiteral("Priya Shah"), roles));
}

int sent(UiRig &rig, const QByteArray &method, const QString &path)
{
    int n = 0;
    for (const net::HttpRequest &r : rig.transport->requests)
        if (r.method == method && QUrl(r.url).path() == path)
            ++n;
    return n;
}

QByteArray lastBody(UiRig &rig, const QByteArray &method, const QString &path)
{
    for (auto it = rig.transport->requests.crbegin(); it != rig.transport->requests.crend(); ++it)
        if (it->method == method && QUrl(it->url).path() == path)
            return it->body;
    return {};
}

ui::PeoplePanel *peoplePanel(ui::MainWindow &window)
{
    return window.findChild<ui::PeoplePanel *>(QStringLiteral("peoplePanel"));
}

// Chooses the row of `name` in the panel's table.
bool choose(ui::PeoplePanel *panel, const QString &name)
{
    auto *table = panel->findChild<QTableView *>(QStringLiteral("peopleTable"));
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, ui::PeopleModel::NameColumn);
        if (index.data().toString() == name) {
            table->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

} // namespace

class TestPeoplePanel : public QObject
{
    Q_OBJECT
private slots:
    void modelsKeepTheirPromises()
    {
        ui::PeopleModel model;
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
        ui::PeopleFilter filter;
        new QAbstractItemModelTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     &filter);
        filter.setSourceModel(&model);
        filter.sort(ui::PeopleModel::NameColumn);

        model.setPeople(directory().people, QDate(2026, 11, 20));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ui::PeopleModel::ColumnCount));
        QCOMPARE(model.index(0, ui::PeopleModel::AccreditationColumn).data().toString(),
                 ui::PeopleModel::accreditationText(directory().people.first().user.accreditation,
                                                    QDate(2026, 11, 20)));
        QVERIFY(model.index(0, ui::PeopleModel::AccreditationColumn)
                    .data()
                    .toString()
                    .startsWith("Full, valid to"));
        QCOMPARE(model.index(1, ui::PeopleModel::RolesColumn).data().toString(), QString("Output checker"));
        QCOMPARE(model.index(2, ui::PeopleModel::StateColumn).data().toString(), QString("Enabled"));
        QCOMPARE(model.index(0, 0).data(ui::PeopleModel::UserIdRole).toString(), QString("u-asha.patel"));
        QCOMPARE(model.rowOf("u-priya.shah"), 2);
        QCOMPARE(ui::PeopleModel::roleText("data-owner"), QString("Data owner"));
        QCOMPARE(ui::PeopleModel::roleText("something-new"), QString("something-new"));

        filter.setSearchText("  CHECKER ");
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, ui::PeopleModel::NameColumn).data().toString(), QString("Fiona Campbell"));
        filter.setSearchText({});
        QCOMPARE(filter.rowCount(), 3);
        filter.sort(ui::PeopleModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, ui::PeopleModel::NameColumn).data().toString(), QString("Priya Shah"));

        QList<protocol::AccountSummary> changed = directory().people;
        changed[0].user.disabled = true;
        changed.removeLast();
        model.setPeople(changed, QDate(2026, 11, 20));
        QCOMPARE(filter.rowCount(), 2);
        QCOMPARE(model.index(0, ui::PeopleModel::StateColumn).data().toString(), QString("Disabled"));
        model.setPeople({}, {});
        QCOMPARE(filter.rowCount(), 0);
    }

    void onlyAdministratorsHaveThePanel()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        QVERIFY(adminAtHome(rig, window, {domain::Role::OutputChecker}));
        ui::ServiceDesk *desk = window.homePage()->serviceDesk();
        ui::PeoplePanel *panel = peoplePanel(window);
        QVERIFY(panel);
        QCOMPARE(desk->indexOf(panel), -1);
        QCOMPARE(sent(rig, "GET", "/api/v1/admin/users"), 0);
    }

    void anAdministratorSearchesAndChooses()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        window.resize(1024, 700);
        QVERIFY(adminAtHome(rig, window));
        ui::ServiceDesk *desk = window.homePage()->serviceDesk();
        ui::PeoplePanel *panel = peoplePanel(window);
        QVERIFY(desk->indexOf(panel) >= 0);
        QCOMPARE(desk->tabText(desk->indexOf(panel)), QString("&People"));
        QTRY_COMPARE(panel->filter()->rowCount(), 3);

        auto *search = panel->findChild<QLineEdit *>("peopleSearchEdit");
        QTest::keyClicks(search, "asha");
        QCOMPARE(panel->filter()->rowCount(), 1);
        search->clear();
        QCOMPARE(panel->filter()->rowCount(), 3);

        // Their own account: not to be disabled, their administrator role not to be taken away.
        QVERIFY(choose(panel, "Priya Shah"));
        QTRY_COMPARE(panel->detail()->userId(), QString("u-priya.shah"));
        auto *disable = panel->detail()->findChild<QPushButton *>("disableButton");
        QVERIFY(!disable->isEnabled());
        auto *ownAdmin = panel->detail()->findChild<QCheckBox *>("role_administrator");
        QVERIFY(ownAdmin && ownAdmin->isChecked() && !ownAdmin->isEnabled());

        QVERIFY(choose(panel, "Asha Patel"));
        QTRY_COMPARE(panel->detail()->userId(), QString("u-asha.patel"));
        QVERIFY(disable->isEnabled());
        QVERIFY(panel->detail()->findChild<QLabel *>("personAccreditationLabel")->text().contains("Full"));
        QTRY_VERIFY(sent(rig, "GET", "/api/v1/admin/users/u-asha.patel") >= 1);
    }

    void disablingAsksWhyAndSendsIt()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        QVERIFY(adminAtHome(rig, window));
        ui::PeoplePanel *panel = peoplePanel(window);
        QTRY_COMPARE(panel->filter()->rowCount(), 3);
        QVERIFY(choose(panel, "Asha Patel"));
        QTRY_COMPARE(panel->detail()->userId(), QString("u-asha.patel"));
        auto *disable = panel->detail()->findChild<QPushButton *>("disableButton");

        // Cancelled: nothing is sent.
        ui::ReasonDialog::setNextAnswer(std::nullopt);
        disable->click();
        QCOMPARE(sent(rig, "POST", "/api/v1/admin/users/u-asha.patel/disable"), 0);

        protocol::AccountSummary after = directory().people.first();
        after.user.disabled = true;
        after.detail = true;
        rig.transport->route("POST", "/api/v1/admin/users/u-asha.patel/disable", 200, after.toJson());
        ui::ReasonDialog::setNextAnswer(QString("Left the university"));
        disable->click();
        QTRY_COMPARE(sent(rig, "POST", "/api/v1/admin/users/u-asha.patel/disable"), 1);
        QVERIFY(lastBody(rig, "POST", "/api/v1/admin/users/u-asha.patel/disable")
                    .contains("Left the university"));
        QTRY_VERIFY(disable->text().contains("Enable"));
        QTRY_COMPARE(panel->model()
                         ->index(panel->model()->rowOf("u-asha.patel"), ui::PeopleModel::StateColumn)
                         .data()
                         .toString(),
                     QString("Disabled"));

        // A refusal is said in words.
        rig.transport->route(
            "POST", "/api/v1/admin/users/u-asha.patel/sessions/end", 422,
            R"({"code":"account-reason-required","message":"Say why: the reason is kept."})");
        ui::ReasonDialog::setNextAnswer(QString(" "));
        panel->detail()->findChild<QPushButton *>("endSessionsButton")->click();
        QTRY_VERIFY(panel->findChild<QLabel *>("peopleStatusLabel")->text().contains("Say why"));
    }

    void aPersonAddedIsShownTheirSecretsOnce()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        QVERIFY(adminAtHome(rig, window));
        ui::PeoplePanel *panel = peoplePanel(window);
        QTRY_COMPARE(panel->filter()->rowCount(), 3);

        panel->addPerson();
        QPointer<ui::AddPersonDialog> add = panel->findChild<ui::AddPersonDialog *>();
        QVERIFY(add);
        auto *addButton = add->findChild<QPushButton *>("addPersonButton");
        QVERIFY(!addButton->isEnabled());
        QTest::keyClicks(add->findChild<QLineEdit *>("newUsernameEdit"), "Gwen Morgan");
        QTest::keyClicks(add->findChild<QLineEdit *>("newNameEdit"), "Gwen Morgan");
        add->findChild<QCheckBox *>("newRole_output-checker")->setChecked(true);
        QVERIFY(!addButton->isEnabled()); // not a username
        add->findChild<QLineEdit *>("newUsernameEdit")->setText("gwen.morgan");
        QVERIFY(addButton->isEnabled());

        protocol::AccountSecrets answer;
        answer.account = person("u-gwen.morgan", "Gwen Morgan", {domain::Role::OutputChecker});
        answer.initialPassword = "abcde-fghij-kmnop-qrstu";
        answer.totpSecret = "JBSWY3DPEHPK3PXP";
        answer.otpauthUri = "otpauth://totp/SRS:gwen.morgan?secret=JBSWY3DPEHPK3PXP&issuer=SRS";
        answer.notice = "They are shown only now.";
        rig.transport->route("POST", "/api/v1/admin/users", 201, answer.toJson());
        rig.transport->route("GET", "/api/v1/admin/users/u-gwen.morgan", 200, answer.account.toJson());
        addButton->click();
        QTRY_COMPARE(sent(rig, "POST", "/api/v1/admin/users"), 1);
        QVERIFY(lastBody(rig, "POST", "/api/v1/admin/users").contains("\"output-checker\""));

        QPointer<ui::SecretsDialog> secrets;
        QTRY_VERIFY((secrets = panel->findChild<ui::SecretsDialog *>()));
        QVERIFY(secrets->holdsSecrets());
        QCOMPARE(secrets->findChild<QLineEdit *>("initialPasswordEdit")->text(),
                 QString("abcde-fghij-kmnop-qrstu"));
        QCOMPARE(secrets->findChild<QLineEdit *>("totpSecretEdit")->text(), QString("JBSWY3DPEHPK3PXP"));
        QVERIFY(
            secrets->findChild<QLabel *>("secretsWarningLabel")->text().contains("will not be shown again"));
        QTRY_COMPARE(panel->filter()->rowCount(), 4);

        auto *password = secrets->findChild<QLineEdit *>("initialPasswordEdit");
        secrets->findChild<QPushButton *>("closeSecretsButton")->click();
        QVERIFY(!secrets || !secrets->holdsSecrets());
        if (secrets)
            QCOMPARE(password->text(), QString());
        QTRY_VERIFY(!secrets); // deleted when closed
    }

    void lockingWipesTheSecretsShown()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        QVERIFY(adminAtHome(rig, window));
        ui::PeoplePanel *panel = peoplePanel(window);
        QTRY_COMPARE(panel->filter()->rowCount(), 3);
        protocol::AccountSecrets answer;
        answer.account = directory().people.first();
        answer.totpSecret = "JBSWY3DPEHPK3PXP";
        answer.otpauthUri = "otpauth://totp/SRS:asha.patel?secret=JBSWY3DPEHPK3PXP&issuer=SRS";
        rig.transport->route("POST", "/api/v1/admin/users/u-asha.patel/totp-reset", 200, answer.toJson());
        panel->accounts()->resetTotp("u-asha.patel", "phone lost");
        QPointer<ui::SecretsDialog> secrets;
        QTRY_VERIFY((secrets = panel->findChild<ui::SecretsDialog *>()));
        QVERIFY(!secrets->findChild<QLineEdit *>("initialPasswordEdit")); // a reset: no password
        QVERIFY(secrets->holdsSecrets());
        rig.workstation.session()->lock(session::Session::LockReason::Manual);
        QVERIFY(!secrets || !secrets->holdsSecrets());
        QTRY_VERIFY(!secrets);
        QCOMPARE(panel->model()->rowCount(), 0); // the list is forgotten too
    }
};

QTEST_MAIN(TestPeoplePanel)
#include "tst_peoplepanel.moc"
