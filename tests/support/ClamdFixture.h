#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace srs::testing {

// A real ClamAV daemon (/usr/sbin/clamd, a required package) started in a temporary folder of
// its own: clamd.conf with Foreground, a LocalSocket and a DatabaseDirectory in that folder, its
// log there too, and a signature database the fixture writes itself that knows only the EICAR
// test file (by its MD5, and by its bytes anywhere in a file). start() waits until the socket
// answers PING with PONG; stop() (and the destructor) ends it. A missing clamd is a failure of
// start(), never a reason to skip.
class ClamdFixture
{
public:
    ClamdFixture();
    ~ClamdFixture();
    ClamdFixture(const ClamdFixture &) = delete;
    ClamdFixture &operator=(const ClamdFixture &) = delete;

    // Starts clamd (again, after stop(), on the same socket path); false with error() otherwise.
    bool start();
    void stop();
    [[nodiscard]] bool running() const;
    [[nodiscard]] QString socketPath() const;
    [[nodiscard]] QString error() const { return m_error; }

    // The 68-byte EICAR anti-malware test file, built here (no copy of it is kept in the tree).
    [[nodiscard]] static QByteArray eicar();
    // Sends `command` (e.g. "zPING") and returns clamd's answer without its NUL ("" on failure).
    [[nodiscard]] static QByteArray ask(const QString &socketPath, const QByteArray &command);

    static constexpr const char *ClamdPath = "/usr/sbin/clamd";
    static constexpr const char *SignatureName = "Eicar-Test-Signature";

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    QString m_error;
};

} // namespace srs::testing
