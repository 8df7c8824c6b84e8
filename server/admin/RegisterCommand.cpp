// `srs-clearance-server register export|projects|ro-crate`: the public register of releases, the
// data-access register of projects and their datasets, and one release as a Five Safes RO-Crate.

#include "AdminCommands.h"
#include "AdminSupport.h"

#include "protocol/OwnerMessages.h"
#include "protocol/ReviewMessages.h"
#include "services/DataOwnerService.h"
#include "services/ReleaseService.h"

#include <QDir>
#include <QFile>

#include <cstdio>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;
using namespace srs::server::admin;

namespace {

void registerUsage(FILE *out)
{
    std::fprintf(
        out,
        "usage: srs-clearance-server register export --format csv|json [--output FILE] [--config FILE] "
        "[--data-dir DIR]\n"
        "       srs-clearance-server register projects --format csv|json [--output FILE] [--config FILE] "
        "[--data-dir DIR]\n"
        "       srs-clearance-server register ro-crate RELEASE_ID --output DIR [--config FILE] "
        "[--data-dir DIR]\n"
        "export writes every release (CSV: one row per released file); projects writes the data-access\n"
        "register (which projects use which datasets; CSV: one row per project and dataset); ro-crate\n"
        "writes the release's\n"
        "ro-crate-metadata.json (a Five Safes RO-Crate) into DIR.\n");
}

int exportRegister(const QStringList &arguments)
{
    return runExport(arguments, {{u"register"_s, u"export"_s},
                                 u"Write the register of every release, ready to publish."_s,
                                 u"one row per released file"_s,
                                 u"the register"_s,
                                 [](ServerContext &context, bool csv) -> Result<QByteArray> {
                                     auto entries = ReleaseService::registerEntries(context);
                                     if (!entries)
                                         return entries.error();
                                     return csv ? ReleaseService::registerCsv(entries.value())
                                                : protocol::encodeRegister(entries.value());
                                 }});
}

int exportProjects(const QStringList &arguments)
{
    return runExport(arguments, {{u"register"_s, u"projects"_s},
                                 u"Write the data-access register: which projects use which datasets, "
                                 u"approved by which owning organisation and when, ready to publish."_s,
                                 u"one row per project and dataset"_s,
                                 u"the data-access register"_s,
                                 [](ServerContext &context, bool csv) -> Result<QByteArray> {
                                     auto entries = DataOwnerService::registerEntries(context);
                                     if (!entries)
                                         return entries.error();
                                     return csv ? DataOwnerService::registerCsv(entries.value())
                                                : protocol::encodeProjectRegister(entries.value());
                                 }});
}

int writeCrate(const QStringList &arguments)
{
    const QString command = u"register ro-crate"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Write one release's ro-crate-metadata.json (Five Safes RO-Crate)."_s);
    addStorageOptions(parser);
    parser.addOption(
        {u"output"_s, u"The folder to write ro-crate-metadata.json into (made if missing)."_s, u"DIR"_s});
    QStringList positional;
    if (auto stop = parseCommandLine(parser, arguments, {u"register"_s, u"ro-crate"_s}, {u"RELEASE_ID"_s},
                                     &positional))
        return *stop;
    const QString folder = parser.value(u"output"_s);
    if (folder.isEmpty())
        return usageError(u"--output DIR is required"_s, command);
    auto context = openContext(parser);
    if (!context)
        return ExitFailure;
    auto crate = ReleaseService::roCrateOf(*context, positional.value(0));
    if (!crate)
        return fail(crate.error().message);
    if (!QDir().mkpath(folder))
        return fail(u"cannot make the folder %1"_s.arg(folder));
    return writeOut(QDir(folder).filePath(u"ro-crate-metadata.json"_s), crate.value());
}

} // namespace

int runRegister(const QStringList &arguments)
{
    static const Subcommand subcommands[] = {
        {"export", exportRegister, nullptr},
        {"projects", exportProjects, nullptr},
        {"ro-crate", writeCrate, nullptr},
    };
    return runSubcommand(arguments, u"register"_s, subcommands, registerUsage);
}

} // namespace srs::server
