#include "ProjectBrowser.h"

#include "Clock.h"
#include "Session.h"

#include "net/ApiCall.h"
#include "protocol/ApiError.h"
#include "protocol/Protocol.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace srs::session {

Q_LOGGING_CATEGORY(lcBrowser, "srs.browser")

namespace {

QString apiPath(const QString &route)
{
    return QLatin1StringView(protocol::ApiPrefix) + route;
}

QString projectPath(const QString &projectId)
{
    return apiPath(u"/projects/"_s + QString::fromLatin1(QUrl::toPercentEncoding(projectId)));
}

} // namespace

struct ProjectBrowser::PageOutcome
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

    void apply(ProjectBrowser::PageOutcome &out, const QString &projectId, qint64 since,
               const QByteArray &body, const QDateTime &now)
    {
        if (!m_cache) {
            out.error =
                QCoreApplication::translate("srs::session::ProjectBrowser", "The cache is not open: %1")
                    .arg(m_error);
            return;
        }
        auto page = protocol::WorkspaceChangesInfo::fromJson(body);
        if (!page.ok()) {
            out.error = QCoreApplication::translate("srs::session::ProjectBrowser",
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

ProjectBrowser::ProjectBrowser(Session *session, const Clock &clock, Options options, QObject *parent)
    : QObject(parent), m_session(session), m_clock(clock), m_options(std::move(options)),
      m_folder(m_options.cacheDirectory.isEmpty() ? cache::CacheFolder::defaultDirectory()
                                                  : m_options.cacheDirectory)
{
    m_worker = new WorkspaceSyncWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(u"workspace sync"_s);
    m_thread.start();

    const int removed = m_folder.removeUnused(m_options.retentionDays, m_clock.now());
    if (removed > 0)
        qCInfo(lcBrowser, "removed %d cache(s) not used for %d days", removed, m_options.retentionDays);

    connect(m_session, &Session::cacheKeyReady, this, &ProjectBrowser::openCache);
    connect(m_session, &Session::cacheKeyFailed, this, [this](const QString &message) {
        reportCacheFailure(Error{cache::cacheerr::Io, message});
        refreshProjects(); // still show what the server says
    });
    connect(m_session, &Session::declarationAccepted, this, [this] {
        if (!m_session->readyForProjectWork())
            return;
        if (m_cache)
            goOnline();
        else
            refreshProjects();
    });
    // The list of projects is asked for at once; the cache, and the workspaces, follow its key.
    connect(m_session, &Session::signedIn, this, &ProjectBrowser::refreshProjects);
    connect(m_session, &Session::unlocked, this, &ProjectBrowser::refreshProjects);
    connect(m_session, &Session::locked, this, [this] { close(false); });
    connect(m_session, &Session::signedOut, this, [this] { close(m_options.purgeOnSignOut); });

    m_poll.setInterval(std::max(1, m_options.pollSeconds) * 1000);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (m_cache && !m_selected.isEmpty() && !m_sync)
            startSync(m_selected);
    });
}

ProjectBrowser::~ProjectBrowser()
{
    m_thread.quit();
    m_thread.wait();
}

QString ProjectBrowser::cacheFile() const
{
    return m_identity ? m_folder.databasePath(*m_identity) : QString();
}

std::optional<protocol::ProjectInfo> ProjectBrowser::detail(const QString &projectId) const
{
    if (!m_cache)
        return std::nullopt;
    auto d = m_cache->projectDetail(projectId);
    if (!d.ok())
        return std::nullopt;
    return *d;
}

bool ProjectBrowser::isOpening() const
{
    return !m_cache && m_session->cacheKeyPending();
}

void ProjectBrowser::reportCacheFailure(const Error &error)
{
    qCWarning(lcBrowser, "cache: %s", qUtf8Printable(error.message));
    emit cacheProblem(tr("Project details cannot be kept on this computer: %1 Your projects are shown from "
                         "the server, but workspaces cannot be browsed until this is fixed; tell your IT "
                         "support.")
                          .arg(error.message));
}

void ProjectBrowser::openCache()
{
    const QString username = m_session->me().user.username;
    const cache::CacheIdentity identity{username, m_session->serverUrl()};
    if (m_cache && m_identity == identity)
        return;
    // Only a cache that is open is closed: a list (or a call for one) that came before the key
    // is kept, so the person does not see their projects vanish and come back.
    if (m_cache)
        close(false);
    m_identity = identity;
    auto result = cache::MetadataCache::open(m_folder, identity, m_session->cacheKey());
    if (!result.ok()) {
        reportCacheFailure(result.error());
        refreshProjects(); // still show what the server says
        return;
    }
    m_cache = std::move(result->cache);
    if (result->setAside)
        emit cacheProblem(result->setAside->message + u' ' +
                          tr("It was set aside and is being rebuilt from the server."));
    // The worker gets its own connection with its own copy of the key.
    auto key = std::make_shared<crypto::SecureBuffer>(m_session->cacheKey().clone());
    const QString path = m_folder.databasePath(identity);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, path, key] {
        worker->connectTo(path, key);
        key->clear();
    });

    if (m_serverList) {
        // The server answered before the key was ready: keep its list, and the cache too.
        if (Status s = m_cache->saveProjects(m_projects); !s.ok())
            qCWarning(lcBrowser, "saving projects: %s", qUtf8Printable(s.error().message));
        emit opened();
    } else {
        auto cached = m_cache->projects();
        m_projects = cached.ok() ? *cached : QList<protocol::ProjectInfo>();
        emit opened();
        emit projectsChanged();
    }
    if (!m_selected.isEmpty())
        loadSelected();
    if (m_session->readyForProjectWork())
        goOnline();
}

