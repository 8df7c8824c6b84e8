#include "ReviewDesk.h"

#include "Clock.h"
#include "ProjectBrowser.h"
#include "Session.h"
#include "protocol/Protocol.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QUrl>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace srs::session {

Q_LOGGING_CATEGORY(lcReview, "srs.review")

namespace {

const QString QueueDocument = u"review-queue"_s;
const QString StatisticsDocument = u"review-statistics"_s;
constexpr int StatisticsWeeks = 12;

QString encoded(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QString api(const QString &rest)
{
    return QLatin1StringView(protocol::ApiPrefix) + rest;
}

QString submissionPath(const QString &submissionId)
{
    return api(u"/submissions/"_s + encoded(submissionId));
}

// Overwrites the bytes before they are let go, when this is their only copy (the usual case:
// the network answer that brought them is gone by then), so that file contents do not linger
// in freed memory. A copy still shared is only let go: detaching would overwrite a new copy.
void wipeBytes(QByteArray &bytes)
{
    if (!bytes.isEmpty() && bytes.isDetached())
        std::fill(bytes.data(), bytes.data() + bytes.size(), '\0');
    bytes.clear();
}

} // namespace

ReviewDesk::ReviewDesk(Session *session, ProjectBrowser *browser, const Clock &clock, QObject *parent)
    : QObject(parent), m_session(session), m_browser(browser), m_clock(clock)
{
    connect(m_browser, &ProjectBrowser::opened, this, [this] {
        if (isChecker())
            loadCached();
    });
    connect(m_session, &Session::locked, this, [this] { wipe(true); });
    connect(m_session, &Session::signedOut, this, [this] { wipe(true); });
}

ReviewDesk::~ReviewDesk()
{
    ++m_generation;
    for (QByteArray &bytes : m_files)
        wipeBytes(bytes);
}

bool ReviewDesk::isChecker() const
{
    return m_session->me().user.hasRole(domain::Role::OutputChecker);
}

void ReviewDesk::keep(net::ApiCall *job)
{
    m_calls.removeAll(nullptr);
    m_calls.append(job);
    connect(job, &net::ApiCall::finished, job, &QObject::deleteLater);
}

void ReviewDesk::loadCached()
{
    if (m_queueFromServer)
        return; // the server's answer came first
    if (const auto doc = m_browser->document(QueueDocument)) {
        auto queue = protocol::ReviewQueue::fromJson(doc->body);
        if (queue.ok()) {
            m_queue = std::move(queue).value();
            emit queueChanged();
        } else {
            qCWarning(lcReview, "cached queue: %s", qUtf8Printable(queue.error().message));
        }
    }
    if (const auto doc = m_browser->document(StatisticsDocument)) {
        auto statistics = protocol::ReviewStatistics::fromJson(doc->body);
        if (statistics.ok()) {
            m_statistics = std::move(statistics).value();
            emit statisticsChanged();
        }
    }
}

void ReviewDesk::refresh()
{
    if (!isChecker() || m_session->state() != Session::State::Active)
        return;
    if (m_browser->isOpen() && !m_queueFromServer && m_queue.items.isEmpty())
        loadCached();
    const quint64 generation = m_generation;
    if (!m_queueCall) {
        auto *job = m_session->call("GET", api(u"/review/queue"_s), {}, this);
        m_queueCall = job;
        keep(job);
        connect(job, &net::ApiCall::succeeded, this, [this, generation](const net::HttpResponse &response) {
            if (generation != m_generation)
                return;
            auto queue = protocol::ReviewQueue::fromJson(response.body);
            if (!queue.ok()) {
                emit queueFailed(
                    net::NetFailure::make(net::NetError::BadResponse, {}, queue.error().message));
                return;
            }
            m_queue = std::move(queue).value();
            m_queueFromServer = true;
            if (m_browser->isOpen()) {
                if (Status s = m_browser->saveDocument({QueueDocument, m_clock.now(), response.body});
                    !s.ok())
                    qCWarning(lcReview, "keeping the queue: %s", qUtf8Printable(s.error().message));
            }
            emit queueChanged();
        });
        connect(job, &net::ApiCall::failed, this, [this, generation](const net::NetFailure &failure) {
            if (generation == m_generation && failure.error != net::NetError::Cancelled)
                emit queueFailed(failure);
        });
        job->start();
    }
    if (!m_statisticsCall) {
        auto *job =
            m_session->call("GET", api(u"/review/statistics?weeks=%1"_s.arg(StatisticsWeeks)), {}, this);
        m_statisticsCall = job;
        keep(job);
        connect(job, &net::ApiCall::succeeded, this, [this, generation](const net::HttpResponse &response) {
            if (generation != m_generation)
                return;
            auto statistics = protocol::ReviewStatistics::fromJson(response.body);
            if (!statistics.ok()) {
                qCWarning(lcReview, "statistics: %s", qUtf8Printable(statistics.error().message));
                return;
            }
            m_statistics = std::move(statistics).value();
            if (m_browser->isOpen())
                (void)m_browser->saveDocument({StatisticsDocument, m_clock.now(), response.body});
            emit statisticsChanged();
        });
        job->start();
    }
}

const domain::Review *ReviewDesk::myReview() const
{
    if (!m_context)
        return nullptr;
    for (const protocol::ReviewInfo &r : m_context->reviews)
        if (r.review.checkerId == m_session->me().user.id)
            return &r.review;
    return nullptr;
}

void ReviewDesk::claim(const QString &submissionId)
{
    if (m_context && m_context->submission.submission.id != submissionId)
        close();
    contextCall("POST", submissionPath(submissionId) + u"/reviews"_s, {});
}

void ReviewDesk::open(const QString &submissionId)
{
    if (m_context && m_context->submission.submission.id != submissionId)
        close();
    contextCall("GET", submissionPath(submissionId) + u"/review"_s, {});
}

void ReviewDesk::contextCall(const QByteArray &method, const QString &path, const QByteArray &body)
{
    if (m_contextCall || m_session->state() != Session::State::Active)
        return;
    const quint64 generation = m_generation;
    auto *job = m_session->call(method, path, body, this);
    m_contextCall = job;
    keep(job);
    const bool voting = method == "PUT";
    connect(job, &net::ApiCall::succeeded, this,
            [this, generation, voting](const net::HttpResponse &response) {
                if (generation != m_generation)
                    return;
                m_contextCall = nullptr;
                auto context = protocol::ReviewContext::fromJson(response.body);
                if (!context.ok()) {
                    const QString message =
                        tr("The service's answer could not be read: %1").arg(context.error().message);
                    if (voting)
                        emit voteFailed(message, {});
                    else
                        emit contextFailed(net::NetFailure::make(net::NetError::BadResponse, {}, message));
                    return;
                }
                m_context = std::move(context).value();
                emit contextChanged();
                if (voting)
                    emit voted(m_context->submission.submission.state != domain::SubmissionState::InReview);
                refresh(); // the queue has moved on too
            });
    connect(job, &net::ApiCall::failed, this, [this, generation, voting](const net::NetFailure &failure) {
        if (generation != m_generation)
            return;
        m_contextCall = nullptr;
        if (failure.error == net::NetError::Cancelled)
            return;
        if (voting)
            emit voteFailed(failure.message, failure.field);
        else
            emit contextFailed(failure);
    });
    job->start();
}

void ReviewDesk::close()
{
    if (m_contextCall)
        m_contextCall->cancel();
    for (const auto &call : std::as_const(m_fileCalls))
        if (call)
            call->cancel();
    m_fileCalls.clear();
    for (QByteArray &bytes : m_files)
        wipeBytes(bytes);
    m_files.clear();
    const bool had = m_context.has_value();
    m_context.reset();
    if (had)
        emit cleared();
}

void ReviewDesk::wipe(bool forgetQueue)
{
    ++m_generation;
    for (const QPointer<net::ApiCall> &call : std::as_const(m_calls))
        if (call)
            call->cancel();
    m_calls.clear();
    close();
    if (forgetQueue) {
        m_queue = {};
        m_statistics = {};
        m_queueFromServer = false;
        emit queueChanged();
        emit statisticsChanged();
        emit cleared();
    }
}

void ReviewDesk::fetchFile(int round, int index)
{
    if (!m_context)
        return;
    const QPair<int, int> key{round, index};
    if (m_files.contains(key) || (m_fileCalls.value(key) != nullptr))
        return;
    const QList<protocol::SubmissionRoundInfo> &rounds = m_context->submission.rounds;
    const auto found =
        std::find_if(rounds.cbegin(), rounds.cend(),
                     [round](const protocol::SubmissionRoundInfo &r) { return r.round == round; });
    if (found == rounds.cend() || index < 0 || index >= found->files.size()) {
        emit fileFailed(round, index, tr("That file is not part of the request."));
        return;
    }
    const QString expected = found->files.at(index).sha256;
    const QString id = m_context->submission.submission.id;
    const quint64 generation = m_generation;
    auto *job =
        m_session->call("GET", submissionPath(id) + u"/rounds/%1/files/%2"_s.arg(round).arg(index), {}, this);
    m_fileCalls.insert(key, job);
    keep(job);
    connect(job, &net::ApiCall::succeeded, this,
            [this, generation, key, expected, id](const net::HttpResponse &response) {
                if (generation != m_generation || !m_context || m_context->submission.submission.id != id)
                    return;
                m_fileCalls.remove(key);
                QByteArray bytes = response.body;
                const QString actual =
                    QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
                if (actual != expected) {
                    wipeBytes(bytes);
                    emit fileFailed(
                        key.first, key.second,
                        tr("The file that arrived is not the one submitted (its SHA-256 differs). "
                           "It is not shown."));
                    return;
                }
                m_files.insert(key, bytes);
                emit fileLoaded(key.first, key.second);
            });
    connect(job, &net::ApiCall::failed, this, [this, generation, key](const net::NetFailure &failure) {
        if (generation != m_generation)
            return;
        m_fileCalls.remove(key);
        if (failure.error != net::NetError::Cancelled)
            emit fileFailed(key.first, key.second, failure.message);
    });
    job->start();
}

std::optional<QByteArray> ReviewDesk::file(int round, int index) const
{
    const auto it = m_files.constFind({round, index});
    if (it == m_files.cend())
        return std::nullopt;
    return *it;
}

std::optional<std::pair<int, int>> ReviewDesk::previousVersion(int round, int index) const
{
    if (!m_context)
        return std::nullopt;
    const QList<protocol::SubmissionRoundInfo> &rounds = m_context->submission.rounds;
    const protocol::SubmissionRoundInfo *now = nullptr;
    const protocol::SubmissionRoundInfo *before = nullptr;
    for (const protocol::SubmissionRoundInfo &r : rounds) {
        if (r.round == round)
            now = &r;
        if (r.round < round && (!before || r.round > before->round))
            before = &r;
    }
    if (!now || !before || index < 0 || index >= now->files.size())
        return std::nullopt;
    const QString path = now->files.at(index).path;
    for (qsizetype i = 0; i < before->files.size(); ++i)
        if (before->files.at(i).path == path)
            return std::pair{before->round, static_cast<int>(i)};
    return std::nullopt;
}

void ReviewDesk::vote(const protocol::VoteRequest &votes)
{
    if (!m_context)
        return;
    contextCall("PUT", submissionPath(m_context->submission.submission.id) + u"/reviews/mine"_s,
                votes.toJson());
}

void ReviewDesk::release()
{
    if (!m_context || m_session->state() != Session::State::Active)
        return;
    const QString id = m_context->submission.submission.id;
    const quint64 generation = m_generation;
    auto *job = m_session->call("POST", submissionPath(id) + u"/release"_s, {}, this);
    keep(job);
    connect(job, &net::ApiCall::succeeded, this, [this, generation, id](const net::HttpResponse &response) {
        if (generation != m_generation)
            return;
        auto release = protocol::ReleaseInfo::fromJson(response.body);
        if (!release.ok()) {
            emit releaseFailed(tr("The service's answer could not be read: %1").arg(release.error().message));
            return;
        }
        emit released(*release);
        open(id); // the request is released now
    });
    connect(job, &net::ApiCall::failed, this, [this, generation](const net::NetFailure &failure) {
        if (generation == m_generation && failure.error != net::NetError::Cancelled)
            emit releaseFailed(failure.message);
    });
    job->start();
}

} // namespace srs::session
