#pragma once

#include <QDateTime>
#include <QHash>

#include <mutex>
#include <optional>

namespace srs::server {

// A small thread-safe map whose entries expire a fixed time after they were stored, by the
// server's clock. For data read on every request that other processes (the admin command)
// may change: the delay bounds how long a change takes to reach a running server.
template <class Key, class Value>
class ExpiringCache
{
public:
    explicit ExpiringCache(qint64 maxAgeMs, qsizetype maxEntries = 10000)
        : m_maxAgeMs(maxAgeMs), m_maxEntries(maxEntries)
    {}

    [[nodiscard]] std::optional<Value> find(const Key &key, const QDateTime &now)
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_entries.constFind(key);
        if (it == m_entries.constEnd())
            return std::nullopt;
        const qint64 age = it->storedAt.msecsTo(now);
        if (age < 0 || age >= m_maxAgeMs) // expired, or the clock went back
            return std::nullopt;
        return it->value;
    }

    void store(const Key &key, const Value &value, const QDateTime &now)
    {
        std::lock_guard lock(m_mutex);
        if (m_entries.size() >= m_maxEntries)
            m_entries.clear(); // crude but bounded; entries are cheap to read again
        m_entries.insert(key, Entry{value, now});
    }

    void invalidate(const Key &key)
    {
        std::lock_guard lock(m_mutex);
        m_entries.remove(key);
    }

private:
    struct Entry
    {
        Value value;
        QDateTime storedAt;
    };
    const qint64 m_maxAgeMs;
    const qsizetype m_maxEntries;
    std::mutex m_mutex;
    QHash<Key, Entry> m_entries;
};

} // namespace srs::server
