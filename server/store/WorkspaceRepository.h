#pragma once

#include "StoreResult.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

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

// A position in the change log of one workspace: entries are listed in (revision, path)
// order, and a page continues after the last entry of the page before.
struct WorkspaceCursor
{
    qint64 revision = 0;
    QString path;
    friend bool operator==(const WorkspaceCursor &, const WorkspaceCursor &) = default;
};

// What changed in a workspace since a revision: what GET /projects/{id}/workspace?since=REV
// returns.
struct WorkspaceChanges
{
    qint64 revision = 0; // the workspace's current revision
    QList<WorkspaceEntry> added;
    QList<WorkspaceEntry> changed;
    QList<WorkspaceEntry> removed;
    // Set when the page was full: ask again with this cursor (and the same `since`).
    std::optional<WorkspaceCursor> next;
    // On a first page (no cursor) with a limit: how many entries changed since `since`,
    // for progress; -1 otherwise.
    qint64 total = -1;
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
    //
    // With a `limit`, at most that many entries come back, in (revision, path) order, and
    // `next` says where the following page starts. Walking the pages with the same `since`
    // gives the state of the last page's snapshot: an entry that changes during the walk
    // takes a revision newer than any cursor, so a later page lists it again.
    //
    // `revisionRead` is the project's revision if the caller has just read it (in the request's
    // first statement: SessionRepository::findActiveForDevice); when it is not newer than `since`
    // no statement is run at all.
    [[nodiscard]] Result<WorkspaceChanges> changesSince(const QString &projectId, qint64 since, int limit = 0,
                                                        const std::optional<WorkspaceCursor> &after = {},
                                                        std::optional<qint64> revisionRead = {});

private:
    Database &m_db;
};

} // namespace srs::store
