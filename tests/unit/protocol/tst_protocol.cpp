#include "protocol/ApiError.h"
#include "protocol/BookingMessages.h"
#include "protocol/HealthInfo.h"
#include "protocol/JsonReader.h"
#include "protocol/Messages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace srs::protocol;
using srs::domain::DeviceClass;
namespace domain = srs::domain;
namespace protocol = srs::protocol;

namespace {

// WorkspaceChangesInfo as QJsonDocument writes it: the encoder writes its bytes directly and
// must give exactly these.
QByteArray workspaceThroughQJson(const WorkspaceChangesInfo &w)
{
    auto list = [](const QList<WorkspaceEntryInfo> &entries) {
        QJsonArray a;
        for (const WorkspaceEntryInfo &e : entries)
            a.append(
                QJsonObject{{"path", e.path},
                            {"size", e.size},
                            {"type", e.type},
                            {"modified_at",
                             e.modifiedAt.isValid() ? e.modifiedAt.toUTC().toString(Qt::ISODate) : QString()},
                            {"sha256", e.sha256},
                            {"revision", e.revision}});
        return a;
    };
    QJsonArray removed;
    for (const WorkspaceEntryInfo &e : w.removed)
        removed.append(QJsonObject{{"path", e.path}, {"revision", e.revision}});
    QJsonObject o({{"project_id", w.projectId},
                   {"since", w.since},
                   {"revision", w.revision},
                   {"added", list(w.added)},
                   {"changed", list(w.changed)},
                   {"removed", removed}});
    if (!w.nextCursor.isEmpty())
        o.insert("next_cursor", w.nextCursor);
    if (w.total >= 0)
        o.insert("total", w.total);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestProtocol : public QObject
{
    Q_OBJECT
private slots:
    void workspaceChangesAreWrittenAsQJsonDocumentWouldBe_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << "code/analysis.R";
        QTest::newRow("empty") << "";
        QTest::newRow("quotes and backslashes") << "a \"b\" c\\d/e";
        QTest::newRow("named escapes") << "tab\tnl\ncr\rbs\bff\f";
        QTest::newRow("other control characters") << QString("x") + QChar(0x01) + QChar(0x1f) + QChar(0x7f);
        QTest::newRow("NUL") << QString(QChar(0)) + "after";
        QTest::newRow("two- and three-byte UTF-8")
            << QString::fromUtf8("caf\xc3\xa9 \xe4\xb8\xad\xe6\x96\x87");
        QTest::newRow("surrogate pair") << QString::fromUtf8("\xf0\x9f\x93\x8a chart");
        QTest::newRow("lone high surrogate") << QString("a") + QChar(0xd83d) + "b";
        QTest::newRow("lone low surrogate at the end") << QString("a") + QChar(0xdc8a);
        QTest::newRow("BOM and U+FFFF") << QString(QChar(0xfeff)) + QChar(0xffff);
    }
    void workspaceChangesAreWrittenAsQJsonDocumentWouldBe()
    {
        QFETCH(QString, text);
        WorkspaceChangesInfo w;
        w.projectId = text;
        w.since = 0;
        w.revision = std::numeric_limits<qint64>::max();
        const WorkspaceEntryInfo entry{text,
                                       1234567890123,
                                       "file",
                                       QDateTime(QDate(2026, 3, 29), QTime(1, 2, 3), QTimeZone::utc()),
                                       QString(64, 'a'),
                                       -5};
        w.added = {entry, WorkspaceEntryInfo{"b", 0, "directory", {}, {}, 1}};
        w.changed = {entry};
        w.removed = {entry, entry};
        QCOMPARE(w.toJson(), workspaceThroughQJson(w));

        WorkspaceChangesInfo empty{text, 7, 7, {}, {}, {}, {}, -1};
        QCOMPARE(empty.toJson(), workspaceThroughQJson(empty));
        empty.nextCursor = "7:YQ";
        empty.total = 12;
        QCOMPARE(empty.toJson(), workspaceThroughQJson(empty));
    }

    // What the server writes, the client reads back: every field of every list.
    void workspaceReadsBackWhatIsWritten()
    {
        WorkspaceChangesInfo w;
        w.projectId = "P-2026-001";
        w.since = 3;
        w.revision = 9;
        w.nextCursor = encodeWorkspaceCursor(8, "data/é 1.csv");
        w.total = 250;
        const QDateTime t(QDate(2026, 3, 29), QTime(1, 2, 3), QTimeZone::utc());
        w.added = {{"data/é 1.csv", 12, "file", t, QString(64, 'b'), 8}, {"data", 0, "directory", t, "", 4}};
        w.changed = {{"code/analysis.R", 99, "file", t, QString(64, 'c'), 9}};
        w.removed = {{"old.txt", 0, {}, {}, {}, 6}};
        auto back = WorkspaceChangesInfo::fromJson(w.toJson());
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
        QCOMPARE(back->projectId, w.projectId);
        QCOMPARE(back->since, 3);
        QCOMPARE(back->revision, 9);
        QCOMPARE(back->nextCursor, w.nextCursor);
        QCOMPARE(back->total, 250);
        QCOMPARE(back->added.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(back->added[i].path, w.added[i].path);
            QCOMPARE(back->added[i].size, w.added[i].size);
            QCOMPARE(back->added[i].type, w.added[i].type);
            QCOMPARE(back->added[i].modifiedAt, t);
            QCOMPARE(back->added[i].sha256, w.added[i].sha256);
            QCOMPARE(back->added[i].revision, w.added[i].revision);
        }
        QCOMPARE(back->changed[0].path, "code/analysis.R");
        QCOMPARE(back->removed[0].path, "old.txt");
        QCOMPARE(back->removed[0].revision, 6);

        const auto cursor = decodeWorkspaceCursor(w.nextCursor);
        QVERIFY(cursor);
        QCOMPARE(cursor->first, 8);
        QCOMPARE(cursor->second, "data/é 1.csv");
        for (const char *bad : {"", "8", ":YQ", "-1:YQ", "x:YQ", "8:Y!Q"})
            QVERIFY2(!decodeWorkspaceCursor(QString::fromLatin1(bad)), bad);
    }

    // A damaged or hostile answer is refused, naming the field; nothing half-read is used.
    void workspaceRefusesBadEntries_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("named");
        QTest::newRow("parent path") << "path" << QJsonValue("../etc/passwd") << "workspace.added[0].path";
        QTest::newRow("absolute path") << "path" << QJsonValue("/etc/passwd") << "workspace.added[0].path";
        QTest::newRow("empty segment") << "path" << QJsonValue("a//b") << "workspace.added[0].path";
        QTest::newRow("dot segment") << "path" << QJsonValue("a/./b") << "workspace.added[0].path";
        QTest::newRow("control character") << "path" << QJsonValue("a\nb") << "workspace.added[0].path";
        QTest::newRow("empty path") << "path" << QJsonValue("") << "workspace.added[0].path";
        QTest::newRow("type") << "type" << QJsonValue("symlink") << "workspace.added[0].type";
        QTest::newRow("size") << "size" << QJsonValue(-1) << "workspace.added[0].size";
        QTest::newRow("short hash") << "sha256" << QJsonValue("abc") << "workspace.added[0].sha256";
        QTest::newRow("upper-case hash")
            << "sha256" << QJsonValue(QString(64, 'A')) << "workspace.added[0].sha256";
        QTest::newRow("time") << "modified_at" << QJsonValue("yesterday") << "workspace.added[0].modified_at";
    }
    void workspaceRefusesBadEntries()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, named);
        QJsonObject entry{{"path", "a.csv"},
                          {"size", 1},
                          {"type", "file"},
                          {"modified_at", "2026-01-01T00:00:00Z"},
                          {"sha256", QString(64, 'a')},
                          {"revision", 2}};
        const QByteArray good = QJsonDocument(QJsonObject{{"project_id", "P"},
                                                          {"since", 0},
                                                          {"revision", 2},
                                                          {"added", QJsonArray{entry}},
                                                          {"changed", QJsonArray{}},
                                                          {"removed", QJsonArray{}}})
                                    .toJson();
        QVERIFY(WorkspaceChangesInfo::fromJson(good).ok());
        entry.insert(field, value);
        const QByteArray bad = QJsonDocument(QJsonObject{{"project_id", "P"},
                                                         {"since", 0},
                                                         {"revision", 2},
                                                         {"added", QJsonArray{entry}},
                                                         {"changed", QJsonArray{}},
                                                         {"removed", QJsonArray{}}})
                                   .toJson();
        const auto read = WorkspaceChangesInfo::fromJson(bad);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().message.startsWith(named), qPrintable(read.error().message));
    }

    void workspaceTimesAreWrittenAsQtWritesThem_data()
    {
        QTest::addColumn<QDateTime>("time");
        const QTimeZone utc = QTimeZone::utc();
        QTest::newRow("invalid") << QDateTime();
        QTest::newRow("epoch") << QDateTime::fromMSecsSinceEpoch(0, utc);
        QTest::newRow("milliseconds are dropped")
            << QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), utc);
        QTest::newRow("before 1970, with milliseconds") << QDateTime::fromMSecsSinceEpoch(-1, utc);
        QTest::newRow("1900") << QDateTime(QDate(1900, 3, 1), QTime(12, 0), utc);
        QTest::newRow("year 1") << QDateTime(QDate(1, 1, 1), QTime(0, 0, 1), utc);
        QTest::newRow("year 9999") << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), utc);
        QTest::newRow("year 10000") << QDateTime(QDate(10000, 1, 1), QTime(0, 0), utc);
        QTest::newRow("an hour east of UTC") << QDateTime(QDate(2026, 1, 1), QTime(0, 30), QTimeZone(3600));
        QTest::newRow("London summer time")
            << QDateTime(QDate(2026, 7, 1), QTime(0, 30), QTimeZone(QByteArrayLiteral("Europe/London")));
    }
    void workspaceTimesAreWrittenAsQtWritesThem()
    {
        QFETCH(QDateTime, time);
        WorkspaceChangesInfo w;
        w.changed = {WorkspaceEntryInfo{"a", 1, "file", time, {}, 1}};
        QCOMPARE(w.toJson(), workspaceThroughQJson(w));
    }

    void healthRoundTrip()
    {
        HealthInfo h;
        h.serverVersion = "0.1.0";
        h.apiVersion = 1;
        h.device = srs::domain::DeviceIdentity::fromSubjectFields(
            {{"O", "Demo University"}, {"OU", "organisation-device"}, {"CN", "du-laptop-0042"}});
        const auto back = HealthInfo::fromJson(h.toJson());
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back.value().serverVersion, h.serverVersion);
        QCOMPARE(back.value().apiVersion, 1);
        QCOMPARE(back.value().device, h.device);
    }

    void healthRejectsBadBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expectedMessage");
        QTest::newRow("not json") << QByteArray("<html>proxy error</html>") << "health: not valid JSON";
        QTest::newRow("array") << QByteArray("[1,2]") << "health: expected a JSON object";
        QTest::newRow("missing version")
            << QByteArray(R"({"api_version":1,"device":{"subject":"","name":"","class":"x"}})")
            << "health.server_version: is missing";
        QTest::newRow("version wrong type")
            << QByteArray(R"({"server_version":1,"api_version":1,"device":{}})")
            << "health.server_version: expected a string";
        QTest::newRow("fractional api version")
            << QByteArray(R"({"server_version":"1","api_version":1.5,"device":{}})")
            << "health.api_version: expected a whole number";
        QTest::newRow("device not object")
            << QByteArray(R"({"server_version":"1","api_version":1,"device":"laptop"})")
            << "health.device: expected an object";
        QTest::newRow("device class missing")
            << QByteArray(R"({"server_version":"1","api_version":1,"device":{"subject":"CN=x","name":"x"}})")
            << "health.device.class: is missing";
    }
    void healthRejectsBadBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expectedMessage);
        const auto r = HealthInfo::fromJson(body);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.startsWith(expectedMessage), qPrintable(r.error().message));
    }

    // The client reads back what the server writes: a sign-in answer and a project list.
    void sessionAndProjectsRoundTrip()
    {
        protocol::SessionInfo info;
        info.token = QString(43, 'a');
        info.expiresAt = QDateTime(QDate(2026, 11, 22), QTime(6, 30), Qt::UTC);
        info.idleTimeoutSeconds = 1800;
        info.cacheKeyShare = QString::fromLatin1(QByteArray(32, 'k').toBase64());
        info.me.user = {"u1",
                        "asha.patel",
                        "Dr Asha Patel",
                        "asha@example.ac.uk",
                        {domain::Role::Researcher},
                        false,
                        domain::Accreditation::standard(domain::AccreditationKind::Full, QDate(2024, 11, 21)),
                        {}};
        info.me.setting.kind = domain::SettingKind::HomeWorking;
        info.me.setting.name = "Demo University";
        info.me.setting.device.commonName = "du-laptop-0042";
        info.me.setting.device.deviceClass = domain::DeviceClass::OrganisationDevice;
        info.me.declarationsOwed = {{domain::DeclarationKind::Security, 2, "Security", "Text"}};
        const auto back = protocol::SessionInfo::fromJson(info.toJson());
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back.value().token, info.token);
        QCOMPARE(back.value().expiresAt, info.expiresAt);
        QCOMPARE(back.value().cacheKeyShare, info.cacheKeyShare);
        QCOMPARE(back.value().me.user.username, QString("asha.patel"));
        QCOMPARE(back.value().me.user.accreditation, info.me.user.accreditation);
        QCOMPARE(back.value().me.setting.kind, domain::SettingKind::HomeWorking);
        QCOMPARE(back.value().me.setting.device.deviceClass, domain::DeviceClass::OrganisationDevice);
        QCOMPARE(back.value().me.declarationsOwed.size(), 1);
        QCOMPARE(back.value().me.declarationsOwed.first().version, 2);

        protocol::ProjectInfo p;
        p.project.id = "P-2026-001";
        p.project.title = "Commuting";
        p.project.status = domain::ProjectStatus::Active;
        p.project.startDate = QDate(2026, 1, 1);
        p.project.endDate = QDate(2027, 12, 31);
        p.access = {false, "home-working-not-approved", "Not from home."};
        const auto list = protocol::decodeProjectList(protocol::encodeProjectList({p}));
        QVERIFY(list.ok());
        QCOMPARE(list.value().size(), 1);
        QCOMPARE(list.value().first().project.endDate, p.project.endDate);
        QVERIFY(!list.value().first().project.extendedTo.isValid());
        QCOMPARE(list.value().first().access.code, QString("home-working-not-approved"));
    }

    // A damaged answer is refused with the field named, never half read.
    void badAnswersNameTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("<html>") << "projects: not valid JSON";
        QTest::newRow("list of numbers") << QByteArray(R"({"projects":[1]})") << "projects.projects: item 0";
        QTest::newRow("bad date")
            << QByteArray(R"({"projects":[{"id":"P","title":"T","status":"active","start_date":"soon",)"
                          R"("end_date":"2027-01-01","extended_to":null,"home_working_approved":false,)"
                          R"("access":{"allowed":true}}]})")
            << "projects.projects[0].start_date: expected a date";
        QTest::newRow("unknown status")
            << QByteArray(R"({"projects":[{"id":"P","title":"T","status":"paused","start_date":"2026-01-01",)"
                          R"("end_date":"2027-01-01","extended_to":null,"home_working_approved":false,)"
                          R"("access":{"allowed":true}}]})")
            << "projects.projects[0].status";
    }

    void badAnswersNameTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        const auto list = protocol::decodeProjectList(body);
        QVERIFY(!list.ok());
        QVERIFY2(list.error().message.contains(mentions), qPrintable(list.error().message));
    }

    void sessionAnswerWithoutATokenIsRefused()
    {
        const auto s =
            protocol::SessionInfo::fromJson(R"({"token":"short","expires_at":"2026-11-22T06:30:00Z",)"
                                            R"("idle_timeout_seconds":1800,"cache_key_share":"x",)"
                                            R"("user":{"id":"u","username":"a","display_name":"A",)"
                                            R"("roles":[],"accreditation":null},)"
                                            R"("setting":{"kind":"safe-room"},"declarations_owed":[]})");
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains("session.token"));
    }

    void apiErrorRoundTrip()
    {
        const ApiError e{"not-found", "No such route."};
        const auto back = ApiError::fromJson(e.toJson());
        QVERIFY(back.has_value());
        QCOMPARE(back->code, e.code);
        QCOMPARE(back->message, e.message);
        QVERIFY(!ApiError::fromJson("Bad Gateway").has_value());
        QVERIFY(!ApiError::fromJson(R"({"message":"no code"})").has_value());
    }

    void rejectUnknownNamesTheField()
    {
        JsonReader r = JsonReader::parse(R"({"username":"a","pasword":"b"})", "request");
        r.rejectUnknown({QLatin1StringView("username"), QLatin1StringView("password")});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, QString("request.pasword: is not a known field"));
    }

    // A date that is required may not be an empty text, any more than it may be missing; an
    // optional one that is empty or null is no date. The reader took "" for "no date" either
    // way, so a request with an empty required date decoded with a null one.
    void requiredDayIsNeverEmpty_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("optional");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QDate>("day");
        QTest::newRow("required, a day")
            << QByteArray(R"({"d":"2026-04-01"})") << false << true << QDate(2026, 4, 1);
        QTest::newRow("required, empty") << QByteArray(R"({"d":""})") << false << false << QDate();
        QTest::newRow("required, missing") << QByteArray("{}") << false << false << QDate();
        QTest::newRow("required, null") << QByteArray(R"({"d":null})") << false << false << QDate();
        QTest::newRow("optional, a day")
            << QByteArray(R"({"d":"2026-04-01"})") << true << true << QDate(2026, 4, 1);
        QTest::newRow("optional, empty") << QByteArray(R"({"d":""})") << true << true << QDate();
        QTest::newRow("optional, null") << QByteArray(R"({"d":null})") << true << true << QDate();
        QTest::newRow("optional, not a day") << QByteArray(R"({"d":"soon"})") << true << false << QDate();
    }

    void requiredDayIsNeverEmpty()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, optional);
        QFETCH(bool, ok);
        QFETCH(QDate, day);
        JsonReader r = JsonReader::parse(body, "req");
        QCOMPARE(r.day(QLatin1StringView("d"), optional), day);
        QCOMPARE(r.ok(), ok);
        if (!ok)
            QVERIFY2(r.error().message.startsWith("req.d: "), qPrintable(r.error().message));
    }

    // The requests with a required date, each with it empty (found by fuzz_protocol_messages: an
    // extension request with an empty new end date decoded, and encoded again as null).
    void requestsRefuseAnEmptyRequiredDay()
    {
        const auto extension = ExtensionAskRequest::fromJson(R"({"new_end_date":"","reason":"More time"})");
        QVERIFY(!extension.ok());
        QVERIFY2(extension.error().message.contains("new_end_date: expected a date"),
                 qPrintable(extension.error().message));
        const auto booking =
            BookingRequestMessage::fromJson(R"({"room":"site-a","date":"","slot":"day","project":"p-1"})");
        QVERIFY(!booking.ok());
        QVERIFY2(booking.error().message.contains("date: expected a date"),
                 qPrintable(booking.error().message));
        const auto block = BlockRequest::fromJson(R"({"from":"","to":"2026-04-01","reason":"Repair"})");
        QVERIFY(!block.ok());
        QVERIFY2(block.error().message.contains("from: expected a date"), qPrintable(block.error().message));
    }

    // Whole numbers as JSON carries them exactly (|n| <= 2^53); anything else, however large, is
    // refused by name and never converted first.
    void integersOutsideTheExactRangeAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<qint64>("value");
        QTest::newRow("2^53") << QByteArray(R"({"n":9007199254740992})") << true << qint64(9007199254740992);
        QTest::newRow("-2^53") << QByteArray(R"({"n":-9007199254740992})") << true
                               << qint64(-9007199254740992);
        QTest::newRow("2^53 + 2") << QByteArray(R"({"n":9007199254740994})") << false << qint64(0);
        QTest::newRow("2^63") << QByteArray(R"({"n":9223372036854775808})") << false << qint64(0);
        QTest::newRow("1e300") << QByteArray(R"({"n":1e300})") << false << qint64(0);
        QTest::newRow("-1e300") << QByteArray(R"({"n":-1e300})") << false << qint64(0);
        QTest::newRow("fraction") << QByteArray(R"({"n":2.5})") << false << qint64(0);
        QTest::newRow("-0") << QByteArray(R"({"n":-0})") << true << qint64(0);
    }
    void integersOutsideTheExactRangeAreRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, accepted);
        QFETCH(qint64, value);
        JsonReader r = JsonReader::parse(body, "req");
        const qint64 n = r.integer(QLatin1StringView("n"));
        if (accepted) {
            QVERIFY2(r.ok(), qPrintable(r.error().message));
            QCOMPARE(n, value);
        } else {
            QCOMPARE(r.error().message, QString("req.n: expected a whole number"));
        }
    }

    void firstProblemWins()
    {
        JsonReader r = JsonReader::parse(R"({"a":1})", "req");
        (void)r.string(QLatin1StringView("a"));
        (void)r.string(QLatin1StringView("b"));
        QCOMPARE(r.error().message, QString("req.a: expected a string"));
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
