#include "ConnectionMonitor.h"

#include "api/CallGroup.h"
#include "api/Client.h"
#include "api/SessionsApi.h"

#include "net/Transport.h"

namespace srs::session {

ConnectionMonitor::ConnectionMonitor(net::Transport *transport, QString serverUrl,
                                     domain::DeviceClass configuredSetting, QObject *parent)
    : QObject(parent), m_serverUrl(std::move(serverUrl)),
      m_client(new api::Client(transport, m_serverUrl, this)), m_configuredSetting(configuredSetting)
{
    if (!transport->parent())
        transport->setParent(this); // otherwise it is shared, and its owner keeps it
}

ConnectionMonitor::~ConnectionMonitor() = default;

void ConnectionMonitor::connectToServer()
{
    if (api::isPending(m_job))
        return; // already checking
    auto *call = api::SessionsApi(*m_client).health();
    m_job = call;
    call->onSucceeded(this, [this](const protocol::HealthInfo &h) {
        m_health = h;
        m_failure = {};
        setState(State::Connected);
    });
    connect(call, &api::PendingCall::failed, this, [this](const api::ApiFailure &f) {
        m_failure = f;
        setState(State::Failed);
    });
    setState(State::Connecting);
}

bool ConnectionMonitor::settingMismatch() const
{
    return m_state == State::Connected && m_health.device.deviceClass != m_configuredSetting;
}

void ConnectionMonitor::setState(State s)
{
    m_state = s;
    emit stateChanged(s);
}

} // namespace srs::session
