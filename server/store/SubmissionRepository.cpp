#include "SubmissionRepository.h"

#include "Database.h"

#include "sdc/TableSpec.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <optional>
#include <utility>

namespace srs::store {

using namespace srs::domain;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString HeaderColumns = u"id, project_id, author_id, state, round, title, clearance_type, created_at, "
                              u"updated_at, submitted_at, expected_answer_date"_s;

QByteArray compact(const QJsonArray &a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

// The table specs of a round, stored as a request carries them; every one was valid when stored.
std::optional<QList<TableSpec>> specsOf(const QVariant &v)
{
    QList<TableSpec> out;
    for (const QJsonValue &item : QJsonDocument::fromJson(v.toByteArray()).array()) {
        auto spec = sdc::tableSpecFromJson(item.toObject(), u"tables[%1]"_s.arg(out.size()));
        if (!spec)
            return std::nullopt;
        out.append(std::move(spec).value());
    }
    return out;
}

Result<Submission> readHeader(const QSqlQuery &q)
{
    Submission s;
    s.id = q.value(0).toString();
    s.projectId = q.value(1).toString();
    s.authorId = q.value(2).toString();
    const auto state = submissionStateFromString(q.value(3).toString());
    const auto type = clearanceTypeFromString(q.value(6).toString());
    if (!state || !type)
        return invalid(u"Submission %1 has an unknown state or clearance type."_s.arg(s.id));
    s.state = *state;
    s.round = q.value(4).toInt();
    s.content.title = q.value(5).toString();
    s.content.clearanceType = *type;
    s.createdAt = Database::decodeTime(q.value(7));
    s.updatedAt = Database::decodeTime(q.value(8));
    s.submittedAt = Database::decodeTime(q.value(9));
    s.expectedAnswerDate = Database::decodeDay(q.value(10));
    return s;
}

Result<QList<SubmissionFile>> loadFiles(Database &db, const QString &id, int round)
{
    auto q = db.exec(u"SELECT path, role, description, destination, sha256, size FROM submission_files "
                     u"WHERE submission_id = ? AND round = ? ORDER BY position"_s,
                     {id, round});
    if (!q.ok())
        return q.error();
    QList<SubmissionFile> out;
    while (q->next()) {
        const auto role = fileRoleFromString(q->value(1).toString());
        if (!role)
            return invalid(u"Submission %1 has a file with an unknown role."_s.arg(id));
        out.append({q->value(0).toString(), *role, q->value(2).toString(), q->value(3).toString(),
                    q->value(4).toString(), q->value(5).toLongLong()});
    }
    return out;
}

Result<QList<ExceptionRequest>> loadExceptions(Database &db, const QString &id, int round)
{
    auto q = db.exec(u"SELECT path, rule, cell, line, justification FROM "
                     u"submission_exceptions WHERE submission_id = ? AND round = ? ORDER BY seq"_s,
                     {id, round});
    if (!q.ok())
        return q.error();
    QList<ExceptionRequest> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                    q->value(3).toInt(), q->value(4).toString()});
    return out;
}

} // namespace

Status SubmissionRepository::create(const Submission &s)
{
    if (s.id.isEmpty() || s.projectId.isEmpty() || s.authorId.isEmpty())
        return invalid(u"A submission needs an id, a project and an author."_s);
    return m_db.transaction([&]() -> Status {
        auto q = m_db.exec(
            u"INSERT INTO submissions (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(HeaderColumns),
            {s.id, s.projectId, s.authorId, submissionStateToString(s.state), s.round,
             Database::requiredText(s.content.title), clearanceTypeToString(s.content.clearanceType),
             Database::encodeTime(s.createdAt), Database::encodeTime(s.updatedAt),
             Database::encodeTime(s.submittedAt), Database::encodeDay(s.expectedAnswerDate)});
        if (!q.ok())
            return q.error();
        return addEvents(s, 0);
    });
}

