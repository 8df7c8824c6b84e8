#pragma once

#include "PendingCall.h"

#include <QList>
#include <QPointer>

namespace srs::api {

// The calls a controller has under way, to be stopped together (the workstation locked, the
// person signed out, the review closed). cancelAll() cancels each call and forgets it: nothing
// connected to it hears from it again, not even of the cancellation. Going out of scope does the
// same.
class CallGroup
{
public:
    CallGroup() = default;
    CallGroup(const CallGroup &) = delete;
    CallGroup &operator=(const CallGroup &) = delete;
    ~CallGroup() { cancelAll(); }

    template <typename C>
    C *add(C *call)
    {
        m_calls.removeIf([](const QPointer<PendingCall> &c) { return c.isNull() || c->isFinished(); });
        m_calls.append(call);
        return call;
    }

    void cancelAll();
    // Calls of this group still under way.
    [[nodiscard]] qsizetype pending() const;
    [[nodiscard]] bool isEmpty() const { return pending() == 0; }

private:
    QList<QPointer<PendingCall>> m_calls;
};

// Whether the call is there and still under way.
[[nodiscard]] inline bool isPending(const QPointer<PendingCall> &call)
{
    return call && !call->isFinished();
}

} // namespace srs::api
