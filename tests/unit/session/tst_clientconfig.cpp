#include "session/ClientConfig.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace srs::session;

namespace {
const QString GoodPin = "KWiIIdOb9rTqw0dpt1KAlXf4O/ML4V21EiCTydtuKsM=";
}

class TestClientConfig : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QJsonObject good() const
    {
        return QJsonObject{
            {"server_url", "https://srs.example:8443"},
            {"ca_file", "ca.crt"},
            {"pinned_keys", QJsonArray{GoodPin}},
            {"device_certificate", "device.crt"},
            {"device_key", "device.key"},
            {"setting", "organisation-device"},
        };
    }
    QString write(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath("config.json");
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(bytes);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char *name : {"ca.crt", "device.crt", "device.key", "device.pass"}) {
            QFile f(m_dir.filePath(QString::fromLatin1(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("x\n");
        }
    }

    void goodConfigResolvesPathsNextToTheFile()
    {
        QJsonObject o = good();
        o["device_key_password_file"] = "device.pass";
        o["connect_timeout_seconds"] = 3;
        const auto c = ClientConfig::loadFile(write(QJsonDocument(o).toJson()));
        QVERIFY2(c.ok(), qPrintable(c.ok() ? "" : c.error().message));
        QCOMPARE(c.value().serverUrl, QString("https://srs.example:8443"));
        QCOMPARE(c.value().tls.caFile, m_dir.filePath("ca.crt"));
        QCOMPARE(c.value().tls.keyFile, m_dir.filePath("device.key"));
        QCOMPARE(c.value().tls.pinnedKeys, QStringList{GoodPin});
        QCOMPARE(c.value().tls.connectTimeoutMs, 3000);
        QCOMPARE(c.value().setting, srs::domain::DeviceClass::OrganisationDevice);
        QVERIFY(c.value().tls.keyPassword);
        QCOMPARE(c.value().tls.keyPassword->view(), QByteArrayView("x"));
    }

    void sessionKeysHaveDefaultsAndCanBeSet()
    {
        const auto defaults = ClientConfig::loadFile(write(QJsonDocument(good()).toJson()));
        QVERIFY(defaults.ok());
        QCOMPARE(defaults.value().vpnInterfaces, QStringList({"tun*", "wg*", "ppp*"}));
        QCOMPARE(defaults.value().idleLockMinutes, 15);
        QCOMPARE(defaults.value().environmentCheckSeconds, 5);
        QVERIFY(!defaults.value().purgeCacheOnSignOut); // an organisation's own device
        QVERIFY(defaults.value().requiresVpn());

        QJsonObject o = good();
        o["setting"] = "safe-room-terminal";
        o["vpn_interfaces"] = QJsonArray{"wg-srs"};
        o["idle_lock_minutes"] = 5;
        const auto safeRoom = ClientConfig::loadFile(write(QJsonDocument(o).toJson()));
        QVERIFY(safeRoom.ok());
        QVERIFY(!safeRoom.value().requiresVpn());
        QVERIFY(safeRoom.value().purgeCacheOnSignOut); // a shared terminal
        QCOMPARE(safeRoom.value().idleLockMinutes, 5);
        QCOMPARE(safeRoom.value().vpnInterfaces, QStringList{"wg-srs"});
        QCOMPARE(safeRoom.value().cacheRetentionDays, 30);
        QCOMPARE(safeRoom.value().cacheKeyMilliseconds, 250);
        QVERIFY(safeRoom.value().cacheDirectory.isEmpty());

        o["cache_retention_days"] = 7;
        o["cache_key_milliseconds"] = 5;
        o["cache_directory"] = "caches";
        const auto cacheKeys = ClientConfig::loadFile(write(QJsonDocument(o).toJson()));
        QVERIFY(cacheKeys.ok());
        QCOMPARE(cacheKeys.value().cacheRetentionDays, 7);
        QCOMPARE(cacheKeys.value().cacheKeyMilliseconds, 5);
        QCOMPARE(cacheKeys.value().cacheDirectory, QDir(m_dir.path()).filePath("caches"));
    }

    void systemFileWritableByUsersIsRefused()
    {
        const QString path = write(QJsonDocument(good()).toJson());
        QFile::setPermissions(path,
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther | QFile::WriteOther);
        const auto refused = ClientConfig::checkManagedPermissions(path);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QString("config-permissions"));
        QVERIFY(refused.error().message.contains(path));
        if (::geteuid() == 0) {
            // Owned by root (as here): a file only root can write passes, in a folder only root can write.
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
            QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                    QFile::ReadOther | QFile::ExeOther);
            const auto accepted = ClientConfig::checkManagedPermissions(path);
            QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().message));
        }
    }

    // A file given with --config is held to the same rule, except that it may be the user's own:
    // group- or world-writable, or someone else's, and it is not used.
    void commandLineFileWritableOrOwnedByOthersIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("config.json");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(good()).toJson());
        }
        const auto mode = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
        QVERIFY(QFile::setPermissions(path, mode));
        const auto mine = ClientConfig::checkCommandLinePermissions(path);
        QVERIFY2(mine.ok(), qPrintable(mine.ok() ? QString() : mine.error().message));
        for (const auto extra : {QFile::WriteGroup, QFile::WriteOther}) {
            QVERIFY(QFile::setPermissions(path, mode | extra));
            const auto refused = ClientConfig::checkCommandLinePermissions(path);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, QString("config-permissions"));
            QVERIFY2(refused.error().message.contains("writable by its group or by others"),
                     qPrintable(refused.error().message));
        }
        QVERIFY(QFile::setPermissions(path, mode));
        // Its folder too: whoever can write there can replace the file.
        const auto folderMode = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
        QVERIFY(QFile::setPermissions(dir.path(), folderMode | QFile::WriteOther | QFile::ExeOther));
        const auto folder = ClientConfig::checkCommandLinePermissions(path);
        QVERIFY(!folder.ok());
        QVERIFY2(folder.error().message.contains(QFileInfo(dir.path()).absoluteFilePath()),
                 qPrintable(folder.error().message));
        QVERIFY(QFile::setPermissions(dir.path(), folderMode));
        if (::geteuid() != 0)
            QSKIP("giving the file to another user needs root");
        QCOMPARE(::chown(QFile::encodeName(path).constData(), 4242, 4242), 0);
        const auto foreign = ClientConfig::checkCommandLinePermissions(path);
        QVERIFY(!foreign.ok());
        QVERIFY2(foreign.error().message.contains("belongs to user 4242"),
                 qPrintable(foreign.error().message));
    }

    void badConfigNamesTheKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value"); // Undefined: remove the key
        QTest::addColumn<QString>("mentions");
        QTest::newRow("http url") << "server_url" << QJsonValue("http://srs.example") << "\"server_url\"";
        QTest::newRow("missing url") << "server_url" << QJsonValue(QJsonValue::Undefined)
                                     << "server_url: is missing";
        QTest::newRow("no pins") << "pinned_keys" << QJsonValue(QJsonArray{}) << "\"pinned_keys\"";
        QTest::newRow("bad pin") << "pinned_keys" << QJsonValue(QJsonArray{"not-a-hash"}) << "not-a-hash";
        QTest::newRow("pins not a list")
            << "pinned_keys" << QJsonValue("abc") << "pinned_keys: expected a list";
        QTest::newRow("unknown setting") << "setting" << QJsonValue("home") << "\"setting\"";
        QTest::newRow("unreadable ca") << "ca_file" << QJsonValue("missing.crt") << "\"ca_file\"";
        QTest::newRow("unreadable cert")
            << "device_certificate" << QJsonValue("nope.crt") << "\"device_certificate\"";
        QTest::newRow("pem without key")
            << "device_key" << QJsonValue(QJsonValue::Undefined) << "\"device_key\"";
        QTest::newRow("bad key format")
            << "device_key_format" << QJsonValue("der") << "\"device_key_format\"";
        QTest::newRow("unknown key") << "sever_url" << QJsonValue("typo")
                                     << "sever_url: is not a known field";
        QTest::newRow("no vpn patterns")
            << "vpn_interfaces" << QJsonValue(QJsonArray{}) << "\"vpn_interfaces\"";
        QTest::newRow("vpn pattern with slash")
            << "vpn_interfaces" << QJsonValue(QJsonArray{"/dev/tun0"}) << "/dev/tun0";
        QTest::newRow("idle lock zero") << "idle_lock_minutes" << QJsonValue(0) << "\"idle_lock_minutes\"";
        QTest::newRow("idle lock a day") << "idle_lock_minutes" << QJsonValue(1440) << "1440";
        QTest::newRow("check interval")
            << "environment_check_seconds" << QJsonValue(0) << "\"environment_check_seconds\"";
        QTest::newRow("purge not a bool") << "purge_cache_on_sign_out" << QJsonValue("yes")
                                          << "purge_cache_on_sign_out: expected true or false";
        QTest::newRow("retention zero")
            << "cache_retention_days" << QJsonValue(0) << "\"cache_retention_days\"";
        QTest::newRow("retention too long") << "cache_retention_days" << QJsonValue(400) << "400";
        QTest::newRow("key time zero")
            << "cache_key_milliseconds" << QJsonValue(0) << "\"cache_key_milliseconds\"";
        QTest::newRow("cache folder not text") << "cache_directory" << QJsonValue(3) << "cache_directory";
        QTest::newRow("timeout wrong type") << "connect_timeout_seconds" << QJsonValue("10")
                                            << "connect_timeout_seconds: expected a whole number";
        // Whole numbers that an int would wrap to a value in range (2^32 + 15 is 15 as an int) are
        // refused as what the file says, not read as another number.
        QTest::newRow("idle lock wrapping to 15")
            << "idle_lock_minutes" << QJsonValue(qint64(4294967311)) << "4294967311";
        QTest::newRow("check interval wrapping to 5")
            << "environment_check_seconds" << QJsonValue(qint64(4294967301)) << "4294967301";
        QTest::newRow("retention wrapping to 30")
            << "cache_retention_days" << QJsonValue(qint64(4294967326)) << "4294967326";
        QTest::newRow("key time wrapping to 250")
            << "cache_key_milliseconds" << QJsonValue(qint64(4294967546)) << "4294967546";
        // -4294967 s is -4294967000 ms, which an int wraps to 296 ms.
        QTest::newRow("negative timeout wrapping to 296 ms")
            << "connect_timeout_seconds" << QJsonValue(-4294967) << "\"connect_timeout_seconds\"";
        QTest::newRow("timeout over a day") << "request_timeout_seconds" << QJsonValue(4294968)
                                            << "request_timeout_seconds: must be at most 86400 seconds";
        QTest::newRow("request timeout zero")
            << "request_timeout_seconds" << QJsonValue(0) << "\"request_timeout_seconds\"";
    }
    void badConfigNamesTheKey()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, mentions);
        QJsonObject o = good();
        if (value.isUndefined())
            o.remove(key);
        else
            o[key] = value;
        const auto c = ClientConfig::loadFile(write(QJsonDocument(o).toJson()));
        QVERIFY(!c.ok());
        QVERIFY2(c.error().message.contains(mentions), qPrintable(c.error().message));
    }

    void unreadableOrInvalidFile()
    {
        auto missing = ClientConfig::loadFile(m_dir.filePath("absent.json"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QString("no-config"));
        auto broken = ClientConfig::loadFile(write("{ not json"));
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error().message.contains("not valid JSON"), qPrintable(broken.error().message));
    }
};

QTEST_GUILESS_MAIN(TestClientConfig)
#include "tst_clientconfig.moc"
