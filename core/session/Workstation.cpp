#include "Workstation.h"

#include "ClientStore.h"
#include "Clock.h"
#include "ConnectionMonitor.h"
#include "EnvironmentCheck.h"
#include "IngestJournal.h"
#include "IngestRequests.h"
#include "IngestReviews.h"
#include "IngestUploads.h"
#include "LifecycleDesk.h"
#include "NetworkBackend.h"
#include "Notifications.h"
#include "Releases.h"
#include "ReviewDesk.h"
#include "Session.h"
#include "SubmissionNotices.h"
#include "SubmissionWizard.h"
#include "Submissions.h"
#include "WorkspaceSync.h"

#include "api/Client.h"
#include "cache/CacheFolder.h"
#include "net/CurlTransport.h"

namespace srs::session {

Workstation::Workstation(const ClientConfig &config, QObject *parent)
    : Workstation(config, new net::CurlTransport(config.tls), NetworkBackend::createPlatformBackend(),
                  Clock::system(), parent)
{}

Workstation::Workstation(const ClientConfig &config, net::Transport *transport,
                         std::unique_ptr<NetworkBackend> backend, const Clock &clock, QObject *parent)
    : QObject(parent), m_config(config), m_clock(clock), m_backend(std::move(backend))
{
    transport->setParent(this);
    m_connection = std::make_unique<ConnectionMonitor>(transport, config.serverUrl, config.setting);
    m_environment =
        std::make_unique<EnvironmentCheck>(EnvironmentCheck::Settings::from(config), m_backend.get(), clock);
    m_api = std::make_unique<api::Client>(transport, config.serverUrl);
    m_session = std::make_unique<Session>(m_api.get(), config.idleLockMinutes, clock);
    const QString cacheDirectory =
        config.cacheDirectory.isEmpty() ? cache::CacheFolder::defaultDirectory() : config.cacheDirectory;
    m_session->setCacheKeyDeriver([cacheDirectory, server = config.serverUrl,
                                   ms = config.cacheKeyMilliseconds](const QString &username,
                                                                     const crypto::SecureBuffer &password,
                                                                     const crypto::SecureBuffer &share) {
        return cache::cacheKeyFor(cache::CacheFolder(cacheDirectory), {username, server}, password, share,
                                  ms);
    });
    ClientStore::Options storing;
    storing.cacheDirectory = cacheDirectory;
    storing.purgeOnSignOut = config.purgeCacheOnSignOut;
    storing.retentionDays = config.cacheRetentionDays;
    m_store = std::make_unique<ClientStore>(m_session.get(), clock, storing);
    // Before anything else listens to the store: the projects and the selected workspace are
    // read from the cache as it opens, before the controllers hear of it.
    m_workspaceSync =
        std::make_unique<WorkspaceSync>(m_session.get(), m_store.get(), clock, WorkspaceSync::Options{});
    m_wizard =
        std::make_unique<SubmissionWizard>(m_session.get(), m_store.get(), m_workspaceSync.get(), clock);
    m_submissions = std::make_unique<Submissions>(m_session.get(), m_workspaceSync.get(), clock);
    connect(m_wizard.get(), &SubmissionWizard::submitted, m_submissions.get(), &Submissions::take);
    m_notices =
        std::make_unique<SubmissionNotices>(m_session.get(), m_store.get(), m_submissions.get(), clock);
    m_reviewDesk = std::make_unique<ReviewDesk>(m_session.get(), m_store.get(), clock);
    m_ingestRequests =
        std::make_unique<IngestRequests>(m_session.get(), m_workspaceSync.get(), m_store.get(), clock);
    m_ingestReviews = std::make_unique<IngestReviews>(m_session.get());
    m_notifications = std::make_unique<Notifications>(m_session.get(), m_clock);
    m_ingestJournal = std::make_unique<CacheIngestJournal>(*m_store);
    m_ingestUploads = std::make_unique<IngestUploads>(*m_api, *m_ingestJournal);
    // The server's word on a request sent from here is listed at once.
    connect(m_ingestUploads.get(), &IngestUploads::started, m_ingestRequests.get(),
            [this] { m_ingestRequests->refresh(); });
    connect(m_ingestUploads.get(), &IngestUploads::finished, m_ingestRequests.get(),
            [this] { m_ingestRequests->refresh(); });
    m_releases = std::make_unique<Releases>(m_session.get());
    m_lifecycle = std::make_unique<LifecycleDesk>(m_session.get(), m_workspaceSync.get(), clock);
    // Another person may sign in next: nothing of this one's uploads goes on (their journal
    // stays in their cache, offered at their next sign-in).
    connect(m_session.get(), &Session::signedOut, m_ingestUploads.get(), &IngestUploads::stopAll);
    connect(m_environment.get(), &EnvironmentCheck::statusChanged, this, &Workstation::onEnvironmentChanged);
}

Workstation::~Workstation() = default;

void Workstation::start()
{
    m_environment->start();
    m_connection->connectToServer();
}

void Workstation::onEnvironmentChanged()
{
    const EnvironmentStatus &status = m_environment->status();
    if (status.ok()) {
        // The setting is safe again: check the server can be reached before signing in.
        if (!m_session->isSignedIn() && m_connection->state() == ConnectionMonitor::State::Failed)
            m_connection->connectToServer();
        return;
    }
    if (m_session->state() == Session::State::Active)
        m_session->lock(Session::LockReason::Environment, status.problems.constFirst().message);
}

} // namespace srs::session
