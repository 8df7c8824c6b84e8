#include "PeriodicThread.h"

#include "store/Database.h"
#include "store/PeriodicClaims.h"

#include <QLoggingCategory>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace srs::server {

namespace {
Q_LOGGING_CATEGORY(lcPeriodic, "srs.server.periodic")
constexpr auto BusyRetry = std::chrono::seconds(1);
} // namespace

struct PeriodicThread::State
{
    std::thread thread;
    std::mutex mutex;
    std::condition_variable wake;
    bool stopping = false;
    bool woken = false;
};

PeriodicThread::PeriodicThread(store::Database &database, std::chrono::seconds interval,
                               std::function<void()> pass, QString sharedName)
    : m_database(database), m_interval(interval), m_pass(std::move(pass)), m_sharedName(std::move(sharedName))
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
        std::unique_ptr<store::PeriodicClaims> claims;
        if (!m_sharedName.isEmpty())
            claims = std::make_unique<store::PeriodicClaims>(m_database, m_sharedName);
        bool woken = false;
        bool failing = false;
        for (;;) {
            bool retrySoon = false;
            if (!claims) {
                m_pass();
            } else {
                const auto claim = claims->claim(m_interval, woken);
                if (!claim) {
                    // The database is out of reach: tried again at the next turn, said once.
                    if (!failing)
                        qCWarning(lcPeriodic, "%s: cannot claim a pass: %s", qUtf8Printable(m_sharedName),
                                  qUtf8Printable(claim.error().message));
                    failing = true;
                } else {
                    failing = false;
                    if (claim.value() == store::PeriodicClaims::Claim::Run) {
                        m_pass();
                        claims->release();
                    } else if (claim.value() == store::PeriodicClaims::Claim::Busy && woken) {
                        retrySoon = true;
                    }
                    qCDebug(lcPeriodic, "%s: %s", qUtf8Printable(m_sharedName),
                            claim.value() == store::PeriodicClaims::Claim::Run ? "ran a pass"
                            : claim.value() == store::PeriodicClaims::Claim::Busy
                                ? "another instance is running it"
                                : "not due");
                }
            }
            std::unique_lock lock(state->mutex);
            const std::chrono::seconds wait = retrySoon ? BusyRetry : m_interval;
            state->wake.wait_for(lock, wait, [state] { return state->stopping || state->woken; });
            if (state->stopping)
                break;
            woken = state->woken || retrySoon;
            state->woken = false;
        }
        claims.reset();
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
