#include "ReviewDesk.h"

#include "ClientStore.h"
#include "Clock.h"
#include "Session.h"

#include "RefusalTexts.h"
#include "api/Client.h"
#include "api/ReleasesApi.h"
#include "api/ReviewsApi.h"
#include "cache/MetadataCache.h"
#include "crypto/Crypto.h"

#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace srs::session {

Q_LOGGING_CATEGORY(lcReview, "srs.review")

namespace {

const QString QueueDocument = u"review-queue"_s;
const QString StatisticsDocument = u"review-statistics"_s;
constexpr int StatisticsWeeks = 12;

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

ReviewDesk::ReviewDesk(Session *session, ClientStore *store, const Clock &clock, QObject *parent)
    : QObject(parent), m_session(session), m_store(store), m_clock(clock)
{
    connect(m_store, &ClientStore::opened, this, [this] {
        if (isChecker())
            loadCached();
    });
    connect(m_session, &Session::locked, this, [this] { wipe(true); });
    connect(m_session, &Session::signedOut, this, [this] { wipe(true); });
}

ReviewDesk::~ReviewDesk()
{
    m_reviewCalls.cancelAll();
    m_calls.cancelAll();
    for (QByteArray &bytes : m_files)
        wipeBytes(bytes);
}

bool ReviewDesk::isChecker() const
{
    return m_session->me().user.hasRole(domain::Role::OutputChecker);
}

void ReviewDesk::loadCached()
{
    if (m_queueFromServer)
        return; // the server's answer came first
    if (const auto doc = m_store->document(QueueDocument)) {
        auto queue = protocol::ReviewQueue::fromJson(doc->body);
        if (queue.ok()) {
            m_queue = std::move(queue).value();
            emit queueChanged();
        } else {
            qCWarning(lcReview, "cached queue: %s", qUtf8Printable(queue.error().message));
        }
    }
    if (const auto doc = m_store->document(StatisticsDocument)) {
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
    if (m_store->isOpen() && !m_queueFromServer && m_queue.items.isEmpty())
        loadCached();
    api::ReviewsApi reviews(*m_session->api());
    if (!api::isPending(m_queueCall)) {
        auto *call = m_calls.add(reviews.queue());
        m_queueCall = call;
        call->onSucceeded(this, [this](const protocol::ReviewQueue &queue) {
            m_queue = queue;
            m_queueFromServer = true;
            if (m_store->isOpen()) {
                if (Status s = m_store->setDocument({QueueDocument, m_clock.now(), queue.toJson()}); !s.ok())
                    qCWarning(lcReview, "keeping the queue: %s", qUtf8Printable(s.error().message));
            }
            emit queueChanged();
        });
        call->onFailed(this, [this](const api::ApiFailure &failure) { emit queueFailed(failure); });
    }
    if (!api::isPending(m_statisticsCall)) {
        auto *call = m_calls.add(reviews.statistics(StatisticsWeeks));
        m_statisticsCall = call;
        call->onSucceeded(this, [this](const protocol::ReviewStatistics &statistics) {
            m_statistics = statistics;
            if (m_store->isOpen())
                (void)m_store->setDocument({StatisticsDocument, m_clock.now(), statistics.toJson()});
            emit statisticsChanged();
        });
        call->onFailed(this, [](const api::ApiFailure &failure) {
            qCWarning(lcReview, "statistics: %s", qUtf8Printable(failure.detail));
        });
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
    contextCall(ContextAction::Claim, submissionId);
}

void ReviewDesk::open(const QString &submissionId)
{
    if (m_context && m_context->submission.submission.id != submissionId)
        close();
    contextCall(ContextAction::Open, submissionId);
}

void ReviewDesk::contextCall(ContextAction action, const QString &submissionId,
                             const protocol::VoteRequest &votes)
{
    if (api::isPending(m_contextCall) || m_session->state() != Session::State::Active)
        return;
    api::ReviewsApi reviews(*m_session->api());
    api::Call<protocol::ReviewContext> *call = nullptr;
    switch (action) {
    case ContextAction::Claim:
        call = reviews.claim(submissionId);
        break;
    case ContextAction::Open:
        call = reviews.context(submissionId);
        break;
    case ContextAction::Vote:
        call = reviews.vote(submissionId, votes);
        break;
    }
    m_reviewCalls.add(call);
    m_contextCall = call;
    const bool voting = action == ContextAction::Vote;
    call->onSucceeded(this, [this, voting](const protocol::ReviewContext &context) {
        m_context = context;
        emit contextChanged();
        // A request opened or claimed: compared with the releases as they are now, once per round.
        if (!voting && !isComparingWithReleases() &&
            (!m_comparison || m_comparison->submissionId != context.submission.submission.id ||
             m_comparison->round != context.submission.submission.round))
            compareWithReleases();
        if (voting)
            emit voted(m_context->submission.submission.state != domain::SubmissionState::InReview);
        refresh(); // the queue has moved on too
    });
    call->onFailed(this, [this, voting](const api::ApiFailure &failure) {
        if (voting)
            emit voteFailed(refusalMessage(failure), failure.field);
        else
            emit contextFailed(failure);
    });
}

void ReviewDesk::close()
{
    m_reviewCalls.cancelAll();
    m_fileCalls.clear();
    for (QByteArray &bytes : m_files)
        wipeBytes(bytes);
    m_files.clear();
    const bool had = m_context.has_value();
    m_context.reset();
    m_comparison.reset();
    if (had)
        emit cleared();
}

void ReviewDesk::wipe(bool forgetQueue)
{
    m_calls.cancelAll();
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
    if (m_files.contains(key) || api::isPending(m_fileCalls.value(key)))
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
    auto *call = m_reviewCalls.add(api::ReviewsApi(*m_session->api()).roundFile(id, round, index));
    m_fileCalls.insert(key, call);
    call->onSucceeded(this, [this, key, expected, id](const QByteArray &arrived) {
        m_fileCalls.remove(key);
        QByteArray bytes = arrived;
        if (!m_context || m_context->submission.submission.id != id) {
            wipeBytes(bytes);
            return;
        }
        const QString actual = QString::fromLatin1(crypto::sha256(bytes).toHex());
        if (actual != expected) {
            wipeBytes(bytes);
            emit fileFailed(key.first, key.second,
                            tr("The file that arrived is not the one submitted (its SHA-256 differs). "
                               "It is not shown."));
            return;
        }
        m_files.insert(key, bytes);
        emit fileLoaded(key.first, key.second);
    });
    call->onFailed(this, [this, key](const api::ApiFailure &failure) {
        m_fileCalls.remove(key);
        emit fileFailed(key.first, key.second, refusalMessage(failure));
    });
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

bool ReviewDesk::isComparingWithReleases() const
{
    return api::isPending(m_comparisonCall);
}

void ReviewDesk::compareWithReleases()
{
    if (!m_context || isComparingWithReleases() || m_session->state() != Session::State::Active)
        return;
    const QString id = m_context->submission.submission.id;
    auto *call = m_reviewCalls.add(api::ReviewsApi(*m_session->api()).releaseDifferences(id));
    m_comparisonCall = call;
    call->onSucceeded(this, [this, id](const protocol::ReleaseComparison &comparison) {
        if (!m_context || m_context->submission.submission.id != id || comparison.submissionId != id)
            return;
        m_comparison = comparison;
        emit releaseComparisonChanged();
    });
    call->onFailed(this, [this](const api::ApiFailure &failure) {
        emit releaseComparisonFailed(refusalMessage(failure));
    });
    emit releaseComparisonChanged();
}

void ReviewDesk::vote(const protocol::VoteRequest &votes)
{
    if (!m_context)
        return;
    contextCall(ContextAction::Vote, m_context->submission.submission.id, votes);
}

void ReviewDesk::release()
{
    if (!m_context || m_session->state() != Session::State::Active)
        return;
    const QString id = m_context->submission.submission.id;
    auto *call = m_calls.add(api::ReleasesApi(*m_session->api()).release(id));
    call->onSucceeded(this, [this, id](const protocol::ReleaseInfo &release) {
        emit released(release);
        open(id); // the request is released now
    });
    call->onFailed(this,
                   [this](const api::ApiFailure &failure) { emit releaseFailed(refusalMessage(failure)); });
}

} // namespace srs::session
