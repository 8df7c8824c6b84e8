#pragma once

#include "ServerContext.h"
#include "ServiceError.h"

#include "sdc/Finding.h"
#include "sdc/RiskProfile.h"
#include "sdc/SubmissionChecker.h"
#include "sdc/TableChecker.h"
#include "sdc/TableSpec.h"

#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace srs::server {

// Findings on a checked table beyond its own rules (runChecks() asks for them), given the table
// with its companions and margins while they are in memory.
using TableComparer = std::function<QList<sdc::Finding>(
    const sdc::TableSpec &spec, const sdc::TableInput &input, const sdc::Margins &margins)>;

// Differencing against a project's earlier releases (docs/sdc.md, "release-differencing"): every
// table a check or a request checks is also compared with the tables the project has released
// over the same variables, on the server only.
//
// When a release is made, the population summary of each released table (sdc::PopulationSummary:
// label-set keys, declared variables, the population, the sums of its rows and columns in key
// order; no label, no cell) is stored (store::ReleaseSummaryRepository). Releases made before
// summaries were kept, or whose summary could not be stored then, are summarised the next time
// their project is checked. A check looks up only the summaries over its table's variables, by
// an index on (project, label-set key or variable), and compares them with rule 7's comparison.
class ReleaseDifferencing
{
public:
    explicit ReleaseDifferencing(ServerContext &context) : m_context(context) {}

    // Summarises one release's tables from the stored snapshots of its round (the tables whose
    // file was released) and records that it is summarised; nothing when it is already. A table
    // that cannot be read is left out, and the reason kept with the mark.
    [[nodiscard]] Status summarise(const QString &releaseId);
    // summarise() for a release just made: a failure is logged, and the release is summarised at
    // its project's next check instead.
    void recordRelease(const QString &releaseId);
    // Summarises every release of the project not summarised yet (one indexed query when there
    // is none).
    [[nodiscard]] Status backfill(const QString &projectId);
    // What runChecks() compares each table with: the project's released tables (but those of the
    // releases in `excluded`), with the threshold of the table's dataset. Findings name the release
    // and the released file.
    [[nodiscard]] TableComparer comparer(const QString &projectId, const sdc::RiskProfile &profile,
                                         const QSet<QString> &excluded = {});

    // A stored round's tables (each spec's files read through `resolve`, from the round's
    // snapshots) compared afresh with every release of the project so far but those in `excluded`
    // (a release of the request itself): releases not summarised yet are summarised first. Only
    // the release-differencing findings, table by table in the round's order. A table that cannot
    // be read again fails the whole comparison with `unreadable` (the snapshot's own error when
    // it is one), as the round's files were all readable when it was submitted.
    [[nodiscard]] Result<QList<sdc::Finding>>
    compareRound(const QString &projectId, const QList<sdc::TableSpec> &tables,
                 const sdc::FileResolver &resolve, const sdc::RiskProfile &profile,
                 const QSet<QString> &excluded, const std::function<std::optional<Error>()> &unreadable);

    // The message a researcher's client is told for a release-differencing finding at `at` ("Row
    // 4", "The table"): the release and the released file's path (which the project's members
    // know), never the released table's labels, values or the size of the difference.
    [[nodiscard]] static QString researcherMessage(const sdc::Finding &finding, const QString &at,
                                                   const sdc::RiskProfile &profile);

private:
    ServerContext &m_context;
};

} // namespace srs::server
