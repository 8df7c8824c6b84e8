// ReviewService's fresh comparison of a request's tables with the project's releases
// (GET /submissions/{sid}/release-differences): the stored check of a round knows the releases
// made before the round was submitted; a checker asks again to hear of those made since.

#include "ReviewService.h"

#include "CheckingSettings.h"
#include "ReleaseDifferencing.h"
#include "ServiceError.h"
#include "Snapshots.h"
#include "SubmissionChecks.h"
#include "SubmissionService.h"

#include "sdc/ReleaseDiffChecker.h"
#include "store/AuditLog.h"
#include "store/ReviewRepository.h"
#include "store/SubmissionRepository.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;
using domain::ReviewRules;

namespace {

// What a stored finding and a fresh one are matched on: the table, the place and what it was
// compared with.
QString differenceKey(const QString &path, const QString &sheet, const QString &place, const QJsonObject &p)
{
    return QStringList{path,
                       sheet,
                       place,
                       p.value(u"release"_s).toString(),
                       p.value(u"released_file"_s).toString(),
                       p.value(u"released_sheet"_s).toString(),
                       p.value(u"scope"_s).toString()}
        .join(QChar(0x1f));
}

} // namespace

Status ReviewService::checkCanReadContext(const Caller &caller, const Loaded &loaded)
{
    if (!caller.user.hasRole(domain::Role::OutputChecker))
        return notAnOutputChecker();
    if (Status here = checkCanOpenForChecking(m_context.database(), caller, loaded.submission); !here)
        return here;
    const Status seeing =
        ReviewRules::checkCanSeeReviews(loaded.submission, loaded.round(), actorFor(caller, loaded.project));
    if (!seeing && seeing.error().code != QLatin1StringView(domain::reviewerr::Blinded))
        return seeing;
    return {};
}

