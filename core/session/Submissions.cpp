#include "Submissions.h"

#include "Clock.h"
#include "Session.h"
#include "WorkspaceSync.h"

#include "RefusalTexts.h"
#include "api/Client.h"
#include "api/SubmissionsApi.h"

#include <QLoggingCategory>
#include <QMetaMethod>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace srs::session {

Q_LOGGING_CATEGORY(lcSubmissions, "srs.submissions")

Submissions::Submissions(Session *session, WorkspaceSync *projects, const Clock &clock, QObject *parent)
    : QObject(parent), m_session(session), m_projects(projects), m_clock(clock),
      m_workingDays(domain::WorkingDays::englandAndWales()),
      m_schedule(
          session, clock, this, [this] { refresh(); }, [this] { return isLoading(); })
{
    connect(m_projects, &WorkspaceSync::projectsChanged, this, &Submissions::onProjectsChanged);
    connect(m_session, &Session::signedIn, this, &Submissions::startWanting);
    connect(m_session, &Session::unlocked, this, &Submissions::startWanting);
    connect(m_session, &Session::locked, this, [this] { clear(false); });
    connect(m_session, &Session::signedOut, this, [this] { clear(true); });
}

Submissions::~Submissions() = default; // calls still under way are stopped and answer into nothing

std::optional<protocol::SubmissionInfo> Submissions::detail(const QString &submissionId) const
{
    const auto it = m_details.constFind(submissionId);
    if (it == m_details.cend())
        return std::nullopt;
    return *it;
}

QString Submissions::projectTitle(const QString &projectId) const
{
    for (const protocol::ProjectInfo &p : m_projects->projects()) {
        if (p.project.id == projectId)
            return p.project.title;
    }
    return {};
}

QDate Submissions::today() const
{
    static const QTimeZone london("Europe/London");
    const QDateTime now = m_clock.now();
    return london.isValid() ? now.toTimeZone(london).date() : now.toLocalTime().date();
}

domain::SubmissionActor Submissions::actorFor(const QString &projectId) const
{
    domain::SubmissionActor actor;
    actor.userId = m_session->me().user.id;
    for (const protocol::ProjectInfo &p : m_projects->projects()) {
        if (p.project.id == projectId)
            actor.projectMember = p.access.allowed;
    }
    return actor;
}

bool Submissions::canWithdraw(const protocol::SubmissionInfo &info) const
{
    return domain::SubmissionWorkflow::canWithdraw(info.submission, actorFor(info.submission.projectId));
}

bool Submissions::canResubmit(const protocol::SubmissionInfo &info) const
{
    return domain::SubmissionWorkflow::canResubmit(info.submission, actorFor(info.submission.projectId));
}

bool Submissions::resubmissionAvailable() const
{
    return isSignalConnected(QMetaMethod::fromSignal(&Submissions::resubmitRequested));
}

QString Submissions::projectOfSubmission(const QString &submissionId) const
{
    for (const protocol::SubmissionSummary &s : m_list) {
        if (s.id == submissionId)
            return s.projectId;
    }
    const auto it = m_details.constFind(submissionId);
    return it == m_details.cend() ? QString() : it->submission.projectId;
}

void Submissions::onProjectsChanged()
{
    if (m_schedule.wanted())
        refresh();
}

// Signed in or unlocked: the list is wanted, so that decisions on the person's requests are
// noticed. It is asked when the browser lists the projects (projectsChanged).
void Submissions::startWanting()
{
    m_schedule.want();
}

void Submissions::refreshIfDue()
{
    m_schedule.runIfDue();
}

void Submissions::refresh()
{
    m_schedule.setWanted();
    if (!m_session->readyForProjectWork())
        return;
    m_listCalls.cancelAll();
    m_schedule.asked();

    const QStringList openable = m_projects->openableProjectIds();
    // Projects that can no longer be opened take their requests with them.
    keepOnly(m_byProject, openable);
    keepOnly(m_problems, openable);
    if (openable.isEmpty()) {
        m_loaded = m_projects->hasServerList();
        rebuildList();
        emit listChanged();
        return;
    }

    api::SubmissionsApi submissions(*m_session->api());
    for (const QString &projectId : std::as_const(openable)) {
        auto *call = m_listCalls.add(submissions.list(projectId));
        call->onSucceeded(this, [this, projectId](const QList<protocol::SubmissionSummary> &list) {
            m_byProject.insert(projectId, list);
            m_problems.remove(projectId);
        });
        call->onFailed(this, [this, projectId](const api::ApiFailure &failure) {
            m_problems.insert(projectId,
                              failure.isFailure() && failure.kind == api::ApiFailure::Kind::BadResponse
                                  ? failure.detail
                                  : refusalMessage(failure));
            emit listFailed(projectId, failure);
        });
        call->onFinished(this, [this] {
            if (m_listCalls.isEmpty())
                m_loaded = true;
            rebuildList();
            emit listChanged();
        });
    }
}

