// Safe-room bookings through the real server over mutual TLS, on SQLite and on PostgreSQL
// (SRS_TEST_BACKEND): with safe_room.require_booking on, signing in at the safe-room terminal is
// refused without a booking of the room now, the refusal naming the next booking in its message
// and details, and allowed once booked (support staff are exempt); the booking rules as the
// server applies them; cancelling; and an administrator's view of a room's day and terminal
// blocks, which cancel the bookings they cover. The server's clock is moved to a Wednesday at
// 10:00 (Europe/London), so nothing depends on when the test runs. The last test starts the
// server program itself with the setting in its configuration file.

#include "ApiHarness.h"
#include "ServerProcess.h"

#include "crypto/Crypto.h"
#include "crypto/Totp.h"
#include "domain/SafeRoomBooking.h"
#include "protocol/BookingMessages.h"
#include "services/ServerConfig.h"
#include "store/BookingRepository.h"
#include "store/ProjectRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace srs;
using namespace srs::testing;

namespace {

const QString Room = QStringLiteral("site-1");

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestBookingsApi : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ApiHarness> m_api;
    QDate m_wednesday; // "today" on the server's clock, at 10:00 in London

    QString signIn(const QString &user, Device device, Reply *reply = nullptr)
    {
        m_api->advance(30); // a fresh TOTP time step for every sign-in
        return m_api->signIn(user, device, reply);
    }
    Reply book(const QString &token, QDate day, const char *slot,
               const QString &project = QStringLiteral("P2"), const QString &terminal = {})
    {
        QJsonObject body{{QStringLiteral("room"), Room},
                         {QStringLiteral("date"), day.toString(Qt::ISODate)},
                         {QStringLiteral("slot"), QString::fromLatin1(slot)},
                         {QStringLiteral("project"), project}};
        if (!terminal.isEmpty())
            body.insert(QStringLiteral("terminal"), terminal);
        return m_api->call("POST", QStringLiteral("/api/v1/bookings"), json(body), token, Device::Laptop);
    }

private slots:
    void init()
    {
        m_api = std::make_unique<ApiHarness>();
        m_api->setConfigure([](server::ServerConfig &c) { c.safeRoomRequireBooking = true; });
        QVERIFY2(m_api->start(), qPrintable(m_api->error()));
        // The server's clock to the next Wednesday (a day or more ahead) at 10:00 in London.
        const QTimeZone london(QByteArrayLiteral("Europe/London"));
        const QDate today = m_api->now().toTimeZone(london).date();
        m_wednesday = today.addDays(1);
        while (m_wednesday.dayOfWeek() != Qt::Wednesday)
            m_wednesday = m_wednesday.addDays(1);
        m_api->advance(m_api->now().secsTo(QDateTime(m_wednesday, QTime(10, 0), london)));
        store::Database &db = m_api->context().database();
        QVERIFY(store::BookingRepository(db).addClosure(
            Room, {m_wednesday.addDays(1), QStringLiteral("Fire drill")}));
        // A second member of P2 (no home working: it needs a safe room).
        QVERIFY(store::ProjectRepository(db).setMember(QStringLiteral("P2"), QStringLiteral("u-sup"),
                                                       domain::ProjectRole::Member));
    }
    void cleanup() { m_api.reset(); }

    void signInAtTheSafeRoomNeedsABooking()
    {
        Reply r;
        QVERIFY(signIn(QStringLiteral("res"), Device::SafeRoom, &r).isEmpty());
        QCOMPARE(r.status, 403);
        QCOMPARE(r.code(), QStringLiteral("safe-room-booking-required"));
        QVERIFY2(
            r.json.value(QStringLiteral("message")).toString().contains(QStringLiteral("Demo Safe Room")),
            r.body.constData());
        QVERIFY(!r.json.contains(QStringLiteral("details"))); // no booking to come

        // Booked for Friday morning (from the laptop): refused still, naming that booking.
        const QString laptop = signIn(QStringLiteral("res"), Device::Laptop);
        QVERIFY(!laptop.isEmpty());
        const QDate friday = m_wednesday.addDays(2);
        Reply booked = book(laptop, friday, "morning");
        QCOMPARE(booked.status, 201);
        QCOMPARE(booked.json.value(QStringLiteral("terminal")).toString(), QStringLiteral("sr-demo-01"));
        QVERIFY(signIn(QStringLiteral("res"), Device::SafeRoom, &r).isEmpty());
        QCOMPARE(r.code(), QStringLiteral("safe-room-booking-required"));
        const QJsonObject details = r.json.value(QStringLiteral("details")).toObject();
        QCOMPARE(details.value(QLatin1StringView(protocol::nextbooking::Date)).toString(),
                 friday.toString(Qt::ISODate));
        QCOMPARE(details.value(QLatin1StringView(protocol::nextbooking::Slot)).toString(),
                 QStringLiteral("morning"));
        QCOMPARE(details.value(QLatin1StringView(protocol::nextbooking::Room)).toString(),
                 QStringLiteral("Demo Safe Room"));
        QVERIFY(r.json.value(QStringLiteral("message")).toString().contains(QStringLiteral("next booking")));

        // Booked for this morning (any terminal of the room will do): allowed.
        QCOMPARE(
            book(laptop, m_wednesday, "morning", QStringLiteral("P2"), QStringLiteral("sr-demo-02")).status,
            201);
        QVERIFY(!signIn(QStringLiteral("res"), Device::SafeRoom, &r).isEmpty());
        QCOMPARE(r.status, 201);
        // Support staff are exempt.
        QVERIFY(!signIn(QStringLiteral("checker"), Device::SafeRoom).isEmpty());
        QVERIFY(!signIn(QStringLiteral("admin"), Device::SafeRoom).isEmpty());
    }

