#include "DataOwnerDesk.h"

#include "RefusalTexts.h"
#include "Session.h"
#include "api/DataOwnersApi.h"

namespace srs::session {

DataOwnerDesk::DataOwnerDesk(Session *session, QObject *parent) : QObject(parent), m_session(session)
{
    connect(m_session, &Session::locked, this, [this] { wipe(); });
    connect(m_session, &Session::signedOut, this, [this] { wipe(); });
}

DataOwnerDesk::~DataOwnerDesk()
{
    m_requestCalls.cancelAll();
    m_projectCalls.cancelAll();
    m_calls.cancelAll();
}

void DataOwnerDesk::wipe()
{
    m_requestCalls.cancelAll();
    m_projectCalls.cancelAll();
    m_calls.cancelAll();
    m_requests.clear();
    m_projects.clear();
    emit requestsChanged();
    emit projectsChanged();
}

bool DataOwnerDesk::canAnswer(const protocol::OwnerRequestInfo &request)
{
    return request.state == domain::ApprovalState::Pending && !request.answeredByMe;
}

void DataOwnerDesk::refresh()
{
    refreshRequests();
    refreshProjects();
}

void DataOwnerDesk::refreshRequests()
{
    if (m_session->state() != Session::State::Active || !m_requestCalls.isEmpty())
        return;
    auto *call = m_requestCalls.add(api::DataOwnersApi(*m_session->api()).requests());
    call->onSucceeded(this, [this](const QList<protocol::OwnerRequestInfo> &list) {
        m_requests = list;
        emit requestsChanged();
    });
    call->onFailed(this,
                   [this](const api::ApiFailure &failure) { emit listFailed(refusalMessage(failure)); });
}

void DataOwnerDesk::refreshProjects()
{
    if (m_session->state() != Session::State::Active || !m_projectCalls.isEmpty())
        return;
    auto *call = m_projectCalls.add(api::DataOwnersApi(*m_session->api()).projects());
    call->onSucceeded(this, [this](const QList<protocol::OwnerProjectInfo> &list) {
        m_projects = list;
        emit projectsChanged();
    });
    call->onFailed(this,
                   [this](const api::ApiFailure &failure) { emit listFailed(refusalMessage(failure)); });
}

void DataOwnerDesk::decide(const QString &approvalId, bool approve, const QString &reason)
{
    if (m_session->state() != Session::State::Active)
        return;
    protocol::OwnerDecisionRequest request;
    request.approve = approve;
    request.reason = reason.trimmed();
    auto *call = m_calls.add(api::DataOwnersApi(*m_session->api()).decide(approvalId, request));
    call->onSucceeded(this, [this](const protocol::OwnerRequestInfo &answered) {
        for (protocol::OwnerRequestInfo &r : m_requests) {
            if (r.id == answered.id)
                r = answered;
        }
        emit requestsChanged();
        emit decided(answered);
        refreshRequests();
    });
    call->onFailed(this,
                   [this](const api::ApiFailure &failure) { emit actionFailed(refusalMessage(failure)); });
}

void DataOwnerDesk::withdraw(const QString &projectId, const QString &datasetId, const QString &reason)
{
    if (m_session->state() != Session::State::Active)
        return;
    protocol::OwnerWithdrawalRequest request;
    request.reason = reason.trimmed();
    auto *call = m_calls.add(api::DataOwnersApi(*m_session->api()).withdraw(projectId, datasetId, request));
    call->onSucceeded(this, [this](const protocol::OwnerProjectInfo &ended) {
        for (protocol::OwnerProjectInfo &p : m_projects) {
            if (p.approvalId == ended.approvalId)
                p = ended;
        }
        emit projectsChanged();
        emit withdrawn(ended);
        refreshProjects();
    });
    call->onFailed(this,
                   [this](const api::ApiFailure &failure) { emit actionFailed(refusalMessage(failure)); });
}

} // namespace srs::session
