#include "SdcCommand.h"

#include "sdc/AcroResults.h"
#include "sdc/CodeScanner.h"
#include "sdc/Report.h"
#include "sdc/ReportWriter.h"
#include "sdc/RiskProfile.h"
#include "sdc/SubmissionChecker.h"
#include "sdc/TableSpec.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace srs::sdc::tool {

namespace {

void printOut(const QString &text)
{
    QTextStream(stdout) << text;
}

void printErr(const QString &text)
{
    QTextStream(stderr) << QStringLiteral("srs-sdc: ") << text << QLatin1Char('\n');
}

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::FileNotFound, QStringLiteral("%1: no such file.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::UnreadableFile,
                         QStringLiteral("%1: cannot be read (%2).").arg(path, file.errorString()));
    const qint64 size = file.size();
    if (size > ReaderLimits{}.maxFileBytes)
        return makeError(ErrorCode::TooLarge, QStringLiteral("%1 is too large to check.").arg(path));
    // One buffer of the file's size (readAll() would grow it past the end and copy it).
    QByteArray bytes(static_cast<qsizetype>(size), Qt::Uninitialized);
    qint64 got = 0;
    while (got < size) {
        const qint64 n = file.read(bytes.data() + got, size - got);
        if (n <= 0)
            break;
        got += n;
    }
    bytes.truncate(static_cast<qsizetype>(got));
    if (!file.atEnd() || got < size) {
        QByteArray rest = file.readAll(); // a file that grew, or one whose size was not known
        if (bytes.size() + rest.size() > ReaderLimits{}.maxFileBytes)
            return makeError(ErrorCode::TooLarge, QStringLiteral("%1 is too large to check.").arg(path));
        bytes += rest;
    }
    return bytes;
}

FileResolver resolverFor(const QDir &base)
{
    return [base](const QString &name) -> Result<QByteArray> {
        const QString path = QDir::isAbsolutePath(name) ? name : base.filePath(name);
        auto bytes = readFile(path);
        if (!bytes && bytes.error().code == ErrorCode::FileNotFound)
            return makeError(
                ErrorCode::FileNotFound,
                QStringLiteral("%1: no such file (looked for %2).").arg(name, QDir::cleanPath(path)));
        return bytes;
    };
}

// Streams the report to standard output as it is written.
int printReport(const Report &report, bool json, const TextOptions &options = {})
{
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        printErr(QStringLiteral("cannot write to standard output."));
        return ExitUnusable;
    }
    const bool written =
        json ? ReportWriter::writeJson(report, out) : ReportWriter::writeText(report, out, options);
    out.close();
    if (!written) {
        printErr(QStringLiteral("the report could not be written in full (%1).").arg(out.errorString()));
        return ExitUnusable;
    }
    return report.exitCode();
}

void addCommonOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("json"),
                      QStringLiteral("Print the JSON report (every finding) instead of the summary.")});
    parser.addOption(
        {QStringLiteral("all"),
         QStringLiteral("In the summary, name every cell of every rule, not only the first 20.")});
}

int usage(const QCommandLineParser &parser, const QString &problem)
{
    printErr(problem);
    QTextStream(stderr) << parser.helpText();
    return ExitUnusable;
}

Result<RiskProfile> loadProfile(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("profile")))
        return RiskProfile{};
    // "acro" names ACRO 1.0.1's defaults and rules; a profile file so named is ./acro.
    if (parser.value(QStringLiteral("profile")) == QLatin1String("acro"))
        return RiskProfile::acro();
    auto bytes = readFile(parser.value(QStringLiteral("profile")));
    if (!bytes)
        return bytes.error();
    return RiskProfile::fromJson(bytes.value());
}

bool attachAcro(const QCommandLineParser &parser, Report &report)
{
    if (!parser.isSet(QStringLiteral("acro")))
        return true;
    const QString path = parser.value(QStringLiteral("acro"));
    auto bytes = readFile(path);
    if (!bytes) {
        printErr(bytes.error().message);
        return false;
    }
    auto acro = AcroResults::parse(bytes.value(), path);
    if (!acro) {
        printErr(acro.error().message);
        return false;
    }
    report.acro = acro.value();
    report.acroSource = path;
    return true;
}

