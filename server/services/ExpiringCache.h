#pragma once

#include <QDateTime>
#include <QHash>

#include <atomic>
#include <mutex>
#include <optional>

namespace srs::server {

// A small thread-safe map whose entries expire a fixed time after they were stored, by the
// server's clock. For data read on every request that other processes (the admin command)
// may change: the delay bounds how long a change takes to reach a running server.
//
// find() answers nothing when the caller should read the data and store() it: the entry is
// missing or has expired. So that a busy server does not have every request thread read the
// same data at the moment an entry expires, an entry past three quarters of its life is
// refreshed early: find() answers nothing to one caller (which reads it afresh) and the
// stored value to the others until it expires. Nothing older than the maximum age is ever
// answered.
//
// A caller about to read takes generation() first and gives it to store(): a value read
// while an entry was invalidated (a change made through this server) may be older than the
// change, so it is not stored.
template <class Key, class Value>
class ExpiringCache
{
public:
    explicit ExpiringCache(qint64 maxAgeMs, qsizetype maxEntries = 10000)
        : m_maxAgeMs(maxAgeMs), m_refreshAfterMs(maxAgeMs * 3 / 4), m_maxEntries(maxEntries)
    {}

    [[nodiscard]] qint64 maxAgeMs() const { return m_maxAgeMs; }
    [[nodiscard]] qint64 refreshAfterMs() const { return m_refreshAfterMs; }

    [[nodiscard]] std::optional<Value> find(const Key &key, const QDateTime &now)
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_entries.find(key);
        if (it == m_entries.end())
            return std::nullopt;
        const qint64 age = it->storedAt.msecsTo(now);
        if (age < 0 || age >= m_maxAgeMs) // expired, or the clock went back
            return std::nullopt;
        if (age >= m_refreshAfterMs && !it->refreshing) {
            it->refreshing = true; // this caller reads it afresh; the others go on with this copy
            return std::nullopt;
        }
        return it->value;
    }

    // How many invalidations there have been; take it before reading a value to store.
    [[nodiscard]] quint64 generation() const { return m_generation.load(std::memory_order_acquire); }

    // `now` is the time the value was read at or before (the caller's time before reading),
    // `generation` what generation() answered before reading.
    void store(const Key &key, const Value &value, const QDateTime &now, quint64 generation)
    {
        std::lock_guard lock(m_mutex);
        if (generation != m_generation.load(std::memory_order_relaxed)) {
            if (const auto it = m_entries.find(key); it != m_entries.end())
                it->refreshing = false; // let the next caller past the refresh age read it again
            return;
        }
        if (m_entries.size() >= m_maxEntries && !m_entries.contains(key))
            m_entries.clear(); // crude but bounded; entries are cheap to read again
        m_entries.insert(key, Entry{value, now, false});
    }

    void invalidate(const Key &key)
    {
        std::lock_guard lock(m_mutex);
        m_generation.fetch_add(1, std::memory_order_release);
        m_entries.remove(key);
    }

private:
    struct Entry
    {
        Value value;
        QDateTime storedAt;
        bool refreshing = false; // one caller has been sent to read it afresh
    };
    const qint64 m_maxAgeMs;
    const qint64 m_refreshAfterMs;
    const qsizetype m_maxEntries;
    std::mutex m_mutex;
    std::atomic<quint64> m_generation{0}; // changed under m_mutex
    QHash<Key, Entry> m_entries;
};

} // namespace srs::server
