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

Result<WorkspaceChanges> WorkspaceRepository::changesSince(const QString &projectId, qint64 since, int limit,
                                                           const std::optional<WorkspaceCursor> &after,
                                                           std::optional<qint64> revisionRead)
{
    // An up-to-date client's poll is answered by one statement (or none, with `revisionRead`): no
    // entry's revision is newer than its project's (see the class comment), so nothing changed
    // after `since` when the project's revision is not newer either.
    auto current = revisionRead ? Result<qint64>(*revisionRead) : currentRevision(projectId);
    if (!current.ok())
        return current.error();
    if (*current <= since) {
        WorkspaceChanges changes;
        changes.revision = *current;
        if (limit > 0 && !after)
            changes.total = 0;
        return changes;
    }
    static const QString allSql =
        QStringLiteral("SELECT %1 FROM workspace_entries WHERE project_id = ? AND revision > ? "
                       "ORDER BY revision, path")
            .arg(EntryColumns);
    static const QString firstPageSql =
        QStringLiteral("SELECT %1 FROM workspace_entries WHERE project_id = ? AND revision > ? "
                       "ORDER BY revision, path LIMIT ?")
            .arg(EntryColumns);
    static const QString nextPageSql =
        QStringLiteral("SELECT %1 FROM workspace_entries WHERE project_id = ? AND revision > ? "
                       "AND (revision > ? OR (revision = ? AND path > ?)) ORDER BY revision, path LIMIT ?")
            .arg(EntryColumns);
    static const QString countSql =
        QStringLiteral("SELECT count(*) FROM workspace_entries WHERE project_id = ? AND revision > ?");
    return m_db.readTransaction([&]() -> Result<WorkspaceChanges> {
        WorkspaceChanges changes;
        auto rev = currentRevision(projectId); // again, in the same snapshot as the entries
        if (!rev.ok())
            return rev.error();
        changes.revision = *rev;
        if (limit > 0 && !after) {
            auto counted = m_db.exec(countSql, {projectId, since});
            if (!counted.ok())
                return counted.error();
            changes.total = counted->next() ? counted->value(0).toLongLong() : 0;
        }
        // One row more than the page, to know whether another page follows.
        auto q = limit <= 0 ? m_db.exec(allSql, {projectId, since})
                 : after    ? m_db.exec(nextPageSql, {projectId, since, after->revision, after->revision,
                                                      after->path, qint64(limit) + 1})
                            : m_db.exec(firstPageSql, {projectId, since, qint64(limit) + 1});
        if (!q.ok())
            return q.error();
        int rows = 0;
        WorkspaceCursor last;
        while (q->next()) {
            if (limit > 0 && rows == limit) {
                changes.next = last;
                break;
            }
            ++rows;
            const WorkspaceEntry e = readEntry(*q);
            last = {e.revision, e.path};
            const bool existedBefore = e.createdRevision <= since;
            if (e.removed) {
                // Every removal, except to a client that has nothing yet (a first page since
                // 0). Not even a path that appeared after `since`: an earlier page may have
                // listed it, or the path may have gone, come back and gone again, and the
                // client still holds the first one.
                if (since > 0 || after)
                    changes.removed.append(e);
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
