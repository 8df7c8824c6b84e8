// `srs-clearance-server ingest export`: every ingest request and file, what was decided, by whom,
// and where approved files were delivered.

#include "AdminCommands.h"
#include "AdminSupport.h"

#include "services/IngestRegister.h"

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
    return runExport(arguments, {{u"ingest"_s, u"export"_s},
                                 u"Write the register of every ingest request and file."_s,
                                 u"one row per file"_s,
                                 u"the ingest requests"_s,
                                 [](ServerContext &context, bool csv) -> Result<QByteArray> {
                                     auto entries = IngestRegister::entries(context);
                                     if (!entries)
                                         return entries.error();
                                     return csv ? IngestRegister::toCsv(entries.value())
                                                : IngestRegister::toJson(entries.value());
                                 }});
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
