// The project lifecycle's rules: who may ask for an extension, report completion, decide, suspend
// and reopen, from which status, with what; the legal transitions; and which end-date warning a
// project is within.

#include "domain/ProjectLifecycle.h"

#include <QTest>

using namespace srs::domain;

Q_DECLARE_METATYPE(ProjectStatus)

namespace {

const QDate Today(2026, 6, 1);

Project project(ProjectStatus status = ProjectStatus::Active, QDate end = Today.addDays(20))
{
    Project p;
    p.id = QStringLiteral("P-1");
    p.title = QStringLiteral("Housing and health");
    p.leadUserId = QStringLiteral("u-lead");
    p.status = status;
    p.startDate = Today.addYears(-2);
    p.endDate = end;
    p.members = {{QStringLiteral("u-lead"), ProjectRole::Lead},
                 {QStringLiteral("u-member"), ProjectRole::Member}};
    return p;
}

User person(const QString &id, QList<Role> roles)
{
    User u;
    u.id = id;
    u.roles = roles;
    return u;
}

const User Admin = person(QStringLiteral("u-admin"), {Role::Administrator});
const User Checker = person(QStringLiteral("u-checker"), {Role::OutputChecker});
const User Researcher = person(QStringLiteral("u-member"), {Role::Researcher});

ExtensionRequest pending(const QString &by = QStringLiteral("u-lead"))
{
    ExtensionRequest r;
    r.id = QStringLiteral("x-1");
    r.projectId = QStringLiteral("P-1");
    r.requestedBy = by;
    r.newEndDate = Today.addDays(100);
    r.reason = QStringLiteral("Data arrived late");
    return r;
}

QString codeOf(const srs::Status &s)
{
    return s.ok() ? QString() : s.error().code;
}

} // namespace

class TestProjectLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void transitions_data()
    {
        QTest::addColumn<ProjectStatus>("from");
        QTest::addColumn<ProjectStatus>("to");
        QTest::addColumn<bool>("legal");
        QTest::newRow("active to suspended") << ProjectStatus::Active << ProjectStatus::Suspended << true;
        QTest::newRow("suspended to active") << ProjectStatus::Suspended << ProjectStatus::Active << true;
        QTest::newRow("active to completed") << ProjectStatus::Active << ProjectStatus::Completed << true;
        QTest::newRow("suspended to completed")
            << ProjectStatus::Suspended << ProjectStatus::Completed << true;
        QTest::newRow("completed to active") << ProjectStatus::Completed << ProjectStatus::Active << false;
        QTest::newRow("completed to suspended")
            << ProjectStatus::Completed << ProjectStatus::Suspended << false;
        QTest::newRow("active to active") << ProjectStatus::Active << ProjectStatus::Active << false;
    }
    void transitions()
    {
        QFETCH(ProjectStatus, from);
        QFETCH(ProjectStatus, to);
        QFETCH(bool, legal);
        QCOMPARE(ProjectLifecycle::isLegalTransition(from, to), legal);
    }

    void askForExtension_data()
    {
        QTest::addColumn<ProjectStatus>("status");
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("open");
        QTest::addColumn<QString>("code");
        QTest::newRow("lead, active") << ProjectStatus::Active << "u-lead" << false << "";
        QTest::newRow("lead, suspended") << ProjectStatus::Suspended << "u-lead" << false << "";
        QTest::newRow("lead, completed")
            << ProjectStatus::Completed << "u-lead" << false << "lifecycle-wrong-status";
        QTest::newRow("member") << ProjectStatus::Active << "u-member" << false << "lifecycle-not-lead";
        QTest::newRow("outsider") << ProjectStatus::Active << "u-other" << false << "lifecycle-not-lead";
        QTest::newRow("nobody") << ProjectStatus::Active << "" << false << "lifecycle-not-lead";
        QTest::newRow("one open already")
            << ProjectStatus::Active << "u-lead" << true << "lifecycle-request-open";
    }
    void askForExtension()
    {
        QFETCH(ProjectStatus, status);
        QFETCH(QString, user);
        QFETCH(bool, open);
        QFETCH(QString, code);
        const Project p = project(status);
        QCOMPARE(codeOf(ProjectLifecycle::checkCanAskForExtension(p, user, open)), code);
        QCOMPARE(ProjectLifecycle::canAskForExtension(p, user, open), code.isEmpty());
    }

    void extensionRequestContent_data()
    {
        QTest::addColumn<int>("daysAfterEnd");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("field");
        QTest::newRow("later, with a reason") << 90 << "Late data"
                                              << "";
        QTest::newRow("the same day") << 0 << "Late data"
                                      << "new_end_date";
        QTest::newRow("earlier") << -5 << "Late data"
                                 << "new_end_date";
        QTest::newRow("no reason") << 90 << ""
                                   << "reason";
        QTest::newRow("blank reason") << 90 << "   "
                                      << "reason";
        QTest::newRow("reason too long") << 90 << QString(2001, u'x') << "reason";
    }
    void extensionRequestContent()
    {
        QFETCH(int, daysAfterEnd);
        QFETCH(QString, reason);
        QFETCH(QString, field);
        const Project p = project();
        const srs::Status s =
            ProjectLifecycle::checkExtensionRequest(p, p.endDate.addDays(daysAfterEnd), reason);
        QCOMPARE(s.ok(), field.isEmpty());
        if (!s.ok())
            QCOMPARE(s.error().field, field);
    }

    void extensionIsAfterTheExtendedDate()
    {
        Project p = project();
        p.extendedTo = p.endDate.addDays(60);
        QVERIFY(!ProjectLifecycle::checkExtensionRequest(p, p.endDate.addDays(30), QStringLiteral("r")).ok());
        QVERIFY(ProjectLifecycle::checkExtensionRequest(p, p.endDate.addDays(61), QStringLiteral("r")).ok());
        QVERIFY(!ProjectLifecycle::checkExtensionRequest(p, QDate(), QStringLiteral("r")).ok());
    }

    void decideExtension_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("requestedBy");
        QTest::addColumn<bool>("decided");
        QTest::addColumn<ProjectStatus>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("administrator") << "admin"
                                       << "u-lead" << false << ProjectStatus::Active << "";
        QTest::newRow("administrator, suspended project")
            << "admin"
            << "u-lead" << false << ProjectStatus::Suspended << "";
        QTest::newRow("output checker")
            << "checker"
            << "u-lead" << false << ProjectStatus::Active << "not-an-administrator";
        QTest::newRow("researcher") << "researcher"
                                    << "u-lead" << false << ProjectStatus::Active << "not-an-administrator";
        QTest::newRow("own request") << "admin"
                                     << "u-admin" << false << ProjectStatus::Active
                                     << "lifecycle-own-request";
        QTest::newRow("decided already")
            << "admin"
            << "u-lead" << true << ProjectStatus::Active << "lifecycle-request-decided";
        QTest::newRow("project completed")
            << "admin"
            << "u-lead" << false << ProjectStatus::Completed << "lifecycle-wrong-status";
    }
    void decideExtension()
    {
        QFETCH(QString, who);
        QFETCH(QString, requestedBy);
        QFETCH(bool, decided);
        QFETCH(ProjectStatus, status);
        QFETCH(QString, code);
        const User &u = who == QLatin1StringView("admin")     ? Admin
                        : who == QLatin1StringView("checker") ? Checker
                                                              : Researcher;
        ExtensionRequest r = pending(requestedBy);
        if (decided)
            r.state = ExtensionState::Refused;
        const Project p = project(status);
        QCOMPARE(codeOf(ProjectLifecycle::checkCanDecideExtension(u, p, r)), code);
        QCOMPARE(ProjectLifecycle::canDecideExtension(u, p, r), code.isEmpty());
    }

    void disabledAdministratorDecidesNothing()
    {
        User u = Admin;
        u.disabled = true;
        QCOMPARE(codeOf(ProjectLifecycle::checkCanDecideExtension(u, project(), pending())),
                 QStringLiteral("not-an-administrator"));
    }

    void reasons()
    {
        QCOMPARE(codeOf(ProjectLifecycle::checkReason(QString())),
                 QStringLiteral("lifecycle-reason-required"));
        QCOMPARE(ProjectLifecycle::checkReason(QStringLiteral(" ")).error().field, QStringLiteral("reason"));
        QVERIFY(ProjectLifecycle::checkReason(QStringLiteral("Agreed with the data owner")).ok());
    }

    void reportCompletion_data()
    {
        QTest::addColumn<ProjectStatus>("status");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("code");
        QTest::newRow("lead, active") << ProjectStatus::Active << "u-lead"
                                      << "";
        QTest::newRow("member") << ProjectStatus::Active << "u-member"
                                << "lifecycle-not-lead";
        QTest::newRow("lead, suspended") << ProjectStatus::Suspended << "u-lead"
                                         << "lifecycle-wrong-status";
        QTest::newRow("lead, completed") << ProjectStatus::Completed << "u-lead"
                                         << "lifecycle-wrong-status";
    }
    void reportCompletion()
    {
        QFETCH(ProjectStatus, status);
        QFETCH(QString, user);
        QFETCH(QString, code);
        const Project p = project(status);
        QCOMPARE(codeOf(ProjectLifecycle::checkCanReportCompletion(p, user)), code);
        QCOMPARE(ProjectLifecycle::canReportCompletion(p, user), code.isEmpty());
    }

    void publicationLinks_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<bool>("valid");
        QTest::newRow("https") << "https://example.org/paper" << true;
        QTest::newRow("http") << "http://example.org/paper?id=3" << true;
        QTest::newRow("doi") << "10.1234/abc.def" << true;
        QTest::newRow("doi: prefix") << "doi:10.12345/XYZ-1" << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("ftp") << "ftp://example.org/paper" << false;
        QTest::newRow("javascript") << "javascript:alert(1)" << false;
        QTest::newRow("file") << "file:///etc/passwd" << false;
        QTest::newRow("no host") << "https://" << false;
        QTest::newRow("with a password") << "https://user:pw@example.org/" << false;
        QTest::newRow("spaces") << "https://example.org/a paper" << false;
        QTest::newRow("not a doi") << "10.12/abc" << false;
        QTest::newRow("words") << "my paper" << false;
    }
    void publicationLinks()
    {
        QFETCH(QString, link);
        QFETCH(bool, valid);
        QCOMPARE(ProjectLifecycle::isPublicationLink(link), valid);
    }

    void publications()
    {
        QVERIFY(ProjectLifecycle::checkPublications({}).ok()); // none is allowed
        const QList<Publication> good{{QStringLiteral("Paper"), QStringLiteral("10.1000/xyz")}};
        QVERIFY(ProjectLifecycle::checkPublications(good).ok());
        const QList<Publication> noTitle{good.first(), {QStringLiteral(" "), QStringLiteral("10.1000/abc")}};
        QCOMPARE(ProjectLifecycle::checkPublications(noTitle).error().field,
                 QStringLiteral("publications[1].title"));
        const QList<Publication> badLink{{QStringLiteral("Paper"), QStringLiteral("ftp://x.org")}};
        QCOMPARE(ProjectLifecycle::checkPublications(badLink).error().field,
                 QStringLiteral("publications[0].link"));
        QCOMPARE(ProjectLifecycle::checkPublications(badLink).error().code,
                 QStringLiteral("lifecycle-publication-invalid"));
    }

    void suspendAndReopen_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<ProjectStatus>("status");
        QTest::addColumn<QString>("suspendCode");
        QTest::addColumn<QString>("reopenCode");
        QTest::newRow("administrator, active") << "admin" << ProjectStatus::Active << ""
                                               << "lifecycle-wrong-status";
        QTest::newRow("administrator, suspended")
            << "admin" << ProjectStatus::Suspended << "lifecycle-wrong-status"
            << "";
        QTest::newRow("administrator, completed")
            << "admin" << ProjectStatus::Completed << "lifecycle-wrong-status"
            << "lifecycle-wrong-status";
        QTest::newRow("checker") << "checker" << ProjectStatus::Active << "not-an-administrator"
                                 << "not-an-administrator";
        QTest::newRow("researcher") << "researcher" << ProjectStatus::Suspended << "not-an-administrator"
                                    << "not-an-administrator";
    }
    void suspendAndReopen()
    {
        QFETCH(QString, who);
        QFETCH(ProjectStatus, status);
        QFETCH(QString, suspendCode);
        QFETCH(QString, reopenCode);
        const User &u = who == QLatin1StringView("admin")     ? Admin
                        : who == QLatin1StringView("checker") ? Checker
                                                              : Researcher;
        const Project p = project(status);
        QCOMPARE(codeOf(ProjectLifecycle::checkCanSuspend(u, p)), suspendCode);
        QCOMPARE(ProjectLifecycle::canSuspend(u, p), suspendCode.isEmpty());
        QCOMPARE(codeOf(ProjectLifecycle::checkCanReopen(u, p)), reopenCode);
        QCOMPARE(ProjectLifecycle::canReopen(u, p), reopenCode.isEmpty());
    }

    void endWarnings_data()
    {
        QTest::addColumn<int>("daysLeft");
        QTest::addColumn<int>("due"); // 0: none
        QTest::newRow("90 days left") << 90 << 0;
        QTest::newRow("61 days left") << 61 << 0;
        QTest::newRow("60 days left") << 60 << 60;
        QTest::newRow("45 days left") << 45 << 60;
        QTest::newRow("30 days left") << 30 << 30;
        QTest::newRow("8 days left") << 8 << 30;
        QTest::newRow("7 days left") << 7 << 7;
        QTest::newRow("last day") << 0 << 7;
        QTest::newRow("ended yesterday") << -1 << 0;
    }
    void endWarnings()
    {
        QFETCH(int, daysLeft);
        QFETCH(int, due);
        const Project p = project(ProjectStatus::Active, Today.addDays(daysLeft));
        QCOMPARE(endWarningDue(p, Today).value_or(0), due);
    }

    void endWarningsFollowTheExtensionAndStatus()
    {
        Project p = project(ProjectStatus::Active, Today.addDays(5));
        QCOMPARE(endWarningDue(p, Today).value_or(0), 7);
        p.extendedTo = Today.addDays(200);
        QVERIFY(!endWarningDue(p, Today));
        p.extendedTo = {};
        p.status = ProjectStatus::Suspended;
        QVERIFY(!endWarningDue(p, Today));
        p.status = ProjectStatus::Completed;
        QVERIFY(!endWarningDue(p, Today));
        p.status = ProjectStatus::Active;
        QCOMPARE(endWarningDue(p, Today, {14, 3}).value_or(0), 14);
    }

    void warningDaysConfiguration_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("days"); // empty: refused
        QTest::newRow("default") << "60,30,7" << QList<int>{60, 30, 7};
        QTest::newRow("spaces and order") << " 7, 60 ,30" << QList<int>{60, 30, 7};
        QTest::newRow("duplicates") << "30,30" << QList<int>{30};
        QTest::newRow("empty") << "" << QList<int>{};
        QTest::newRow("zero") << "0" << QList<int>{};
        QTest::newRow("negative") << "-3" << QList<int>{};
        QTest::newRow("words") << "sixty" << QList<int>{};
        QTest::newRow("trailing comma") << "60," << QList<int>{};
    }
    void warningDaysConfiguration()
    {
        QFETCH(QString, text);
        QFETCH(QList<int>, days);
        const auto parsed = parseEndWarningDays(text);
        QCOMPARE(parsed.value_or(QList<int>{}), days);
    }

    void extensionStates()
    {
        for (auto s : {ExtensionState::Pending, ExtensionState::Approved, ExtensionState::Refused})
            QCOMPARE(extensionStateFromString(extensionStateToString(s)), s);
        QVERIFY(!extensionStateFromString(u"maybe"));
    }
};

QTEST_GUILESS_MAIN(TestProjectLifecycle)
#include "tst_projectlifecycle.moc"
