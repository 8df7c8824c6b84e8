#include "ConnectionMonitor.h"

#include "net/HealthJob.h"
#include "net/Transport.h"

namespace srs::session {

ConnectionMonitor::ConnectionMonitor(net::Transport *transport, QString serverUrl,
                                     domain::DeviceClass configuredSetting, QObject *parent)
    : QObject(parent), m_transport(transport), m_serverUrl(std::move(serverUrl)),
      m_configuredSetting(configuredSetting)
{
    if (!m_transport->parent())
        m_transport->setParent(this); // otherwise it is shared, and its owner keeps it
}

ConnectionMonitor::~ConnectionMonitor() = default;

void ConnectionMonitor::connectToServer()
{
    if (m_job)
        return; // already checking
    auto *job = new net::HealthJob(m_transport, m_serverUrl, this);
    m_job = job;
    connect(job, &net::HealthJob::succeeded, this, [this](const protocol::HealthInfo &h) {
        m_health = h;
        m_failure = {};
        setState(State::Connected);
    });
    connect(job, &net::HealthJob::failed, this, [this](const net::NetFailure &f) {
        m_failure = f;
        setState(State::Failed);
    });
    connect(job, &net::HealthJob::finished, job, &QObject::deleteLater);
    setState(State::Connecting);
    job->start();
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