    void theRulesAsTheServerAppliesThem()
    {
        const QString res = signIn(QStringLiteral("res"), Device::Laptop);
        const QString sup = signIn(QStringLiteral("sup"), Device::Laptop);
        QVERIFY(!res.isEmpty() && !sup.isEmpty());
        const QDate friday = m_wednesday.addDays(2);
        QCOMPARE(book(res, m_wednesday.addDays(1), "day").code(), QStringLiteral("booking.room-closed"));
        QCOMPARE(book(res, m_wednesday.addDays(3), "day").code(), QStringLiteral("booking.room-closed"));
        QCOMPARE(book(res, m_wednesday.addDays(-1), "day").code(), QStringLiteral("booking.date-past"));
        QCOMPARE(book(res, m_wednesday.addDays(63), "day").code(), QStringLiteral("booking.beyond-horizon"));
        QCOMPARE(book(res, friday, "day", QStringLiteral("P1")).code(),
                 QStringLiteral("booking.safe-room-not-needed"));
        QCOMPARE(book(res, friday, "day", QStringLiteral("P2"), QStringLiteral("sr-demo-09")).code(),
                 QStringLiteral("booking.unknown-terminal"));
        QCOMPARE(book(res, friday, "evening").status, 400);

        // sup takes sr-demo-01 all day: res cannot have it, and is given sr-demo-02 when no
        // terminal is named; then res is busy that morning.
        QCOMPARE(book(sup, friday, "day", QStringLiteral("P2"), QStringLiteral("sr-demo-01")).status, 201);
        Reply taken = book(res, friday, "morning", QStringLiteral("P2"), QStringLiteral("sr-demo-01"));
        QCOMPARE(taken.status, 409);
        QCOMPARE(taken.code(), QStringLiteral("booking.terminal-taken"));
        Reply any = book(res, friday, "morning");
        QCOMPARE(any.status, 201);
        QCOMPARE(any.json.value(QStringLiteral("terminal")).toString(), QStringLiteral("sr-demo-02"));
        QCOMPARE(book(res, friday, "day").code(), QStringLiteral("booking.person-busy"));
        // Both terminals taken on Friday morning now.
        const QString prov = signIn(QStringLiteral("prov"), Device::Laptop);
        QVERIFY(store::ProjectRepository(m_api->context().database())
                    .setMember(QStringLiteral("P2"), QStringLiteral("u-prov"), domain::ProjectRole::Member));
        Reply full = book(prov, friday, "morning");
        QCOMPARE(full.code(), QStringLiteral("booking.terminal-taken"));
        QVERIFY(
            full.json.value(QStringLiteral("message")).toString().contains(QStringLiteral("Every terminal")));

        // Availability says taken, never by whom; the caller's own half-days are "mine".
        Reply a = m_api->call("GET",
                              QStringLiteral("/api/v1/safe-rooms/site-1/availability?from=%1&to=%2")
                                  .arg(m_wednesday.toString(Qt::ISODate), friday.toString(Qt::ISODate)),
                              {}, res, Device::Laptop);
        QCOMPARE(a.status, 200);
        QVERIFY(!a.body.contains("SUP") && !a.body.contains("u-sup"));
        auto availability = protocol::Availability::fromJson(a.body);
        QVERIFY2(availability.ok(), a.body.constData());
        QCOMPARE(availability->cells.size(), 3 * 2 * 2); // days x terminals x halves
        QStringList fridayStates;
        for (const protocol::AvailabilityCell &c : availability->cells) {
            if (c.date == m_wednesday.addDays(1))
                QCOMPARE(c.state, QStringLiteral("closed"));
            if (c.date == friday)
                fridayStates << c.terminal + QLatin1Char(' ') + domain::bookingSlotToString(c.slot) +
                                    QLatin1Char(' ') + c.state;
        }
        QCOMPARE(fridayStates, (QStringList{"sr-demo-01 morning booked", "sr-demo-01 afternoon booked",
                                            "sr-demo-02 morning mine", "sr-demo-02 afternoon free"}));
        QCOMPARE(m_api
                     ->call("GET",
                            QStringLiteral("/api/v1/safe-rooms/site-1/availability?from=%1&to=%2")
                                .arg(friday.toString(Qt::ISODate), m_wednesday.toString(Qt::ISODate)),
                            {}, res, Device::Laptop)
                     .status,
                 400);

        Reply rooms = m_api->call("GET", QStringLiteral("/api/v1/safe-rooms"), {}, res, Device::Laptop);
        auto list = protocol::SafeRoomList::fromJson(rooms.body);
        QVERIFY2(list.ok(), rooms.body.constData());
        QCOMPARE(list->rooms.size(), 1);
        QCOMPARE(list->rooms.first().room.terminals, (QStringList{"sr-demo-01", "sr-demo-02"}));
        QCOMPARE(list->rooms.first().room.closures.size(), 1);
    }

