#pragma once

#include "api/ApiFailure.h"
#include "domain/WorkspaceEntry.h"
#include "protocol/Messages.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThread>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

namespace srs::api {
class PendingCall;
}

namespace srs::session {

// Forgets what is kept for projects not among `projectIds` (no longer openable).
template <typename T>
void keepOnly(QHash<QString, T> &byProject, const QStringList &projectIds)
{
    for (auto it = byProject.begin(); it != byProject.end();) {
        if (projectIds.contains(it.key()))
            ++it;
        else
            it = byProject.erase(it);
    }
}

class ClientStore;
class Clock;
class Session;
class WorkspaceSyncWorker;

// How up to date the cached workspace of a project is.
struct WorkspaceFreshness
{
    qint64 revision = 0;  // caught up with the server's index at this revision (0: never synced)
    QDateTime syncedAt;   // when it last caught up
    bool partial = false; // a sync stopped part-way: the entries are a mix of old and new
};

// What the project browser shows: projects, a project's details and its workspace index, from
// the client store's encrypted cache at once and then from the server.
//
// The list of projects is asked for as soon as the person signs in; what the cache holds is
// shown when the store opens (ClientStore::opened) and everything is forgotten when it closes
// (cleared()). Once no declaration is owed, the selected project's details and workspace are
// asked for.
//
// Workspace sync: the changes since the cached revision are fetched a page at a time; each
// page is decoded and applied in one transaction on a worker thread with its own
// connection, and the walk's cursor is saved with it, so a cancelled or interrupted sync
// resumes where it stopped. The selected project is synced again every poll interval.
class WorkspaceSync : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int pageSize = 5000;
        int pollSeconds = 20;
    };

    // Make it right after `store`, before anything else listens to the store.
    WorkspaceSync(Session *session, ClientStore *store, const Clock &clock, Options options,
                  QObject *parent = nullptr);
    ~WorkspaceSync() override;

    [[nodiscard]] const QList<protocol::ProjectInfo> &projects() const { return m_projects; }
    [[nodiscard]] std::optional<protocol::ProjectInfo> detail(const QString &projectId) const;
    [[nodiscard]] QString selectedProject() const { return m_selected; }
    // The workspace of the selected project, as cached.
    [[nodiscard]] const std::vector<domain::WorkspaceEntry> &entries() const { return m_entries; }
    [[nodiscard]] WorkspaceFreshness freshness() const { return m_freshness; }
    [[nodiscard]] bool isSyncing() const { return m_sync.has_value(); }
    // Whether the list has come from the server in this session (not only from the cache).
    [[nodiscard]] bool hasServerList() const { return m_serverList; }
    // The ids of the projects the person may open from here now.
    [[nodiscard]] QStringList openableProjectIds() const;

    // The workspace of any project, from the cache (the selected one from memory).
    [[nodiscard]] std::vector<domain::WorkspaceEntry> entriesOf(const QString &projectId) const;

    void selectProject(const QString &projectId);
    void refreshProjects();
    void syncNow();
    void cancelSync();

signals:
    void projectsChanged();
    void projectsFailed(const srs::api::ApiFailure &failure);
    void detailChanged(const QString &projectId);
    void detailFailed(const QString &projectId, const srs::api::ApiFailure &failure);
    void workspaceChanged(const QString &projectId);
    void syncStarted(const QString &projectId);
    void syncProgress(const QString &projectId, qint64 done, qint64 total);
    void syncFinished(const QString &projectId, bool complete);
    void syncFailed(const QString &projectId, const QString &message);
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
        QPointer<api::PendingCall> call;
    };
    friend class WorkspaceSyncWorker;
    struct PageOutcome;

    void onOpened();
    void onClosed(bool wiped);
    // Stops the poll and any walk, and lets go of the worker's connection to the cache.
    void stopWork();
    void goOnline();
    void loadSelected();
    // Reads the selected project's state (and entries) from the cache.
    void readSelected(bool entries);
    void fetchDetail(const QString &projectId);
    void startSync(const QString &projectId);
    void requestPage();
    void onPageApplied(const std::shared_ptr<PageOutcome> &outcome);
    void finishSync(bool complete);
    void failSync(const QString &message);

    Session *m_session;
    ClientStore *m_store;
    const Clock &m_clock;
    Options m_options;
    QList<protocol::ProjectInfo> m_projects;
    bool m_serverList = false;
    bool m_workerConnected = false;
    bool m_closingCache = false; // between the store's aboutToClose() and closed()
    QString m_selected;
    std::vector<domain::WorkspaceEntry> m_entries;
    WorkspaceFreshness m_freshness;
    std::optional<SyncRun> m_sync;
    QPointer<api::PendingCall> m_projectsCall;
    QPointer<api::PendingCall> m_detailCall;
    QThread m_thread;
    WorkspaceSyncWorker *m_worker = nullptr; // lives in m_thread
    QTimer m_poll;
};

} // namespace srs::session
