#include "SubmissionChecker.h"

#include "CrossTableChecker.h"
#include "CsvReader.h"
#include "XlsxReader.h"

#include <QFileInfo>

namespace srs::sdc {

namespace {

Result<Table> loadCompanion(const TableSpec &spec, const CompanionSource &source, const FileResolver &resolve,
                            const ReaderLimits &limits)
{
    auto bytes = resolve(source.file);
    if (!bytes)
        return bytes.error();
    return readTable(bytes.value(), source.file, source.sheet, spec.layout, limits);
}

// Companion tables must have the table's shape and labels, cell for cell.
std::optional<Error> matchShape(const Table &table, const Table &companion, const QString &role)
{
    const QString who = QStringLiteral("The %1 table (%2)").arg(role, companion.source);
    if (companion.rowCount() != table.rowCount() || companion.columnCount() != table.columnCount())
        return makeError(
            ErrorCode::ShapeMismatch,
            QStringLiteral("%1 has %2 rows and %3 columns of values, but the table (%4) has %5 rows and "
                           "%6 columns. Companion files need the same shape and labels as the table.")
                .arg(who)
                .arg(companion.rowCount())
                .arg(companion.columnCount())
                .arg(table.source)
                .arg(table.rowCount())
                .arg(table.columnCount()));
    for (int r = 0; r < table.rowCount(); ++r) {
        if (table.rowLabels.at(r) != companion.rowLabels.at(r)) {
            Error e = makeError(
                ErrorCode::LabelMismatch,
                QStringLiteral("%1 does not match the table: row %2 is labelled '%3' in the table but "
                               "'%4' in the %5 table.")
                    .arg(who)
                    .arg(r + 1)
                    .arg(table.rowLabels.at(r), companion.rowLabels.at(r), role));
            e.fileRow = companion.fileRow(r);
            return e;
        }
    }
    for (int c = 0; c < table.columnCount(); ++c) {
        if (table.columnLabels.at(c) != companion.columnLabels.at(c)) {
            Error e = makeError(
                ErrorCode::LabelMismatch,
                QStringLiteral("%1 does not match the table: column %2 is labelled '%3' in the table but "
                               "'%4' in the %5 table.")
                    .arg(who)
                    .arg(c + 1)
                    .arg(table.columnLabels.at(c), companion.columnLabels.at(c), role));
            e.fileColumn = companion.fileColumn(c);
            return e;
        }
    }
    return std::nullopt;
}

// Companions hold numbers (blank reads as none); counts are also whole and not negative.
std::optional<Error> checkCompanionCells(const Table &t, const QString &role, bool isCounts)
{
    // Most companions have no markers and (for counts) only whole, non-negative numbers: the
    // table usually knows that without a pass over its cells; else one pass over the flat
    // storage decides, and the cell-by-cell loop names the first bad cell.
    if (t.markerCount() == 0 && (!isCounts || t.numbersAreWholeNonNegative()))
        return std::nullopt;
    const CellKind *kinds = t.kindData();
    bool clean = t.markerCount() == 0;
    for (qsizetype i = 0; i < t.cellCount() && clean; ++i) {
        if (isCounts && kinds[i] == CellKind::Number)
            clean = isWholeNonNegative(t.valueAt(i));
    }
    if (clean)
        return std::nullopt;
    for (int r = 0; r < t.rowCount(); ++r) {
        for (int c = 0; c < t.columnCount(); ++c) {
            const CellKind k = t.kind(r, c);
            if (k == CellKind::Marker)
                return makeError(
                    ErrorCode::BadCell,
                    QStringLiteral("%1: the %2 table has a suppression marker ('%3') in %4. Companion "
                                   "tables are never released, so they hold the real numbers.")
                        .arg(t.source, role, t.marker(r, c), t.cellName(r, c)));
            if (!isCounts || k != CellKind::Number)
                continue;
            const double v = t.value(r, c);
            if (!isWholeNonNegative(v))
                return makeError(
                    ErrorCode::BadCell,
                    QStringLiteral("%1: the count in %2 is %3; counts are whole numbers of records, "
                                   "never negative (give unweighted counts).")
                        .arg(t.source, t.cellName(r, c))
                        .arg(v));
        }
    }
    return std::nullopt;
}

QString lowerSuffix(const QString &fileName)
{
    return QFileInfo(fileName).suffix().toLower();
}

} // namespace

Result<Table> readTable(const QByteArray &bytes, const QString &fileName, const QString &sheet,
                        const TableLayout &layout, const ReaderLimits &limits)
{
    const QString suffix = lowerSuffix(fileName);
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm") ||
        (suffix != QLatin1String("csv") && suffix != QLatin1String("tsv") && XlsxReader::looksLikeZip(bytes)))
        return XlsxReader::read(bytes, fileName, sheet, layout, limits);
    if (suffix == QLatin1String("xls"))
        return makeError(
            ErrorCode::UnreadableFile,
            QStringLiteral("%1 is an old Excel .xls workbook; save it as .xlsx or .csv.").arg(fileName));
    if (!sheet.isEmpty())
        return makeError(
            ErrorCode::InvalidSpec,
            QStringLiteral("%1 is a text table, which has no sheets, but sheet '%2' was asked for.")
                .arg(fileName, sheet));
    return CsvReader::read(bytes, fileName, layout, limits, suffix == QLatin1String("tsv") ? '\t' : 0);
}

