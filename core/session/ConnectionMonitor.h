#pragma once

#include "net/NetError.h"
#include "protocol/HealthInfo.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace srs::net {
class Transport;
class HealthJob;
} // namespace srs::net

namespace srs::session {

// Whether this workstation can reach the clearance server, and how the server identified it.
// The UI shows its state; connectToServer() (re)checks.
class ConnectionMonitor : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Connecting,
        Connected,
        Failed,
    };
    Q_ENUM(State)

    // Takes ownership of the transport unless it already has a parent.
    ConnectionMonitor(net::Transport *transport, QString serverUrl, domain::DeviceClass configuredSetting,
                      QObject *parent = nullptr);
    ~ConnectionMonitor() override;

    void connectToServer();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const protocol::HealthInfo &health() const { return m_health; }
    [[nodiscard]] const net::NetFailure &failure() const { return m_failure; }
    [[nodiscard]] QString serverUrl() const { return m_serverUrl; }
    [[nodiscard]] domain::DeviceClass configuredSetting() const { return m_configuredSetting; }
    // True when connected but the server saw a different kind of device than configured.
    [[nodiscard]] bool settingMismatch() const;

signals:
    void stateChanged(srs::session::ConnectionMonitor::State state);

private:
    void setState(State s);

    net::Transport *m_transport;
    QString m_serverUrl;
    domain::DeviceClass m_configuredSetting;
    QPointer<net::HealthJob> m_job;
    State m_state = State::Idle;
    protocol::HealthInfo m_health;
    net::NetFailure m_failure;
};

} // namespace srs::session
