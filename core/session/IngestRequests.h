#pragma once

#include "RefreshSchedule.h"
#include "api/ApiFailure.h"
#include "api/CallGroup.h"
#include "protocol/IngestMessages.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace srs::session {

class ClientStore;
class Clock;
class Session;
class WorkspaceSync;

// The person's requests to bring files into their projects ("Files brought in"): the ingest
// requests of every project they may open now (GET /projects/{id}/ingests for each), kept up to
// date while the session is active (asked when the projects are listed, on refresh() and every
// refresh interval, 60 s by default, measured with the session's Clock), and told when one of the
// person's own requests changes state (changed()).
//
// What state each of the person's requests was last seen in is kept in the encrypted cache
// (ClientStore, the document "ingest-seen"), so that a decision made while they were away is
// told at their next sign-in on this computer; without a record (a new cache) the requests as
// first listed are taken as seen. Locking or signing out clears the list (cleared()).
class IngestRequests : public QObject
{
    Q_OBJECT
public:
    IngestRequests(Session *session, WorkspaceSync *projects, ClientStore *store, const Clock &clock,
                   QObject *parent = nullptr);
    ~IngestRequests() override;

    // Every request of the openable projects, most recently changed first.
    [[nodiscard]] const QList<protocol::IngestInfo> &list() const { return m_list; }
    [[nodiscard]] std::optional<protocol::IngestInfo> request(const QString &ingestId) const;
    [[nodiscard]] bool isLoading() const { return !m_calls.isEmpty(); }
    [[nodiscard]] bool hasLoaded() const { return m_loaded; }
    // The projects whose list could not be fetched last time, with why.
    [[nodiscard]] const QHash<QString, QString> &problems() const { return m_problems; }
    [[nodiscard]] QString projectTitle(const QString &projectId) const;
    // Whether the signed-in person made the request.
    [[nodiscard]] bool isMine(const protocol::IngestInfo &info) const;

    void refresh();
    void refreshIfDue() { m_schedule.runIfDue(); }
    void setRefreshInterval(int seconds) { m_schedule.setIntervalSeconds(seconds); }
    // Cancels a request of the person's on the server (one not being sent from here).
    void cancel(const QString &ingestId);
    // The server's answer about one request (an upload started or finished here).
    void take(const protocol::IngestInfo &info);

signals:
    void listChanged();
    // One of the person's own requests moved from `was` to the state it is in now.
    void changed(const srs::protocol::IngestInfo &info, const QString &was);
    void cleared();
    void cancelFailed(const QString &ingestId, const QString &message);

private:
    void rebuildList();
    void noticeChanges();
    void loadSeen();
    void saveSeen();
    void clear(bool forget);

    Session *m_session;
    WorkspaceSync *m_projects;
    ClientStore *m_store;
    const Clock &m_clock;
    RefreshSchedule m_schedule;
    bool m_loaded = false;
    bool m_seenLoaded = false;
    QHash<QString, QList<protocol::IngestInfo>> m_byProject;
    QHash<QString, QString> m_problems;
    QList<protocol::IngestInfo> m_list;
    QHash<QString, QString> m_seen; // the person's requests: id -> the state last seen
    api::CallGroup m_calls;         // the lists of the last refresh
    api::CallGroup m_otherCalls;    // cancellations
};

} // namespace srs::session
