#include "crypto/PasswordHasher.h"

#include <argon2.h>

#include <QTest>

using namespace srs::crypto;

class TestPasswordHasher : public QObject
{
    Q_OBJECT
private slots:
    void hashAndVerify()
    {
        const PasswordHasher hasher(Argon2Parameters::fastForTests());
        const QByteArray encoded = hasher.hash("correct horse battery staple");
        QVERIFY(encoded.startsWith("$argon2id$v=19$m=8,t=1,p=1$"));
        QVERIFY(hasher.verify("correct horse battery staple", encoded));
        QVERIFY(!hasher.verify("correct horse battery stapler", encoded));
        QVERIFY(!hasher.verify("", encoded));
    }

    void saltIsFreshEachTime()
    {
        const PasswordHasher hasher(Argon2Parameters::fastForTests());
        const QByteArray a = hasher.hash("same password");
        const QByteArray b = hasher.hash("same password");
        QVERIFY(a != b);
        const auto da = PasswordHasher::decode(a);
        QVERIFY(da.has_value());
        QCOMPARE(da->salt.size(), 16);
        QCOMPARE(da->hash.size(), 32);
    }

    void emptyPassword()
    {
        const PasswordHasher hasher(Argon2Parameters::fastForTests());
        const QByteArray encoded = hasher.hash("");
        QVERIFY(!encoded.isEmpty());
        QVERIFY(hasher.verify("", encoded));
        QVERIFY(!hasher.verify("x", encoded));
    }

    // libargon2's own encoder and verifier agree with ours, both ways.
    void interoperatesWithLibargon2()
    {
        const QByteArray password = "interop";
        const QByteArray salt = "0123456789abcdef";
        char encoded[256] = {};
        QCOMPARE(argon2id_hash_encoded(2, 16, 1, password.constData(), password.size(), salt.constData(),
                                       salt.size(), 32, encoded, sizeof encoded),
                 ARGON2_OK);
        const PasswordHasher hasher(Argon2Parameters::fastForTests());
        QVERIFY(hasher.verify(password, QByteArray(encoded)));
        QVERIFY(!hasher.verify("other", QByteArray(encoded)));

        const QByteArray ours = hasher.hash(password);
        QCOMPARE(argon2id_verify(ours.constData(), password.constData(), password.size()), ARGON2_OK);

        // Same inputs give the same string.
        Argon2Encoded decoded = *PasswordHasher::decode(QByteArray(encoded));
        QCOMPARE(PasswordHasher::encode(decoded), QByteArray(encoded));
    }

    void tamperedEncodingIsRefused_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::newRow("argon2i instead of argon2id") << QByteArray("$argon2id$") << QByteArray("$argon2i$");
        QTest::newRow("other version") << QByteArray("$v=19$") << QByteArray("$v=16$");
        QTest::newRow("time cost changed") << QByteArray(",t=1,") << QByteArray(",t=2,");
        QTest::newRow("memory changed") << QByteArray("m=8,") << QByteArray("m=16,");
        QTest::newRow("memory absurd") << QByteArray("m=8,") << QByteArray("m=4294967295,");
        QTest::newRow("leading zero") << QByteArray("m=8,") << QByteArray("m=08,");
        QTest::newRow("parameters reordered") << QByteArray("m=8,t=1,p=1") << QByteArray("t=1,m=8,p=1");
        QTest::newRow("padding added") << QByteArray() << QByteArray("=");
        QTest::newRow("missing field") << QByteArray("$v=19") << QByteArray();
    }
    void tamperedEncodingIsRefused()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        const PasswordHasher hasher(Argon2Parameters::fastForTests());
        QByteArray encoded = hasher.hash("secret");
        QVERIFY(hasher.verify("secret", encoded));
        if (from.isEmpty())
            encoded.append(to);
        else
            encoded.replace(from, to);
        QVERIFY(!hasher.verify("secret", encoded));
    }

    void flippedHashOrSaltCharacter_data()
    {
        QTest::addColumn<int>("part"); // 4 = salt, 5 = hash
        QTest::newRow("salt") << 4;
        QTest::newRow("hash") << 5;
    }
    void flippedHashOrSaltCharacter()
    {
        QFETCH(int, part);
        const PasswordHasher hasher(Argon2Parameters::fastForTests());
        QList<QByteArray> parts = hasher.hash("secret").split('$');
        QByteArray &field = parts[part];
        field[2] = field[2] == 'A' ? 'B' : 'A';
        QVERIFY(!hasher.verify("secret", parts.join('$')));
    }

    void garbageIsRefused_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("dollars") << QByteArray("$$$$$");
        QTest::newRow("bcrypt") << QByteArray("$2b$12$abcdefghijklmnopqrstuuYQ3fYvZ0oVqjKx1Rk6m4xkjW7v0K/Fu");
        QTest::newRow("bad base64") << QByteArray("$argon2id$v=19$m=8,t=1,p=1$!!!!$????");
        QTest::newRow("short salt") << QByteArray("$argon2id$v=19$m=8,t=1,p=1$YWJj$YWJjZGVmZ2hpamtsbW5vcA");
    }
    void garbageIsRefused()
    {
        QFETCH(QByteArray, encoded);
        const PasswordHasher hasher(Argon2Parameters::fastForTests());
        QVERIFY(!hasher.verify("anything", encoded));
        QVERIFY(hasher.needsRehash(encoded));
    }

    void needsRehash()
    {
        const PasswordHasher weak(Argon2Parameters::fastForTests());
        Argon2Parameters stronger = Argon2Parameters::fastForTests();
        stronger.timeCost = 2;
        const PasswordHasher strong(stronger);
        const QByteArray encoded = weak.hash("pw");
        QVERIFY(!weak.needsRehash(encoded));
        QVERIFY(strong.needsRehash(encoded));
        // The stronger hasher still verifies the old hash with the costs written in it.
        QVERIFY(strong.verify("pw", encoded));
    }

    void badParametersGiveNoHash()
    {
        Argon2Parameters p = Argon2Parameters::fastForTests();
        p.saltLength = 4;
        QVERIFY(PasswordHasher(p).hash("pw").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
