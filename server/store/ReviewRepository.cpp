#include "ReviewRepository.h"

#include "Database.h"

namespace srs::store {

using namespace srs::domain;
using namespace Qt::Literals::StringLiterals;

namespace {

// The states of a request waiting for checkers.
// Waiting for checkers: to be reviewed, or approved and waiting to be released.
const QString Waiting = u"('submitted', 'resubmitted', 'in-review', 'approved', 'partly-approved')"_s;

const QString ReleaseColumns =
    u"r.id, r.submission_id, r.project_id, p.title, r.round, r.title, r.clearance_type, r.released_at, "
    u"r.released_by, r.destroy_by, d.attested_by, d.attested_at, d.note"_s;

Result<ClearanceType> clearanceType(const QVariant &v, const QString &id)
{
    const auto type = clearanceTypeFromString(v.toString());
    if (!type)
        return invalid(u"%1 has an unknown clearance type."_s.arg(id));
    return *type;
}

// Wraps one statement's rows: reads them all, or returns the first error.
template <class T, class F>
Result<QList<T>> rowsOf(Result<QSqlQuery> q, F read)
{
    if (!q.ok())
        return q.error();
    QList<T> out;
    while (q->next()) {
        auto row = read(*q);
        if (!row.ok())
            return row.error();
        out.append(std::move(row).value());
    }
    return out;
}

} // namespace

Status ReviewRepository::lockSubmission(const QString &submissionId)
{
    if (m_db.backend() != Database::Backend::Postgres)
        return {};
    auto q = m_db.exec(u"SELECT id FROM submissions WHERE id = ? FOR UPDATE"_s, {submissionId});
    if (!q.ok())
        return q.error();
    return {};
}

Status ReviewRepository::addClaim(const Review &r)
{
    return m_db.transaction([&]() -> Status {
        // Asked first: a failed statement aborts a PostgreSQL transaction.
        auto existing = m_db.exec(
            u"SELECT COUNT(*) FROM reviews WHERE submission_id = ? AND round = ? AND checker_id = ?"_s,
            {r.submissionId, r.round, r.checkerId});
        if (!existing.ok())
            return existing.error();
        if (existing->next() && existing->value(0).toLongLong() > 0)
            return StoreError{StoreError::Code::Conflict,
                              u"%1 has claimed round %2 of %3 already."_s.arg(r.checkerId)
                                  .arg(r.round)
                                  .arg(r.submissionId)};
        auto q =
            m_db.exec(u"INSERT INTO reviews (id, submission_id, round, checker_id, claimed_at, submitted_at, "
                      u"summary) VALUES (?, ?, ?, ?, ?, NULL, '')"_s,
                      {r.id, r.submissionId, r.round, r.checkerId, Database::encodeTime(r.claimedAt)});
        if (!q.ok())
            return q.error();
        return {};
    });
}

Status ReviewRepository::submitVotes(const Review &r)
{
    return m_db.transaction([&]() -> Status {
        const Status changed = m_db.execChanging(
            u"UPDATE reviews SET submitted_at = ?, summary = ? WHERE id = ? AND submitted_at IS NULL"_s,
            {Database::encodeTime(r.submittedAt), Database::requiredText(r.summary), r.id});
        if (!changed.ok()) {
            if (changed.code() == StoreError::Code::NotFound)
                return StoreError{StoreError::Code::Conflict,
                                  u"Review %1 was submitted already."_s.arg(r.id)};
            return changed.error();
        }
        for (qsizetype i = 0; i < r.files.size(); ++i) {
            const FileReview &f = r.files.at(i);
            auto q = m_db.exec(
                u"INSERT INTO review_files (review_id, position, path, decision, shared_comment, "
                u"internal_comment) VALUES (?, ?, ?, ?, ?, ?)"_s,
                {r.id, i, f.path, fileDecisionToString(f.decision), Database::requiredText(f.sharedComment),
                 Database::requiredText(f.internalComment)});
            if (!q.ok())
                return q.error();
        }
        return {};
    });
}

Result<QList<Review>> ReviewRepository::reviewsOf(const QString &submissionId)
{
    return m_db.readTransaction([&]() -> Result<QList<Review>> {
        auto reviews = rowsOf<Review>(m_db.exec(u"SELECT id, submission_id, round, checker_id, claimed_at, "
                                                u"submitted_at, summary FROM reviews "
                                                u"WHERE submission_id = ? ORDER BY round, claimed_at, id"_s,
                                                {submissionId}),
                                      [](const QSqlQuery &q) -> Result<Review> {
                                          Review r;
                                          r.id = q.value(0).toString();
                                          r.submissionId = q.value(1).toString();
                                          r.round = q.value(2).toInt();
                                          r.checkerId = q.value(3).toString();
                                          r.claimedAt = Database::decodeTime(q.value(4));
                                          r.submittedAt = Database::decodeTime(q.value(5));
                                          r.summary = q.value(6).toString();
                                          return r;
                                      });
        if (!reviews.ok())
            return reviews.error();
        auto files =
            m_db.exec(u"SELECT f.review_id, f.path, f.decision, f.shared_comment, f.internal_comment FROM "
                      u"review_files f JOIN reviews r ON r.id = f.review_id WHERE r.submission_id = ? "
                      u"ORDER BY f.review_id, f.position"_s,
                      {submissionId});
        if (!files.ok())
            return files.error();
        QHash<QString, qsizetype> byId;
        for (qsizetype i = 0; i < reviews->size(); ++i)
            byId.insert(reviews->at(i).id, i);
        while (files->next()) {
            const auto decision = fileDecisionFromString(files->value(2).toString());
            if (!decision)
                return invalid(u"Review %1 has an unknown decision."_s.arg(files->value(0).toString()));
            const auto at = byId.constFind(files->value(0).toString());
            if (at == byId.cend())
                continue;
            (*reviews)[*at].files.append({files->value(1).toString(), *decision, files->value(3).toString(),
                                          files->value(4).toString()});
        }
        return std::move(reviews).value();
    });
}

Result<QList<QueueRow>> ReviewRepository::queue()
{
    return m_db.readTransaction([&]() -> Result<QList<QueueRow>> {
        auto rows = rowsOf<QueueRow>(
            m_db.exec(u"SELECT s.id, s.project_id, p.title, s.author_id, s.title, s.clearance_type, s.state, "
                      u"s.round, "
                      u"s.submitted_at, s.expected_answer_date, r.check_status, "
                      u"(SELECT COUNT(*) FROM submission_files f WHERE f.submission_id = s.id AND f.round = "
                      u"s.round), "
                      u"(SELECT COUNT(*) FROM submission_exceptions x WHERE x.submission_id = s.id AND "
                      u"x.round = s.round) "
                      u"FROM submissions s JOIN projects p ON p.id = s.project_id "
                      u"JOIN submission_rounds r ON r.submission_id = s.id AND r.round = s.round "
                      u"WHERE s.state IN %1 ORDER BY s.submitted_at, s.id"_s.arg(Waiting)),
            [](const QSqlQuery &q) -> Result<QueueRow> {
                QueueRow row;
                row.id = q.value(0).toString();
                row.projectId = q.value(1).toString();
                row.projectTitle = q.value(2).toString();
                row.authorId = q.value(3).toString();
                row.title = q.value(4).toString();
                auto type = clearanceType(q.value(5), row.id);
                const auto state = submissionStateFromString(q.value(6).toString());
                if (!type.ok() || !state)
                    return invalid(u"Submission %1 has an unknown state or clearance type."_s.arg(row.id));
                row.clearanceType = type.value();
                row.state = *state;
                row.round = q.value(7).toInt();
                row.submittedAt = Database::decodeTime(q.value(8));
                row.expectedAnswerDate = Database::decodeDay(q.value(9));
                row.checkStatus = q.value(10).toString();
                row.files = q.value(11).toInt();
                row.exceptions = q.value(12).toInt();
                return row;
            });
        if (!rows.ok())
            return rows.error();
        auto claims =
            m_db.exec(u"SELECT v.submission_id, v.id, v.checker_id, v.claimed_at, v.submitted_at FROM "
                      u"reviews v JOIN submissions s ON s.id = v.submission_id AND v.round = s.round "
                      u"WHERE s.state IN %1 ORDER BY v.claimed_at, v.id"_s.arg(Waiting));
        if (!claims.ok())
            return claims.error();
        QHash<QString, qsizetype> byId;
        for (qsizetype i = 0; i < rows->size(); ++i)
            byId.insert(rows->at(i).id, i);
        while (claims->next()) {
            const auto at = byId.constFind(claims->value(0).toString());
            if (at == byId.cend())
                continue;
            QueueRow &row = (*rows)[*at];
            Review r;
            r.submissionId = row.id;
            r.round = row.round;
            r.id = claims->value(1).toString();
            r.checkerId = claims->value(2).toString();
            r.claimedAt = Database::decodeTime(claims->value(3));
            r.submittedAt = Database::decodeTime(claims->value(4));
            row.reviews.append(r);
        }
        return std::move(rows).value();
    });
}

Result<QList<QString>> ReviewRepository::projectsOf(const QString &userId)
{
    return rowsOf<QString>(m_db.exec(u"SELECT project_id FROM project_members WHERE user_id = ?"_s, {userId}),
                           [](const QSqlQuery &q) -> Result<QString> { return q.value(0).toString(); });
}

Result<QList<AnsweredRound>> ReviewRepository::answeredSince(const QDateTime &since)
{
    return rowsOf<AnsweredRound>(
        m_db.exec(
            u"SELECT r.submitted_at, e.occurred_at FROM submission_events e JOIN submission_rounds r ON "
            u"r.submission_id = e.submission_id AND r.round = e.round WHERE e.occurred_at >= ? AND "
            u"e.action IN ('return', 'approve', 'partly-approve', 'reject') ORDER BY e.occurred_at"_s,
            {Database::encodeTime(since)}),
        [](const QSqlQuery &q) -> Result<AnsweredRound> {
            return AnsweredRound{Database::decodeTime(q.value(0)), Database::decodeTime(q.value(1))};
        });
}

Status ReviewRepository::addRelease(const StoredRelease &r)
{
    return m_db.transaction([&]() -> Status {
        auto q =
            m_db.exec(u"INSERT INTO releases (id, submission_id, project_id, round, title, clearance_type, "
                      u"released_at, released_by, destroy_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                      {r.id, r.submissionId, r.projectId, r.round, Database::requiredText(r.title),
                       clearanceTypeToString(r.clearanceType), Database::encodeTime(r.releasedAt),
                       r.releasedBy, Database::encodeDay(r.destroyBy)});
        if (!q.ok())
            return q.error();
        for (qsizetype i = 0; i < r.files.size(); ++i) {
            const StoredReleaseFile &f = r.files.at(i);
            auto file =
                m_db.exec(u"INSERT INTO release_files (release_id, position, path, role, sha256, size) "
                          u"VALUES (?, ?, ?, ?, ?, ?)"_s,
                          {r.id, i, f.path, fileRoleToString(f.role), f.sha256, f.size});
            if (!file.ok())
                return file.error();
        }
        return {};
    });
}

