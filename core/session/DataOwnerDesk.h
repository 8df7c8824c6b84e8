#pragma once

#include "api/ApiFailure.h"
#include "api/CallGroup.h"
#include "protocol/OwnerMessages.h"

#include <QObject>

namespace srs::session {

class Session;

// A data owner's approver's side of the service desk: the requests of projects to use the
// organisation's datasets (each with what is needed to decide), an answer to one (approve, with an
// optional note, or refuse with a reason), the projects using the data, and withdrawing an
// approval with a reason. The server decides who may see and answer what; this class only asks
// and keeps the answers, wiped on lock and sign-out.
class DataOwnerDesk : public QObject
{
    Q_OBJECT
public:
    explicit DataOwnerDesk(Session *session, QObject *parent = nullptr);
    ~DataOwnerDesk() override;

    // Asks again for both lists, or for one.
    void refresh();
    void refreshRequests();
    void refreshProjects();
    [[nodiscard]] const QList<protocol::OwnerRequestInfo> &requests() const { return m_requests; }
    [[nodiscard]] const QList<protocol::OwnerProjectInfo> &projects() const { return m_projects; }

    // Answers a request (decided, or actionFailed with the reason in words).
    void decide(const QString &approvalId, bool approve, const QString &reason);
    // Withdraws an approval in force (withdrawn, or actionFailed).
    void withdraw(const QString &projectId, const QString &datasetId, const QString &reason);

    // Whether the caller may still answer the request (pending and not answered by them); the
    // server decides, this only greys out.
    [[nodiscard]] static bool canAnswer(const protocol::OwnerRequestInfo &request);

signals:
    void requestsChanged();
    void projectsChanged();
    // A list could not be read: why, in words.
    void listFailed(const QString &message);
    void decided(const protocol::OwnerRequestInfo &request);
    void withdrawn(const protocol::OwnerProjectInfo &project);
    void actionFailed(const QString &message);

private:
    void wipe();

    Session *m_session;
    QList<protocol::OwnerRequestInfo> m_requests;
    QList<protocol::OwnerProjectInfo> m_projects;
    api::CallGroup m_requestCalls;
    api::CallGroup m_projectCalls;
    api::CallGroup m_calls;
};

} // namespace srs::session
