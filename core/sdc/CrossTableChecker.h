#pragma once

#include "Finding.h"
#include "RiskProfile.h"
#include "TableChecker.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace srs::sdc {

// What rule 7 needs to know about one table of a submission.
struct TablePopulation
{
    QString name; // the spec's display name
    QString file;
    QString sheet;
    QStringList variables; // declared in the spec, may be empty
    Table counts;          // unweighted counts
    Margins margins;       // rows/columns left out of the population
};

// Rule 7: differencing across outputs. Two tables over the same variables (the same row
// labels, the same column labels, or declared variables in common) whose populations differ
// by fewer than the threshold, but not by zero, let someone recover the few records in one
// and not the other: review, naming the pair. The same is checked row by row (and column by
// column) where the two tables share the labels.
class CrossTableChecker
{
public:
    [[nodiscard]] static QList<Finding> check(const QList<TablePopulation> &tables,
                                              const RiskProfile &profile);
};

} // namespace srs::sdc
