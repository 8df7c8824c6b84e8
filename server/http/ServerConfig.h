#pragma once

#include "domain/Result.h"

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
//   "max_request_bytes": 1048576
// }
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

    [[nodiscard]] static Result<ServerConfig> loadFile(const QString &path);
    // "127.0.0.1:8443", "[::1]:8443", "localhost:0".
    [[nodiscard]] Status setListen(const QString &hostPort);
    // Everything needed to start is present and readable.
    [[nodiscard]] Status validate() const;
};

} // namespace srs::server