void ProjectBrowser::goOnline()
{
    if (!m_serverList)
        refreshProjects();
    if (!m_selected.isEmpty()) {
        fetchDetail(m_selected);
        startSync(m_selected);
    }
    m_poll.start();
}

std::vector<cache::CachedEntry> ProjectBrowser::entriesOf(const QString &projectId) const
{
    if (projectId == m_selected)
        return m_entries;
    if (!m_cache)
        return {};
    auto read = m_cache->workspaceEntries(projectId);
    return read.ok() ? std::move(read).value() : std::vector<cache::CachedEntry>();
}

namespace {
Error cacheClosed()
{
    return Error{
        cache::cacheerr::Io,
        QCoreApplication::translate("srs::session::ProjectBrowser",
                                    "Drafts cannot be kept yet: the encrypted copy of your project details "
                                    "on this computer is not open.")};
}
} // namespace

Status ProjectBrowser::saveDraft(const cache::Draft &draft)
{
    return m_cache ? m_cache->saveDraft(draft) : Status(cacheClosed());
}

Result<QList<cache::Draft>> ProjectBrowser::drafts() const
{
    if (!m_cache)
        return cacheClosed();
    return m_cache->drafts();
}

Status ProjectBrowser::removeDraft(const QString &id)
{
    return m_cache ? m_cache->removeDraft(id) : Status(cacheClosed());
}

Status ProjectBrowser::saveDocument(const cache::Document &document)
{
    if (!m_cache)
        return Error{cache::cacheerr::Io, tr("The cache is not open.")};
    return m_cache->saveDocument(document);
}

std::optional<cache::Document> ProjectBrowser::document(const QString &name) const
{
    if (!m_cache)
        return std::nullopt;
    auto found = m_cache->document(name);
    if (!found.ok()) {
        qCWarning(lcBrowser, "reading %s: %s", qUtf8Printable(name), qUtf8Printable(found.error().message));
        return std::nullopt;
    }
    return *found;
}

