// The PROXY protocol v2 header a balancer puts before the client's bytes (server/http/ProxyHeader):
// the client's IPv4 and IPv6 addresses and ports, a LOCAL header (the balancer's own check), TLVs
// counted in its length and the client's first bytes left after it; every prefix of a good header
// asks for more; version 1, other versions and commands, families other than TCP, addresses cut
// short and over-long headers refused with a reason; and the first bytes of a connection told
// apart from a TLS ClientHello.

#include "http/ProxyHeader.h"

#include <QTest>

#include <string>

using srs::server::ProxyHeader;
using Outcome = ProxyHeader::Outcome;

namespace {

std::string header(unsigned char versionCommand, unsigned char family, const std::string &body)
{
    std::string h(ProxyHeader::Signature);
    h += static_cast<char>(versionCommand);
    h += static_cast<char>(family);
    h += static_cast<char>((body.size() >> 8) & 0xff);
    h += static_cast<char>(body.size() & 0xff);
    return h + body;
}

std::string bytes(std::initializer_list<int> values)
{
    std::string s;
    for (int v : values)
        s += static_cast<char>(v);
    return s;
}

// 203.0.113.7:51000 to 192.0.2.1:8443.
std::string tcp4Body()
{
    return bytes({203, 0, 113, 7, 192, 0, 2, 1, 51000 >> 8, 51000 & 0xff, 8443 >> 8, 8443 & 0xff});
}

} // namespace

class TestProxyHeader : public QObject
{
    Q_OBJECT

private slots:
    void ipv4ClientWithTheTlsHandshakeAfterIt()
    {
        const std::string h = header(0x21, 0x11, tcp4Body());
        const std::string connection = h + bytes({0x16, 0x03, 0x01, 0x02, 0x00});
        ProxyHeader p;
        QCOMPARE(p.parse(connection), Outcome::Complete);
        QCOMPARE(p.size(), h.size());
        QCOMPARE(QString::fromStdString(p.address()), QString("203.0.113.7"));
        QCOMPARE(p.port(), 51000);
        QVERIFY(!p.isLocal());
    }

    void ipv6Client()
    {
        std::string body = bytes({0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x42});
        body += std::string(16, '\0');
        body += bytes({0x01, 0xbb, 0x20, 0xfb});
        ProxyHeader p;
        QCOMPARE(p.parse(header(0x21, 0x21, body)), Outcome::Complete);
        QCOMPARE(QString::fromStdString(p.address()), QString("2001:db8::42"));
        QCOMPARE(p.port(), 443);
    }

    void tlvsAreCountedAndSkipped()
    {
        // A unique-id TLV (0x05) of 4 bytes after the addresses.
        const std::string h = header(0x21, 0x11, tcp4Body() + bytes({0x05, 0x00, 0x04, 'a', 'b', 'c', 'd'}));
        ProxyHeader p;
        QCOMPARE(p.parse(h + "after"), Outcome::Complete);
        QCOMPARE(p.size(), h.size());
        QCOMPARE(QString::fromStdString(p.address()), QString("203.0.113.7"));
    }

    void aReaderKnowsHowMuchToRead()
    {
        const std::string h = header(0x21, 0x11, tcp4Body());
        QCOMPARE(ProxyHeader::wholeSize(h.substr(0, 5)), ProxyHeader::FixedBytes);
        QCOMPARE(ProxyHeader::wholeSize(h.substr(0, ProxyHeader::FixedBytes)), h.size());
        QCOMPARE(ProxyHeader::wholeSize(h + "more"), h.size());
    }

    void localIsTheBalancersOwnConnection()
    {
        ProxyHeader p;
        QCOMPARE(p.parse(header(0x20, 0x00, {})), Outcome::Complete);
        QVERIFY(p.isLocal());
        QVERIFY(p.address().empty());
        QCOMPARE(p.size(), ProxyHeader::FixedBytes);
    }

    void everyPrefixAsksForMore()
    {
        const std::string h = header(0x21, 0x11, tcp4Body());
        for (std::size_t n = 0; n < h.size(); ++n) {
            ProxyHeader p;
            QVERIFY2(p.parse(std::string_view(h).substr(0, n)) == Outcome::NeedMore,
                     qPrintable(QString::number(n)));
        }
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("reason");
        const auto row = [](const char *name, const std::string &input, const char *reason) {
            QTest::newRow(name) << QByteArray::fromStdString(input) << QString::fromLatin1(reason);
        };
        row("a TLS ClientHello", bytes({0x16, 0x03, 0x01}), "does not start with");
        row("version 1 text", "PROXY TCP4 203.0.113.7 192.0.2.1 51000 8443\r\n", "version 1");
        row("signature wrong at its last byte", std::string(ProxyHeader::Signature.substr(0, 11)) + "X",
            "does not start with");
        row("version 1 in the binary form", header(0x11, 0x11, tcp4Body()), "version other than 2");
        row("unknown command", header(0x22, 0x11, tcp4Body()), "unknown command");
        row("no address given", header(0x21, 0x00, {}), "does not give the client's address");
        row("UDP", header(0x21, 0x12, tcp4Body()), "other than TCP");
        row("Unix socket", header(0x21, 0x31, std::string(216, '\0')), "other than TCP");
        row("IPv4 cut short", header(0x21, 0x11, tcp4Body().substr(0, 8)), "too short");
        row("IPv6 cut short", header(0x21, 0x21, std::string(20, '\0')), "too short");
        row("longer than a balancer sends", header(0x21, 0x11, std::string(2000, '\0')), "longer than");
    }
    void refusals()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, reason);
        ProxyHeader p;
        QCOMPARE(p.parse(std::string_view(input.constData(), static_cast<std::size_t>(input.size()))),
                 Outcome::Refused);
        QVERIFY2(QString::fromLatin1(p.refusal()).contains(reason), p.refusal());
        QVERIFY(p.address().empty());
    }

    void firstBytesOfAConnection()
    {
        QVERIFY(!ProxyHeader::looksLikeProxyHeader({}));
        QVERIFY(!ProxyHeader::looksLikeProxyHeader(bytes({0x16, 0x03, 0x01})));
        QVERIFY(!ProxyHeader::looksLikeProxyHeader("GET / HTTP/1.1\r\n"));
        QVERIFY(ProxyHeader::looksLikeProxyHeader("\r"));
        QVERIFY(ProxyHeader::looksLikeProxyHeader(ProxyHeader::Signature));
        QVERIFY(ProxyHeader::looksLikeProxyHeader(header(0x21, 0x11, tcp4Body())));
        QVERIFY(ProxyHeader::looksLikeProxyHeader("PRO"));
        QVERIFY(ProxyHeader::looksLikeProxyHeader("PROXY TCP4 "));
    }
};

QTEST_GUILESS_MAIN(TestProxyHeader)
#include "tst_proxyheader.moc"
