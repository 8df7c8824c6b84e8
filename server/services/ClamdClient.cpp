#include "ClamdClient.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;

namespace {

// One connection to clamd, with a deadline for everything done on it.
class Connection
{
public:
    Connection(const QString &path, int timeoutMs) : m_timeoutMs(timeoutMs)
    {
        if (path.isEmpty()) {
            m_problem = u"no malware scanner is configured (ingest.clamd_socket is empty)"_s;
            return;
        }
        const QByteArray native = QFile::encodeName(path);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        if (native.size() >= qsizetype(sizeof(address.sun_path))) {
            m_problem = u"the malware scanner's socket path %1 is too long"_s.arg(path);
            return;
        }
        std::memcpy(address.sun_path, native.constData(), size_t(native.size()));
        m_fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        if (m_fd < 0) {
            m_problem = u"cannot make a socket: %1"_s.arg(QString::fromLocal8Bit(std::strerror(errno)));
            return;
        }
        if (::connect(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) != 0) {
            if (errno != EINPROGRESS && errno != EAGAIN) {
                fail(u"the malware scanner (clamd) is not answering at %1: %2"_s.arg(
                    path, QString::fromLocal8Bit(std::strerror(errno))));
                return;
            }
            if (!wait(POLLOUT)) {
                fail(u"the malware scanner (clamd) at %1 did not accept the connection in time"_s.arg(path));
                return;
            }
            int error = 0;
            socklen_t length = sizeof(error);
            if (getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0 || error != 0) {
                fail(u"the malware scanner (clamd) is not answering at %1: %2"_s.arg(
                    path, QString::fromLocal8Bit(std::strerror(error))));
                return;
            }
        }
    }
    ~Connection()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    [[nodiscard]] bool ok() const { return m_fd >= 0 && m_problem.isEmpty(); }
    [[nodiscard]] QString problem() const { return m_problem; }

    bool send(const char *data, qsizetype size)
    {
        while (ok() && size > 0) {
            const ssize_t n = ::send(m_fd, data, size_t(size), MSG_NOSIGNAL);
            if (n > 0) {
                data += n;
                size -= n;
            } else if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
                if (!wait(POLLOUT))
                    fail(u"the malware scanner (clamd) stopped reading in time"_s);
            } else {
                fail(u"the malware scanner (clamd) closed the connection: %1"_s.arg(
                    QString::fromLocal8Bit(std::strerror(errno))));
            }
        }
        return ok();
    }

    // Reads the answer up to its terminating NUL (or the end of the connection), waiting at
    // most `waitMs` for it to begin and between its pieces.
    QByteArray answer(int waitMs)
    {
        m_timeoutMs = waitMs;
        QByteArray out;
        char buffer[4096];
        while (m_fd >= 0 && out.size() < 64 * 1024) {
            const ssize_t n = ::recv(m_fd, buffer, sizeof(buffer), 0);
            if (n > 0) {
                out.append(buffer, n);
                if (const qsizetype end = out.indexOf('\0'); end >= 0)
                    return out.left(end);
            } else if (n == 0) {
                break;
            } else if (errno == EAGAIN || errno == EINTR) {
                if (!wait(POLLIN)) {
                    m_problem = u"the malware scanner (clamd) did not answer in time"_s;
                    return {};
                }
            } else {
                break;
            }
        }
        if (out.isEmpty() && m_problem.isEmpty())
            m_problem = u"the malware scanner (clamd) closed the connection without an answer"_s;
        return out.trimmed();
    }

private:
    // Waits for the socket to be ready, at most the timeout: the limit is on a wait without
    // progress, not on the whole exchange (a large file takes as long as it takes to stream).
    bool wait(short events)
    {
        pollfd p{m_fd, events, 0};
        int rc = 0;
        do {
            rc = ::poll(&p, 1, m_timeoutMs);
        } while (rc < 0 && errno == EINTR);
        return rc > 0;
    }
    void fail(const QString &problem) { m_problem = problem; }

    int m_fd = -1;
    int m_timeoutMs;
    QString m_problem;
};

bool simpleCommand(const QString &socket, int timeoutMs, const char *command, QByteArrayView expected,
                   QString *problem)
{
    Connection c(socket, timeoutMs);
    if (c.ok())
        c.send(command, qsizetype(std::strlen(command) + 1));
    const QByteArray reply = c.ok() ? c.answer(timeoutMs) : QByteArray();
    if (c.ok() && reply.startsWith(expected))
        return true;
    if (problem)
        *problem =
            c.problem().isEmpty()
                ? u"the malware scanner (clamd) answered \"%1\""_s.arg(QString::fromUtf8(reply.left(200)))
                : c.problem();
    return false;
}

} // namespace

bool ClamdClient::ping(QString *problem) const
{
    return simpleCommand(m_socketPath, m_timeoutMs, "zPING", "PONG", problem);
}

bool ClamdClient::reload(QString *problem) const
{
    return simpleCommand(m_socketPath, m_timeoutMs, "zRELOAD", "RELOADING", problem);
}

ScanVerdict ClamdClient::scanFile(const QString &path) const
{
    ScanVerdict v;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        v.outcome = ScanVerdict::Outcome::FileError;
        v.problem = u"the quarantined file could not be opened to scan: %1"_s.arg(file.errorString());
        return v;
    }
    Connection c(m_socketPath, m_timeoutMs);
    static constexpr char command[] = "zINSTREAM";
    c.send(command, sizeof(command)); // with its NUL
    QByteArray piece(PieceBytes + 4, Qt::Uninitialized);
    bool sent = c.ok();
    while (sent) {
        const qint64 n = file.read(piece.data() + 4, PieceBytes);
        if (n < 0) {
            v.outcome = ScanVerdict::Outcome::FileError;
            v.problem = u"the quarantined file could not be read to scan: %1"_s.arg(file.errorString());
            return v;
        }
        const quint32 length = quint32(n);
        piece[0] = char((length >> 24) & 0xff);
        piece[1] = char((length >> 16) & 0xff);
        piece[2] = char((length >> 8) & 0xff);
        piece[3] = char(length & 0xff);
        sent = c.send(piece.constData(), 4 + n);
        if (n == 0)
            break; // the zero length that ends the stream
    }
    // clamd may answer early (a size limit) and close: its answer is read either way.
    const QByteArray reply = c.answer(m_answerTimeoutMs);
    const QString text = QString::fromUtf8(reply);
    if (text.endsWith(u" FOUND"_s)) {
        v.outcome = ScanVerdict::Outcome::Found;
        const qsizetype colon = text.indexOf(u": "_s);
        v.signature = text.mid(colon < 0 ? 0 : colon + 2).chopped(6).trimmed();
        return v;
    }
    if (sent && text == u"stream: OK"_s) {
        v.outcome = ScanVerdict::Outcome::Clean;
        return v;
    }
    v.problem = !text.isEmpty()
                    ? u"the malware scanner (clamd) could not scan the file: \"%1\""_s.arg(text.left(200))
                    : c.problem();
    if (v.problem.isEmpty())
        v.problem = u"the malware scanner (clamd) gave no answer"_s;
    return v;
}

} // namespace srs::server