void ProjectBrowser::close(bool purge)
{
    if (m_cache)
        emit aboutToClose();
    m_poll.stop();
    if (m_sync) {
        m_sync->cancelled = true;
        if (m_sync->call)
            m_sync->call->cancel();
        m_sync.reset();
    }
    if (m_projectsCall)
        m_projectsCall->cancel();
    if (m_detailCall)
        m_detailCall->cancel();
    // The worker's connection closes before anything is removed.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    const bool hadAnything = m_cache || !m_projects.isEmpty() || !m_entries.empty();
    m_cache.reset();
    m_projects.clear();
    m_serverList = false;
    m_entries.clear();
    m_entries.shrink_to_fit();
    m_state = {};
    if (purge) {
        m_selected.clear();
        if (m_identity) {
            if (Status s = m_folder.purge(*m_identity); !s.ok())
                qCWarning(lcBrowser, "purging the cache: %s", qUtf8Printable(s.error().message));
        }
        m_identity.reset();
    }
    if (hadAnything || purge)
        emit cleared();
}

void ProjectBrowser::refreshProjects()
{
    if (m_projectsCall || !m_session->readyForProjectWork())
        return;
    auto *job = m_session->call("GET", apiPath(u"/projects"_s), {}, this);
    m_projectsCall = job;
    // A new refresh may start as soon as this one has answered.
    connect(job, &net::ApiCall::finished, this, [this, job] {
        if (m_projectsCall == job)
            m_projectsCall = nullptr;
    });
    connect(job, &net::ApiCall::succeeded, this, [this](const net::HttpResponse &response) {
        auto list = protocol::decodeProjectList(response.body);
        if (!list.ok()) {
            emit projectsFailed(net::NetFailure::make(net::NetError::BadResponse, {}, list.error().message));
            return;
        }
        m_projects = *list;
        m_serverList = true;
        if (m_cache) {
            if (Status s = m_cache->saveProjects(m_projects); !s.ok())
                qCWarning(lcBrowser, "saving projects: %s", qUtf8Printable(s.error().message));
        }
        emit projectsChanged();
        if (!m_selected.isEmpty())
            fetchDetail(m_selected);
    });
    connect(job, &net::ApiCall::failed, this, &ProjectBrowser::projectsFailed);
    connect(job, &net::ApiCall::finished, job, &QObject::deleteLater);
    job->start();
}

void ProjectBrowser::selectProject(const QString &projectId)
{
    if (projectId == m_selected)
        return;
    if (m_sync && m_sync->projectId != projectId)
        cancelSync();
    m_selected = projectId;
    loadSelected();
    if (m_cache && !projectId.isEmpty() && m_session->readyForProjectWork()) {
        fetchDetail(projectId);
        startSync(projectId);
    }
}

void ProjectBrowser::loadSelected()
{
    m_entries.clear();
    m_state = {};
    if (m_cache && !m_selected.isEmpty())
        readSelected(true);
    emit detailChanged(m_selected);
    emit workspaceChanged(m_selected);
}

void ProjectBrowser::fetchDetail(const QString &projectId)
{
    if (m_detailCall)
        m_detailCall->cancel();
    auto *job = m_session->call("GET", projectPath(projectId), {}, this);
    m_detailCall = job;
    connect(job, &net::ApiCall::succeeded, this, [this, projectId](const net::HttpResponse &response) {
        auto detail = protocol::ProjectInfo::fromJson(response.body);
        if (!detail.ok()) {
            emit detailFailed(projectId,
                              net::NetFailure::make(net::NetError::BadResponse, {}, detail.error().message));
            return;
        }
        if (m_cache) {
            if (Status s = m_cache->saveProjectDetail(*detail); !s.ok())
                qCWarning(lcBrowser, "saving a project: %s", qUtf8Printable(s.error().message));
        }
        for (protocol::ProjectInfo &p : m_projects) {
            if (p.project.id == projectId)
                p = *detail;
        }
        emit detailChanged(projectId);
    });
    connect(job, &net::ApiCall::failed, this,
            [this, projectId](const net::NetFailure &failure) { emit detailFailed(projectId, failure); });
    connect(job, &net::ApiCall::finished, job, &QObject::deleteLater);
    job->start();
}

