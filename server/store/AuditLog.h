#pragma once

#include "StoreResult.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace srs::store {

class Database;

// One entry of the audit log.
struct AuditEvent
{
    qint64 seq = 0;       // 1, 2, 3, ... with no gaps
    QDateTime occurredAt; // stored to the millisecond, UTC
    QString actor;        // a user id, or "system" / "admin-cli"
    QString action;       // for example "session.created", "session.refused", "project.member-added"
    QString subject;      // what it is about, for example "user:u-1", "project:P-2025-001"
    QJsonObject details;  // no secrets, ever
    QString prevHash;     // hex SHA-256 of the previous event (64 zeros for the first)
    QString hash;         // hex SHA-256(prev hash bytes || canonical bytes of this event)
};

// The append-only, hash-chained audit log.
//
// append() writes in the caller's transaction when there is one (so a change and its
// event commit or roll back together) and in its own otherwise. It locks the single
// audit_head row first, so concurrent appends, from threads or from several server
// instances sharing PostgreSQL, queue and the chain stays linear.
//
// verify() walks the whole chain and reports the first bad event: a gap in the
// sequence (an event removed), an event whose prev_hash is not its predecessor's hash
// (events reordered or replaced), an event whose content no longer matches its hash
// (altered), or a chain that ends before the recorded head (events removed at the end).
class AuditLog
{
public:
    explicit AuditLog(Database &db) : m_db(db) {}

    [[nodiscard]] Result<AuditEvent> append(const QString &actor, const QString &action,
                                            const QString &subject, const QJsonObject &details,
                                            const QDateTime &at);

    struct VerifyReport
    {
        bool intact = true;
        qint64 eventsChecked = 0;
        std::optional<qint64> firstBadSeq;
        QString reason; // plain English, names the event
    };
    [[nodiscard]] Result<VerifyReport> verify();

    // Events with seq > afterSeq, oldest first.
    [[nodiscard]] Result<QList<AuditEvent>> list(qint64 afterSeq = 0, int limit = 1000);

    // The bytes that are hashed: a versioned, length-prefixed encoding of every field
    // but the hashes, so no two different events share an encoding.
    [[nodiscard]] static QByteArray canonicalBytes(const AuditEvent &event, const QByteArray &detailsJson);
    [[nodiscard]] static QString chainHash(const QString &prevHashHex, const AuditEvent &event,
                                           const QByteArray &detailsJson);
    [[nodiscard]] static QString genesisHash();

private:
    Database &m_db;
};

} // namespace srs::store
