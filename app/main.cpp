// srs-workstation: the desktop client of the secure research service.

#include "session/ClientConfig.h"
#include "session/ConnectionMonitor.h"
#include "session/EnvironmentCheck.h"
#include "session/Session.h"
#include "session/Workstation.h"
#include "ui/MainWindow.h"
#include "ui/common/Language.h"
#include "ui/common/PageParts.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <malloc.h>
#include <sys/prctl.h>
#include <sys/resource.h>

using namespace srs;

namespace {

// Nothing secret may end up in a core file.
void disableCoreDumps()
{
    rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

// Blocks of a megabyte or more (request bodies, file chunks) are mapped on their own and given
// back when freed, so memory follows what is in use now rather than the most that each
// thread's heap ever held: uploads and downloads of any size stay flat.
void keepLargeBlocksApart()
{
    mallopt(M_MMAP_THRESHOLD, 1024 * 1024);
}

void printLine(FILE *to, const QString &text)
{
    std::fprintf(to, "%s\n", qUtf8Printable(text));
    std::fflush(to);
}

// Told in a message box with the client's words on its button (Qt has no Welsh of its own).
void cannotStart(const QString &message)
{
    QMessageBox box(QMessageBox::Critical, QObject::tr("SRS Workstation cannot start"), message,
                    QMessageBox::Ok);
    ui::nameStandardButtons(&box);
    box.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    disableCoreDumps();
    keepLargeBlocksApart();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("srs-workstation"));
    QApplication::setApplicationVersion(QStringLiteral(SRS_VERSION));
    QApplication::setOrganizationName(QStringLiteral("SRS"));
    // The icon from resources/ (the one the packages install into the icon theme), and the
    // desktop entry's name, which Wayland compositors use to find the icon and the name.
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/srs-workstation.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("uk.ac.srs.workstation"));

    // Welsh or English: the language the person chose (View > Language), else the system's; and
    // numbers and dates in the same language as the words.
    QTranslator translator;
    QLocale::setDefault(ui::loadLanguage(translator, ui::interfaceLocale(), QStringLiteral(":/i18n")));
    QApplication::installTranslator(&translator);
    // The words Qt draws itself (a text field's Copy and Paste, scroll bars) in the same language.
    QTranslator qtWords;
    if (qtWords.load(QLocale(), QStringLiteral("srs_qt"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&qtWords);
    QApplication::setApplicationDisplayName(QObject::tr("SRS Workstation"));

    QCommandLineParser args;
    args.setApplicationDescription(QObject::tr("Desktop client of the secure research service."));
    args.addHelpOption();
    args.addVersionOption();
    args.addOption({QStringLiteral("config"),
                    QObject::tr("Managed configuration file (default %1).")
                        .arg(QLatin1StringView(session::ClientConfig::SystemPath)),
                    QStringLiteral("FILE")});
    args.addOption(
        {QStringLiteral("check"),
         QObject::tr("Connect, print what the server recognised, and exit: 0 when connected, 1 when "
                     "not, 2 when the configuration is unusable.")});
    args.process(app);
    const bool checkOnly = args.isSet(QStringLiteral("check"));

    const QString configPath = args.isSet(QStringLiteral("config"))
                                   ? args.value(QStringLiteral("config"))
                                   : QString::fromLatin1(session::ClientConfig::SystemPath);
    {
        // The organisation's file: refuse it if a user could have changed it. A file given with
        // --config: refuse it if anyone but this user (or root) could have.
        const Status permissions = args.isSet(QStringLiteral("config"))
                                       ? session::ClientConfig::checkCommandLinePermissions(configPath)
                                       : session::ClientConfig::checkManagedPermissions(configPath);
        if (!permissions) {
            printLine(stderr, permissions.error().message);
            if (!checkOnly)
                cannotStart(permissions.error().message);
            return 2;
        }
    }
    auto config = session::ClientConfig::loadFile(configPath);
    if (!config) {
        printLine(stderr, config.error().message);
        if (!checkOnly)
            cannotStart(config.error().message);
        return 2;
    }

    session::Workstation workstation(config.value());
    session::ConnectionMonitor *monitor = workstation.connection();
    ui::MainWindow window(&workstation);
    window.show();

    if (checkOnly) {
        // Reports once both the connection and the setting check have an answer (the setting
        // check waits for a name lookup when the server is given by name).
        bool reported = false;
        auto report = [&] {
            using State = session::ConnectionMonitor::State;
            const auto &env = workstation.environment()->status();
            const State state = monitor->state();
            if (reported || !env.checked || (state != State::Connected && state != State::Failed))
                return;
            reported = true;
            int status = 0;
            if (state == State::Connected) {
                const auto &h = monitor->health();
                printLine(stdout, QStringLiteral("connected: server %1 (API v%2); the server recognised this "
                                                 "device as %3 [%4]")
                                      .arg(h.serverVersion)
                                      .arg(h.apiVersion)
                                      .arg(h.device.describe(), h.device.subject));
            } else {
                const auto &f = monitor->failure();
                printLine(stderr, QStringLiteral("not connected (%1): %2\n  %3")
                                      .arg(api::failureKindName(f.kind), f.message, f.detail));
                status = 1;
            }
            for (const auto &w : env.warnings)
                printLine(stdout, QStringLiteral("warning (%1): %2").arg(w.code, w.message));
            for (const auto &p : env.problems)
                printLine(
                    stderr,
                    QStringLiteral("setting check failed (%1): %2\n  %3").arg(p.code, p.message, p.detail));
            if (env.ok())
                printLine(stdout, env.vpnInterface.isEmpty()
                                      ? QStringLiteral("setting check passed")
                                      : QStringLiteral("setting check passed: traffic to the server goes "
                                                       "through %1")
                                            .arg(env.vpnInterface));
            else
                status = 1;
            QTimer::singleShot(0, &app, [status] { QApplication::exit(status); });
        };
        QObject::connect(monitor, &session::ConnectionMonitor::stateChanged, &app, report);
        QObject::connect(workstation.environment(), &session::EnvironmentCheck::statusChanged, &app, report);
    }
    workstation.start();
    const int code = QApplication::exec();
    workstation.session()->signOut(); // ends the server session and wipes the keys
    return code;
}
