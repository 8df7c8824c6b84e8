#include "protocol/ApiError.h"
#include "protocol/HealthInfo.h"
#include "protocol/JsonReader.h"

#include <QTest>

using namespace srs::protocol;
using srs::domain::DeviceClass;

class TestProtocol : public QObject
{
    Q_OBJECT
private slots:
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
