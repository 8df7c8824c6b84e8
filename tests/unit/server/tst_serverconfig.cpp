#include "services/ServerConfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

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
            "secrets_key_file":"keys/secrets.key","audit_key_file":"keys/audit.key","uk_ranges":["81.0.0.0/8","2a00::/12"],
            "trusted_proxies":["10.0.0.5","fd00::/64"],
            "sessions":{"idle_timeout_minutes":15,"lifetime_hours":8},
            "declarations":{"security_version":2,"extended_syops_version":3},
            "workspaces_dir":"ws","workspace_scan_seconds":5,
            "checking_settings":["safe-room","home-working"]})"));
        QVERIFY2(c.ok(), qPrintable(c.ok() ? "" : c.error().message));
        const ServerConfig &v = c.value();
        QCOMPARE(v.database.backend, srs::store::DatabaseConfig::Backend::Postgres);
        QCOMPARE(v.database.hostName, QString("/run/pg"));
        QCOMPARE(v.database.port, 5433);
        QCOMPARE(v.database.databaseName, QString("srs"));
        QCOMPARE(v.database.options, QString("sslmode=verify-full"));
        QCOMPARE(v.databasePasswordFile, m_dir.filePath("db.pass"));
        QCOMPARE(v.effectiveSecretsKeyFile(), m_dir.filePath("keys/secrets.key"));
        QCOMPARE(v.effectiveAuditKeyFile(), m_dir.filePath("keys/audit.key"));
        QCOMPARE(v.ukRanges.size(), 2);
        QCOMPARE(v.trustedProxies.size(), 2);
        QVERIFY(v.trustedProxies.at(0).contains(*srs::domain::IpAddress::parse(u"10.0.0.5")));
        QVERIFY(!v.trustedProxies.at(0).contains(*srs::domain::IpAddress::parse(u"10.0.0.6")));
        QCOMPARE(v.sessionIdleMinutes, 15);
        QCOMPARE(v.sessionLifetimeHours, 8);
        QCOMPARE(v.securityDeclarationVersion, 2);
        QCOMPARE(v.extendedSyopsVersion, 3);
        QCOMPARE(v.effectiveWorkspacesDir(), m_dir.filePath("ws"));
        QCOMPARE(v.workspaceScanSeconds, 5);
        QCOMPARE(v.checkingSettings,
                 (QList<srs::domain::SettingKind>{srs::domain::SettingKind::SafeRoom,
                                                  srs::domain::SettingKind::HomeWorking}));
    }

    // Checkers look at unreleased outputs from safe rooms and organisation offices unless a
    // deployment says otherwise; home working only when listed.
    void checkingSettingsDefaultToSafeRoomsAndOffices()
    {
        const auto c = ServerConfig::loadFile(write(R"({"data_dir":"d"})"));
        QVERIFY(c.ok());
        QCOMPARE(c.value().checkingSettings,
                 (QList<srs::domain::SettingKind>{srs::domain::SettingKind::SafeRoom,
                                                  srs::domain::SettingKind::OrganisationOffice}));
    }

    void httpLimitsAreRead()
    {
        const auto c = ServerConfig::loadFile(write(R"({"data_dir":"d",
            "http":{"max_header_bytes":4096,"max_header_line_bytes":1024,"max_header_count":20,
                    "max_connections":500,"max_connections_per_source":0,"tls_handshake_timeout_seconds":2,
                    "request_head_timeout_seconds":3,"request_timeout_seconds":30}})"));
        QVERIFY2(c.ok(), qPrintable(c.ok() ? "" : c.error().message));
        const ServerConfig &v = c.value();
        QCOMPARE(v.maxHeaderBytes, 4096);
        QCOMPARE(v.maxHeaderLineBytes, 1024);
        QCOMPARE(v.maxHeaderCount, 20);
        QCOMPARE(v.maxConnections, 500);
        QCOMPARE(v.maxConnectionsPerSource, 0);
        QCOMPARE(v.tlsHandshakeTimeoutSeconds, 2);
        QCOMPARE(v.requestHeadTimeoutSeconds, 3);
        QCOMPARE(v.requestTimeoutSeconds, 30);
        const auto defaults = ServerConfig::loadFile(write(R"({"data_dir":"d"})"));
        QCOMPARE(defaults.value().maxConnectionsPerSource, 128);
        QCOMPARE(defaults.value().tlsHandshakeTimeoutSeconds, 5);
    }

    void ingestSettingsAreRead()
    {
        const auto c = ServerConfig::loadFile(write(R"({"data_dir":"d","max_request_bytes":16777216,
            "ingest":{"quarantine_dir":"q","chunk_bytes":8388608,"max_file_bytes":100,"max_request_bytes":200,
                      "max_request_files":3,"max_project_bytes":400,"clamd_socket":"run/clamd.ctl",
                      "allow_archives":true,"scan_retry_seconds":5}})"));
        QVERIFY2(c.ok(), qPrintable(c.ok() ? "" : c.error().message));
        const ServerConfig &v = c.value();
        QCOMPARE(v.effectiveQuarantineDir(), m_dir.filePath("q"));
        QCOMPARE(v.effectiveIngestChunkBytes(), 8388608);
        QCOMPARE(v.ingestMaxFileBytes, 100);
        QCOMPARE(v.ingestMaxRequestBytes, 200);
        QCOMPARE(v.ingestMaxRequestFiles, 3);
        QCOMPARE(v.ingestMaxProjectBytes, 400);
        QCOMPARE(v.ingestClamdSocket, m_dir.filePath("run/clamd.ctl"));
        QCOMPARE(v.ingestAllowArchives, true);
        QCOMPARE(v.ingestScanRetrySeconds, 5);
        // A chunk is one request body: never larger than max_request_bytes.
        const auto defaults = ServerConfig::loadFile(write(R"({"data_dir":"d"})"));
        QCOMPARE(defaults.value().effectiveQuarantineDir(), m_dir.filePath("d/quarantine"));
        QCOMPARE(defaults.value().ingestChunkBytes, 8 * 1024 * 1024);
        QCOMPARE(defaults.value().effectiveIngestChunkBytes(), defaults.value().maxRequestBytes);
        // No scanner unless configured (files then wait), archives refused, retried every minute.
        QCOMPARE(defaults.value().ingestClamdSocket, QString());
        QCOMPARE(defaults.value().ingestAllowArchives, false);
        QCOMPARE(defaults.value().ingestScanRetrySeconds, 60);
    }

    void defaultsComeFromTheDataFolder()
    {
        const auto c = ServerConfig::loadFile(write(R"({"data_dir":"d"})"));
        QVERIFY(c.ok());
        QCOMPARE(c.value().effectiveDatabase().sqlitePath, m_dir.filePath("d/clearance.sqlite3"));
        QCOMPARE(c.value().effectiveSecretsKeyFile(), m_dir.filePath("d/secrets.key"));
        QCOMPARE(c.value().effectiveAuditKeyFile(), m_dir.filePath("d/audit.key"));
        QCOMPARE(c.value().effectiveWorkspacesDir(), m_dir.filePath("d/workspaces"));
    }

    // The end-date warnings: 60, 30 and 7 days unless the file says otherwise.
    void endWarningDays()
    {
        auto c = ServerConfig::loadFile(write(R"({"data_dir":"d"})"));
        QVERIFY(c.ok());
        QCOMPARE(c.value().endWarningDays, (QList<int>{60, 30, 7}));
        c = ServerConfig::loadFile(write(R"({"data_dir":"d","projects":{"end_warning_days":"14, 90"}})"));
        QVERIFY2(c.ok(), qPrintable(c.ok() ? "" : c.error().message));
        QCOMPARE(c.value().endWarningDays, (QList<int>{90, 14}));
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
        QTest::newRow("bad trusted proxy") << QByteArray(R"({"trusted_proxies":["haproxy.internal"]})")
                                           << "trusted_proxies: \"haproxy.internal\"";
        QTest::newRow("sessions unknown key")
            << QByteArray(R"({"sessions":{"idle":3}})") << "sessions.idle: is not a known field";
        QTest::newRow("idle zero") << QByteArray(R"({"sessions":{"idle_timeout_minutes":0}})")
                                   << "sessions: timeouts";
        QTest::newRow("unknown checking setting")
            << QByteArray(R"({"checking_settings":["safe-room","cafe"]})")
            << "checking_settings: \"cafe\" is not a setting";
        QTest::newRow("end warning days not days")
            << QByteArray(R"({"projects":{"end_warning_days":"60,soon"}})") << "projects.end_warning_days";
        QTest::newRow("end warning days zero")
            << QByteArray(R"({"projects":{"end_warning_days":"0"}})") << "projects.end_warning_days";
        QTest::newRow("projects unknown key")
            << QByteArray(R"({"projects":{"warn":"60"}})") << "projects.warn: is not a known field";
        QTest::newRow("checking settings not a list")
            << QByteArray(R"({"checking_settings":"safe-room"})") << "checking_settings";
        QTest::newRow("tls incomplete")
            << QByteArray(R"({"tls":{"certificate":"a"}})") << "tls.key: is missing";
        QTest::newRow("http unknown key")
            << QByteArray(R"({"http":{"max_headers":3}})") << "http.max_headers: is not a known field";
        QTest::newRow("http handshake zero")
            << QByteArray(R"({"http":{"tls_handshake_timeout_seconds":0}})")
            << "http.tls_handshake_timeout_seconds: must be between 1 and 600";
        QTest::newRow("http type") << QByteArray(R"({"http":{"max_header_count":"lots"}})")
                                   << "http.max_header_count: expected a whole number";
        QTest::newRow("http negative per source")
            << QByteArray(R"({"http":{"max_connections_per_source":-1}})")
            << "http.max_connections_per_source: must be between";
        QTest::newRow("ingest unknown key")
            << QByteArray(R"({"ingest":{"chunk":3}})") << "ingest.chunk: is not a known field";
        QTest::newRow("ingest chunk too small") << QByteArray(R"({"ingest":{"chunk_bytes":1000}})")
                                                << "ingest.chunk_bytes: must be at least 65536";
        QTest::newRow("ingest files zero") << QByteArray(R"({"ingest":{"max_request_files":0}})")
                                           << "ingest.max_request_files: must be between";
        QTest::newRow("ingest retry zero") << QByteArray(R"({"ingest":{"scan_retry_seconds":0}})")
                                           << "ingest.scan_retry_seconds: must be between 1 and 86400";
        QTest::newRow("ingest archives type")
            << QByteArray(R"({"ingest":{"allow_archives":"yes"}})") << "ingest.allow_archives";
        QTest::newRow("ingest size type") << QByteArray(R"({"ingest":{"max_file_bytes":"big"}})")
                                          << "ingest.max_file_bytes: expected a whole number";
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

    // The file given with --config decides what the server trusts: one that someone else could
    // change (group- or world-writable, another user's, or in a folder others can write) is refused.
    void configFileOthersCouldChangeIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("server.json");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"data_dir":"d"})");
        }
        const auto mode = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
        QVERIFY(QFile::setPermissions(path, mode));
        QVERIFY(ServerConfig::loadFile(path).ok());
        for (const auto extra : {QFile::WriteGroup, QFile::WriteOther}) {
            QVERIFY(QFile::setPermissions(path, mode | extra));
            const auto refused = ServerConfig::loadFile(path);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, QString("config-permissions"));
            QVERIFY2(refused.error().message.contains("writable by its group or by others"),
                     qPrintable(refused.error().message));
        }
        QVERIFY(QFile::setPermissions(path, mode));
        const auto folderMode = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
        QVERIFY(QFile::setPermissions(dir.path(), folderMode | QFile::WriteGroup | QFile::ExeGroup));
        QVERIFY(!ServerConfig::loadFile(path).ok());
        QVERIFY(QFile::setPermissions(dir.path(), folderMode));
        if (::geteuid() != 0)
            QSKIP("giving the file to another user needs root");
        QCOMPARE(::chown(QFile::encodeName(path).constData(), 4242, 4242), 0);
        const auto foreign = ServerConfig::loadFile(path);
        QVERIFY(!foreign.ok());
        QVERIFY2(foreign.error().message.contains("belongs to user 4242"),
                 qPrintable(foreign.error().message));
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
