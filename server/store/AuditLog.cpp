#include "AuditLog.h"

#include "AuditKey.h"
#include "Database.h"

#include "crypto/Crypto.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <algorithm>

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

QString AuditLog::storableText(const QString &text)
{
    QString out = text; // shares the text until something must change
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            ++i; // a pair: one astral character
            continue;
        }
        if (c == 0 || QChar::isSurrogate(c))
            out[i] = QChar::ReplacementCharacter;
    }
    return out;
}

QByteArray AuditLog::canonicalBytes(const AuditEvent &event, const QByteArray &detailsJson, int version)
{
    QByteArray out = "srs-audit-v" + QByteArray::number(version) + '\n';
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

QString AuditLog::hashOf(const QString &prevHashHex, const AuditEvent &event,
                         const QByteArray &detailsJson) const
{
    const AuditKey *key = m_db.auditKey();
    if (!key || !key->covers(event.seq))
        return chainHash(prevHashHex, event, detailsJson);
    const QByteArray prev = QByteArray::fromHex(prevHashHex.toLatin1());
    return QString::fromLatin1(key->mac(QByteArray(prev + canonicalBytes(event, detailsJson, 2))).toHex());
}

QString AuditLog::Head::toString() const
{
    return QString::number(seq) + QLatin1Char(':') + hash;
}

std::optional<AuditLog::Head> AuditLog::Head::fromString(const QString &text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 1)
        return std::nullopt;
    bool ok = false;
    Head h;
    h.seq = text.first(colon).toLongLong(&ok);
    h.hash = text.sliced(colon + 1).toLower();
    if (!ok || h.seq < 1 || h.hash.size() != 64)
        return std::nullopt;
    for (QChar c : std::as_const(h.hash)) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return std::nullopt;
    }
    return h;
}

