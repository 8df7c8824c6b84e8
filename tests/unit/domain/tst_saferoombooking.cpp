// Safe-room bookings' rules (domain/SafeRoomBooking.h): every refusal of checkCanBook,
// checkCanCancel and checkCanBlock with its code, the slots and opening hours, and when a
// booking covers a moment. The clock is a fixed Wednesday morning.

#include "domain/SafeRoomBooking.h"

#include <QTest>

using namespace srs::domain;
namespace bookingerr = srs::domain::bookingerr;

namespace {

const QDate Wednesday(2026, 12, 9);
const QDateTime Now(Wednesday, QTime(10, 30));

User researcher(const QString &id = QStringLiteral("u-res"))
{
    User u;
    u.id = id;
    u.username = id;
    u.roles = {Role::Researcher};
    u.declarations = {{DeclarationKind::Security, 1, Now.addDays(-10)}};
    return u;
}

SafeRoom room()
{
    SafeRoom r;
    r.siteId = QStringLiteral("site-1");
    r.name = QStringLiteral("Demo Safe Room");
    r.terminals = {QStringLiteral("sr-01"), QStringLiteral("sr-02")};
    r.closures = {{Wednesday.addDays(1), QStringLiteral("Fire drill")}};
    return r;
}

Project safeRoomProject()
{
    Project p;
    p.id = QStringLiteral("P2");
    p.status = ProjectStatus::Active;
    p.startDate = Wednesday.addDays(-100);
    p.endDate = Wednesday.addDays(100);
    p.homeWorkingApproved = false;
    p.members = {{QStringLiteral("u-res"), ProjectRole::Lead},
                 {QStringLiteral("u-other"), ProjectRole::Member}};
    return p;
}

Booking booking(const QString &user, const QString &terminal, QDate day, BookingSlot slot)
{
    Booking b;
    b.id = QStringLiteral("B-") + user + terminal;
    b.userId = user;
    b.projectId = QStringLiteral("P2");
    b.siteId = QStringLiteral("site-1");
    b.terminal = terminal;
    b.date = day;
    b.slot = slot;
    return b;
}

BookingRequest request()
{
    BookingRequest r;
    r.user = researcher();
    r.project = safeRoomProject();
    r.room = room();
    r.terminal = QStringLiteral("sr-01");
    r.date = Wednesday.addDays(2); // Friday
    r.slot = BookingSlot::Morning;
    r.now = Now;
    return r;
}

QString codeOf(const srs::Status &s)
{
    return s.ok() ? QString() : s.error().code;
}

} // namespace

class TestSafeRoomBooking : public QObject
{
    Q_OBJECT
private slots:
    void slotsAndHours()
    {
        QCOMPARE(bookingSlotToString(BookingSlot::Afternoon), QStringLiteral("afternoon"));
        QCOMPARE(bookingSlotFromString(u"morning"), BookingSlot::Morning);
        QVERIFY(!bookingSlotFromString(u"evening"));
        QVERIFY(slotsOverlap(BookingSlot::Day, BookingSlot::Morning));
        QVERIFY(slotsOverlap(BookingSlot::Afternoon, BookingSlot::Afternoon));
        QVERIFY(!slotsOverlap(BookingSlot::Morning, BookingSlot::Afternoon));
        const SafeRoom r = room();
        QCOMPARE(r.slotStart(BookingSlot::Morning), QTime(9, 0));
        QCOMPARE(r.slotEnd(BookingSlot::Morning), QTime(13, 0));
        QCOMPARE(r.slotStart(BookingSlot::Afternoon), QTime(13, 0));
        QCOMPARE(r.slotEnd(BookingSlot::Day), QTime(17, 0));
        QVERIFY(r.isOpenOn(Wednesday));
        QVERIFY(!r.isOpenOn(Wednesday.addDays(1))); // the closure
        QVERIFY(!r.isOpenOn(Wednesday.addDays(3))); // Saturday
        QVERIFY(OpeningHours{}.isValid());
        QVERIFY(!(OpeningHours{{1, 2}, QTime(14, 0), QTime(17, 0)}).isValid());
        QVERIFY(!(OpeningHours{{1, 1}, QTime(9, 0), QTime(17, 0)}).isValid());
        QVERIFY(!(OpeningHours{{8}, QTime(9, 0), QTime(17, 0)}).isValid());
    }

