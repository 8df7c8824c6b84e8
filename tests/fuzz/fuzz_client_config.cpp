// libFuzzer target for the client's configuration file reader (core/session/ClientConfig): any
// bytes as /etc/srs-workstation/config.json, in a folder that holds the files a good
// configuration names (ca.crt, device.crt, device.key, device.pass). A file the reader refuses
// must be refused with a message; a file it accepts must hold what the rest of the client takes
// for granted, and say what was loaded:
// * an https:// server address with a host, at least one pinned key of 32 bytes in base64, a
//   known setting, VPN patterns on an organisation device, every number within its range;
// * every number the file gives is the number loaded (no value wrapped into range on the way),
//   and every file named is an absolute, clean path that can be read.
#include "session/ClientConfig.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using srs::session::ClientConfig;

namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_client_config: %s\n", what);
    std::abort();
}

// A folder of its own, made once with the files a good configuration names, and removed at
// exit (not after a crash).
QString folder()
{
    static const QString dir = [] {
        // In memory where there is a place for it: every input is written to a file.
        const QString base = QFileInfo(QStringLiteral("/dev/shm")).isWritable() ? QStringLiteral("/dev/shm")
                                                                                : QDir::tempPath();
        QByteArray name = base.toLocal8Bit() + "/srs-fuzz-config.XXXXXX";
        if (!::mkdtemp(name.data()))
            fail("cannot make a scratch folder");
        static QByteArray removeAtExit = name;
        std::atexit([] { QDir(QString::fromLocal8Bit(removeAtExit)).removeRecursively(); });
        const QString path = QString::fromLocal8Bit(name);
        for (const char *file : {"ca.crt", "device.crt", "device.key", "device.pass"}) {
            QFile f(path + QLatin1Char('/') + QLatin1StringView(file));
            if (!f.open(QIODevice::WriteOnly) || f.write(" x \n") != 4)
                fail("cannot write the files a configuration names");
        }
        return path;
    }();
    return dir;
}

bool isCleanReadableFile(const QString &path)
{
    return QFileInfo(path).isAbsolute() && QDir::cleanPath(path) == path && QFileInfo(path).isReadable();
}

// The number the file gave for `key` is `loaded` (times `scale`), or the key is absent.
void checkNumber(const QJsonObject &json, const char *key, qint64 loaded, qint64 scale = 1)
{
    const QJsonValue v = json.value(QLatin1StringView(key));
    if (v.isUndefined())
        return;
    if (!v.isDouble() || v.toDouble() * double(scale) != double(loaded))
        fail(key);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = folder() + QStringLiteral("/config.json");
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
            fail("cannot write the input");
    }
    const auto loaded = ClientConfig::loadFile(path);
    if (!loaded.ok()) {
        if (loaded.error().code != QStringLiteral("bad-config") || loaded.error().message.isEmpty())
            fail("a refusal without the code bad-config and a message");
        return 0;
    }
    const ClientConfig &c = loaded.value();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonObject json = QJsonDocument::fromJson(bytes).object();
    if (json.isEmpty())
        fail("accepted a file that is not a JSON object with keys");

    const QUrl url(c.serverUrl, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QStringLiteral("https") || url.host().isEmpty())
        fail("server_url");
    if (c.tls.pinnedKeys.isEmpty())
        fail("pinned_keys: none");
    for (const QString &pin : c.tls.pinnedKeys) {
        const auto decoded =
            QByteArray::fromBase64Encoding(pin.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != 32)
            fail("pinned_keys: a pin that is not 32 bytes in base64");
    }
    if (c.setting != srs::domain::DeviceClass::SafeRoomTerminal &&
        c.setting != srs::domain::DeviceClass::OrganisationDevice)
        fail("setting");
    if (c.requiresVpn() && c.vpnInterfaces.isEmpty())
        fail("vpn_interfaces: none on an organisation device");
    for (const QString &pattern : c.vpnInterfaces) {
        if (pattern.isEmpty() || pattern.size() > 32 || pattern.contains(QLatin1Char('/')))
            fail("vpn_interfaces: a pattern that is not an interface name");
    }
    if (c.idleLockMinutes < 1 || c.idleLockMinutes > 240 || c.environmentCheckSeconds < 1 ||
        c.environmentCheckSeconds > 300 || c.cacheRetentionDays < 1 || c.cacheRetentionDays > 365 ||
        c.cacheKeyMilliseconds < 1 || c.cacheKeyMilliseconds > 5000 || c.tls.connectTimeoutMs < 1000 ||
        c.tls.transferTimeoutMs < 1000)
        fail("a number out of its range");
    checkNumber(json, "idle_lock_minutes", c.idleLockMinutes);
    checkNumber(json, "environment_check_seconds", c.environmentCheckSeconds);
    checkNumber(json, "cache_retention_days", c.cacheRetentionDays);
    checkNumber(json, "cache_key_milliseconds", c.cacheKeyMilliseconds);
    checkNumber(json, "connect_timeout_seconds", c.tls.connectTimeoutMs, 1000);
    checkNumber(json, "request_timeout_seconds", c.tls.transferTimeoutMs, 1000);
    const QJsonValue purge = json.value(QLatin1StringView("purge_cache_on_sign_out"));
    if (c.purgeCacheOnSignOut !=
        (purge.isBool() ? purge.toBool() : c.setting == srs::domain::DeviceClass::SafeRoomTerminal))
        fail("purge_cache_on_sign_out");

    if (!isCleanReadableFile(c.tls.caFile) || !isCleanReadableFile(c.tls.certificateFile))
        fail("ca_file or device_certificate: not an absolute, clean, readable path");
    if (c.tls.keyFormat == srs::crypto::KeyFormat::Pem && !isCleanReadableFile(c.tls.keyFile))
        fail("device_key: not an absolute, clean, readable path");
    if (!c.cacheDirectory.isEmpty() &&
        (!QFileInfo(c.cacheDirectory).isAbsolute() || QDir::cleanPath(c.cacheDirectory) != c.cacheDirectory))
        fail("cache_directory: not an absolute, clean path");
    const QString passwordFile = json.value(QLatin1StringView("device_key_password_file")).toString();
    if (passwordFile.isEmpty() != !c.tls.keyPassword)
        fail("device_key_password_file: a password without the file, or the file without a password");
    // A file of the scratch folder (not, say, /dev/urandom): the password is its trimmed text.
    const QString passwordPath = QDir::cleanPath(QDir(folder()).absoluteFilePath(passwordFile));
    if (!passwordFile.isEmpty() && passwordPath.startsWith(folder() + QLatin1Char('/'))) {
        QFile file(passwordPath);
        if (!file.open(QIODevice::ReadOnly) || c.tls.keyPassword->view() != file.read(4096).trimmed())
            fail("device_key_password_file: the password is not the file's trimmed text");
    }
    return 0;
}
