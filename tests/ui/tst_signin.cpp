// The sign-in dialog, declarations, idle and VPN locks, and sign-out, through the real
// window, session and environment check over a scripted transport.

#include "UiRig.h"

#include "cache/CacheFolder.h"

#include "api/SessionsApi.h"
#include "net/HttpTypes.h"
#include "session/ClientStore.h"
#include "session/ConnectionMonitor.h"
#include "session/EnvironmentCheck.h"
#include "session/Session.h"
#include "ui/HomePage.h"
#include "ui/MainWindow.h"
#include "ui/projects/ProjectModels.h"
#include "ui/signin/CredentialsForm.h"
#include "ui/signin/LockPage.h"
#include "ui/signin/SignInPage.h"

#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace srs;
using session::Session;
using testing::UiRig;

namespace {

const QByteArray LaptopHealth =
    R"({"server_version":"0.1.0","api_version":1,"device":{"subject":"CN=laptop-0042","name":"laptop-0042",)"
    R"("class":"organisation-device","organisation":"Demo University","site":""}})";

QJsonObject declaration(const char *kind, const char *title)
{
    const QString t = QString::fromLatin1(title);
    return QJsonObject{{"kind", QString::fromLatin1(kind)},
                       {"version", 1},
                       {"title", t},
                       {"text", QString("The full text of " + t)}};
}

QByteArray sessionAnswer(const char *token, QJsonArray owed = {})
{
    QJsonObject o{
        {"token", QString::fromLatin1(token)},
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
        {"declarations_owed", owed},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The server's answer to an accepted declaration: the person as they are now (GET /me's shape).
QByteArray meAnswer(QJsonArray owed = {})
{
    QJsonObject o = QJsonDocument::fromJson(sessionAnswer("unused", owed)).object();
    for (const char *key : {"token", "expires_at", "idle_timeout_seconds", "cache_key_share"})
        o.remove(QLatin1StringView(key));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray projectsAnswer()
{
    auto project = [](const char *id, const char *title, bool allowed, const char *code,
                      const char *message) {
        return QJsonObject{{"id", QString::fromLatin1(id)},
                           {"title", QString::fromLatin1(title)},
                           {"status", "active"},
                           {"start_date", "2026-01-01"},
                           {"end_date", "2027-12-31"},
                           {"extended_to", QJsonValue::Null},
                           {"home_working_approved", allowed},
                           {"access", QJsonObject{{"allowed", allowed},
                                                  {"code", QString::fromLatin1(code)},
                                                  {"message", QString::fromLatin1(message)}}}};
    };
    return QJsonDocument(
               QJsonObject{
                   {"projects",
                    QJsonArray{project("P-2026-001", "Housing and health", true, "", ""),
                               project("P-2026-002", "School outcomes", false, "home-working-not-approved",
                                       "Project P-2026-002 is not approved for home working.")}}})
        .toJson(QJsonDocument::Compact);
}

QByteArray error(const char *code, const char *message)
{
    return QJsonDocument(
               QJsonObject{{"code", QString::fromLatin1(code)}, {"message", QString::fromUtf8(message)}})
        .toJson(QJsonDocument::Compact);
}

template <typename T>
T *find(QWidget *root, const char *name)
{
    auto *w = root->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no widget %s", name);
    return w;
}

QString text(QWidget *root, const char *name)
{
    return find<QLabel>(root, name)->text();
}

// The page a person sees: the stack's current page.
QString pageName(ui::MainWindow &w)
{
    return w.currentPage()->objectName();
}

void type(QWidget *page, const char *field, const QString &value)
{
    auto *edit = find<QLineEdit>(page, field);
    edit->clear();
    QTest::keyClicks(edit, value);
}

void signInWith(ui::MainWindow &w, const char *username, const char *password, const char *code)
{
    QWidget *page = w.signInPage();
    type(page, "usernameEdit", QString::fromLatin1(username));
    type(page, "passwordEdit", QString::fromLatin1(password));
    type(page, "codeEdit", QString::fromLatin1(code));
    QTest::mouseClick(find<QPushButton>(page, "submitButton"), Qt::LeftButton);
}

QJsonObject requestJson(const net::HttpRequest &r)
{
    const QByteArrayView body = r.secretBody ? r.secretBody->view() : QByteArrayView(r.body);
    return QJsonDocument::fromJson(body.toByteArray()).object();
}

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

    // Starts a laptop workstation on a connected VPN and waits for the sign-in page.
    void startOnVpn(UiRig &rig, ui::MainWindow &window)
    {
        rig.backend->connectVpn();
        rig.transport->queueResponse(200, LaptopHealth);
        window.show();
        rig.workstation.start();
        QTRY_COMPARE(rig.workstation.connection()->state(), session::ConnectionMonitor::State::Connected);
        QCOMPARE(pageName(window), QString("signInPage"));
    }

    void signInAsAsha(UiRig &rig, ui::MainWindow &window, QJsonArray owed = {})
    {
        rig.transport->queueResponse(201,
                                     sessionAnswer("tok-1-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", owed));
        if (owed.isEmpty())
            rig.transport->queueResponse(200, projectsAnswer());
        signInWith(window, "asha.patel", "demo-asha.patel", "123456");
        QTRY_COMPARE(rig.workstation.session()->state(), Session::State::Active);
    }

    // A laptop on its VPN with asha.patel signed in and her two projects listed.
    QTreeView *signedInAtHome(UiRig &rig, ui::MainWindow &window)
    {
        startOnVpn(rig, window);
        signInAsAsha(rig, window);
        auto *projects = find<QTreeView>(&window, "projectList");
        if (!QTest::qWaitFor([&] { return projects->model()->rowCount() == 2; }))
            qWarning("the project list did not load");
        return projects;
    }

private slots:
    void signInSucceedsAndShowsHome()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        startOnVpn(rig, window);
        QVERIFY(text(&window, "settingLabel").contains("laptop-0042"));
        QVERIFY(text(&window, "settingLabel").contains("through your organisation's VPN"));

        signInAsAsha(rig, window);
        QTRY_COMPARE(pageName(window), QString("homePage"));
        const net::HttpRequest &signIn = rig.transport->requests.at(1);
        QCOMPARE(signIn.method, QByteArray("POST"));
        QVERIFY(signIn.url.endsWith("/api/v1/sessions"));
        QVERIFY(signIn.body.isEmpty()); // the password travels only in the wiping buffer
        const QJsonObject body = requestJson(signIn);
        QCOMPARE(body.value("username").toString(), QString("asha.patel"));
        QCOMPARE(body.value("password").toString(), QString("demo-asha.patel"));
        QCOMPARE(body.value("totp_code").toString(), QString("123456"));
        QVERIFY(find<QLineEdit>(window.signInPage(), "passwordEdit")->text().isEmpty());

        QCOMPARE(text(&window, "welcomeLabel"), QString("Signed in as Asha Patel"));
        QVERIFY(text(&window, "whereLabel").contains("home working"));
        auto *projects = find<QTreeView>(&window, "projectList");
        QTRY_COMPARE(projects->model()->rowCount(), 2);
        const QAbstractItemModel *m = projects->model();
        QCOMPARE(m->index(0, ui::ProjectListModel::AccessColumn).data().toString(), QString("Allowed"));
        QCOMPARE(m->index(1, ui::ProjectListModel::AccessColumn).data().toString(), QString("Not from here"));
        QVERIFY(m->index(1, ui::ProjectListModel::AccessColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains("not approved for home working"));
        // Calls after sign-in carry the token.
        const net::HttpRequest &list = rig.transport->requests.at(2);
        QVERIFY(list.bearerToken);
        QCOMPARE(list.bearerToken->view(), QByteArrayView("tok-1-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
    }

    void eachRefusalIsExplained_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong details")
            << 401 << QByteArray("bad-credentials") << "Those details are not right"
            << "The username, password or security code is not right.";
        QTest::newRow("locked") << 423 << QByteArray("account-locked") << "Your account is locked"
                                << "This account is locked until 14:05 (UK time).";
        QTest::newRow("accreditation")
            << 403 << QByteArray("accreditation-expired") << "Your accreditation does not allow access"
            << "Your accreditation expired on 21 October 2026. Contact research support.";
        QTest::newRow("network") << 403 << QByteArray("outside-uk")
                                 << "This network or device is not approved"
                                 << "The service can only be used from inside the UK.";
        QTest::newRow("throttled") << 429 << QByteArray("too-many-attempts") << "Too many attempts"
                                   << "Wait until 14:05:00, then try again.";
    }

    void eachRefusalIsExplained()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, code);
        QFETCH(QString, title);
        QFETCH(QString, message);
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        startOnVpn(rig, window);
        rig.transport->queueResponse(status, error(code.constData(), message.toUtf8().constData()));
        signInWith(window, "asha.patel", "wrong-password", "654321");
        QTRY_VERIFY(find<QWidget>(window.signInPage(), "problemFrame")->isVisible());
        QCOMPARE(text(window.signInPage(), "problemTitleLabel"), title);
        QCOMPARE(text(window.signInPage(), "problemMessageLabel"), message);
        QCOMPARE(pageName(window), QString("signInPage"));
        QCOMPARE(rig.workstation.session()->state(), Session::State::SignedOut);
        // Nothing typed is lost but the secrets: the username stays for the next try.
        QCOMPARE(find<QLineEdit>(window.signInPage(), "usernameEdit")->text(), QString("asha.patel"));
        QVERIFY(find<QLineEdit>(window.signInPage(), "codeEdit")->text().isEmpty());
        QVERIFY(find<QPushButton>(window.signInPage(), "submitButton")->isEnabled());
    }

    void unreachableServerIsExplained()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        startOnVpn(rig, window);
        rig.transport->queueFailure(net::NetError::TimedOut, "curl error 28");
        signInWith(window, "asha.patel", "demo-asha.patel", "123456");
        QTRY_COMPARE(text(window.signInPage(), "problemTitleLabel"),
                     QString("The clearance server could not be reached"));
        QCOMPARE(text(window.signInPage(), "problemMessageLabel"),
                 net::netErrorMessage(net::NetError::TimedOut, "server.test"));
    }

