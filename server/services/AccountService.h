#pragma once

#include "ServerContext.h"

#include "domain/AccessPolicy.h"
#include "domain/Result.h"
#include "domain/Setting.h"
#include "protocol/Messages.h"
#include "store/SessionRepository.h"

#include <memory>
#include <optional>

namespace srs::server {

// Who is calling, established for every authenticated request.
struct Caller
{
    domain::User user;
    domain::Setting setting;
    domain::Decision settingDecision; // allowed; carries the recognised setting kind and name
    std::shared_ptr<const domain::AccessPolicy> policy;
    QString tokenHash;
    bool activityDue = false; // the session's last-seen time should be brought up to date
};

// Sign-in, sessions and declarations (Safe People and Safe Settings at the door).
//
// Sign-in checks, in order: the source address is not being slowed down after failures;
// the password (Argon2id) and the TOTP code (RFC 6238, a code's time step is accepted once);
// the account is not locked (5 failures lock it for 15 minutes); then the access policy
// for the person and the setting. Credentials are always checked before anything about the
// account is revealed, and every credential failure gets the same message.
class AccountService
{
public:
    explicit AccountService(ServerContext &context);

    [[nodiscard]] Result<protocol::SessionInfo>
    signIn(protocol::SignInRequest request, const domain::Setting &setting, const QString &sourceAddress);
    // Bearer token from the Authorization header; checks the session (device binding, idle
    // timeout, absolute lifetime) and then the policy for this person and setting again.
    // `readBefore`, when given, is the session the header's token names as just read (with the
    // device's revocation, in one statement: SessionRepository::findActiveForDevice); otherwise
    // it is read here.
    [[nodiscard]] Result<Caller>
    authenticate(QByteArrayView authorizationHeader, const domain::Setting &setting,
                 const store::Result<store::ActiveSession> *readBefore = nullptr);
    // The stored hash of the session token an Authorization header carries ("Bearer " and the
    // token, base64url); empty when the header holds no well-formed token.
    [[nodiscard]] static QString tokenHashOf(QByteArrayView authorizationHeader);
    // Brings the session's last-seen time up to date (when caller.activityDue). authenticate()
    // only reads, so that a request's reads can share one transaction; this write comes after.
    void recordActivity(const Caller &caller);
    [[nodiscard]] Status signOut(const Caller &caller);
    [[nodiscard]] Result<protocol::MeInfo> me(const Caller &caller);
    [[nodiscard]] Result<protocol::MeInfo> acceptDeclaration(const Caller &caller,
                                                             const protocol::DeclarationRequest &request);
    // Records a refusal of a request in the audit log.
    void auditRefusal(const QString &actor, const QString &route, const Error &error);

private:
    [[nodiscard]] protocol::MeInfo describe(const domain::User &user, const domain::Setting &setting,
                                            const domain::Decision &decision,
                                            const domain::AccessPolicy &policy) const;
    // The person and the policy's sign-in decision for this setting (in settingDecision,
    // allowed or not): what both sign-in and every later call decide on.
    // `disabledNow`: whether the account is disabled, when the caller has just read it.
    [[nodiscard]] Result<Caller> admit(const QString &userId, const domain::Setting &setting,
                                       const QDateTime &now, std::optional<bool> disabledNow = std::nullopt);
    [[nodiscard]] static Error accountDisabled();
    [[nodiscard]] Error badCredentials(const QString &userId, const QString &username, const QString &reason,
                                       const QString &source);

    ServerContext &m_context;
};

} // namespace srs::server
