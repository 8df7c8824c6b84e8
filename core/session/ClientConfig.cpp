#include "ClientConfig.h"

#include "crypto/SecureBuffer.h"
#include "protocol/ConfigFilePermissions.h"
#include "protocol/JsonReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QUrl>

namespace srs::session {

using namespace Qt::Literals::StringLiterals;

namespace {

// connect_timeout_seconds and request_timeout_seconds: a day at most, so that the milliseconds
// fit an int.
constexpr qint64 MaxTimeoutSeconds = 24 * 60 * 60;

Error keyError(const QString &file, const QString &key, const QString &problem)
{
    return Error{u"bad-config"_s,
                 QCoreApplication::translate("srs::session::ClientConfig",
                                             "The workstation configuration %1 has a problem with \"%2\": %3")
                     .arg(file, key, problem)};
}

} // namespace

Result<ClientConfig> ClientConfig::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"no-config"_s,
                     QCoreApplication::translate(
                         "srs::session::ClientConfig",
                         "The workstation configuration %1 could not be read (%2). Ask your IT "
                         "support to install it.")
                         .arg(path, file.errorString())};
    const QByteArray bytes = file.read(1024 * 1024);
    protocol::JsonReader r = protocol::JsonReader::parse(bytes, u"config"_s);
    if (!r.ok())
        return Error{u"bad-config"_s,
                     QCoreApplication::translate("srs::session::ClientConfig",
                                                 "The workstation configuration %1 is not valid JSON: %2")
                         .arg(path, r.error().message)};
    r.rejectUnknown({"server_url"_L1, "ca_file"_L1, "pinned_keys"_L1, "device_certificate"_L1,
                     "device_key"_L1, "device_key_format"_L1, "device_key_password_file"_L1, "setting"_L1,
                     "connect_timeout_seconds"_L1, "request_timeout_seconds"_L1, "vpn_interfaces"_L1,
                     "idle_lock_minutes"_L1, "environment_check_seconds"_L1, "purge_cache_on_sign_out"_L1,
                     "cache_retention_days"_L1, "cache_key_milliseconds"_L1, "cache_directory"_L1});
    ClientConfig c;
    c.sourceFile = path;
    const QJsonObject &json = r.json();
    c.serverUrl = r.string("server_url"_L1);
    const QString ca = r.string("ca_file"_L1);
    c.tls.pinnedKeys = r.stringList("pinned_keys"_L1);
    const QString cert = r.string("device_certificate"_L1);
    const QString key = r.optionalString("device_key"_L1);
    const QString format = r.optionalString("device_key_format"_L1, u"pem"_s);
    const QString passwordFile = r.optionalString("device_key_password_file"_L1);
    const QString setting = r.string("setting"_L1);
    // Whole numbers stay 64-bit until their range has been checked: narrowed to int first,
    // 4294967311 minutes would have passed as 15, and -4294967 seconds as 296 ms.
    auto whole = [&](QLatin1StringView name, qint64 fallback) {
        return json.contains(name) ? r.integer(name) : fallback;
    };
    const qint64 connectSeconds = whole("connect_timeout_seconds"_L1, c.tls.connectTimeoutMs / 1000);
    const qint64 requestSeconds = whole("request_timeout_seconds"_L1, c.tls.transferTimeoutMs / 1000);
    for (const auto &[name, seconds] : {std::pair{"connect_timeout_seconds"_L1, connectSeconds},
                                        std::pair{"request_timeout_seconds"_L1, requestSeconds}}) {
        if (seconds > MaxTimeoutSeconds)
            r.rejectValue(name, u"must be at most %1 seconds (a day)"_s.arg(MaxTimeoutSeconds));
    }
    const bool hasVpn = json.contains("vpn_interfaces"_L1);
    const QStringList vpn = hasVpn ? r.stringList("vpn_interfaces"_L1) : QStringList();
    const qint64 idleLockMinutes = whole("idle_lock_minutes"_L1, c.idleLockMinutes);
    const qint64 environmentCheckSeconds = whole("environment_check_seconds"_L1, c.environmentCheckSeconds);
    const QString cacheDirectory = r.optionalString("cache_directory"_L1);
    const qint64 cacheRetentionDays = whole("cache_retention_days"_L1, c.cacheRetentionDays);
    const qint64 cacheKeyMilliseconds = whole("cache_key_milliseconds"_L1, c.cacheKeyMilliseconds);
    const bool hasPurge = json.contains("purge_cache_on_sign_out"_L1);
    const bool purge = hasPurge && r.boolean("purge_cache_on_sign_out"_L1);
    if (!r.ok()) {
        // JsonReader names the field as "config.<key>: <problem>".
        return Error{u"bad-config"_s,
                     QCoreApplication::translate("srs::session::ClientConfig",
                                                 "The workstation configuration %1 has a problem: %2")
                         .arg(path, r.error().message.mid(7))};
    }

    const QDir base = QFileInfo(path).absoluteDir();
    auto resolve = [&](const QString &p) {
        return p.isEmpty() ? p : QDir::cleanPath(base.absoluteFilePath(p));
    };

    const QUrl url(c.serverUrl, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != "https"_L1 || url.host().isEmpty())
        return keyError(path, u"server_url"_s,
                        QCoreApplication::translate("srs::session::ClientConfig",
                                                    "expected an https:// address, got \"%1\"")
                            .arg(c.serverUrl));
    if (c.tls.pinnedKeys.isEmpty())
        return keyError(path, u"pinned_keys"_s,
                        QCoreApplication::translate("srs::session::ClientConfig",
                                                    "at least one pinned server key is required"));
    for (const QString &pin : std::as_const(c.tls.pinnedKeys)) {
        const auto decoded =
            QByteArray::fromBase64Encoding(pin.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != 32)
            return keyError(
                path, u"pinned_keys"_s,
                QCoreApplication::translate("srs::session::ClientConfig",
                                            "\"%1\" is not a base64 SHA-256 key hash (44 characters)")
                    .arg(pin));
    }
    c.setting = domain::deviceClassFromString(setting);
    if (c.setting == domain::DeviceClass::Unknown)
        return keyError(path, u"setting"_s,
                        QCoreApplication::translate(
                            "srs::session::ClientConfig",
                            "expected \"safe-room-terminal\" or \"organisation-device\", got \"%1\"")
                            .arg(setting));
    if (format == "pem"_L1)
        c.tls.keyFormat = crypto::KeyFormat::Pem;
    else if (format == "pkcs12"_L1)
        c.tls.keyFormat = crypto::KeyFormat::Pkcs12;
    else
        return keyError(path, u"device_key_format"_s,
                        QCoreApplication::translate("srs::session::ClientConfig",
                                                    "expected \"pem\" or \"pkcs12\", got \"%1\"")
                            .arg(format));
    c.vpnInterfaces = hasVpn ? vpn : QStringList{u"tun*"_s, u"wg*"_s, u"ppp*"_s};
    if (c.requiresVpn() && c.vpnInterfaces.isEmpty())
        return keyError(
            path, u"vpn_interfaces"_s,
            QCoreApplication::translate("srs::session::ClientConfig",
                                        "an organisation device needs at least one VPN interface pattern"));
    for (const QString &pattern : std::as_const(c.vpnInterfaces)) {
        if (pattern.isEmpty() || pattern.size() > 32 || pattern.contains(u'/'))
            return keyError(
                path, u"vpn_interfaces"_s,
                QCoreApplication::translate("srs::session::ClientConfig",
                                            "\"%1\" is not an interface name pattern (like \"tun*\")")
                    .arg(pattern));
    }
    if (idleLockMinutes < 1 || idleLockMinutes > 240)
        return keyError(
            path, u"idle_lock_minutes"_s,
            QCoreApplication::translate("srs::session::ClientConfig", "must be from 1 to 240 minutes, got %1")
                .arg(idleLockMinutes));
    c.idleLockMinutes = static_cast<int>(idleLockMinutes);
    if (environmentCheckSeconds < 1 || environmentCheckSeconds > 300)
        return keyError(
            path, u"environment_check_seconds"_s,
            QCoreApplication::translate("srs::session::ClientConfig", "must be from 1 to 300 seconds, got %1")
                .arg(environmentCheckSeconds));
    c.environmentCheckSeconds = static_cast<int>(environmentCheckSeconds);
    c.purgeCacheOnSignOut = hasPurge ? purge : c.setting == domain::DeviceClass::SafeRoomTerminal;
    if (cacheRetentionDays < 1 || cacheRetentionDays > 365)
        return keyError(
            path, u"cache_retention_days"_s,
            QCoreApplication::translate("srs::session::ClientConfig", "must be from 1 to 365 days, got %1")
                .arg(cacheRetentionDays));
    c.cacheRetentionDays = static_cast<int>(cacheRetentionDays);
    if (cacheKeyMilliseconds < 1 || cacheKeyMilliseconds > 5000)
        return keyError(path, u"cache_key_milliseconds"_s,
                        QCoreApplication::translate("srs::session::ClientConfig",
                                                    "must be from 1 to 5000 milliseconds, got %1")
                            .arg(cacheKeyMilliseconds));
    c.cacheKeyMilliseconds = static_cast<int>(cacheKeyMilliseconds);
    c.cacheDirectory = resolve(cacheDirectory);
    if (connectSeconds < 1 || requestSeconds < 1)
        return keyError(path,
                        connectSeconds < 1 ? u"connect_timeout_seconds"_s : u"request_timeout_seconds"_s,
                        QCoreApplication::translate("srs::session::ClientConfig",
                                                    "timeouts must be at least one second"));
    c.tls.connectTimeoutMs = static_cast<int>(connectSeconds * 1000);
    c.tls.transferTimeoutMs = static_cast<int>(requestSeconds * 1000);

    c.tls.caFile = resolve(ca);
    c.tls.certificateFile = resolve(cert);
    c.tls.keyFile = resolve(key);
    struct FileKey
    {
        const char *key;
        QString file;
    };
    QList<FileKey> files{{"ca_file", c.tls.caFile}, {"device_certificate", c.tls.certificateFile}};
    if (c.tls.keyFormat == crypto::KeyFormat::Pem) {
        if (key.isEmpty())
            return keyError(path, u"device_key"_s,
                            QCoreApplication::translate("srs::session::ClientConfig",
                                                        "required for a PEM device certificate"));
        files.append({"device_key", c.tls.keyFile});
    }
    for (const FileKey &f : files) {
        if (!QFileInfo(f.file).isReadable())
            return keyError(
                path, QString::fromLatin1(f.key),
                QCoreApplication::translate("srs::session::ClientConfig", "cannot read %1").arg(f.file));
    }
    if (!passwordFile.isEmpty()) {
        QFile pw(resolve(passwordFile));
        if (!pw.open(QIODevice::ReadOnly))
            return keyError(path, u"device_key_password_file"_s,
                            QCoreApplication::translate("srs::session::ClientConfig", "cannot read %1")
                                .arg(pw.fileName()));
        QByteArray secret = pw.read(4096).trimmed();
        c.tls.keyPassword =
            std::make_shared<const crypto::SecureBuffer>(crypto::SecureBuffer::takeFrom(secret));
    }
    return c;
}

Status ClientConfig::checkManagedPermissions(const QString &path)
{
    if (const auto problem = protocol::configFileProblem(path, false))
        return Error{u"config-permissions"_s,
                     QCoreApplication::translate(
                         "srs::session::ClientConfig",
                         "The workstation configuration %1 could be changed by someone other than the "
                         "system administrator (%2 must belong to root and be writable only by root). "
                         "Ask your IT support to correct it.")
                         .arg(path, problem->path)};
    return {};
}

Status ClientConfig::checkCommandLinePermissions(const QString &path)
{
    if (const auto problem = protocol::configFileProblem(path, true))
        return Error{
            u"config-permissions"_s,
            QCoreApplication::translate(
                "srs::session::ClientConfig",
                "The configuration %1 given with --config is not used: %2 %3, so someone else could "
                "change what this program trusts. Make it yours (or root's) and writable only by its "
                "owner (chmod go-w).")
                .arg(path, problem->path, problem->why)};
    return {};
}

} // namespace srs::session
