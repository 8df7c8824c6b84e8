// `srs-clearance-server register export|ro-crate`: the public register of releases, and one
// release as a Five Safes RO-Crate.

#include "AdminCommands.h"
#include "AdminSupport.h"

#include "protocol/ReviewMessages.h"
#include "services/ReleaseService.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;
using namespace srs::server::admin;

namespace {

void registerUsage(FILE *out)
{
    std::fprintf(
        out, "usage: srs-clearance-server register export --format csv|json [--output FILE] [--config FILE] "
             "[--data-dir DIR]\n"
             "       srs-clearance-server register ro-crate RELEASE_ID --output DIR [--config FILE] "
             "[--data-dir DIR]\n"
             "export writes every release (CSV: one row per released file); ro-crate writes the release's\n"
             "ro-crate-metadata.json (a Five Safes RO-Crate) into DIR.\n");
}

// Writes `bytes` to `path` (replacing it whole), or to standard output when `path` is empty.
int writeOut(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty()) {
        std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
        return ExitOk;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return fail(u"cannot write %1: %2"_s.arg(path, f.errorString()));
    return ExitOk;
}

int exportRegister(const QStringList &arguments)
{
    const QString command = u"register export"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Write the register of every release, ready to publish."_s);
    addStorageOptions(parser);
    parser.addOption({u"format"_s, u"csv (one row per released file) or json."_s, u"FORMAT"_s});
    parser.addOption({u"output"_s, u"Write to FILE instead of standard output."_s, u"FILE"_s});
    QStringList positional;
    if (auto stop = parseCommandLine(parser, arguments, {u"register"_s, u"export"_s}, {}, &positional))
        return *stop;
    const QString format = parser.value(u"format"_s);
    if (format != u"csv"_s && format != u"json"_s)
        return usageError(u"--format must be csv or json"_s, command);
    auto context = openContext(parser);
    if (!context)
        return ExitFailure;
    auto entries = ReleaseService::registerEntries(*context);
    if (!entries)
        return fail(u"cannot read the register: "_s + entries.error().message);
    return writeOut(parser.value(u"output"_s), format == u"csv"_s
                                                   ? ReleaseService::registerCsv(entries.value())
                                                   : protocol::encodeRegister(entries.value()));
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
        {"ro-crate", writeCrate, nullptr},
    };
    return runSubcommand(arguments, u"register"_s, subcommands, registerUsage);
}

} // namespace srs::server
