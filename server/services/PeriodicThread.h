#pragma once

#include <QString>

#include <chrono>
#include <functional>
#include <memory>

namespace srs::store {
class Database;
}

namespace srs::server {

// A pass of background work on a thread of its own: once at start, then every `interval`, and
// at once when woken (a wake during a pass runs one more pass after it). stop() (and the
// destructor) lets the pass under way finish, ends the thread and waits for it; the thread's
// database connection is released as it ends. The workspace scanner, the ingest checks and the
// ingest sweep each run on one.
//
// Given a name, the work is shared with any other server instance on the same database: each
// pass is claimed first (store::PeriodicClaims), so it runs on one instance at a time and once
// per interval across all of them. A wake while another instance is mid-pass is tried again a
// second later, so work that has just arrived is not left for a whole interval.
class PeriodicThread
{
public:
    PeriodicThread(store::Database &database, std::chrono::seconds interval, std::function<void()> pass,
                   QString sharedName = {});
    ~PeriodicThread();
    PeriodicThread(const PeriodicThread &) = delete;
    PeriodicThread &operator=(const PeriodicThread &) = delete;

    void start(); // nothing when already started
    void wake();
    void stop();
    [[nodiscard]] bool running() const { return m_state != nullptr; }

private:
    store::Database &m_database;
    std::chrono::seconds m_interval;
    std::function<void()> m_pass;
    QString m_sharedName;
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace srs::server
