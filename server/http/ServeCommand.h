#pragma once

#include "domain/Result.h"
#include "services/ServerConfig.h"

#include <QStringList>

class QCommandLineParser;

namespace srs::server {

extern const QString DefaultConfigPath;

// Prints "srs-clearance-server: <message>" on standard error and returns 1.
int fail(const QString &message);
// --config FILE and --data-dir DIR, shared by every command that opens the server's data.
void addStorageOptions(QCommandLineParser &args);
// The configuration file (--config, else the system file when it exists) with --data-dir applied.
[[nodiscard]] Result<ServerConfig> loadConfig(const QCommandLineParser &args);

// `srs-clearance-server serve ...`: the arguments are the whole command line.
int runServe(const QStringList &arguments);

} // namespace srs::server
