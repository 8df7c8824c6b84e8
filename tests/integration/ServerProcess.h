#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace srs::testing {

// The real srs-clearance-server, started on a free loopback port with the test PKI and its
// own temporary data folder, stopped (SIGTERM) when this object goes away.
class ServerProcess
{
public:
    struct Options
    {
        QString certificate = QStringLiteral("server.crt");
        QString key = QStringLiteral("server.key");
        QString deviceCa = QStringLiteral("ca.crt");
        QStringList extraArguments;
        // Merged into the configuration file ({"http": {...}}, "threads", ...).
        QJsonObject extraConfig;
        // Seed the demo world (admin --seed-demo) before serving; its persona table is then
        // in personas(). Loopback counts as a UK address, as in scripts/demo.
        bool seedDemo = false;
        // Another instance's data folder (keys, workspaces, quarantine), for several instances of
        // one service on one database; empty: a temporary folder of this process's own.
        QString sharedDataDir;
    };

    ServerProcess();
    explicit ServerProcess(const Options &options);
    ~ServerProcess();

    // Starts and waits for the "listening" log line; false (with errorString()) otherwise.
    bool start();
    // SIGTERM, then waits; returns the exit code (-1 if it had to be killed).
    int stop();
    // SIGKILL (kill -9), then waits: the server has no chance to finish anything.
    void kill();
    // Starts serving again on the same data (and a new port), after kill() or a crash.
    bool restart();

    [[nodiscard]] int port() const { return m_port; }
    // The server program's process id while it runs (for its /proc figures), 0 otherwise.
    [[nodiscard]] qint64 processId() const { return m_process.processId(); }
    [[nodiscard]] QString baseUrl() const;
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QString log() const { return QString::fromUtf8(m_log); }
    // The log with what the server has written since it was last read (call from a QTRY loop,
    // which lets the process's output in).
    [[nodiscard]] QString logNow()
    {
        readLog();
        return log();
    }
    // The logs of every run since start(), restarts included.
    [[nodiscard]] QString wholeLog()
    {
        readLog();
        return QString::fromUtf8(m_earlierLogs + m_log);
    }
    [[nodiscard]] QString personas() const { return m_personas; }
    // The TOTP secret (base32) of a seeded persona, from the persona table.
    [[nodiscard]] QString totpSecret(const QString &username) const;
    [[nodiscard]] QString dataDir() const
    {
        return m_options.sharedDataDir.isEmpty() ? m_dir.path() + QStringLiteral("/data")
                                                 : m_options.sharedDataDir;
    }
    [[nodiscard]] QString workspaceFolder(const QString &projectId) const
    {
        return dataDir() + QStringLiteral("/workspaces/") + projectId;
    }
    // Runs `srs-clearance-server admin ARGS --config <this server's>`; returns its exit code
    // (-1 if it did not finish) and its output in `output`.
    int runAdmin(const QStringList &arguments, QString *output = nullptr) const;
    // Any other command of the server's program ("audit verify", "register export ...") on its data.
    int runCommand(const QStringList &arguments, QString *output = nullptr) const;

    static QString pkiFile(const QString &name);
    static QString serverBinary();

private:
    void readLog();
    bool serve();

    Options m_options;
    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_log;
    QByteArray m_earlierLogs; // of the runs before restart()
    int m_port = 0;
    QString m_error;
    QString m_personas;
};

} // namespace srs::testing