Status SubmissionRepository::update(const Submission &s, SubmissionState expectedState)
{
    return m_db.transaction([&]() -> Status {
        auto stored = m_db.exec(u"SELECT COUNT(*) FROM submission_events WHERE submission_id = ?"_s, {s.id});
        if (!stored.ok())
            return stored.error();
        const qsizetype events = stored->next() ? stored->value(0).toLongLong() : 0;
        const Status changed = m_db.execChanging(
            u"UPDATE submissions SET state = ?, round = ?, title = ?, clearance_type = ?, updated_at = ?, "
            u"submitted_at = ?, expected_answer_date = ? WHERE id = ? AND state = ?"_s,
            {submissionStateToString(s.state), s.round, Database::requiredText(s.content.title),
             clearanceTypeToString(s.content.clearanceType), Database::encodeTime(s.updatedAt),
             Database::encodeTime(s.submittedAt), Database::encodeDay(s.expectedAnswerDate), s.id,
             submissionStateToString(expectedState)});
        if (!changed.ok()) {
            if (changed.code() == StoreError::Code::NotFound)
                return StoreError{
                    StoreError::Code::Conflict,
                    u"Submission %1 is no longer %2."_s.arg(s.id, submissionStateToString(expectedState))};
            return changed.error();
        }
        return addEvents(s, events);
    });
}

Status SubmissionRepository::addEvents(const Submission &s, qsizetype from)
{
    for (qsizetype i = from; i < s.history.size(); ++i) {
        const SubmissionEvent &e = s.history.at(i);
        auto q =
            m_db.exec(u"INSERT INTO submission_events (submission_id, seq, occurred_at, actor_id, action, "
                      u"from_state, to_state, round, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                      {s.id, i + 1, Database::encodeTime(e.at), Database::requiredText(e.actorId),
                       submissionActionToString(e.action), submissionStateToString(e.from),
                       submissionStateToString(e.to), e.round, Database::requiredText(e.note)});
        if (!q.ok())
            return q.error();
    }
    return {};
}

namespace {

constexpr qsizetype FindingColumns = 13;
// Rows per INSERT of findings: 64 x 13 parameters, well under SQLite's (32,766) and PostgreSQL's
// (65,535) limits.
constexpr qsizetype FindingsPerInsert = 64;

// INSERT of `rows` findings (1 or FindingsPerInsert).
const QString &findingInsert(qsizetype rows)
{
    static const auto make = [](qsizetype n) {
        QString sql =
            u"INSERT INTO submission_findings (submission_id, round, seq, path, sheet, rule, outcome, "
            u"row_label, column_label, line, message, parameters, cell) VALUES "_s;
        for (qsizetype i = 0; i < n; ++i)
            sql += (i ? u", "_s : QString()) + u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
        return sql;
    };
    static const QString one = make(1);
    static const QString many = make(FindingsPerInsert);
    return rows == 1 ? one : many;
}

} // namespace

Status SubmissionRepository::addRound(const QString &id, const SubmissionRound &r,
                                      const QList<StoredFinding> &findings)
{
    return addRoundFrom(id, r, [&findings](const FindingSink &write) -> Status {
        for (const StoredFinding &f : findings) {
            if (auto s = write(f); !s)
                return s;
        }
        return {};
    });
}