Result<QList<StoredRelease>> ReviewRepository::loadReleases(const QString &where, const QVariantList &params)
{
    return m_db.readTransaction([&]() -> Result<QList<StoredRelease>> {
        const QString from = u"FROM releases r JOIN projects p ON p.id = r.project_id "
                             u"LEFT JOIN release_destructions d ON d.release_id = r.id WHERE %1"_s.arg(where);
        auto releases = rowsOf<StoredRelease>(
            m_db.exec(u"SELECT %1 %2 ORDER BY r.released_at, r.id"_s.arg(ReleaseColumns, from), params),
            [](const QSqlQuery &q) -> Result<StoredRelease> {
                StoredRelease r;
                r.id = q.value(0).toString();
                r.submissionId = q.value(1).toString();
                r.projectId = q.value(2).toString();
                r.projectTitle = q.value(3).toString();
                r.round = q.value(4).toInt();
                r.title = q.value(5).toString();
                auto type = clearanceType(q.value(6), r.id);
                if (!type.ok())
                    return type.error();
                r.clearanceType = type.value();
                r.releasedAt = Database::decodeTime(q.value(7));
                r.releasedBy = q.value(8).toString();
                r.destroyBy = Database::decodeDay(q.value(9));
                r.destroyedBy = q.value(10).toString();
                r.destroyedAt = Database::decodeTime(q.value(11));
                r.destructionNote = q.value(12).toString();
                return r;
            });
        if (!releases.ok() || releases->isEmpty())
            return releases;
        auto files =
            m_db.exec(u"SELECT f.release_id, f.path, f.role, f.sha256, f.size FROM release_files f "
                      u"WHERE f.release_id IN (SELECT r.id %1) ORDER BY f.release_id, f.position"_s.arg(from),
                      params);
        if (!files.ok())
            return files.error();
        QHash<QString, qsizetype> byId;
        for (qsizetype i = 0; i < releases->size(); ++i)
            byId.insert(releases->at(i).id, i);
        while (files->next()) {
            const auto role = fileRoleFromString(files->value(2).toString());
            if (!role)
                return invalid(
                    u"Release %1 has a file with an unknown role."_s.arg(files->value(0).toString()));
            const auto at = byId.constFind(files->value(0).toString());
            if (at == byId.cend())
                continue;
            (*releases)[*at].files.append({files->value(1).toString(), *role, files->value(3).toString(),
                                           files->value(4).toLongLong()});
        }
        return std::move(releases).value();
    });
}

