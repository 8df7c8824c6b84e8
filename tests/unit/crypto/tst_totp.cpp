#include "crypto/Totp.h"

#include <QTest>
#include <QUrlQuery>

using namespace srs::crypto;

class TestTotp : public QObject
{
    Q_OBJECT
private slots:
    // RFC 4648 section 10.
    void base32Vectors_data()
    {
        QTest::addColumn<QByteArray>("plain");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("empty") << QByteArray("") << QByteArray("");
        QTest::newRow("f") << QByteArray("f") << QByteArray("MY======");
        QTest::newRow("fo") << QByteArray("fo") << QByteArray("MZXQ====");
        QTest::newRow("foo") << QByteArray("foo") << QByteArray("MZXW6===");
        QTest::newRow("foob") << QByteArray("foob") << QByteArray("MZXW6YQ=");
        QTest::newRow("fooba") << QByteArray("fooba") << QByteArray("MZXW6YTB");
        QTest::newRow("foobar") << QByteArray("foobar") << QByteArray("MZXW6YTBOI======");
    }
    void base32Vectors()
    {
        QFETCH(QByteArray, plain);
        QFETCH(QByteArray, encoded);
        QCOMPARE(base32Encode(plain).view().toByteArray(), encoded);
        const auto decoded = base32Decode(encoded);
        QVERIFY(decoded.has_value());
        QCOMPARE(decoded->view().toByteArray(), plain);
        // Without padding, and in lower case, it reads the same.
        QByteArray bare = encoded;
        bare.replace("=", "");
        QCOMPARE(base32Encode(plain, false).view().toByteArray(), bare);
        QCOMPARE(base32Decode(bare.toLower())->view().toByteArray(), plain);
    }

    void base32Rejects_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("digit 1") << QByteArray("MY1=====");
        QTest::newRow("digit 8") << QByteArray("MZXW8===");
        QTest::newRow("one symbol") << QByteArray("M");
        QTest::newRow("three symbols") << QByteArray("MZX");
        QTest::newRow("data after padding") << QByteArray("MY==MY==");
        QTest::newRow("non-zero leftover bits") << QByteArray("MZ======");
        QTest::newRow("wrong padding length") << QByteArray("MY===");
        QTest::newRow("punctuation") << QByteArray("MZXW6-TB");
    }
    void base32Rejects()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!base32Decode(text).has_value());
    }

    void base32IgnoresSpaces()
    {
        QCOMPARE(base32Decode("MZXW 6YTB")->view().toByteArray(), QByteArray("fooba"));
    }

    // RFC 6238 appendix B, the SHA-1 rows: 8 digits, the 20-byte ASCII seed.
    void rfc6238Vectors_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<QByteArray>("code");
        QTest::newRow("59") << qint64(59) << QByteArray("94287082");
        QTest::newRow("1111111109") << qint64(1111111109) << QByteArray("07081804");
        QTest::newRow("1111111111") << qint64(1111111111) << QByteArray("14050471");
        QTest::newRow("1234567890") << qint64(1234567890) << QByteArray("89005924");
        QTest::newRow("2000000000") << qint64(2000000000) << QByteArray("69279037");
        QTest::newRow("20000000000") << qint64(20000000000) << QByteArray("65353130");
    }
    void rfc6238Vectors()
    {
        QFETCH(qint64, time);
        QFETCH(QByteArray, code);
        Totp::Parameters p;
        p.digits = 8;
        const Totp totp(SecureBuffer::fromBytes("12345678901234567890"), p);
        QCOMPARE(totp.codeAt(time), code);
        const auto step = totp.verify(code, time);
        QVERIFY(step.has_value());
        QCOMPARE(*step, time / 30);
    }

    void sixDigitsAreTheLastSix()
    {
        const Totp totp(SecureBuffer::fromBytes("12345678901234567890"));
        QCOMPARE(totp.codeAt(59), QByteArray("287082"));
        QCOMPARE(totp.codeAt(1111111109), QByteArray("081804"));
    }

    void windowAcceptsOneStepEitherSide_data()
    {
        QTest::addColumn<qint64>("codeTime");
        QTest::addColumn<bool>("accepted");
        // now = 1000 * 30 + 10, step 1000
        QTest::newRow("two steps early") << qint64(998 * 30) << false;
        QTest::newRow("one step early") << qint64(999 * 30 + 29) << true;
        QTest::newRow("current") << qint64(1000 * 30) << true;
        QTest::newRow("one step late") << qint64(1001 * 30) << true;
        QTest::newRow("two steps late") << qint64(1002 * 30) << false;
    }
    void windowAcceptsOneStepEitherSide()
    {
        QFETCH(qint64, codeTime);
        QFETCH(bool, accepted);
        const Totp totp(SecureBuffer::fromBytes("12345678901234567890"));
        QCOMPARE(totp.verify(totp.codeAt(codeTime), 1000 * 30 + 10).has_value(), accepted);
    }

    void reuseIsRefused()
    {
        const Totp totp(Totp::generateSecret());
        const qint64 now = 1700000000;
        const QByteArray code = totp.codeAt(now);
        const auto step = totp.verify(code, now);
        QVERIFY(step.has_value());
        // The same code again, with the stored step: refused.
        QVERIFY(!totp.verify(code, now, step).has_value());
        // An earlier code, still inside the window: refused too.
        QVERIFY(!totp.verify(totp.codeAt(now - 30), now, step).has_value());
        // The next code is fine.
        QCOMPARE(totp.verify(totp.codeAt(now + 30), now + 30, step), std::optional<qint64>(*step + 1));
    }

    void malformedCodes_data()
    {
        QTest::addColumn<QByteArray>("code");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("five digits") << QByteArray("12345");
        QTest::newRow("seven digits") << QByteArray("1234567");
        QTest::newRow("letters") << QByteArray("12a456");
    }
    void malformedCodes()
    {
        QFETCH(QByteArray, code);
        const Totp totp(SecureBuffer::fromBytes("12345678901234567890"));
        QVERIFY(!totp.verify(code, 59).has_value());
    }

    void generatedSecretIsRandom()
    {
        const SecureBuffer a = Totp::generateSecret();
        const SecureBuffer b = Totp::generateSecret();
        QCOMPARE(a.size(), std::size_t(20));
        QVERIFY(!(a == b));
    }

    void provisioningUri()
    {
        const Totp totp(SecureBuffer::fromBytes("12345678901234567890"));
        const QByteArray uri =
            totp.provisioningUri("SRS Clearance", "a.researcher@example.ac.uk").view().toByteArray();
        QVERIFY(uri.startsWith("otpauth://totp/SRS%20Clearance:a.researcher%40example.ac.uk?"));
        const QUrlQuery query(QString::fromLatin1(uri.mid(uri.indexOf('?') + 1)));
        QCOMPARE(query.queryItemValue("secret"), QString("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
        QCOMPARE(query.queryItemValue("issuer", QUrl::FullyDecoded), QString("SRS Clearance"));
        QCOMPARE(query.queryItemValue("algorithm"), QString("SHA1"));
        QCOMPARE(query.queryItemValue("digits"), QString("6"));
        QCOMPARE(query.queryItemValue("period"), QString("30"));
    }
};

QTEST_GUILESS_MAIN(TestTotp)
#include "tst_totp.moc"