void Submissions::rebuildList()
{
    m_list.clear();
    for (const auto &requests : std::as_const(m_byProject))
        m_list.append(requests);
    std::stable_sort(m_list.begin(), m_list.end(),
                     [](const protocol::SubmissionSummary &a, const protocol::SubmissionSummary &b) {
                         if (a.updatedAt != b.updatedAt)
                             return a.updatedAt > b.updatedAt;
                         return a.id > b.id;
                     });
}

void Submissions::storeDetail(const protocol::SubmissionInfo &info)
{
    const domain::Submission &s = info.submission;
    m_details.insert(s.id, info);
    // The summary in the list follows what the request says now.
    auto &requests = m_byProject[s.projectId];
    auto it = std::find_if(requests.begin(), requests.end(),
                           [&](const protocol::SubmissionSummary &r) { return r.id == s.id; });
    if (it == requests.end())
        it = requests.insert(requests.end(), protocol::SubmissionSummary{});
    it->id = s.id;
    it->projectId = s.projectId;
    it->author = info.author;
    it->title = s.content.title;
    it->clearanceType = s.content.clearanceType;
    it->state = s.state;
    it->round = s.round;
    it->checkStatus = info.check.status;
    it->submittedAt = s.submittedAt;
    it->updatedAt = s.updatedAt;
    it->expectedAnswerDate = s.expectedAnswerDate;
    it->files = static_cast<int>(s.content.files.size());
    rebuildList();
}

void Submissions::take(const protocol::SubmissionInfo &info)
{
    storeDetail(info);
    emit listChanged();
    emit detailLoaded(info.submission.id);
}

void Submissions::fetchDetail(const QString &submissionId)
{
    const QString projectId = projectOfSubmission(submissionId);
    if (projectId.isEmpty() || !m_session->readyForProjectWork())
        return;
    auto *call = m_otherCalls.add(api::SubmissionsApi(*m_session->api()).submission(projectId, submissionId));
    call->onSucceeded(this, [this, submissionId](const protocol::SubmissionInfo &info) {
        storeDetail(info);
        emit detailLoaded(submissionId);
        emit listChanged();
    });
    call->onFailed(this, [this, submissionId](const api::ApiFailure &failure) {
        emit detailFailed(submissionId, failure);
    });
}

void Submissions::withdraw(const QString &submissionId, const QString &note)
{
    const QString projectId = projectOfSubmission(submissionId);
    if (projectId.isEmpty() || !m_session->readyForProjectWork())
        return;
    protocol::WithdrawRequest request;
    request.note = note.trimmed();
    auto *call =
        m_otherCalls.add(api::SubmissionsApi(*m_session->api()).withdraw(projectId, submissionId, request));
    call->onSucceeded(this, [this, submissionId](const protocol::SubmissionInfo &info) {
        storeDetail(info);
        emit withdrawn(submissionId);
        emit detailLoaded(submissionId);
        emit listChanged();
    });
    call->onFailed(this, [this, submissionId](const api::ApiFailure &failure) {
        emit withdrawFailed(submissionId, failure);
        // The request may have moved on (a checker started the review, say), or the answer could not
        // be read: show it as it is.
        if (failure.httpStatus == 409 || failure.httpStatus == 403 ||
            failure.kind == api::ApiFailure::Kind::BadResponse)
            fetchDetail(submissionId);
    });
}

bool Submissions::openForResubmission(const QString &submissionId)
{
    const auto it = m_details.constFind(submissionId);
    if (it == m_details.cend() || !canResubmit(*it))
        return false;
    emit resubmitRequested(*it);
    return true;
}

void Submissions::clear(bool forget)
{
    m_listCalls.cancelAll();
    m_otherCalls.cancelAll();
    const bool hadAnything = !m_list.isEmpty() || !m_details.isEmpty() || !m_problems.isEmpty();
    m_byProject.clear();
    m_problems.clear();
    m_list.clear();
    m_details.clear();
    m_loaded = false;
    m_schedule.stop(forget);
    if (hadAnything || forget)
        emit cleared();
}

} // namespace srs::session
