#pragma once

#include "api/ApiFailure.h"
#include "api/CallGroup.h"
#include "protocol/LifecycleMessages.h"
#include "protocol/Messages.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

namespace srs::session {

class Clock;
class Session;
class WorkspaceSync;

// A project's lifecycle as the person signed in works on it (the service desk's project panels).
//
// For the members of projects: their projects with the end date, the end-date warning the server
// says each is within, the open extension request and, once completed, the publications (all part
// of the project list WorkspaceSync keeps); the lead asks for an extension and reports completion
// here, and the project list is asked for again after each.
//
// For administrators: the extension requests waiting for a decision and every project with its
// status (refreshDesk()), deciding a request, suspending and reopening a project; both lists are
// asked for again after each.
//
// Every refusal reaches actionFailed() with the server's reason in the client's language and the
// field to fix, if one is to blame. Locking or signing out forgets the lists (cleared()).
class LifecycleDesk : public QObject
{
    Q_OBJECT
public:
    LifecycleDesk(Session *session, WorkspaceSync *projects, const Clock &clock, QObject *parent = nullptr);
    ~LifecycleDesk() override;

    // Today by the session's clock (for "in N days").
    [[nodiscard]] QDate today() const;
    // The projects the person is a member of, ending soonest first (completed ones last).
    [[nodiscard]] QList<protocol::ProjectInfo> memberProjects() const;
    [[nodiscard]] WorkspaceSync *projectList() const { return m_projects; }

    [[nodiscard]] const QList<protocol::ExtensionRequestInfo> &pendingExtensions() const { return m_pending; }
    [[nodiscard]] const QList<protocol::DeskProjectInfo> &deskProjects() const { return m_deskProjects; }
    [[nodiscard]] bool isDeskLoading() const { return !m_deskCalls.isEmpty(); }
    [[nodiscard]] bool hasDeskLoaded() const { return m_deskLoaded; }
    [[nodiscard]] bool isBusy() const { return !m_actions.isEmpty(); }

    void refreshProjects();
    void refreshDesk();
    void loadExtensions(const QString &projectId);

    void askExtension(const QString &projectId, QDate newEndDate, const QString &reason);
    void reportCompletion(const QString &projectId, const QList<domain::Publication> &publications);
    void decide(const QString &requestId, bool approve, const QString &reason);
    void suspend(const QString &projectId, const QString &reason);
    void reopen(const QString &projectId, const QString &reason);

signals:
    void deskChanged();
    void deskFailed(const QString &message);
    void extensionsLoaded(const QString &projectId,
                          const QList<srs::protocol::ExtensionRequestInfo> &requests);
    void extensionAsked(const srs::protocol::ExtensionRequestInfo &request);
    void completionReported(const srs::protocol::DeskProjectInfo &project);
    void extensionDecided(const srs::protocol::ExtensionRequestInfo &request);
    void projectStatusChanged(const srs::protocol::DeskProjectInfo &project);
    void actionFailed(const QString &message, const QString &field);
    void busyChanged();
    void cleared();

private:
    void clear();
    template <class Call>
    void failOn(Call *call);

    Session *m_session;
    WorkspaceSync *m_projects;
    const Clock &m_clock;
    bool m_deskLoaded = false;
    QList<protocol::ExtensionRequestInfo> m_pending;
    QList<protocol::DeskProjectInfo> m_deskProjects;
    api::CallGroup m_deskCalls;
    api::CallGroup m_actions;
    api::CallGroup m_reads;
};

} // namespace srs::session
