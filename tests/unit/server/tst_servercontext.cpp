// ServerContext: the secrets key is made private on first start, and a bad one is refused.

#include "services/ServerContext.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using srs::server::ServerConfig;
using srs::server::ServerContext;

class TestServerContext : public QObject
{
    Q_OBJECT
private slots:
    void firstStartMakesAPrivateKey()
    {
        QTemporaryDir dir;
        ServerConfig config;
        config.dataDir = dir.filePath("data");
        auto context = ServerContext::open(config);
        QVERIFY2(context.ok(), qPrintable(context.ok() ? QString() : context.error().message));
        const QString key = config.effectiveSecretsKeyFile();
        QFile f(key);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.size(), 32);
        QCOMPARE(QFile::permissions(key) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther),
                 QFile::Permissions());
        // The same key opens again: what it sealed still opens.
        const QByteArray sealed = context.value()->secrets().seal("secret", "totp:u-1");
        context = ServerContext::open(config);
        QVERIFY(context.ok());
        const auto opened = context.value()->secrets().open(sealed, "totp:u-1");
        QVERIFY(opened.has_value());
        QCOMPARE(opened->view(), QByteArrayView("secret"));
    }

    void badKeysAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("permissions");
        QTest::addColumn<QString>("mentions");
        const int privateMode = int(QFile::ReadOwner | QFile::WriteOwner);
        QTest::newRow("too short") << QByteArray(16, 'k') << privateMode << "must be exactly 32 bytes";
        QTest::newRow("too long") << QByteArray(33, 'k') << privateMode << "must be exactly 32 bytes";
        QTest::newRow("readable by others")
            << QByteArray(32, 'k') << int(privateMode | QFile::ReadOther) << "readable by others";
    }
    void badKeysAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, permissions);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        ServerConfig config;
        config.dataDir = dir.filePath("data");
        config.secretsKeyFile = dir.filePath("secrets.key");
        QFile f(config.secretsKeyFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        QVERIFY(QFile::setPermissions(config.secretsKeyFile, QFile::Permissions(permissions)));
        const auto context = ServerContext::open(config);
        QVERIFY(!context.ok());
        QVERIFY2(context.error().message.contains(mentions), qPrintable(context.error().message));
    }
};

QTEST_GUILESS_MAIN(TestServerContext)
#include "tst_servercontext.moc"
