#pragma once

#include "domain/IpRange.h"
#include "domain/Result.h"
#include "store/DatabaseConfig.h"

#include <QList>
#include <QString>

namespace srs::server {

// Server settings: a JSON configuration file, then command-line overrides. Relative paths
// in the file are taken relative to the file's folder.
//
// {
//   "listen": "127.0.0.1:8443",
//   "data_dir": "/var/lib/srs-clearance-server",
//   "tls": {"certificate": "server.crt", "key": "server.key", "device_ca": "device-ca.crt"},
//   "log_level": "info",
//   "threads": 64,
//   "max_request_bytes": 1048576,
//   "database": {"backend": "sqlite", "path": "clearance.sqlite3"}
//            or {"backend": "postgres", "host": "db.internal", "port": 5432, "name": "srs",
//                "user": "srs", "password_file": "/etc/srs-clearance-server/db.pass",
//                "options": "sslmode=verify-full"},
//   "secrets_key_file": "/etc/srs-clearance-server/secrets.key",
//   "uk_ranges": ["81.0.0.0/8", ...],
//   "sessions": {"idle_timeout_minutes": 30, "lifetime_hours": 12},
//   "declarations": {"security_version": 1, "extended_syops_version": 1},
//   "workspaces_dir": "workspaces",
//   "workspace_scan_seconds": 10,
//   "checks": {"runs_per_window": 60, "bytes_per_window": 4294967296, "window_seconds": 600},
//   "register_checkers": "role"
// }
// Defaults: the database is <data_dir>/clearance.sqlite3, the secrets key
// <data_dir>/secrets.key (made on first start; keep a production key outside the data
// folder and its backups), workspaces under <data_dir>/workspaces/<project id>/.
struct ServerConfig
{
    QString listenHost = QStringLiteral("127.0.0.1");
    int listenPort = 8443; // 0: any free port (printed in the "listening" log line)
    QString dataDir;
    QString certificateFile;
    QString keyFile;
    QString deviceCaFile;
    QString logLevel = QStringLiteral("info");
    int threads = 64;
    qint64 maxRequestBytes = 1024 * 1024;
    int keepAliveMaxCount = 1000;
    int keepAliveTimeoutSeconds = 30;
    QString portFile; // when set, the bound port is written here once listening

    store::DatabaseConfig database; // backend Sqlite with an empty path: <data_dir>/clearance.sqlite3
    QString databasePasswordFile;
    QString secretsKeyFile;          // empty: <data_dir>/secrets.key
    QList<domain::IpRange> ukRanges; // organisation devices must connect from one of these
    int sessionIdleMinutes = 30;
    int sessionLifetimeHours = 12;
    int securityDeclarationVersion = 1;
    int extendedSyopsVersion = 1;
    QString workspacesDir; // empty: <data_dir>/workspaces
    int workspaceScanSeconds = 10;
    // Each person's allowance of checks (POST /projects/{id}/checks): runs and bytes of
    // workspace files read in a window of time.
    int checkRunsPerWindow = 60;
    qint64 checkBytesPerWindow = 4LL * 1024 * 1024 * 1024;
    int checkWindowSeconds = 600;
    // The register of releases names the two checkers "Output checker 1" and "Output checker 2"
    // ("role", the default) or by their display names ("name").
    bool registerCheckersByName = false;

    // The settings with their defaults filled in from the data folder.
    [[nodiscard]] store::DatabaseConfig effectiveDatabase() const;
    [[nodiscard]] QString effectiveSecretsKeyFile() const;
    [[nodiscard]] QString effectiveWorkspacesDir() const;

    [[nodiscard]] static Result<ServerConfig> loadFile(const QString &path);
    // "127.0.0.1:8443", "[::1]:8443", "localhost:0".
    [[nodiscard]] Status setListen(const QString &hostPort);
    // Everything needed to serve is present and readable (storage and TLS).
    [[nodiscard]] Status validate() const;
    // Enough to open the data (for the admin and audit commands): a data folder.
    [[nodiscard]] Status validateStorage() const;
};

} // namespace srs::server
