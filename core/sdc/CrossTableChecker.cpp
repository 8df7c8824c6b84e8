#include "CrossTableChecker.h"

#include <QHash>
#include <QSet>

#include <cmath>

namespace srs::sdc {

namespace {

struct Sums
{
    double population = 0;
    QHash<QString, double> rows;    // row label -> row population
    QHash<QString, double> columns; // column label -> column population
    QSet<QString> rowSet;
    QSet<QString> columnSet;
};

Sums sumsOf(const TablePopulation &t)
{
    Sums s;
    const Table &c = t.counts;
    for (int r = 0; r < c.rowCount(); ++r) {
        if (r == t.margins.totalRow)
            continue;
        for (int col = 0; col < c.columnCount(); ++col) {
            if (col == t.margins.totalColumn)
                continue;
            const double n = c.numberOrZero(r, col);
            s.population += n;
            s.rows[c.rowLabels.at(r)] += n;
            s.columns[c.columnLabels.at(col)] += n;
        }
    }
    for (auto it = s.rows.cbegin(); it != s.rows.cend(); ++it)
        s.rowSet.insert(it.key());
    for (auto it = s.columns.cbegin(); it != s.columns.cend(); ++it)
        s.columnSet.insert(it.key());
    return s;
}

bool smallDifference(double a, double b, int threshold, double &difference)
{
    difference = std::fabs(a - b);
    return difference > 0 && difference < threshold;
}

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
    QList<Sums> sums;
    for (const TablePopulation &t : tables)
        sums << sumsOf(t);
    const int threshold = profile.threshold;
    for (qsizetype i = 0; i < tables.size(); ++i) {
        for (qsizetype j = i + 1; j < tables.size(); ++j) {
            const TablePopulation &a = tables[i];
            const TablePopulation &b = tables[j];
            const Sums &sa = sums[i];
            const Sums &sb = sums[j];
            const bool sameRows = !sa.rowSet.isEmpty() && sa.rowSet == sb.rowSet;
            const bool sameColumns = !sa.columnSet.isEmpty() && sa.columnSet == sb.columnSet;
            bool sharedVariables = false;
            for (const QString &v : a.variables)
                sharedVariables = sharedVariables || b.variables.contains(v);
            if (!sameRows && !sameColumns && !sharedVariables)
                continue;
            double d = 0;
            if (smallDifference(sa.population, sb.population, threshold, d)) {
                const QString text =
                    QStringLiteral(
                        "'%1' and '%2' cover the same variables but their populations differ by %3 "
                        "records, fewer than %4: comparing them can reveal those few records. Use the same "
                        "population for both, or explain the difference to the checker.")
                        .arg(a.name, b.name)
                        .arg(d)
                        .arg(threshold);
                findings << make(a, b, QString(), QString(), text, d);
                findings << make(b, a, QString(), QString(), text, d);
            }
            auto compareLines = [&](const QHash<QString, double> &la, const QHash<QString, double> &lb,
                                    bool rows) {
                if (la.size() < 2)
                    return; // one line is the whole table, already compared
                for (auto it = la.cbegin(); it != la.cend(); ++it) {
                    const auto other = lb.constFind(it.key());
                    if (other == lb.cend() || !smallDifference(it.value(), other.value(), threshold, d))
                        continue;
                    const QString line = rows ? QStringLiteral("row '%1'").arg(it.key())
                                              : QStringLiteral("column '%1'").arg(it.key());
                    const QString text =
                        QStringLiteral(
                            "The %1 of '%2' and the same %1 of '%3' count populations that differ by %4 "
                            "records, fewer than %5: comparing them can reveal those records. Use the same "
                            "population, or explain the difference to the checker.")
                            .arg(line, a.name, b.name)
                            .arg(d)
                            .arg(threshold);
                    const QString row = rows ? it.key() : QString();
                    const QString column = rows ? QString() : it.key();
                    findings << make(a, b, row, column, text, d);
                    findings << make(b, a, row, column, text, d);
                }
            };
            if (sameRows)
                compareLines(sa.rows, sb.rows, true);
            if (sameColumns)
                compareLines(sa.columns, sb.columns, false);
        }
    }
    return findings;
}

} // namespace srs::sdc
