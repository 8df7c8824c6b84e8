#pragma once

#include "domain/IpRange.h"
#include "domain/Result.h"
#include "domain/Setting.h"
#include "domain/User.h"
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
//   "tls": {"certificate": "server.crt", "key": "server.key", "device_ca": "device-ca.crt",
//           "crl_file": "device-ca.crl"},
//   "log_level": "info",
//   "threads": 64,
//   "max_request_bytes": 1048576,
//   "http": {"max_header_bytes": 16384, "max_header_line_bytes": 8192, "max_header_count": 64,
//            "max_connections": 4096, "max_connections_per_source": 128,
//            "tls_handshake_timeout_seconds": 5, "request_head_timeout_seconds": 10,
//            "request_timeout_seconds": 60},
//   "database": {"backend": "sqlite", "path": "clearance.sqlite3"}
//            or {"backend": "postgres", "host": "db.internal", "port": 5432, "name": "srs",
//                "user": "srs", "password_file": "/etc/srs-clearance-server/db.pass",
//                "options": "sslmode=verify-full"},
//   "secrets_key_file": "/etc/srs-clearance-server/secrets.key",
//   "audit_key_file": "/etc/srs-clearance-server/audit.key",
//   "uk_ranges": ["81.0.0.0/8", ...],
//   "trusted_proxies": ["10.0.0.5", "10.0.0.6"],
//   "sessions": {"idle_timeout_minutes": 30, "lifetime_hours": 12},
//   "declarations": {"security_version": 1, "extended_syops_version": 1},
//   "workspaces_dir": "workspaces",
//   "workspace_scan_seconds": 10,
//   "checks": {"runs_per_window": 60, "bytes_per_window": 4294967296, "window_seconds": 600},
//   "register_checkers": "role",
//   "checking_settings": ["safe-room", "organisation-office"],
//   "ingest": {"quarantine_dir": "quarantine", "chunk_bytes": 8388608,
//              "max_file_bytes": 4294967296, "max_request_bytes": 8589934592,
//              "max_request_files": 1000, "max_project_bytes": 21474836480,
//              "clamd_socket": "/run/clamav/clamd.ctl", "allow_archives": false,
//              "scan_retry_seconds": 60,
//              "approvals_needed": 1, "reviewer_role": "output-checker",
//              "rejected_retention_days": 30, "sweep_seconds": 3600}
// }
// Defaults: the database is <data_dir>/clearance.sqlite3, the secrets key
// <data_dir>/secrets.key and the audit chain's key <data_dir>/audit.key (both made on first
// start; keep production keys outside the data folder and the database's backups),
// workspaces under <data_dir>/workspaces/<project id>/, files being brought into projects
// under <data_dir>/quarantine/<ingest request id>/.
struct ServerConfig
{
    QString listenHost = QStringLiteral("127.0.0.1");
    int listenPort = 8443; // 0: any free port (printed in the "listening" log line)
    QString dataDir;
    QString certificateFile;
    QString keyFile;
    QString deviceCaFile;
    QString crlFile; // the device CA's CRL (PEM or DER), read again when it changes; empty: none
    QString logLevel = QStringLiteral("info");
    int threads = 64;
    qint64 maxRequestBytes = 1024 * 1024;
    int keepAliveMaxCount = 1000;
    int keepAliveTimeoutSeconds = 30;
    // The HTTP front ("http" in the file): what one request head may hold, how many connections
    // are served (in all and from one source address) and how long each step may take.
    int maxHeaderBytes = 16 * 1024;
    int maxHeaderLineBytes = 8 * 1024;
    int maxHeaderCount = 64;
    int maxConnections = 4096;
    int maxConnectionsPerSource = 128; // 0: no limit; behind a balancer, counted per real client
    // Load balancers whose connections start with a PROXY protocol v2 header naming the client
    // ("trusted_proxies"). A connection from one of these must carry the header, and the address
    // it names is the one the network policy, the limits and the logs see; a header from any
    // other address is refused.
    QList<domain::IpRange> trustedProxies;
    int tlsHandshakeTimeoutSeconds = 5;
    int requestHeadTimeoutSeconds = 10;
    int requestTimeoutSeconds = 60;
    QString portFile; // when set, the bound port is written here once listening

