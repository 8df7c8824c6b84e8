#include "CheckAllowance.h"

#include "Database.h"

namespace srs::store {

Result<CheckAllowance::Grant> CheckAllowance::take(const QString &userId, const QDateTime &now)
{
    return m_db.transaction([&]() -> Result<Grant> {
        // Create the row if needed, then lock it with an update before reading, so that two
        // instances taking a run at once queue on it.
        auto ins = m_db.exec(QStringLiteral("INSERT INTO check_allowance (user_id, window_start, runs, bytes) "
                                            "VALUES (?, ?, 0, 0) ON CONFLICT (user_id) DO NOTHING"),
                             {userId, Database::encodeTime(now)});
        if (!ins.ok())
            return ins.error();
        auto lock =
            m_db.exec(QStringLiteral("UPDATE check_allowance SET runs = runs WHERE user_id = ?"), {userId});
        if (!lock.ok())
            return lock.error();
        auto q = m_db.exec(
            QStringLiteral("SELECT window_start, runs, bytes FROM check_allowance WHERE user_id = ?"), {userId});
        if (!q.ok())
            return q.error();
        if (!q->next())
            return notFound(QStringLiteral("The check allowance row vanished."));
        QDateTime start = Database::decodeTime(q->value(0));
        int runs = q->value(1).toInt();
        qint64 bytes = q->value(2).toLongLong();
        // A clock set back leaves the window as it was: it ends when it would have.
        if (!start.isValid() || start.secsTo(now) >= m_limits.windowSeconds) {
            start = now;
            runs = 0;
            bytes = 0;
        }
        Grant g;
        g.retryAt = start.addSecs(m_limits.windowSeconds);
        g.runsUsed = runs;
        if (runs >= m_limits.runsPerWindow || bytes >= m_limits.bytesPerWindow)
            return g;
        g.allowed = true;
        g.runsUsed = runs + 1;
        g.bytesLeft = m_limits.bytesPerWindow - bytes;
        auto u = m_db.exec(QStringLiteral("UPDATE check_allowance SET window_start = ?, runs = ?, bytes = ? "
                                          "WHERE user_id = ?"),
                           {Database::encodeTime(start), runs + 1, bytes, userId});
        if (!u.ok())
            return u.error();
        return g;
    });
}

Status CheckAllowance::addBytes(const QString &userId, qint64 bytes)
{
    auto q = m_db.exec(QStringLiteral("UPDATE check_allowance SET bytes = bytes + ? WHERE user_id = ?"),
                       {bytes, userId});
    if (!q.ok())
        return q.error();
    return {};
}

} // namespace srs::store
