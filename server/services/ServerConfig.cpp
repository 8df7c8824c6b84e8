#include "services/ServerConfig.h"

#include "domain/ProjectLifecycle.h"
#include "protocol/ConfigFilePermissions.h"
#include "protocol/IngestMessages.h"
#include "protocol/JsonReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;

namespace {

QString resolve(const QDir &base, const QString &path)
{
    if (path.isEmpty())
        return path;
    return QDir::cleanPath(base.absoluteFilePath(path));
}

Error configError(const QString &message)
{
    return Error{u"bad-config"_s, message};
}

} // namespace

Result<ServerConfig> ServerConfig::loadFile(const QString &path)
{
    // The configuration says which database, keys and networks the server trusts: a file that
    // someone else could change is not used.
    if (const auto problem = protocol::configFileProblem(path, true))
        return Error{u"config-permissions"_s,
                     u"the configuration file %1 is not used: %2 %3, so someone else could change what the "
                     u"server trusts. Make it owned by the server's user (or root) and writable only by its "
                     u"owner (chmod go-w)."_s.arg(path, problem->path, problem->why)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return configError(u"cannot read the configuration file %1: %2"_s.arg(path, file.errorString()));
    const QByteArray bytes = file.read(1024 * 1024);
    protocol::JsonReader r = protocol::JsonReader::parse(bytes, QFileInfo(path).fileName());
    if (!r.ok())
        return r.error();
    r.rejectUnknown({"listen"_L1,
                     "notifications"_L1,
                     "projects"_L1,
                     "data_dir"_L1,
                     "tls"_L1,
                     "log_level"_L1,
                     "threads"_L1,
                     "max_request_bytes"_L1,
                     "http"_L1,
                     "keep_alive_max_count"_L1,
                     "keep_alive_timeout_seconds"_L1,
                     "database"_L1,
                     "secrets_key_file"_L1,
                     "audit_key_file"_L1,
                     "uk_ranges"_L1,
                     "trusted_proxies"_L1,
                     "sessions"_L1,
                     "declarations"_L1,
                     "workspaces_dir"_L1,
                     "workspace_scan_seconds"_L1,
                     "register_checkers"_L1,
                     "checks"_L1,
                     "checking_settings"_L1,
                     "ingest"_L1,
                     "safe_room"_L1});
    const QDir base = QFileInfo(path).absoluteDir();
    ServerConfig c;
    const QJsonObject &json = r.json();
    if (json.contains("data_dir"_L1))
        c.dataDir = resolve(base, r.string("data_dir"_L1));
    if (json.contains("log_level"_L1))
        c.logLevel = r.string("log_level"_L1);
    if (json.contains("threads"_L1))
        c.threads = static_cast<int>(r.integer("threads"_L1));
    if (json.contains("max_request_bytes"_L1))
        c.maxRequestBytes = r.integer("max_request_bytes"_L1);
    if (json.contains("keep_alive_max_count"_L1))
        c.keepAliveMaxCount = static_cast<int>(r.integer("keep_alive_max_count"_L1));
    if (json.contains("keep_alive_timeout_seconds"_L1))
        c.keepAliveTimeoutSeconds = static_cast<int>(r.integer("keep_alive_timeout_seconds"_L1));
    if (json.contains("http"_L1)) {
        protocol::JsonReader http = r.object("http"_L1);
        const struct
        {
            QLatin1StringView key;
            int *value;
            int minimum;
            int maximum;
        } settings[] = {
            {"max_header_bytes"_L1, &c.maxHeaderBytes, 1024, 1024 * 1024},
            {"max_header_line_bytes"_L1, &c.maxHeaderLineBytes, 256, 1024 * 1024},
            {"max_header_count"_L1, &c.maxHeaderCount, 8, 1000},
            {"max_connections"_L1, &c.maxConnections, 16, 1'000'000},
            {"max_connections_per_source"_L1, &c.maxConnectionsPerSource, 0, 1'000'000},
            {"tls_handshake_timeout_seconds"_L1, &c.tlsHandshakeTimeoutSeconds, 1, 600},
            {"request_head_timeout_seconds"_L1, &c.requestHeadTimeoutSeconds, 1, 600},
            {"request_timeout_seconds"_L1, &c.requestTimeoutSeconds, 1, 3600},
        };
        http.rejectUnknown({"max_header_bytes"_L1, "max_header_line_bytes"_L1, "max_header_count"_L1,
                            "max_connections"_L1, "max_connections_per_source"_L1,
                            "tls_handshake_timeout_seconds"_L1, "request_head_timeout_seconds"_L1,
                            "request_timeout_seconds"_L1});
        for (const auto &s : settings) {
            if (!http.json().contains(s.key))
                continue;
            const qint64 v = http.integer(s.key);
            if (!http.ok())
                break; // not a number: reported below with the other errors
            if (v < s.minimum || v > s.maximum)
                return configError(
                    u"%1.http.%2: must be between %3 and %4"_s.arg(QFileInfo(path).fileName(), s.key)
                        .arg(s.minimum)
                        .arg(s.maximum));
            *s.value = static_cast<int>(v);
        }
    }
    if (json.contains("tls"_L1)) {
        protocol::JsonReader tls = r.object("tls"_L1);
        tls.rejectUnknown({"certificate"_L1, "key"_L1, "device_ca"_L1, "crl_file"_L1});
        c.certificateFile = resolve(base, tls.string("certificate"_L1));
        c.keyFile = resolve(base, tls.string("key"_L1));
        c.deviceCaFile = resolve(base, tls.string("device_ca"_L1));
        if (const QString crl = tls.optionalString("crl_file"_L1); !crl.isEmpty())
            c.crlFile = resolve(base, crl);
    }
    if (json.contains("database"_L1)) {
        protocol::JsonReader db = r.object("database"_L1);
        db.rejectUnknown({"backend"_L1, "path"_L1, "host"_L1, "port"_L1, "name"_L1, "user"_L1,
                          "password_file"_L1, "options"_L1});
        const QString backend = db.string("backend"_L1);
        if (backend == "sqlite"_L1) {
            c.database.backend = store::DatabaseConfig::Backend::Sqlite;
            c.database.sqlitePath = resolve(base, db.optionalString("path"_L1));
        } else if (backend == "postgres"_L1) {
            c.database.backend = store::DatabaseConfig::Backend::Postgres;
            c.database.hostName = db.string("host"_L1);
            c.database.port = db.json().contains("port"_L1) ? static_cast<int>(db.integer("port"_L1)) : 5432;
            c.database.databaseName = db.string("name"_L1);
            c.database.userName = db.string("user"_L1);
            c.database.options = db.optionalString("options"_L1);
            c.databasePasswordFile = resolve(base, db.optionalString("password_file"_L1));
        } else if (r.ok()) {
            return configError(u"%1.database.backend: expected \"sqlite\" or \"postgres\", got \"%2\""_s.arg(
                QFileInfo(path).fileName(), backend));
        }
    }
    if (json.contains("secrets_key_file"_L1))
        c.secretsKeyFile = resolve(base, r.string("secrets_key_file"_L1));
    if (json.contains("audit_key_file"_L1))
        c.auditKeyFile = resolve(base, r.string("audit_key_file"_L1));
    if (json.contains("workspaces_dir"_L1))
        c.workspacesDir = resolve(base, r.string("workspaces_dir"_L1));
    if (json.contains("workspace_scan_seconds"_L1))
        c.workspaceScanSeconds = static_cast<int>(r.integer("workspace_scan_seconds"_L1));
    if (json.contains("checks"_L1)) {
        protocol::JsonReader checks = r.object("checks"_L1);
        checks.rejectUnknown({"runs_per_window"_L1, "bytes_per_window"_L1, "window_seconds"_L1});
        if (checks.json().contains("runs_per_window"_L1))
            c.checkRunsPerWindow = static_cast<int>(checks.integer("runs_per_window"_L1));
        if (checks.json().contains("bytes_per_window"_L1))
            c.checkBytesPerWindow = checks.integer("bytes_per_window"_L1);
        if (checks.json().contains("window_seconds"_L1))
            c.checkWindowSeconds = static_cast<int>(checks.integer("window_seconds"_L1));
        if (!checks.ok())
            return configError(u"%1: %2"_s.arg(QFileInfo(path).fileName(), checks.error().message));
    }
    if (json.contains("register_checkers"_L1)) {
        const QString how = r.string("register_checkers"_L1);
        if (how == "name"_L1)
            c.registerCheckersByName = true;
        else if (how != "role"_L1 && r.ok())
            return configError(u"%1.register_checkers: expected \"role\" or \"name\", got \"%2\""_s.arg(
                QFileInfo(path).fileName(), how));
    }
    if (json.contains("checking_settings"_L1)) {
        c.checkingSettings.clear();
        for (const QString &name : r.stringList("checking_settings"_L1)) {
            const domain::SettingKind kind = domain::settingKindFromString(name);
            if (kind == domain::SettingKind::Unrecognised && r.ok())
                return configError(
                    u"%1.checking_settings: \"%2\" is not a setting; expected \"safe-room\", "
                    u"\"organisation-office\" or \"home-working\""_s.arg(QFileInfo(path).fileName(), name));
            if (!c.checkingSettings.contains(kind))
                c.checkingSettings.append(kind);
        }
    }
    if (json.contains("ingest"_L1)) {
        protocol::JsonReader ingest = r.object("ingest"_L1);
        ingest.rejectUnknown({"quarantine_dir"_L1, "chunk_bytes"_L1, "max_file_bytes"_L1,
                              "max_request_bytes"_L1, "max_request_files"_L1, "max_project_bytes"_L1,
                              "clamd_socket"_L1, "allow_archives"_L1, "scan_retry_seconds"_L1,
                              "approvals_needed"_L1, "reviewer_role"_L1, "rejected_retention_days"_L1,
                              "sweep_seconds"_L1});
        if (ingest.json().contains("clamd_socket"_L1)) {
            const QString socket = ingest.string("clamd_socket"_L1);
            c.ingestClamdSocket = socket.isEmpty() ? QString() : resolve(base, socket);
        }
        if (ingest.json().contains("allow_archives"_L1))
            c.ingestAllowArchives = ingest.boolean("allow_archives"_L1);
        if (ingest.ok() && ingest.json().contains("scan_retry_seconds"_L1)) {
            const qint64 v = ingest.integer("scan_retry_seconds"_L1);
            if (ingest.ok() && (v < 1 || v > 86400))
                return configError(u"%1.ingest.scan_retry_seconds: must be between 1 and 86400"_s.arg(
                    QFileInfo(path).fileName()));
            c.ingestScanRetrySeconds = static_cast<int>(v);
        }
        if (ingest.json().contains("quarantine_dir"_L1))
            c.quarantineDir = resolve(base, ingest.string("quarantine_dir"_L1));
        const struct
        {
            QLatin1StringView key;
            qint64 *value;
            qint64 minimum;
        } sizes[] = {
            {"chunk_bytes"_L1, &c.ingestChunkBytes, 64 * 1024},
            {"max_file_bytes"_L1, &c.ingestMaxFileBytes, 1},
            {"max_request_bytes"_L1, &c.ingestMaxRequestBytes, 1},
            {"max_project_bytes"_L1, &c.ingestMaxProjectBytes, 1},
        };
        for (const auto &s : sizes) {
            if (!ingest.json().contains(s.key))
                continue;
            const qint64 v = ingest.integer(s.key);
            if (!ingest.ok())
                break;
            if (v < s.minimum)
                return configError(
                    u"%1.ingest.%2: must be at least %3"_s.arg(QFileInfo(path).fileName(), s.key)
                        .arg(s.minimum));
            *s.value = v;
        }
        if (ingest.ok() && ingest.json().contains("max_request_files"_L1)) {
            const qint64 v = ingest.integer("max_request_files"_L1);
            if (ingest.ok() && (v < 1 || v > protocol::ingestlimits::MaxFilesPerRequest))
                return configError(
                    u"%1.ingest.max_request_files: must be between 1 and %2"_s.arg(QFileInfo(path).fileName())
                        .arg(protocol::ingestlimits::MaxFilesPerRequest));
            c.ingestMaxRequestFiles = static_cast<int>(v);
        }
        const struct
        {
            QLatin1StringView key;
            int *value;
            int minimum, maximum;
        } counts[] = {
            {"approvals_needed"_L1, &c.ingestApprovalsNeeded, 1, 10},
            {"rejected_retention_days"_L1, &c.ingestRejectedRetentionDays, 0, 3650},
            {"sweep_seconds"_L1, &c.ingestSweepSeconds, 1, 86400},
        };
        for (const auto &n : counts) {
            if (!ingest.ok() || !ingest.json().contains(n.key))
                continue;
            const qint64 v = ingest.integer(n.key);
            if (ingest.ok() && (v < n.minimum || v > n.maximum))
                return configError(
                    u"%1.ingest.%2: must be between %3 and %4"_s.arg(QFileInfo(path).fileName(), n.key)
                        .arg(n.minimum)
                        .arg(n.maximum));
            *n.value = static_cast<int>(v);
        }
        if (ingest.ok() && ingest.json().contains("reviewer_role"_L1)) {
            const QString name = ingest.string("reviewer_role"_L1);
            const std::optional<domain::Role> role = domain::roleFromString(name);
            if (ingest.ok() && (!role || *role == domain::Role::Researcher))
                return configError(
                    u"%1.ingest.reviewer_role: \"%2\" is not a support role; expected "
                    u"\"output-checker\" or \"administrator\""_s.arg(QFileInfo(path).fileName(), name));
            if (role)
                c.ingestReviewerRole = *role;
        }
        if (!ingest.ok())
            return configError(u"%1: %2"_s.arg(QFileInfo(path).fileName(), ingest.error().message));
    }
    if (json.contains("notifications"_L1)) {
        protocol::JsonReader n = r.object("notifications"_L1);
        n.rejectUnknown({"smtp_url"_L1, "from"_L1, "send_seconds"_L1, "sweep_seconds"_L1});
        if (n.json().contains("smtp_url"_L1)) {
            const QUrl url(n.string("smtp_url"_L1), QUrl::StrictMode);
            if (n.ok() &&
                (!url.isValid() || url.host().isEmpty() ||
                 (url.scheme() != "smtp"_L1 && url.scheme() != "smtps"_L1) || !url.userInfo().isEmpty()))
                return configError(
                    u"%1.notifications.smtp_url: expected smtp://host[:port] or "
                    u"smtps://host[:port], without a user or password"_s.arg(QFileInfo(path).fileName()));
            c.smtpUrl = url.toString();
        }
        if (n.json().contains("from"_L1)) {
            c.smtpFrom = n.string("from"_L1);
            static const QRegularExpression address(u"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+$"_s);
            if (n.ok() && !address.match(c.smtpFrom).hasMatch())
                return configError(u"%1.notifications.from: expected an e-mail address like "
                                   u"srs@example.org"_s.arg(QFileInfo(path).fileName()));
        }
        const struct
        {
            QLatin1StringView key;
            int *value;
        } periods[] = {{"send_seconds"_L1, &c.notificationSendSeconds},
                       {"sweep_seconds"_L1, &c.notificationSweepSeconds}};
        for (const auto &p : periods) {
            if (!n.ok() || !n.json().contains(p.key))
                continue;
            const qint64 v = n.integer(p.key);
            if (n.ok() && (v < 1 || v > 86400))
                return configError(u"%1.notifications.%2: must be between 1 and 86400"_s.arg(
                    QFileInfo(path).fileName(), p.key));
            *p.value = static_cast<int>(v);
        }
        if (!n.ok())
            return configError(u"%1: %2"_s.arg(QFileInfo(path).fileName(), n.error().message));
        if (!c.smtpUrl.isEmpty() && c.smtpFrom.isEmpty())
            return configError(
                u"%1.notifications: smtp_url needs \"from\", the address e-mail is sent from"_s.arg(
                    QFileInfo(path).fileName()));
    }
    if (json.contains("projects"_L1)) {
        protocol::JsonReader projects = r.object("projects"_L1);
        projects.rejectUnknown({"end_warning_days"_L1});
        if (projects.json().contains("end_warning_days"_L1)) {
            const QString text = projects.string("end_warning_days"_L1);
            const auto days = domain::parseEndWarningDays(text);
            if (projects.ok() && !days)
                return configError(u"%1.projects.end_warning_days: expected days before the end date such as "
                                   u"\"60,30,7\" (whole numbers from 1 to 3650), got \"%2\""_s.arg(
                                       QFileInfo(path).fileName(), text));
            if (days)
                c.endWarningDays = *days;
        }
        if (!projects.ok())
            return configError(u"%1: %2"_s.arg(QFileInfo(path).fileName(), projects.error().message));
    }
    if (json.contains("safe_room"_L1)) {
        protocol::JsonReader room = r.object("safe_room"_L1);
        room.rejectUnknown({"require_booking"_L1, "booking_horizon_days"_L1});
        if (room.json().contains("require_booking"_L1))
            c.safeRoomRequireBooking = room.boolean("require_booking"_L1);
        if (room.ok() && room.json().contains("booking_horizon_days"_L1)) {
            const qint64 v = room.integer("booking_horizon_days"_L1);
            if (room.ok() && (v < 1 || v > 366))
                return configError(u"%1.safe_room.booking_horizon_days: must be between 1 and 366"_s.arg(
                    QFileInfo(path).fileName()));
            c.safeRoomBookingHorizonDays = static_cast<int>(v);
        }
        if (!room.ok())
            return configError(u"%1: %2"_s.arg(QFileInfo(path).fileName(), room.error().message));
    }
    QStringList ukRanges;
    if (json.contains("uk_ranges"_L1))
        ukRanges = r.stringList("uk_ranges"_L1);
    QStringList trustedProxies;
    if (json.contains("trusted_proxies"_L1))
        trustedProxies = r.stringList("trusted_proxies"_L1);
    if (json.contains("sessions"_L1)) {
        protocol::JsonReader sessions = r.object("sessions"_L1);
        sessions.rejectUnknown({"idle_timeout_minutes"_L1, "lifetime_hours"_L1});
        if (sessions.json().contains("idle_timeout_minutes"_L1))
            c.sessionIdleMinutes = static_cast<int>(sessions.integer("idle_timeout_minutes"_L1));
        if (sessions.json().contains("lifetime_hours"_L1))
            c.sessionLifetimeHours = static_cast<int>(sessions.integer("lifetime_hours"_L1));
    }
    if (json.contains("declarations"_L1)) {
        protocol::JsonReader d = r.object("declarations"_L1);
        d.rejectUnknown({"security_version"_L1, "extended_syops_version"_L1});
        if (d.json().contains("security_version"_L1))
            c.securityDeclarationVersion = static_cast<int>(d.integer("security_version"_L1));
        if (d.json().contains("extended_syops_version"_L1))
            c.extendedSyopsVersion = static_cast<int>(d.integer("extended_syops_version"_L1));
    }
    QString listen;
    if (json.contains("listen"_L1))
        listen = r.string("listen"_L1);
    if (!r.ok())
        return r.error();
    if (!listen.isEmpty()) {
        if (const Status s = c.setListen(listen); !s)
            return configError(QFileInfo(path).fileName() + u".listen: "_s + s.error().message);
    }
    for (const QString &text : std::as_const(ukRanges)) {
        const auto range = domain::IpRange::parse(text);
        if (!range)
            return configError(u"%1.uk_ranges: \"%2\" is not an address range like 81.0.0.0/8"_s.arg(
                QFileInfo(path).fileName(), text));
        c.ukRanges.append(*range);
    }
    for (const QString &text : std::as_const(trustedProxies)) {
        const auto range = domain::IpRange::parse(text);
        if (!range)
            return configError(
                u"%1.trusted_proxies: \"%2\" is not an address or range like 10.0.0.5 or 10.0.0.0/29"_s.arg(
                    QFileInfo(path).fileName(), text));
        c.trustedProxies.append(*range);
    }
    if (c.sessionIdleMinutes < 1 || c.sessionLifetimeHours < 1)
        return configError(u"%1.sessions: timeouts must be at least 1"_s.arg(QFileInfo(path).fileName()));
    if (c.workspaceScanSeconds < 1)
        return configError(
            u"%1.workspace_scan_seconds: must be at least 1"_s.arg(QFileInfo(path).fileName()));
    if (c.checkRunsPerWindow < 1 || c.checkBytesPerWindow < 1024 * 1024 || c.checkWindowSeconds < 1)
        return configError(u"%1.checks: at least 1 run and 1 MiB in a window of at least 1 second"_s.arg(
            QFileInfo(path).fileName()));
    if (c.threads < 2 || c.threads > 1024)
        return configError(u"%1.threads: must be between 2 and 1024"_s.arg(QFileInfo(path).fileName()));
    if (c.maxRequestBytes < 1024)
        return configError(u"%1.max_request_bytes: must be at least 1024"_s.arg(QFileInfo(path).fileName()));
    return c;
}

Status ServerConfig::setListen(const QString &hostPort)
{
    QString host;
    QString port;
    if (hostPort.startsWith(QLatin1Char('['))) {
        const qsizetype close = hostPort.indexOf(QLatin1Char(']'));
        if (close < 0 || close + 1 >= hostPort.size() || hostPort.at(close + 1) != QLatin1Char(':'))
            return Status::failure(u"bad-listen"_s, u"expected [ADDRESS]:PORT, got \"%1\""_s.arg(hostPort));
        host = hostPort.mid(1, close - 1);
        port = hostPort.mid(close + 2);
    } else {
        const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0)
            return Status::failure(u"bad-listen"_s, u"expected HOST:PORT, got \"%1\""_s.arg(hostPort));
        host = hostPort.left(colon);
        port = hostPort.mid(colon + 1);
    }
    bool ok = false;
    const int p = port.toInt(&ok);
    if (!ok || p < 0 || p > 65535)
        return Status::failure(u"bad-listen"_s, u"\"%1\" is not a port number (0-65535)"_s.arg(port));
    listenHost = host;
    listenPort = p;
    return {};
}

