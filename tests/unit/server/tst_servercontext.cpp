// ServerContext: the secrets key and the audit chain's key are made private on first start,
// and a bad or missing one is refused.

#include "services/ServerContext.h"

#include "store/AuditKey.h"
#include "store/AuditLog.h"

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

    // The audit key: made 0600 on first start, read again on the next, and never silently
    // replaced once the log is keyed.
    void firstStartKeysTheAuditChain()
    {
        QTemporaryDir dir;
        ServerConfig config;
        config.dataDir = dir.filePath("data");
        config.auditKeyFile = dir.filePath("keys/audit.key");
        auto context = ServerContext::open(config);
        QVERIFY2(context.ok(), qPrintable(context.ok() ? QString() : context.error().message));
        const QString path = config.effectiveAuditKeyFile();
        QVERIFY(QFile::exists(path));
        QCOMPARE(QFile::permissions(path) &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        const srs::store::AuditKey *key = context.value()->database().auditKey();
        QVERIFY(key);
        QCOMPARE(key->keyedFrom(), 1); // a new log is keyed from its first event
        srs::store::AuditLog log(context.value()->database());
        QVERIFY(log.append("u-1", "test.event", "x", {}, QDateTime::currentDateTimeUtc()).ok());
        const QString hash = log.head()->hash;

        context = ServerContext::open(config);
        QVERIFY(context.ok());
        QVERIFY(srs::store::AuditLog(context.value()->database()).verify()->intact);
        QCOMPARE(srs::store::AuditLog(context.value()->database()).head()->hash, hash);
        context = srs::Error{}; // closes the database

        QVERIFY(QFile::remove(path));
        const auto without = ServerContext::open(config);
        QVERIFY(!without.ok());
        QCOMPARE(without.error().code, QString("audit-key"));
        QVERIFY2(without.error().message.contains("missing"), qPrintable(without.error().message));
        QVERIFY(!QFile::exists(path));
    }

    void badAuditKeyIsRefused()
    {
        QTemporaryDir dir;
        ServerConfig config;
        config.dataDir = dir.filePath("data");
        config.auditKeyFile = dir.filePath("audit.key");
        QFile f(config.auditKeyFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("srs-audit-key 1\nkeyed-from 1\nkey " + QByteArray(64, 'a') + "\n");
        f.close();
        QVERIFY(QFile::setPermissions(config.auditKeyFile,
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        auto context = ServerContext::open(config);
        QVERIFY(!context.ok());
        QVERIFY2(context.error().message.contains("chmod 600"), qPrintable(context.error().message));
        QVERIFY(QFile::setPermissions(config.auditKeyFile, QFile::ReadOwner | QFile::WriteOwner));
        context = ServerContext::open(config);
        QVERIFY2(context.ok(), qPrintable(context.ok() ? QString() : context.error().message));
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
