#pragma once

#include "domain/DeviceIdentity.h"
#include "domain/Result.h"
#include "net/TlsSettings.h"

#include <QString>

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
//   "request_timeout_seconds": 60
// }
struct ClientConfig
{
    static constexpr const char *SystemPath = "/etc/srs-workstation/config.json";

    QString sourceFile;
    QString serverUrl;
    domain::DeviceClass setting = domain::DeviceClass::Unknown;
    net::TlsSettings tls;

    // Reads and validates; an error message names the key and the problem.
    [[nodiscard]] static Result<ClientConfig> loadFile(const QString &path);
};

} // namespace srs::session
