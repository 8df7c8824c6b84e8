#include "WorkspaceRepository.h"

#include "Database.h"

namespace srs::store {
namespace {

const QString EntryColumns =
    QStringLiteral("path, size, type, modified_at, sha256, created_revision, revision, removed");

WorkspaceEntry readEntry(const QSqlQuery &q)
{
    WorkspaceEntry e;
    e.path = q.value(0).toString();
    e.size = q.value(1).toLongLong();
    e.type = q.value(2).toString();
    e.modifiedAt = Database::decodeTime(q.value(3));
    e.sha256 = q.value(4).toString();
    e.createdRevision = q.value(5).toLongLong();
    e.revision = q.value(6).toLongLong();
    e.removed = q.value(7).toInt() != 0;
    return e;
}

} // namespace

Result<qint64> WorkspaceRepository::currentRevision(const QString &projectId)
{
    static const QString sql = QStringLiteral("SELECT workspace_revision FROM projects WHERE id = ?");
    auto q = m_db.exec(sql, {projectId});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return notFound(QStringLiteral("No project %1.").arg(projectId));
    return q->value(0).toLongLong();
}

Result<qint64> WorkspaceRepository::nextRevision(const QString &projectId)
{
    return m_db.transaction([&]() -> Result<qint64> {
        if (Status s = m_db.execChanging(
                QStringLiteral(
                    "UPDATE projects SET workspace_revision = workspace_revision + 1 WHERE id = ?"),
                {projectId});
            !s.ok())
            return s.error();
        return currentRevision(projectId);
    });
}

Status WorkspaceRepository::put(const QString &projectId, const WorkspaceEntry &e, qint64 revision)
{
    auto q = m_db.exec(
        QStringLiteral(
            "INSERT INTO workspace_entries (project_id, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0) "
            "ON CONFLICT (project_id, path) DO UPDATE SET size = excluded.size, type = excluded.type, "
            "modified_at = excluded.modified_at, sha256 = excluded.sha256, revision = excluded.revision, "
            "created_revision = CASE WHEN workspace_entries.removed = 1 THEN excluded.created_revision "
            "ELSE workspace_entries.created_revision END, removed = 0")
            .arg(EntryColumns),
        {projectId, e.path, e.size, Database::requiredText(e.type), Database::encodeTime(e.modifiedAt),
         Database::requiredText(e.sha256), revision, revision});
    if (!q.ok())
        return q.error();
    return {};
}

Status WorkspaceRepository::markRemoved(const QString &projectId, const QString &path, qint64 revision)
{
    return m_db.execChanging(QStringLiteral("UPDATE workspace_entries SET removed = 1, revision = ? "
                                            "WHERE project_id = ? AND path = ? AND removed = 0"),
                             {revision, projectId, path});
}

Result<QList<WorkspaceEntry>> WorkspaceRepository::entries(const QString &projectId, bool includeRemoved)
{
    auto q =
        m_db.exec(QStringLiteral("SELECT %1 FROM workspace_entries WHERE project_id = ? %2 ORDER BY path")
                      .arg(EntryColumns, includeRemoved ? QString() : QStringLiteral("AND removed = 0")),
                  {projectId});
    if (!q.ok())
        return q.error();
    QList<WorkspaceEntry> out;
    while (q->next())
        out.append(readEntry(*q));
    return out;
}

Result<WorkspaceChanges> WorkspaceRepository::changesSince(const QString &projectId, qint64 since)
{
    // An up-to-date client's poll is answered by one statement: no entry's revision is newer
    // than its project's (see the class comment), so nothing changed after `since` when the
    // project's revision is not newer either.
    auto current = currentRevision(projectId);
    if (!current.ok())
        return current.error();
    if (*current <= since) {
        WorkspaceChanges changes;
        changes.revision = *current;
        return changes;
    }
    static const QString changedSql =
        QStringLiteral("SELECT %1 FROM workspace_entries WHERE project_id = ? AND revision > ? ORDER BY path")
            .arg(EntryColumns);
    return m_db.readTransaction([&]() -> Result<WorkspaceChanges> {
        WorkspaceChanges changes;
        auto rev = currentRevision(projectId); // again, in the same snapshot as the entries
        if (!rev.ok())
            return rev.error();
        changes.revision = *rev;
        auto q = m_db.exec(changedSql, {projectId, since});
        if (!q.ok())
            return q.error();
        while (q->next()) {
            const WorkspaceEntry e = readEntry(*q);
            const bool existedBefore = e.createdRevision <= since;
            if (e.removed) {
                if (existedBefore)
                    changes.removed.append(e); // appeared and vanished since: nothing to report
            } else if (existedBefore) {
                changes.changed.append(e);
            } else {
                changes.added.append(e);
            }
        }
        return changes;
    });
}

} // namespace srs::store
