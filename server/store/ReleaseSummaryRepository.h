#pragma once

#include "StoreResult.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace srs::store {

class Database;

// The population summary of one released table (sdc::PopulationSummary as stored): what the
// differencing check compares new tables with, without the release's labels or cells.
struct StoredTableSummary
{
    QString releaseId;
    QString projectId;
    int position = 0; // the table's index in the released round's specs
    QString path;
    QString sheet;
    QString name;
    QStringList variables;
    double population = 0;
    QString rowsKey; // PopulationLines::setKey(); "" when the table has no rows
    QString columnsKey;
    qint64 rowLines = 0;
    qint64 columnLines = 0;
    QByteArray rowSums; // PopulationSummary::encodeSums
    QByteArray columnSums;
};

// What a check looks released tables up by: the label-set keys and declared variables of the
// table being checked.
struct SummaryLookup
{
    QString rowsKey;
    QString columnsKey;
    QStringList variables;
};

// Population summaries of released tables (tables release_table_summaries, release_summary_keys
// and release_summary_state). Each release is summarised once, when it is made, or later for
// releases made before summaries were kept; a check finds the summaries over the same variables
// as its table through release_summary_keys, an index by (project, lookup key).
class ReleaseSummaryRepository
{
public:
    explicit ReleaseSummaryRepository(Database &db) : m_db(db) {}

    // Stores a release's summaries and marks it summarised (`error`: why some or all of its tables
    // could not be summarised, "" when none). Conflict when it was summarised already.
    [[nodiscard]] Status add(const QString &releaseId, const QList<StoredTableSummary> &summaries,
                             const QDateTime &at, const QString &error = {});
    // Whether the release has been summarised.
    [[nodiscard]] Result<bool> isSummarised(const QString &releaseId);
    // The project's releases not summarised yet, oldest first.
    [[nodiscard]] Result<QStringList> unsummarisedReleases(const QString &projectId);
    // The project's released tables over the same variables as `lookup` (the same row labels, the
    // same column labels, or a declared variable in common), in one statement. Line sums are read
    // only where the label set is the lookup's (the others come back empty).
    [[nodiscard]] Result<QList<StoredTableSummary>> overSameVariables(const QString &projectId,
                                                                      const SummaryLookup &lookup);

private:
    Database &m_db;
};

} // namespace srs::store
