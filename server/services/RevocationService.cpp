#include "RevocationService.h"

#include "store/AuditLog.h"
#include "store/CacheKeyShareRepository.h"
#include "store/RevokedDeviceRepository.h"
#include "store/SessionRepository.h"
#include "store/UserRepository.h"

#include <QJsonObject>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;

namespace {

Error storeError(const store::StoreError &e)
{
    return Error{u"store"_s, e.message};
}

QJsonObject withReason(QJsonObject details, const QString &reason)
{
    if (!reason.isEmpty())
        details.insert(u"reason"_s, reason);
    return details;
}

} // namespace

QString normaliseSerial(const QString &text)
{
    QString hex = text.trimmed();
    if (hex.startsWith(u"0x"_s, Qt::CaseInsensitive))
        hex = hex.sliced(2);
    hex.remove(u':').remove(u' ');
    if (hex.isEmpty() || hex.size() > 128)
        return {};
    for (const QChar c : hex) {
        const bool isHex = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (!isHex)
            return {};
    }
    qsizetype zeros = 0;
    while (zeros < hex.size() - 1 && hex.at(zeros) == u'0')
        ++zeros;
    return hex.sliced(zeros).toUpper();
}

RevocationService::RevocationService(ServerContext &context, QString actor)
    : m_context(context), m_actor(std::move(actor))
{}

Result<RevocationService::Outcome> RevocationService::disableUser(const QString &userId,
                                                                  const QString &reason)
{
    store::Database &db = m_context.database();
    Outcome outcome;
    const store::Status done = db.transaction([&]() -> store::Status {
        const store::Status set = store::UserRepository(db).setDisabled(userId, true);
        if (!set.ok())
            return set.code() == store::StoreError::Code::NotFound ? store::Status{} : set;
        outcome.changed = true;
        auto event = store::AuditLog(db).append(m_actor, u"user.disabled"_s, u"user:"_s + userId,
                                                withReason({}, reason), m_context.now());
        if (!event.ok())
            return event.error();
        return {};
    });
    if (!done.ok())
        return storeError(done.error());
    m_context.people().invalidate(userId);
    return outcome;
}

Result<RevocationService::Outcome> RevocationService::enableUser(const QString &userId, const QString &reason)
{
    store::Database &db = m_context.database();
    Outcome outcome;
    const store::Status done = db.transaction([&]() -> store::Status {
        const store::Status set = store::UserRepository(db).setDisabled(userId, false);
        if (!set.ok())
            return set.code() == store::StoreError::Code::NotFound ? store::Status{} : set;
        outcome.changed = true;
        auto ended = store::SessionRepository(db).revokeAllForUser(userId);
        if (!ended.ok())
            return ended.error();
        outcome.sessionsEnded = ended.value();
        auto event = store::AuditLog(db).append(
            m_actor, u"user.enabled"_s, u"user:"_s + userId,
            withReason({{u"sessions_ended"_s, outcome.sessionsEnded}}, reason), m_context.now());
        if (!event.ok())
            return event.error();
        return {};
    });
    if (!done.ok())
        return storeError(done.error());
    m_context.people().invalidate(userId);
    return outcome;
}

Result<RevocationService::Outcome> RevocationService::endSessions(const QString &userId,
                                                                  const QString &reason)
{
    store::Database &db = m_context.database();
    Outcome outcome;
    const store::Status done = db.transaction([&]() -> store::Status {
        auto ended = store::SessionRepository(db).revokeAllForUser(userId);
        if (!ended.ok())
            return ended.error();
        outcome.sessionsEnded = ended.value();
        outcome.changed = outcome.sessionsEnded > 0;
        auto event = store::AuditLog(db).append(
            m_actor, u"user.sessions-ended"_s, u"user:"_s + userId,
            withReason({{u"sessions_ended"_s, outcome.sessionsEnded}}, reason), m_context.now());
        if (!event.ok())
            return event.error();
        return {};
    });
    if (!done.ok())
        return storeError(done.error());
    return outcome;
}

Result<RevocationService::Outcome> RevocationService::revokeDevice(const QString &serialText,
                                                                   const QString &note)
{
    const QString serial = normaliseSerial(serialText);
    if (serial.isEmpty())
        return Error{u"bad-serial"_s,
                     u"\"%1\" is not a certificate serial number in hexadecimal"_s.arg(serialText)};
    store::Database &db = m_context.database();
    const QDateTime now = m_context.now();
    Outcome outcome;
    const store::Status done = db.transaction([&]() -> store::Status {
        auto added = store::RevokedDeviceRepository(db).revoke({serial, now, note});
        if (!added.ok())
            return added.error();
        if (!added.value())
            return {}; // already revoked: nothing to record
        outcome.changed = true;
        auto ended = store::SessionRepository(db).revokeAllForDevice(serial);
        if (!ended.ok())
            return ended.error();
        outcome.sessionsEnded = ended.value();
        auto shares = store::CacheKeyShareRepository(db).revokeAllForDevice(serial, now);
        if (!shares.ok())
            return shares.error();
        outcome.sharesRevoked = shares.value();
        auto event = store::AuditLog(db).append(m_actor, u"device.revoked"_s, u"device-serial:"_s + serial,
                                                {{u"note"_s, note},
                                                 {u"sessions_ended"_s, outcome.sessionsEnded},
                                                 {u"cache_shares_revoked"_s, outcome.sharesRevoked}},
                                                now);
        if (!event.ok())
            return event.error();
        return {};
    });
    if (!done.ok())
        return storeError(done.error());
    return outcome;
}

} // namespace srs::server
