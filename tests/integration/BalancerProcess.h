#pragma once

#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace srs::testing {

// A real HAProxy (Debian's haproxy) in front of server instances on loopback, as production
// runs it: TCP mode, TLS passed through to the servers (mutual TLS ends at our server), a PROXY
// protocol v2 header on each connection, round robin, health checks. Stopped when this object
// goes away. start() failing is a test failure, never a skip.
class BalancerProcess
{
public:
    explicit BalancerProcess(QList<int> serverPorts);
    ~BalancerProcess();
    BalancerProcess(const BalancerProcess &) = delete;
    BalancerProcess &operator=(const BalancerProcess &) = delete;

    // Writes the configuration, starts HAProxy in the foreground and waits until it accepts
    // connections; false (with errorString()) otherwise.
    bool start();
    void stop();

    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QString configuration() const;
    // $SRS_HAPROXY, or /usr/sbin/haproxy.
    [[nodiscard]] static QString binary();
    // A port nothing on loopback listens on just now.
    [[nodiscard]] static int freePort();

private:
    QList<int> m_serverPorts;
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
    QString m_error;
};

} // namespace srs::testing