    void cancelling()
    {
        const QString res = signIn(QStringLiteral("res"), Device::Laptop);
        const QString sup = signIn(QStringLiteral("sup"), Device::Laptop);
        const int before = m_api->auditEventCount();
        Reply booked = book(res, m_wednesday.addDays(2), "afternoon");
        QCOMPARE(booked.status, 201);
        const QString id = booked.json.value(QStringLiteral("id")).toString();
        const QString cancel = QStringLiteral("/api/v1/bookings/%1/cancel").arg(id);
        Reply theirs = m_api->call("POST", cancel, "", sup, Device::Laptop);
        QCOMPARE(theirs.status, 403);
        QCOMPARE(theirs.code(), QStringLiteral("booking.not-yours"));
        Reply mine = m_api->call("POST", cancel, "", res, Device::Laptop);
        QCOMPARE(mine.status, 200);
        QVERIFY(mine.json.value(QStringLiteral("cancelled")).toBool());
        QCOMPARE(m_api->call("POST", cancel, "", res, Device::Laptop).code(),
                 QStringLiteral("booking.already-cancelled"));
        // booking.made, the refusal of sup, booking.cancelled (and the refusal of the second cancel).
        QVERIFY(m_api->auditEventCount() >= before + 3);
        auto list = protocol::BookingList::fromJson(
            m_api->call("GET", QStringLiteral("/api/v1/bookings/mine"), {}, res, Device::Laptop).body);
        QVERIFY(list.ok());
        QCOMPARE(list->bookings.size(), 1);
        QVERIFY(list->bookings.first().cancelled);
        // The half-day is free again.
        QCOMPARE(
            book(sup, m_wednesday.addDays(2), "afternoon", QStringLiteral("P2"), QStringLiteral("sr-demo-01"))
                .status,
            201);
    }

