#include "WorkspaceSync.h"

#include "ClientStore.h"
#include "Clock.h"
#include "Session.h"

#include "api/Client.h"
#include "api/ProjectsApi.h"
#include "api/WorkspaceApi.h"
#include "cache/MetadataCache.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace srs::session {

Q_LOGGING_CATEGORY(lcSync, "srs.sync")

struct WorkspaceSync::PageOutcome
{
    quint64 run = 0;
    bool ok = false;
    QString error;
    bool restart = false; // the server's revision went back: start again from 0
    QString nextCursor;
    qint64 revision = 0;
    qint64 count = 0;
    qint64 total = -1;
};

// Decodes and applies pages on its own thread, with its own connection to the cache.
class WorkspaceSyncWorker : public QObject
{
public:
    void connectTo(const QString &path, const std::shared_ptr<crypto::SecureBuffer> &key)
    {
        m_cache.reset();
        auto connected = cache::MetadataCache::connect(path, *key);
        if (connected.ok())
            m_cache = std::move(connected).value();
        else
            m_error = connected.error().message;
    }
    void close() { m_cache.reset(); }

    void apply(WorkspaceSync::PageOutcome &out, const QString &projectId, qint64 since,
               const QByteArray &body, const QDateTime &now)
    {
        if (!m_cache) {
            out.error =
                QCoreApplication::translate("srs::session::WorkspaceSync", "The cache is not open: %1")
                    .arg(m_error);
            return;
        }
        auto page = protocol::WorkspaceChangesInfo::fromJson(body);
        if (!page.ok()) {
            out.error = QCoreApplication::translate("srs::session::WorkspaceSync",
                                                    "The server's answer could not be read: %1")
                            .arg(page.error().message);
            return;
        }
        if (page->revision < since) {
            // The server's index is younger than this cache (it was rebuilt): forget and refetch.
            if (Status s = m_cache->clearWorkspace(projectId); !s.ok()) {
                out.error = s.error().message;
                return;
            }
            out.ok = true;
            out.restart = true;
            return;
        }
        if (Status s = m_cache->applyWorkspacePage(projectId, since, *page, now); !s.ok()) {
            out.error = s.error().message;
            return;
        }
        out.ok = true;
        out.nextCursor = page->nextCursor;
        out.revision = page->revision;
        out.count = page->added.size() + page->changed.size() + page->removed.size();
        out.total = page->total;
    }

private:
    std::unique_ptr<cache::MetadataCache> m_cache;
    QString m_error;
};

WorkspaceSync::WorkspaceSync(Session *session, ClientStore *store, const Clock &clock, Options options,
                             QObject *parent)
    : QObject(parent), m_session(session), m_store(store), m_clock(clock), m_options(options)
{
    m_worker = new WorkspaceSyncWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(u"workspace sync"_s);
    m_thread.start();

    connect(m_store, &ClientStore::opened, this, &WorkspaceSync::onOpened);
    connect(m_store, &ClientStore::cacheProblem, this, [this] {
        if (!m_store->isOpen())
            refreshProjects(); // still show what the server says
    });
    // The worker's connection closes before the store closes (and perhaps removes) the cache.
    connect(m_store, &ClientStore::aboutToClose, this, [this] {
        m_closingCache = true;
        stopWork();
    });
    connect(m_store, &ClientStore::closed, this, &WorkspaceSync::onClosed);
    connect(m_session, &Session::declarationAccepted, this, [this] {
        if (!m_session->readyForProjectWork())
            return;
        if (m_store->isOpen())
            goOnline();
        else
            refreshProjects();
    });
    // The list of projects is asked for at once; the cache, and the workspaces, follow its key.
    connect(m_session, &Session::signedIn, this, &WorkspaceSync::refreshProjects);
    connect(m_session, &Session::unlocked, this, &WorkspaceSync::refreshProjects);

    m_poll.setInterval(std::max(1, m_options.pollSeconds) * 1000);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (m_store->isOpen() && !m_selected.isEmpty() && !m_sync)
            startSync(m_selected);
    });
}

WorkspaceSync::~WorkspaceSync()
{
    m_thread.quit();
    m_thread.wait();
}

std::optional<protocol::ProjectInfo> WorkspaceSync::detail(const QString &projectId) const
{
    cache::MetadataCache *cache = m_store->cache();
    if (!cache)
        return std::nullopt;
    auto d = cache->projectDetail(projectId);
    if (!d.ok())
        return std::nullopt;
    return *d;
}