Result<std::shared_ptr<const AuditKey>> AuditLog::useKeyFile(const QString &path, const QDateTime &now)
{
    if (QFileInfo::exists(path)) {
        auto loaded = AuditKey::load(path);
        if (!loaded)
            return loaded.error();
        auto key = std::make_shared<const AuditKey>(std::move(loaded).value());
        // A log made before it (a new database beside a kept key file) adopts its start.
        if (auto adopted = m_db.exec(QStringLiteral("UPDATE audit_head SET keyed_from = ? WHERE id = 1 AND "
                                                    "keyed_from = 0"),
                                     {key->keyedFrom()});
            !adopted.ok())
            return adopted.error();
        m_db.setAuditKey(key);
        return key;
    }
    std::shared_ptr<const AuditKey> key;
    const Status made = m_db.transaction([&]() -> Status {
        if (auto lock = m_db.exec(QStringLiteral("UPDATE audit_head SET last_seq = last_seq WHERE id = 1"));
            !lock.ok())
            return lock.error();
        auto head = m_db.exec(QStringLiteral("SELECT last_seq, keyed_from FROM audit_head WHERE id = 1"));
        if (!head.ok())
            return head.error();
        if (!head->next())
            return invalid(QStringLiteral("The audit log has no head row; the schema is damaged."));
        const qint64 lastSeq = head->value(0).toLongLong();
        const qint64 keyedFrom = head->value(1).toLongLong();
        if (keyedFrom > 0)
            return invalid(QStringLiteral("The audit log is keyed from event %1, but the audit key file %2 "
                                          "is missing. Restore it from a backup, or copy it from another "
                                          "server instance: a new key could not check the events already "
                                          "written.")
                               .arg(keyedFrom)
                               .arg(path));
        key = std::make_shared<const AuditKey>(AuditKey::generate(lastSeq + 1));
        if (Status saved = key->save(path); !saved.ok())
            return saved;
        m_db.setAuditKey(key);
        Status sealed = m_db.execChanging(QStringLiteral("UPDATE audit_head SET keyed_from = ? WHERE id = 1"),
                                          {key->keyedFrom()});
        if (sealed.ok() && lastSeq > 0) {
            auto marked =
                append(QStringLiteral("system"), QStringLiteral("audit.chain-keyed"), QStringLiteral("audit"),
                       {{QStringLiteral("keyed_from"), key->keyedFrom()}}, now);
            if (!marked.ok())
                sealed = marked.error();
        }
        if (!sealed.ok()) {
            m_db.setAuditKey(nullptr);
            QFile::remove(path);
        }
        return sealed;
    });
    if (!made.ok())
        return made.error();
    return key;
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

        // Hash exactly what is written: each field as the database will give it back.
        AuditEvent e;
        e.seq = head->value(0).toLongLong() + 1;
        e.prevHash = head->value(1).toString();
        e.occurredAt = QDateTime::fromMSecsSinceEpoch(at.toMSecsSinceEpoch(), Qt::UTC);
        e.actor = storableText(actor);
        e.action = storableText(action);
        e.subject = storableText(subject);
        e.details = details;
        const QString storedJson = storableText(QString::fromUtf8(compactJson(details)));
        const QByteArray json = storedJson.toUtf8();
        e.hash = hashOf(e.prevHash, e, json);

        auto insert =
            m_db.exec(QStringLiteral("INSERT INTO audit_events (seq, occurred_at, actor, action, subject, "
                                     "details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      {e.seq, e.occurredAt.toMSecsSinceEpoch(), e.actor, e.action, e.subject, storedJson,
                       e.prevHash, e.hash});
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

Result<AuditLog::Head> AuditLog::head()
{
    auto q = m_db.exec(QStringLiteral("SELECT last_seq, last_hash FROM audit_head WHERE id = 1"));
    if (!q.ok())
        return q.error();
    if (!q->next())
        return invalid(QStringLiteral("The audit log has no head row; the schema is damaged."));
    return Head{q->value(0).toLongLong(), q->value(1).toString()};
}

Result<AuditLog::VerifyReport> AuditLog::verify(const std::optional<Head> &expectedHead)
{
    const AuditKey *key = m_db.auditKey();
    VerifyReport report;
    report.keyedFrom = key ? key->keyedFrom() : 0;
    // Read the whole chain in one transaction so that concurrent appends do not make a
    // consistent log look broken.
    return m_db.readTransaction([&]() -> Result<VerifyReport> {
        auto broken = [&report](qint64 seq, const QString &reason) {
            if (report.intact) {
                report.intact = false;
                report.firstBadSeq = seq;
                report.reason = reason;
            }
            ++report.breakCount;
            if (report.breaks.size() < MaxReportedBreaks)
                report.breaks.append({seq, reason});
        };
        auto headRow =
            m_db.exec(QStringLiteral("SELECT last_seq, last_hash, keyed_from FROM audit_head WHERE id = 1"));
        if (!headRow.ok())
            return headRow.error();
        if (!headRow->next())
            return invalid(QStringLiteral("The audit log's head record is missing; the schema is damaged."));
        const qint64 lastSeq = headRow->value(0).toLongLong();
        const QString lastHash = headRow->value(1).toString();
        const qint64 recordedKeyedFrom = headRow->value(2).toLongLong();
        if (!key && recordedKeyedFrom > 0)
            return invalid(QStringLiteral("The audit log is keyed from event %1: checking it needs the audit "
                                          "key file.")
                               .arg(recordedKeyedFrom));
        if (key && recordedKeyedFrom > 0 && recordedKeyedFrom != key->keyedFrom())
            broken(std::min(recordedKeyedFrom, key->keyedFrom()),
                   QStringLiteral("The database records the log as keyed from event %1, but the audit key "
                                  "file says from event %2: the key file belongs to another log, or the "
                                  "record was changed.")
                       .arg(recordedKeyedFrom)
                       .arg(key->keyedFrom()));

        qint64 expected = 1;
        QString prev = genesisHash();
        QString prevRecomputed; // after an altered event, what its hash should have been
        bool headSeen = false;
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
                ++report.eventsChecked;
                // One report per bad event; the walk goes on from what is stored, so one altered
                // event is one report, not a cascade.
                const QString computed = hashOf(e.prevHash, e, json);
                if (e.seq != expected) {
                    const QString missing = e.seq == expected + 1
                                                ? QStringLiteral("Audit event %1 is missing").arg(expected)
                                                : QStringLiteral("Audit events %1 to %2 are missing")
                                                      .arg(expected)
                                                      .arg(e.seq - 1);
                    broken(expected, missing + QStringLiteral(": the log jumps from event %1 to event %2 "
                                                              "(events were removed).")
                                                   .arg(expected - 1)
                                                   .arg(e.seq));
                } else if (e.prevHash != prev && (prevRecomputed.isEmpty() || e.prevHash != prevRecomputed)) {
                    broken(e.seq,
                           QStringLiteral("Audit event %1 does not follow event %2: its link to the previous "
                                          "event is wrong (events were reordered, replaced or an earlier one "
                                          "rewritten).")
                               .arg(e.seq)
                               .arg(e.seq - 1));
                } else if (computed != e.hash) {
                    broken(e.seq, QStringLiteral("Audit event %1 was altered: its content no longer matches "
                                                 "its %2.")
                                      .arg(e.seq)
                                      .arg(key && key->covers(e.seq) ? QStringLiteral("keyed hash")
                                                                     : QStringLiteral("hash")));
                }
                if (expectedHead && e.seq == expectedHead->seq) {
                    headSeen = true;
                    if (e.hash != expectedHead->hash)
                        broken(e.seq, QStringLiteral("Audit event %1 is not the event published as the head "
                                                     "(its hash differs): it was rewritten after the head "
                                                     "was published.")
                                          .arg(e.seq));
                }
                prev = e.hash;
                prevRecomputed = computed != e.hash ? computed : QString();
                expected = e.seq + 1;
            }
            if (rows < VerifyPage)
                break;
        }
        const qint64 lastEvent = expected - 1;
        if (lastSeq > lastEvent) {
            broken(lastEvent + 1, QStringLiteral("Audit event %1 is missing: the log ends at event %2 but %3 "
                                                 "events were written (events were removed from the end).")
                                      .arg(lastEvent + 1)
                                      .arg(lastEvent)
                                      .arg(lastSeq));
        } else if (lastSeq < lastEvent) {
            broken(lastSeq + 1, QStringLiteral("The log's head record says %1 events were written, but it "
                                               "holds event %2 (the head record was changed).")
                                    .arg(lastSeq)
                                    .arg(lastEvent));
        } else if (lastHash != prev) {
            broken(lastSeq, QStringLiteral("Audit event %1 does not match the recorded end of the log "
                                           "(the last event was replaced).")
                                .arg(lastSeq));
        }
        if (expectedHead && !headSeen) {
            broken(expectedHead->seq,
                   QStringLiteral("Audit event %1, published as the head, is missing: the log now ends at "
                                  "event %2 (events were removed from the end and the head rewound).")
                       .arg(expectedHead->seq)
                       .arg(lastEvent));
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
