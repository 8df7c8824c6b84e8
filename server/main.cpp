// srs-clearance-server: the central clearance service of the secure research service.
//
//   srs-clearance-server [serve] [options]     serve the API (the default)
//   srs-clearance-server admin COMMAND ...     accounts, accreditation, organisations, projects, demo seed
//   srs-clearance-server audit verify|head|list  prove, publish or print the audit log
//   srs-clearance-server register export|ro-crate   the register of releases, a release's RO-Crate
//   srs-clearance-server ingest export         every ingest request and file, decided and delivered
// Each command has --help.

#include "admin/AdminCommands.h"
#include "http/ServeCommand.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>
#include <malloc.h>
#include <sys/prctl.h>
#include <sys/resource.h>

using namespace srs::server;
using namespace Qt::Literals::StringLiterals;

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

void usage()
{
    std::fprintf(stdout,
                 "usage: srs-clearance-server [serve] [--config FILE] [--data-dir DIR] ...\n"
                 "       srs-clearance-server admin COMMAND [ARGS] [--config FILE] [--data-dir DIR]\n"
                 "       srs-clearance-server admin --seed-demo [--config FILE] [--data-dir DIR]\n"
                 "       srs-clearance-server audit verify|head|list [--config FILE] [--data-dir DIR]\n"
                 "       srs-clearance-server register export --format csv|json [--output FILE]\n"
                 "       srs-clearance-server register ro-crate RELEASE_ID --output DIR\n"
                 "       srs-clearance-server ingest export --format csv|json [--output FILE]\n"
                 "       srs-clearance-server --version\n"
                 "Each command has --help.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    disableCoreDumps();
    keepLargeBlocksApart();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"srs-clearance-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SRS_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    QString command = u"serve"_s;
    if (arguments.size() > 1 && !arguments.at(1).startsWith(u'-'))
        command = arguments.at(1);
    else
        arguments.insert(1, command);
    if (arguments.contains(u"--version"_s)) {
        std::fprintf(stdout, "srs-clearance-server %s\n", SRS_VERSION);
        return 0;
    }

    if (command == u"serve"_s)
        return runServe(arguments);
    if (command == u"admin"_s)
        return runAdmin(arguments);
    if (command == u"audit"_s)
        return runAudit(arguments);
    if (command == u"register"_s)
        return runRegister(arguments);
    if (command == u"ingest"_s)
        return runIngest(arguments);
    if (command == u"help"_s) {
        usage();
        return 0;
    }
    return fail(u"unknown command \"%1\"; see srs-clearance-server help"_s.arg(command));
}