void WorkspaceSync::onOpened()
{
    cache::MetadataCache *cache = m_store->cache();
    // The worker gets its own connection with its own copy of the key.
    auto key = std::make_shared<crypto::SecureBuffer>(m_session->cacheKey().clone());
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, path = m_store->cacheFile(), key] {
        worker->connectTo(path, key);
        key->clear();
    });
    m_workerConnected = true;

    if (m_serverList) {
        // The server answered before the key was ready: keep its list, and the cache too. (A
        // list, or a call for one, that came before the key is kept, so the person does not see
        // their projects vanish and come back.)
        if (Status s = cache->saveProjects(m_projects); !s.ok())
            qCWarning(lcSync, "saving projects: %s", qUtf8Printable(s.error().message));
    } else {
        auto cached = cache->projects();
        m_projects = cached.ok() ? *cached : QList<protocol::ProjectInfo>();
        emit projectsChanged();
    }
    if (!m_selected.isEmpty())
        loadSelected();
    if (m_session->readyForProjectWork())
        goOnline();
}

void WorkspaceSync::goOnline()
{
    if (!m_serverList)
        refreshProjects();
    if (!m_selected.isEmpty()) {
        fetchDetail(m_selected);
        startSync(m_selected);
    }
    m_poll.start();
}

QStringList WorkspaceSync::openableProjectIds() const
{
    QStringList ids;
    for (const protocol::ProjectInfo &p : m_projects) {
        if (p.access.allowed)
            ids.append(p.project.id);
    }
    return ids;
}

std::vector<domain::WorkspaceEntry> WorkspaceSync::entriesOf(const QString &projectId) const
{
    if (projectId == m_selected)
        return m_entries;
    cache::MetadataCache *cache = m_store->cache();
    if (!cache)
        return {};
    auto read = cache->workspaceEntries(projectId);
    return read.ok() ? std::move(read).value() : std::vector<domain::WorkspaceEntry>();
}

void WorkspaceSync::stopWork()
{
    m_poll.stop();
    if (m_sync) {
        m_sync->cancelled = true;
        if (api::isPending(m_sync->call))
            m_sync->call->cancel();
        m_sync.reset();
    }
    if (m_workerConnected) {
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
        m_workerConnected = false;
    }
}

void WorkspaceSync::onClosed(bool wiped)
{
    stopWork();
    if (api::isPending(m_projectsCall))
        m_projectsCall->cancel();
    if (api::isPending(m_detailCall))
        m_detailCall->cancel();
    const bool hadAnything =
        std::exchange(m_closingCache, false) || !m_projects.isEmpty() || !m_entries.empty();
    m_projects.clear();
    m_serverList = false;
    m_entries.clear();
    m_entries.shrink_to_fit();
    m_freshness = {};
    if (wiped)
        m_selected.clear();
    if (hadAnything || wiped)
        emit cleared();
}

void WorkspaceSync::refreshProjects()
{
    if (api::isPending(m_projectsCall) || !m_session->readyForProjectWork())
        return;
    auto *call = api::ProjectsApi(*m_session->api()).list();
    m_projectsCall = call;
    call->onSucceeded(this, [this](const QList<protocol::ProjectInfo> &list) {
        m_projects = list;
        m_serverList = true;
        if (cache::MetadataCache *cache = m_store->cache()) {
            if (Status s = cache->saveProjects(m_projects); !s.ok())
                qCWarning(lcSync, "saving projects: %s", qUtf8Printable(s.error().message));
        }
        emit projectsChanged();
        if (!m_selected.isEmpty())
            fetchDetail(m_selected);
    });
    call->onFailed(this, [this](const api::ApiFailure &failure) { emit projectsFailed(failure); });
}

void WorkspaceSync::selectProject(const QString &projectId)
{
    if (projectId == m_selected)
        return;
    if (m_sync && m_sync->projectId != projectId)
        cancelSync();
    m_selected = projectId;
    loadSelected();
    if (m_store->isOpen() && !projectId.isEmpty() && m_session->readyForProjectWork()) {
        fetchDetail(projectId);
        startSync(projectId);
    }
}

void WorkspaceSync::loadSelected()
{
    m_entries.clear();
    m_freshness = {};
    if (m_store->isOpen() && !m_selected.isEmpty())
        readSelected(true);
    emit detailChanged(m_selected);
    emit workspaceChanged(m_selected);
}

void WorkspaceSync::fetchDetail(const QString &projectId)
{
    if (api::isPending(m_detailCall))
        m_detailCall->cancel();
    auto *call = api::ProjectsApi(*m_session->api()).project(projectId);
    m_detailCall = call;
    call->onSucceeded(this, [this, projectId](const protocol::ProjectInfo &detail) {
        if (cache::MetadataCache *cache = m_store->cache()) {
            if (Status s = cache->saveProjectDetail(detail); !s.ok())
                qCWarning(lcSync, "saving a project: %s", qUtf8Printable(s.error().message));
        }
        for (protocol::ProjectInfo &p : m_projects) {
            if (p.project.id == projectId)
                p = detail;
        }
        emit detailChanged(projectId);
    });
    call->onFailed(
        this, [this, projectId](const api::ApiFailure &failure) { emit detailFailed(projectId, failure); });
}

void WorkspaceSync::syncNow()
{
    if (m_store->isOpen() && !m_selected.isEmpty() && !m_sync)
        startSync(m_selected);
}

