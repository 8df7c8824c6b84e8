#include "crypto/SecretBox.h"

#include <QTest>

using namespace srs::crypto;

class TestSecretBox : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("plain");
        QTest::newRow("totp secret") << QByteArray("12345678901234567890");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("binary") << QByteArray("\x00\x01\xff\x7f", 4);
    }
    void roundTrip()
    {
        QFETCH(QByteArray, plain);
        const SecretBox box(SecretBox::generateKey());
        QVERIFY(box.isValid());
        const QByteArray sealed = box.seal(plain, "totp:u-1");
        QVERIFY(sealed.startsWith("v1:"));
        if (!plain.isEmpty())
            QVERIFY(!sealed.contains(plain.toBase64()));
        const auto opened = box.open(sealed, "totp:u-1");
        QVERIFY(opened.has_value());
        QCOMPARE(opened->view().toByteArray(), plain);
    }

    void nonceIsFresh()
    {
        const SecretBox box(SecretBox::generateKey());
        QVERIFY(box.seal("same", "ad") != box.seal("same", "ad"));
    }

    void refusals()
    {
        const SecureBuffer key = SecretBox::generateKey();
        const SecretBox box(key.clone());
        const QByteArray sealed = box.seal("secret", "totp:u-1");
        QVERIFY(!box.open(sealed, "totp:u-2").has_value()); // moved to another row
        QVERIFY(!SecretBox(SecretBox::generateKey()).open(sealed, "totp:u-1").has_value()); // wrong key
        QVERIFY(SecretBox(key.clone()).open(sealed, "totp:u-1").has_value());

        QByteArray raw = QByteArray::fromBase64(sealed.mid(3));
        for (const int index : {0, 12, int(raw.size()) - 1}) { // nonce, ciphertext, tag
            QByteArray flipped = raw;
            flipped[index] = char(flipped[index] ^ 0x01);
            QVERIFY2(!box.open(QByteArray("v1:" + flipped.toBase64()), "totp:u-1").has_value(),
                     qPrintable(QString::number(index)));
        }
        QVERIFY(!box.open(QByteArray("v2:" + sealed.mid(3)), "totp:u-1").has_value());
        QVERIFY(!box.open("v1:!!!", "totp:u-1").has_value());
        QVERIFY(!box.open(QByteArray("v1:" + raw.left(20).toBase64()), "totp:u-1").has_value());
        QVERIFY(!box.open("", "").has_value());
    }

    void invalidKey()
    {
        const SecretBox box(SecureBuffer::fromBytes("short"));
        QVERIFY(!box.isValid());
        QVERIFY(box.seal("x", "y").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretBox)
#include "tst_secretbox.moc"
