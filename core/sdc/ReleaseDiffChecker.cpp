#include "ReleaseDiffChecker.h"

#include <algorithm>
#include <utility>

namespace srs::sdc {

namespace {

QString releasedName(const ReleasedTableSummary &r)
{
    const QString file = r.sheet.isEmpty() ? r.file : QStringLiteral("%1 (sheet %2)").arg(r.file, r.sheet);
    return QStringLiteral("%1 of release %2").arg(file, r.releaseId);
}

Finding make(const CheckedTable &table, const ReleasedTableSummary &released, const PopulationDifference &d)
{
    Finding f;
    f.rule = QString::fromLatin1(ReleaseDiffChecker::Rule);
    f.outcome = Outcome::Review;
    f.file = table.file;
    f.sheet = table.sheet;
    QString scope = QStringLiteral("table");
    if (d.scope == PopulationDifference::Scope::Table) {
        f.message = QStringLiteral("'%1' and %2 cover the same variables but their populations differ by %3 "
                                   "records: comparing the new table with the released one can reveal "
                                   "those few records. Use the same population, or explain the difference.")
                        .arg(table.name, releasedName(released))
                        .arg(d.difference);
    } else {
        const bool rows = d.scope == PopulationDifference::Scope::Row;
        const PopulationLines &lines = rows ? table.summary.rows : table.summary.columns;
        const QString label = lines.labels.value(d.line);
        const int index = lines.firstIndex.empty() ? -1 : lines.firstIndex[std::size_t(d.line)];
        scope = rows ? QStringLiteral("row") : QStringLiteral("column");
        if (rows) {
            f.row = label;
            f.rowIndex = index;
            f.fileRow = table.values ? table.values->fileRow(index) : 0;
        } else {
            f.column = label;
            f.columnIndex = index;
            f.fileColumn = table.values ? table.values->fileColumn(index) : 0;
        }
        f.message = QStringLiteral("The %1 '%2' of '%3' and the same %1 of %4 count populations that differ "
                                   "by %5 records: comparing the new table with the released one can reveal "
                                   "those records. Use the same population, or explain the difference.")
                        .arg(scope, label, table.name, releasedName(released))
                        .arg(d.difference);
    }
    f.parameters = QJsonObject{{QStringLiteral("release"), released.releaseId},
                               {QStringLiteral("released_file"), released.file},
                               {QStringLiteral("released_sheet"), released.sheet},
                               {QStringLiteral("scope"), scope},
                               {QStringLiteral("difference"), d.difference}};
    return f;
}

} // namespace

QList<Finding> ReleaseDiffChecker::check(const CheckedTable &table,
                                         const QList<ReleasedTableSummary> &released, int threshold)
{
    QList<Finding> findings;
    const QString rowsKey = table.summary.rows.setKey();
    const QString columnsKey = table.summary.columns.setKey();
    for (const ReleasedTableSummary &r : released) {
        const bool sameRows = !rowsKey.isEmpty() && r.rowsKey == rowsKey;
        const bool sameColumns = !columnsKey.isEmpty() && r.columnsKey == columnsKey;
        PopulationSummary other;
        other.population = r.population;
        other.variables = r.variables;
        // The line sums are read only where they are compared; sums that do not decode, or not as
        // many as the table has lines, are not compared line by line (comparePopulations skips
        // lines of unequal counts), while the populations still are.
        if (sameRows) {
            if (auto sums = PopulationSummary::decodeSums(r.rowSums, r.rowLines); sums.ok())
                other.rows.sums = std::move(sums).value();
        }
        if (sameColumns) {
            if (auto sums = PopulationSummary::decodeSums(r.columnSums, r.columnLines); sums.ok())
                other.columns.sums = std::move(sums).value();
        }
        QList<PopulationDifference> differences =
            comparePopulations(table.summary, other, sameRows, sameColumns, threshold);
        // In the order of the table's rows, then its columns.
        const auto position = [&](const PopulationDifference &d) {
            const PopulationLines &lines =
                d.scope == PopulationDifference::Scope::Column ? table.summary.columns : table.summary.rows;
            return d.scope == PopulationDifference::Scope::Table || lines.firstIndex.empty()
                       ? -1
                       : lines.firstIndex[std::size_t(d.line)];
        };
        std::stable_sort(differences.begin(), differences.end(),
                         [&](const PopulationDifference &x, const PopulationDifference &y) {
                             return std::pair(int(x.scope), position(x)) <
                                    std::pair(int(y.scope), position(y));
                         });
        for (const PopulationDifference &d : std::as_const(differences))
            findings << make(table, r, d);
    }
    return findings;
}

} // namespace srs::sdc