// Builds the spec of the quick form from the options, through the same validation as a spec file.
Result<QList<TableSpec>> quickSpec(const QCommandLineParser &parser, const QString &table)
{
    QJsonObject o{{QStringLiteral("file"), table},
                  {QStringLiteral("statistic"), parser.isSet(QStringLiteral("statistic"))
                                                    ? parser.value(QStringLiteral("statistic"))
                                                    : QStringLiteral("frequency")}};
    for (const char *key : {"counts", "top1", "top2", "total", "distinct"}) {
        const QString k = QLatin1String(key);
        if (parser.isSet(k))
            o.insert(k, QJsonObject{{QStringLiteral("file"), parser.value(k)}});
    }
    if (parser.isSet(QStringLiteral("sheet"))) {
        const QString sheet = parser.value(QStringLiteral("sheet"));
        o.insert(QStringLiteral("sheet"), sheet);
        for (const char *key : {"counts", "top1", "top2", "total", "distinct"}) {
            const QString k = QLatin1String(key);
            if (parser.isSet(k) &&
                QFileInfo(parser.value(k)).suffix().toLower().startsWith(QLatin1String("xls")))
                o.insert(k, QJsonObject{{QStringLiteral("file"), parser.value(k)},
                                        {QStringLiteral("sheet"), sheet}});
        }
    }
    if (parser.isSet(QStringLiteral("weighted")))
        o.insert(QStringLiteral("weighted"), true);
    if (parser.isSet(QStringLiteral("dataset")))
        o.insert(QStringLiteral("dataset"), parser.value(QStringLiteral("dataset")));
    for (const char *key : {"label-rows", "label-columns"}) {
        const QString k = QLatin1String(key);
        if (!parser.isSet(k))
            continue;
        bool ok = false;
        const int n = parser.value(k).toInt(&ok);
        if (!ok)
            return makeError(ErrorCode::InvalidSpec, QStringLiteral("--%1 takes a whole number.").arg(k));
        o.insert(QString(k).replace(QLatin1Char('-'), QLatin1Char('_')), n);
    }
    if (parser.isSet(QStringLiteral("margins"))) {
        const QString m = parser.value(QStringLiteral("margins"));
        if (m == QLatin1String("true") || m == QLatin1String("yes"))
            o.insert(QStringLiteral("margins"), true);
        else if (m == QLatin1String("false") || m == QLatin1String("no"))
            o.insert(QStringLiteral("margins"), false);
        else if (m == QLatin1String("auto"))
            o.insert(QStringLiteral("margins"), QStringLiteral("auto"));
        else
            return makeError(ErrorCode::InvalidSpec, QStringLiteral("--margins takes auto, true or false."));
    }
    if (!parser.isSet(QStringLiteral("counts")) &&
        parser.value(QStringLiteral("statistic")).toLower() != QLatin1String("regression"))
        return makeError(
            ErrorCode::MissingCounts,
            QStringLiteral("%1: counts are required. Give --counts COUNTS.csv, a table of the same shape "
                           "and labels with the unweighted number of records behind each cell.")
                .arg(table));
    auto spec = tableSpecFromJson(o, QStringLiteral("command line"));
    if (!spec)
        return spec.error();
    return QList<TableSpec>{spec.value()};
}

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Checks tables for disclosure risk.\n"
        "  srs-sdc check --spec spec.json\n"
        "  srs-sdc check TABLE.csv --counts COUNTS.csv [--statistic S] [--top1 F --top2 F --total F]\n"
        "Exit code: 0 pass, 1 review, 2 fail, 3 unusable input."));
    addCommonOptions(parser);
    parser.addOptions({
        {QStringLiteral("spec"), QStringLiteral("A table spec (JSON) listing the tables to check."),
         QStringLiteral("spec.json")},
        {QStringLiteral("counts"), QStringLiteral("Unweighted counts, same shape and labels as the table."),
         QStringLiteral("file")},
        {QStringLiteral("statistic"),
         QStringLiteral(
             "frequency (default), percentage, sum, mean, median, percentile(p), min, max, mode, std, "
             "variance, ratio."),
         QStringLiteral("statistic")},
        {QStringLiteral("top1"), QStringLiteral("Largest contribution per cell (sum, mean, ratio)."),
         QStringLiteral("file")},
        {QStringLiteral("top2"), QStringLiteral("Second largest contribution per cell."),
         QStringLiteral("file")},
        {QStringLiteral("total"), QStringLiteral("Cell totals (optional for sum and mean)."),
         QStringLiteral("file")},
        {QStringLiteral("distinct"), QStringLiteral("Distinct values per cell (mode tables)."),
         QStringLiteral("file")},
        {QStringLiteral("sheet"), QStringLiteral("Worksheet of an XLSX table."), QStringLiteral("name")},
        {QStringLiteral("label-rows"), QStringLiteral("Label rows at the top (default 1)."),
         QStringLiteral("n")},
        {QStringLiteral("label-columns"), QStringLiteral("Label columns at the left (default 1)."),
         QStringLiteral("n")},
        {QStringLiteral("margins"),
         QStringLiteral("auto (default), true or false: whether the table has totals."),
         QStringLiteral("mode")},
        {QStringLiteral("weighted"), QStringLiteral("The table shows weighted values.")},
        {QStringLiteral("dataset"), QStringLiteral("Dataset the table comes from (selects the profile)."),
         QStringLiteral("name")},
        {QStringLiteral("profile"),
         QStringLiteral("A risk profile (JSON) replacing the default, or 'acro' for ACRO 1.0.1's rules and "
                        "defaults."),
         QStringLiteral("profile.json|acro")},
        {QStringLiteral("acro"), QStringLiteral("An ACRO results.json to carry beside the findings."),
         QStringLiteral("results.json")},
    });
    parser.addPositionalArgument(QStringLiteral("table"), QStringLiteral("The table to check (quick form)."));
    if (!parser.parse(arguments))
        return usage(parser, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return ExitPass;
    }
    const QStringList positional = parser.positionalArguments();
    const bool json = parser.isSet(QStringLiteral("json"));

    auto profile = loadProfile(parser);
    if (!profile) {
        printErr(profile.error().message);
        return ExitUnusable;
    }
    QList<TableSpec> specs;
    QDir base = QDir::current();
    if (parser.isSet(QStringLiteral("spec"))) {
        if (!positional.isEmpty())
            return usage(parser, QStringLiteral("give either --spec or a table, not both."));
        const QString specPath = parser.value(QStringLiteral("spec"));
        auto bytes = readFile(specPath);
        if (!bytes) {
            printErr(bytes.error().message);
            return ExitUnusable;
        }
        auto parsed = parseTableSpecDocument(bytes.value());
        if (!parsed) {
            printErr(specPath + QStringLiteral(": ") + parsed.error().message);
            return ExitUnusable;
        }
        specs = parsed.value();
        base = QFileInfo(specPath).absoluteDir();
    } else {
        if (positional.size() != 1)
            return usage(parser, QStringLiteral("give one table to check, or --spec spec.json."));
        auto parsed = quickSpec(parser, positional.first());
        if (!parsed) {
            printErr(parsed.error().message);
            return ExitUnusable;
        }
        specs = parsed.value();
    }
    Report report = checkSubmission(specs, profile.value(), resolverFor(base));
    if (!attachAcro(parser, report))
        return ExitUnusable;
    TextOptions options;
    options.all = parser.isSet(QStringLiteral("all"));
    return printReport(report, json, options);
}

