#include "SmtpReceiver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <algorithm>

namespace srs::testing {

SmtpReceiver::SmtpReceiver() = default;

SmtpReceiver::~SmtpReceiver()
{
    stop();
}

QString SmtpReceiver::url() const
{
    return QStringLiteral("smtp://127.0.0.1:%1").arg(m_port);
}

bool SmtpReceiver::start()
{
    if (!QFileInfo::exists(QString::fromLatin1(Python))) {
        m_error = QStringLiteral("%1 is missing (scripts/setup-deps installs python3-aiosmtpd)")
                      .arg(QString::fromLatin1(Python));
        return false;
    }
    if (!m_dir) {
        m_dir = std::make_unique<QTemporaryDir>();
        // A free port on loopback, found by binding one and letting it go.
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            m_error = QStringLiteral("no free port on loopback");
            return false;
        }
        m_port = probe.serverPort();
        probe.close();
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(QString::fromLatin1(Python),
                     {QStringLiteral("-m"), QStringLiteral("aiosmtpd"), QStringLiteral("-n"),
                      QStringLiteral("-l"), QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("-c"),
                      QStringLiteral("aiosmtpd.handlers.Mailbox"),
                      m_dir->filePath(QStringLiteral("maildir"))});
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("aiosmtpd did not start: %1").arg(m_process->errorString());
        return false;
    }
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running) {
            m_error = QStringLiteral("aiosmtpd ended: %1").arg(QString::fromUtf8(m_process->readAll()));
            return false;
        }
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(m_port));
        if (socket.waitForConnected(500) && socket.waitForReadyRead(2000) &&
            socket.readAll().startsWith("220"))
            return true;
        QThread::msleep(100);
    }
    m_error = QStringLiteral("aiosmtpd did not answer on port %1").arg(m_port);
    return false;
}

void SmtpReceiver::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

QList<QByteArray> SmtpReceiver::messages() const
{
    QList<QByteArray> out;
    if (!m_dir)
        return out;
    QList<QFileInfo> files;
    for (const QString &sub : {QStringLiteral("new"), QStringLiteral("cur")}) {
        const QDir d(m_dir->filePath(QStringLiteral("maildir/") + sub));
        files += d.entryInfoList(QDir::Files);
    }
    std::sort(files.begin(), files.end(), [](const QFileInfo &a, const QFileInfo &b) {
        return a.birthTime() != b.birthTime() ? a.birthTime() < b.birthTime() : a.fileName() < b.fileName();
    });
    for (const QFileInfo &f : files) {
        QFile file(f.filePath());
        if (file.open(QIODevice::ReadOnly))
            out.append(file.readAll());
    }
    return out;
}

} // namespace srs::testing
