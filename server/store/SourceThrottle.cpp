#include "SourceThrottle.h"

#include "Database.h"

#include "domain/IpRange.h"

namespace srs::store {

namespace {

// The account key: usernames are lower case; whatever was typed is bounded and folded the
// same way, so that "Alice" and "alice" share a count.
// "user:" so that no username (not even an empty one) reads as the whole source's row ('*').
QString accountKey(const QString &account)
{
    return QStringLiteral("user:") + account.trimmed().left(128).toLower();
}

} // namespace

QString SourceThrottle::sourceGroup(const QString &address)
{
    const auto parsed = domain::IpAddress::parse(address);
    if (!parsed)
        return address.left(64); // not an address (cannot happen for a TCP peer): kept as it is
    if (parsed->family() != domain::IpAddress::Family::IPv6)
        return parsed->toString();
    // Zero the interface identifier: the /64 the address belongs to.
    QString prefix;
    const auto &b = parsed->bytes();
    for (int i = 0; i < 8; i += 2) {
        prefix += QString::number((b[static_cast<std::size_t>(i)] << 8) | b[static_cast<std::size_t>(i + 1)], 16);
        prefix += QLatin1Char(':');
    }
    const QString text = prefix + QLatin1Char(':');
    const auto network = domain::IpAddress::parse(text);
    return (network ? network->toString() : prefix) + QStringLiteral("/64");
}

Result<QDateTime> SourceThrottle::blockedUntil(const QString &source, const QString &account,
                                               const QDateTime &now)
{
    auto q = m_db.exec(QStringLiteral("SELECT MAX(blocked_until) FROM sign_in_throttle WHERE source = ? AND "
                                      "(account = '*' OR account = ?)"),
                       {sourceGroup(source), accountKey(account)});
    if (!q.ok())
        return q.error();
    if (!q->next() || q->value(0).isNull())
        return QDateTime();
    const QDateTime until = Database::decodeTime(q->value(0));
    return until.isValid() && until > now ? until : QDateTime();
}

Result<SourceThrottle::State> SourceThrottle::countFailure(const QString &group, const QString &account,
                                                           const Settings &settings, const QDateTime &now)
{
    // Create the row if needed, then lock it with an update before reading.
    auto ins = m_db.exec(QStringLiteral("INSERT INTO sign_in_throttle (source, account, failures, "
                                        "last_failure_at, blocked_until) VALUES (?, ?, 0, ?, NULL) "
                                        "ON CONFLICT (source, account) DO NOTHING"),
                         {group, account, Database::encodeTime(now)});
    if (!ins.ok())
        return ins.error();
    auto q = m_db.exec(
        QStringLiteral("UPDATE sign_in_throttle SET failures = failures WHERE source = ? AND account = ?"),
        {group, account});
    if (!q.ok())
        return q.error();
    auto s = m_db.exec(QStringLiteral("SELECT failures, last_failure_at FROM sign_in_throttle "
                                      "WHERE source = ? AND account = ?"),
                       {group, account});
    if (!s.ok())
        return s.error();
    if (!s->next())
        return notFound(QStringLiteral("The throttle row vanished."));
    int failures = s->value(0).toInt();
    const QDateTime last = Database::decodeTime(s->value(1));
    if (last.isValid() && last.secsTo(now) > settings.forgetAfterSeconds)
        failures = 0;
    ++failures;
    State state;
    state.failures = failures;
    if (failures > settings.freeFailures) {
        const int doublings = qMin(failures - settings.freeFailures - 1, 30);
        const qint64 seconds = qMin<qint64>(qint64(1) << doublings, settings.maxBlockSeconds);
        state.blockedUntil = now.addSecs(seconds);
    }
    auto u = m_db.exec(QStringLiteral("UPDATE sign_in_throttle SET failures = ?, last_failure_at = ?, "
                                      "blocked_until = ? WHERE source = ? AND account = ?"),
                       {failures, Database::encodeTime(now), Database::encodeTime(state.blockedUntil), group,
                        account});
    if (!u.ok())
        return u.error();
    return state;
}

Result<SourceThrottle::State> SourceThrottle::recordFailure(const QString &source, const QString &account,
                                                            const QDateTime &now)
{
    const QString group = sourceGroup(source);
    const QString key = accountKey(account);
    return m_db.transaction([&]() -> Result<State> {
        auto whole = countFailure(group, QStringLiteral("*"), m_perSource, now);
        if (!whole.ok())
            return whole;
        auto one = countFailure(group, key, m_perAccount, now);
        if (!one.ok())
            return one;
        const bool wholeLater = whole->blockedUntil.isValid() &&
                                (!one->blockedUntil.isValid() || whole->blockedUntil > one->blockedUntil);
        return wholeLater ? whole : one;
    });
}

Status SourceThrottle::recordSuccess(const QString &source, const QString &account)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM sign_in_throttle WHERE source = ? AND account = ?"),
                       {sourceGroup(source), accountKey(account)});
    if (!q.ok())
        return q.error();
    return {};
}

} // namespace srs::store
