#pragma once

#include "StoreResult.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace srs::store {

class Database;

// One file or folder in a project's workspace, metadata only.
struct WorkspaceEntry
{
    QString path; // relative to the workspace root, '/'-separated
    qint64 size = 0;
    QString type; // "file" or "directory"
    QDateTime modifiedAt;
    QString sha256;             // hex; empty for directories
    qint64 createdRevision = 0; // the revision at which it (last) appeared
    qint64 revision = 0;        // the revision of its last change (or removal)
    bool removed = false;

    friend bool operator==(const WorkspaceEntry &, const WorkspaceEntry &) = default;
};

// What changed in a workspace since a revision: what GET /projects/{id}/workspace?since=REV
// returns.
struct WorkspaceChanges
{
    qint64 revision = 0; // the workspace's current revision
    QList<WorkspaceEntry> added;
    QList<WorkspaceEntry> changed;
    QList<WorkspaceEntry> removed;
};

// The workspace index. Each project has a revision counter; every change to an entry
// takes a new revision from it (nextRevision(), under the project row's lock) and
// records it on the entry, so changesSince() is a range query. So no entry's revision is
// ever newer than its project's: put() and markRemoved() must only be given a revision
// from nextRevision(), in the same transaction.
class WorkspaceRepository
{
public:
    explicit WorkspaceRepository(Database &db) : m_db(db) {}

    [[nodiscard]] Result<qint64> currentRevision(const QString &projectId);
    // Increments and returns the project's revision; use inside a transaction together
    // with the entry changes it numbers.
    [[nodiscard]] Result<qint64> nextRevision(const QString &projectId);

    // Inserts or updates the entry at `revision`. A re-appearing removed path counts as
    // added at `revision`.
    [[nodiscard]] Status put(const QString &projectId, const WorkspaceEntry &entry, qint64 revision);
    [[nodiscard]] Status markRemoved(const QString &projectId, const QString &path, qint64 revision);

    [[nodiscard]] Result<QList<WorkspaceEntry>> entries(const QString &projectId,
                                                        bool includeRemoved = false);
    // One consistent state: a single statement when the project's revision is not newer than
    // `since` (nothing can have changed), otherwise its own read transaction.
    [[nodiscard]] Result<WorkspaceChanges> changesSince(const QString &projectId, qint64 since);

private:
    Database &m_db;
};

} // namespace srs::store
