#pragma once

#include "store/StoreResult.h"
#include "store/WorkspaceRepository.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace srs::store {
class AuditLog;
class Database;
} // namespace srs::store

namespace srs::workspace {

// Keeps the metadata index of one project's workspace folder up to date.
//
// scan() walks the folder, compares each entry with the index (a file whose size and
// modified time are unchanged is not read again), hashes new and changed files with
// SHA-256, and records every addition, change and removal under ONE new project
// revision, in one transaction with an audit event. Folders are reported when they
// appear and disappear, not when their own modified time moves. A scan that finds nothing new
// changes nothing and takes no revision. A rename is a removal plus an addition.
//
// Symbolic links are never followed or indexed: a link could point outside the
// workspace, and workspace metadata must describe only what is inside it. The walk never goes
// by full path: each folder is opened from its parent's descriptor (openat, O_NOFOLLOW), listed
// with fdopendir and its entries looked at with fstatat(AT_SYMLINK_NOFOLLOW); a folder swapped
// for a link (or another folder) between being looked at and being opened is skipped, and each
// file is hashed from a SafeWorkspaceFile handle, so a researcher who renames things while the
// scan runs cannot make it list or hash anything outside the workspace. Only regular files and
// folders are indexed (no FIFO, socket or device), down to 64 levels.
// Hashing happens before the transaction, so the database is not held while large
// files are read; a file that changes during a scan is caught by the next one.
//
// A dataset's extract lives in the workspace under `datasets/<dataset id>/`. Only the datasets
// mapped to the project are indexed there: a folder under `datasets/` whose name is not a mapped
// dataset (one asked for and still waiting for its owner's approval, or whose approval was
// withdrawn) is left out of the index, so its files appear to the project only once mapped, and
// are removed from it when the mapping ends.
class WorkspaceIndexer
{
public:
    // The folder under which each dataset's extract lives, one folder per dataset id.
    static constexpr char DatasetsFolder[] = "datasets";
    // Whether `path` (relative to the workspace) is in the folder of a dataset not in `mapped`.
    [[nodiscard]] static bool isUnmappedDatasetPath(const QString &path, const QStringList &mapped);

    // `audit` may be null (no audit event is written then).
    WorkspaceIndexer(store::Database &db, store::AuditLog *audit);

    struct ScanSummary
    {
        qint64 revision = 0; // the workspace revision after the scan
        int added = 0;
        int changed = 0;
        int removed = 0;
        [[nodiscard]] bool changedAnything() const { return added + changed + removed > 0; }
    };

    // The clock for audit event times; tests set a fixed one.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    [[nodiscard]] store::Result<ScanSummary> scan(const QString &projectId, const QString &folder);
    [[nodiscard]] store::Result<store::WorkspaceChanges> changesSince(const QString &projectId,
                                                                      qint64 revision);

private:
    store::Database &m_db;
    store::AuditLog *m_audit;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace srs::workspace
