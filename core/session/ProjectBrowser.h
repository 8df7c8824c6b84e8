#pragma once

#include "cache/CacheFolder.h"
#include "cache/MetadataCache.h"
#include "net/NetError.h"
#include "protocol/Messages.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

namespace srs::net {
class ApiCall;
}

namespace srs::session {

class Clock;
class Session;
class WorkspaceSyncWorker;

// What the browser shows: projects, a project's details and its workspace index, from the
// encrypted cache at once and then from the server.
//
// The cache opens when the session has derived its key (after each sign-in) and closes
// when the session locks or ends; on a safe-room terminal (purge_cache_on_sign_out) it is
// removed at sign-out. A cache that cannot be read is set aside and rebuilt; cacheProblem()
// says so in plain words.
//
// Workspace sync: the changes since the cached revision are fetched a page at a time; each
// page is decoded and applied in one transaction on a worker thread with its own
// connection, and the walk's cursor is saved with it, so a cancelled or interrupted sync
// resumes where it stopped. The selected project is synced again every poll interval.
class ProjectBrowser : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString cacheDirectory; // the CacheFolder
        bool purgeOnSignOut = false;
        int retentionDays = 30;
        int pageSize = 5000;
        int pollSeconds = 20;
    };

    ProjectBrowser(Session *session, const Clock &clock, Options options, QObject *parent = nullptr);
    ~ProjectBrowser() override;

    [[nodiscard]] bool isOpen() const { return m_cache != nullptr; }
    // Just after signing in or unlocking: the cache key is still being derived, so the cache
    // will open (opened()) or say why not (cacheProblem()) shortly.
    [[nodiscard]] bool isOpening() const;
    [[nodiscard]] const QList<protocol::ProjectInfo> &projects() const { return m_projects; }
    [[nodiscard]] std::optional<protocol::ProjectInfo> detail(const QString &projectId) const;
    [[nodiscard]] QString selectedProject() const { return m_selected; }
    // The workspace of the selected project, as cached.
    [[nodiscard]] const std::vector<cache::CachedEntry> &entries() const { return m_entries; }
    [[nodiscard]] cache::WorkspaceState workspaceState() const { return m_state; }
    [[nodiscard]] bool isSyncing() const { return m_sync.has_value(); }
    [[nodiscard]] QString cacheFile() const;
    // Whether the list has come from the server in this session (not only from the cache).
    [[nodiscard]] bool hasServerList() const { return m_serverList; }

    // The workspace of any project, from the cache (the selected one from memory).
    [[nodiscard]] std::vector<cache::CachedEntry> entriesOf(const QString &projectId) const;
    // Drafts of output submissions, kept in the encrypted cache.
    [[nodiscard]] Status saveDraft(const cache::Draft &draft);
    [[nodiscard]] Result<QList<cache::Draft>> drafts() const;
    [[nodiscard]] Status removeDraft(const QString &id);
    // Whole answers kept in the encrypted cache by name (nothing when it is not open).
    [[nodiscard]] Status saveDocument(const cache::Document &document);
    [[nodiscard]] std::optional<cache::Document> document(const QString &name) const;

    void selectProject(const QString &projectId);
    void refreshProjects();
    void syncNow();
    void cancelSync();

signals:
    void opened();
    void cacheProblem(const QString &message);
    void projectsChanged();
    void projectsFailed(const srs::net::NetFailure &failure);
    void detailChanged(const QString &projectId);
    void detailFailed(const QString &projectId, const srs::net::NetFailure &failure);
    void workspaceChanged(const QString &projectId);
    void syncStarted(const QString &projectId);
    void syncProgress(const QString &projectId, qint64 done, qint64 total);
    void syncFinished(const QString &projectId, bool complete);
    void syncFailed(const QString &projectId, const QString &message);
    // The cache is about to close (lock, sign-out): save what must not be lost now.
    void aboutToClose();
    // Locked or signed out: everything shown must go.
    void cleared();

private:
    struct SyncRun
    {
        QString projectId;
        qint64 since = 0;
        QString cursor;
        qint64 done = 0;
        qint64 total = -1;
        qint64 changed = 0;
        bool cancelled = false;
        bool restarted = false;
        QPointer<net::ApiCall> call;
    };
    friend class WorkspaceSyncWorker;
    struct PageOutcome;

    void openCache();
    void goOnline();
    void close(bool purge);
    void loadSelected();
    // Reads the selected project's state (and entries) from the cache.
    void readSelected(bool entries);
    void fetchDetail(const QString &projectId);
    void startSync(const QString &projectId);
    void requestPage();
    void onPageApplied(const std::shared_ptr<PageOutcome> &outcome);
    void finishSync(bool complete);
    void failSync(const QString &message);
    void reportCacheFailure(const Error &error);

    Session *m_session;
    const Clock &m_clock;
    Options m_options;
    cache::CacheFolder m_folder;
    std::optional<cache::CacheIdentity> m_identity;
    std::unique_ptr<cache::MetadataCache> m_cache;
    QList<protocol::ProjectInfo> m_projects;
    bool m_serverList = false;
    QString m_selected;
    std::vector<cache::CachedEntry> m_entries;
    cache::WorkspaceState m_state;
    std::optional<SyncRun> m_sync;
    QPointer<net::ApiCall> m_projectsCall;
    QPointer<net::ApiCall> m_detailCall;
    QThread m_thread;
    WorkspaceSyncWorker *m_worker = nullptr; // lives in m_thread
    QTimer m_poll;
};

} // namespace srs::session
