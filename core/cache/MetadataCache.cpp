#include "MetadataCache.h"

#include "protocol/JsonReader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

namespace srs::cache {

Q_LOGGING_CATEGORY(lcCache, "srs.cache")

namespace {

// Each step moves the schema from version (index) to version (index + 1).
const char *const MigrationSteps[] = {
    // 0 -> 1: projects and workspaces.
    "CREATE TABLE owner (id INTEGER PRIMARY KEY CHECK (id = 1), username TEXT NOT NULL, server TEXT NOT "
    "NULL);"
    "CREATE TABLE projects (id TEXT PRIMARY KEY, position INTEGER NOT NULL, summary TEXT NOT NULL,"
    " detail TEXT);"
    "CREATE TABLE workspace_state (project_id TEXT PRIMARY KEY, revision INTEGER NOT NULL,"
    " walk_since INTEGER NOT NULL DEFAULT 0, cursor TEXT, synced_at INTEGER);"
    "CREATE TABLE workspace_entries (project_id TEXT NOT NULL, path TEXT NOT NULL, size INTEGER NOT NULL,"
    " directory INTEGER NOT NULL, modified_ms INTEGER NOT NULL, sha256 BLOB, revision INTEGER NOT NULL,"
    " PRIMARY KEY (project_id, path)) WITHOUT ROWID;",
    // 1 -> 2: drafts of output submissions.
    "CREATE TABLE drafts (id TEXT PRIMARY KEY, project_id TEXT NOT NULL, updated_at INTEGER NOT NULL,"
    " body BLOB NOT NULL);",
    // 2 -> 3: whole answers kept to show at once next time (the checkers' queue, its statistics).
    "CREATE TABLE documents (name TEXT PRIMARY KEY, saved_at INTEGER NOT NULL, body BLOB NOT NULL);",
    // 3 -> 4: the journal of uploads into a project (ingest requests) not finished yet: ids,
    // local paths, names, sizes and SHA-256 of the files, never their bytes.
    "CREATE TABLE ingest_uploads (id TEXT PRIMARY KEY, saved_at INTEGER NOT NULL, body BLOB NOT NULL);",
};
constexpr int StepCount = static_cast<int>(std::size(MigrationSteps));
static_assert(StepCount == MetadataCache::SchemaVersion);

QString plainProblem(const Error &error)
{
    if (error.code == cacheerr::Damaged)
        return QCoreApplication::translate(
            "srs::cache", "Your saved copy of project details on this computer was damaged.");
    if (error.code == cacheerr::Newer)
        return QCoreApplication::translate(
            "srs::cache",
            "Your saved copy of project details was written by a newer version of this program.");
    return QCoreApplication::translate(
        "srs::cache",
        "Your saved copy of project details on this computer could not be opened with your current "
        "key (your password or the service's key for this computer has changed since it was saved).");
}

bool isSetAsideProblem(const Error &error)
{
    return error.code == cacheerr::Unreadable || error.code == cacheerr::Damaged ||
           error.code == cacheerr::Newer;
}

} // namespace

Result<MetadataCache::Opened> MetadataCache::open(const CacheFolder &folder, const CacheIdentity &identity,
                                                  const crypto::SecureBuffer &key)
{
    if (Status s = folder.prepare(); !s.ok())
        return s.error();
    const QString path = folder.databasePath(identity);
    Opened opened;
    if (folder.hasDatabase(identity)) {
        auto existing = [&]() -> Result<std::unique_ptr<MetadataCache>> {
            auto db = CipherDatabase::open(path, key, false);
            if (!db.ok())
                return db.error();
            std::unique_ptr<MetadataCache> cache(new MetadataCache(std::move(db).value()));
            if (Status s = cache->m_db->verifyIntegrity(); !s.ok())
                return s.error();
            if (Status s = cache->migrate(); !s.ok())
                return s.error();
            if (Status s = cache->checkOwner(identity); !s.ok())
                return s.error();
            return cache;
        }();
        if (existing.ok()) {
            opened.cache = std::move(existing).value();
            folder.touch(identity);
            return opened;
        }
        if (!isSetAsideProblem(existing.error()))
            return existing.error();
        // Log the technical detail (it names no data); show people the plain message.
        qCWarning(lcCache, "setting the cache aside: %s", qUtf8Printable(existing.error().message));
        if (Status s = folder.setAside(identity); !s.ok())
            return s.error();
        opened.setAside = Error{existing.error().code, plainProblem(existing.error())};
    }
    auto db = CipherDatabase::open(path, key, true);
    if (!db.ok())
        return db.error();
    opened.cache.reset(new MetadataCache(std::move(db).value()));
    if (Status s = opened.cache->migrate(); !s.ok())
        return s.error();
    auto owner = opened.cache->m_db->prepare("INSERT INTO owner (id, username, server) VALUES (1, ?, ?)");
    if (!owner.ok())
        return owner.error();
    if (Status s = owner->bind(1, identity.username).bind(2, identity.serverUrl).run(); !s.ok())
        return s.error();
    folder.touch(identity);
    return opened;
}

Result<std::unique_ptr<MetadataCache>> MetadataCache::connect(const QString &path,
                                                              const crypto::SecureBuffer &key)
{
    auto db = CipherDatabase::open(path, key, false);
    if (!db.ok())
        return db.error();
    std::unique_ptr<MetadataCache> cache(new MetadataCache(std::move(db).value()));
    if (cache->schemaVersion() != SchemaVersion)
        return Error{cacheerr::Newer,
                     QCoreApplication::translate("srs::cache", "The cache changed while it was open.")};
    return cache;
}

Status MetadataCache::migrate(int upTo)
{
    const int current = m_db->userVersion();
    if (current < 0)
        return m_db->lastError(u"user_version"_s);
    if (current > SchemaVersion)
        return Error{cacheerr::Newer, u"schema version %1, newer than %2"_s.arg(current).arg(SchemaVersion)};
    for (int version = current; version < std::min(upTo, StepCount); ++version) {
        Status s = m_db->transaction([&]() -> Status {
            if (Status step = m_db->exec(MigrationSteps[version]); !step.ok())
                return step;
            return m_db->setUserVersion(version + 1);
        });
        if (!s.ok())
            return s;
    }
    return {};
}

Status MetadataCache::checkOwner(const CacheIdentity &identity)
{
    auto q = m_db->prepare("SELECT username, server FROM owner WHERE id = 1");
    if (!q.ok())
        return q.error();
    if (!q->next() || q->text(0) != identity.username || q->text(1) != identity.serverUrl)
        return Error{cacheerr::Unreadable, u"the cache belongs to another user or server"_s};
    return {};
}

Status MetadataCache::saveProjects(const QList<protocol::ProjectInfo> &projects)
{
    return m_db->transaction([&]() -> Status {
        // Details of projects still listed are kept; projects no longer listed go, with
        // their workspaces.
        if (Status s = m_db->exec("CREATE TEMP TABLE IF NOT EXISTS listed (id TEXT PRIMARY KEY);"
                                  "DELETE FROM temp.listed");
            !s.ok())
            return s;
        auto listed = m_db->prepare("INSERT INTO temp.listed (id) VALUES (?)");
        auto upsert = m_db->prepare("INSERT INTO projects (id, position, summary) VALUES (?, ?, ?) "
                                    "ON CONFLICT (id) DO UPDATE SET position = excluded.position, "
                                    "summary = excluded.summary");
        if (!listed.ok())
            return listed.error();
        if (!upsert.ok())
            return upsert.error();
        int position = 0;
        for (const protocol::ProjectInfo &p : projects) {
            if (Status s = listed->bind(1, p.project.id).run(); !s.ok())
                return s;
            const QByteArray json = QJsonDocument(p.toJsonObject(false)).toJson(QJsonDocument::Compact);
            if (Status s =
                    upsert->bind(1, p.project.id).bind(2, position++).bind(3, QString::fromUtf8(json)).run();
                !s.ok())
                return s;
        }
        return m_db->exec(
            "DELETE FROM workspace_entries WHERE project_id NOT IN (SELECT id FROM temp.listed);"
            "DELETE FROM workspace_state WHERE project_id NOT IN (SELECT id FROM temp.listed);"
            "DELETE FROM projects WHERE id NOT IN (SELECT id FROM temp.listed);");
    });
}

Result<QList<protocol::ProjectInfo>> MetadataCache::projects()
{
    auto q = m_db->prepare("SELECT summary FROM projects ORDER BY position");
    if (!q.ok())
        return q.error();
    QList<protocol::ProjectInfo> out;
    while (q->next()) {
        protocol::JsonReader r = protocol::JsonReader::parse(q->text(0).toUtf8(), u"cached project"_s);
        protocol::ProjectInfo p = protocol::ProjectInfo::read(r, false);
        if (!r.ok())
            return Error{cacheerr::Damaged, r.error().message};
        out.append(p);
    }
    if (!q->ok())
        return q->error();
    return out;
}

Status MetadataCache::saveProjectDetail(const protocol::ProjectInfo &project)
{
    auto q = m_db->prepare("UPDATE projects SET detail = ?, summary = ? WHERE id = ?");
    if (!q.ok())
        return q.error();
    const QByteArray detail = QJsonDocument(project.toJsonObject(true)).toJson(QJsonDocument::Compact);
    const QByteArray summary = QJsonDocument(project.toJsonObject(false)).toJson(QJsonDocument::Compact);
    return q->bind(1, QString::fromUtf8(detail))
        .bind(2, QString::fromUtf8(summary))
        .bind(3, project.project.id)
        .run();
}

Result<std::optional<protocol::ProjectInfo>> MetadataCache::projectDetail(const QString &projectId)
{
    auto q = m_db->prepare("SELECT detail FROM projects WHERE id = ? AND detail IS NOT NULL");
    if (!q.ok())
        return q.error();
    q->bind(1, projectId);
    if (!q->next()) {
        if (!q->ok())
            return q->error();
        return std::optional<protocol::ProjectInfo>();
    }
    auto p = protocol::ProjectInfo::fromJson(q->text(0).toUtf8());
    if (!p.ok())
        return Error{cacheerr::Damaged, p.error().message};
    return std::optional<protocol::ProjectInfo>(std::move(p).value());
}

Result<WorkspaceState> MetadataCache::workspaceState(const QString &projectId)
{
    auto q = m_db->prepare(
        "SELECT revision, walk_since, cursor, synced_at FROM workspace_state WHERE project_id = ?");
    if (!q.ok())
        return q.error();
    q->bind(1, projectId);
    WorkspaceState state;
    if (q->next()) {
        state.revision = q->integer(0);
        state.walkSince = q->integer(1);
        state.cursor = q->text(2);
        if (!q->isNull(3))
            state.syncedAt = QDateTime::fromMSecsSinceEpoch(q->integer(3), QTimeZone::utc());
    }
    if (!q->ok())
        return q->error();
    return state;
}

Result<std::vector<CachedEntry>> MetadataCache::workspaceEntries(const QString &projectId)
{
    auto count = m_db->prepare("SELECT count(*) FROM workspace_entries WHERE project_id = ?");
    if (!count.ok())
        return count.error();
    count->bind(1, projectId);
    std::vector<CachedEntry> out;
    if (count->next())
        out.reserve(static_cast<std::size_t>(count->integer(0)));
    auto q =
        m_db->prepare("SELECT path, size, directory, modified_ms, sha256, revision FROM workspace_entries "
                      "WHERE project_id = ?");
    if (!q.ok())
        return q.error();
    q->bind(1, projectId);
    while (q->next()) {
        CachedEntry e;
        e.path = q->text(0);
        e.size = q->integer(1);
        e.directory = q->integer(2) != 0;
        e.modifiedMs = q->integer(3);
        const QByteArrayView sha = q->blobView(4);
        if (sha.size() == 32)
            std::copy(sha.begin(), sha.end(), e.sha256.begin());
        e.revision = q->integer(5);
        out.push_back(std::move(e));
    }
    if (!q->ok())
        return q->error();
    return out;
}

Status MetadataCache::applyWorkspacePage(const QString &projectId, qint64 walkSince,
                                         const protocol::WorkspaceChangesInfo &page, const QDateTime &now)
{
    return m_db->transaction([&]() -> Status {
        auto upsert = m_db->prepare(
            "INSERT INTO workspace_entries (project_id, path, size, directory, modified_ms, sha256, "
            "revision) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (project_id, path) DO UPDATE SET size = excluded.size, "
            "directory = excluded.directory, modified_ms = excluded.modified_ms, sha256 = excluded.sha256, "
            "revision = excluded.revision");
        if (!upsert.ok())
            return upsert.error();
        for (const auto *list : {&page.added, &page.changed}) {
            for (const protocol::WorkspaceEntryInfo &e : *list) {
                const bool directory = e.type == u"directory"_s;
                upsert->bind(1, projectId)
                    .bind(2, e.path)
                    .bind(3, e.size)
                    .bind(4, qint64(directory ? 1 : 0))
                    .bind(5, e.modifiedAt.isValid() ? e.modifiedAt.toMSecsSinceEpoch() : 0);
                if (directory)
                    upsert->bindNull(6);
                else
                    upsert->bindBlob(6, QByteArray::fromHex(e.sha256.toLatin1()));
                upsert->bind(7, e.revision);
                if (Status s = upsert->run(); !s.ok())
                    return s;
            }
        }
        auto remove = m_db->prepare("DELETE FROM workspace_entries WHERE project_id = ? AND path = ?");
        if (!remove.ok())
            return remove.error();
        for (const protocol::WorkspaceEntryInfo &e : page.removed) {
            if (Status s = remove->bind(1, projectId).bind(2, e.path).run(); !s.ok())
                return s;
        }
        auto state = m_db->prepare(
            "INSERT INTO workspace_state (project_id, revision, walk_since, cursor, synced_at) VALUES (?, ?, "
            "?, ?, ?) "
            "ON CONFLICT (project_id) DO UPDATE SET revision = excluded.revision, walk_since = "
            "excluded.walk_since, "
            "cursor = excluded.cursor, synced_at = coalesce(excluded.synced_at, workspace_state.synced_at)");
        if (!state.ok())
            return state.error();
        const bool last = page.nextCursor.isEmpty();
        state->bind(1, projectId).bind(2, last ? page.revision : walkSince).bind(3, walkSince);
        if (last)
            state->bindNull(4).bind(5, now.toMSecsSinceEpoch());
        else
            state->bind(4, page.nextCursor).bindNull(5);
        return state->run();
    });
}

Status MetadataCache::clearWorkspace(const QString &projectId)
{
    return m_db->transaction([&]() -> Status {
        for (const char *sql : {"DELETE FROM workspace_entries WHERE project_id = ?",
                                "DELETE FROM workspace_state WHERE project_id = ?"}) {
            auto q = m_db->prepare(sql);
            if (!q.ok())
                return q.error();
            if (Status s = q->bind(1, projectId).run(); !s.ok())
                return s;
        }
        return {};
    });
}

Status MetadataCache::saveDraft(const Draft &draft)
{
    auto q = m_db->prepare("INSERT INTO drafts (id, project_id, updated_at, body) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (id) DO UPDATE SET project_id = excluded.project_id, "
                           "updated_at = excluded.updated_at, body = excluded.body");
    if (!q.ok())
        return q.error();
    return q->bind(1, draft.id)
        .bind(2, draft.projectId)
        .bind(3, draft.updatedAt.toMSecsSinceEpoch())
        .bindBlob(4, draft.body)
        .run();
}

Result<QList<Draft>> MetadataCache::drafts()
{
    auto q = m_db->prepare("SELECT id, project_id, updated_at, body FROM drafts ORDER BY updated_at DESC");
    if (!q.ok())
        return q.error();
    QList<Draft> out;
    while (q->next())
        out.append(Draft{q->text(0), q->text(1),
                         QDateTime::fromMSecsSinceEpoch(q->integer(2), QTimeZone::utc()), q->blob(3)});
    if (!q->ok())
        return q->error();
    return out;
}

Status MetadataCache::saveDocument(const Document &document)
{
    auto q =
        m_db->prepare("INSERT INTO documents (name, saved_at, body) VALUES (?, ?, ?) "
                      "ON CONFLICT (name) DO UPDATE SET saved_at = excluded.saved_at, body = excluded.body");
    if (!q.ok())
        return q.error();
    return q->bind(1, document.name)
        .bind(2, document.savedAt.toMSecsSinceEpoch())
        .bindBlob(3, document.body)
        .run();
}

Result<std::optional<Document>> MetadataCache::document(const QString &name)
{
    auto q = m_db->prepare("SELECT saved_at, body FROM documents WHERE name = ?");
    if (!q.ok())
        return q.error();
    q->bind(1, name);
    std::optional<Document> out;
    if (q->next())
        out = Document{name, QDateTime::fromMSecsSinceEpoch(q->integer(0), QTimeZone::utc()), q->blob(1)};
    if (!q->ok())
        return q->error();
    return out;
}

Status MetadataCache::saveIngestUpload(const QString &id, const QDateTime &savedAt, const QByteArray &body)
{
    auto q =
        m_db->prepare("INSERT INTO ingest_uploads (id, saved_at, body) VALUES (?, ?, ?) "
                      "ON CONFLICT (id) DO UPDATE SET saved_at = excluded.saved_at, body = excluded.body");
    if (!q.ok())
        return q.error();
    return q->bind(1, id).bind(2, savedAt.toMSecsSinceEpoch()).bindBlob(3, body).run();
}

Result<QList<QByteArray>> MetadataCache::ingestUploads()
{
    auto q = m_db->prepare("SELECT body FROM ingest_uploads ORDER BY saved_at");
    if (!q.ok())
        return q.error();
    QList<QByteArray> out;
    while (q->next())
        out.append(q->blob(0));
    if (!q->ok())
        return q->error();
    return out;
}

Status MetadataCache::removeIngestUpload(const QString &id)
{
    auto q = m_db->prepare("DELETE FROM ingest_uploads WHERE id = ?");
    if (!q.ok())
        return q.error();
    return q->bind(1, id).run();
}

Status MetadataCache::removeDraft(const QString &id)
{
    auto q = m_db->prepare("DELETE FROM drafts WHERE id = ?");
    if (!q.ok())
        return q.error();
    return q->bind(1, id).run();
}

} // namespace srs::cache
