#pragma once

#include "ServerConfig.h"

#include "domain/Result.h"

#include <QString>

class QCommandLineParser;

namespace srs::server {

// What the server's commands share: where the data is (--config, --data-dir) and how
// errors are reported. Kept here, below the HTTP server, so that the admin and audit
// commands can use it without linking the HTTP code.

extern const QString DefaultConfigPath;

// Prints "srs-clearance-server: <message>" on standard error and returns 1.
int fail(const QString &message);
// --config FILE and --data-dir DIR, shared by every command that opens the server's data.
void addStorageOptions(QCommandLineParser &args);
// The configuration file (--config, else the system file when it exists) with --data-dir applied.
[[nodiscard]] Result<ServerConfig> loadConfig(const QCommandLineParser &args);

} // namespace srs::server