Status SubmissionRepository::addRoundFrom(const QString &id, const SubmissionRound &r,
                                          const FindingSource &findings)
{
    return m_db.transaction([&]() -> Status {
        // Asked first rather than left to the primary key: a failed statement aborts a
        // PostgreSQL transaction, and the round's other rows would follow it.
        auto existing = m_db.exec(
            u"SELECT COUNT(*) FROM submission_rounds WHERE submission_id = ? AND round = ?"_s, {id, r.round});
        if (!existing.ok())
            return existing.error();
        if (existing->next() && existing->value(0).toLongLong() > 0)
            return StoreError{StoreError::Code::Conflict,
                              u"Submission %1 already has a round %2."_s.arg(id).arg(r.round)};
        QJsonArray tables;
        for (const TableSpec &t : r.tables)
            tables.append(sdc::tableSpecToJson(t, sdc::SpecForm::Compact));
        auto q = m_db.exec(
            u"INSERT INTO submission_rounds (submission_id, round, submitted_at, controls, tables, "
            u"check_status, check_result, engine_version, profile_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {id, r.round, Database::encodeTime(r.submittedAt), Database::requiredText(r.controls),
             QString::fromUtf8(compact(tables)), Database::requiredText(r.checkStatus),
             QString::fromUtf8(r.checkResult), Database::requiredText(r.engineVersion),
             Database::requiredText(r.profileVersion)});
        if (!q.ok())
            return q.error();
        for (qsizetype i = 0; i < r.files.size(); ++i) {
            const SubmissionFile &f = r.files.at(i);
            auto file = m_db.exec(
                u"INSERT INTO submission_files (submission_id, round, position, path, role, "
                u"description, destination, sha256, size) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                {id, r.round, i, f.path, fileRoleToString(f.role), Database::requiredText(f.description),
                 Database::requiredText(f.destination), f.sha256, f.size});
            if (!file.ok())
                return file.error();
        }
        for (qsizetype i = 0; i < r.exceptions.size(); ++i) {
            const ExceptionRequest &e = r.exceptions.at(i);
            auto x = m_db.exec(
                u"INSERT INTO submission_exceptions (submission_id, round, seq, path, rule, "
                u"row_label, column_label, cell, line, justification) VALUES (?, ?, ?, ?, ?, '', '', ?, ?, ?)"_s,
                {id, r.round, i + 1, e.path, e.rule, Database::requiredText(e.cell), e.line,
                 e.justification});
            if (!x.ok())
                return x.error();
        }
        // Findings go in batches of FindingsPerInsert rows per statement (a big table can have a
        // hundred thousand), the last few one by one, so only two statements are ever prepared.
        QVariantList batch;
        batch.reserve(FindingsPerInsert * FindingColumns);
        qsizetype seq = 0;
        auto insert = [&](qsizetype rows) -> Status {
            auto x = m_db.exec(rows == 1 ? findingInsert(1) : findingInsert(FindingsPerInsert), batch);
            batch.clear();
            if (!x.ok())
                return x.error();
            return {};
        };
        auto written = findings([&](const StoredFinding &f) -> Status {
            batch << id << r.round << ++seq << f.path << Database::requiredText(f.sheet) << f.rule
                  << f.outcome << Database::requiredText(f.row) << Database::requiredText(f.column) << f.line
                  << Database::requiredText(f.message)
                  << QString::fromUtf8(QJsonDocument(f.parameters).toJson(QJsonDocument::Compact))
                  << Database::requiredText(f.cell);
            if (batch.size() < FindingsPerInsert * FindingColumns)
                return {};
            return insert(FindingsPerInsert);
        });
        if (!written)
            return written;
        // The rest, one row at a time.
        const QVariantList rest = std::exchange(batch, {});
        for (qsizetype at = 0; at < rest.size(); at += FindingColumns) {
            batch = rest.mid(at, FindingColumns);
            if (auto s = insert(1); !s)
                return s;
        }
        return {};
    });
}

Status SubmissionRepository::recordBlob(const QString &sha256, qint64 size, const QDateTime &at)
{
    auto q = m_db.exec(u"INSERT INTO blobs (sha256, size, created_at) VALUES (?, ?, ?) "
                       u"ON CONFLICT (sha256) DO NOTHING"_s,
                       {sha256, size, Database::encodeTime(at)});
    if (!q.ok())
        return q.error();
    return {};
}

Result<QList<Submission>> SubmissionRepository::loadHeaders(const QString &where, const QVariantList &params)
{
    auto q = m_db.exec(
        u"SELECT %1 FROM submissions WHERE %2 ORDER BY updated_at DESC, id"_s.arg(HeaderColumns, where),
        params);
    if (!q.ok())
        return q.error();
    QList<Submission> out;
    while (q->next()) {
        auto s = readHeader(*q);
        if (!s.ok())
            return s.error();
        out.append(std::move(s).value());
    }
    return out;
}

Result<Submission> SubmissionRepository::find(const QString &id)
{
    // Not finding it is no failure of the read (which may be part of a request's transaction):
    // an empty id says so, and NotFound is returned once the read is over.
    auto found = m_db.readTransaction([&]() -> Result<Submission> {
        auto headers = loadHeaders(u"id = ?"_s, {id});
        if (!headers.ok())
            return headers.error();
        if (headers->isEmpty())
            return Submission{};
        Submission s = headers->first();
        auto round = m_db.exec(
            u"SELECT controls, tables FROM submission_rounds WHERE submission_id = ? AND round = ?"_s,
            {id, s.round});
        if (!round.ok())
            return round.error();
        if (round->next()) {
            s.content.controls = round->value(0).toString();
            auto tables = specsOf(round->value(1));
            if (!tables)
                return invalid(u"Submission %1 has a table spec that cannot be read."_s.arg(id));
            s.content.tables = std::move(*tables);
        }
        auto files = loadFiles(m_db, id, s.round);
        if (!files.ok())
            return files.error();
        s.content.files = std::move(files).value();
        auto exceptions = loadExceptions(m_db, id, s.round);
        if (!exceptions.ok())
            return exceptions.error();
        s.content.exceptions = std::move(exceptions).value();
        auto events =
            m_db.exec(u"SELECT occurred_at, actor_id, action, from_state, to_state, round, note FROM "
                      u"submission_events WHERE submission_id = ? ORDER BY seq"_s,
                      {id});
        if (!events.ok())
            return events.error();
        while (events->next()) {
            const auto action = submissionActionFromString(events->value(2).toString());
            const auto from = submissionStateFromString(events->value(3).toString());
            const auto to = submissionStateFromString(events->value(4).toString());
            if (!action || !from || !to)
                return invalid(u"Submission %1 has an unknown event."_s.arg(id));
            s.history.append({Database::decodeTime(events->value(0)), events->value(1).toString(), *action,
                              *from, *to, events->value(5).toInt(), events->value(6).toString()});
        }
        return s;
    });
    if (found.ok() && found->id.isEmpty())
        return notFound(u"No submission %1."_s.arg(id));
    return found;
}

