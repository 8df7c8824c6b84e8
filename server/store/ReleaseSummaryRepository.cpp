#include "ReleaseSummaryRepository.h"

#include "Database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace srs::store {

using namespace Qt::Literals::StringLiterals;

namespace {

// Lookup keys: "r:" and "c:" with a label-set key, "v:" with a declared variable.
QStringList lookupsOf(const QString &rowsKey, const QString &columnsKey, const QStringList &variables)
{
    QStringList out;
    if (!rowsKey.isEmpty())
        out << u"r:"_s + rowsKey;
    if (!columnsKey.isEmpty())
        out << u"c:"_s + columnsKey;
    for (const QString &v : variables) {
        if (!out.contains(u"v:"_s + v))
            out << u"v:"_s + v;
    }
    return out;
}

QString summaryId(const QString &releaseId, int position)
{
    return releaseId + u'/' + QString::number(position);
}

} // namespace

Status ReleaseSummaryRepository::add(const QString &releaseId, const QList<StoredTableSummary> &summaries,
                                     const QDateTime &at, const QString &error)
{
    return m_db.transaction([&]() -> Status {
        // The mark first: a second writer of the same release stops here with Conflict.
        auto mark = m_db.exec(
            u"INSERT INTO release_summary_state (release_id, summarised_at, tables, error) "
            u"VALUES (?, ?, ?, ?) ON CONFLICT (release_id) DO NOTHING"_s,
            {releaseId, Database::encodeTime(at), int(summaries.size()), Database::requiredText(error)});
        if (!mark.ok())
            return mark.error();
        if (mark->numRowsAffected() != 1)
            return StoreError{StoreError::Code::Conflict,
                              u"Release %1 is summarised already."_s.arg(releaseId)};
        for (const StoredTableSummary &s : summaries) {
            const QString id = summaryId(releaseId, s.position);
            auto row = m_db.exec(
                u"INSERT INTO release_table_summaries (id, release_id, project_id, position, path, sheet, "
                u"name, "
                u"variables, population, rows_key, columns_key, row_lines, column_lines, row_sums, "
                u"column_sums) "
                u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                {id, releaseId, s.projectId, s.position, s.path, Database::requiredText(s.sheet),
                 Database::requiredText(s.name),
                 QString::fromUtf8(
                     QJsonDocument(QJsonArray::fromStringList(s.variables)).toJson(QJsonDocument::Compact)),
                 s.population, Database::requiredText(s.rowsKey), Database::requiredText(s.columnsKey),
                 s.rowLines, s.columnLines, QString::fromLatin1(s.rowSums),
                 QString::fromLatin1(s.columnSums)});
            if (!row.ok())
                return row.error();
            for (const QString &lookup : lookupsOf(s.rowsKey, s.columnsKey, s.variables)) {
                auto key = m_db.exec(
                    u"INSERT INTO release_summary_keys (project_id, lookup, summary_id) VALUES (?, ?, ?)"_s,
                    {s.projectId, lookup, id});
                if (!key.ok())
                    return key.error();
            }
        }
        return {};
    });
}

Result<bool> ReleaseSummaryRepository::isSummarised(const QString &releaseId)
{
    auto q = m_db.exec(u"SELECT 1 FROM release_summary_state WHERE release_id = ?"_s, {releaseId});
    if (!q.ok())
        return q.error();
    return q->next();
}

Result<QStringList> ReleaseSummaryRepository::unsummarisedReleases(const QString &projectId)
{
    auto q = m_db.exec(u"SELECT r.id FROM releases r WHERE r.project_id = ? AND NOT EXISTS "
                       u"(SELECT 1 FROM release_summary_state s WHERE s.release_id = r.id) "
                       u"ORDER BY r.released_at, r.id"_s,
                       {projectId});
    if (!q.ok())
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Result<QList<StoredTableSummary>> ReleaseSummaryRepository::overSameVariables(const QString &projectId,
                                                                              const SummaryLookup &lookup)
{
    const QStringList lookups = lookupsOf(lookup.rowsKey, lookup.columnsKey, lookup.variables);
    QList<StoredTableSummary> out;
    if (lookups.isEmpty())
        return out;
    QStringList marks;
    QVariantList params{Database::requiredText(lookup.rowsKey), Database::requiredText(lookup.columnsKey)};
    params << projectId;
    for (const QString &l : lookups) {
        marks << u"?"_s;
        params << l;
    }
    auto q = m_db.exec(
        u"SELECT s.release_id, s.project_id, s.position, s.path, s.sheet, s.name, s.variables, s.population, "
        u"s.rows_key, s.columns_key, s.row_lines, s.column_lines, "
        u"CASE WHEN s.rows_key = ? THEN s.row_sums ELSE '' END, "
        u"CASE WHEN s.columns_key = ? THEN s.column_sums ELSE '' END "
        u"FROM release_table_summaries s WHERE s.id IN (SELECT k.summary_id FROM release_summary_keys k "
        u"WHERE k.project_id = ? AND k.lookup IN ("_s +
            marks.join(u", "_s) + u")) ORDER BY s.release_id, s.position"_s,
        params);
    if (!q.ok())
        return q.error();
    while (q->next()) {
        StoredTableSummary s;
        s.releaseId = q->value(0).toString();
        s.projectId = q->value(1).toString();
        s.position = q->value(2).toInt();
        s.path = q->value(3).toString();
        s.sheet = q->value(4).toString();
        s.name = q->value(5).toString();
        for (const QJsonValue &v : QJsonDocument::fromJson(q->value(6).toString().toUtf8()).array())
            s.variables << v.toString();
        s.population = q->value(7).toDouble();
        s.rowsKey = q->value(8).toString();
        s.columnsKey = q->value(9).toString();
        s.rowLines = q->value(10).toLongLong();
        s.columnLines = q->value(11).toLongLong();
        s.rowSums = q->value(12).toString().toLatin1();
        s.columnSums = q->value(13).toString().toLatin1();
        out.append(std::move(s));
    }
    return out;
}

} // namespace srs::store
