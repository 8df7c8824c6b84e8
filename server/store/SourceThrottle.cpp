#include "SourceThrottle.h"

#include "Database.h"

namespace srs::store {

Result<QDateTime> SourceThrottle::blockedUntil(const QString &source, const QDateTime &now)
{
    auto q =
        m_db.exec(QStringLiteral("SELECT blocked_until FROM source_throttle WHERE source = ?"), {source});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return QDateTime();
    const QDateTime until = Database::decodeTime(q->value(0));
    return until.isValid() && until > now ? until : QDateTime();
}

Result<SourceThrottle::State> SourceThrottle::recordFailure(const QString &source, const QDateTime &now)
{
    return m_db.transaction([&]() -> Result<State> {
        // Create the row if needed, then lock it with an update before reading.
        auto ins =
            m_db.exec(QStringLiteral("INSERT INTO source_throttle (source, failures, last_failure_at, "
                                     "blocked_until) VALUES (?, 0, ?, NULL) ON CONFLICT (source) DO NOTHING"),
                      {source, Database::encodeTime(now)});
        if (!ins.ok())
            return ins.error();
        auto q = m_db.exec(QStringLiteral("UPDATE source_throttle SET failures = failures WHERE source = ?"),
                           {source});
        if (!q.ok())
            return q.error();
        auto s = m_db.exec(
            QStringLiteral("SELECT failures, last_failure_at FROM source_throttle WHERE source = ?"),
            {source});
        if (!s.ok())
            return s.error();
        if (!s->next())
            return notFound(QStringLiteral("The throttle row vanished."));
        int failures = s->value(0).toInt();
        const QDateTime last = Database::decodeTime(s->value(1));
        if (last.isValid() && last.secsTo(now) > m_settings.forgetAfterSeconds)
            failures = 0;
        ++failures;
        State state;
        state.failures = failures;
        if (failures > m_settings.freeFailures) {
            const int doublings = qMin(failures - m_settings.freeFailures - 1, 30);
            const qint64 seconds = qMin<qint64>(qint64(1) << doublings, m_settings.maxBlockSeconds);
            state.blockedUntil = now.addSecs(seconds);
        }
        auto u = m_db.exec(
            QStringLiteral("UPDATE source_throttle SET failures = ?, last_failure_at = ?, "
                           "blocked_until = ? WHERE source = ?"),
            {failures, Database::encodeTime(now), Database::encodeTime(state.blockedUntil), source});
        if (!u.ok())
            return u.error();
        return state;
    });
}

Status SourceThrottle::recordSuccess(const QString &source)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM source_throttle WHERE source = ?"), {source});
    if (!q.ok())
        return q.error();
    return {};
}

} // namespace srs::store
