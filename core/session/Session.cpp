#include "Session.h"

#include "Clock.h"

#include "api/Client.h"
#include "api/SessionsApi.h"

#include <QCoreApplication>

namespace srs::session {

using namespace Qt::Literals::StringLiterals;

namespace {

// Appends `text` as a JSON string (quoted and escaped) without copying it anywhere else.
void appendJsonString(crypto::SecureBuffer &out, QByteArrayView utf8)
{
    static constexpr char Hex[] = "0123456789abcdef";
    out.append("\"");
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            const char escaped[2] = {'\\', c};
            out.append(QByteArrayView(escaped, 2));
        } else if (u < 0x20) {
            const char escaped[6] = {'\\', 'u', '0', '0', Hex[u >> 4], Hex[u & 0xf]};
            out.append(QByteArrayView(escaped, 6));
        } else {
            out.append(QByteArrayView(&c, 1));
        }
    }
    out.append("\"");
}

} // namespace

Session::Session(api::Client *client, int idleLockMinutes, const Clock &clock, QObject *parent)
    : QObject(parent), m_client(client), m_idleLockMinutes(idleLockMinutes), m_clock(clock)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &Session::checkTimers);
    m_client->setSessionEndedHandler(
        [this](const api::ApiFailure &failure) { return onSessionEnded(failure); });
}

Session::~Session()
{
    if (m_keyThread)
        m_keyThread->wait();
    m_client->setSessionEndedHandler({});
    wipeKeys();
}

qsizetype Session::parkedCalls() const
{
    return m_client->parkedCalls();
}

QString Session::serverUrl() const
{
    return m_client->baseUrl();
}

crypto::SecureBuffer Session::signInBody(const QString &username, const crypto::SecureBuffer &password,
                                         const QString &totpCode)
{
    crypto::SecureBuffer body;
    body.append("{\"username\":");
    appendJsonString(body, username.toUtf8());
    body.append(",\"password\":");
    appendJsonString(body, password.view());
    body.append(",\"totp_code\":");
    appendJsonString(body, totpCode.toUtf8());
    body.append("}");
    return body;
}

void Session::signIn(const QString &username, crypto::SecureBuffer password, const QString &totpCode)
{
    if (m_state != State::SignedOut)
        return;
    startSignIn(username.trimmed(), std::move(password), totpCode.trimmed());
}

void Session::unlock(crypto::SecureBuffer password, const QString &totpCode)
{
    if (m_state != State::Locked)
        return;
    startSignIn(m_me.user.username, std::move(password), totpCode.trimmed());
}

void Session::startSignIn(const QString &username, crypto::SecureBuffer password, const QString &totpCode)
{
    const bool again = m_state == State::Locked;
    auto body = std::make_shared<const crypto::SecureBuffer>(signInBody(username, password, totpCode));
    // Kept (wiping) until the answer: the cache key is derived from it once the server has
    // said who this is.
    m_pendingPassword = m_deriver ? std::move(password) : crypto::SecureBuffer();
    password.clear();
    // The call holds the only reference to the body, wiped when the call goes.
    auto *call = api::SessionsApi(*m_client).signIn(std::exchange(body, {}));
    m_signInCall = call;
    setState(State::SigningIn);
    call->onSucceeded(this, [this](const protocol::SessionInfo &info) { onSignedIn(info); });
    // A refused, unreadable or cancelled sign-in goes back to where it started: the lock screen
    // or none (a cancelled one is said too: the person may have signed out meanwhile).
    connect(call, &api::PendingCall::failed, this, [this, again](const api::ApiFailure &failure) {
        m_pendingPassword.clear();
        setState(again ? State::Locked : State::SignedOut);
        emit signInFailed(failure);
    });
}

void Session::onSignedIn(const protocol::SessionInfo &info)
{
    const bool again = !m_me.user.id.isEmpty();
    if (again && info.me.user.id != m_me.user.id) {
        // Cannot happen through unlock() (the username is fixed), but never hand one
        // person's screen to another: end everything of the earlier person first.
        signOut();
    }
    QByteArray token = info.token.toLatin1();
    m_token = std::make_shared<crypto::SecureBuffer>(crypto::SecureBuffer::takeFrom(token));
    m_client->setToken(m_token);
    QByteArray share = QByteArray::fromBase64(info.cacheKeyShare.toLatin1());
    m_cacheKeyShare = crypto::SecureBuffer::takeFrom(share);
    m_me = info.me;
    m_expiresAt = info.expiresAt;
    m_lastActivityMs = m_clock.steadyMs();
    m_lockReason = LockReason::None;
    m_lockMessage.clear();
    m_timer.start();
    deriveCacheKey(std::exchange(m_pendingPassword, {}));
    setState(State::Active);
    if (again && m_state == State::Active)
        m_client->resumeParked();
    if (again)
        emit unlocked();
    else
        emit signedIn();
}

