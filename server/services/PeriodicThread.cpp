#include "PeriodicThread.h"

#include "store/Database.h"

#include <condition_variable>
#include <mutex>
#include <thread>

namespace srs::server {

struct PeriodicThread::State
{
    std::thread thread;
    std::mutex mutex;
    std::condition_variable wake;
    bool stopping = false;
    bool woken = false;
};

PeriodicThread::PeriodicThread(store::Database &database, std::chrono::seconds interval,
                               std::function<void()> pass)
    : m_database(database), m_interval(interval), m_pass(std::move(pass))
{}

PeriodicThread::~PeriodicThread()
{
    stop();
}

void PeriodicThread::start()
{
    if (m_state)
        return;
    m_state = std::make_unique<State>();
    State *state = m_state.get();
    state->thread = std::thread([this, state] {
        for (;;) {
            m_pass();
            std::unique_lock lock(state->mutex);
            state->wake.wait_for(lock, m_interval, [state] { return state->stopping || state->woken; });
            if (state->stopping)
                break;
            state->woken = false;
        }
        m_database.releaseThreadConnection();
    });
}

void PeriodicThread::wake()
{
    if (!m_state)
        return;
    {
        std::lock_guard lock(m_state->mutex);
        m_state->woken = true;
    }
    m_state->wake.notify_all();
}

void PeriodicThread::stop()
{
    if (!m_state)
        return;
    {
        std::lock_guard lock(m_state->mutex);
        m_state->stopping = true;
    }
    m_state->wake.notify_all();
    m_state->thread.join();
    m_state.reset();
}

} // namespace srs::server