Result<StoredRelease> ReviewRepository::findRelease(const QString &id)
{
    auto found = loadReleases(u"r.id = ?"_s, {id});
    if (!found.ok())
        return found.error();
    if (found->isEmpty())
        return notFound(u"No release %1."_s.arg(id));
    return found->first();
}

Result<QList<StoredRelease>> ReviewRepository::releasesOfProject(const QString &projectId)
{
    return loadReleases(u"r.project_id = ?"_s, {projectId});
}

Result<QList<StoredRelease>> ReviewRepository::allReleases()
{
    return loadReleases(u"1 = 1"_s, {});
}

Result<QList<StoredRelease>> ReviewRepository::pendingDestruction(const QString &leadUserId)
{
    return loadReleases(u"r.destroy_by IS NOT NULL AND d.release_id IS NULL AND p.status = 'completed' AND "
                        u"p.lead_user_id = ?"_s,
                        {leadUserId});
}

Status ReviewRepository::attestDestruction(const QString &releaseId, const QString &userId,
                                           const QDateTime &at, const QString &note)
{
    return m_db.transaction([&]() -> Status {
        auto existing =
            m_db.exec(u"SELECT COUNT(*) FROM release_destructions WHERE release_id = ?"_s, {releaseId});
        if (!existing.ok())
            return existing.error();
        if (existing->next() && existing->value(0).toLongLong() > 0)
            return StoreError{StoreError::Code::Conflict,
                              u"The destruction of release %1 was attested already."_s.arg(releaseId)};
        auto q =
            m_db.exec(u"INSERT INTO release_destructions (release_id, attested_by, attested_at, note) VALUES "
                      u"(?, ?, ?, ?)"_s,
                      {releaseId, userId, Database::encodeTime(at), Database::requiredText(note)});
        if (!q.ok())
            return q.error();
        return {};
    });
}