    void administratorsSeeTheDayAndBlockTerminals()
    {
        const QString res = signIn(QStringLiteral("res"), Device::Laptop);
        const QString admin = signIn(QStringLiteral("admin"), Device::Laptop);
        const QDate friday = m_wednesday.addDays(2);
        Reply booked = book(res, friday, "day", QStringLiteral("P2"), QStringLiteral("sr-demo-02"));
        QCOMPARE(booked.status, 201);
        const QString dayPath =
            QStringLiteral("/api/v1/safe-rooms/site-1/day?date=%1").arg(friday.toString(Qt::ISODate));
        auto day = protocol::RoomDay::fromJson(m_api->call("GET", dayPath, {}, admin, Device::Laptop).body);
        QVERIFY(day.ok());
        QCOMPARE(day->bookings.size(), 1);
        QCOMPARE(day->bookings.first().personName, QStringLiteral("RES"));
        QCOMPARE(m_api->call("GET", dayPath, {}, res, Device::Laptop).code(),
                 QStringLiteral("booking.not-support-staff"));

        const QByteArray blockBody = json({{QStringLiteral("from"), friday.toString(Qt::ISODate)},
                                           {QStringLiteral("to"), friday.addDays(3).toString(Qt::ISODate)},
                                           {QStringLiteral("reason"), QStringLiteral("Screen replaced")}});
        const QString blocks = QStringLiteral("/api/v1/safe-rooms/site-1/terminals/sr-demo-02/blocks");
        QCOMPARE(m_api->call("POST", blocks, blockBody, res, Device::Laptop).code(),
                 QStringLiteral("booking.not-support-staff"));
        Reply blocked = m_api->call("POST", blocks, blockBody, admin, Device::Laptop);
        QCOMPARE(blocked.status, 201);
        QCOMPARE(blocked.json.value(QStringLiteral("cancelled_bookings")).toArray().size(), 1);
        // The person's booking is cancelled, saying why; the terminal cannot be booked then.
        auto mine = protocol::BookingList::fromJson(
            m_api->call("GET", QStringLiteral("/api/v1/bookings/mine"), {}, res, Device::Laptop).body);
        QVERIFY(mine.ok());
        QVERIFY(mine->bookings.first().cancelled);
        QVERIFY(mine->bookings.first().cancelledReason.contains(QStringLiteral("Screen replaced")));
        QCOMPARE(book(res, friday, "day", QStringLiteral("P2"), QStringLiteral("sr-demo-02")).code(),
                 QStringLiteral("booking.terminal-blocked"));
        day = protocol::RoomDay::fromJson(m_api->call("GET", dayPath, {}, admin, Device::Laptop).body);
        QVERIFY(day.ok());
        QCOMPARE(day->blocks.size(), 1);
        const QString unblock = QStringLiteral("/api/v1/safe-rooms/site-1/blocks/%1")
                                    .arg(blocked.json.value(QStringLiteral("id")).toString());
        QCOMPARE(m_api->call("DELETE", unblock, {}, res, Device::Laptop).status, 403);
        QCOMPARE(m_api->call("DELETE", unblock, {}, admin, Device::Laptop).status, 204);
        QCOMPARE(m_api->call("DELETE", unblock, {}, admin, Device::Laptop).status, 404);
        QCOMPARE(book(res, friday, "day", QStringLiteral("P2"), QStringLiteral("sr-demo-02")).status, 201);
    }

    // The server program with safe_room.require_booking in its configuration file: a researcher
    // of the demo with no booking is refused at the safe-room terminal, and says so; an output
    // checker is not.
    void theServerProgramReadsTheSetting()
    {
        if (qEnvironmentVariable("SRS_TEST_BACKEND") == QLatin1StringView("postgres"))
            QSKIP("the server program runs on SQLite here; the API above ran on PostgreSQL");
        ServerProcess::Options o;
        o.seedDemo = true;
        o.extraConfig = QJsonObject{
            {QStringLiteral("safe_room"), QJsonObject{{QStringLiteral("require_booking"), true}}}};
        ServerProcess server(o);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        // eleanor.wright's sign-in, as signInPersona makes it, with the answer kept.
        auto secret = crypto::base32Decode(server.totpSecret(QStringLiteral("eleanor.wright")).toLatin1());
        QVERIFY(secret);
        crypto::Totp totp(std::move(*secret));
        const QByteArray code = totp.codeForStep(totp.stepAt(QDateTime::currentSecsSinceEpoch()));
        const Reply refused =
            callServer(server.port(), "POST", QStringLiteral("/api/v1/sessions"),
                       json({{QStringLiteral("username"), QStringLiteral("eleanor.wright")},
                             {QStringLiteral("password"), QStringLiteral("demo-eleanor.wright")},
                             {QStringLiteral("totp_code"), QString::fromLatin1(code)}}));
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.code(), QStringLiteral("safe-room-booking-required"));
        QVERIFY(!signInPersona(server, QStringLiteral("fiona.campbell")).isEmpty());
        QString out;
        QCOMPARE(server.runAdmin({QStringLiteral("add-closure"), QStringLiteral("Demo Safe Room"),
                                  QStringLiteral("2030-01-02"), QStringLiteral("--reason"),
                                  QStringLiteral("Repairs")},
                                 &out),
                 0);
        QVERIFY2(out.contains(QStringLiteral("closed on 2030-01-02")), qPrintable(out));
        QCOMPARE(server.runAdmin({QStringLiteral("set-hours"), QStringLiteral("Demo Safe Room"),
                                  QStringLiteral("--opens"), QStringLiteral("14:00")},
                                 &out),
                 2);
    }
};

QTEST_GUILESS_MAIN(TestBookingsApi)
#include "tst_bookings_api.moc"
