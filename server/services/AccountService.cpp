#include "AccountService.h"
#include "BookingService.h"

#include "DeclarationTexts.h"
#include "ServiceError.h"

#include "crypto/Crypto.h"
#include "crypto/PasswordHasher.h"
#include "crypto/Totp.h"
#include "store/AuditLog.h"
#include "store/CacheKeyShareRepository.h"
#include "store/SourceThrottle.h"
#include "store/UserRepository.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimeZone>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int LockAfterFailures = 5;
constexpr qint64 LockSeconds = 15 * 60;
constexpr qint64 TouchEverySeconds = 30;
constexpr qsizetype TokenBytes = 32;

QString ukTime(const QDateTime &t)
{
    return t.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/London"))).toString(u"HH:mm"_s);
}

Q_LOGGING_CATEGORY(lcAccounts, "srs.server.accounts")

// For side effects that must not fail the request (a failure count, an audit record of a
// refusal): a failure is logged, never ignored silently.
template <class R>
void bestEffort(const R &result, const char *what)
{
    if (!result.ok())
        qCWarning(lcAccounts, "%s failed: %s", what, qUtf8Printable(result.errorString()));
}

QByteArray base64Url(QByteArrayView bytes)
{
    return bytes.toByteArray().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

AccountService::AccountService(ServerContext &context) : m_context(context) {}

Error AccountService::accountDisabled()
{
    return Error{u"account-disabled"_s, u"This account is disabled. Contact research support."_s};
}

Error AccountService::badCredentials(const QString &userId, const QString &username, const QString &reason,
                                     const QString &source)
{
    const QDateTime now = m_context.now();
    bestEffort(store::SourceThrottle(m_context.database()).recordFailure(source, username, now),
               "recording a failed sign-in");
    bestEffort(store::AuditLog(m_context.database())
                   .append(userId.isEmpty() ? u"anonymous"_s : userId, u"session.sign-in-failed"_s,
                           userId.isEmpty() ? u"username:"_s + username : u"user:"_s + userId,
                           {{u"reason"_s, reason}, {u"source"_s, source}}, now),
               "auditing a failed sign-in");
    return Error{svc::BadCredentials,
                 u"The username, password or security code is not right. Check them and try again."_s};
}

Result<protocol::SessionInfo> AccountService::signIn(protocol::SignInRequest request,
                                                     const domain::Setting &setting, const QString &source)
{
    store::Database &db = m_context.database();
    const QDateTime now = m_context.now();
    crypto::SecureBuffer password = crypto::SecureBuffer::fromBytes(request.password.toUtf8());
    request.password.fill(u'\0'); // best effort: the request's copy is no longer needed

    store::SourceThrottle throttle(db);
    auto blocked = throttle.blockedUntil(source, request.username, now);
    if (!blocked)
        return internalError(blocked.errorString());
    if (blocked.value().isValid() && blocked.value() > now) {
        // Whole seconds, rounded up, so a client that waits this long is not refused again.
        const qint64 waitSeconds = qMax<qint64>(1, (now.msecsTo(blocked.value()) + 999) / 1000);
        Error error{svc::TooManyAttempts,
                    u"There have been too many failed sign-in attempts from this network. Wait %1 "
                    u"second(s), until %2 (UK time), then try again."_s.arg(waitSeconds)
                        .arg(blocked.value()
                                 .toTimeZone(QTimeZone(QByteArrayLiteral("Europe/London")))
                                 .toString(u"HH:mm:ss"_s))};
        error.retryAfterSeconds = waitSeconds;
        return error;
    }

    store::UserRepository users(db);
    auto found = users.findByUsername(request.username);
    if (!found) {
        if (found.code() != store::StoreError::Code::NotFound)
            return internalError(found.errorString());
        crypto::PasswordHasher().verifyDummy(password.view());
        return badCredentials({}, request.username, u"unknown-username"_s, source);
    }
    const store::UserRecord &record = found.value();
    const QString userId = record.profile.id;

    const bool passwordOk = crypto::PasswordHasher().verify(password.view(), record.passwordHash.toUtf8());
    password.clear();
    std::optional<qint64> step;
    if (passwordOk) {
        auto secret = m_context.secrets().open(record.totpSecret.toUtf8(), (u"totp:"_s + userId).toUtf8());
        if (!secret)
            return internalError(u"the TOTP secret of a user cannot be opened with this server's key"_s);
        step = crypto::Totp(std::move(*secret))
                   .verify(request.totpCode.toLatin1(), now.toSecsSinceEpoch(), record.totpLastStep);
    }
    const bool locked = record.lockedUntil.isValid() && record.lockedUntil > now;
    if (!passwordOk || !step) {
        if (!locked)
            bestEffort(users.recordFailedSignIn(userId, now, LockAfterFailures, LockSeconds),
                       "counting a failure");
        return badCredentials(userId, request.username, passwordOk ? u"totp"_s : u"password"_s, source);
    }
    if (locked) {
        auditRefusal(userId, u"POST /api/v1/sessions"_s, Error{svc::AccountLocked, {}});
        return Error{
            svc::AccountLocked,
            u"This account is locked after too many failed sign-in attempts, until %1 "
            u"(UK time). Try again then, or contact research support."_s.arg(ukTime(record.lockedUntil))};
    }
    auto accepted = users.acceptTotpStep(userId, *step);
    if (!accepted)
        return internalError(accepted.errorString());
    if (!accepted.value()) // this code (or a later one) was already used
        return badCredentials(userId, request.username, u"totp-replayed"_s, source);
    bestEffort(users.resetFailedSignIns(userId), "resetting failures");
    bestEffort(throttle.recordSuccess(source, request.username), "clearing this account's sign-in throttle");

    m_context.people().invalidate(userId); // sign-in decides on what is stored now
    auto admitted = admit(userId, setting, now);
    if (!admitted)
        return admitted.error();
    const domain::Decision &decision = admitted.value().settingDecision;
    if (!decision) {
        auditRefusal(userId, u"POST /api/v1/sessions"_s, refusal(decision));
        return refusal(decision);
    }
    const domain::User &user = admitted.value().user;
    const auto &policy = admitted.value().policy;
    // At a safe-room terminal, a booking of the room now when the service asks for one.
    if (decision.setting == domain::SettingKind::SafeRoom) {
        if (auto booked = BookingService(m_context).checkSignIn(user, decision.settingName, now); !booked)
            return booked.error();
    }

    crypto::SecureBuffer token = crypto::randomSecret(TokenBytes);
    store::SessionRecord session;
    session.tokenHash = store::SessionRepository::hashToken(token);
    session.userId = userId;
    session.deviceSubject = setting.device.subject;
    session.deviceFingerprint = setting.device.fingerprint;
    session.deviceSerial = setting.device.serial;
    session.setting = domain::settingKindToString(decision.setting);
    session.createdAt = now;
    session.lastSeenAt = now;
    session.expiresAt = now.addSecs(qint64(m_context.config().sessionLifetimeHours) * 3600);
    crypto::SecureBuffer share;
    const store::Status created = db.transaction([&]() -> store::Status {
        if (auto s = store::SessionRepository(db).create(session); !s)
            return s;
        auto obtained = store::CacheKeyShareRepository(db).obtain(userId, setting.device.fingerprint,
                                                                  setting.device.serial, now);
        if (!obtained)
            return obtained.error();
        share = std::move(obtained).value();
        auto audited = store::AuditLog(db).append(
            userId, u"session.created"_s, u"user:"_s + userId,
            {{u"device"_s, setting.device.subject}, {u"setting"_s, session.setting}, {u"source"_s, source}},
            now);
        if (!audited)
            return audited.error();
        return {};
    });
    if (!created)
        return internalError(created.errorString());

    protocol::SessionInfo info;
    info.token = QString::fromLatin1(base64Url(token.view()));
    info.expiresAt = session.expiresAt;
    info.idleTimeoutSeconds = m_context.config().sessionIdleMinutes * 60;
    info.cacheKeyShare = QString::fromLatin1(share.view().toByteArray().toBase64());
    info.me = describe(user, setting, decision, *policy);
    return info;
}

QString AccountService::tokenHashOf(QByteArrayView header)
{
    if (!header.startsWith("Bearer "))
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(header.sliced(7).trimmed().toByteArray(),
                                                        QByteArray::Base64UrlEncoding |
                                                            QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != TokenBytes)
        return {};
    QByteArray raw = decoded.decoded;
    const crypto::SecureBuffer token = crypto::SecureBuffer::takeFrom(raw);
    return store::SessionRepository::hashToken(token);
}

Result<Caller> AccountService::authenticate(QByteArrayView header, const domain::Setting &setting,
                                            const store::Result<store::ActiveSession> *readBefore)
{
    static const Error notSignedIn{svc::NotSignedIn, u"Sign in first."_s};
    const QString tokenHash = tokenHashOf(header);
    if (tokenHash.isEmpty())
        return notSignedIn;

    store::Database &db = m_context.database();
    const QDateTime now = m_context.now();
    auto found = readBefore ? *readBefore : store::SessionRepository(db).findActive(tokenHash);
    static const Error ended{svc::SessionExpired, u"Your session has ended. Sign in again to carry on."_s};
    if (!found) {
        if (found.code() == store::StoreError::Code::NotFound) // unknown or revoked
            return ended;
        return internalError(found.errorString());
    }
    const store::ActiveSession &session = found.value();
    // Bound to the certificate itself: another certificate with the same subject (a copy of
    // the device's name on a different key) is another device.
    if (session.deviceFingerprint.isEmpty() || session.deviceFingerprint != setting.device.fingerprint) {
        return Error{svc::SessionDeviceMismatch,
                     u"This session was started on another device. Sign in again on this device."_s};
    }
    // Read with the session, never from a cache: a disabled account is refused from its next
    // request on, on every server instance.
    if (session.userDisabled)
        return accountDisabled();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    if (nowMs >= session.expiresAtMs)
        return Error{svc::SessionExpired,
                     u"Your session reached its maximum length of %1 hours. Sign in again to "
                     u"carry on."_s.arg(m_context.config().sessionLifetimeHours)};
    const qint64 idleSeconds = (nowMs - session.lastSeenAtMs) / 1000; // as QDateTime::secsTo
    if (idleSeconds > qint64(m_context.config().sessionIdleMinutes) * 60) {
        // No write here: an idle session stays refused because its last-seen time is old.
        return Error{svc::SessionExpired,
                     u"Your session ended after %1 minutes without activity. Sign in again "
                     u"to carry on."_s.arg(m_context.config().sessionIdleMinutes)};
    }
    const bool activityDue = idleSeconds >= TouchEverySeconds;

    auto admitted = admit(session.userId, setting, now, session.userDisabled);
    if (!admitted)
        return admitted.error();
    if (!admitted.value().settingDecision)
        return refusal(admitted.value().settingDecision);
    Caller caller = std::move(admitted).value();
    caller.tokenHash = tokenHash;
    caller.activityDue = activityDue;
    return caller;
}

Result<Caller> AccountService::admit(const QString &userId, const domain::Setting &setting,
                                     const QDateTime &now, std::optional<bool> disabledNow)
{
    const quint64 generation = m_context.people().generation();
    std::optional<domain::User> cached = m_context.people().find(userId, now);
    if (!cached) {
        auto loaded = store::UserRepository(m_context.database()).loadUser(userId);
        if (!loaded)
            return internalError(loaded.errorString());
        cached = std::move(loaded).value();
        m_context.people().store(userId, *cached, now, generation);
    }
    if (disabledNow)
        cached->disabled = *disabledNow; // read with the session just now: newer than any cache
    Result<domain::User> user = std::move(*cached);
    auto policy = m_context.policy();
    if (!policy)
        return internalError(policy.error().message);
    domain::AccessRequest access;
    access.user = user.value();
    access.setting = setting;
    access.now = now;
    const domain::Decision decision = policy.value()->checkCanSignIn(access);
    return Caller{std::move(user).value(), setting, decision, policy.value(), {}, false};
}

void AccountService::recordActivity(const Caller &caller)
{
    const store::Status touched =
        store::SessionRepository(m_context.database()).touch(caller.tokenHash, m_context.now());
    // Not found: the request itself ended the session (sign-out), so there is nothing to record.
    if (!touched && touched.code() != store::StoreError::Code::NotFound)
        bestEffort(touched, "recording session activity");
}

Status AccountService::signOut(const Caller &caller)
{
    store::Database &db = m_context.database();
    const QDateTime now = m_context.now();
    const store::Status done = db.transaction([&]() -> store::Status {
        if (auto s = store::SessionRepository(db).revoke(caller.tokenHash); !s)
            return s;
        auto audited =
            store::AuditLog(db).append(caller.user.id, u"session.ended"_s, u"user:"_s + caller.user.id,
                                       {{u"device"_s, caller.setting.device.subject}}, now);
        if (!audited)
            return audited.error();
        return {};
    });
    if (!done)
        return internalError(done.errorString());
    return {};
}

protocol::MeInfo AccountService::describe(const domain::User &user, const domain::Setting &setting,
                                          const domain::Decision &decision,
                                          const domain::AccessPolicy &policy) const
{
    protocol::MeInfo me;
    me.user = user;
    me.setting = {decision.setting, decision.settingName, setting.device};
    for (domain::DeclarationKind kind : policy.owedDeclarations(user, decision.setting)) {
        const int version = kind == domain::DeclarationKind::Security
                                ? policy.config().securityDeclarationVersion
                                : policy.config().extendedSyopsVersion;
        me.declarationsOwed.append({kind, version, declarationTitle(kind), declarationText(kind, version)});
    }
    return me;
}

Result<protocol::MeInfo> AccountService::me(const Caller &caller)
{
    return describe(caller.user, caller.setting, caller.settingDecision, *caller.policy);
}

Result<protocol::MeInfo> AccountService::acceptDeclaration(const Caller &caller,
                                                           const protocol::DeclarationRequest &request)
{
    const domain::PolicyConfig &config = caller.policy->config();
    const int current = request.kind == domain::DeclarationKind::Security ? config.securityDeclarationVersion
                                                                          : config.extendedSyopsVersion;
    if (request.version != current)
        return Error{svc::Conflict,
                     u"Version %1 of this declaration is not the current one (%2). Read the current "
                     u"text and accept that."_s.arg(request.version)
                         .arg(current)};
    store::Database &db = m_context.database();
    const QDateTime now = m_context.now();
    const store::Status done = db.transaction([&]() -> store::Status {
        if (auto s = store::UserRepository(db).addDeclaration(caller.user.id,
                                                              {request.kind, request.version, now});
            !s)
            return s;
        auto audited = store::AuditLog(db).append(
            caller.user.id, u"declaration.accepted"_s, u"user:"_s + caller.user.id,
            {{u"kind"_s, domain::declarationKindToString(request.kind)}, {u"version"_s, request.version}},
            now);
        if (!audited)
            return audited.error();
        return {};
    });
    if (!done)
        return internalError(done.errorString());
    m_context.people().invalidate(caller.user.id);
    auto user = store::UserRepository(db).loadUser(caller.user.id);
    if (!user)
        return internalError(user.errorString());
    return describe(user.value(), caller.setting, caller.settingDecision, *caller.policy);
}

void AccountService::auditRefusal(const QString &actor, const QString &route, const Error &error)
{
    bestEffort(store::AuditLog(m_context.database())
                   .append(actor, u"request.refused"_s, route, {{u"code"_s, error.code}}, m_context.now()),
               "auditing a refusal");
}

} // namespace srs::server