Result<QHash<QString, RegisterExtras>> ReviewRepository::registerExtras(const QString &releaseId)
{
    return m_db.readTransaction([&]() -> Result<QHash<QString, RegisterExtras>> {
        const QString which = releaseId.isEmpty() ? u"1 = 1"_s : u"rl.id = ?"_s;
        const QVariantList params = releaseId.isEmpty() ? QVariantList{} : QVariantList{releaseId};
        QHash<QString, RegisterExtras> out;
        auto rounds = m_db.exec(u"SELECT rl.id, sr.engine_version, sr.profile_version FROM releases rl JOIN "
                                u"submission_rounds sr ON sr.submission_id = rl.submission_id AND sr.round = "
                                u"rl.round WHERE %1"_s.arg(which),
                                params);
        if (!rounds.ok())
            return rounds.error();
        while (rounds->next())
            out[rounds->value(0).toString()] = {
                rounds->value(1).toString(), rounds->value(2).toString(), {}, {}};
        auto exceptions = m_db.exec(u"SELECT rl.id, x.path, x.rule, x.cell, x.line, "
                                    u"x.justification FROM releases rl "
                                    u"JOIN submission_exceptions x ON x.submission_id = rl.submission_id AND "
                                    u"x.round = rl.round WHERE %1 "
                                    u"ORDER BY rl.id, x.seq"_s.arg(which),
                                    params);
        if (!exceptions.ok())
            return exceptions.error();
        while (exceptions->next())
            out[exceptions->value(0).toString()].exceptions.append(
                {exceptions->value(1).toString(), exceptions->value(2).toString(),
                 exceptions->value(3).toString(), exceptions->value(4).toInt(), exceptions->value(5).toString()});
        auto checkers =
            m_db.exec(u"SELECT rl.id, v.checker_id, u.display_name FROM releases rl JOIN reviews v ON "
                      u"v.submission_id = rl.submission_id AND v.round = rl.round JOIN users u ON u.id = "
                      u"v.checker_id WHERE v.submitted_at IS NOT NULL AND %1 ORDER BY rl.id, "
                      u"v.submitted_at, v.id"_s.arg(which),
                      params);
        if (!checkers.ok())
            return checkers.error();
        while (checkers->next())
            out[checkers->value(0).toString()].checkers.append(
                {checkers->value(1).toString(), checkers->value(2).toString()});
        return out;
    });
}

} // namespace srs::store
