#pragma once

#include "ServerContext.h"

#include "domain/Result.h"

#include <QString>

namespace srs::server {

// Normalises a certificate serial number as typed by a person ("0x00:1a:2b", "1A 2B") or as
// printed by OpenSSL to upper-case hex without leading zeros ("1A2B"); empty when the text is
// not a hexadecimal number.
[[nodiscard]] QString normaliseSerial(const QString &text);

// Taking access away now: disabling accounts, ending sessions, revoking device certificates.
// Each change and its audit event are written in one transaction. Nothing here is cached
// anywhere: every request reads the account's disabled flag with its session, its session,
// and the revoked serials afresh, so each change takes effect on the next request on every
// server instance sharing the database (the admin command runs in another process).
class RevocationService
{
public:
    struct Outcome
    {
        bool changed = false; // false when it was already so (nothing written)
        int sessionsEnded = 0;
        int sharesRevoked = 0;
    };

    RevocationService(ServerContext &context, QString actor);

    // `reason`, when given, is kept in the audit event's details.
    // Refuses every request of the person's sessions (403 account-disabled) and every sign-in.
    // Audited as "user.disabled".
    [[nodiscard]] Result<Outcome> disableUser(const QString &userId, const QString &reason = {});
    // Lets the person sign in again. Sessions from before are ended, so none comes back to
    // life. Audited as "user.enabled".
    [[nodiscard]] Result<Outcome> enableUser(const QString &userId, const QString &reason = {});
    // Ends every session of the person (they must sign in again). Audited as "user.sessions-ended".
    [[nodiscard]] Result<Outcome> endSessions(const QString &userId, const QString &reason = {});
    // Records the serial (any form normaliseSerial() reads) as revoked, ends the sessions made
    // with it and revokes its cache key shares. Audited as "device.revoked".
    [[nodiscard]] Result<Outcome> revokeDevice(const QString &serial, const QString &note);

private:
    ServerContext &m_context;
    QString m_actor;
};

} // namespace srs::server
