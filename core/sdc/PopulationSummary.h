#pragma once

#include "Result.h"
#include "Table.h"
#include "TableChecker.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace srs::sdc {

// What rule 7 (differencing across outputs) compares of one table: its population and the
// population of each row and each column, by label, totals left out. Labels are kept as keys
// that hide them (the first 16 bytes of the SHA-256 of the label's UTF-8), so a summary can be
// stored with a release and compared later without keeping the release's labels or cells.
struct PopulationLines
{
    // Distinct label keys, sorted; sums[i] is the population of every line labelled keys[i].
    QList<QByteArray> keys;
    std::vector<double> sums;
    // Built from a table only (empty for a stored summary): the label of keys[i] as written,
    // and the first value row (or column) with that label.
    QStringList labels;
    std::vector<int> firstIndex;

    [[nodiscard]] qsizetype size() const { return keys.size(); }
    // One key for the set of labels (hex SHA-256 of the sorted keys); "" when there are none.
    // Two tables have the same lines exactly when their set keys are equal.
    [[nodiscard]] QString setKey() const;
};

struct PopulationSummary
{
    double population = 0; // sum of the counts, totals excluded
    PopulationLines rows;
    PopulationLines columns;
    QStringList variables; // declared in the spec

    // The summary of a counts table (margins left out).
    [[nodiscard]] static PopulationSummary of(const Table &counts, const Margins &margins,
                                              const QStringList &variables);
    // The key a label is summarised under.
    [[nodiscard]] static QByteArray labelKey(const QString &label);

    // Line sums as stored: the sums in key order, as little-endian doubles in base64; and back
    // (an error when the text is not a whole number of sums, or not `count` of them).
    [[nodiscard]] static QByteArray encodeSums(const std::vector<double> &sums);
    [[nodiscard]] static Result<std::vector<double>> decodeSums(const QByteArray &text, qsizetype count);
};

// Where two summaries differ by 1 ... threshold - 1 records.
struct PopulationDifference
{
    enum class Scope
    {
        Table,  // the whole populations
        Row,    // the rows labelled a.rows.keys[line] (the same label in both)
        Column, // the columns labelled a.columns.keys[line]
    };
    Scope scope = Scope::Table;
    qsizetype line = -1;
    double difference = 0;
};

// Rule 7's comparison, shared by the check of one submission's tables (CrossTableChecker) and the
// comparison with a project's earlier releases: two tables are over the same variables when they
// have the same row labels, the same column labels, or a declared variable in common; then their
// populations are compared, and row by row (column by column) where they have the same row
// (column) labels and more than one of them. Nothing when they are not over the same variables.
// `sameRows` and `sameColumns` say whether the two line sets are equal (the caller may know it
// from stored set keys without the lines' keys).
[[nodiscard]] QList<PopulationDifference> comparePopulations(const PopulationSummary &a,
                                                             const PopulationSummary &b, bool sameRows,
                                                             bool sameColumns, int threshold);
[[nodiscard]] QList<PopulationDifference> comparePopulations(const PopulationSummary &a,
                                                             const PopulationSummary &b, int threshold);

} // namespace srs::sdc
