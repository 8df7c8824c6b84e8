#include "ClamdFixture.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace srs::testing {

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace

ClamdFixture::ClamdFixture() : m_dir(std::make_unique<QTemporaryDir>()) {}

ClamdFixture::~ClamdFixture()
{
    stop();
}

QByteArray ClamdFixture::eicar()
{
    // The standard test string, in three parts so that this source file is not itself it.
    QByteArray out("X5O!P%@AP[4\\PZX54(P^)7CC)7}$");
    out += "EICAR-STANDARD-ANTIVIRUS-";
    out += "TEST-FILE!$H+H*";
    return out;
}

QString ClamdFixture::socketPath() const
{
    return m_dir->path() + QStringLiteral("/clamd.sock");
}

bool ClamdFixture::running() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QByteArray ClamdFixture::ask(const QString &socketPath, const QByteArray &command)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return {};
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray native = QFile::encodeName(socketPath);
    std::memcpy(address.sun_path, native.constData(),
                std::min(size_t(native.size()), sizeof(address.sun_path) - 1));
    timeval timeout{5, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof(timeout));
    QByteArray reply;
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) == 0 &&
        ::send(fd, command.constData(), size_t(command.size()) + 1, MSG_NOSIGNAL) == command.size() + 1) {
        char buffer[256];
        ssize_t n = 0;
        while ((n = ::recv(fd, buffer, sizeof(buffer), 0)) > 0) {
            reply.append(buffer, n);
            if (reply.contains('\0'))
                break;
        }
    }
    ::close(fd);
    const qsizetype end = reply.indexOf('\0');
    return (end < 0 ? reply : reply.left(end)).trimmed();
}

bool ClamdFixture::start()
{
    if (running())
        return true;
    if (!QFileInfo(QString::fromLatin1(ClamdPath)).isExecutable()) {
        m_error = QStringLiteral("%1 is missing: install clamav-daemon (scripts/setup-deps)")
                      .arg(QString::fromLatin1(ClamdPath));
        return false;
    }
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    const QDir dir(m_dir->path());
    dir.mkpath(QStringLiteral("db"));
    const QByteArray sample = eicar();
    const QByteArray md5 = QCryptographicHash::hash(sample, QCryptographicHash::Md5).toHex();
    // By the whole file's MD5 (.hdb), and by its bytes anywhere in a file (.ndb, any target).
    const bool written =
        writeFile(dir.filePath(QStringLiteral("db/test.hdb")),
                  md5 + ':' + QByteArray::number(sample.size()) + ':' + SignatureName + '\n') &&
        writeFile(dir.filePath(QStringLiteral("db/test.ndb")),
                  QByteArray(SignatureName) + "-Body:0:*:" + sample.toHex() + '\n');
    const QByteArray conf = "Foreground yes\n"
                            "LocalSocket " +
                            QFile::encodeName(socketPath()) +
                            "\n"
                            "LocalSocketMode 600\n"
                            "DatabaseDirectory " +
                            QFile::encodeName(dir.filePath(QStringLiteral("db"))) +
                            "\n"
                            "TemporaryDirectory " +
                            QFile::encodeName(m_dir->path()) +
                            "\n"
                            "LogFile " +
                            QFile::encodeName(dir.filePath(QStringLiteral("clamd.log"))) +
                            "\n"
                            "PidFile " +
                            QFile::encodeName(dir.filePath(QStringLiteral("clamd.pid"))) +
                            "\n"
                            "LogSyslog no\n"
                            "StreamMaxLength 64M\n"
                            "MaxThreads 2\n";
    if (!written || !writeFile(dir.filePath(QStringLiteral("clamd.conf")), conf)) {
        m_error = QStringLiteral("cannot write clamd's configuration");
        return false;
    }
    QFile::remove(socketPath());
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(QString::fromLatin1(ClamdPath),
                     {QStringLiteral("-c"), dir.filePath(QStringLiteral("clamd.conf"))});
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("clamd did not start: ") + m_process->errorString();
        return false;
    }
    const QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        if (ask(socketPath(), "zPING") == "PONG")
            return true;
        if (m_process->waitForFinished(100)) {
            m_error = QStringLiteral("clamd exited: ") + QString::fromLocal8Bit(m_process->readAll());
            return false;
        }
    }
    m_error = QStringLiteral("clamd did not answer PING within 60 seconds: ") +
              QString::fromLocal8Bit(m_process->readAll());
    return false;
}

void ClamdFixture::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(15000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
    QFile::remove(socketPath());
}

} // namespace srs::testing
