// The rules of managing accounts: only enabled administrators; an administrator never disables
// themselves nor takes away their own administrator role; taking access away needs a reason.
// Each row a case with the refusal's code, or allowed.

#include "domain/AccountRules.h"

#include <QTest>

using namespace srs::domain;

namespace {

User person(const QString &id, QList<Role> roles, bool disabled = false)
{
    User u;
    u.id = id;
    u.username = id;
    u.roles = std::move(roles);
    u.disabled = disabled;
    return u;
}

const User Admin = person("u-admin", {Role::Administrator});
const User AdminResearcher = person("u-admin2", {Role::Researcher, Role::Administrator});
const User DisabledAdmin = person("u-gone", {Role::Administrator}, true);
const User Researcher = person("u-res", {Role::Researcher});
const User Checker = person("u-checker", {Role::OutputChecker});

} // namespace

Q_DECLARE_METATYPE(srs::domain::User)

class TestAccountRules : public QObject
{
    Q_OBJECT
private slots:
    void manage_data()
    {
        QTest::addColumn<User>("actor");
        QTest::addColumn<QString>("code");
        QTest::newRow("administrator") << Admin << "";
        QTest::newRow("administrator who is also a researcher") << AdminResearcher << "";
        QTest::newRow("disabled administrator") << DisabledAdmin << "not-an-administrator";
        QTest::newRow("researcher") << Researcher << "not-an-administrator";
        QTest::newRow("output checker") << Checker << "not-an-administrator";
    }
    void manage()
    {
        QFETCH(User, actor);
        QFETCH(QString, code);
        const srs::Status s = AccountRules::checkCanManageAccounts(actor);
        QCOMPARE(s.ok() ? QString() : s.error().code, code);
        QCOMPARE(AccountRules::canManageAccounts(actor), code.isEmpty());
        if (!s.ok())
            QVERIFY(!s.error().message.isEmpty());
    }

    void disable_data()
    {
        QTest::addColumn<User>("actor");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("code");
        QTest::newRow("another person, with a reason") << Admin << "u-res"
                                                       << "left the project"
                                                       << "";
        QTest::newRow("another administrator") << Admin << "u-admin2"
                                               << "left"
                                               << "";
        QTest::newRow("oneself") << Admin << "u-admin"
                                 << "testing"
                                 << "account-self-disable";
        QTest::newRow("no reason") << Admin << "u-res"
                                   << ""
                                   << "account-reason-required";
        QTest::newRow("a reason of spaces") << Admin << "u-res"
                                            << "   "
                                            << "account-reason-required";
        QTest::newRow("a reason too long")
            << Admin << "u-res" << QString(1001, 'x') << "account-reason-too-long";
        QTest::newRow("a researcher") << Researcher << "u-checker"
                                      << "because"
                                      << "not-an-administrator";
        QTest::newRow("a checker disabling themselves") << Checker << "u-checker"
                                                        << "because"
                                                        << "not-an-administrator";
    }
    void disable()
    {
        QFETCH(User, actor);
        QFETCH(QString, target);
        QFETCH(QString, reason);
        QFETCH(QString, code);
        const srs::Status s = AccountRules::checkCanDisable(actor, target, reason);
        QCOMPARE(s.ok() ? QString() : s.error().code, code);
    }

    void canDisableIgnoresTheReason()
    {
        QVERIFY(AccountRules::canDisable(Admin, "u-res"));
        QVERIFY(!AccountRules::canDisable(Admin, "u-admin"));
        QVERIFY(!AccountRules::canDisable(Researcher, "u-checker"));
    }

    void roles_data()
    {
        QTest::addColumn<User>("actor");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QList<Role>>("roles");
        QTest::addColumn<QString>("code");
        QTest::newRow("make a researcher a checker too")
            << Admin << "u-res" << QList<Role>{Role::Researcher, Role::OutputChecker} << "";
        QTest::newRow("take another's administrator role")
            << Admin << "u-admin2" << QList<Role>{Role::Researcher} << "";
        QTest::newRow("keep one's own administrator role")
            << AdminResearcher << "u-admin2" << QList<Role>{Role::Administrator} << "";
        QTest::newRow("drop one's own administrator role")
            << AdminResearcher << "u-admin2" << QList<Role>{Role::Researcher} << "account-self-demote";
        QTest::newRow("no roles at all") << Admin << "u-res" << QList<Role>{} << "account-no-roles";
        QTest::newRow("a researcher making themselves administrator")
            << Researcher << "u-res" << QList<Role>{Role::Administrator} << "not-an-administrator";
    }
    void roles()
    {
        QFETCH(User, actor);
        QFETCH(QString, target);
        QFETCH(QList<Role>, roles);
        QFETCH(QString, code);
        const srs::Status s = AccountRules::checkCanSetRoles(actor, target, roles);
        QCOMPARE(s.ok() ? QString() : s.error().code, code);
        QCOMPARE(AccountRules::canSetRoles(actor, target, roles), code.isEmpty());
    }

    void takeAccessAway_data()
    {
        QTest::addColumn<User>("actor");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("code");
        QTest::newRow("administrator with a reason") << Admin << "laptop lost"
                                                     << "";
        QTest::newRow("administrator without") << Admin << ""
                                               << "account-reason-required";
        QTest::newRow("checker") << Checker << "laptop lost"
                                 << "not-an-administrator";
    }
    void takeAccessAway()
    {
        QFETCH(User, actor);
        QFETCH(QString, reason);
        QFETCH(QString, code);
        const srs::Status s = AccountRules::checkCanTakeAccessAway(actor, reason);
        QCOMPARE(s.ok() ? QString() : s.error().code, code);
        QCOMPARE(AccountRules::canTakeAccessAway(actor), actor.hasRole(Role::Administrator));
    }

    void everyRoleHasItsWord()
    {
        const QList<Role> roles = allRoles();
        QVERIFY(roles.contains(Role::Administrator));
        for (const Role r : roles)
            QCOMPARE(roleFromString(roleToString(r)), std::optional<Role>(r));
    }
};

QTEST_GUILESS_MAIN(TestAccountRules)
#include "tst_accountrules.moc"
