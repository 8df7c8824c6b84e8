#pragma once

#include "crypto/TlsSettings.h"
#include "domain/DeviceIdentity.h"
#include "domain/Result.h"

#include <QString>
#include <QStringList>

namespace srs::session {

// The managed configuration of a workstation, set by the organisation (on Linux,
// /etc/srs-workstation/config.json; --config FILE for development). Relative paths are taken
// relative to the file's folder.
//
// {
//   "server_url": "https://srs.example.ac.uk:8443",
//   "ca_file": "ca.crt",
//   "pinned_keys": ["<base64 SHA-256 of the server's public key>", "..."],
//   "device_certificate": "device.crt",
//   "device_key": "device.key",                  (PEM; omit for PKCS#12)
//   "device_key_format": "pem" | "pkcs12",       (default pem)
//   "device_key_password_file": "device.pass",   (optional)
//   "setting": "safe-room-terminal" | "organisation-device",
//   "connect_timeout_seconds": 10,
//   "request_timeout_seconds": 60,
//   "vpn_interfaces": ["tun*", "wg*"],           (organisation devices; default tun*, wg*, ppp*)
//   "idle_lock_minutes": 15,                     (1 to 240; default 15)
//   "environment_check_seconds": 5,              (1 to 300; default 5)
//   "purge_cache_on_sign_out": true,             (default: true on safe-room terminals)
//   "cache_retention_days": 30,                  (1 to 365: caches of people not seen for
//                                                 this long are removed; default 30)
//   "cache_key_milliseconds": 250,               (1 to 5000: the Argon2id time for the cache
//                                                 key on this machine; default 250)
//   "cache_directory": "/var/cache/srs"          (default: the platform's app-data folder)
// }
//
// Nothing a user sets can change these: the client reads no user file or environment
// variable for them, and it refuses the system file when anyone but root could change it.
struct ClientConfig
{
    static constexpr const char *SystemPath = "/etc/srs-workstation/config.json";

    QString sourceFile;
    QString serverUrl;
    domain::DeviceClass setting = domain::DeviceClass::Unknown;
    crypto::TlsSettings tls;
    // Interface name patterns (shell wildcards) of the organisation's VPN tunnel.
    QStringList vpnInterfaces;
    int idleLockMinutes = 15;
    int environmentCheckSeconds = 5;
    bool purgeCacheOnSignOut = false;
    int cacheRetentionDays = 30;
    int cacheKeyMilliseconds = 250;
    QString cacheDirectory; // empty: cache::CacheFolder::defaultDirectory()

    [[nodiscard]] bool requiresVpn() const { return setting == domain::DeviceClass::OrganisationDevice; }

    // Reads and validates; an error message names the key and the problem.
    [[nodiscard]] static Result<ClientConfig> loadFile(const QString &path);
    // The system file must be root's and writable by nobody else, as must its folder.
    [[nodiscard]] static Status checkManagedPermissions(const QString &path);
    // A file given with --config (and its folder) must be the running user's or root's, and
    // writable by nobody else.
    [[nodiscard]] static Status checkCommandLinePermissions(const QString &path);
};

} // namespace srs::session
