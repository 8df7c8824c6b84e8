#include "WorkspaceIndexer.h"

#include "store/AuditLog.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>

namespace srs::workspace {

using store::Result;
using store::StoreError;
using store::WorkspaceEntry;

namespace {

const QString FileType = QStringLiteral("file");
const QString DirectoryType = QStringLiteral("directory");

std::optional<QString> sha256OfFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return std::nullopt;
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

WorkspaceIndexer::WorkspaceIndexer(store::Database &db, store::AuditLog *audit) : m_db(db), m_audit(audit) {}

Result<WorkspaceIndexer::ScanSummary> WorkspaceIndexer::scan(const QString &projectId, const QString &folder)
{
    const QDir root(folder);
    if (!root.exists())
        return store::invalid(
            QStringLiteral("The workspace folder of project %1 does not exist.").arg(projectId));

    store::WorkspaceRepository repo(m_db);
    auto indexed = repo.entries(projectId);
    if (!indexed.ok())
        return indexed.error();
    QHash<QString, WorkspaceEntry> previous;
    for (const WorkspaceEntry &e : std::as_const(*indexed))
        previous.insert(e.path, e);

    QList<WorkspaceEntry> toPut;
    QList<WorkspaceEntry> changedOnes;
    QSet<QString> seen;
    QDirIterator it(root.absolutePath(),
                    QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink())
            continue;
        const bool isDir = info.isDir();
        if (!isDir && !info.isFile())
            continue; // sockets, devices, fifos
        const QString path = root.relativeFilePath(info.absoluteFilePath());
        seen.insert(path);

        WorkspaceEntry e;
        e.path = path;
        e.type = isDir ? DirectoryType : FileType;
        e.size = isDir ? 0 : info.size();
        e.modifiedAt = info.lastModified().toUTC();
        // Whole milliseconds: what the database keeps.
        e.modifiedAt = QDateTime::fromMSecsSinceEpoch(e.modifiedAt.toMSecsSinceEpoch(), Qt::UTC);

        const auto old = previous.constFind(path);
        const bool known = old != previous.constEnd();
        // A folder's own time changes whenever something inside it does; those changes are
        // reported for the entries themselves, so a folder only counts when it appears.
        if (known && old->type == e.type &&
            (isDir || (old->size == e.size && old->modifiedAt == e.modifiedAt)))
            continue; // unchanged: not read again
        if (!isDir) {
            const auto digest = sha256OfFile(info.absoluteFilePath());
            if (!digest)
                continue; // unreadable now (being replaced?): the next scan tries again
            e.sha256 = *digest;
        }
        if (known)
            changedOnes.append(e);
        toPut.append(e);
    }
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
