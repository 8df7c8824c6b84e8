#pragma once

#include "StoreResult.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace srs::store {

class AuditKey;
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
    QString prevHash;     // hex hash of the previous event (64 zeros for the first)
    QString hash;         // hex SHA-256 (unkeyed) or HMAC-SHA256 (keyed) of prev hash || canonical bytes
};

// The append-only, hash-chained audit log.
//
// append() writes in the caller's transaction when there is one (so a change and its
// event commit or roll back together) and in its own otherwise. It locks the single
// audit_head row first, so concurrent appends, from threads or from several server
// instances sharing PostgreSQL, queue and the chain stays linear.
//
// What is hashed is exactly what is stored: text that a database cannot hold as it is (an
// unpaired UTF-16 surrogate, a NUL character) is replaced by U+FFFD before hashing, and
// the details are hashed as the compact JSON text written to the row.
//
// When the database has an AuditKey, events from its keyedFrom() on are chained with
// HMAC-SHA256 under that key (canonical bytes "srs-audit-v2"); earlier ones keep their
// plain SHA-256 ("srs-audit-v1"). Without the key nobody can recompute a keyed hash.
//
// verify() walks the whole chain and reports every bad event: a gap in the sequence
// (events removed), an event whose prev_hash is not its predecessor's hash (events
// reordered or replaced), an event whose content no longer matches its hash (altered), a
// chain that ends before the recorded head (events removed at the end), and, when given
// a published head, a chain that no longer holds it (truncated and the head rewound).
class AuditLog
{
public:
    explicit AuditLog(Database &db) : m_db(db) {}

    // Loads the audit key file at `path` and keys this database's log with it. On first start
    // (no file yet) creates it, keyed from the event after the current head, records that
    // number in audit_head.keyed_from and, when the log already has events, appends an
    // "audit.chain-keyed" event: a keyed event that seals the unkeyed events before it. A
    // missing file for a log that is already keyed is an error: a new key could not check it.
    [[nodiscard]] Result<std::shared_ptr<const AuditKey>> useKeyFile(const QString &path,
                                                                     const QDateTime &now);

    [[nodiscard]] Result<AuditEvent> append(const QString &actor, const QString &action,
                                            const QString &subject, const QJsonObject &details,
                                            const QDateTime &at);

    // The end of the chain: what to publish so that later rewriting or truncation shows.
    struct Head
    {
        qint64 seq = 0;
        QString hash;
        // "SEQ:HASH", the form `audit head` prints and `audit verify --expect-head` reads.
        [[nodiscard]] QString toString() const;
        [[nodiscard]] static std::optional<Head> fromString(const QString &text);
    };
    // The recorded head (the last event's sequence number and hash).
    [[nodiscard]] Result<Head> head();

    struct Break
    {
        qint64 seq = 0;
        QString reason; // plain English, names the event
    };
    struct VerifyReport
    {
        bool intact = true;
        qint64 eventsChecked = 0;
        qint64 keyedFrom = 0;  // the first keyed event (0: the log is not keyed)
        QList<Break> breaks;   // every bad event, in order (at most MaxReportedBreaks)
        qint64 breakCount = 0; // all of them, also those past MaxReportedBreaks
        std::optional<qint64> firstBadSeq;
        QString reason; // of the first break
    };
    static constexpr qsizetype MaxReportedBreaks = 100000;
    [[nodiscard]] Result<VerifyReport> verify(const std::optional<Head> &expectedHead = std::nullopt);

    // Events with seq > afterSeq, oldest first.
    [[nodiscard]] Result<QList<AuditEvent>> list(qint64 afterSeq = 0, int limit = 1000);

    // The bytes that are hashed: a versioned, length-prefixed encoding of every field
    // but the hashes, so no two different events share an encoding. Version 1 is the
    // unkeyed chain, version 2 the keyed one.
    [[nodiscard]] static QByteArray canonicalBytes(const AuditEvent &event, const QByteArray &detailsJson,
                                                   int version = 1);
    // The unkeyed (version 1) hash.
    [[nodiscard]] static QString chainHash(const QString &prevHashHex, const AuditEvent &event,
                                           const QByteArray &detailsJson);
    [[nodiscard]] static QString genesisHash();
    // `text` as the database stores it exactly: unpaired surrogates and NUL become U+FFFD.
    [[nodiscard]] static QString storableText(const QString &text);

private:
    // The hash of `event` as this log chains it (keyed or not, by its sequence number).
    [[nodiscard]] QString hashOf(const QString &prevHashHex, const AuditEvent &event,
                                 const QByteArray &detailsJson) const;

    Database &m_db;
};

} // namespace srs::store
