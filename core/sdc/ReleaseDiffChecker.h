#pragma once

#include "Finding.h"
#include "PopulationSummary.h"
#include "Table.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace srs::sdc {

// A table of one of the project's earlier releases, as its population summary was stored when it
// was released: no label and no cell of it, only label-set keys, the population and the line
// sums in key order (PopulationSummary::encodeSums).
struct ReleasedTableSummary
{
    QString releaseId;
    QString file;  // the released file's path
    QString sheet; // its sheet, for a workbook
    QStringList variables;
    double population = 0;
    QString rowsKey;    // PopulationLines::setKey() of its rows
    QString columnsKey; // and of its columns
    qsizetype rowLines = 0;
    qsizetype columnLines = 0;
    QByteArray rowSums;    // encoded; may be left empty when rowsKey is not the checked table's
    QByteArray columnSums; // the same for columns
};

// One table being checked, with what is needed to name its rows and columns by place.
struct CheckedTable
{
    QString name; // the spec's display name
    QString file;
    QString sheet;
    const Table *values = nullptr; // the table as read (its rows' and columns' places in the file)
    PopulationSummary summary;
};

// Differencing against earlier releases: rule 7 (CrossTableChecker's comparison, shared through
// comparePopulations) between a table being checked and each table the project has released
// over the same variables. A population, row or column that differs from the released one by
// 1 ... threshold - 1 records is a review finding that names the release and its file.
class ReleaseDiffChecker
{
public:
    static constexpr const char *Rule = "release-differencing";

    [[nodiscard]] static QList<Finding> check(const CheckedTable &table,
                                              const QList<ReleasedTableSummary> &released, int threshold);
};

} // namespace srs::sdc
