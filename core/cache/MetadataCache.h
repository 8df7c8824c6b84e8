#pragma once

#include "CacheFolder.h"
#include "CipherDatabase.h"

#include "domain/WorkspaceEntry.h"
#include "protocol/Messages.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace srs::cache {

// One workspace entry as the cache keeps it (metadata only).
using CachedEntry = domain::WorkspaceEntry;

// How far a project's workspace has been brought up to date. While a sync is under way (or
// was cancelled part-way), `cursor` holds where the next page starts and `walkSince` the
// revision the walk began from; the entries are then a mix of old and new.
struct WorkspaceState
{
    qint64 revision = 0; // caught up with this revision (0: never synced)
    qint64 walkSince = 0;
    QString cursor;
    QDateTime syncedAt; // when it last caught up
    [[nodiscard]] bool partial() const { return !cursor.isEmpty(); }
};

struct Draft
{
    QString id;
    QString projectId;
    QDateTime updatedAt;
    QByteArray body;
};

// A whole answer kept by name ("review-queue").
struct Document
{
    QString name;
    QDateTime savedAt;
    QByteArray body;
};

// The encrypted metadata cache of one person on one server: the project list and details,
// each project's workspace index, and drafts. Everything in it is data the server already
// sent this person; nothing in it is a workspace file's contents.
class MetadataCache
{
public:
    // The schema this client writes; older files are migrated on open.
    static constexpr int SchemaVersion = 4;

    struct Opened
    {
        std::unique_ptr<MetadataCache> cache;
        // Set when the existing file could not be used (wrong key, revoked share, damaged)
        // and was set aside: the cache is new and empty. The message is for people.
        std::optional<Error> setAside;
    };

    // Opens this person's cache, creating it when there is none. A file that cannot be
    // opened with `key`, fails its integrity check or belongs to someone else is set aside
    // and a new empty one made; stale or foreign data is never returned.
    [[nodiscard]] static Result<Opened> open(const CacheFolder &folder, const CacheIdentity &identity,
                                             const crypto::SecureBuffer &key);
    // A second connection to an already-open cache (for a worker thread).
    [[nodiscard]] static Result<std::unique_ptr<MetadataCache>> connect(const QString &path,
                                                                        const crypto::SecureBuffer &key);

    // Migrates to `SchemaVersion` (or `upTo`, for tests).
    [[nodiscard]] Status migrate(int upTo = SchemaVersion);
    [[nodiscard]] int schemaVersion() { return m_db->userVersion(); }
    [[nodiscard]] CipherDatabase &database() { return *m_db; }

    // Projects: the list in the server's order, and each project's details when fetched.
    [[nodiscard]] Status saveProjects(const QList<protocol::ProjectInfo> &projects);
    [[nodiscard]] Result<QList<protocol::ProjectInfo>> projects();
    [[nodiscard]] Status saveProjectDetail(const protocol::ProjectInfo &project);
    [[nodiscard]] Result<std::optional<protocol::ProjectInfo>> projectDetail(const QString &projectId);

    // Workspace.
    [[nodiscard]] Result<WorkspaceState> workspaceState(const QString &projectId);
    [[nodiscard]] Result<std::vector<CachedEntry>> workspaceEntries(const QString &projectId);
    // Applies one page of changes and the walk's progress in one transaction. On the last
    // page (no next cursor) the state becomes the page's revision. `walkSince` is the revision
    // the walk started from.
    [[nodiscard]] Status applyWorkspacePage(const QString &projectId, qint64 walkSince,
                                            const protocol::WorkspaceChangesInfo &page, const QDateTime &now);
    // Forgets a project's workspace (before a full sync from revision 0).
    [[nodiscard]] Status clearWorkspace(const QString &projectId);

    // Drafts (output submissions being prepared).
    [[nodiscard]] Status saveDraft(const Draft &draft);
    [[nodiscard]] Result<QList<Draft>> drafts();
    [[nodiscard]] Status removeDraft(const QString &id);

    // Whole answers kept by name, to show at once next time (metadata only, never file contents).
    [[nodiscard]] Status saveDocument(const Document &document);
    [[nodiscard]] Result<std::optional<Document>> document(const QString &name);

    // The journal of unfinished uploads into a project (session::CacheIngestJournal): one record
    // per ingest request, its body as the journal wrote it (names and hashes, never file bytes).
    [[nodiscard]] Status saveIngestUpload(const QString &id, const QDateTime &savedAt,
                                          const QByteArray &body);
    [[nodiscard]] Result<QList<QByteArray>> ingestUploads();
    [[nodiscard]] Status removeIngestUpload(const QString &id);

private:
    explicit MetadataCache(std::unique_ptr<CipherDatabase> db) : m_db(std::move(db)) {}
    [[nodiscard]] Status checkOwner(const CacheIdentity &identity);

    std::unique_ptr<CipherDatabase> m_db;
};

} // namespace srs::cache