int runScanCode(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Scans code files (R, Stata, Python, Jupyter, SAS, SQL) for record listing, hard-coded "
        "identifiers, notebook outputs and missing comments.\n"
        "Exit code: 0 pass, 1 review, 2 fail, 3 unusable input."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Code files to scan."),
                                 QStringLiteral("FILE..."));
    if (!parser.parse(arguments))
        return usage(parser, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return ExitPass;
    }
    if (parser.positionalArguments().isEmpty())
        return usage(parser, QStringLiteral("give at least one code file."));
    Report report;
    for (const QString &path : parser.positionalArguments()) {
        FileReport file;
        file.file = path;
        file.name = path;
        file.type = QStringLiteral("code");
        file.properties = QJsonObject{
            {QStringLiteral("language"), CodeScanner::languageName(CodeScanner::languageFor(path))}};
        auto bytes = readFile(path);
        if (!bytes) {
            file.error = bytes.error();
        } else {
            auto findings = scanCode(path, bytes.value());
            if (findings)
                file.findings = findings.value();
            else
                file.error = findings.error();
        }
        report.files << file;
    }
    TextOptions options;
    options.all = parser.isSet(QStringLiteral("all"));
    return printReport(report, parser.isSet(QStringLiteral("json")), options);
}

} // namespace

int run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    QStringList rest = arguments;
    if (rest.size() > 1)
        rest.removeAt(1); // the parser sees: program, options...
    if (command == QLatin1String("check"))
        return runCheck(rest);
    if (command == QLatin1String("scan-code"))
        return runScanCode(rest);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        printOut(QStringLiteral("srs-sdc %1\n").arg(QStringLiteral(SRS_SDC_VERSION)));
        return ExitPass;
    }
    const QString help =
        QStringLiteral("Usage: srs-sdc check --spec spec.json [--profile P] [--acro results.json] "
                       "[--json]\n"
                       "       srs-sdc check TABLE.csv --counts COUNTS.csv [--statistic S] "
                       "[--top1 F --top2 F --total F] [--json]\n"
                       "       srs-sdc scan-code FILE... [--json]\n"
                       "Run 'srs-sdc check --help' or 'srs-sdc scan-code --help' for the options.\n"
                       "Exit code: 0 pass, 1 review, 2 fail, 3 unusable input.\n");
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        printOut(help);
        return ExitPass;
    }
    printErr(command.isEmpty() ? QStringLiteral("no command given.")
                               : QStringLiteral("unknown command '%1'.").arg(command));
    QTextStream(stderr) << help;
    return ExitUnusable;
}

} // namespace srs::sdc::tool
