#include "ReleaseDifferencing.h"

#include "sdc/PopulationSummary.h"
#include "sdc/ReleaseDiffChecker.h"
#include "sdc/SubmissionChecker.h"
#include "store/BlobStore.h"
#include "store/ReleaseSummaryRepository.h"
#include "store/ReviewRepository.h"
#include "store/SubmissionRepository.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcReleaseDiff, "srs.server.release-differencing")

namespace srs::server {

using namespace Qt::Literals::StringLiterals;

namespace {

store::SummaryLookup lookupOf(const sdc::PopulationSummary &s)
{
    return {s.rows.setKey(), s.columns.setKey(), s.variables};
}

sdc::ReleasedTableSummary releasedOf(const store::StoredTableSummary &s)
{
    sdc::ReleasedTableSummary r;
    r.releaseId = s.releaseId;
    r.file = s.path;
    r.sheet = s.sheet;
    r.variables = s.variables;
    r.population = s.population;
    r.rowsKey = s.rowsKey;
    r.columnsKey = s.columnsKey;
    r.rowLines = s.rowLines;
    r.columnLines = s.columnLines;
    r.rowSums = s.rowSums;
    r.columnSums = s.columnSums;
    return r;
}

} // namespace

Status ReleaseDifferencing::summarise(const QString &releaseId)
{
    store::Database &db = m_context.database();
    store::ReleaseSummaryRepository summaries(db);
    auto done = summaries.isSummarised(releaseId);
    if (!done)
        return internalError(done.errorString());
    if (done.value())
        return {};
    auto release = store::ReviewRepository(db).findRelease(releaseId);
    if (!release)
        return internalError(release.errorString());
    auto rounds = store::SubmissionRepository(db).rounds(release->submissionId);
    if (!rounds)
        return internalError(rounds.errorString());
    const store::SubmissionRound *round = nullptr;
    for (const store::SubmissionRound &r : rounds.value()) {
        if (r.round == release->round)
            round = &r;
    }
    if (!round)
        return internalError(u"release %1: its round is missing"_s.arg(releaseId));

    QSet<QString> released;
    for (const store::StoredReleaseFile &f : release->files)
        released.insert(f.path);
    QHash<QString, QString> hashes; // every file of the round, supporting ones too
    for (const domain::SubmissionFile &f : round->files)
        hashes.insert(f.path, f.sha256);
    const store::BlobStore blobs(m_context.config().dataDir + u"/blobs"_s);
    const sdc::FileResolver resolve = [&](const QString &path) -> sdc::Result<QByteArray> {
        const auto it = hashes.constFind(path);
        if (it == hashes.constEnd())
            return sdc::makeError(sdc::ErrorCode::FileNotFound, u"%1 is not a file of the round"_s.arg(path));
        auto bytes = blobs.get(*it);
        if (!bytes)
            return sdc::makeError(sdc::ErrorCode::FileNotFound, bytes.errorString());
        return std::move(bytes).value();
    };

    QList<store::StoredTableSummary> stored;
    QStringList problems;
    for (qsizetype i = 0; i < round->tables.size(); ++i) {
        const sdc::TableSpec &t = round->tables.at(i);
        if (!released.contains(t.file) || t.statistic == sdc::Statistic::Regression)
            continue;
        auto input = sdc::loadTableInput(t, resolve);
        if (!input) {
            problems << u"tables[%1]: its files cannot be read"_s.arg(i);
            continue;
        }
        auto margins = sdc::TableChecker::findMargins(input.value().values, t.margins, u"spec"_s);
        if (!margins) {
            problems << u"tables[%1]: the margins cannot be found"_s.arg(i);
            continue;
        }
        const auto s = sdc::PopulationSummary::of(input.value().counts, margins.value(), t.variables);
        store::StoredTableSummary row;
        row.releaseId = releaseId;
        row.projectId = release->projectId;
        row.position = int(i);
        row.path = t.file;
        row.sheet = t.sheet;
        row.name = t.displayName();
        row.variables = t.variables;
        row.population = s.population;
        row.rowsKey = s.rows.setKey();
        row.columnsKey = s.columns.setKey();
        row.rowLines = s.rows.size();
        row.columnLines = s.columns.size();
        row.rowSums = sdc::PopulationSummary::encodeSums(s.rows.sums);
        row.columnSums = sdc::PopulationSummary::encodeSums(s.columns.sums);
        stored.append(std::move(row));
    }
    if (!problems.isEmpty())
        qCWarning(lcReleaseDiff, "release %s: %lld table(s) not summarised", qUtf8Printable(releaseId),
                  static_cast<long long>(problems.size()));
    auto added = summaries.add(releaseId, stored, m_context.now(), problems.join(u"; "_s));
    // Another instance summarised it meanwhile: the same summaries are stored.
    if (!added && added.code() != store::StoreError::Code::Conflict)
        return internalError(added.errorString());
    return {};
}

void ReleaseDifferencing::recordRelease(const QString &releaseId)
{
    if (Status s = summarise(releaseId); !s)
        qCWarning(lcReleaseDiff, "release %s is not summarised yet: %s", qUtf8Printable(releaseId),
                  qUtf8Printable(s.error().message));
}

Status ReleaseDifferencing::backfill(const QString &projectId)
{
    auto pending = store::ReleaseSummaryRepository(m_context.database()).unsummarisedReleases(projectId);
    if (!pending)
        return internalError(pending.errorString());
    for (const QString &id : pending.value()) {
        if (Status s = summarise(id); !s)
            return s;
    }
    return {};
}

TableComparer ReleaseDifferencing::comparer(const QString &projectId, const sdc::RiskProfile &profile,
                                            const QSet<QString> &excluded)
{
    return [this, projectId, profile, excluded](const sdc::TableSpec &spec, const sdc::TableInput &input,
                                                const sdc::Margins &margins) -> QList<sdc::Finding> {
        if (spec.statistic == sdc::Statistic::Regression)
            return {};
        sdc::CheckedTable table;
        table.name = spec.displayName();
        table.file = spec.file;
        table.sheet = spec.sheet;
        table.values = &input.values;
        table.summary = sdc::PopulationSummary::of(input.counts, margins, spec.variables);
        auto found = store::ReleaseSummaryRepository(m_context.database())
                         .overSameVariables(projectId, lookupOf(table.summary));
        if (!found) {
            // The check goes on without the comparison; the log says why.
            qCWarning(lcReleaseDiff, "looking up released tables failed: %s",
                      qUtf8Printable(found.errorString()));
            return {};
        }
        QList<sdc::ReleasedTableSummary> released;
        released.reserve(found->size());
        for (const store::StoredTableSummary &s : found.value()) {
            if (!excluded.contains(s.releaseId))
                released.append(releasedOf(s));
        }
        const auto tableProfile = profile.forDataset(spec.dataset);
        const int threshold = tableProfile ? tableProfile.value().threshold : profile.threshold;
        return sdc::ReleaseDiffChecker::check(table, released, threshold);
    };
}

Result<QList<sdc::Finding>>
ReleaseDifferencing::compareRound(const QString &projectId, const QList<sdc::TableSpec> &tables,
                                  const sdc::FileResolver &resolve, const sdc::RiskProfile &profile,
                                  const QSet<QString> &excluded,
                                  const std::function<std::optional<Error>()> &unreadable)
{
    if (Status s = backfill(projectId); !s)
        return s.error();
    const TableComparer compare = comparer(projectId, profile, excluded);
    QList<sdc::Finding> out;
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const sdc::TableSpec &spec = tables.at(i);
        // What checkSubmission() hands the comparer at a check: the table with its companions
        // and margins, under its dataset's profile.
        if (spec.statistic == sdc::Statistic::Regression || !profile.forDataset(spec.dataset))
            continue;
        auto input = sdc::loadTableInput(spec, resolve);
        auto margins = input ? sdc::TableChecker::findMargins(input.value().values, spec.margins, u"spec"_s)
                             : sdc::Result<sdc::Margins>(input.error());
        if (!margins) {
            if (auto e = unreadable ? unreadable() : std::nullopt)
                return *e;
            // The reader's own words may quote the table: only its error code is logged.
            return internalError(
                u"tables[%1] of a stored round could not be read again (error %2)"_s.arg(i).arg(
                    int(margins.error().code)));
        }
        out += compare(spec, input.value(), margins.value());
    }
    return out;
}

QString ReleaseDifferencing::researcherMessage(const sdc::Finding &f, const QString &at,
                                               const sdc::RiskProfile &profile)
{
    return u"%1 covers a population that differs by fewer than %2 records from that of %3, released in %4, "
           u"so together they may disclose the difference. A checker will review it; use the same population "
           u"or explain the difference."_s.arg(at, QString::number(profile.threshold),
                                               f.parameters.value(u"released_file"_s).toString(),
                                               f.parameters.value(u"release"_s).toString());
}

} // namespace srs::server
