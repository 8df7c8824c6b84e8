#include "crypto/SecureBuffer.h"

#include <QTest>

#include <utility>

using namespace srs::crypto;

class TestSecureBuffer : public QObject
{
    Q_OBJECT
private slots:
    void holdsBytes()
    {
        SecureBuffer b = SecureBuffer::fromBytes("secret");
        QCOMPARE(b.size(), std::size_t(6));
        QCOMPARE(b.view(), QByteArrayView("secret"));
        b.append("-more");
        QCOMPARE(b.view(), QByteArrayView("secret-more"));
    }

    void takeFromWipesTheSource()
    {
        QByteArray source("hunter2");
        source.detach();
        SecureBuffer b = SecureBuffer::takeFrom(source);
        QVERIFY(source.isEmpty());
        QCOMPARE(b.view(), QByteArrayView("hunter2"));
    }

    void zeroBytesOverwritesInPlace()
    {
        QByteArray bytes("password");
        bytes.detach();
        zeroBytes(bytes);
        QCOMPARE(bytes, QByteArray(8, '\0'));
        wipe(bytes);
        QVERIFY(bytes.isEmpty());
    }

    void wipeDoesNotTouchSharedCopies()
    {
        QByteArray a("shared");
        QByteArray b = a; // implicitly shared
        wipe(a);
        QVERIFY(a.isEmpty());
        QCOMPARE(b, QByteArray("shared"));
    }

    void clearZeroesTheBytes()
    {
        SecureBuffer b = SecureBuffer::fromBytes("top secret");
        unsigned char *storage = b.data();
        const std::size_t n = b.size();
        b.clear();
        QCOMPARE(b.size(), std::size_t(0));
        // The storage is still owned by b (capacity kept), so reading it is defined.
        for (std::size_t i = 0; i < n; ++i)
            QCOMPARE(storage[i], static_cast<unsigned char>(0));
    }

    void moveLeavesSourceEmpty()
    {
        SecureBuffer a = SecureBuffer::fromBytes("k");
        SecureBuffer b(std::move(a));
        QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is the contract
        QCOMPARE(b.view(), QByteArrayView("k"));
        SecureBuffer c;
        c = std::move(b);
        QVERIFY(b.isEmpty()); // NOLINT(bugprone-use-after-move)
        QCOMPARE(c.view(), QByteArrayView("k"));
    }

    void equalityAndHex()
    {
        QVERIFY(SecureBuffer::fromBytes("abc") == SecureBuffer::fromBytes("abc"));
        QVERIFY(!(SecureBuffer::fromBytes("abc") == SecureBuffer::fromBytes("abd")));
        QCOMPARE(SecureBuffer::fromBytes("\x01\xab").toHex().view(), QByteArrayView("01ab"));
        QCOMPARE(SecureBuffer::fromBytes("xyz").clone().view(), QByteArrayView("xyz"));
    }
};

QTEST_GUILESS_MAIN(TestSecureBuffer)
#include "tst_securebuffer.moc"
