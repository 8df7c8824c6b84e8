#pragma once

#include <QString>

namespace srs::server {

// What clamd said about one file.
struct ScanVerdict
{
    enum class Outcome
    {
        Clean,       // "stream: OK"
        Found,       // "stream: <signature> FOUND"
        Unavailable, // no answer: not configured, not running, timed out, or clamd's own error
        FileError,   // the file itself could not be read (nothing was sent to clamd)
    };
    Outcome outcome = Outcome::Unavailable;
    QString signature; // Found: the signature's name
    QString problem;   // Unavailable: what went wrong, in plain words

    [[nodiscard]] bool clean() const { return outcome == Outcome::Clean; }
};

// A small client of ClamAV's daemon over its local (Unix domain) socket. A file is streamed to
// it with the INSTREAM command in pieces (each piece's length as 4 bytes, big-endian, a zero
// length at the end), never read whole into memory. Every wait has a timeout: `timeoutMs` for
// connecting and for each piece to be taken, `answerTimeoutMs` for the verdict once the whole
// stream is sent (clamd scans it then). A scanner that cannot be reached, times out or answers
// with an error gives Unavailable, never Clean.
class ClamdClient
{
public:
    explicit ClamdClient(QString socketPath, int timeoutMs = 60000, int answerTimeoutMs = 600000)
        : m_socketPath(std::move(socketPath)), m_timeoutMs(timeoutMs), m_answerTimeoutMs(answerTimeoutMs)
    {}

    // PING answered with PONG; `problem` says why not.
    [[nodiscard]] bool ping(QString *problem = nullptr) const;
    // Streams the file at `path` to clamd and reads its answer.
    [[nodiscard]] ScanVerdict scanFile(const QString &path) const;
    // Asks clamd to read its signature databases again (after new ones were copied in).
    [[nodiscard]] bool reload(QString *problem = nullptr) const;

    static constexpr qint64 PieceBytes = 64 * 1024;

private:
    QString m_socketPath;
    int m_timeoutMs;
    int m_answerTimeoutMs;
};

} // namespace srs::server