void Session::deriveCacheKey(crypto::SecureBuffer password)
{
    if (!m_deriver || password.isEmpty())
        return;
    if (m_keyThread)
        m_keyThread->wait(); // an earlier derivation; its result is dropped by generation
    const quint64 generation = ++m_keyGeneration;
    m_keyPending = true;
    auto work = [this, generation, deriver = m_deriver, username = m_me.user.username,
                 password = std::make_shared<crypto::SecureBuffer>(std::move(password)),
                 share = std::make_shared<crypto::SecureBuffer>(m_cacheKeyShare.clone())]() {
        auto key = std::make_shared<Result<crypto::SecureBuffer>>(deriver(username, *password, *share));
        password->clear();
        share->clear();
        // Posted to this object: dropped by Qt if the session is gone by then.
        QMetaObject::invokeMethod(
            this,
            [this, generation, key]() {
                if (generation != m_keyGeneration || m_state != State::Active)
                    return;
                m_keyPending = false;
                if (!key->ok()) {
                    emit cacheKeyFailed(key->error().message);
                    return;
                }
                m_cacheKey = std::move(key->value());
                emit cacheKeyReady();
            },
            Qt::QueuedConnection);
    };
    m_keyThread.reset(QThread::create(std::move(work)));
    m_keyThread->start();
}

void Session::acceptDeclaration(const protocol::OwedDeclaration &declaration)
{
    if (m_state != State::Active)
        return;
    auto *call =
        m_calls.add(api::SessionsApi(*m_client).acceptDeclaration({declaration.kind, declaration.version}));
    call->onSucceeded(this, [this, declaration] {
        m_me.declarationsOwed.removeIf([&](const protocol::OwedDeclaration &d) {
            return d.kind == declaration.kind && d.version == declaration.version;
        });
        emit declarationAccepted();
    });
    call->onFailed(this, [this](const api::ApiFailure &failure) { emit declarationFailed(failure); });
}

bool Session::onSessionEnded(const api::ApiFailure &failure)
{
    if (m_state == State::Active)
        lock(LockReason::SessionEnded, failure.message);
    return m_state == State::Locked || m_state == State::SigningIn;
}

void Session::lock(LockReason reason, const QString &message)
{
    if (m_state != State::Active)
        return;
    m_lockReason = reason;
    switch (reason) {
    case LockReason::Idle:
        m_lockMessage =
            tr("The workstation was locked after %n minute(s) without use.", nullptr, m_idleLockMinutes);
        break;
    case LockReason::SessionEnded:
        m_lockMessage = message.isEmpty() ? tr("Your session has ended.") : message;
        break;
    case LockReason::Environment:
    case LockReason::Manual:
    case LockReason::None:
        m_lockMessage = message;
        break;
    }
    m_timer.stop();
    endServerSession();
    setState(State::Locked);
    emit locked(reason);
}

void Session::signOut()
{
    if (m_state == State::SignedOut)
        return;
    if (m_signInCall)
        m_signInCall->cancel();
    m_calls.cancelAll();
    m_timer.stop();
    endServerSession();
    m_client->cancelParked();
    m_me = {};
    m_expiresAt = {};
    m_lockReason = LockReason::None;
    m_lockMessage.clear();
    setState(State::SignedOut);
    emit signedOut();
}

void Session::recordActivity()
{
    m_lastActivityMs = m_clock.steadyMs();
}

void Session::checkTimers()
{
    if (m_state != State::Active)
        return;
    if (m_clock.steadyMs() - m_lastActivityMs >= qint64(m_idleLockMinutes) * 60'000) {
        lock(LockReason::Idle);
        return;
    }
    if (m_expiresAt.isValid() && m_clock.now() >= m_expiresAt)
        lock(LockReason::SessionEnded, tr("Your session reached its time limit."));
}

void Session::endServerSession()
{
    if (m_token) {
        // Best effort: if the server cannot be reached (the VPN has gone), the session still
        // ends there at its idle timeout, and this workstation no longer holds the token.
        (void)api::SessionsApi(*m_client).signOut(std::move(m_token));
    }
    wipeKeys();
}

void Session::wipeKeys()
{
    m_token.reset();
    m_client->setToken({});
    m_cacheKeyShare.clear();
    m_cacheKey.clear();
    m_pendingPassword.clear();
    ++m_keyGeneration; // a derivation still running is dropped when it ends
    m_keyPending = false;
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace srs::session