void WorkspaceSync::cancelSync()
{
    if (!m_sync)
        return;
    m_sync->cancelled = true;
    if (api::isPending(m_sync->call)) {
        m_sync->call->cancel();
        finishSync(false);
    }
    // Otherwise a page is being applied: the run ends when it has been (onPageApplied).
}

void WorkspaceSync::startSync(const QString &projectId)
{
    cache::MetadataCache *cache = m_store->cache();
    if (m_sync || !cache || !m_session->readyForProjectWork())
        return;
    auto state = cache->workspaceState(projectId);
    if (!state.ok())
        return failSync(state.error().message);
    SyncRun run;
    run.projectId = projectId;
    run.since = state->partial() ? state->walkSince : state->revision;
    run.cursor = state->cursor;
    m_sync = run;
    emit syncStarted(projectId);
    requestPage();
}

void WorkspaceSync::requestPage()
{
    api::WorkspaceApi::Page page;
    page.since = m_sync->since;
    page.limit = m_options.pageSize;
    page.cursor = m_sync->cursor;
    // The page is decoded on the worker thread, with the cache's transaction.
    auto *call = api::WorkspaceApi(*m_session->api()).changesBody(m_sync->projectId, page);
    m_sync->call = call;
    const QString projectId = m_sync->projectId;
    const qint64 since = m_sync->since;
    call->onSucceeded(this, [this, projectId, since](const QByteArray &body) {
        if (!m_sync || m_sync->projectId != projectId || m_sync->cancelled)
            return;
        m_sync->call = nullptr;
        auto outcome = std::make_shared<PageOutcome>();
        const QDateTime now = m_clock.now();
        QMetaObject::invokeMethod(m_worker, [this, worker = m_worker, outcome, projectId, since, body, now] {
            worker->apply(*outcome, projectId, since, body, now);
            QMetaObject::invokeMethod(
                this, [this, outcome] { onPageApplied(outcome); }, Qt::QueuedConnection);
        });
    });
    call->onFailed(this, [this, projectId](const api::ApiFailure &failure) {
        if (!m_sync || m_sync->projectId != projectId || m_sync->cancelled)
            return;
        m_sync->call = nullptr;
        // A cursor the server no longer recognises (its index was rebuilt): start again.
        if (failure.httpStatus == 400 && !m_sync->cursor.isEmpty() && !m_sync->restarted) {
            cache::MetadataCache *cache = m_store->cache();
            if (cache && cache->clearWorkspace(projectId).ok()) {
                m_sync->restarted = true;
                m_sync->since = 0;
                m_sync->cursor.clear();
                requestPage();
                return;
            }
        }
        failSync(failure.message);
    });
}

void WorkspaceSync::onPageApplied(const std::shared_ptr<PageOutcome> &outcome)
{
    if (!m_sync)
        return;
    if (!outcome->ok)
        return failSync(outcome->error);
    if (outcome->restart && !m_sync->restarted) {
        m_sync->restarted = true;
        m_sync->since = 0;
        m_sync->cursor.clear();
        m_sync->changed = 1; // the cache was cleared: reload at the end
        return requestPage();
    }
    if (outcome->total >= 0)
        m_sync->total = outcome->total;
    m_sync->done += outcome->count;
    m_sync->changed += outcome->count;
    emit syncProgress(m_sync->projectId, m_sync->done, std::max(m_sync->total, m_sync->done));
    if (m_sync->cancelled)
        return finishSync(false);
    if (!outcome->nextCursor.isEmpty()) {
        m_sync->cursor = outcome->nextCursor;
        return requestPage();
    }
    finishSync(true);
}

void WorkspaceSync::readSelected(bool entries)
{
    if (entries) {
        auto read = m_store->cache()->workspaceEntries(m_selected);
        if (read.ok())
            m_entries = std::move(read).value();
    }
    auto state = m_store->cache()->workspaceState(m_selected);
    if (state.ok())
        m_freshness = WorkspaceFreshness{state->revision, state->syncedAt, state->partial()};
}

void WorkspaceSync::finishSync(bool complete)
{
    const SyncRun run = *m_sync;
    m_sync.reset();
    if (m_store->isOpen() && run.projectId == m_selected) {
        readSelected(run.changed > 0);
        if (run.changed > 0)
            emit workspaceChanged(m_selected);
    }
    emit syncFinished(run.projectId, complete);
}

void WorkspaceSync::failSync(const QString &message)
{
    const QString projectId = m_sync ? m_sync->projectId : m_selected;
    const bool changed = m_sync && m_sync->changed > 0;
    m_sync.reset();
    if (changed && m_store->isOpen() && projectId == m_selected) {
        // Pages applied before the failure are kept; show them, marked as partly updated.
        readSelected(true);
        emit workspaceChanged(m_selected);
    }
    emit syncFailed(projectId, message);
}

} // namespace srs::session