    void incompleteFormIsNotSent()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        startOnVpn(rig, window);
        signInWith(window, "asha.patel", "demo-asha.patel", "1234");
        QCOMPARE(text(window.signInPage(), "problemTitleLabel"), QString("Enter your security code"));
        QCOMPARE(find<QLineEdit>(window.signInPage(), "codeEdit")->text(), QString("1234"));
        QCOMPARE(rig.transport->requests.size(), 1); // only the health check
        signInWith(window, "", "demo-asha.patel", "123456");
        QCOMPARE(text(window.signInPage(), "problemTitleLabel"), QString("Enter your username"));
        QCOMPARE(rig.transport->requests.size(), 1);
        // Letters cannot go in the code field.
        type(window.signInPage(), "codeEdit", "12ab34");
        QCOMPARE(find<QLineEdit>(window.signInPage(), "codeEdit")->text(), QString("1234"));
    }

    void capsLockIsPointedOut()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        startOnVpn(rig, window);
        auto *caps = find<QLabel>(window.signInPage(), "capsLockLabel");
        auto *password = find<QLineEdit>(window.signInPage(), "passwordEdit");
        QVERIFY(!caps->isVisible());
        QTest::keyClick(password, Qt::Key_A, Qt::NoModifier, 0); // lower case: off
        QVERIFY(!caps->isVisible());
        QKeyEvent upper(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("A"));
        QApplication::sendEvent(password, &upper); // a capital without Shift: Caps Lock is on
        QVERIFY(caps->isVisible());
        QKeyEvent shifted(QEvent::KeyPress, Qt::Key_A, Qt::ShiftModifier, QStringLiteral("A"));
        QApplication::sendEvent(password, &shifted); // Shift gives a capital: off again
        QVERIFY(!caps->isVisible());
    }

    void busyWhileWaiting()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        startOnVpn(rig, window);
        rig.transport->queueResponse(401, error("bad-credentials", "Not right."));
        signInWith(window, "asha.patel", "demo-asha.patel", "123456");
        // The answer comes from the event loop: until then the form is busy.
        QVERIFY(!find<QPushButton>(window.signInPage(), "submitButton")->isEnabled());
        QVERIFY(!find<QLineEdit>(window.signInPage(), "usernameEdit")->isEnabled());
        QCOMPARE(text(window.signInPage(), "busyLabel"), QString("Signing in…"));
        QTRY_VERIFY(find<QPushButton>(window.signInPage(), "submitButton")->isEnabled());
    }

    void declarationsMustBeAccepted()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        startOnVpn(rig, window);
        signInAsAsha(rig, window,
                     {declaration("security", "Security declaration"),
                      declaration("extended-syops", "Remote working declaration")});
        QTRY_COMPARE(pageName(window), QString("declarationsPage"));
        QCOMPARE(text(&window, "declarationTitleLabel"), QString("Security declaration (version 1)"));
        QCOMPARE(find<QTextBrowser>(&window, "declarationText")->toPlainText(),
                 QString("The full text of Security declaration"));
        auto *agree = find<QCheckBox>(&window, "declarationAgreeCheck");
        auto *accept = find<QPushButton>(&window, "declarationAcceptButton");
        QVERIFY(!accept->isEnabled());
        agree->setChecked(true);
        QVERIFY(accept->isEnabled());

        rig.transport->queueResponse(201,
                                     meAnswer({declaration("extended-syops", "Remote working declaration")}));
        // By keyboard: Space on the button. The focus then waits on the next declaration's
        // check box, not on "Sign out" beside the button that went grey.
        accept->setFocus();
        QTest::keyClick(accept, Qt::Key_Space);
        QTRY_COMPARE(text(&window, "declarationTitleLabel"),
                     QString("Remote working declaration (version 1)"));
        QVERIFY(!agree->isChecked());
        QCOMPARE(window.focusWidget(), agree);
        const net::HttpRequest &first = rig.transport->requests.last();
        QVERIFY(first.url.endsWith("/api/v1/declarations"));
        QCOMPARE(QJsonDocument::fromJson(first.body).object().value("kind").toString(), QString("security"));
        QVERIFY(first.bearerToken);

        // A failure to record it says so and keeps the person on the declaration.
        rig.transport->queueFailure(net::NetError::TimedOut);
        agree->setChecked(true);
        QTest::mouseClick(accept, Qt::LeftButton);
        QTRY_VERIFY(find<QLabel>(&window, "declarationErrorLabel")->isVisible());
        QCOMPARE(pageName(window), QString("declarationsPage"));

        rig.transport->queueResponse(201, meAnswer());
        rig.transport->queueResponse(200, projectsAnswer());
        QTest::mouseClick(accept, Qt::LeftButton);
        QTRY_COMPARE(pageName(window), QString("homePage"));
        QTRY_COMPARE(find<QTreeView>(&window, "projectList")->model()->rowCount(), 2);
    }

    void aRecheckDoesNotUndoAHalfDoneDeclaration()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        startOnVpn(rig, window);
        signInAsAsha(rig, window, {declaration("security", "Security declaration")});
        QTRY_COMPARE(pageName(window), QString("declarationsPage"));
        auto *agree = find<QCheckBox>(&window, "declarationAgreeCheck");
        agree->setChecked(true);
        // The setting check runs again with a different outcome (a new warning).
        rig.clock.setNow(rig.workstation.environment()->status().certificate->notAfter.addDays(-5));
        rig.workstation.environment()->checkNow();
        QVERIFY(!rig.workstation.environment()->status().warnings.isEmpty());
        QVERIFY(agree->isChecked());
        QVERIFY(find<QPushButton>(&window, "declarationAcceptButton")->isEnabled());
    }

    void idleLockHidesEverythingAndUnlockReturns()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        QTreeView *projects = signedInAtHome(rig, window);
        QCOMPARE(projects->model()->rowCount(), 2);
        projects->setCurrentIndex(projects->model()->index(1, 0));

        Session *session = rig.workstation.session();
        rig.clock.advanceSeconds(14 * 60);
        session->checkTimers();
        QCOMPARE(session->state(), Session::State::Active); // not yet
        session->recordActivity();                          // someone moved the mouse
        rig.clock.advanceSeconds(14 * 60);
        session->checkTimers();
        QCOMPARE(session->state(), Session::State::Active);
        rig.clock.advanceSeconds(60);
        session->checkTimers();
        QCOMPARE(session->state(), Session::State::Locked);
        QCOMPARE(pageName(window), QString("lockPage"));
        QVERIFY(!window.homePage()->isVisible());
        QVERIFY(!projects->isVisible());
        QCOMPARE(window.windowTitle(), QString("SRS Workstation — locked"));
        QVERIFY(text(&window, "lockReasonLabel").contains("15 minutes without use"));
        QVERIFY(text(&window, "lockWhoLabel").contains("asha.patel"));
        // The token is gone from the workstation and the server is asked to end the session.
        QVERIFY(!session->token());
        QVERIFY(session->cacheKeyShare().isEmpty());
        const net::HttpRequest &end = rig.transport->requests.last();
        QCOMPARE(end.method, QByteArray("DELETE"));
        QVERIFY(end.url.endsWith("/api/v1/sessions/current"));

        // A wrong code on the lock screen is explained there.
        rig.transport->queueResponse(401, error("bad-credentials", "Not right."));
        type(window.lockPage(), "passwordEdit", "demo-asha.patel");
        type(window.lockPage(), "codeEdit", "000000");
        QTest::mouseClick(find<QPushButton>(window.lockPage(), "submitButton"), Qt::LeftButton);
        QTRY_COMPARE(text(window.lockPage(), "problemTitleLabel"), QString("Those details are not right"));
        QCOMPARE(pageName(window), QString("lockPage"));

        rig.transport->queueResponse(201, sessionAnswer("tok-2-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"));
        rig.transport->queueResponse(200, projectsAnswer());
        type(window.lockPage(), "passwordEdit", "demo-asha.patel");
        type(window.lockPage(), "codeEdit", "111111");
        QTest::mouseClick(find<QPushButton>(window.lockPage(), "submitButton"), Qt::LeftButton);
        QTRY_COMPARE(pageName(window), QString("homePage"));
        const auto &requests = rig.transport->requests;
        const auto signIn = std::find_if(requests.crbegin(), requests.crend(), [](const net::HttpRequest &r) {
            return r.url.endsWith("/api/v1/sessions");
        });
        QVERIFY(signIn != requests.crend());
        QCOMPARE(requestJson(*signIn).value("username").toString(), QString("asha.patel"));
        // The page is refreshed in place: the list reloads (and My submissions, after it, asks
        // for the requests of the openable projects) and keeps the selection.
        const qsizetype signedInAt = std::distance(requests.cbegin(), signIn.base()) - 1;
        QTRY_VERIFY(
            std::any_of(requests.cbegin() + signedInAt, requests.cend(),
                        [](const net::HttpRequest &r) { return r.url.endsWith("/api/v1/projects"); }));
        QTRY_VERIFY(!find<QLabel>(&window, "homeErrorLabel")->isVisible());
        // Exactly where they were: the same project still selected.
        QTRY_VERIFY(projects->currentIndex().isValid());
        QCOMPARE(projects->currentIndex().data(ui::ProjectListModel::ProjectIdRole).toString(),
                 QString("P-2026-002"));
        QCOMPARE(window.windowTitle(), QString("SRS Workstation"));
        QCOMPARE(session->token()->view(), QByteArrayView("tok-2-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"));
    }

    void vpnLossLocksAtOnce()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        startOnVpn(rig, window);
        signInAsAsha(rig, window);
        QTRY_COMPARE(pageName(window), QString("homePage"));

        rig.backend->dropVpn(); // the back-end reports the change; no waiting for the timer
        QCOMPARE(rig.workstation.session()->state(), Session::State::Locked);
        QCOMPARE(pageName(window), QString("lockPage"));
        QVERIFY(text(&window, "lockReasonLabel").contains("VPN is not connected"));
        QVERIFY(find<QLabel>(&window, "lockEnvironmentLabel")->isVisible());
        QVERIFY(!find<QPushButton>(window.lockPage(), "submitButton")->isEnabled());

        rig.backend->connectVpn();
        QVERIFY(!find<QLabel>(&window, "lockEnvironmentLabel")->isVisible());
        QVERIFY(find<QPushButton>(window.lockPage(), "submitButton")->isEnabled());
    }

    void vpnRoutingElsewhereIsRefused()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        rig.backend->connectVpn();
        rig.backend->routeInterface = QStringLiteral("eth0"); // a split tunnel that misses the server
        rig.transport->queueResponse(200, LaptopHealth);
        window.show();
        rig.workstation.start();
        QTRY_COMPARE(pageName(window), QString("blockedPage"));
        QVERIFY(text(&window, "environmentProblemsLabel").contains("does not go through it"));
        QVERIFY(text(&window, "environmentDetailsLabel").contains("vpn-not-routing"));
        rig.backend->routeInterface = QStringLiteral("tun0");
        QTest::mouseClick(find<QPushButton>(&window, "environmentRetryButton"), Qt::LeftButton);
        QTRY_COMPARE(pageName(window), QString("signInPage"));
    }

    void noVpnAtStartBlocksSignIn()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        rig.backend->dropVpn();
        rig.transport->queueResponse(200, LaptopHealth);
        window.show();
        rig.workstation.start();
        QTRY_COMPARE(pageName(window), QString("blockedPage"));
        QCOMPARE(text(&window, "environmentProblemsLabel"),
                 QString("Your organisation's VPN is not connected. Connect to it, then select Try again."));
        rig.backend->connectVpn();
        QTRY_COMPARE(pageName(window), QString("signInPage"));
    }

    void safeRoomNeedsNoVpn()
    {
        UiRig rig(domain::DeviceClass::SafeRoomTerminal);
        ui::MainWindow window(&rig.workstation);
        rig.backend->dropVpn();
        rig.transport->queueResponse(
            200,
            R"({"server_version":"0.1.0","api_version":1,"device":{"subject":"CN=sr-demo-01","name":"sr-demo-01",)"
            R"("class":"safe-room-terminal","organisation":"Secure Research Service","site":"Demo Safe Room"}})");
        window.show();
        rig.workstation.start();
        QTRY_COMPARE(rig.workstation.connection()->state(), session::ConnectionMonitor::State::Connected);
        QCOMPARE(pageName(window), QString("signInPage"));
        QVERIFY(text(&window, "settingLabel").contains("Demo Safe Room"));
    }

    void expiredCertificateBlocksAndExpiringWarns()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        const auto certificate = rig.workstation.environment()->status().certificate;
        startOnVpn(rig, window);
        const QDateTime notAfter = rig.workstation.environment()->status().certificate->notAfter;
        Q_UNUSED(certificate);

        rig.clock.setNow(notAfter.addDays(-10));
        rig.workstation.environment()->checkNow();
        QVERIFY(text(&window, "warningsLabel").contains("expires on"));
        QCOMPARE(pageName(window), QString("signInPage"));

        rig.clock.setNow(notAfter.addDays(1));
        rig.workstation.environment()->checkNow();
        QCOMPARE(pageName(window), QString("blockedPage"));
        QVERIFY(text(&window, "environmentProblemsLabel").contains("expired on"));
    }

    void serverEndedSessionIsResumedAfterSignIn()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        QTreeView *projects = signedInAtHome(rig, window);
        QCOMPARE(projects->model()->rowCount(), 2);

        // The server ended the session (its idle timeout): a call under way is held, not lost.
        // (The browser's own calls are dropped with everything it shows, and made again.)
        rig.transport->queueResponse(401, error("session-expired", "Your session has ended. Sign in again."));
        auto *held = api::SessionsApi(*rig.workstation.session()->api()).me();
        QSignalSpy heldDone(held, &api::PendingCall::succeeded);
        QTRY_COMPARE(pageName(window), QString("lockPage"));
        QVERIFY(text(&window, "lockReasonLabel").contains("Your session has ended"));
        QCOMPARE(rig.workstation.session()->parkedCalls(), 1);

        rig.transport->queueResponse(201, sessionAnswer("tok-3-ccccccccccccccccccccccccccccccccccccccccc"));
        rig.transport->queueResponse(200, meAnswer());       // the held call, sent again
        rig.transport->queueResponse(200, projectsAnswer()); // the browser, open again
        type(window.lockPage(), "passwordEdit", "demo-asha.patel");
        type(window.lockPage(), "codeEdit", "222222");
        QTest::mouseClick(find<QPushButton>(window.lockPage(), "submitButton"), Qt::LeftButton);
        QTRY_COMPARE(pageName(window), QString("homePage"));
        QCOMPARE(rig.workstation.session()->parkedCalls(), 0);
        QTRY_COMPARE(heldDone.size(), 1);
        const auto &requests = rig.transport->requests;
        // The held call went again, with the new session's token.
        const auto resent = std::find_if(requests.crbegin(), requests.crend(), [](const net::HttpRequest &r) {
            return r.url.endsWith("/api/v1/me");
        });
        QVERIFY(resent != requests.crend());
        QCOMPARE(resent->bearerToken->view(),
                 QByteArrayView("tok-3-ccccccccccccccccccccccccccccccccccccccccc"));
        // Then the browser asks for the projects again (and My submissions, after them, for the
        // requests of the openable ones).
        const qsizetype resentAt = std::distance(requests.cbegin(), resent.base()) - 1;
        QTRY_VERIFY(std::any_of(requests.cbegin() + resentAt, requests.cend(), [](const net::HttpRequest &r) {
            return r.url.endsWith("/api/v1/projects");
        }));
        QTRY_COMPARE(projects->model()->rowCount(), 2);
        QVERIFY(!find<QLabel>(&window, "homeErrorLabel")->isVisible());
    }

    // Choosing a project shows its workspace (after the server's page) and its details; the
    // filter keeps matching names; a selected file shows its checksum; a sign-out clears it all.
    void choosingAProjectShowsItsWorkspace()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        QTreeView *projects = signedInAtHome(rig, window);

        protocol::ProjectInfo detail;
        detail.project.id = "P-2026-001";
        detail.project.title = "Housing and health";
        detail.project.startDate = QDate(2026, 1, 1);
        detail.project.endDate = QDate(2027, 12, 31);
        detail.project.homeWorkingApproved = true;
        detail.access.allowed = true;
        detail.members = {{"asha.patel", "Asha Patel", domain::ProjectRole::Lead}};
        detail.datasets = {{"DS-1", "Labour Force Survey", "ONS", domain::DatasetAccess::RemoteAllowed}};
        rig.transport->queueResponse(200, QJsonDocument(detail.toJsonObject(true)).toJson());
        protocol::WorkspaceChangesInfo page;
        page.projectId = "P-2026-001";
        page.revision = 4;
        page.total = 5;
        const QDateTime t(QDate(2026, 11, 2), QTime(10, 0), QTimeZone::utc());
        page.added = {{"outputs", 0, "directory", t, "", 1},
                      {"outputs/income_by_region.csv", 2048, "file", t, QString(64, 'a'), 2},
                      {"outputs/income_by_region_counts.csv", 1024, "file", t, QString(64, 'b'), 2},
                      {"outputs/table10.csv", 10, "file", t, QString(64, 'c'), 3},
                      {"outputs/table2.csv", 10, "file", t, QString(64, 'd'), 4}};
        rig.transport->queueResponse(200, page.toJson());

        projects->setCurrentIndex(projects->model()->index(0, 0));
        QCOMPARE(text(&window, "projectTitleLabel"), QString("P-2026-001 — Housing and health"));
        auto *tree = find<QTreeView>(&window, "workspaceTree");
        QTRY_COMPARE(tree->model()->rowCount(), 1);
        const auto &requests = rig.transport->requests;
        QVERIFY(requests.at(requests.size() - 2).url.endsWith("/api/v1/projects/P-2026-001"));
        QVERIFY(requests.last().url.contains("/api/v1/projects/P-2026-001/workspace?since=0&limit=5000"));
        const QModelIndex outputs = tree->model()->index(0, 0);
        QCOMPARE(outputs.data().toString(), QString("outputs"));
        QCOMPARE(tree->model()->rowCount(outputs), 4);
        QCOMPARE(tree->model()->index(2, 0, outputs).data().toString(),
                 QString("table2.csv")); // natural order
        tree->setCurrentIndex(tree->model()->index(2, 0, outputs));
        QCOMPARE(text(&window, "detailSize"), QString("10 bytes")); // a small file's size, once
        QTRY_VERIFY(text(&window, "syncStatusLabel").contains("5 items, up to date"));
        QVERIFY(find<QLabel>(&window, "contentsStayLabel")->text().contains("File contents stay inside"));

        type(&window, "workspaceFilter", "region");
        QCOMPARE(text(&window, "filterMatchesLabel"), QString("2 matches"));
        QVERIFY(tree->isExpanded(tree->model()->index(0, 0)));
        const QModelIndex counts = tree->model()->index(1, 0, tree->model()->index(0, 0));
        QCOMPARE(counts.data().toString(), QString("income_by_region_counts.csv"));
        tree->setCurrentIndex(counts);
        QCOMPARE(text(&window, "detailPath"), QString("outputs/income_by_region_counts.csv"));
        QCOMPARE(text(&window, "detailSha256"), QString(64, 'b'));
        QVERIFY(text(&window, "detailSize").contains("1,024 bytes"));

        auto *details = find<QTextBrowser>(&window, "projectDetails");
        QTRY_VERIFY(details->toPlainText().contains("Labour Force Survey"));
        QVERIFY(details->toPlainText().contains("[Remote access allowed]"));
        QVERIFY(details->toPlainText().contains("Project lead"));

        // Choosing the refused project shows why, and no workspace.
        projects->setCurrentIndex(projects->model()->index(1, 0));
        QVERIFY(text(&window, "projectRefusalLabel").contains("not approved for home working"));
        QVERIFY(!find<QTabWidget>(&window, "projectTabs")->isTabEnabled(0));

        QTest::mouseClick(find<QPushButton>(&window, "signOutButton"), Qt::LeftButton);
        QCOMPARE(tree->model()->rowCount(), 0);
        QCOMPARE(projects->model()->rowCount(), 0);
        QVERIFY(text(&window, "detailSha256").isEmpty());
    }

    void signOutWipesAndStartsAfresh()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        QCOMPARE(signedInAtHome(rig, window)->model()->rowCount(), 2);
        QTest::mouseClick(find<QPushButton>(&window, "signOutButton"), Qt::LeftButton);
        QCOMPARE(rig.workstation.session()->state(), Session::State::SignedOut);
        QCOMPARE(pageName(window), QString("signInPage"));
        QVERIFY(!rig.workstation.session()->token());
        QVERIFY(rig.workstation.session()->cacheKeyShare().isEmpty());
        QVERIFY(rig.workstation.session()->me().user.id.isEmpty());
        QCOMPARE(find<QTreeView>(&window, "projectList")->model()->rowCount(), 0);
        QVERIFY(find<QLineEdit>(window.signInPage(), "usernameEdit")->text().isEmpty());
        const net::HttpRequest &end = rig.transport->requests.last();
        QCOMPARE(end.method, QByteArray("DELETE"));
        QVERIFY(end.bearerToken);
    }

    // The cache key is derived on a thread of its own and may come after the server's list of
    // projects (a slow or busy machine). The list shown stays, and the server is not asked again.
    void projectsThatCameBeforeTheCacheKeyStay()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        const auto gate = rig.holdBackCacheKey();
        QSignalSpy opened(rig.workstation.store(), &session::ClientStore::opened);
        auto *projects = signedInAtHome(rig, window);
        QCOMPARE(projects->model()->rowCount(), 2);
        QVERIFY(rig.workstation.session()->cacheKey().isEmpty());

        gate->release();
        QTRY_COMPARE(opened.count(), 1);
        QTest::qWait(50); // room for any call the opening might have made
        QCOMPARE(projects->model()->rowCount(), 2);
        const auto asked =
            std::count_if(rig.transport->requests.cbegin(), rig.transport->requests.cend(),
                          [](const net::HttpRequest &r) { return r.url.endsWith("/api/v1/projects"); });
        QCOMPARE(asked, 1);
    }
};

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