Result<protocol::ReleaseComparison> ReviewService::releaseDifferences(const Caller &caller,
                                                                      const QString &submissionId)
{
    if (!caller.user.hasRole(domain::Role::OutputChecker))
        return notAnOutputChecker();
    auto loaded = load(submissionId);
    if (!loaded)
        return loaded.error();
    if (Status can = checkCanReadContext(caller, loaded.value()); !can)
        return can.error();
    const domain::Submission &submission = loaded->submission;
    store::Database &db = m_context.database();

    auto rounds = store::SubmissionRepository(db).rounds(submissionId);
    if (!rounds)
        return internalError(rounds.errorString());
    const auto round = std::find_if(rounds->cbegin(), rounds->cend(), [&](const store::SubmissionRound &r) {
        return r.round == submission.round;
    });
    if (round == rounds->cend())
        return internalError(u"request %1: round %2 is missing"_s.arg(submissionId).arg(submission.round));

    // Every release of the project but one of this request.
    auto releases = store::ReviewRepository(db).releasesOfProject(submission.projectId);
    if (!releases)
        return internalError(releases.errorString());
    protocol::ReleaseComparison out;
    out.submissionId = submissionId;
    out.round = round->round;
    out.roundSubmittedAt = round->submittedAt;
    QSet<QString> excluded;
    QSet<QString> madeSince;
    for (const store::StoredRelease &r : releases.value()) {
        if (r.submissionId == submissionId) {
            excluded.insert(r.id);
            continue;
        }
        const bool since = r.releasedAt > round->submittedAt;
        if (since)
            madeSince.insert(r.id);
        out.releases.append({r.id, r.title, r.releasedAt, since});
    }
    std::stable_sort(out.releases.begin(), out.releases.end(),
                     [](const auto &a, const auto &b) { return a.releasedAt < b.releasedAt; });

    // The round's files from their snapshots, each checked against its SHA-256 (an altered or
    // missing one is refused and audited, as for a round file).
    QHash<QString, QString> hashes;
    for (const domain::SubmissionFile &f : round->files)
        hashes.insert(f.path, f.sha256);
    std::optional<Error> snapshotError;
    const sdc::FileResolver resolve = [&](const QString &path) -> sdc::Result<QByteArray> {
        const auto it = hashes.constFind(path);
        if (it == hashes.constEnd())
            return sdc::makeError(sdc::ErrorCode::FileNotFound, u"not a file of the round"_s);
        auto bytes = Snapshots(m_context).read(
            caller.user.id, u"submission:"_s + submissionId,
            {{u"project"_s, submission.projectId}, {u"round"_s, round->round}, {u"path"_s, path}}, *it);
        if (!bytes) {
            if (!snapshotError)
                snapshotError = bytes.error();
            return sdc::makeError(sdc::ErrorCode::FileNotFound, bytes.error().message);
        }
        return std::move(bytes).value();
    };
    const sdc::RiskProfile &profile = m_submissions.profile();
    out.comparedAt = m_context.now();
    auto found = ReleaseDifferencing(m_context).compareRound(
        submission.projectId, round->tables, resolve, profile, excluded, [&] { return snapshotError; });
    if (!found)
        return found.error();
    // Table by table as the round lists them, and for each table release by release, oldest first
    // (each release's findings in the checker's order).
    QHash<QString, qsizetype> releaseRank;
    for (qsizetype i = 0; i < out.releases.size(); ++i)
        releaseRank.insert(out.releases.at(i).id, i);
    const auto tableOf = [](const sdc::Finding &f) -> QString { return f.file + QChar(0x1f) + f.sheet; };
    QHash<QString, qsizetype> tableRank;
    for (const sdc::Finding &f : found.value()) {
        if (!tableRank.contains(tableOf(f)))
            tableRank.insert(tableOf(f), tableRank.size());
    }
    const auto rank = [&](const sdc::Finding &f) {
        return std::pair(tableRank.value(tableOf(f)),
                         releaseRank.value(f.parameters.value(u"release"_s).toString()));
    };
    std::stable_sort(found->begin(), found->end(),
                     [&](const sdc::Finding &a, const sdc::Finding &b) { return rank(a) < rank(b); });

    // Which of them the round's stored findings (made at submission) name already.
    auto stored = store::SubmissionRepository(db).findings(submissionId, round->round);
    if (!stored)
        return internalError(stored.errorString());
    QSet<QString> storedKeys;
    for (const store::StoredFinding &f : stored.value()) {
        if (f.rule == QLatin1StringView(sdc::ReleaseDiffChecker::Rule))
            storedKeys.insert(differenceKey(f.path, f.sheet, f.cell, f.parameters));
    }
    int sinceSubmission = 0;
    for (const sdc::Finding &f : found.value()) {
        protocol::ReleaseDifference d;
        // As the review context shows a finding to checkers: the researcher's view with the labels.
        d.finding = researcherView(f, profile);
        d.finding.rowLabel = f.row;
        d.finding.columnLabel = f.column;
        d.releaseId = f.parameters.value(u"release"_s).toString();
        d.releasedFile = f.parameters.value(u"released_file"_s).toString();
        d.releasedSheet = f.parameters.value(u"released_sheet"_s).toString();
        d.scope = f.parameters.value(u"scope"_s).toString();
        d.difference = f.parameters.value(u"difference"_s).toDouble();
        d.storedAtSubmission = storedKeys.contains(differenceKey(f.file, f.sheet, f.place(), f.parameters));
        sinceSubmission += madeSince.contains(d.releaseId) ? 1 : 0;
        out.differences.append(std::move(d));
    }

    // Who compared which request with what, and what was found (places and releases only).
    QJsonArray compared;
    for (const protocol::ComparedRelease &r : std::as_const(out.releases))
        compared.append(r.id);
    auto event = store::AuditLog(db).append(caller.user.id, u"review.release-compare"_s,
                                            u"submission:"_s + submissionId,
                                            {{u"project"_s, submission.projectId},
                                             {u"round"_s, round->round},
                                             {u"releases"_s, compared},
                                             {u"differences"_s, out.differences.size()},
                                             {u"from_releases_since_submission"_s, sinceSubmission}},
                                            out.comparedAt);
    if (!event)
        return internalError(event.errorString());
    return out;
}

} // namespace srs::server
