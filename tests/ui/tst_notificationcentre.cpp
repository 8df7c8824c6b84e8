// The notification centre: its model (checked by QAbstractItemModelTester), what each kind of
// notice says, and the window from the home page's button: the unread count, Enter marking a
// notice read on the server and going to where it happened, and marking all read.

#include "Screens.h"
#include "UiRig.h"

#include "session/Notifications.h"
#include "ui/HomePage.h"
#include "ui/MainWindow.h"
#include "ui/desk/NotificationCentre.h"
#include "ui/desk/NotificationModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace srs;
using namespace srs::testing;
using namespace srs::testing::screens;

namespace {

protocol::NotificationInfo notice(const QString &id, domain::NotificationKind kind, const QString &subject,
                                  const QString &state, const QString &detail, bool read = false)
{
    protocol::NotificationInfo n;
    n.id = id;
    n.kind = domain::notificationKindToString(kind);
    n.notice = {kind, Project, QStringLiteral("S-1"), subject, state, detail};
    n.createdAt = When;
    n.read = read;
    return n;
}

QList<protocol::NotificationInfo> twoNotices()
{
    return {notice("N-2", domain::NotificationKind::RequestReturned, "Income by region", "returned", {}),
            notice("N-1", domain::NotificationKind::EndDateNear, "Project one", "30", "2026-12-20", true)};
}

QByteArray listOf(const QList<protocol::NotificationInfo> &items, int unread)
{
    protocol::NotificationList list;
    list.unread = unread;
    list.items = items;
    return list.toJson();
}

} // namespace

class TestNotificationCentre : public QObject
{
    Q_OBJECT
private slots:
    void theModelHoldsTheNoticesNewestFirst()
    {
        ui::NotificationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNotices(twoNotices());
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(ui::NotificationModel::IdRole).toString(), QString("N-2"));
        QVERIFY(first.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.index(1).data(Qt::FontRole).isValid());
        QVERIFY(first.data(Qt::AccessibleTextRole).toString().startsWith("Unread: "));
        QVERIFY(!model.index(1).data(Qt::AccessibleTextRole).toString().startsWith("Unread"));
        QCOMPARE(first.data().toString(),
                 QString("Your request 'Income by region' (P1) came back for changes."));
        QCOMPARE(model.index(1).data().toString(),
                 QString("Project P1 ends on 20 December 2026 (in 30 days)."));
        model.setNotices({});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.notice(first));
    }

    // Each kind is said in words of its own; a researcher's title is one line, and a kind this
    // client does not know is still said.
    void eachKindIsSaid()
    {
        using K = domain::NotificationKind;
        QStringList said;
        for (int k = int(K::RequestReturned); k <= int(K::BookingCancelled); ++k) {
            const QString text = ui::noticeText(notice("N", K(k), "Title\nBcc: x", "approved", "2026-12-20"));
            QVERIFY2(!text.isEmpty() && !text.contains('\n'), qPrintable(text));
            QVERIFY2(!said.contains(text), qPrintable(text));
            said.append(text);
        }
        protocol::NotificationInfo unknown = notice("N", K::RequestReturned, "x", "y", "z");
        unknown.kind = "something-new";
        QCOMPARE(ui::noticeText(unknown), QString("Something changed in project P1."));
        QCOMPARE(ui::noticeText(notice("N", K::ExtensionDecided, "", "refused", "")),
                 QString("The extension of project P1 was refused."));
    }

    void theButtonCountsAndTheWindowOpensWhereItHappened()
    {
        UiRig rig;
        rig.transport->route("GET", "/api/v1/notifications", 200, listOf(twoNotices(), 1));
        rig.transport->route("POST", "/api/v1/notifications/read", 204, {});
        ui::MainWindow window(&rig.workstation);
        QVERIFY(researcherAtHome(rig, window));
        ui::NotificationButton *button = window.homePage()->notificationButton();
        QTRY_COMPARE(button->text(), QString("&Notifications (1)"));
        QCOMPARE(button->accessibleName(), QString("Notifications: 1 unread"));

        QTest::mouseClick(button, Qt::LeftButton);
        ui::NotificationDialog *dialog = button->dialog();
        QVERIFY(dialog && dialog->isVisible());
        QTRY_COMPARE(dialog->model()->rowCount(), 2);
        QAbstractItemModelTester tester(dialog->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog->list()->currentIndex().row(), 0);

        // Enter on the returned request: marked read on the server, and My submissions shown.
        rig.transport->requests.clear();
        QTest::keyClick(dialog->list(), Qt::Key_Return);
        QTRY_VERIFY(!rig.transport->requests.isEmpty());
        const net::HttpRequest &marked = rig.transport->requests.constFirst();
        QCOMPARE(marked.method, QByteArray("POST"));
        QVERIFY(marked.url.endsWith("/api/v1/notifications/read"));
        QCOMPARE(QJsonDocument::fromJson(marked.body).object()["ids"].toArray().first().toString(),
                 QString("N-2"));
        QCOMPARE(button->text(), QString("&Notifications"));
        QCOMPARE(window.homePage()->sections()->currentIndex(), 1);
        QVERIFY(!dialog->findChild<QPushButton *>("markNotificationRead")->isEnabled());
        QVERIFY(!dialog->findChild<QPushButton *>("markAllNotificationsRead")->isEnabled());
    }

    void markAllReadAsksTheServerOnce()
    {
        UiRig rig;
        rig.transport->route("GET", "/api/v1/notifications", 200, listOf(twoNotices(), 1));
        rig.transport->route("POST", "/api/v1/notifications/read", 204, {});
        ui::MainWindow window(&rig.workstation);
        QVERIFY(researcherAtHome(rig, window));
        ui::NotificationButton *button = window.homePage()->notificationButton();
        QTRY_COMPARE(button->text(), QString("&Notifications (1)"));
        QTest::mouseClick(button, Qt::LeftButton);
        rig.transport->requests.clear();
        auto *all = button->dialog()->findChild<QPushButton *>("markAllNotificationsRead");
        QVERIFY(all->isEnabled());
        QTest::mouseClick(all, Qt::LeftButton);
        QTRY_VERIFY(!rig.transport->requests.isEmpty());
        int posts = 0;
        for (const net::HttpRequest &r : rig.transport->requests) {
            if (r.method == "POST") {
                ++posts;
                QCOMPARE(QJsonDocument::fromJson(r.body).object()["all"].toBool(), true);
            }
        }
        QCOMPARE(posts, 1);
        QCOMPARE(rig.workstation.notifications()->unread(), 0);
        QCOMPARE(button->text(), QString("&Notifications"));
    }

    // Locking forgets the notices; they are asked again on unlock.
    void lockingForgetsThem()
    {
        UiRig rig;
        rig.transport->route("GET", "/api/v1/notifications", 200, listOf(twoNotices(), 1));
        ui::MainWindow window(&rig.workstation);
        QVERIFY(researcherAtHome(rig, window));
        QTRY_COMPARE(rig.workstation.notifications()->items().size(), 2);
        rig.workstation.session()->lock(session::Session::LockReason::Manual, "test");
        QCOMPARE(rig.workstation.notifications()->items().size(), 0);
        QCOMPARE(window.homePage()->notificationButton()->text(), QString("&Notifications"));
    }
};

QTEST_MAIN(TestNotificationCentre)
#include "tst_notificationcentre.moc"
