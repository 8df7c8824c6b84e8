#include "Submissions.h"

#include "Clock.h"
#include "ProjectBrowser.h"
#include "Session.h"

#include "net/ApiCall.h"
#include "protocol/Protocol.h"

#include <QLoggingCategory>
#include <QMetaMethod>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace srs::session {

Q_LOGGING_CATEGORY(lcSubmissions, "srs.submissions")

namespace {

QString encoded(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QString submissionsPath(const QString &projectId)
{
    return QLatin1StringView(protocol::ApiPrefix) + u"/projects/"_s + encoded(projectId) + u"/submissions"_s;
}

QString submissionPath(const QString &projectId, const QString &submissionId)
{
    return submissionsPath(projectId) + u'/' + encoded(submissionId);
}

net::NetFailure badAnswer(const QString &message)
{
    return net::NetFailure::make(net::NetError::BadResponse, {}, message);
}

} // namespace

Submissions::Submissions(Session *session, ProjectBrowser *browser, const Clock &clock, QObject *parent)
    : QObject(parent), m_session(session), m_browser(browser), m_clock(clock),
      m_workingDays(domain::WorkingDays::englandAndWales())
{
    connect(m_browser, &ProjectBrowser::projectsChanged, this, &Submissions::onProjectsChanged);
    connect(m_session, &Session::locked, this, [this] { clear(false); });
    connect(m_session, &Session::signedOut, this, [this] { clear(true); });
}

Submissions::~Submissions()
{
    // Calls still under way answer into nothing.
    ++m_generation;
}

std::optional<protocol::SubmissionInfo> Submissions::detail(const QString &submissionId) const
{
    const auto it = m_details.constFind(submissionId);
    if (it == m_details.cend())
        return std::nullopt;
    return *it;
}

QString Submissions::projectTitle(const QString &projectId) const
{
    for (const protocol::ProjectInfo &p : m_browser->projects()) {
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
    for (const protocol::ProjectInfo &p : m_browser->projects()) {
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
    if (m_wanted)
        refresh();
}

void Submissions::refresh()
{
    m_wanted = true;
    if (!m_session->readyForProjectWork())
        return;
    const quint64 generation = ++m_generation;
    const auto calls = m_listCalls;
    m_listCalls.clear();
    for (const QPointer<net::ApiCall> &call : calls) {
        if (call)
            call->cancel();
    }

    QStringList openable;
    for (const protocol::ProjectInfo &p : m_browser->projects()) {
        if (p.access.allowed)
            openable.append(p.project.id);
    }
    // Projects that can no longer be opened take their requests with them.
    for (auto it = m_byProject.begin(); it != m_byProject.end();) {
        if (openable.contains(it.key()))
            ++it;
        else
            it = m_byProject.erase(it);
    }
    for (auto it = m_problems.begin(); it != m_problems.end();) {
        if (openable.contains(it.key()))
            ++it;
        else
            it = m_problems.erase(it);
    }
    if (openable.isEmpty()) {
        m_loaded = m_browser->hasServerList();
        rebuildList();
        emit listChanged();
        return;
    }

    for (const QString &projectId : std::as_const(openable)) {
        auto *job = m_session->call("GET", submissionsPath(projectId), {}, this);
        m_listCalls.insert(projectId, job);
        connect(job, &net::ApiCall::succeeded, this,
                [this, generation, projectId](const net::HttpResponse &response) {
                    if (generation != m_generation)
                        return;
                    auto list = protocol::decodeSubmissionList(response.body);
                    if (!list.ok()) {
                        m_problems.insert(projectId, list.error().message);
                        emit listFailed(projectId, badAnswer(list.error().message));
                        return;
                    }
                    m_byProject.insert(projectId, *list);
                    m_problems.remove(projectId);
                });
        connect(job, &net::ApiCall::failed, this,
                [this, generation, projectId](const net::NetFailure &failure) {
                    if (generation != m_generation || failure.error == net::NetError::Cancelled)
                        return;
                    m_problems.insert(projectId, failure.message);
                    emit listFailed(projectId, failure);
                });
        connect(job, &net::ApiCall::finished, this, [this, generation, projectId, job] {
            if (generation != m_generation)
                return;
            if (m_listCalls.value(projectId) == job)
                m_listCalls.remove(projectId);
            if (m_listCalls.isEmpty())
                m_loaded = true;
            rebuildList();
            emit listChanged();
        });
        connect(job, &net::ApiCall::finished, job, &QObject::deleteLater);
        job->start();
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
    const quint64 generation = m_generation;
    auto *job = m_session->call("GET", submissionPath(projectId, submissionId), {}, this);
    keep(job);
    connect(job, &net::ApiCall::succeeded, this,
            [this, generation, submissionId](const net::HttpResponse &response) {
                if (generation != m_generation)
                    return;
                auto info = protocol::SubmissionInfo::fromJson(response.body);
                if (!info.ok()) {
                    emit detailFailed(submissionId, badAnswer(info.error().message));
                    return;
                }
                storeDetail(*info);
                emit detailLoaded(submissionId);
                emit listChanged();
            });
    connect(job, &net::ApiCall::failed, this,
            [this, generation, submissionId](const net::NetFailure &failure) {
                if (generation != m_generation || failure.error == net::NetError::Cancelled)
                    return;
                emit detailFailed(submissionId, failure);
            });
    connect(job, &net::ApiCall::finished, job, &QObject::deleteLater);
    job->start();
}

void Submissions::withdraw(const QString &submissionId, const QString &note)
{
    const QString projectId = projectOfSubmission(submissionId);
    if (projectId.isEmpty() || !m_session->readyForProjectWork())
        return;
    const quint64 generation = m_generation;
    protocol::WithdrawRequest request;
    request.note = note.trimmed();
    auto *job = m_session->call("POST", submissionPath(projectId, submissionId) + u"/withdraw"_s,
                                request.note.isEmpty() ? QByteArray("{}") : request.toJson(), this);
    keep(job);
    connect(job, &net::ApiCall::succeeded, this,
            [this, generation, submissionId](const net::HttpResponse &response) {
                if (generation != m_generation)
                    return;
                auto info = protocol::SubmissionInfo::fromJson(response.body);
                if (!info.ok()) {
                    emit withdrawFailed(submissionId, badAnswer(info.error().message));
                    fetchDetail(submissionId);
                    return;
                }
                storeDetail(*info);
                emit withdrawn(submissionId);
                emit detailLoaded(submissionId);
                emit listChanged();
            });
    connect(job, &net::ApiCall::failed, this,
            [this, generation, submissionId](const net::NetFailure &failure) {
                if (generation != m_generation || failure.error == net::NetError::Cancelled)
                    return;
                emit withdrawFailed(submissionId, failure);
                // The request may have moved on (a checker started the review, say): show it as it is.
                if (failure.httpStatus == 409 || failure.httpStatus == 403)
                    fetchDetail(submissionId);
            });
    connect(job, &net::ApiCall::finished, job, &QObject::deleteLater);
    job->start();
}

void Submissions::keep(net::ApiCall *job)
{
    m_otherCalls.removeIf([](const QPointer<net::ApiCall> &call) { return call.isNull(); });
    m_otherCalls.append(job);
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
    ++m_generation;
    const auto calls = m_listCalls.values() + m_otherCalls;
    m_listCalls.clear();
    m_otherCalls.clear();
    for (const QPointer<net::ApiCall> &call : calls) {
        if (call)
            call->cancel();
    }
    const bool hadAnything = !m_list.isEmpty() || !m_details.isEmpty() || !m_problems.isEmpty();
    m_byProject.clear();
    m_problems.clear();
    m_list.clear();
    m_details.clear();
    m_loaded = false;
    if (forget)
        m_wanted = false;
    if (hadAnything || forget)
        emit cleared();
}

} // namespace srs::session
