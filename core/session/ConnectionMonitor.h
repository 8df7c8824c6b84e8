#pragma once

#include "api/ApiFailure.h"
#include "protocol/HealthInfo.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace srs::api {
class Client;
class PendingCall;
} // namespace srs::api
namespace srs::net {
class Transport;
}

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
    [[nodiscard]] const api::ApiFailure &failure() const { return m_failure; }
    [[nodiscard]] QString serverUrl() const { return m_serverUrl; }
    [[nodiscard]] domain::DeviceClass configuredSetting() const { return m_configuredSetting; }
    // True when connected but the server saw a different kind of device than configured.
    [[nodiscard]] bool settingMismatch() const;

signals:
    void stateChanged(srs::session::ConnectionMonitor::State state);

private:
    void setState(State s);

    QString m_serverUrl;
    api::Client *m_client; // a child: the health check needs no session
    domain::DeviceClass m_configuredSetting;
    QPointer<api::PendingCall> m_job;
    State m_state = State::Idle;
    protocol::HealthInfo m_health;
    api::ApiFailure m_failure;
};

} // namespace srs::session