    void needsSafeRoom()
    {
        Project p = safeRoomProject();
        QVERIFY(projectNeedsSafeRoom(p, {}));
        p.homeWorkingApproved = true;
        QVERIFY(!projectNeedsSafeRoom(p, {}));
        p.datasetIds = {QStringLiteral("D2")};
        const Dataset closed{QStringLiteral("D2"), {}, {}, DatasetAccess::SafeRoomOnly};
        QVERIFY(projectNeedsSafeRoom(p, {closed}));
    }

    void checkCanBook_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<QString>("code");
        QTest::newRow("allowed") << 0 << QString();
        QTest::newRow("no security declaration") << 1 << bookingerr::DeclarationMissing;
        QTest::newRow("old security declaration") << 2 << bookingerr::DeclarationMissing;
        QTest::newRow("not a member") << 3 << bookingerr::NotAMember;
        QTest::newRow("no such project") << 4 << bookingerr::NotAMember;
        QTest::newRow("project suspended") << 5 << bookingerr::ProjectNotActive;
        QTest::newRow("after the project's end") << 6 << bookingerr::ProjectNotActive;
        QTest::newRow("home working approved, no safe-room data") << 7 << bookingerr::NotNeeded;
        QTest::newRow("yesterday") << 8 << bookingerr::DatePast;
        QTest::newRow("this morning's slot is running: still bookable") << 9 << QString();
        QTest::newRow("an afternoon today is to come") << 10 << QString();
        QTest::newRow("61 days ahead") << 11 << bookingerr::BeyondHorizon;
        QTest::newRow("60 days ahead") << 12 << QString();
        QTest::newRow("closure") << 13 << bookingerr::RoomClosed;
        QTest::newRow("Saturday") << 14 << bookingerr::RoomClosed;
        QTest::newRow("unknown terminal") << 15 << bookingerr::UnknownTerminal;
        QTest::newRow("terminal blocked") << 16 << bookingerr::TerminalBlocked;
        QTest::newRow("block of another terminal") << 17 << QString();
        QTest::newRow("terminal taken all day") << 18 << bookingerr::TerminalTaken;
        QTest::newRow("terminal taken in the afternoon only") << 19 << QString();
        QTest::newRow("a cancelled booking frees it") << 20 << QString();
        QTest::newRow("person has another terminal then") << 21 << bookingerr::PersonBusy;
        QTest::newRow("today's morning, ended") << 22 << bookingerr::DatePast;
    }
    void checkCanBook()
    {
        QFETCH(int, change);
        QFETCH(QString, code);
        BookingRequest r = request();
        BookingRules rules;
        switch (change) {
        case 1:
            r.user.declarations.clear();
            break;
        case 2:
            rules.securityDeclarationVersion = 2;
            break;
        case 3:
            r.user = researcher(QStringLiteral("u-stranger"));
            break;
        case 4:
            r.project.reset();
            break;
        case 5:
            r.project->status = ProjectStatus::Suspended;
            break;
        case 6:
            r.project->endDate = Wednesday.addDays(1);
            break;
        case 7:
            r.project->homeWorkingApproved = true;
            break;
        case 8:
            r.date = Wednesday.addDays(-1);
            break;
        case 9:
            r.date = Wednesday;
            break; // 10:30, the morning ends at 13:00
        case 10:
            r.date = Wednesday;
            r.slot = BookingSlot::Afternoon;
            break;
        case 11:
            r.date = Wednesday.addDays(61);
            r.room.hours.days = {1, 2, 3, 4, 5, 6, 7};
            break;
        case 12:
            r.date = Wednesday.addDays(60);
            r.room.hours.days = {1, 2, 3, 4, 5, 6, 7};
            break;
        case 13:
            r.date = Wednesday.addDays(1);
            break;
        case 14:
            r.date = Wednesday.addDays(3);
            break;
        case 15:
            r.terminal = QStringLiteral("sr-99");
            break;
        case 16:
            r.blocks = {{QStringLiteral("K-1"),
                         QStringLiteral("site-1"),
                         QStringLiteral("sr-01"),
                         Wednesday,
                         r.date,
                         QStringLiteral("broken screen"),
                         {}}};
            break;
        case 17:
            r.blocks = {{QStringLiteral("K-1"),
                         QStringLiteral("site-1"),
                         QStringLiteral("sr-02"),
                         Wednesday,
                         r.date,
                         QStringLiteral("broken screen"),
                         {}}};
            break;
        case 18:
            r.roomBookings = {
                booking(QStringLiteral("u-other"), QStringLiteral("sr-01"), r.date, BookingSlot::Day)};
            break;
        case 19:
            r.roomBookings = {
                booking(QStringLiteral("u-other"), QStringLiteral("sr-01"), r.date, BookingSlot::Afternoon)};
            break;
        case 20:
            r.roomBookings = {
                booking(QStringLiteral("u-other"), QStringLiteral("sr-01"), r.date, BookingSlot::Day)};
            r.roomBookings.first().cancelled = true;
            break;
        case 21:
            r.personBookings = {
                booking(QStringLiteral("u-res"), QStringLiteral("sr-02"), r.date, BookingSlot::Day)};
            break;
        case 22:
            r.date = Wednesday;
            r.now = QDateTime(Wednesday, QTime(13, 0));
            break;
        default:
            break;
        }
        const srs::Status s = srs::domain::checkCanBook(r, rules);
        QCOMPARE(codeOf(s), code);
        QCOMPARE(canBook(r, rules), code.isEmpty());
        if (!s.ok())
            QVERIFY(!s.error().message.isEmpty());
    }

    void checkCanCancel()
    {
        const SafeRoom r = room();
        Booking mine = booking(QStringLiteral("u-res"), QStringLiteral("sr-01"), Wednesday.addDays(2),
                               BookingSlot::Morning);
        QVERIFY(canCancel(mine, researcher(), r, Now));
        QCOMPARE(codeOf(srs::domain::checkCanCancel(mine, researcher(QStringLiteral("u-other")), r, Now)),
                 bookingerr::NotYours);
        Booking cancelled = mine;
        cancelled.cancelled = true;
        QCOMPARE(codeOf(srs::domain::checkCanCancel(cancelled, researcher(), r, Now)),
                 bookingerr::AlreadyCancelled);
        Booking thisMorning =
            booking(QStringLiteral("u-res"), QStringLiteral("sr-01"), Wednesday, BookingSlot::Morning);
        QVERIFY(canCancel(thisMorning, researcher(), r, Now)); // running, not over
        QCOMPARE(codeOf(srs::domain::checkCanCancel(thisMorning, researcher(), r,
                                                    QDateTime(Wednesday, QTime(13, 0)))),
                 bookingerr::Over);
        Booking yesterday = booking(QStringLiteral("u-res"), QStringLiteral("sr-01"), Wednesday.addDays(-1),
                                    BookingSlot::Day);
        QCOMPARE(codeOf(srs::domain::checkCanCancel(yesterday, researcher(), r, Now)), bookingerr::Over);
    }

    void checkCanBlock()
    {
        QCOMPARE(codeOf(srs::domain::checkCanBlock(researcher())), bookingerr::NotSupportStaff);
        User checker = researcher();
        checker.roles = {Role::OutputChecker};
        QVERIFY(!canBlock(checker));
        User admin = researcher();
        admin.roles = {Role::Administrator};
        QVERIFY(canBlock(admin));
    }

    void covers_data()
    {
        QTest::addColumn<int>("slot");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<bool>("covers");
        QTest::newRow("morning at 09:00")
            << int(BookingSlot::Morning) << QDateTime(Wednesday, QTime(9, 0)) << true;
        QTest::newRow("morning at 08:59")
            << int(BookingSlot::Morning) << QDateTime(Wednesday, QTime(8, 59)) << false;
        QTest::newRow("morning at 13:00")
            << int(BookingSlot::Morning) << QDateTime(Wednesday, QTime(13, 0)) << false;
        QTest::newRow("afternoon at 13:00")
            << int(BookingSlot::Afternoon) << QDateTime(Wednesday, QTime(13, 0)) << true;
        QTest::newRow("afternoon at 17:00")
            << int(BookingSlot::Afternoon) << QDateTime(Wednesday, QTime(17, 0)) << false;
        QTest::newRow("day at 16:59") << int(BookingSlot::Day) << QDateTime(Wednesday, QTime(16, 59)) << true;
        QTest::newRow("day, the next day")
            << int(BookingSlot::Day) << QDateTime(Wednesday.addDays(1), QTime(10, 0)) << false;
    }
    void covers()
    {
        QFETCH(int, slot);
        QFETCH(QDateTime, at);
        QFETCH(bool, covers);
        const SafeRoom r = room();
        Booking b = booking(QStringLiteral("u-res"), QStringLiteral("sr-01"), Wednesday, BookingSlot(slot));
        QCOMPARE(bookingCovers(b, r, at), covers);
        b.cancelled = true;
        QVERIFY(!bookingCovers(b, r, at));
        b.cancelled = false;
        SafeRoom other = r;
        other.siteId = QStringLiteral("site-2");
        QVERIFY(!bookingCovers(b, other, at));
    }
};

QTEST_GUILESS_MAIN(TestSafeRoomBooking)
#include "tst_saferoombooking.moc"