    store::DatabaseConfig database; // backend Sqlite with an empty path: <data_dir>/clearance.sqlite3
    QString databasePasswordFile;
    QString secretsKeyFile;          // empty: <data_dir>/secrets.key
    QString auditKeyFile;            // empty: <data_dir>/audit.key (store::AuditKey)
    QList<domain::IpRange> ukRanges; // organisation devices must connect from one of these
    int sessionIdleMinutes = 30;
    int sessionLifetimeHours = 12;
    int securityDeclarationVersion = 1;
    int extendedSyopsVersion = 1;
    QString workspacesDir; // empty: <data_dir>/workspaces
    int workspaceScanSeconds = 10;
    // Projects ("projects" in the file): the end-date warnings, in days before a project's
    // (effective) end date ("end_warning_days": "60,30,7"), largest first.
    QList<int> endWarningDays = {60, 30, 7};
    // Each person's allowance of checks (POST /projects/{id}/checks): runs and bytes of
    // workspace files read in a window of time.
    int checkRunsPerWindow = 60;
    qint64 checkBytesPerWindow = 4LL * 1024 * 1024 * 1024;
    int checkWindowSeconds = 600;
    // The register of releases names the two checkers "Output checker 1" and "Output checker 2"
    // ("role", the default) or by their display names ("name").
    bool registerCheckersByName = false;
    // Where output checkers may claim requests and open what is not yet released: "safe-room",
    // "organisation-office" and (only if a deployment allows it) "home-working".
    QList<domain::SettingKind> checkingSettings = {domain::SettingKind::SafeRoom,
                                                   domain::SettingKind::OrganisationOffice};

    // Bringing files into projects ("ingest" in the file): where they wait, the size of the
    // chunks they are sent in (at most max_request_bytes, which bounds what one request body may
    // hold), and the limits a request is refused by up front.
    QString quarantineDir; // empty: <data_dir>/quarantine
    qint64 ingestChunkBytes = 8LL * 1024 * 1024;
    qint64 ingestMaxFileBytes = 4LL * 1024 * 1024 * 1024;
    qint64 ingestMaxRequestBytes = 8LL * 1024 * 1024 * 1024;
    int ingestMaxRequestFiles = 1000;
    qint64 ingestMaxProjectBytes = 20LL * 1024 * 1024 * 1024; // of the requests not cancelled
    // The automatic checks of finished requests: clamd's local socket (empty: no scanner, so
    // files wait in "checking", never passed unscanned), whether archives and packages may be
    // brought in at all, and how often checks that could not run are tried again.
    QString ingestClamdSocket;
    bool ingestAllowArchives = false;
    int ingestScanRetrySeconds = 60;
    // The approval: how many checkers' approvals each file needs (one rejection rejects it), the
    // role whose holders review ingest requests, how long rejected and cancelled files are kept
    // in quarantine, and how often the sweep (deleting them, retrying deliveries) runs.
    int ingestApprovalsNeeded = 1;
    domain::Role ingestReviewerRole = domain::Role::OutputChecker;
    int ingestRejectedRetentionDays = 30;
    int ingestSweepSeconds = 3600;

    // Notifications ("notifications" in the file): the SMTP server e-mail is sent through
    // (empty: none, notices stay in the client only) and the address it is sent from; how often
    // unsent notices are e-mailed, and how often the sweep looks for end dates near and
    // bookings tomorrow.
    QString smtpUrl;
    QString smtpFrom;
    int notificationSendSeconds = 60;
    int notificationSweepSeconds = 3600;
    // Safe-room bookings: whether signing in at a safe-room terminal needs a booking of that room
    // now (researchers; support staff are exempt), and how many days ahead rooms may be booked.
    bool safeRoomRequireBooking = false;
    int safeRoomBookingHorizonDays = 60;

    // The settings with their defaults filled in from the data folder.
    [[nodiscard]] store::DatabaseConfig effectiveDatabase() const;
    [[nodiscard]] QString effectiveSecretsKeyFile() const;
    [[nodiscard]] QString effectiveAuditKeyFile() const;
    [[nodiscard]] QString effectiveWorkspacesDir() const;
    [[nodiscard]] QString effectiveQuarantineDir() const;
    // The chunk size new ingest requests are given: ingest.chunk_bytes, or max_request_bytes
    // when that is smaller (a chunk is one request's body).
    [[nodiscard]] qint64 effectiveIngestChunkBytes() const;

    // Refused (config-permissions) when the file or its folder could be changed by anyone but
    // the user running the server or root (protocol::configFileProblem).
    [[nodiscard]] static Result<ServerConfig> loadFile(const QString &path);
    // "127.0.0.1:8443", "[::1]:8443", "localhost:0".
    [[nodiscard]] Status setListen(const QString &hostPort);
    // Everything needed to serve is present and readable (storage and TLS).
    [[nodiscard]] Status validate() const;
    // Enough to open the data (for the admin and audit commands): a data folder.
    [[nodiscard]] Status validateStorage() const;
};

} // namespace srs::server