void ProjectBrowser::syncNow()
{
    if (m_cache && !m_selected.isEmpty() && !m_sync)
        startSync(m_selected);
}

void ProjectBrowser::cancelSync()
{
    if (!m_sync)
        return;
    m_sync->cancelled = true;
    if (m_sync->call) {
        m_sync->call->cancel();
        finishSync(false);
    }
    // Otherwise a page is being applied: the run ends when it has been (onPageApplied).
}

void ProjectBrowser::startSync(const QString &projectId)
{
    if (m_sync || !m_cache || !m_session->readyForProjectWork())
        return;
    auto state = m_cache->workspaceState(projectId);
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

void ProjectBrowser::requestPage()
{
    QUrlQuery query;
    query.addQueryItem(u"since"_s, QString::number(m_sync->since));
    query.addQueryItem(u"limit"_s, QString::number(m_options.pageSize));
    if (!m_sync->cursor.isEmpty())
        query.addQueryItem(u"cursor"_s, QString::fromLatin1(QUrl::toPercentEncoding(m_sync->cursor)));
    auto *job = m_session->call(
        "GET", projectPath(m_sync->projectId) + u"/workspace?"_s + query.toString(QUrl::FullyEncoded), {},
        this);
    m_sync->call = job;
    const QString projectId = m_sync->projectId;
    const qint64 since = m_sync->since;
    connect(job, &net::ApiCall::succeeded, this, [this, projectId, since](const net::HttpResponse &response) {
        if (!m_sync || m_sync->projectId != projectId || m_sync->cancelled)
            return;
        m_sync->call = nullptr;
        auto outcome = std::make_shared<PageOutcome>();
        const QDateTime now = m_clock.now();
        QMetaObject::invokeMethod(
            m_worker, [this, worker = m_worker, outcome, projectId, since, body = response.body, now] {
                worker->apply(*outcome, projectId, since, body, now);
                QMetaObject::invokeMethod(
                    this, [this, outcome] { onPageApplied(outcome); }, Qt::QueuedConnection);
            });
    });
    connect(job, &net::ApiCall::failed, this, [this, projectId](const net::NetFailure &failure) {
        if (!m_sync || m_sync->projectId != projectId || m_sync->cancelled)
            return;
        m_sync->call = nullptr;
        // A cursor the server no longer recognises (its index was rebuilt): start again.
        if (failure.httpStatus == 400 && !m_sync->cursor.isEmpty() && !m_sync->restarted) {
            if (m_cache && m_cache->clearWorkspace(projectId).ok()) {
                m_sync->restarted = true;
                m_sync->since = 0;
                m_sync->cursor.clear();
                requestPage();
                return;
            }
        }
        failSync(failure.message);
    });
    connect(job, &net::ApiCall::finished, job, &QObject::deleteLater);
    job->start();
}

void ProjectBrowser::onPageApplied(const std::shared_ptr<PageOutcome> &outcome)
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

void ProjectBrowser::readSelected(bool entries)
{
    if (entries) {
        auto read = m_cache->workspaceEntries(m_selected);
        if (read.ok())
            m_entries = std::move(read).value();
    }
    auto state = m_cache->workspaceState(m_selected);
    if (state.ok())
        m_state = *state;
}

void ProjectBrowser::finishSync(bool complete)
{
    const SyncRun run = *m_sync;
    m_sync.reset();
    if (m_cache && run.projectId == m_selected) {
        readSelected(run.changed > 0);
        if (run.changed > 0)
            emit workspaceChanged(m_selected);
    }
    emit syncFinished(run.projectId, complete);
}

void ProjectBrowser::failSync(const QString &message)
{
    const QString projectId = m_sync ? m_sync->projectId : m_selected;
    const bool changed = m_sync && m_sync->changed > 0;
    m_sync.reset();
    if (changed && m_cache && projectId == m_selected) {
        // Pages applied before the failure are kept; show them, marked as partly updated.
        readSelected(true);
        emit workspaceChanged(m_selected);
    }
    emit syncFailed(projectId, message);
}

} // namespace srs::session
