#include "Session.h"

#include "Clock.h"

#include "net/ApiCall.h"
#include "net/Transport.h"
#include "protocol/ApiError.h"
#include "protocol/Protocol.h"

#include <QCoreApplication>
#include <QUrl>

namespace srs::session {

using namespace Qt::Literals::StringLiterals;

namespace {

QString apiPath(const char *route)
{
    return QLatin1StringView(protocol::ApiPrefix) + QLatin1StringView(route);
}

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

Session::Session(net::Transport *transport, QString serverUrl, int idleLockMinutes, const Clock &clock,
                 QObject *parent)
    : QObject(parent), m_transport(transport), m_serverUrl(std::move(serverUrl)),
      m_idleLockMinutes(idleLockMinutes), m_clock(clock)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &Session::checkTimers);
}

Session::~Session()
{
    if (m_keyThread)
        m_keyThread->wait();
    for (const QPointer<net::ApiJob> &job : std::as_const(m_parked))
        if (job)
            job->setAuthoriser(nullptr);
    wipeKeys();
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
    net::HttpRequest request;
    request.method = "POST";
    request.url = apiPath("/sessions");
    request.secretBody =
        std::make_shared<const crypto::SecureBuffer>(signInBody(username, password, totpCode));
    // Kept (wiping) until the answer: the cache key is derived from it once the server has
    // said who this is.
    m_pendingPassword = m_deriver ? std::move(password) : crypto::SecureBuffer();
    password.clear();
    auto *job = new net::ApiCall(m_transport, m_serverUrl, request, this);
    request = {}; // the job holds the only reference to the body, wiped when the job goes
    m_signInCall = job;
    // A refused or unreadable sign-in goes back to where it started: the lock screen or none.
    auto fail = [this, again](const net::NetFailure &failure) {
        m_pendingPassword.clear();
        setState(again ? State::Locked : State::SignedOut);
        emit signInFailed(failure);
    };
    connect(job, &net::ApiCall::succeeded, this, [this, fail](const net::HttpResponse &response) {
        auto info = protocol::SessionInfo::fromJson(response.body);
        if (!info)
            return fail(net::NetFailure::make(net::NetError::BadResponse, QUrl(m_serverUrl).host(),
                                              info.error().message));
        onSignedIn(info.value());
    });
    connect(job, &net::ApiCall::failed, this, fail);
    connect(job, &net::ApiCall::finished, job, &QObject::deleteLater);
    setState(State::SigningIn);
    job->start();
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
    if (again && m_state == State::Active && !m_parked.isEmpty()) {
        const auto parked = std::exchange(m_parked, {});
        for (const QPointer<net::ApiJob> &job : parked)
            if (job)
                job->start();
    }
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
    const protocol::DeclarationRequest body{declaration.kind, declaration.version};
    auto *job = call("POST", apiPath("/declarations"), body.toJson(), this);
    connect(job, &net::ApiCall::succeeded, this, [this, declaration](const net::HttpResponse &) {
        m_me.declarationsOwed.removeIf([&](const protocol::OwedDeclaration &d) {
            return d.kind == declaration.kind && d.version == declaration.version;
        });
        emit declarationAccepted();
    });
    connect(job, &net::ApiCall::failed, this, &Session::declarationFailed);
    connect(job, &net::ApiCall::finished, job, &QObject::deleteLater);
    job->start();
}

net::ApiCall *Session::call(const QByteArray &method, const QString &path, const QByteArray &body,
                            QObject *parent)
{
    net::HttpRequest request;
    request.method = method;
    request.url = path;
    request.body = body;
    auto *job = new net::ApiCall(m_transport, m_serverUrl, request, parent);
    job->setAuthoriser(this);
    return job;
}

bool Session::parkUntilSignedIn(net::ApiJob *job, const net::NetFailure &failure)
{
    if (m_state == State::Active)
        lock(LockReason::SessionEnded, failure.message);
    if (m_state != State::Locked && m_state != State::SigningIn)
        return false;
    m_parked.append(job);
    return true;
}

void Session::lock(LockReason reason, const QString &message)
{
    if (m_state != State::Active)
        return;
    m_lockReason = reason;
    switch (reason) {
    case LockReason::Idle:
        m_lockMessage =
            m_idleLockMinutes == 1
                ? tr("The workstation was locked after a minute without use.")
                : tr("The workstation was locked after %1 minutes without use.").arg(m_idleLockMinutes);
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
    m_timer.stop();
    endServerSession();
    const auto parked = std::exchange(m_parked, {});
    for (const QPointer<net::ApiJob> &job : parked)
        if (job)
            job->cancel();
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
        net::HttpRequest request;
        request.method = "DELETE";
        request.url = apiPath("/sessions/current");
        request.bearerToken = std::move(m_token);
        auto *job = new net::ApiCall(m_transport, m_serverUrl, request, this);
        connect(job, &net::ApiCall::finished, job, &QObject::deleteLater);
        job->start();
    }
    wipeKeys();
}

void Session::wipeKeys()
{
    m_token.reset();
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
