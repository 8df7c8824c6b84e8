#include "PostgresFixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVersionNumber>

#include <cerrno>
#include <csignal>
#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

namespace srs::testing {

namespace {

bool chownTree(const QString &path, uid_t uid, gid_t gid)
{
    return ::chown(QFile::encodeName(path).constData(), uid, gid) == 0;
}

// True unless the process is gone or a zombie (dead, not yet reaped by its parent).
bool processAlive(qint64 pid)
{
    if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return !(close > 0 && line.size() > close + 2 && line.at(close + 2) == 'Z');
}

} // namespace

PostgresFixture::PostgresFixture() = default;

PostgresFixture::~PostgresFixture()
{
    stop();
}

PostgresFixture &PostgresFixture::shared()
{
    static PostgresFixture fixture;
    return fixture;
}

QString PostgresFixture::findBinDirectory()
{
    const QString fromEnv = qEnvironmentVariable("SRS_POSTGRES_BIN");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QVersionNumber best;
    QString bestDir;
    for (const QString &entry : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QVersionNumber v = QVersionNumber::fromString(entry);
        const QString bin = root.filePath(entry + QStringLiteral("/bin"));
        if (!v.isNull() && QFile::exists(bin + QStringLiteral("/initdb")) && v > best) {
            best = v;
            bestDir = bin;
        }
    }
    return bestDir;
}

QString PostgresFixture::socketDirectory() const
{
    return m_dir ? m_dir->path() : QString();
}

bool PostgresFixture::runIn(const QString &folder, bool asRoot, const QString &program,
                            const QStringList &arguments, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(folder);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    p.setProcessEnvironment(env);
    if (asRoot)
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), superuser(), QStringLiteral("--"), program} + arguments);
    else
        p.start(program, arguments);
    if (!p.waitForStarted(10000)) {
        *output = QStringLiteral("could not start %1: %2").arg(program, p.errorString());
        return false;
    }
    p.waitForFinished(120000);
    *output = QString::fromLocal8Bit(p.readAll());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

void PostgresFixture::reapOrphans(const QString &binDir)
{
    const QDir temp(QDir::tempPath());
    for (const QString &entry :
         temp.entryList({QStringLiteral("srs-pg-*")}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString folder = temp.filePath(entry);
        QFile owner(folder + QStringLiteral("/owner.pid"));
        if (!owner.open(QIODevice::ReadOnly))
            continue; // not started by this fixture, or still being set up
        bool ok = false;
        const qint64 pid = owner.readAll().trimmed().toLongLong(&ok);
        owner.close();
        if (!ok || pid <= 0 || processAlive(pid))
            continue; // the owner is alive (or we cannot tell)
        QString out;
        const bool asRoot = ::geteuid() == 0;
        if (QFile::exists(folder + QStringLiteral("/data/postmaster.pid")))
            (void)runIn(folder, asRoot, binDir + QStringLiteral("/pg_ctl"),
                        {QStringLiteral("-D"), folder + QStringLiteral("/data"), QStringLiteral("-m"),
                         QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
                        &out);
        QDir(folder).removeRecursively();
    }
}

QString PostgresFixture::logTail() const
{
    QFile log(m_dir->filePath(QStringLiteral("pg.log")));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    const QByteArray all = log.readAll();
    return QString::fromLocal8Bit(all.right(2000));
}

bool PostgresFixture::start()
{
    if (m_running)
        return true;
    m_error.clear();
    m_binDir = findBinDirectory();
    if (m_binDir.isEmpty()) {
        m_error = QStringLiteral("PostgreSQL is not installed: no /usr/lib/postgresql/<version>/bin/initdb "
                                 "(Debian: apt-get install postgresql), and SRS_POSTGRES_BIN is not set.");
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        m_error =
            QStringLiteral("The Qt PostgreSQL driver QPSQL is not installed (Debian: libqt6sql6-psql).");
        return false;
    }
    reapOrphans(m_binDir);
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/srs-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("Could not create a temporary folder for PostgreSQL: %1")
                      .arg(m_dir->errorString());
        return false;
    }
    m_asRoot = ::geteuid() == 0;
    if (m_asRoot) {
        const passwd *pw = ::getpwnam("postgres");
        if (!pw || !chownTree(m_dir->path(), pw->pw_uid, pw->pw_gid)) {
            m_error =
                QStringLiteral("Running as root, but the folder cannot be given to the \"postgres\" user "
                               "(is the postgresql package installed?).");
            return false;
        }
    }
    {
        QFile owner(m_dir->filePath(QStringLiteral("owner.pid")));
        if (!owner.open(QIODevice::WriteOnly) || owner.write(QByteArray::number(::getpid())) <= 0) {
            m_error = QStringLiteral("Could not write %1.").arg(owner.fileName());
            return false;
        }
    }
    const QString data = m_dir->filePath(QStringLiteral("data"));
    QString out;
    if (!run(m_binDir + QStringLiteral("/initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-U"), superuser(), QStringLiteral("--auth=trust"),
              QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-locale"),
              QStringLiteral("--no-sync")},
             &out)) {
        m_error = QStringLiteral("initdb failed:\n%1").arg(out);
        return false;
    }
    if (!launch())
        return false;
    m_running = true;
    return true;
}

