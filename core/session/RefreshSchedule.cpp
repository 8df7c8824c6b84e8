#include "RefreshSchedule.h"

#include "Clock.h"
#include "Session.h"

#include <algorithm>

namespace srs::session {

RefreshSchedule::RefreshSchedule(Session *session, const Clock &clock, QObject *context,
                                 std::function<void()> refresh, std::function<bool()> busy)
    : m_session(session), m_clock(clock), m_refresh(std::move(refresh)), m_busy(std::move(busy))
{
    // The timer only wakes the check; whether a refresh is due is measured with the Clock.
    m_tick.setInterval(5'000);
    QObject::connect(&m_tick, &QTimer::timeout, context, [this] { runIfDue(); });
}

void RefreshSchedule::want()
{
    m_wanted = true;
    m_lastAskedMs.reset();
    m_tick.start();
}

void RefreshSchedule::stop(bool forget)
{
    m_tick.stop();
    m_lastAskedMs.reset();
    if (forget)
        m_wanted = false;
}

void RefreshSchedule::asked()
{
    m_wanted = true;
    m_lastAskedMs = m_clock.steadyMs();
}

void RefreshSchedule::runIfDue()
{
    if (!m_wanted || m_session->state() != Session::State::Active || !m_session->readyForProjectWork() ||
        m_busy())
        return;
    if (m_lastAskedMs && m_clock.steadyMs() - *m_lastAskedMs < m_intervalMs)
        return;
    m_refresh();
}

void RefreshSchedule::setIntervalSeconds(int seconds)
{
    m_intervalMs = qint64(std::max(1, seconds)) * 1000;
}

} // namespace srs::session
