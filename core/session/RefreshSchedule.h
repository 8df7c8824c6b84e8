#pragma once

#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace srs::session {

class Clock;
class Session;

// When a list kept up to date from the server (the person's requests, the files they bring in)
// is asked again: it is wanted from sign-in or unlock (want()) until locked or signed out
// (stop()); while wanted, a timer wakes every few seconds and the list is asked again when the
// session is active, nothing is under way, and the refresh interval has passed since it was
// last asked (measured with the Clock's steady time, so a computer waking from sleep asks at once).
class RefreshSchedule
{
public:
    // `refresh` is run when due; `busy` says whether an earlier refresh is still under way.
    RefreshSchedule(Session *session, const Clock &clock, QObject *context, std::function<void()> refresh,
                    std::function<bool()> busy);

    void want();
    // Locked (forget = false: wanted again on unlock) or signed out.
    void stop(bool forget);
    // A refresh was sent now.
    void asked();
    [[nodiscard]] bool wanted() const { return m_wanted; }
    void setWanted() { m_wanted = true; }
    // Runs the refresh if it is due (what the timer does).
    void runIfDue();

    void setIntervalSeconds(int seconds);
    [[nodiscard]] qint64 intervalMs() const { return m_intervalMs; }
    [[nodiscard]] bool isRunning() const { return m_tick.isActive(); }

private:
    Session *m_session;
    const Clock &m_clock;
    std::function<void()> m_refresh;
    std::function<bool()> m_busy;
    bool m_wanted = false;
    qint64 m_intervalMs = 60'000;
    std::optional<qint64> m_lastAskedMs;
    QTimer m_tick;
};

} // namespace srs::session
