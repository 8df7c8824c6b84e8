// `srs-clearance-server ingest export`: every ingest request and file, what was decided, by whom,
// and where approved files were delivered.

#include "AdminCommands.h"
#include "AdminSupport.h"

#include "services/IngestRegister.h"

#include <QSaveFile>

#include <cstdio>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;
using namespace srs::server::admin;

namespace {

void ingestUsage(FILE *out)
{
    std::fprintf(
        out, "usage: srs-clearance-server ingest export --format csv|json [--output FILE] [--config FILE] "
             "[--data-dir DIR]\n"
             "export writes every ingest request (CSV: one row per file) with each file's decision, the\n"
             "checkers' votes and comments, and where approved files were delivered.\n");
}

int exportIngests(const QStringList &arguments)
{
    const QString command = u"ingest export"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Write the register of every ingest request and file."_s);
    addStorageOptions(parser);
    parser.addOption({u"format"_s, u"csv (one row per file) or json."_s, u"FORMAT"_s});
    parser.addOption({u"output"_s, u"Write to FILE instead of standard output."_s, u"FILE"_s});
    QStringList positional;
    if (auto stop = parseCommandLine(parser, arguments, {u"ingest"_s, u"export"_s}, {}, &positional))
        return *stop;
    const QString format = parser.value(u"format"_s);
    if (format != u"csv"_s && format != u"json"_s)
        return usageError(u"--format must be csv or json"_s, command);
    auto context = openContext(parser);
    if (!context)
        return ExitFailure;
    auto entries = IngestRegister::entries(*context);
    if (!entries)
        return fail(u"cannot read the ingest requests: "_s + entries.error().message);
    const QByteArray bytes =
        format == u"csv"_s ? IngestRegister::toCsv(entries.value()) : IngestRegister::toJson(entries.value());
    const QString path = parser.value(u"output"_s);
    if (path.isEmpty()) {
        std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
        return ExitOk;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return fail(u"cannot write %1: %2"_s.arg(path, f.errorString()));
    return ExitOk;
}

} // namespace

int runIngest(const QStringList &arguments)
{
    static const Subcommand subcommands[] = {
        {"export", exportIngests, nullptr},
    };
    return runSubcommand(arguments, u"ingest"_s, subcommands, ingestUsage);
}

} // namespace srs::server