store::DatabaseConfig ServerConfig::effectiveDatabase() const
{
    store::DatabaseConfig d = database;
    if (d.backend == store::DatabaseConfig::Backend::Sqlite && d.sqlitePath.isEmpty())
        d.sqlitePath = QDir(dataDir).filePath(u"clearance.sqlite3"_s);
    return d;
}

QString ServerConfig::effectiveSecretsKeyFile() const
{
    return secretsKeyFile.isEmpty() ? QDir(dataDir).filePath(u"secrets.key"_s) : secretsKeyFile;
}

QString ServerConfig::effectiveAuditKeyFile() const
{
    return auditKeyFile.isEmpty() ? QDir(dataDir).filePath(u"audit.key"_s) : auditKeyFile;
}

QString ServerConfig::effectiveWorkspacesDir() const
{
    return workspacesDir.isEmpty() ? QDir(dataDir).filePath(u"workspaces"_s) : workspacesDir;
}

QString ServerConfig::effectiveQuarantineDir() const
{
    return quarantineDir.isEmpty() ? QDir(dataDir).filePath(u"quarantine"_s) : quarantineDir;
}

qint64 ServerConfig::effectiveIngestChunkBytes() const
{
    return qMin(ingestChunkBytes, maxRequestBytes);
}

Status ServerConfig::validateStorage() const
{
    if (dataDir.isEmpty())
        return Status::failure(u"bad-config"_s, u"no data folder: set data_dir or pass --data-dir"_s);
    return {};
}

Status ServerConfig::validate() const
{
    if (const Status s = validateStorage(); !s)
        return s;
    const std::pair<const char *, QString> files[] = {
        {"tls.certificate", certificateFile}, {"tls.key", keyFile}, {"tls.device_ca", deviceCaFile}};
    for (const auto &[key, file] : files) {
        if (file.isEmpty())
            return Status::failure(u"bad-config"_s, u"%1 is not set"_s.arg(QLatin1StringView(key)));
        if (!QFileInfo(file).isReadable())
            return Status::failure(u"bad-config"_s,
                                   u"%1: cannot read %2"_s.arg(QLatin1StringView(key), file));
    }
    if (!crlFile.isEmpty() && !QFileInfo(crlFile).isReadable())
        return Status::failure(u"bad-config"_s, u"tls.crl_file: cannot read %1"_s.arg(crlFile));
    return {};
}

} // namespace srs::server
