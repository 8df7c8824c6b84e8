#include "CallGroup.h"

namespace srs::api {

void CallGroup::cancelAll()
{
    const auto calls = std::exchange(m_calls, {});
    for (const QPointer<PendingCall> &call : calls) {
        if (!call)
            continue;
        call->disconnect(); // forgotten: no handler runs, whatever comes
        call->cancel();
    }
}

qsizetype CallGroup::pending() const
{
    qsizetype n = 0;
    for (const QPointer<PendingCall> &call : m_calls)
        n += isPending(call) ? 1 : 0;
    return n;
}

} // namespace srs::api
