#pragma once

#include "ClientConfig.h"

#include <QObject>

#include <memory>

namespace srs::api {
class Client;
}
namespace srs::net {
class Transport;
}

namespace srs::session {

class ClientStore;
class Clock;
class ConnectionMonitor;
class EnvironmentCheck;
class IngestJournal;
class IngestRequests;
class IngestReviews;
class IngestUploads;
class LifecycleDesk;
class NetworkBackend;
class Notifications;
class SubmissionNotices;
class SubmissionWizard;
class Session;
class Releases;
class ReviewDesk;
class Submissions;
class WorkspaceSync;

// Everything the client runs on, built from the managed configuration and wired together:
// the transport, the connection monitor, the environment check and the session. When the
// environment check fails while someone is signed in, the session locks at once.
class Workstation : public QObject
{
    Q_OBJECT
public:
    // The real thing: curl transport, the platform's network back-end, the system clock.
    explicit Workstation(const ClientConfig &config, QObject *parent = nullptr);
    // For tests: the workstation takes ownership of the transport and the backend.
    Workstation(const ClientConfig &config, net::Transport *transport,
                std::unique_ptr<NetworkBackend> backend, const Clock &clock, QObject *parent = nullptr);
    ~Workstation() override;

    // Runs the environment check and the connection check.
    void start();

    [[nodiscard]] const ClientConfig &config() const { return m_config; }
    [[nodiscard]] ConnectionMonitor *connection() const { return m_connection.get(); }
    [[nodiscard]] EnvironmentCheck *environment() const { return m_environment.get(); }
    // The server's API, signed with the session's token.
    [[nodiscard]] api::Client *api() const { return m_api.get(); }
    [[nodiscard]] Session *session() const { return m_session.get(); }
    // The encrypted cache and what is kept in it (drafts, documents).
    [[nodiscard]] ClientStore *store() const { return m_store.get(); }
    // Projects, their details and workspaces, from the cache and the server.
    [[nodiscard]] WorkspaceSync *workspaceSync() const { return m_workspaceSync.get(); }
    [[nodiscard]] SubmissionWizard *wizard() const { return m_wizard.get(); }
    [[nodiscard]] Submissions *submissions() const { return m_submissions.get(); }
    // The person's requests that came back and have not been opened since.
    [[nodiscard]] SubmissionNotices *submissionNotices() const { return m_notices.get(); }
    [[nodiscard]] ReviewDesk *reviewDesk() const { return m_reviewDesk.get(); }
    // Files brought into projects: the person's requests, and the uploads from this computer
    // (journalled in the encrypted cache).
    [[nodiscard]] IngestRequests *ingestRequests() const { return m_ingestRequests.get(); }
    [[nodiscard]] IngestUploads *ingestUploads() const { return m_ingestUploads.get(); }
    // The checkers' review of files coming in.
    [[nodiscard]] IngestReviews *ingestReviews() const { return m_ingestReviews.get(); }
    [[nodiscard]] Releases *releases() const { return m_releases.get(); }
    [[nodiscard]] Notifications *notifications() const { return m_notifications.get(); }
    [[nodiscard]] LifecycleDesk *lifecycle() const { return m_lifecycle.get(); }
    [[nodiscard]] const Clock &clock() const { return m_clock; }

private:
    void onEnvironmentChanged();

    // Destroyed in reverse order: the session (which ends its server session through the
    // transport, a child of this object) goes first.
    ClientConfig m_config;
    const Clock &m_clock;
    std::unique_ptr<NetworkBackend> m_backend;
    std::unique_ptr<ConnectionMonitor> m_connection;
    std::unique_ptr<EnvironmentCheck> m_environment;
    std::unique_ptr<api::Client> m_api; // outlives everything that calls it
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ClientStore> m_store;           // closes the cache before the session goes
    std::unique_ptr<WorkspaceSync> m_workspaceSync; // made right after the store: hears it first
    std::unique_ptr<Submissions> m_submissions;
    std::unique_ptr<SubmissionNotices> m_notices;
    std::unique_ptr<ReviewDesk> m_reviewDesk;
    std::unique_ptr<Releases> m_releases;
    std::unique_ptr<LifecycleDesk> m_lifecycle;
    std::unique_ptr<IngestRequests> m_ingestRequests;
    std::unique_ptr<IngestReviews> m_ingestReviews;
    std::unique_ptr<Notifications> m_notifications;
    std::unique_ptr<IngestJournal> m_ingestJournal; // in the store's cache
    std::unique_ptr<IngestUploads> m_ingestUploads; // stops before its journal and the store go
    std::unique_ptr<SubmissionWizard> m_wizard;     // saves its draft before the store goes
};

} // namespace srs::session
