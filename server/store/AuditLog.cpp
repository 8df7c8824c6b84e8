#include "AuditLog.h"

#include "Database.h"

#include "crypto/Crypto.h"

#include <QJsonDocument>

namespace srs::store {
namespace {

void appendField(QByteArray &out, const QByteArray &value)
{
    out += QByteArray::number(value.size());
    out += ':';
    out += value;
    out += '\n';
}

QByteArray compactJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

constexpr int VerifyPage = 1000;

} // namespace

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QByteArray AuditLog::canonicalBytes(const AuditEvent &event, const QByteArray &detailsJson)
{
    QByteArray out = QByteArrayLiteral("srs-audit-v1\n");
    appendField(out, QByteArray::number(event.seq));
    appendField(out, QByteArray::number(event.occurredAt.toMSecsSinceEpoch()));
    appendField(out, event.actor.toUtf8());
    appendField(out, event.action.toUtf8());
    appendField(out, event.subject.toUtf8());
    appendField(out, detailsJson);
    return out;
}

QString AuditLog::chainHash(const QString &prevHashHex, const AuditEvent &event,
                            const QByteArray &detailsJson)
{
    const QByteArray prev = QByteArray::fromHex(prevHashHex.toLatin1());
    return QString::fromLatin1(crypto::sha256(QByteArray(prev + canonicalBytes(event, detailsJson))).toHex());
}

Result<AuditEvent> AuditLog::append(const QString &actor, const QString &action, const QString &subject,
                                    const QJsonObject &details, const QDateTime &at)
{
    return m_db.transaction([&]() -> Result<AuditEvent> {
        // Take the head row's lock first (PostgreSQL; SQLite's BEGIN IMMEDIATE already holds
        // the database), then read it: every append sees the previous one's result.
        if (auto lock = m_db.exec(QStringLiteral("UPDATE audit_head SET last_seq = last_seq WHERE id = 1"));
            !lock.ok())
            return lock.error();
        auto head = m_db.exec(QStringLiteral("SELECT last_seq, last_hash FROM audit_head WHERE id = 1"));
        if (!head.ok())
            return head.error();
        if (!head->next())
            return invalid(QStringLiteral("The audit log has no head row; the schema is damaged."));

        AuditEvent e;
        e.seq = head->value(0).toLongLong() + 1;
        e.prevHash = head->value(1).toString();
        e.occurredAt = QDateTime::fromMSecsSinceEpoch(at.toMSecsSinceEpoch(), Qt::UTC);
        e.actor = actor;
        e.action = action;
        e.subject = subject;
        e.details = details;
        const QByteArray json = compactJson(details);
        e.hash = chainHash(e.prevHash, e, json);

        auto insert =
            m_db.exec(QStringLiteral("INSERT INTO audit_events (seq, occurred_at, actor, action, subject, "
                                     "details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      {e.seq, e.occurredAt.toMSecsSinceEpoch(), e.actor, e.action, e.subject,
                       QString::fromUtf8(json), e.prevHash, e.hash});
        if (!insert.ok())
            return insert.error();
        if (Status s = m_db.execChanging(
                QStringLiteral("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1"),
                {e.seq, e.hash});
            !s.ok())
            return s.error();
        return e;
    });
}

Result<AuditLog::VerifyReport> AuditLog::verify()
{
    VerifyReport report;
    qint64 expected = 1;
    QString prev = genesisHash();
    // Read the whole chain in one transaction so that concurrent appends do not make a
    // consistent log look broken.
    return m_db.readTransaction([&]() -> Result<VerifyReport> {
        auto fail = [&report](qint64 seq, QString reason) {
            report.intact = false;
            report.firstBadSeq = seq;
            report.reason = std::move(reason);
            return report;
        };
        for (;;) {
            auto q = m_db.exec(
                QStringLiteral("SELECT seq, occurred_at, actor, action, subject, details, prev_hash, "
                               "hash FROM audit_events WHERE seq >= ? ORDER BY seq LIMIT %1")
                    .arg(VerifyPage),
                {expected});
            if (!q.ok())
                return q.error();
            int rows = 0;
            while (q->next()) {
                ++rows;
                AuditEvent e;
                e.seq = q->value(0).toLongLong();
                e.occurredAt = QDateTime::fromMSecsSinceEpoch(q->value(1).toLongLong(), Qt::UTC);
                e.actor = q->value(2).toString();
                e.action = q->value(3).toString();
                e.subject = q->value(4).toString();
                const QByteArray json = q->value(5).toString().toUtf8();
                e.prevHash = q->value(6).toString();
                e.hash = q->value(7).toString();
                if (e.seq != expected) {
                    return fail(expected,
                                QStringLiteral("Audit event %1 is missing: the log jumps from event %2 to "
                                               "event %3 (events were removed).")
                                    .arg(expected)
                                    .arg(expected - 1)
                                    .arg(e.seq));
                }
                if (e.prevHash != prev) {
                    return fail(e.seq,
                                QStringLiteral("Audit event %1 does not follow event %2: its link to the "
                                               "previous event is wrong (events were reordered, replaced "
                                               "or an earlier one rewritten).")
                                    .arg(e.seq)
                                    .arg(e.seq - 1));
                }
                if (chainHash(prev, e, json) != e.hash) {
                    return fail(e.seq,
                                QStringLiteral("Audit event %1 was altered: its content no longer matches "
                                               "its hash.")
                                    .arg(e.seq));
                }
                prev = e.hash;
                ++expected;
                ++report.eventsChecked;
            }
            if (rows < VerifyPage)
                break;
        }
        auto head = m_db.exec(QStringLiteral("SELECT last_seq, last_hash FROM audit_head WHERE id = 1"));
        if (!head.ok())
            return head.error();
        if (!head->next())
            return fail(expected, QStringLiteral("The audit log's head record is missing."));
        const qint64 lastSeq = head->value(0).toLongLong();
        if (lastSeq != expected - 1) {
            return fail(expected, QStringLiteral("Audit event %1 is missing: the log ends at event %2 but %3 "
                                                 "events were written (events were removed from the end).")
                                      .arg(expected)
                                      .arg(expected - 1)
                                      .arg(lastSeq));
        }
        if (head->value(1).toString() != prev) {
            return fail(lastSeq, QStringLiteral("Audit event %1 does not match the recorded end of the log "
                                                "(the last event was replaced).")
                                     .arg(lastSeq));
        }
        return report;
    });
}

Result<QList<AuditEvent>> AuditLog::list(qint64 afterSeq, int limit)
{
    auto q =
        m_db.exec(QStringLiteral("SELECT seq, occurred_at, actor, action, subject, details, prev_hash, hash "
                                 "FROM audit_events WHERE seq > ? ORDER BY seq LIMIT %1")
                      .arg(qBound(1, limit, 100000)),
                  {afterSeq});
    if (!q.ok())
        return q.error();
    QList<AuditEvent> out;
    while (q->next()) {
        AuditEvent e;
        e.seq = q->value(0).toLongLong();
        e.occurredAt = QDateTime::fromMSecsSinceEpoch(q->value(1).toLongLong(), Qt::UTC);
        e.actor = q->value(2).toString();
        e.action = q->value(3).toString();
        e.subject = q->value(4).toString();
        e.details = QJsonDocument::fromJson(q->value(5).toString().toUtf8()).object();
        e.prevHash = q->value(6).toString();
        e.hash = q->value(7).toString();
        out.append(e);
    }
    return out;
}

} // namespace srs::store
