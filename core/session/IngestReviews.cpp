#include "IngestReviews.h"

#include "RefusalTexts.h"
#include "Session.h"
#include "api/IngestReviewsApi.h"
#include "crypto/Crypto.h"

namespace srs::session {

IngestReviews::IngestReviews(Session *session, QObject *parent) : QObject(parent), m_session(session)
{
    connect(m_session, &Session::locked, this, [this] { wipe(); });
    connect(m_session, &Session::signedOut, this, [this] { wipe(); });
}

IngestReviews::~IngestReviews()
{
    m_queueCalls.cancelAll();
    m_calls.cancelAll();
}

void IngestReviews::wipe()
{
    m_queueCalls.cancelAll();
    m_calls.cancelAll();
    m_queue = {};
    m_fromServer = false;
    emit queueChanged();
}

void IngestReviews::refresh()
{
    if (m_session->state() != Session::State::Active || !m_queueCalls.isEmpty())
        return;
    auto *call = m_queueCalls.add(api::IngestReviewsApi(*m_session->api()).queue());
    call->onSucceeded(this, [this](const protocol::IngestReviewQueue &queue) {
        m_queue = queue;
        m_fromServer = true;
        emit queueChanged();
    });
    call->onFailed(this, [this](const api::ApiFailure &failure) {
        m_fromServer = false;
        emit queueFailed(failure);
    });
}

void IngestReviews::open(const QString &ingestId)
{
    if (m_session->state() != Session::State::Active)
        return;
    auto *call = m_calls.add(api::IngestReviewsApi(*m_session->api()).review(ingestId));
    call->onSucceeded(this,
                      [this](const protocol::IngestReviewContext &review) { emit reviewLoaded(review); });
    call->onFailed(
        this, [this, ingestId](const api::ApiFailure &failure) { emit reviewFailed(ingestId, failure); });
}

bool IngestReviews::matchesDeclared(const QByteArray &bytes, const QString &sha256)
{
    return QString::fromLatin1(crypto::sha256(bytes).toHex()) == sha256.toLower();
}

void IngestReviews::loadFile(const QString &ingestId, int index)
{
    if (m_session->state() != Session::State::Active)
        return;
    auto *call = m_calls.add(api::IngestReviewsApi(*m_session->api()).file(ingestId, index));
    call->onSucceeded(
        this, [this, ingestId, index](const QByteArray &bytes) { emit fileLoaded(ingestId, index, bytes); });
    call->onFailed(this, [this, ingestId, index](const api::ApiFailure &failure) {
        emit fileFailed(ingestId, index, refusalMessage(failure));
    });
}

void IngestReviews::vote(const QString &ingestId, int index, const QString &decision, const QString &comment)
{
    if (m_session->state() != Session::State::Active)
        return;
    protocol::IngestVoteRequest request;
    request.decision = decision;
    request.comment = comment;
    auto *call = m_calls.add(api::IngestReviewsApi(*m_session->api()).vote(ingestId, index, request));
    call->onSucceeded(this, [this](const protocol::IngestReviewContext &review) {
        emit voted(review);
        refresh();
    });
    call->onFailed(this, [this, ingestId, index](const api::ApiFailure &failure) {
        emit voteFailed(ingestId, index, failure);
    });
}

} // namespace srs::session
