#include "services/ServerConfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using srs::server::ServerConfig;

class TestServerConfig : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString write(const QByteArray &json)
    {
        QFile f(m_dir.filePath("server.json"));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(json);
        return f.fileName();
    }

private slots:
    void listenForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("ipv4") << "127.0.0.1:8443" << true << "127.0.0.1" << 8443;
        QTest::newRow("any port") << "127.0.0.1:0" << true << "127.0.0.1" << 0;
        QTest::newRow("ipv6") << "[::1]:9000" << true << "::1" << 9000;
        QTest::newRow("name") << "localhost:1" << true << "localhost" << 1;
        QTest::newRow("no port") << "127.0.0.1" << false << "" << 0;
        QTest::newRow("port too big") << "127.0.0.1:70000" << false << "" << 0;
        QTest::newRow("port not a number") << "127.0.0.1:https" << false << "" << 0;
        QTest::newRow("ipv6 without brackets port") << "[::1]" << false << "" << 0;
    }
    void listenForms()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, host);
        QFETCH(int, port);
        ServerConfig c;
        const auto s = c.setListen(text);
        QCOMPARE(s.ok(), ok);
        if (ok) {
            QCOMPARE(c.listenHost, host);
            QCOMPARE(c.listenPort, port);
        } else {
            QVERIFY(s.error().message.contains(text) || s.error().message.contains("port"));
        }
    }

    void fileResolvesRelativePaths()
    {
        const auto c = ServerConfig::loadFile(write(R"({"listen":"127.0.0.1:9","data_dir":"data",
            "tls":{"certificate":"s.crt","key":"s.key","device_ca":"ca.crt"},"threads":8})"));
        QVERIFY2(c.ok(), qPrintable(c.ok() ? "" : c.error().message));
        QCOMPARE(c.value().dataDir, m_dir.filePath("data"));
        QCOMPARE(c.value().certificateFile, m_dir.filePath("s.crt"));
        QCOMPARE(c.value().listenPort, 9);
        QCOMPARE(c.value().threads, 8);
    }

    void everySectionIsRead()
    {
        const auto c = ServerConfig::loadFile(write(R"({"data_dir":"data",
            "database":{"backend":"postgres","host":"/run/pg","port":5433,"name":"srs","user":"srs",
                        "password_file":"db.pass","options":"sslmode=verify-full"},
            "secrets_key_file":"keys/secrets.key","uk_ranges":["81.0.0.0/8","2a00::/12"],
            "sessions":{"idle_timeout_minutes":15,"lifetime_hours":8},
            "declarations":{"security_version":2,"extended_syops_version":3},
            "workspaces_dir":"ws","workspace_scan_seconds":5})"));
        QVERIFY2(c.ok(), qPrintable(c.ok() ? "" : c.error().message));
        const ServerConfig &v = c.value();
        QCOMPARE(v.database.backend, srs::store::DatabaseConfig::Backend::Postgres);
        QCOMPARE(v.database.hostName, QString("/run/pg"));
        QCOMPARE(v.database.port, 5433);
        QCOMPARE(v.database.databaseName, QString("srs"));
        QCOMPARE(v.database.options, QString("sslmode=verify-full"));
        QCOMPARE(v.databasePasswordFile, m_dir.filePath("db.pass"));
        QCOMPARE(v.effectiveSecretsKeyFile(), m_dir.filePath("keys/secrets.key"));
        QCOMPARE(v.ukRanges.size(), 2);
        QCOMPARE(v.sessionIdleMinutes, 15);
        QCOMPARE(v.sessionLifetimeHours, 8);
        QCOMPARE(v.securityDeclarationVersion, 2);
        QCOMPARE(v.extendedSyopsVersion, 3);
        QCOMPARE(v.effectiveWorkspacesDir(), m_dir.filePath("ws"));
        QCOMPARE(v.workspaceScanSeconds, 5);
    }

    void defaultsComeFromTheDataFolder()
    {
        const auto c = ServerConfig::loadFile(write(R"({"data_dir":"d"})"));
        QVERIFY(c.ok());
        QCOMPARE(c.value().effectiveDatabase().sqlitePath, m_dir.filePath("d/clearance.sqlite3"));
        QCOMPARE(c.value().effectiveSecretsKeyFile(), m_dir.filePath("d/secrets.key"));
        QCOMPARE(c.value().effectiveWorkspacesDir(), m_dir.filePath("d/workspaces"));
    }

    void badFilesNameTheProblem_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("{") << "not valid JSON";
        QTest::newRow("unknown key") << QByteArray(R"({"listne":"x"})") << "listne: is not a known field";
        QTest::newRow("bad listen") << QByteArray(R"({"listen":"nowhere"})") << "listen";
        QTest::newRow("threads type")
            << QByteArray(R"({"threads":"many"})") << "threads: expected a whole number";
        QTest::newRow("threads range") << QByteArray(R"({"threads":1})") << "threads: must be between";
        QTest::newRow("bad backend") << QByteArray(R"({"database":{"backend":"oracle"}})")
                                     << "database.backend";
        QTest::newRow("bad uk range") << QByteArray(R"({"uk_ranges":["UK"]})") << "uk_ranges: \"UK\"";
        QTest::newRow("sessions unknown key")
            << QByteArray(R"({"sessions":{"idle":3}})") << "sessions.idle: is not a known field";
        QTest::newRow("idle zero") << QByteArray(R"({"sessions":{"idle_timeout_minutes":0}})")
                                   << "sessions: timeouts";
        QTest::newRow("tls incomplete")
            << QByteArray(R"({"tls":{"certificate":"a"}})") << "tls.key: is missing";
        QTest::newRow("tls unknown key")
            << QByteArray(R"({"tls":{"certificate":"a","key":"b","device_ca":"c","ca":"d"}})")
            << "tls.ca: is not a known field";
    }
    void badFilesNameTheProblem()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const auto c = ServerConfig::loadFile(write(json));
        QVERIFY(!c.ok());
        QVERIFY2(c.error().message.contains(mentions), qPrintable(c.error().message));
    }

    void validateNeedsReadableFiles()
    {
        ServerConfig c;
        QVERIFY(!c.validate().ok());
        c.dataDir = m_dir.path();
        c.certificateFile = m_dir.filePath("missing.crt");
        c.keyFile = c.deviceCaFile = c.certificateFile;
        const auto s = c.validate();
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains("tls.certificate: cannot read"), qPrintable(s.error().message));
    }
};

QTEST_GUILESS_MAIN(TestServerConfig)
#include "tst_serverconfig.moc"
