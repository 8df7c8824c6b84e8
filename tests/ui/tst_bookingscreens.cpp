// The safe-room booking screens of the service desk, over a scripted server: a researcher sees
// their bookings (each model checked by QAbstractItemModelTester as it changes), cancels one still
// to come, and books a terminal in "Book a terminal…" after seeing the room's half-days (never by
// whom); an administrator sees a room's day with names and blocks a terminal; the sign-in refusal
// at a safe room without a booking says so. At 1024×700, every control with an accessible name.

#include "Screens.h"
#include "UiRig.h"

#include "protocol/BookingMessages.h"
#include "session/SafeRoomBookings.h"
#include "ui/HomePage.h"
#include "ui/MainWindow.h"
#include "ui/bookings/BlockTerminalDialog.h"
#include "ui/bookings/BookTerminalDialog.h"
#include "ui/bookings/BookingModels.h"
#include "ui/bookings/BookingsPanel.h"
#include "ui/bookings/SafeRoomsPanel.h"
#include "ui/desk/ServiceDesk.h"
#include "ui/signin/Refusals.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace srs;
using namespace srs::testing;
using namespace srs::testing::screens;

namespace {

// The days of the script, far ahead of any clock the test runs under.
const QDate Friday(2030, 1, 4);

protocol::SafeRoomList rooms()
{
    domain::SafeRoom r;
    r.siteId = QStringLiteral("site-1");
    r.name = QStringLiteral("Demo Safe Room");
    r.terminals = {QStringLiteral("sr-demo-01"), QStringLiteral("sr-demo-02")};
    r.closures = {{Friday.addDays(3), QStringLiteral("Fire drill")}};
    return {{{r}}};
}

protocol::BookingInfo bookingOf(const QString &id, QDate day, domain::BookingSlot slot,
                                const QString &terminal)
{
    protocol::BookingInfo b;
    b.id = id;
    b.roomId = QStringLiteral("site-1");
    b.roomName = QStringLiteral("Demo Safe Room");
    b.terminal = terminal;
    b.date = day;
    b.slot = slot;
    b.projectId = Project;
    return b;
}

protocol::Availability availability()
{
    protocol::Availability a;
    a.roomId = QStringLiteral("site-1");
    a.from = a.to = Friday;
    a.cells = {
        {Friday, QStringLiteral("sr-demo-01"), domain::BookingSlot::Morning, QStringLiteral("booked"), {}},
        {Friday, QStringLiteral("sr-demo-01"), domain::BookingSlot::Afternoon, QStringLiteral("free"), {}},
        {Friday, QStringLiteral("sr-demo-02"), domain::BookingSlot::Morning, QStringLiteral("mine"), {}},
        {Friday, QStringLiteral("sr-demo-02"), domain::BookingSlot::Afternoon, QStringLiteral("blocked"),
         QStringLiteral("new screen")}};
    return a;
}

// A project without home working: it needs a safe room.
QByteArray projectsNeedingSafeRoom()
{
    protocol::ProjectInfo p = project();
    p.project.homeWorkingApproved = false;
    return protocol::encodeProjectList({p});
}

void routeBookings(UiRig &rig)
{
    rig.transport->route("GET", QStringLiteral("/api/v1/safe-rooms"), 200, rooms().toJson());
    rig.transport->route(
        "GET", QStringLiteral("/api/v1/bookings/mine"), 200,
        protocol::BookingList{{bookingOf(QStringLiteral("B-1"), Friday, domain::BookingSlot::Morning,
                                         QStringLiteral("sr-demo-02"))}}
            .toJson());
    rig.transport->route("GET", QStringLiteral("/api/v1/safe-rooms/site-1/availability"), 200,
                         availability().toJson());
}

bool everyControlNamed(QWidget *root, QStringList *unnamed)
{
    for (QWidget *w : root->findChildren<QWidget *>()) {
        // The screens' own controls (Qt's parts inside them, such as a table's corner button, have
        // no object name).
        if (w->objectName().isEmpty() || w->objectName().startsWith(u"qt_"))
            continue;
        if (!qobject_cast<QComboBox *>(w) && !qobject_cast<QTableView *>(w) &&
            !qobject_cast<QAbstractButton *>(w))
            continue;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        if (!a || a->text(QAccessible::Name).isEmpty())
            unnamed->append(w->objectName());
    }
    return unnamed->isEmpty();
}

} // namespace

