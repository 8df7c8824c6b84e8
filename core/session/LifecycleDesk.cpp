#include "LifecycleDesk.h"

#include "Clock.h"
#include "RefusalTexts.h"
#include "Session.h"
#include "WorkspaceSync.h"

#include "api/Client.h"
#include "api/LifecycleApi.h"

#include <algorithm>
#include <memory>

namespace srs::session {

LifecycleDesk::LifecycleDesk(Session *session, WorkspaceSync *projects, const Clock &clock, QObject *parent)
    : QObject(parent), m_session(session), m_projects(projects), m_clock(clock)
{
    connect(m_session, &Session::locked, this, &LifecycleDesk::clear);
    connect(m_session, &Session::signedOut, this, &LifecycleDesk::clear);
}

LifecycleDesk::~LifecycleDesk() = default;

QDate LifecycleDesk::today() const
{
    return m_clock.now().toLocalTime().date();
}

QList<protocol::ProjectInfo> LifecycleDesk::memberProjects() const
{
    QList<protocol::ProjectInfo> out;
    for (const protocol::ProjectInfo &p : m_projects->projects()) {
        if (p.myRole)
            out.append(p);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const protocol::ProjectInfo &a, const protocol::ProjectInfo &b) {
                         const bool aDone = a.project.status == domain::ProjectStatus::Completed;
                         const bool bDone = b.project.status == domain::ProjectStatus::Completed;
                         if (aDone != bDone)
                             return bDone;
                         if (a.project.effectiveEndDate() != b.project.effectiveEndDate())
                             return a.project.effectiveEndDate() < b.project.effectiveEndDate();
                         return a.project.id < b.project.id;
                     });
    return out;
}

void LifecycleDesk::clear()
{
    m_deskCalls.cancelAll();
    m_actions.cancelAll();
    m_reads.cancelAll();
    m_pending.clear();
    m_deskProjects.clear();
    m_deskLoaded = false;
    emit cleared();
}

template <class Call>
void LifecycleDesk::failOn(Call *call)
{
    call->onFailed(this, [this](const api::ApiFailure &failure) {
        if (!failure.isCancelled())
            emit actionFailed(refusalMessage(failure), failure.field);
    });
    call->onFinished(this, [this] { emit busyChanged(); });
    emit busyChanged();
}

void LifecycleDesk::refreshProjects()
{
    m_projects->refreshProjects();
}

void LifecycleDesk::refreshDesk()
{
    if (m_session->state() != Session::State::Active)
        return;
    m_deskCalls.cancelAll();
    api::LifecycleApi api(*m_session->api());
    auto failed = std::make_shared<QString>();
    auto *requests = m_deskCalls.add(api.pendingExtensions());
    requests->onSucceeded(this,
                          [this](const QList<protocol::ExtensionRequestInfo> &list) { m_pending = list; });
    auto *projects = m_deskCalls.add(api.deskProjects());
    projects->onSucceeded(this,
                          [this](const QList<protocol::DeskProjectInfo> &list) { m_deskProjects = list; });
    auto onFailed = [this, failed](const api::ApiFailure &failure) {
        if (!failure.isCancelled() && failed->isEmpty())
            *failed = refusalMessage(failure);
    };
    requests->onFailed(this, onFailed);
    projects->onFailed(this, onFailed);
    auto onFinished = [this, failed] {
        if (!m_deskCalls.isEmpty())
            return;
        m_deskLoaded = true;
        if (!failed->isEmpty())
            emit deskFailed(*failed);
        emit deskChanged();
    };
    requests->onFinished(this, onFinished);
    projects->onFinished(this, onFinished);
}

void LifecycleDesk::loadExtensions(const QString &projectId)
{
    if (m_session->state() != Session::State::Active)
        return;
    auto *call = m_reads.add(api::LifecycleApi(*m_session->api()).extensions(projectId));
    call->onSucceeded(this, [this, projectId](const QList<protocol::ExtensionRequestInfo> &list) {
        emit extensionsLoaded(projectId, list);
    });
    call->onFailed(this, [this](const api::ApiFailure &failure) {
        if (!failure.isCancelled())
            emit actionFailed(refusalMessage(failure), failure.field);
    });
}

void LifecycleDesk::askExtension(const QString &projectId, QDate newEndDate, const QString &reason)
{
    if (m_session->state() != Session::State::Active)
        return;
    auto *call =
        m_actions.add(api::LifecycleApi(*m_session->api())
                          .askExtension(projectId, protocol::ExtensionAskRequest{newEndDate, reason}));
    call->onSucceeded(this, [this](const protocol::ExtensionRequestInfo &request) {
        emit extensionAsked(request);
        refreshProjects();
    });
    failOn(call);
}

void LifecycleDesk::reportCompletion(const QString &projectId, const QList<domain::Publication> &publications)
{
    if (m_session->state() != Session::State::Active)
        return;
    auto *call = m_actions.add(
        api::LifecycleApi(*m_session->api()).complete(projectId, protocol::CompletionRequest{publications}));
    call->onSucceeded(this, [this](const protocol::DeskProjectInfo &project) {
        emit completionReported(project);
        refreshProjects();
    });
    failOn(call);
}

void LifecycleDesk::decide(const QString &requestId, bool approve, const QString &reason)
{
    if (m_session->state() != Session::State::Active)
        return;
    auto *call = m_actions.add(api::LifecycleApi(*m_session->api())
                                   .decide(requestId, protocol::ExtensionDecisionRequest{approve, reason}));
    call->onSucceeded(this, [this](const protocol::ExtensionRequestInfo &request) {
        emit extensionDecided(request);
        refreshDesk();
    });
    failOn(call);
}

void LifecycleDesk::suspend(const QString &projectId, const QString &reason)
{
    if (m_session->state() != Session::State::Active)
        return;
    auto *call = m_actions.add(api::LifecycleApi(*m_session->api()).suspend(projectId, reason));
    call->onSucceeded(this, [this](const protocol::DeskProjectInfo &project) {
        emit projectStatusChanged(project);
        refreshDesk();
    });
    failOn(call);
}

void LifecycleDesk::reopen(const QString &projectId, const QString &reason)
{
    if (m_session->state() != Session::State::Active)
        return;
    auto *call = m_actions.add(api::LifecycleApi(*m_session->api()).reopen(projectId, reason));
    call->onSucceeded(this, [this](const protocol::DeskProjectInfo &project) {
        emit projectStatusChanged(project);
        refreshDesk();
    });
    failOn(call);
}

} // namespace srs::session
