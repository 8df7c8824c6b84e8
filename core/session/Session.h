#pragma once

#include "api/ApiFailure.h"
#include "api/CallGroup.h"
#include "crypto/SecureBuffer.h"
#include "domain/Result.h"
#include "protocol/Messages.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>

namespace srs::api {
class Client;
}
namespace srs::net {
class ApiCall;
}

namespace srs::session {

class Clock;

// A person's session with the clearance server, from sign-in to sign-out.
//
// The token lives only in memory, in a buffer that wipes itself. The session locks (ending
// the token) after the idle time, when the workstation's setting stops being safe (lock()
// from the environment check), or when the server says the session has ended; the person
// then signs in again as themselves and carries on where they were: calls refused because
// the session had ended are held and sent again with the new session. Sign-out ends the
// session on the server and wipes the token and the cache key share.
//
// The API client (api::Client) carries the token on every call and asks this session what to
// do when the server says the session has ended: the session locks, and the call is held.
class Session : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        SignedOut,
        SigningIn, // first sign-in, or signing in again from the lock screen
        Active,
        Locked,
    };
    Q_ENUM(State)

    enum class LockReason
    {
        None,
        Idle,         // nobody used the workstation for the idle-lock time
        Environment,  // the setting check failed (the VPN dropped, the certificate expired)
        SessionEnded, // the server ended the session (idle or lifetime on the server, revoked)
        Manual,       // the person locked the screen
    };
    Q_ENUM(LockReason)

    // The client must outlive the session.
    Session(api::Client *client, int idleLockMinutes, const Clock &clock, QObject *parent = nullptr);
    ~Session() override;

    // First sign-in. The password is taken and wiped once sent.
    void signIn(const QString &username, crypto::SecureBuffer password, const QString &totpCode);
    // From the lock screen: the same person signs in again.
    void unlock(crypto::SecureBuffer password, const QString &totpCode);
    // Records acceptance on the server; the declaration leaves declarationsOwed() when it succeeds.
    void acceptDeclaration(const protocol::OwedDeclaration &declaration);
    void lock(LockReason reason, const QString &message = {});
    void signOut();

    // Any use of the workstation (key, mouse) resets the idle time.
    void recordActivity();
    // Locks if the idle time has passed or the session's lifetime is over. Runs every
    // second; tests call it after moving their clock on.
    void checkTimers();

    // The API, signed with this session's token.
    [[nodiscard]] api::Client *api() const { return m_client; }

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] LockReason lockReason() const { return m_lockReason; }
    [[nodiscard]] QString lockMessage() const { return m_lockMessage; }
    [[nodiscard]] bool isSignedIn() const { return m_state == State::Active || m_state == State::Locked; }
    // Active with every declaration accepted: until then the server opens no project, so
    // project work (browsing, submissions) waits.
    [[nodiscard]] bool readyForProjectWork() const
    {
        return m_state == State::Active && m_me.declarationsOwed.isEmpty();
    }
    [[nodiscard]] const protocol::MeInfo &me() const { return m_me; }
    [[nodiscard]] const QList<protocol::OwedDeclaration> &declarationsOwed() const
    {
        return m_me.declarationsOwed;
    }
    [[nodiscard]] QDateTime expiresAt() const { return m_expiresAt; }
    [[nodiscard]] int idleLockMinutes() const { return m_idleLockMinutes; }
    [[nodiscard]] const crypto::SecureBuffer &cacheKeyShare() const { return m_cacheKeyShare; }
    // Calls refused because the session ended, held until the next sign-in.
    [[nodiscard]] qsizetype parkedCalls() const;
    [[nodiscard]] QString serverUrl() const;
    [[nodiscard]] std::shared_ptr<const crypto::SecureBuffer> token() const { return m_token; }

    // Derives the cache key from the canonical username, the password and the server's
    // share. Runs on a thread of its own after each sign-in (Argon2id takes about a quarter
    // of a second); the result, or an error, arrives as cacheKeyReady() / cacheKeyFailed().
    using CacheKeyDeriver = std::function<Result<crypto::SecureBuffer>(
        const QString &username, const crypto::SecureBuffer &password, const crypto::SecureBuffer &share)>;
    void setCacheKeyDeriver(CacheKeyDeriver deriver) { m_deriver = std::move(deriver); }
    // Empty until cacheKeyReady(); wiped when the session locks or ends.
    [[nodiscard]] const crypto::SecureBuffer &cacheKey() const { return m_cacheKey; }
    // A derivation is under way: cacheKeyReady() or cacheKeyFailed() is still to come.
    [[nodiscard]] bool cacheKeyPending() const { return m_keyPending; }

    // The JSON body of a sign-in, built in a wiping buffer (exposed for tests).
    [[nodiscard]] static crypto::SecureBuffer
    signInBody(const QString &username, const crypto::SecureBuffer &password, const QString &totpCode);

signals:
    void stateChanged(srs::session::Session::State state);
    // A sign-in (first or from the lock screen) was refused or could not be made.
    void signInFailed(const srs::api::ApiFailure &failure);
    void signedIn();
    void unlocked();
    void locked(srs::session::Session::LockReason reason);
    void signedOut();
    void declarationAccepted();
    void declarationFailed(const srs::api::ApiFailure &failure);
    void cacheKeyReady();
    void cacheKeyFailed(const QString &message);

private:
    void startSignIn(const QString &username, crypto::SecureBuffer password, const QString &totpCode);
    void onSignedIn(const protocol::SessionInfo &info);
    void endServerSession();
    void wipeKeys();
    void deriveCacheKey(crypto::SecureBuffer password);
    void setState(State state);
    // The server said the session has ended: lock, and hold the call if signing in again can follow.
    bool onSessionEnded(const api::ApiFailure &failure);

    api::Client *m_client;
    int m_idleLockMinutes;
    const Clock &m_clock;
    State m_state = State::SignedOut;
    LockReason m_lockReason = LockReason::None;
    QString m_lockMessage;
    std::shared_ptr<crypto::SecureBuffer> m_token;
    crypto::SecureBuffer m_cacheKeyShare;
    crypto::SecureBuffer m_cacheKey;
    crypto::SecureBuffer m_pendingPassword; // only while a sign-in is under way
    CacheKeyDeriver m_deriver;
    std::unique_ptr<QThread> m_keyThread;
    quint64 m_keyGeneration = 0; // a key derived for an earlier sign-in is dropped
    bool m_keyPending = false;
    protocol::MeInfo m_me;
    QDateTime m_expiresAt;
    qint64 m_lastActivityMs = 0;
    QTimer m_timer;
    QPointer<api::PendingCall> m_signInCall;
    api::CallGroup m_calls; // declarations
};

} // namespace srs::session
