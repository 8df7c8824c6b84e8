#include "CrossTableChecker.h"

#include "PopulationSummary.h"

#include <algorithm>
#include <utility>

namespace srs::sdc {

namespace {

Finding make(const TablePopulation &self, const TablePopulation &other, const QString &row,
             const QString &column, const QString &message, double difference)
{
    Finding f;
    f.rule = QStringLiteral("cross-table-differencing");
    f.outcome = Outcome::Review;
    f.file = self.file;
    f.sheet = self.sheet;
    f.row = row;
    f.column = column;
    f.message = message;
    f.parameters = QJsonObject{{QStringLiteral("other_table"), other.name},
                               {QStringLiteral("other_file"), other.file},
                               {QStringLiteral("difference"), difference}};
    return f;
}

} // namespace

QList<Finding> CrossTableChecker::check(const QList<TablePopulation> &tables, const RiskProfile &profile)
{
    QList<Finding> findings;
    QList<PopulationSummary> sums;
    for (const TablePopulation &t : tables)
        sums << PopulationSummary::of(t.counts, t.margins, t.variables);
    const int threshold = profile.threshold;
    for (qsizetype i = 0; i < tables.size(); ++i) {
        for (qsizetype j = i + 1; j < tables.size(); ++j) {
            const TablePopulation &a = tables[i];
            const TablePopulation &b = tables[j];
            QList<PopulationDifference> differences = comparePopulations(sums[i], sums[j], threshold);
            // In the order of the first table's rows and columns.
            const auto position = [&](const PopulationDifference &d) {
                if (d.scope == PopulationDifference::Scope::Row)
                    return sums[i].rows.firstIndex[std::size_t(d.line)];
                if (d.scope == PopulationDifference::Scope::Column)
                    return sums[i].columns.firstIndex[std::size_t(d.line)];
                return -1;
            };
            std::stable_sort(differences.begin(), differences.end(),
                             [&](const PopulationDifference &x, const PopulationDifference &y) {
                                 return std::pair(int(x.scope), position(x)) <
                                        std::pair(int(y.scope), position(y));
                             });
            for (const PopulationDifference &d : differences) {
                if (d.scope == PopulationDifference::Scope::Table) {
                    const QString text =
                        QStringLiteral(
                            "'%1' and '%2' cover the same variables but their populations differ by %3 "
                            "records, fewer than %4: comparing them can reveal those few records. Use the "
                            "same "
                            "population for both, or explain the difference to the checker.")
                            .arg(a.name, b.name)
                            .arg(d.difference)
                            .arg(threshold);
                    findings << make(a, b, QString(), QString(), text, d.difference);
                    findings << make(b, a, QString(), QString(), text, d.difference);
                    continue;
                }
                const bool rows = d.scope == PopulationDifference::Scope::Row;
                const QString label = (rows ? sums[i].rows : sums[i].columns).labels.at(d.line);
                const QString line =
                    rows ? QStringLiteral("row '%1'").arg(label) : QStringLiteral("column '%1'").arg(label);
                const QString text =
                    QStringLiteral(
                        "The %1 of '%2' and the same %1 of '%3' count populations that differ by %4 "
                        "records, fewer than %5: comparing them can reveal those records. Use the same "
                        "population, or explain the difference to the checker.")
                        .arg(line, a.name, b.name)
                        .arg(d.difference)
                        .arg(threshold);
                const QString row = rows ? label : QString();
                const QString column = rows ? QString() : label;
                findings << make(a, b, row, column, text, d.difference);
                findings << make(b, a, row, column, text, d.difference);
            }
        }
    }
    return findings;
}

} // namespace srs::sdc
