#pragma once

#include "CellFindings.h"
#include "Finding.h"
#include "Result.h"
#include "RiskProfile.h"
#include "Table.h"
#include "TableSpec.h"

#include <QList>

#include <optional>

namespace srs::sdc {

// A table and its companions, already read and matched in shape and labels.
struct TableInput
{
    TableSpec spec;
    Table values;
    Table counts; // unweighted counts, same shape (empty for regression output)
    std::optional<Table> top1;
    std::optional<Table> top2;
    std::optional<Table> total;
    std::optional<Table> distinct;
};

// The total row and column of a table (-1 when there is none).
struct Margins
{
    int totalRow = -1;
    int totalColumn = -1;
    [[nodiscard]] bool any() const { return totalRow >= 0 || totalColumn >= 0; }
};

// Rules 1-6 and 8 of SDC-RULES.md on one table: threshold, zero, dominance-nk, p-ratio,
// negative, dof, unsafe-statistic, margin-differencing; suppression markers are recognised.
class TableChecker
{
public:
    // Per-cell findings go to `cells` (compact), the others (whole table, margins) to `findings`.
    static void check(const TableInput &input, const RiskProfile &profile, const Margins &margins,
                      QList<Finding> &findings, CellFindings &cells);
    // Every finding as a Finding, cells first.
    [[nodiscard]] static QList<Finding> check(const TableInput &input, const RiskProfile &profile,
                                              const Margins &margins);
    // Finds the margins the spec asks for; an error when margins are required but absent.
    [[nodiscard]] static Result<Margins> findMargins(const Table &table, const MarginSpec &spec,
                                                     const QString &context);
    [[nodiscard]] static bool isTotalLabel(const QString &label);
};

} // namespace srs::sdc