bool PostgresFixture::launch()
{
    const QString data = m_dir->filePath(QStringLiteral("data"));
    QString out;
    const QString options =
        QStringLiteral("-p %1 -k %2 -c listen_addresses= -c fsync=off "
                       "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60")
            .arg(m_port)
            .arg(m_dir->path());
    if (!run(m_binDir + QStringLiteral("/pg_ctl"),
             {QStringLiteral("-D"), data, QStringLiteral("-l"), m_dir->filePath(QStringLiteral("pg.log")),
              QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"), options,
              QStringLiteral("start")},
             &out)) {
        m_error = QStringLiteral("pg_ctl start failed:\n%1\n--- server log ---\n%2").arg(out, logTail());
        return false;
    }
    return true;
}

bool PostgresFixture::shutDownKeepingData()
{
    if (!m_running || !m_dir)
        return false;
    QString out;
    if (!run(m_binDir + QStringLiteral("/pg_ctl"),
             {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"),
              QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")},
             &out)) {
        m_error = QStringLiteral("pg_ctl stop failed:\n%1").arg(out);
        return false;
    }
    return true;
}

bool PostgresFixture::startAgain()
{
    return m_running && m_dir && launch();
}

void PostgresFixture::stop()
{
    if (!m_running || !m_dir)
        return;
    QString out;
    if (!run(m_binDir + QStringLiteral("/pg_ctl"),
             {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"),
              QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
             &out))
        qWarning("PostgresFixture: pg_ctl stop failed: %s", qPrintable(out));
    m_running = false;
    m_dir.reset();
}

QJsonObject PostgresFixture::serverDatabaseConfig(const QString &database) const
{
    return QJsonObject{{QStringLiteral("backend"), QStringLiteral("postgres")},
                       {QStringLiteral("host"), socketDirectory()},
                       {QStringLiteral("port"), m_port},
                       {QStringLiteral("name"), database},
                       {QStringLiteral("user"), superuser()}};
}

QString PostgresFixture::createDatabase()
{
    if (!m_running && !start())
        return {};
    const QString name =
        QStringLiteral("srs_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++m_databaseCounter);
    const QString connection = QStringLiteral("srs-postgres-fixture-admin");
    bool ok = false;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        admin.setHostName(socketDirectory());
        admin.setPort(m_port);
        admin.setUserName(superuser());
        admin.setDatabaseName(QStringLiteral("postgres"));
        if (!admin.open()) {
            m_error =
                QStringLiteral("Could not connect to the test PostgreSQL: %1").arg(admin.lastError().text());
        } else {
            QSqlQuery q(admin);
            ok = q.exec(QStringLiteral("CREATE DATABASE %1").arg(name));
            if (!ok)
                m_error = QStringLiteral("CREATE DATABASE failed: %1").arg(q.lastError().text());
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok ? name : QString();
}

} // namespace srs::testing
