#include "CommandLine.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;

const QString DefaultConfigPath = u"/etc/srs-clearance-server/config.json"_s;

int fail(const QString &message)
{
    std::fprintf(stderr, "srs-clearance-server: %s\n", qUtf8Printable(message));
    return 1;
}

void addStorageOptions(QCommandLineParser &args)
{
    args.addOption({u"config"_s, u"Configuration file (default %1 when it exists)."_s.arg(DefaultConfigPath),
                    u"FILE"_s});
    args.addOption(
        {u"data-dir"_s, u"Folder for the server's data (overrides the configuration)."_s, u"DIR"_s});
}

Result<ServerConfig> loadConfig(const QCommandLineParser &args)
{
    ServerConfig config;
    QString configPath = args.value(u"config"_s);
    if (configPath.isEmpty() && QFileInfo::exists(DefaultConfigPath))
        configPath = DefaultConfigPath;
    if (!configPath.isEmpty()) {
        auto loaded = ServerConfig::loadFile(configPath);
        if (!loaded)
            return loaded.error();
        config = std::move(loaded).value();
    }
    if (args.isSet(u"data-dir"_s))
        config.dataDir = QDir(args.value(u"data-dir"_s)).absolutePath();
    return config;
}

} // namespace srs::server
