#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace srs::testing {

// A real SMTP receiver (Debian's python3-aiosmtpd, a required package) on loopback, started in
// a temporary folder of its own: every message it accepts is written whole to a Maildir there,
// where messages() reads them. start() waits until the port answers with SMTP's greeting; stop()
// (and the destructor) ends it. A missing aiosmtpd is a failure of start(), never a reason to
// skip.
class SmtpReceiver
{
public:
    SmtpReceiver();
    ~SmtpReceiver();
    SmtpReceiver(const SmtpReceiver &) = delete;
    SmtpReceiver &operator=(const SmtpReceiver &) = delete;

    bool start();
    void stop();
    [[nodiscard]] int port() const { return m_port; }
    // "smtp://127.0.0.1:<port>"
    [[nodiscard]] QString url() const;
    [[nodiscard]] QString error() const { return m_error; }
    // Every message received so far, as it arrived (headers and body), oldest first.
    [[nodiscard]] QList<QByteArray> messages() const;

    static constexpr const char *Python = "/usr/bin/python3";

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
    QString m_error;
};

} // namespace srs::testing
