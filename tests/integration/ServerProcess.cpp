#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace srs::testing {

ServerProcess::ServerProcess() : ServerProcess(Options{}) {}

ServerProcess::ServerProcess(const Options &options) : m_options(options)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
}

ServerProcess::~ServerProcess()
{
    stop();
}

QString ServerProcess::pkiFile(const QString &name)
{
    return QStringLiteral(SRS_TEST_PKI_DIR) + QLatin1Char('/') + name;
}

QString ServerProcess::serverBinary()
{
    // SRS_TEST_SERVER_BINARY runs the tests against another build of the server (to see a test
    // fail against the code before a change).
    const QString other = qEnvironmentVariable("SRS_TEST_SERVER_BINARY");
    return other.isEmpty() ? QStringLiteral(SRS_SERVER_BINARY) : other;
}

QString ServerProcess::baseUrl() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(m_port);
}

bool ServerProcess::start()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    const QString configPath = m_dir.path() + QStringLiteral("/config.json");
    QJsonObject config{
        {QStringLiteral("listen"), QStringLiteral("127.0.0.1:0")},
        {QStringLiteral("data_dir"), dataDir()},
        {QStringLiteral("uk_ranges"), QJsonArray{QStringLiteral("127.0.0.0/8")}},
        {QStringLiteral("tls"), QJsonObject{{QStringLiteral("certificate"), pkiFile(m_options.certificate)},
                                            {QStringLiteral("key"), pkiFile(m_options.key)},
                                            {QStringLiteral("device_ca"), pkiFile(m_options.deviceCa)}}},
    };
    for (auto it = m_options.extraConfig.begin(); it != m_options.extraConfig.end(); ++it)
        config.insert(it.key(), it.value());
    QFile f(configPath);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(config).toJson()) < 0) {
        m_error = QStringLiteral("cannot write %1").arg(configPath);
        return false;
    }
    f.close();
    if (m_options.seedDemo) {
        QProcess seed;
        seed.start(serverBinary(), {QStringLiteral("admin"), QStringLiteral("--seed-demo"),
                                    QStringLiteral("--config"), configPath});
        if (!seed.waitForFinished(60'000) || seed.exitCode() != 0) {
            m_error = QStringLiteral("seeding the demo world failed: %1")
                          .arg(QString::fromUtf8(seed.readAllStandardError()));
            return false;
        }
        m_personas = QString::fromUtf8(seed.readAllStandardOutput());
    }
    return serve();
}

void ServerProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill(); // SIGKILL
    m_process.waitForFinished(30'000);
}

bool ServerProcess::restart()
{
    kill();
    readLog();
    m_earlierLogs += m_log;
    m_log.clear();
    m_port = 0;
    return serve();
}

bool ServerProcess::serve()
{
    const QString configPath = m_dir.path() + QStringLiteral("/config.json");
    QStringList args{QStringLiteral("serve"), QStringLiteral("--config"), configPath};
    args += m_options.extraArguments;
    m_process.start(serverBinary(), args);
    if (!m_process.waitForStarted(10'000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(serverBinary(), m_process.errorString());
        return false;
    }
    QDeadlineTimer deadline(30'000);
    while (!deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(200) && m_process.state() != QProcess::Running)
            break;
        readLog();
        for (const QByteArray &line : m_log.split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QStringLiteral("event")).toString() == QStringLiteral("listening")) {
                m_port = o.value(QStringLiteral("port")).toInt();
                return m_port > 0;
            }
        }
    }
    readLog();
    m_error = QStringLiteral("the server did not start listening; its output:\n%1").arg(log());
    return false;
}

int ServerProcess::runAdmin(const QStringList &arguments, QString *output) const
{
    return runCommand(QStringList{QStringLiteral("admin")} + arguments, output);
}

int ServerProcess::runCommand(const QStringList &arguments, QString *output) const
{
    QProcess admin;
    admin.start(serverBinary(), arguments + QStringList{QStringLiteral("--config"),
                                                        m_dir.path() + QStringLiteral("/config.json")});
    if (!admin.waitForFinished(60'000))
        return -1;
    if (output)
        *output = QString::fromUtf8(admin.readAllStandardOutput() + admin.readAllStandardError());
    return admin.exitStatus() == QProcess::NormalExit ? admin.exitCode() : -1;
}

QString ServerProcess::totpSecret(const QString &username) const
{
    for (const QString &line : m_personas.split(QLatin1Char('\n'))) {
        const QStringList fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.size() >= 3 && fields.at(0) == username)
            return fields.at(2);
    }
    return {};
}

void ServerProcess::readLog()
{
    m_log += m_process.readAllStandardError();
    m_log += m_process.readAllStandardOutput();
}

int ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    m_process.terminate();
    if (!m_process.waitForFinished(15'000)) {
        m_process.kill();
        m_process.waitForFinished(5'000);
        readLog();
        return -1;
    }
    readLog();
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

} // namespace srs::testing
