// The HTTP front's request head parser: what passes on to the API and what is refused, with
// which status and code, before any body is read.
#include "http/RequestHeadParser.h"

#include <QTest>

#include <string>

using srs::server::HttpLimits;
using srs::server::RequestHeadParser;

class TestRequestHeadParser : public QObject
{
    Q_OBJECT

private slots:
    void refusals_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("code");
        const QByteArray get = "GET /api/v1/health HTTP/1.1\r\nHost: x\r\n";
        const QByteArray post = "POST /api/v1/sessions HTTP/1.1\r\nHost: x\r\n";
        QTest::newRow("chunked body") << post + "Transfer-Encoding: chunked\r\n\r\n" << 411 << QByteArray("length-required");
        QTest::newRow("chunked, odd case") << post + "transfer-encoding: Chunked\r\n\r\n" << 411 << QByteArray("length-required");
        QTest::newRow("gzip body") << post + "Content-Encoding: gzip\r\nContent-Length: 10\r\n\r\n" << 415
                                   << QByteArray("unsupported-content-encoding");
        QTest::newRow("brotli body") << post + "Content-Encoding: br\r\n\r\n" << 415 << QByteArray("unsupported-content-encoding");
        QTest::newRow("deflate body") << post + "Content-Encoding: deflate\r\n\r\n" << 415
                                      << QByteArray("unsupported-content-encoding");
        QTest::newRow("length over the limit") << post + "Content-Length: 1048577\r\n\r\n" << 413
                                               << QByteArray("payload-too-large");
        QTest::newRow("length of 30 digits") << post + "Content-Length: 999999999999999999999999999999\r\n\r\n" << 413
                                             << QByteArray("payload-too-large");
        QTest::newRow("two lengths") << post + "Content-Length: 1\r\nContent-Length: 1\r\n\r\n" << 400
                                     << QByteArray("bad-request");
        QTest::newRow("signed length") << post + "Content-Length: +1\r\n\r\n" << 400 << QByteArray("bad-request");
        QTest::newRow("long header line") << get + "X-Long: " + QByteArray(9000, 'a') + "\r\n\r\n" << 431
                                          << QByteArray("header-fields-too-large");
        QTest::newRow("long line, no end yet") << get + "X-Long: " + QByteArray(9000, 'a') << 431
                                               << QByteArray("header-fields-too-large");
        QByteArray many = get;
        for (int i = 0; i < 70; ++i)
            many += "X-H" + QByteArray::number(i) + ": 1\r\n";
        QTest::newRow("too many headers") << many + "\r\n" << 431 << QByteArray("header-fields-too-large");
        QByteArray big = get;
        for (int i = 0; i < 3; ++i)
            big += "X-B" + QByteArray::number(i) + ": " + QByteArray(7000, 'b') + "\r\n";
        QTest::newRow("head over the total") << big << 431 << QByteArray("header-fields-too-large");
        QTest::newRow("long target") << "GET /" + QByteArray(9000, 'a') + " HTTP/1.1\r\n\r\n" << 414
                                     << QByteArray("uri-too-long");
        QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\n") << 400 << QByteArray("bad-request");
        QTest::newRow("HTTP/0.9 line") << QByteArray("GET /\r\n\r\n") << 400 << QByteArray("bad-request");
        QTest::newRow("HTTP/1.2") << QByteArray("GET / HTTP/1.2\r\n\r\n") << 505 << QByteArray("http-version-not-supported");
        QTest::newRow("absolute target") << QByteArray("GET http://x/ HTTP/1.1\r\n\r\n") << 400 << QByteArray("bad-request");
        QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: x\r\n\r\n") << 400 << QByteArray("bad-request");
        QTest::newRow("bare CR") << QByteArray("GET / HTTP/1.1\rHost: x\r\n\r\n") << 400 << QByteArray("bad-request");
        QTest::newRow("folded header") << get + " folded\r\n\r\n" << 400 << QByteArray("bad-request");
        QTest::newRow("space before colon") << get + "Content-Length : 1\r\n\r\n" << 400 << QByteArray("bad-request");
        QTest::newRow("NUL in a value") << get + QByteArray("X-A: a\0b\r\n\r\n", 12) << 400 << QByteArray("bad-request");
        QTest::newRow("lowercase method") << QByteArray("get / HTTP/1.1\r\n\r\n") << 400 << QByteArray("bad-request");
        QTest::newRow("other expectation") << post + "Expect: something\r\n\r\n" << 417 << QByteArray("expectation-failed");
    }

    void refusals()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, status);
        QFETCH(QByteArray, code);
        RequestHeadParser parser{HttpLimits{}};
        QCOMPARE(parser.parse(std::string_view(head.constData(), static_cast<size_t>(head.size()))),
                 RequestHeadParser::Outcome::Refused);
        QCOMPARE(parser.refusal().status, status);
        QCOMPARE(QByteArray(parser.refusal().code), code);
        QVERIFY(parser.refusal().message[0] != '\0');
    }

    void acceptsWhatTheClientSends()
    {
        const std::string head = "POST /api/v1/sessions HTTP/1.1\r\nHost: 127.0.0.1:8443\r\nUser-Agent: srs-workstation\r\n"
                                 "Accept: */*\r\nContent-Type: application/json\r\nContent-Length: 12\r\n\r\n";
        const std::string request = head + "{\"a\":\"b\"}  " + "GET /next HTTP/1.1\r\n";
        RequestHeadParser parser{HttpLimits{}};
        QCOMPARE(parser.parse(request), RequestHeadParser::Outcome::Complete);
        QCOMPARE(parser.head().headBytes, head.size());
        QCOMPARE(parser.head().contentLength, 12u);
        QVERIFY(!parser.head().closeConnection);
        QVERIFY(!parser.head().expectContinue);
    }

    // A head that arrives a byte at a time is read the same as one that arrives whole.
    void byteAtATime()
    {
        const std::string head = "GET /api/v1/health HTTP/1.0\r\nConnection: keep-alive, Upgrade\r\n"
                                 "Expect: 100-continue\r\nContent-Encoding: identity\r\n\r\n";
        RequestHeadParser parser{HttpLimits{}};
        for (std::size_t i = 1; i < head.size(); ++i)
            QCOMPARE(parser.parse(std::string_view(head).substr(0, i)), RequestHeadParser::Outcome::NeedMore);
        QCOMPARE(parser.parse(head), RequestHeadParser::Outcome::Complete);
        QCOMPARE(parser.head().headBytes, head.size());
        QVERIFY(!parser.head().closeConnection); // HTTP/1.0 asking for keep-alive
        QVERIFY(parser.head().expectContinue);
        QCOMPARE(head.substr(parser.head().expectLineOffset, parser.head().expectLineBytes),
                 std::string("Expect: 100-continue\r\n"));
    }

    void connectionClose()
    {
        RequestHeadParser parser{HttpLimits{}};
        QCOMPARE(parser.parse("GET / HTTP/1.1\r\nConnection: Close\r\n\r\n"), RequestHeadParser::Outcome::Complete);
        QVERIFY(parser.head().closeConnection);
        parser.reset();
        QCOMPARE(parser.parse("GET / HTTP/1.0\r\n\r\n"), RequestHeadParser::Outcome::Complete);
        QVERIFY(parser.head().closeConnection);
    }

    void limitsAreSettings()
    {
        HttpLimits limits;
        limits.maxHeaderCount = 2;
        limits.maxBodyBytes = 10;
        RequestHeadParser parser{limits};
        QCOMPARE(parser.parse("POST / HTTP/1.1\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n"), RequestHeadParser::Outcome::Refused);
        QCOMPARE(parser.refusal().status, 431);
        parser.reset();
        QCOMPARE(parser.parse("POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\n"), RequestHeadParser::Outcome::Complete);
        parser.reset();
        QCOMPARE(parser.parse("POST / HTTP/1.1\r\nContent-Length: 11\r\n\r\n"), RequestHeadParser::Outcome::Refused);
        QCOMPARE(parser.refusal().status, 413);
    }
};

QTEST_GUILESS_MAIN(TestRequestHeadParser)
#include "tst_requestheadparser.moc"