Result<TableInput> loadTableInput(const TableSpec &spec, const FileResolver &resolve,
                                  const ReaderLimits &limits, bool keepNumbers)
{
    TableInput in;
    in.spec = spec;
    {
        // The file's bytes go as soon as the table is read, before the companions are.
        auto bytes = resolve(spec.file);
        if (!bytes)
            return bytes.error();
        auto table = readTable(bytes.value(), spec.file, spec.sheet, spec.layout, limits);
        if (!table)
            return table.error();
        in.values = std::move(table).value();
    }

    if (!spec.counts.column.isEmpty()) {
        const int column = static_cast<int>(in.values.columnLabels.indexOf(spec.counts.column));
        if (column < 0)
            return makeError(ErrorCode::InvalidSpec,
                             QStringLiteral("counts.column: the table %1 has no column labelled '%2'.")
                                 .arg(spec.file, spec.counts.column));
        in.counts = in.values.broadcastColumn(column);
        in.values = in.values.withoutColumn(column);
        if (in.values.columnCount() == 0)
            return makeError(ErrorCode::InvalidSpec,
                             QStringLiteral("%1: the counts column is the only column.").arg(spec.file));
    } else if (spec.counts.isSet()) {
        // No rule reads the numbers of a frequency or percentage table (its counts are judged;
        // ACRO's rules alone read a percentage table's, and ask to keep them): free them before
        // the counts are read, as a large table's numbers are most of the memory.
        if (!keepNumbers &&
            (spec.statistic == Statistic::Frequency || spec.statistic == Statistic::Percentage))
            in.values.dropNumbers();
        auto counts = loadCompanion(spec, spec.counts, resolve, limits);
        if (!counts)
            return counts.error();
        in.counts = std::move(counts).value();
        if (auto e = matchShape(in.values, in.counts, QStringLiteral("counts")))
            return *e;
    } else if (spec.statistic != Statistic::Regression) {
        return makeError(
            ErrorCode::MissingCounts,
            QStringLiteral("%1: no counts were given. Every table is checked against its unweighted "
                           "counts: give a counts file of the same shape (first row: column labels; first "
                           "column: row labels).")
                .arg(spec.file));
    }
    if (spec.statistic != Statistic::Regression) {
        if (auto e = checkCompanionCells(in.counts, QStringLiteral("counts"), true))
            return *e;
    }

    const std::pair<const CompanionSource *, std::optional<Table> *> companions[] = {
        {&spec.top1, &in.top1},
        {&spec.top2, &in.top2},
        {&spec.total, &in.total},
        {&spec.distinct, &in.distinct}};
    const QString roles[] = {QStringLiteral("top1"), QStringLiteral("top2"), QStringLiteral("total"),
                             QStringLiteral("distinct")};
    for (std::size_t i = 0; i < std::size(companions); ++i) {
        const auto &[source, target] = companions[i];
        if (!source->isSet())
            continue;
        auto t = loadCompanion(spec, *source, resolve, limits);
        if (!t)
            return t.error();
        if (auto e = matchShape(in.values, t.value(), roles[i]))
            return *e;
        if (auto e = checkCompanionCells(t.value(), roles[i], roles[i] == QLatin1String("distinct")))
            return *e;
        *target = std::move(t).value();
    }
    return in;
}

Report checkSubmission(const QList<TableSpec> &specs, const RiskProfile &profile, const FileResolver &resolve,
                       const ReaderLimits &limits, const TableObserver &observe)
{
    Report report;
    report.profile = profile;
    QList<TablePopulation> populations;
    QList<qsizetype> populationFile; // index into report.files
    int index = 0;
    for (const TableSpec &spec : specs) {
        const QString context =
            specs.size() == 1 ? QStringLiteral("spec") : QStringLiteral("tables[%1]").arg(index);
        ++index;
        FileReport file;
        file.file = spec.file;
        file.sheet = spec.sheet;
        file.name = spec.displayName();
        file.type = QStringLiteral("table");
        file.statistic = spec.statistic == Statistic::Percentile
                             ? QStringLiteral("percentile(%1)").arg(spec.percentile)
                             : statisticName(spec.statistic);
        file.properties = QJsonObject{{QStringLiteral("spec"), tableSpecToJson(spec)}};

        auto tableProfile = profile.forDataset(spec.dataset);
        auto input = tableProfile ? loadTableInput(spec, resolve, limits,
                                                   tableProfile.value().rules == RuleSet::Acro &&
                                                       spec.statistic == Statistic::Percentage)
                                  : Result<TableInput>(tableProfile.error());
        if (!input) {
            file.error = input.error();
            report.files << file;
            continue;
        }
        auto margins = TableChecker::findMargins(input.value().values, spec.margins, context);
        if (!margins) {
            file.error = margins.error();
            report.files << file;
            continue;
        }
        file.cells = input.value().values.cellCount();
        file.suppressed = input.value().values.markerCount() > 0;
        file.rules = tableProfile.value().rules;
        TableChecker::check(input.value(), tableProfile.value(), margins.value(), file.findings,
                            file.cellFindings);
        if (observe)
            observe(index - 1, input.value(), margins.value());
        // ACRO does not compare tables (SDC-RULES.md, rule 7).
        if (spec.statistic != Statistic::Regression && specs.size() > 1 &&
            tableProfile.value().rules != RuleSet::Acro) {
            populations << TablePopulation{spec.displayName(),   spec.file,      spec.sheet, spec.variables,
                                           input.value().counts, margins.value()};
            populationFile << report.files.size();
        }
        report.files << file;
    }
    // Rule 7 over the tables that could be read.
    if (populations.size() > 1) {
        const QList<Finding> cross = CrossTableChecker::check(populations, profile);
        for (const Finding &f : cross) {
            for (qsizetype i = 0; i < populations.size(); ++i) {
                if (populations[i].file == f.file && populations[i].sheet == f.sheet) {
                    report.files[populationFile[i]].findings << f;
                    break;
                }
            }
        }
    }
    return report;
}

} // namespace srs::sdc
