#include "domain/IpRange.h"

#include <QTest>

using namespace srs::domain;

class TestIpRange : public QObject
{
    Q_OBJECT
private slots:
    void parseAddress_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("ipv4") << "203.0.113.7" << true << "203.0.113.7";
        QTest::newRow("ipv4 zeros") << "0.0.0.0" << true << "0.0.0.0";
        QTest::newRow("ipv4 max") << "255.255.255.255" << true << "255.255.255.255";
        QTest::newRow("ipv4 256") << "203.0.113.256" << false << "";
        QTest::newRow("ipv4 leading zero") << "203.0.113.07" << false << "";
        QTest::newRow("ipv4 three parts") << "203.0.113" << false << "";
        QTest::newRow("ipv4 five parts") << "203.0.113.1.2" << false << "";
        QTest::newRow("ipv4 empty part") << "203..113.1" << false << "";
        QTest::newRow("ipv4 sign") << "+1.2.3.4" << false << "";
        QTest::newRow("ipv4 space") << " 1.2.3.4" << false << "";
        QTest::newRow("ipv6 full") << "2001:0db8:0000:0000:0000:0000:0000:0001" << true << "2001:db8::1";
        QTest::newRow("ipv6 compressed") << "2001:DB8::1" << true << "2001:db8::1";
        QTest::newRow("ipv6 any") << "::" << true << "::";
        QTest::newRow("ipv6 loopback") << "::1" << true << "::1";
        QTest::newRow("ipv6 trailing gap") << "2001:db8::" << true << "2001:db8::";
        QTest::newRow("ipv6 one-group gap") << "1::3:4:5:6:7:8" << true << "1:0:3:4:5:6:7:8";
        QTest::newRow("ipv6 longest run") << "1:0:0:4:0:0:0:8" << true << "1:0:0:4::8";
        QTest::newRow("ipv6 ipv4 tail") << "64:ff9b::192.0.2.33" << true << "64:ff9b::c000:221";
        QTest::newRow("ipv4-mapped becomes ipv4") << "::ffff:203.0.113.9" << true << "203.0.113.9";
        QTest::newRow("ipv6 two gaps") << "1::2::3" << false << "";
        QTest::newRow("ipv6 triple colon") << "1:::2" << false << "";
        QTest::newRow("ipv6 nine groups") << "1:2:3:4:5:6:7:8:9" << false << "";
        QTest::newRow("ipv6 seven groups") << "1:2:3:4:5:6:7" << false << "";
        QTest::newRow("ipv6 full plus gap") << "1:2:3:4:5:6:7::8" << false << "";
        QTest::newRow("ipv6 long group") << "12345::1" << false << "";
        QTest::newRow("ipv6 bad hex") << "2001:db8::g" << false << "";
        QTest::newRow("ipv6 leading colon") << ":1:2:3:4:5:6:7" << false << "";
        QTest::newRow("ipv6 zone") << "fe80::1%eth0" << false << "";
        QTest::newRow("ipv6 ipv4 in middle") << "1:2.3.4.5::1" << false << "";
        QTest::newRow("empty") << "" << false << "";
    }
    void parseAddress()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, canonical);
        const auto a = IpAddress::parse(text);
        QCOMPARE(a.has_value(), valid);
        if (a) {
            QCOMPARE(a->toString(), canonical);
            QCOMPARE(IpAddress::parse(canonical), a);
        }
    }

    void contains_data()
    {
        QTest::addColumn<QString>("range");
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("inside");
        QTest::newRow("/24 first") << "203.0.113.0/24"
                                   << "203.0.113.0" << true;
        QTest::newRow("/24 last") << "203.0.113.0/24"
                                  << "203.0.113.255" << true;
        QTest::newRow("/24 just below") << "203.0.113.0/24"
                                        << "203.0.112.255" << false;
        QTest::newRow("/24 just above") << "203.0.113.0/24"
                                        << "203.0.114.0" << false;
        QTest::newRow("/27 last") << "203.0.113.64/27"
                                  << "203.0.113.95" << true;
        QTest::newRow("/27 next") << "203.0.113.64/27"
                                  << "203.0.113.96" << false;
        QTest::newRow("/27 previous") << "203.0.113.64/27"
                                      << "203.0.113.63" << false;
        QTest::newRow("/32 itself") << "198.51.100.7/32"
                                    << "198.51.100.7" << true;
        QTest::newRow("/32 neighbour") << "198.51.100.7/32"
                                       << "198.51.100.8" << false;
        QTest::newRow("bare address") << "198.51.100.7"
                                      << "198.51.100.7" << true;
        QTest::newRow("/0 everything v4") << "0.0.0.0/0"
                                          << "1.2.3.4" << true;
        QTest::newRow("v4 range, v6 address") << "0.0.0.0/0"
                                              << "2001:db8::1" << false;
        QTest::newRow("v6 range, v4 address") << "::/0"
                                              << "1.2.3.4" << false;
        QTest::newRow("mapped address in v4 range") << "203.0.113.0/24"
                                                    << "::ffff:203.0.113.200" << true;
        QTest::newRow("v6 /32 first") << "2001:db8::/32"
                                      << "2001:db8::" << true;
        QTest::newRow("v6 /32 last") << "2001:db8::/32"
                                     << "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff" << true;
        QTest::newRow("v6 /32 above") << "2001:db8::/32"
                                      << "2001:db9::" << false;
        QTest::newRow("v6 /32 below") << "2001:db8::/32"
                                      << "2001:db7:ffff:ffff:ffff:ffff:ffff:ffff" << false;
        QTest::newRow("v6 /57 inside") << "2001:db8:0:80::/57"
                                       << "2001:db8:0:ff::1" << true;
        QTest::newRow("v6 /57 outside") << "2001:db8:0:80::/57"
                                        << "2001:db8:0:100::" << false;
        QTest::newRow("v6 /128") << "2001:db8::1/128"
                                 << "2001:db8::1" << true;
    }
    void contains()
    {
        QFETCH(QString, range);
        QFETCH(QString, address);
        QFETCH(bool, inside);
        const auto r = IpRange::parse(range);
        const auto a = IpAddress::parse(address);
        QVERIFY(r.has_value());
        QVERIFY(a.has_value());
        QCOMPARE(r->contains(*a), inside);
    }

    void badRanges_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("host bits set") << "203.0.113.5/24";
        QTest::newRow("v6 host bits set") << "2001:db8::1/32";
        QTest::newRow("prefix too long v4") << "203.0.113.0/33";
        QTest::newRow("prefix too long v6") << "2001:db8::/129";
        QTest::newRow("negative prefix") << "203.0.113.0/-1";
        QTest::newRow("empty prefix") << "203.0.113.0/";
        QTest::newRow("leading zero prefix") << "203.0.113.0/024";
        QTest::newRow("mapped with prefix") << "::ffff:203.0.113.0/120";
        QTest::newRow("garbage") << "example.org/24";
    }
    void badRanges()
    {
        QFETCH(QString, text);
        QVERIFY(!IpRange::parse(text).has_value());
    }

    void rangeText()
    {
        QCOMPARE(IpRange::parse(u" 2001:DB8:0:0::/48 ")->toString(), QString("2001:db8::/48"));
        QString bad;
        QVERIFY(!IpRange::parseList({"10.0.0.0/8", "10.0.0.1/8"}, &bad).has_value());
        QCOMPARE(bad, QString("10.0.0.1/8"));
        QCOMPARE(IpRange::parseList({"10.0.0.0/8", "::1"})->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestIpRange)
#include "tst_iprange.moc"
