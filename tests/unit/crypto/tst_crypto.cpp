#include "crypto/Crypto.h"

#include <QTest>

using namespace srs::crypto;

namespace {
QByteArray repeat(char byte, int n)
{
    return QByteArray(n, byte);
}
QByteArray range(int from, int to)
{
    QByteArray out;
    for (int i = from; i <= to; ++i)
        out.append(static_cast<char>(i));
    return out;
}
} // namespace

class TestCrypto : public QObject
{
    Q_OBJECT
private slots:
    void sha256_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("digestHex");
        QTest::newRow("empty") << QByteArray()
                               << QByteArray(
                                      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("abc") << QByteArray("abc")
                             << QByteArray(
                                    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
    void sha256()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, digestHex);
        QCOMPARE(srs::crypto::sha256(input).toHex(), digestHex);
    }

    // Given in pieces of every size, the digest is the same as given whole (and as the known
    // answers above).
    void sha256InPieces_data() { sha256_data(); }
    void sha256InPieces()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, digestHex);
        for (qsizetype piece = 1; piece <= 4; ++piece) {
            srs::crypto::Sha256 h;
            for (qsizetype at = 0; at < input.size(); at += piece)
                h.addData(QByteArrayView(input.constData() + at, std::min(piece, input.size() - at)));
            QCOMPARE(h.result().toHex(), digestHex);
        }
        QByteArray large(3 * 1024 * 1024 + 7, Qt::Uninitialized);
        for (qsizetype i = 0; i < large.size(); ++i)
            large[i] = char(i * 131 % 251);
        srs::crypto::Sha256 h;
        for (qsizetype at = 0; at < large.size(); at += 1024 * 1024)
            h.addData(
                QByteArrayView(large.constData() + at, std::min<qsizetype>(1024 * 1024, large.size() - at)));
        QCOMPARE(h.result(), srs::crypto::sha256(large));
    }

    // RFC 4231, test cases 1-7 (case 5 compares the first 128 bits, as the RFC does).
    void hmacRfc4231_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("macHex");
        QTest::newRow("case 1") << repeat('\x0b', 20) << QByteArray("Hi There")
                                << QByteArray(
                                       "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
        QTest::newRow("case 2 (short key)")
            << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
            << QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        QTest::newRow("case 3") << repeat('\xaa', 20) << repeat('\xdd', 50)
                                << QByteArray(
                                       "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
        QTest::newRow("case 4") << range(1, 25) << repeat('\xcd', 50)
                                << QByteArray(
                                       "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b");
        QTest::newRow("case 5 (truncated)") << repeat('\x0c', 20) << QByteArray("Test With Truncation")
                                            << QByteArray("a3b6167473100ee06e0c796c2955552b");
        QTest::newRow("case 6 (key longer than block)")
            << repeat('\xaa', 131) << QByteArray("Test Using Larger Than Block-Size Key - Hash Key First")
            << QByteArray("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
        QTest::newRow("case 7 (key and data longer than block)")
            << repeat('\xaa', 131)
            << QByteArray(
                   "This is a test using a larger than block-size key and a larger than block-size data. "
                   "The key needs to be hashed before being used by the HMAC algorithm.")
            << QByteArray("9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
    }
    void hmacRfc4231()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, macHex);
        const QByteArray mac = hmacSha256(key, data).toHex();
        QCOMPARE(mac.left(macHex.size()), macHex);
    }

    // RFC 5869, appendix A, test cases 1-3 (the SHA-256 ones).
    void hkdfRfc5869_data()
    {
        QTest::addColumn<QByteArray>("ikm");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<QByteArray>("info");
        QTest::addColumn<int>("length");
        QTest::addColumn<QByteArray>("okmHex");
        QTest::newRow("case 1 (basic)")
            << repeat('\x0b', 22) << range(0x00, 0x0c) << range(0xf0, 0xf9) << 42
            << QByteArray(
                   "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
        QTest::newRow("case 2 (long inputs)")
            << range(0x00, 0x4f) << range(0x60, 0xaf) << range(0xb0, 0xff) << 82
            << QByteArray("b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c"
                          "59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71"
                          "cc30c58179ec3e87c14c01d5c1f3434f1d87");
        QTest::newRow("case 3 (no salt, no info)")
            << repeat('\x0b', 22) << QByteArray() << QByteArray() << 42
            << QByteArray(
                   "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8");
    }
    void hkdfRfc5869()
    {
        QFETCH(QByteArray, ikm);
        QFETCH(QByteArray, salt);
        QFETCH(QByteArray, info);
        QFETCH(int, length);
        QFETCH(QByteArray, okmHex);
        const SecureBuffer okm = hkdfSha256(ikm, salt, info, length);
        QCOMPARE(okm.size(), static_cast<std::size_t>(length));
        QCOMPARE(okm.view().toByteArray().toHex(), okmHex);
    }

    void hkdfRejectsImpossibleLength()
    {
        QVERIFY(hkdfSha256("k", "s", "i", 0).isEmpty());
        QVERIFY(hkdfSha256("k", "s", "i", 255 * 32 + 1).isEmpty());
        QCOMPARE(hkdfSha256("k", "s", "i", 255 * 32).size(), std::size_t(255 * 32));
    }

    void constantTimeEquals_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<bool>("equal");
        QTest::newRow("same") << QByteArray("token-123") << QByteArray("token-123") << true;
        QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
        QTest::newRow("last byte differs") << QByteArray("token-123") << QByteArray("token-124") << false;
        QTest::newRow("first byte differs") << QByteArray("aoken") << QByteArray("token") << false;
        QTest::newRow("prefix") << QByteArray("token") << QByteArray("token-123") << false;
        QTest::newRow("empty vs one") << QByteArray() << QByteArray("x") << false;
    }
    void constantTimeEquals()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QFETCH(bool, equal);
        QCOMPARE(srs::crypto::constantTimeEquals(a, b), equal);
    }

    void randomBytesAreFreshAndSized()
    {
        const QByteArray a = randomBytes(32);
        const QByteArray b = randomBytes(32);
        QCOMPARE(a.size(), 32);
        QCOMPARE(b.size(), 32);
        // 2^-256 chance of a false failure.
        QVERIFY(a != b);
        QCOMPARE(randomBytes(0).size(), 0);
        const SecureBuffer s = randomSecret(32);
        QCOMPARE(s.size(), std::size_t(32));
        QVERIFY(s.view() != QByteArrayView(QByteArray(32, '\0')));
    }
};

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
