#include "ServeCommand.h"

#include "ClearanceServer.h"
#include "Log.h"

#include "services/Idempotency.h"
#include "services/IngestChecks.h"
#include "services/IngestSweeper.h"
#include "services/NotificationMailer.h"
#include "services/PeriodicThread.h"
#include "services/ProjectService.h"
#include "services/ServerContext.h"
#include "store/IdempotencyRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <csignal>
#include <cstdio>
#include <pthread.h>
#include <thread>
#include <unistd.h>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;

namespace {

// The services and the store log through Qt's logging categories; while serving, those
// messages become lines of the server's JSON log like everything else.
void routeQtMessagesToLog()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
        LogLevel level = LogLevel::Info;
        switch (type) {
        case QtDebugMsg:
            level = LogLevel::Debug;
            break;
        case QtInfoMsg:
            level = LogLevel::Info;
            break;
        case QtWarningMsg:
            level = LogLevel::Warning;
            break;
        case QtCriticalMsg:
        case QtFatalMsg:
            level = LogLevel::Error;
            break;
        }
        Log::write(level, u"message"_s,
                   {{u"category"_s, QString::fromLatin1(context.category ? context.category : "default")},
                    {u"message"_s, message}});
    });
}

} // namespace

int runServe(const QStringList &arguments)
{
    QCommandLineParser args;
    args.setApplicationDescription(u"Serve the clearance API over mutual TLS."_s);
    args.addHelpOption();
    args.addPositionalArgument(u"serve"_s, u"the command"_s);
    addStorageOptions(args);
    args.addOption({u"listen"_s, u"Address and port to listen on, e.g. 127.0.0.1:8443 (port 0: any free)."_s,
                    u"HOST:PORT"_s});
    args.addOption({u"port-file"_s, u"Write the port the server listens on to FILE."_s, u"FILE"_s});
    args.addOption({u"log-level"_s, u"debug, info, warning or error."_s, u"LEVEL"_s});
    args.process(arguments);

    auto loaded = loadConfig(args);
    if (!loaded)
        return fail(loaded.error().message);
    ServerConfig config = std::move(loaded).value();
    if (args.isSet(u"listen"_s)) {
        if (const Status s = config.setListen(args.value(u"listen"_s)); !s)
            return fail(u"--listen: "_s + s.error().message);
    }
    if (args.isSet(u"port-file"_s))
        config.portFile = args.value(u"port-file"_s);
    if (args.isSet(u"log-level"_s))
        config.logLevel = args.value(u"log-level"_s);
    LogLevel level = LogLevel::Info;
    if (!Log::parseLevel(config.logLevel, &level))
        return fail(u"log level \"%1\": use debug, info, warning or error"_s.arg(config.logLevel));
    Log::setMinimumLevel(level);
    routeQtMessagesToLog();
    if (const Status s = config.validate(); !s)
        return fail(s.error().message);
    auto context = ServerContext::open(config);
    if (!context)
        return fail(context.error().message);

    // Signals are taken by one thread with sigwait(); every other thread (the HTTP pool
    // included, which inherits this mask) keeps them blocked.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    ClearanceServer server(*context.value());
    WorkspaceScanner scanner(*context.value());
    scanner.start();
    // The ingest checks: at start (requests a restart interrupted), on each finish, and every
    // ingest.scan_retry_seconds while any waits.
    IngestCheckRunner ingestChecks(*context.value());
    ingestChecks.start();
    IngestSweeper sweeper(*context.value());
    sweeper.start();
    // Notices e-mailed through notifications.smtp_url, when one is set.
    NotificationMailer mailer(*context.value());
    mailer.start();
    // Idempotency keys are kept for a day (Idempotency::KeptHours), then forgotten.
    PeriodicThread keySweep(
        context.value()->database(), std::chrono::hours(1),
        [&context] {
            const QDateTime before = context.value()->now().addSecs(-qint64(Idempotency::KeptHours) * 3600);
            if (auto purged = store::IdempotencyRepository(context.value()->database()).purgeBefore(before);
                !purged)
                Log::warning(u"idempotency-sweep-failed"_s, {{u"message"_s, purged.errorString()}});
        },
        u"idempotency-sweep"_s);
    keySweep.start();
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

} // namespace srs::server
