#include "PendingCall.h"

namespace srs::api {

PendingCall::PendingCall(QString routeName, QObject *parent)
    : QObject(parent), m_routeName(std::move(routeName))
{}

PendingCall::~PendingCall()
{
    // A transfer still under way is stopped by its job, a child that goes with the call; nothing
    // it reports on its way out is delivered.
    m_finished = true;
    m_abort = {};
}

void PendingCall::cancel()
{
    if (m_finished)
        return;
    auto abort = std::exchange(m_abort, {});
    fail(ApiFailure::cancelled());
    if (abort)
        abort();
}

void PendingCall::fail(const ApiFailure &failure)
{
    if (m_finished)
        return;
    m_finished = true;
    m_abort = {};
    emit failed(failure);
    emit finished();
    deleteLater();
}

void PendingCall::deliver(const QByteArray &body)
{
    if (m_finished)
        return;
    const QString problem = decode(body);
    if (!problem.isEmpty()) {
        fail(ApiFailure::badResponse(problem));
        return;
    }
    succeed();
}

void PendingCall::succeed()
{
    if (m_finished)
        return;
    m_finished = true;
    m_abort = {};
    emit succeeded();
    emit finished();
    deleteLater();
}

} // namespace srs::api