Result<QList<SubmissionRound>> SubmissionRepository::rounds(const QString &id)
{
    return m_db.readTransaction([&]() -> Result<QList<SubmissionRound>> {
        auto q = m_db.exec(u"SELECT round, submitted_at, controls, tables, check_status, check_result, "
                           u"engine_version, profile_version FROM submission_rounds WHERE submission_id = ? "
                           u"ORDER BY round"_s,
                           {id});
        if (!q.ok())
            return q.error();
        QList<SubmissionRound> out;
        while (q->next()) {
            SubmissionRound r;
            r.round = q->value(0).toInt();
            r.submittedAt = Database::decodeTime(q->value(1));
            r.controls = q->value(2).toString();
            auto tables = specsOf(q->value(3));
            if (!tables)
                return invalid(u"Submission %1 has a table spec that cannot be read."_s.arg(id));
            r.tables = std::move(*tables);
            r.checkStatus = q->value(4).toString();
            r.checkResult = q->value(5).toString().toUtf8();
            r.engineVersion = q->value(6).toString();
            r.profileVersion = q->value(7).toString();
            out.append(r);
        }
        for (SubmissionRound &r : out) {
            auto files = loadFiles(m_db, id, r.round);
            if (!files.ok())
                return files.error();
            r.files = std::move(files).value();
            auto exceptions = loadExceptions(m_db, id, r.round);
            if (!exceptions.ok())
                return exceptions.error();
            r.exceptions = std::move(exceptions).value();
        }
        return out;
    });
}

Result<QList<StoredFinding>> SubmissionRepository::findings(const QString &id, int round)
{
    auto q = m_db.exec(
        u"SELECT path, sheet, rule, outcome, row_label, column_label, line, message, parameters, cell FROM "
        u"submission_findings WHERE submission_id = ? AND round = ? ORDER BY seq"_s,
        {id, round});
    if (!q.ok())
        return q.error();
    QList<StoredFinding> out;
    while (q->next())
        out.append(
            {q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
             q->value(4).toString(), q->value(5).toString(), q->value(6).toInt(), q->value(7).toString(),
             QJsonDocument::fromJson(q->value(8).toString().toUtf8()).object(), q->value(9).toString()});
    return out;
}

Result<QList<Submission>> SubmissionRepository::listForProject(const QString &projectId)
{
    return m_db.readTransaction([&]() -> Result<QList<Submission>> {
        auto headers = loadHeaders(u"project_id = ?"_s, {projectId});
        if (!headers.ok())
            return headers.error();
        for (Submission &s : *headers) {
            auto files = loadFiles(m_db, s.id, s.round);
            if (!files.ok())
                return files.error();
            s.content.files = std::move(files).value();
        }
        return std::move(headers).value();
    });
}

Result<QHash<QString, QString>> SubmissionRepository::checkStatuses(const QString &projectId)
{
    auto q = m_db.exec(u"SELECT s.id, r.check_status FROM submissions s JOIN submission_rounds r ON "
                       u"r.submission_id = s.id AND r.round = s.round WHERE s.project_id = ?"_s,
                       {projectId});
    if (!q.ok())
        return q.error();
    QHash<QString, QString> out;
    while (q->next())
        out.insert(q->value(0).toString(), q->value(1).toString());
    return out;
}

} // namespace srs::store