class TestBookingScreens : public QObject
{
    Q_OBJECT
private slots:
    void researcherBooksAndCancels()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        window.resize(1024, 700);
        auto *panel = window.findChild<ui::BookingsPanel *>();
        QVERIFY(panel);
        new QAbstractItemModelTester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     panel->model());
        routeBookings(rig);
        routeResearcher(rig);
        rig.transport->route("GET", QStringLiteral("/api/v1/projects"), 200, projectsNeedingSafeRoom());
        QVERIFY(startOnVpn(rig, window));
        QVERIFY(signInThroughForm(rig, window,
                                  sessionFor(QStringLiteral("asha.patel"), QStringLiteral("Asha Patel"),
                                             {domain::Role::Researcher})));
        ui::ServiceDesk *desk = window.homePage()->serviceDesk();
        QVERIFY(desk->indexOf(panel) >= 0);
        QCOMPARE(desk->indexOf(window.findChild<ui::SafeRoomsPanel *>()), -1); // not an administrator
        QTRY_COMPARE(panel->model()->rowCount(), 1);
        const QModelIndex first = panel->model()->index(0, ui::MyBookingsModel::TerminalColumn);
        QCOMPARE(first.data().toString(), QStringLiteral("sr-demo-02"));
        QVERIFY(
            panel->model()->index(0, ui::MyBookingsModel::TimeColumn).data().toString().contains(u"13:00"));
        QCOMPARE(panel->model()->index(0, ui::MyBookingsModel::StatusColumn).data().toString(),
                 QStringLiteral("Booked"));

        // Cancel: the row chosen, the button pressed, the server's answer shown.
        auto *table = panel->findChild<QTableView *>(QStringLiteral("myBookingsTable"));
        auto *cancel = panel->findChild<QPushButton *>(QStringLiteral("cancelBookingButton"));
        QTRY_VERIFY(!panel->bookings()->rooms().isEmpty());
        table->setCurrentIndex(panel->model()->index(0, 0));
        QVERIFY(cancel->isEnabled());
        protocol::BookingInfo cancelled = bookingOf(
            QStringLiteral("B-1"), Friday, domain::BookingSlot::Morning, QStringLiteral("sr-demo-02"));
        cancelled.cancelled = true;
        rig.transport->route("POST", QStringLiteral("/api/v1/bookings/B-1/cancel"), 200, cancelled.toJson());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE(panel->model()->index(0, ui::MyBookingsModel::StatusColumn).data().toString(),
                     QStringLiteral("Cancelled"));
        table->setCurrentIndex(panel->model()->index(0, 0));
        QVERIFY(!cancel->isEnabled()); // cancelled already

        // Book a terminal: the room's half-days for the day chosen, never who took them.
        panel->openBookDialog();
        ui::BookTerminalDialog *dialog = panel->bookDialog();
        QVERIFY(dialog);
        new QAbstractItemModelTester(dialog->availabilityModel(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     dialog->availabilityModel());
        dialog->choose(QStringLiteral("site-1"), Friday, 1, Project, QStringLiteral("sr-demo-01"));
        QAbstractItemModel *cells = dialog->availabilityModel();
        QTRY_COMPARE(cells->rowCount(), 2);
        QCOMPARE(cells->index(0, ui::HalfDayModel::MorningColumn).data().toString(),
                 QStringLiteral("Booked"));
        QCOMPARE(cells->index(1, ui::HalfDayModel::MorningColumn).data().toString(),
                 QStringLiteral("Your booking"));
        QCOMPARE(cells->index(1, ui::HalfDayModel::AfternoonColumn).data().toString(),
                 QStringLiteral("Out of use: new screen"));
        QStringList unnamed;
        QVERIFY2(everyControlNamed(dialog, &unnamed), qPrintable(unnamed.join(u", ")));

        // A refusal stays in the dialog, and nothing is lost.
        rig.transport->route(
            "POST", QStringLiteral("/api/v1/bookings"), 409,
            R"({"code":"booking.terminal-taken","message":"Terminal sr-demo-01 is already booked."})");
        QTest::mouseClick(dialog->bookButton(), Qt::LeftButton);
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("bookStatusLabel"));
        QTRY_VERIFY(status->text().contains(u"already booked"));
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->bookButton()->isEnabled());
        const QByteArray sent = rig.transport->requests.last().body;
        QCOMPARE(QJsonDocument::fromJson(sent)[QStringLiteral("terminal")].toString(),
                 QStringLiteral("sr-demo-01"));
        QCOMPARE(QJsonDocument::fromJson(sent)[QStringLiteral("slot")].toString(),
                 QStringLiteral("afternoon"));
        QCOMPARE(QJsonDocument::fromJson(sent)[QStringLiteral("project")].toString(), Project);

        // Accepted: the dialog closes and the booking is listed.
        rig.transport->route("POST", QStringLiteral("/api/v1/bookings"), 201,
                             bookingOf(QStringLiteral("B-2"), Friday, domain::BookingSlot::Afternoon,
                                       QStringLiteral("sr-demo-01"))
                                 .toJson());
        QTest::mouseClick(dialog->bookButton(), Qt::LeftButton);
        QTRY_VERIFY(!panel->bookDialog());
        QCOMPARE(panel->model()->rowCount(), 2);
        QCOMPARE(panel->model()->index(0, ui::MyBookingsModel::TerminalColumn).data().toString(),
                 QStringLiteral("sr-demo-01"));

        QVERIFY2(everyControlNamed(panel, &unnamed), qPrintable(unnamed.join(u", ")));
        // Locking forgets what was shown.
        panel->clear();
        QCOMPARE(panel->model()->rowCount(), 0);
    }

    void administratorSeesTheDayAndBlocks()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        window.resize(1024, 700);
        auto *panel = window.findChild<ui::SafeRoomsPanel *>();
        QVERIFY(panel);
        new QAbstractItemModelTester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     panel->model());
        routeBookings(rig);
        protocol::RoomDay day;
        day.room = rooms().rooms.first();
        day.date = Friday;
        protocol::BookingInfo taken =
            bookingOf(QStringLiteral("B-1"), Friday, domain::BookingSlot::Day, QStringLiteral("sr-demo-01"));
        taken.personName = QStringLiteral("Megan Davies");
        day.bookings = {taken};
        rig.transport->route("GET", QStringLiteral("/api/v1/safe-rooms/site-1/day"), 200, day.toJson());
        QVERIFY(startOnVpn(rig, window));
        QVERIFY(signInThroughForm(rig, window,
                                  sessionFor(QStringLiteral("priya.shah"), QStringLiteral("Priya Shah"),
                                             {domain::Role::Administrator})));
        ui::ServiceDesk *desk = window.homePage()->serviceDesk();
        QVERIFY(desk->indexOf(panel) >= 0);
        QCOMPARE(desk->indexOf(window.findChild<ui::BookingsPanel *>()), -1); // not a researcher
        panel->refresh();
        QTRY_COMPARE(panel->model()->rowCount(), 2);
        panel->showDay(QStringLiteral("site-1"), Friday);
        QTRY_COMPARE(panel->model()->index(0, ui::HalfDayModel::AfternoonColumn).data().toString(),
                     QStringLiteral("Megan Davies (project P1)"));
        QCOMPARE(panel->model()->index(1, ui::HalfDayModel::MorningColumn).data().toString(),
                 QStringLiteral("Free"));

        protocol::BlockInfo blocked;
        blocked.block = {QStringLiteral("K-1"),
                         QStringLiteral("site-1"),
                         QStringLiteral("sr-demo-01"),
                         Friday,
                         Friday,
                         QStringLiteral("Screen replaced"),
                         QStringLiteral("u-priya.shah")};
        blocked.cancelledBookings = {QStringLiteral("B-1")};
        rig.transport->route("POST", QStringLiteral("/api/v1/safe-rooms/site-1/terminals/sr-demo-01/blocks"),
                             201, blocked.toJson());
        auto *blockButton = panel->findChild<QPushButton *>(QStringLiteral("blockTerminalButton"));
        QVERIFY(blockButton->isEnabled());
        QTest::mouseClick(blockButton, Qt::LeftButton);
        ui::BlockTerminalDialog *dialog = panel->blockDialog();
        QVERIFY(dialog);
        auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmBlockButton"));
        QVERIFY(!confirm->isEnabled()); // no reason yet
        dialog->choose(QStringLiteral("sr-demo-01"), Friday, Friday, QStringLiteral("Screen replaced"));
        QVERIFY(confirm->isEnabled());
        QTest::mouseClick(confirm, Qt::LeftButton);
        auto *status = panel->findChild<QLabel *>(QStringLiteral("safeRoomsStatusLabel"));
        QTRY_VERIFY(status->text().contains(u"sr-demo-01"));
        bool sent = false;
        for (const net::HttpRequest &r : rig.transport->requests)
            if (r.method == "POST" && r.url.contains(u"/blocks"))
                sent = QJsonDocument::fromJson(r.body)[QStringLiteral("reason")].toString() ==
                       QStringLiteral("Screen replaced");
        QVERIFY(sent);
        QStringList unnamed;
        QVERIFY2(everyControlNamed(panel, &unnamed), qPrintable(unnamed.join(u", ")));

        // Ctrl+Tab leaves the room box (which would read it as text to search for) for the next
        // tab, and Ctrl+Shift+Tab comes back.
        window.show();
        window.activateWindow();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.homePage()->showSection(4); // the service desk
        desk->setCurrentWidget(panel);
        QVERIFY(panel->isVisible());
        auto *room = panel->findChild<QComboBox *>(QStringLiteral("safeRoomCombo"));
        room->setFocus();
        QTRY_VERIFY(room->hasFocus());
        const int at = desk->currentIndex();
        QTest::keyClick(room, Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(desk->currentIndex(), (at + 1) % desk->count());
        QVERIFY(desk->currentWidget()->isAncestorOf(QApplication::focusWidget()) ||
                desk->currentWidget() == QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(desk->currentIndex(), at);
    }

    void signInRefusedWithoutABooking()
    {
        api::ApiFailure f;
        f.kind = api::ApiFailure::Kind::Refused;
        f.httpStatus = 403;
        f.serverCode = QStringLiteral("safe-room-booking-required");
        f.message =
            QStringLiteral("Signing in at Demo Safe Room needs a booking of this room now, and you have "
                           "none. Your next booking is on 4 January 2030 (morning) in Demo Safe Room, "
                           "terminal sr-demo-02.");
        f.details = {{QStringLiteral("next_booking_date"), QStringLiteral("2030-01-04")},
                     {QStringLiteral("next_booking_slot"), QStringLiteral("morning")},
                     {QStringLiteral("next_booking_room"), QStringLiteral("Demo Safe Room")},
                     {QStringLiteral("next_booking_terminal"), QStringLiteral("sr-demo-02")}};
        const ui::Explanation e = ui::explainSignInFailure(f);
        QCOMPARE(e.title, QStringLiteral("You need a booking for this safe room"));
        QVERIFY(e.message.contains(u"4 January 2030"));
        f.details.clear();
        f.message = QStringLiteral("Signing in at Demo Safe Room needs a booking of this room now.");
        QVERIFY(ui::explainSignInFailure(f).message.contains(u"no booking to come"));
    }
};

QTEST_MAIN(TestBookingScreens)
#include "tst_bookingscreens.moc"
