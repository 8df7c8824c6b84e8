#include "WorkspaceIndexer.h"

#include "store/AuditLog.h"
#include "store/Database.h"

#include "FileDescriptor.h"
#include "SafeWorkspaceFile.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace srs::workspace {

using store::Result;
using store::StoreError;
using store::WorkspaceEntry;

namespace {

const QString FileType = QStringLiteral("file");
const QString DirectoryType = QStringLiteral("directory");

// Deeper folders are not indexed: each level holds a descriptor while it is walked.
constexpr int MaxDepth = 64;

QDateTime modifiedAt(const struct stat &st)
{
    // Whole milliseconds: what the database keeps.
    return QDateTime::fromMSecsSinceEpoch(
        qint64(st.st_mtim.tv_sec) * 1000 + qint64(st.st_mtim.tv_nsec) / 1000000, QTimeZone::utc());
}

// Walks one folder, open as `dirFd`, and the folders in it, each opened from its parent's
// descriptor without following a link. Symbolic links, and anything but regular files and
// folders, are skipped; a folder replaced between being listed and being opened is skipped too.
// `visit` gets each entry's path (relative to the workspace), its fstatat() status, and the
// folder's descriptor and the entry's name to open a file from.
template <class Visit>
void walk(int dirFd, const QString &prefix, int depth, const Visit &visit)
{
    const int listFd = ::dup(dirFd); // fdopendir() owns and closes its descriptor
    if (listFd < 0)
        return;
    DIR *dir = ::fdopendir(listFd);
    if (!dir) {
        ::close(listFd);
        return;
    }
    QList<QByteArray> names;
    while (const dirent *entry = ::readdir(dir)) {
        const QByteArray name(entry->d_name);
        if (name != "." && name != "..")
            names.append(name);
    }
    ::closedir(dir);
    for (const QByteArray &name : std::as_const(names)) {
        struct stat st = {};
        if (::fstatat(dirFd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
            continue; // gone since it was listed
        const QString path = prefix + QString::fromUtf8(name);
        if (S_ISREG(st.st_mode)) {
            visit(path, st, dirFd, name);
        } else if (S_ISDIR(st.st_mode)) {
            visit(path, st, dirFd, name);
            if (depth + 1 >= MaxDepth)
                continue;
            FileDescriptor sub(
                ::openat(dirFd, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
            struct stat opened = {};
            if (!sub.isValid() || ::fstat(sub.get(), &opened) != 0 || opened.st_dev != st.st_dev ||
                opened.st_ino != st.st_ino)
                continue; // replaced (by a link, or another folder) since it was looked at
            walk(sub.get(), path + u'/', depth + 1, visit);
        }
        // Links, sockets, devices and FIFOs are not workspace files.
    }
}

} // namespace

WorkspaceIndexer::WorkspaceIndexer(store::Database &db, store::AuditLog *audit) : m_db(db), m_audit(audit) {}

bool WorkspaceIndexer::isUnmappedDatasetPath(const QString &path, const QStringList &mapped)
{
    const QString prefix = QLatin1StringView(DatasetsFolder) + u'/';
    if (!path.startsWith(prefix))
        return false;
    const qsizetype end = path.indexOf(u'/', prefix.size());
    const QString dataset = path.mid(prefix.size(), end < 0 ? -1 : end - prefix.size());
    return !mapped.contains(dataset);
}

Result<WorkspaceIndexer::ScanSummary> WorkspaceIndexer::scan(const QString &projectId, const QString &folder)
{
    auto root = SafeWorkspaceFile::openFolder(folder);
    if (!root)
        return store::invalid(QStringLiteral("The workspace folder of project %1 cannot be opened: %2")
                                  .arg(projectId, root.error().message));

    store::WorkspaceRepository repo(m_db);
    auto indexed = repo.entries(projectId);
    if (!indexed.ok())
        return indexed.error();
    QHash<QString, WorkspaceEntry> previous;
    for (const WorkspaceEntry &e : std::as_const(*indexed))
        previous.insert(e.path, e);
    QStringList mapped;
    {
        auto q = m_db.exec(QStringLiteral("SELECT dataset_id FROM project_datasets WHERE project_id = ?"),
                           {projectId});
        if (!q.ok())
            return q.error();
        while (q->next())
            mapped.append(q->value(0).toString());
    }

    QList<WorkspaceEntry> toPut;
    QList<WorkspaceEntry> changedOnes;
    QSet<QString> seen;
    walk(root->get(), QString(), 0,
         [&](const QString &path, const struct stat &st, int dirFd, const QByteArray &name) {
             if (isUnmappedDatasetPath(path, mapped))
                 return; // not the project's (yet, or any more): left out, so removed if indexed
             const bool isDir = S_ISDIR(st.st_mode);
             WorkspaceEntry e;
             e.path = path;
             e.type = isDir ? DirectoryType : FileType;
             e.size = isDir ? 0 : qint64(st.st_size);
             e.modifiedAt = modifiedAt(st);

             seen.insert(path);
             const auto old = previous.constFind(path);
             const bool known = old != previous.constEnd();
             // A folder's own time changes whenever something inside it does; those changes are
             // reported for the entries themselves, so a folder only counts when it appears.
             if (known && old->type == e.type &&
                 (isDir || (old->size == e.size && old->modifiedAt == e.modifiedAt)))
                 return; // unchanged: not read again
             if (!isDir) {
                 // Hashed from the handle that was checked; its size and time come from that
                 // handle too, so they describe the bytes hashed.
                 auto file = SafeWorkspaceFile::openEntry(dirFd, name, path);
                 if (!file) {
                     // Replaced since it was listed (by a link, a FIFO, ...): not a file now.
                     // Any other failure (permissions) keeps what is known; the next scan retries.
                     const QString &code = file.error().code;
                     if (code == QLatin1StringView(workspaceerr::NotFound) ||
                         code == QLatin1StringView(workspaceerr::SymbolicLink) ||
                         code == QLatin1StringView(workspaceerr::NotRegular))
                         seen.remove(path);
                     return;
                 }
                 auto digest = file->sha256Hex();
                 if (!digest)
                     return; // unreadable now: the next scan tries again
                 e.size = file->size();
                 e.modifiedAt = file->modifiedAt();
                 e.sha256 = digest.value();
             }
             if (known)
                 changedOnes.append(e);
             toPut.append(e);
         });
    QStringList gone;
    for (auto p = previous.constBegin(); p != previous.constEnd(); ++p) {
        if (!seen.contains(p.key()))
            gone.append(p.key());
    }

    ScanSummary summary;
    summary.changed = int(changedOnes.size());
    summary.added = int(toPut.size()) - summary.changed;
    summary.removed = int(gone.size());
    if (!summary.changedAnything()) {
        auto rev = repo.currentRevision(projectId);
        if (!rev.ok())
            return rev.error();
        summary.revision = *rev;
        return summary;
    }

    return m_db.transaction([&]() -> Result<ScanSummary> {
        auto rev = repo.nextRevision(projectId);
        if (!rev.ok())
            return rev.error();
        summary.revision = *rev;
        for (const WorkspaceEntry &e : std::as_const(toPut)) {
            if (store::Status s = repo.put(projectId, e, *rev); !s.ok())
                return s.error();
        }
        for (const QString &path : std::as_const(gone)) {
            if (store::Status s = repo.markRemoved(projectId, path, *rev); !s.ok())
                return s.error();
        }
        if (m_audit) {
            const QJsonObject details{{QStringLiteral("revision"), *rev},
                                      {QStringLiteral("added"), summary.added},
                                      {QStringLiteral("changed"), summary.changed},
                                      {QStringLiteral("removed"), summary.removed}};
            auto e = m_audit->append(QStringLiteral("system"), QStringLiteral("workspace.indexed"),
                                     QStringLiteral("project:") + projectId, details, m_clock());
            if (!e.ok())
                return e.error();
        }
        return summary;
    });
}

Result<store::WorkspaceChanges> WorkspaceIndexer::changesSince(const QString &projectId, qint64 revision)
{
    return store::WorkspaceRepository(m_db).changesSince(projectId, revision);
}

} // namespace srs::workspace
