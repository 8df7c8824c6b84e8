#pragma once

#include "Report.h"
#include "Result.h"
#include "RiskProfile.h"
#include "Table.h"
#include "TableChecker.h"
#include "TableSpec.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace srs::sdc {

// Gives the bytes of a file named in a spec. The server resolves names against a
// submission's snapshot; the command line against the spec's folder.
using FileResolver = std::function<Result<QByteArray>(const QString &fileName)>;

// Reads a table (CSV/TSV/XLSX, chosen by extension, or by content when the extension says
// nothing) from bytes.
[[nodiscard]] Result<Table> readTable(const QByteArray &bytes, const QString &fileName, const QString &sheet,
                                      const TableLayout &layout, const ReaderLimits &limits = {});

// Reads a spec's table and companions and matches their shapes and labels. A frequency or
// percentage table's own numbers are dropped once read (its counts are judged) unless
// `keepNumbers`: ACRO's rules judge a percentage table on the values it shows.
[[nodiscard]] Result<TableInput> loadTableInput(const TableSpec &spec, const FileResolver &resolve,
                                                const ReaderLimits &limits = {}, bool keepNumbers = false);

// Shown each table that could be read (its index among the specs, the table with its companions,
// its margins) while it is in memory, e.g. to compare it with a project's earlier releases.
using TableObserver = std::function<void(qsizetype index, const TableInput &input, const Margins &margins)>;

// Checks every table of a submission (rules 1-8) with the profile of each table's dataset.
// Never fails as a whole: a table that cannot be read gets a FileReport with an error.
[[nodiscard]] Report checkSubmission(const QList<TableSpec> &specs, const RiskProfile &profile,
                                     const FileResolver &resolve, const ReaderLimits &limits = {},
                                     const TableObserver &observe = {});

} // namespace srs::sdc
