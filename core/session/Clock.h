#pragma once

#include <QDateTime>

namespace srs::session {

// Where the session's timers read the time, so tests can move it on. steadyMs() never goes
// backwards (idle time is measured with it); now() is the calendar time (for expiry dates).
class Clock
{
public:
    virtual ~Clock();
    [[nodiscard]] virtual QDateTime now() const = 0;
    [[nodiscard]] virtual qint64 steadyMs() const = 0;

    // The machine's clocks.
    [[nodiscard]] static Clock &system();
};

} // namespace srs::session
