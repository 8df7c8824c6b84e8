#include "BalancerProcess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace srs::testing {

BalancerProcess::BalancerProcess(QList<int> serverPorts) : m_serverPorts(std::move(serverPorts))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

BalancerProcess::~BalancerProcess()
{
    stop();
}

QString BalancerProcess::binary()
{
    const QString other = qEnvironmentVariable("SRS_HAPROXY");
    return other.isEmpty() ? QStringLiteral("/usr/sbin/haproxy") : other;
}

int BalancerProcess::freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QString BalancerProcess::configuration() const
{
    QString servers;
    for (qsizetype i = 0; i < m_serverPorts.size(); ++i)
        servers += QStringLiteral("    server s%1 127.0.0.1:%2 send-proxy-v2 check inter 1s fall 2 rise 1\n")
                       .arg(i + 1)
                       .arg(m_serverPorts.at(i));
    // Timeouts longer than the servers' own, so the servers decide when a connection is idle.
    return QStringLiteral("global\n"
                          "    maxconn 4096\n"
                          "defaults\n"
                          "    mode tcp\n"
                          "    timeout connect 5s\n"
                          "    timeout client 120s\n"
                          "    timeout server 120s\n"
                          "    retries 2\n"
                          "    option redispatch\n"
                          "frontend srs\n"
                          "    bind 127.0.0.1:%1\n"
                          "    default_backend clearance\n"
                          "backend clearance\n"
                          "    balance roundrobin\n")
               .arg(m_port) +
           servers;
}

bool BalancerProcess::start()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    m_port = freePort();
    const QString path = m_dir.path() + QStringLiteral("/haproxy.cfg");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(configuration().toUtf8()) < 0) {
        m_error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    file.close();
    m_process.start(binary(), {QStringLiteral("-db"), QStringLiteral("-f"), path});
    if (!m_process.waitForStarted(10'000)) {
        m_error = QStringLiteral("cannot start %1: %2 (scripts/setup-deps installs haproxy)")
                      .arg(binary(), m_process.errorString());
        return false;
    }
    QDeadlineTimer deadline(15'000);
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running)
            break;
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(m_port));
        if (probe.waitForConnected(500)) {
            probe.abort();
            return true;
        }
        QThread::msleep(100);
    }
    m_error = QStringLiteral("HAProxy did not start listening on port %1: %2")
                  .arg(m_port)
                  .arg(QString::fromUtf8(m_process.readAll()));
    return false;
}

void BalancerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10'000)) {
        m_process.kill();
        m_process.waitForFinished(5'000);
    }
}

} // namespace srs::testing
