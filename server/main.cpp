// srs-clearance-server: the central clearance service of the secure research service.

#include "http/ClearanceServer.h"
#include "http/Log.h"
#include "http/ServerConfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <csignal>
#include <cstdio>
#include <pthread.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <thread>
#include <unistd.h>

using namespace srs::server;
using srs::Status;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString DefaultConfig = u"/etc/srs-clearance-server/config.json"_s;

int fail(const QString &message)
{
    std::fprintf(stderr, "srs-clearance-server: %s\n", qUtf8Printable(message));
    return 1;
}

void disableCoreDumps()
{
    rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

int serve(const QCommandLineParser &args)
{
    ServerConfig config;
    QString configPath = args.value(u"config"_s);
    if (configPath.isEmpty() && QFileInfo::exists(DefaultConfig))
        configPath = DefaultConfig;
    if (!configPath.isEmpty()) {
        auto loaded = ServerConfig::loadFile(configPath);
        if (!loaded)
            return fail(loaded.error().message);
        config = std::move(loaded).value();
    }
    if (args.isSet(u"listen"_s)) {
        if (const Status s = config.setListen(args.value(u"listen"_s)); !s)
            return fail(u"--listen: "_s + s.error().message);
    }
    if (args.isSet(u"data-dir"_s))
        config.dataDir = QDir(args.value(u"data-dir"_s)).absolutePath();
    if (args.isSet(u"port-file"_s))
        config.portFile = args.value(u"port-file"_s);
    if (args.isSet(u"log-level"_s))
        config.logLevel = args.value(u"log-level"_s);
    LogLevel level = LogLevel::Info;
    if (!Log::parseLevel(config.logLevel, &level))
        return fail(u"log level \"%1\": use debug, info, warning or error"_s.arg(config.logLevel));
    Log::setMinimumLevel(level);
    if (const Status s = config.validate(); !s)
        return fail(s.error().message);
    if (!QDir().mkpath(config.dataDir))
        return fail(u"cannot create the data folder %1"_s.arg(config.dataDir));
    QFile::setPermissions(config.dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    // Signals are taken by one thread with sigwait(); every other thread (the HTTP pool
    // included, which inherits this mask) keeps them blocked.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    ClearanceServer server(config);
    if (const Status s = server.bind(); !s)
        return fail(s.error().message);
    if (!config.portFile.isEmpty()) {
        QFile portFile(config.portFile);
        if (!portFile.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            portFile.write(QByteArray::number(server.port()) + '\n') < 0)
            return fail(u"cannot write the port file %1"_s.arg(config.portFile));
    }
    Log::info(u"listening"_s, {{u"address"_s, config.listenHost},
                               {u"port"_s, server.port()},
                               {u"data_dir"_s, config.dataDir},
                               {u"version"_s, QCoreApplication::applicationVersion()}});

    std::thread signalWaiter([&] {
        int sig = 0;
        sigwait(&stopSignals, &sig);
        Log::info(u"stopping"_s, {{u"signal"_s, sig == SIGINT ? u"SIGINT"_s : u"SIGTERM"_s}});
        server.stop();
    });
    const bool ok = server.run();
    if (!ok) {
        // The listener failed on its own: wake the waiter so it can finish.
        kill(getpid(), SIGTERM);
    }
    signalWaiter.join();
    Log::info(u"stopped"_s);
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    disableCoreDumps();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"srs-clearance-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SRS_VERSION));

    QCommandLineParser args;
    args.setApplicationDescription(u"Clearance server of the secure research service."_s);
    args.addHelpOption();
    args.addVersionOption();
    args.addPositionalArgument(u"command"_s, u"serve (the default)"_s, u"[serve]"_s);
    args.addOption(
        {u"config"_s, u"Configuration file (default %1 when it exists)."_s.arg(DefaultConfig), u"FILE"_s});
    args.addOption({u"listen"_s, u"Address and port to listen on, e.g. 127.0.0.1:8443 (port 0: any free)."_s,
                    u"HOST:PORT"_s});
    args.addOption({u"data-dir"_s, u"Folder for the server's data."_s, u"DIR"_s});
    args.addOption({u"port-file"_s, u"Write the port the server listens on to FILE."_s, u"FILE"_s});
    args.addOption({u"log-level"_s, u"debug, info, warning or error."_s, u"LEVEL"_s});
    args.process(app);

    const QStringList positional = args.positionalArguments();
    const QString command = positional.isEmpty() ? u"serve"_s : positional.first();
    if (command == u"serve"_s)
        return serve(args);
    return fail(u"unknown command \"%1\"; see --help"_s.arg(command));
}
