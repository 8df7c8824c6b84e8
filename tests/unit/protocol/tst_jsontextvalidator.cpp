// JsonTextValidator: text a JSON parser would quietly change (unpaired surrogate escapes,
// invalid UTF-8) is refused before parsing, with the JSON path of the field that holds it.
#include "protocol/JsonReader.h"
#include "protocol/JsonTextValidator.h"
#include "protocol/Messages.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace srs::protocol;

class TestJsonTextValidator : public QObject
{
    Q_OBJECT
private slots:
    void acceptsValidText_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("ASCII") << QByteArray(R"({"username":"alice","n":[1,2,{"x":true}]})");
        QTest::newRow("escaped surrogate pair (U+1F600)") << QByteArray(R"({"a":"\ud83d\ude00"})");
        QTest::newRow("escaped pair in upper case") << QByteArray(R"({"a":"\uD83D\uDE00"})");
        QTest::newRow("two-byte UTF-8 (é)") << QByteArray("{\"a\":\"caf\xc3\xa9\"}");
        QTest::newRow("three-byte UTF-8 (€)") << QByteArray("{\"a\":\"\xe2\x82\xac\"}");
        QTest::newRow("four-byte UTF-8 (U+1F600)") << QByteArray("{\"a\":\"\xf0\x9f\x98\x80\"}");
        QTest::newRow("last code point U+10FFFF") << QByteArray("{\"a\":\"\xf4\x8f\xbf\xbf\"}");
        QTest::newRow("U+D7FF, just below the surrogates") << QByteArray("{\"a\":\"\xed\x9f\xbf\"}");
        QTest::newRow("U+E000, just above the surrogates") << QByteArray("{\"a\":\"\xee\x80\x80\"}");
        QTest::newRow("U+0800, the smallest three-byte") << QByteArray("{\"a\":\"\xe0\xa0\x80\"}");
        QTest::newRow("U+10000, the smallest four-byte") << QByteArray("{\"a\":\"\xf0\x90\x80\x80\"}");
        QTest::newRow("combining mark") << QByteArray("{\"a\":\"e\xcc\x81\"}");
        QTest::newRow("escaped backslash then u (literal text)") << QByteArray(R"({"a":"\\ud800"})");
        QTest::newRow("escaped quote before an escape") << QByteArray("{\"a\":\"x\\\"\\u00e9\"}");
        QTest::newRow("NUL escape, allowed by default") << QByteArray(R"({"a":"\u0000"})");
        QTest::newRow("not JSON: left to the parser") << QByteArray(R"({"a":"\u12"})");
        QTest::newRow("empty") << QByteArray();
    }
    void acceptsValidText()
    {
        QFETCH(QByteArray, json);
        const auto problem = JsonTextValidator::check(json);
        QVERIFY2(!problem, problem ? qPrintable(problem->message()) : "");
    }

    void refusesBadText_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("inFieldName");
        QTest::addColumn<QString>("reasonContains");
        QTest::addColumn<qsizetype>("offset");
        const QString unpaired = "unpaired UTF-16 surrogate";
        QTest::newRow("lone high surrogate")
            << QByteArray(R"({"username":"\ud800"})") << "username" << false << unpaired << qsizetype(13);
        QTest::newRow("lone low surrogate")
            << QByteArray(R"({"username":"\udc00"})") << "username" << false << unpaired << qsizetype(13);
        QTest::newRow("high then a letter escape") << QByteArray(R"({"username":"\ud800\u0041"})")
                                                   << "username" << false << unpaired << qsizetype(13);
        QTest::newRow("high then high")
            << QByteArray(R"({"a":"\ud800\ud800"})") << "a" << false << unpaired << qsizetype(6);
        QTest::newRow("high then plain text")
            << QByteArray(R"({"a":"\ud800x"})") << "a" << false << unpaired << qsizetype(6);
        QTest::newRow("pair in the wrong order")
            << QByteArray(R"({"a":"\udc00\ud800"})") << "a" << false << unpaired << qsizetype(6);
        QTest::newRow("upper-case hex")
            << QByteArray(R"({"a":"ok\uDBFF"})") << "a" << false << unpaired << qsizetype(8);
        QTest::newRow("in a list of objects")
            << QByteArray(R"({"tables":[{"file":"a.csv"},{"file":"b\udfff.csv"}]})") << "tables[1].file"
            << false << unpaired << qsizetype(38);
        QTest::newRow("in a list of strings") << QByteArray(R"({"files":["a","b","\ud800"]})") << "files[2]"
                                              << false << unpaired << qsizetype(19);
        QTest::newRow("nested objects") << QByteArray(R"({"a":{"b":1,"c":{"d":"\ud800"}}})") << "a.c.d"
                                        << false << unpaired << qsizetype(22);
        QTest::newRow("top-level list")
            << QByteArray(R"(["ok","\ud800"])") << "[1]" << false << unpaired << qsizetype(7);
        QTest::newRow("in a field name")
            << QByteArray(R"({"user\ud800":"a"})") << "" << true << unpaired << qsizetype(6);
        QTest::newRow("in a nested field name")
            << QByteArray(R"({"a":{"x":1,"\udc00":1}})") << "a" << true << unpaired << qsizetype(13);
        QTest::newRow("overlong two-byte (C0 AF for '/')")
            << QByteArray("{\"a\":\"\xc0\xaf\"}") << "a" << false << "overlong" << qsizetype(6);
        QTest::newRow("overlong three-byte")
            << QByteArray("{\"a\":\"\xe0\x80\xaf\"}") << "a" << false << "overlong" << qsizetype(6);
        QTest::newRow("overlong four-byte")
            << QByteArray("{\"a\":\"\xf0\x80\x80\xaf\"}") << "a" << false << "overlong" << qsizetype(6);
        QTest::newRow("surrogate U+D800 in UTF-8") << QByteArray("{\"a\":\"\xed\xa0\x80\"}") << "a" << false
                                                   << "surrogate encoded in UTF-8" << qsizetype(6);
        QTest::newRow("surrogate U+DFFF in UTF-8") << QByteArray("{\"a\":\"x\xed\xbf\xbf\"}") << "a" << false
                                                   << "surrogate encoded in UTF-8" << qsizetype(7);
        QTest::newRow("U+110000 (F4 90)")
            << QByteArray("{\"a\":\"\xf4\x90\x80\x80\"}") << "a" << false << "above U+10FFFF" << qsizetype(6);
        QTest::newRow("lead byte F5")
            << QByteArray("{\"a\":\"\xf5\x80\x80\x80\"}") << "a" << false << "above U+10FFFF" << qsizetype(6);
        QTest::newRow("byte FF") << QByteArray("{\"a\":\"\xff\"}") << "a" << false << "cannot start"
                                 << qsizetype(6);
        QTest::newRow("lone continuation byte")
            << QByteArray("{\"a\":\"ab\x80\"}") << "a" << false << "cannot start" << qsizetype(8);
        QTest::newRow("truncated three-byte")
            << QByteArray("{\"a\":\"\xe2\x82\"}") << "a" << false << "truncated" << qsizetype(6);
        QTest::newRow("truncated four-byte then ASCII")
            << QByteArray("{\"a\":\"\xf0\x9f\x98x\"}") << "a" << false << "truncated" << qsizetype(6);
        QTest::newRow("cut off at the end of the body")
            << QByteArray("{\"a\":\"\xe2") << "a" << false << "truncated" << qsizetype(6);
        QTest::newRow("in a field name, raw")
            << QByteArray("{\"\xc1\x81\":1}") << "" << true << "overlong" << qsizetype(2);
    }
    void refusesBadText()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(bool, inFieldName);
        QFETCH(QString, reasonContains);
        QFETCH(qsizetype, offset);
        const auto problem = JsonTextValidator::check(json);
        QVERIFY2(problem.has_value(), json.constData());
        QCOMPARE(problem->path, path);
        QCOMPARE(problem->inFieldName, inFieldName);
        QVERIFY2(problem->reason.contains(reasonContains), qPrintable(problem->reason));
        QCOMPARE(problem->offset, offset);
        const QString message = problem->message();
        QVERIFY2(message.contains(QString("at byte %1").arg(offset)), qPrintable(message));
        if (!path.isEmpty())
            QVERIFY2(message.startsWith(path + ": "), qPrintable(message));
    }

    void nulIsRefusedWhenAsked()
    {
        const QByteArray json = R"({"username":"a\u0000b"})";
        QVERIFY(!JsonTextValidator::check(json));
        const auto problem = JsonTextValidator::check(json, {.rejectNul = true});
        QVERIFY(problem.has_value());
        QCOMPARE(problem->path, QString("username"));
        QVERIFY2(problem->reason.contains("NUL"), qPrintable(problem->reason));
    }

    // Past the tracked depth the problem is still found, named by its offset alone.
    void deepNestingIsNamedByOffset()
    {
        QByteArray json = QByteArray(300, '[') + R"("\ud800")" + QByteArray(300, ']');
        const auto problem = JsonTextValidator::check(json);
        QVERIFY(problem.has_value());
        QVERIFY(problem->path.isEmpty());
        QCOMPARE(problem->offset, qsizetype(301));
        QVERIFY2(problem->message().startsWith("the text contains"), qPrintable(problem->message()));
        // And closing those containers brings the path back.
        json = QByteArray(300, '[') + QByteArray(300, ']');
        json = "{\"deep\":" + json + R"(,"name":"\udc00"})";
        const auto later = JsonTextValidator::check(json);
        QVERIFY(later.has_value());
        QCOMPARE(later->path, QString("name"));
    }

    // The decoders refuse the text too, with the field in the message, instead of reading a
    // changed string.
    void decodersRefuseBadText()
    {
        const auto request =
            SignInRequest::fromJson(R"({"username":"\ud800","password":"p","totp_code":"123456"})");
        QVERIFY(!request.ok());
        QVERIFY2(request.error().message.contains(".username: contains an unpaired UTF-16 surrogate"),
                 qPrintable(request.error().message));

        const JsonReader r = JsonReader::parse("{\"a\":\"\xed\xa0\x80\"}", "thing");
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.startsWith("thing.a: contains a UTF-16 surrogate encoded in UTF-8"),
                 qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TestJsonTextValidator)
#include "tst_jsontextvalidator.moc"
