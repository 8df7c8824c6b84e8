#pragma once

#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace srs::testing {

// A real, throw-away PostgreSQL cluster for tests: initdb into a temporary folder, a
// server that listens only on a Unix socket in that folder (so parallel test runs never
// collide on a port), trust authentication for the "postgres" role, fsync off.
//
// PostgreSQL refuses to run as root, and CI runs as root, so when the test runs as root
// the folder is given to the "postgres" system user and the binaries run through
// `runuser -u postgres --` (the recipe in DEPENDENCY-NOTES.md).
//
// start() failing is a test failure, never a skip: a CI machine without PostgreSQL must
// not pass the PostgreSQL half of the suite.
class PostgresFixture
{
public:
    PostgresFixture();
    ~PostgresFixture(); // stops the server
    PostgresFixture(const PostgresFixture &) = delete;
    PostgresFixture &operator=(const PostgresFixture &) = delete;

    // The process-wide instance, started on first successful start() and stopped at exit.
    static PostgresFixture &shared();

    [[nodiscard]] bool start();
    void stop();
    // A restart in two steps, for tests of what happens meanwhile: the server shut down as an
    // administrator would (fast: every connection is ended), its data kept; then started again
    // on the same data, folder and port. False (with errorString()) when pg_ctl fails.
    [[nodiscard]] bool shutDownKeepingData();
    [[nodiscard]] bool startAgain();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] QString errorString() const { return m_error; }

    // Connection details for QPSQL: the host name is the socket folder.
    [[nodiscard]] QString socketDirectory() const;
    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] static QString superuser() { return QStringLiteral("postgres"); }

    // Creates a new, empty database and returns its name (empty on failure, see errorString()).
    [[nodiscard]] QString createDatabase();
    // The "database" section of a clearance server's configuration for that database.
    [[nodiscard]] QJsonObject serverDatabaseConfig(const QString &database) const;

    // The folder with initdb and pg_ctl: the newest /usr/lib/postgresql/<version>/bin, or
    // $SRS_POSTGRES_BIN.
    [[nodiscard]] static QString findBinDirectory();

    // Stops and deletes clusters left behind by test processes that died without
    // stopping them (a crash skips destructors). Each cluster folder records its owner's
    // process id; start() calls this first, so the next run cleans up after a crash.
    static void reapOrphans(const QString &binDir);

private:
    [[nodiscard]] static bool runIn(const QString &folder, bool asRoot, const QString &program,
                                    const QStringList &arguments, QString *output);
    [[nodiscard]] bool run(const QString &program, const QStringList &arguments, QString *output)
    {
        return runIn(m_dir->path(), m_asRoot, program, arguments, output);
    }
    [[nodiscard]] QString logTail() const;
    [[nodiscard]] bool launch(); // pg_ctl start on the folder's data

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_binDir;
    int m_port = 5432;
    bool m_running = false;
    bool m_asRoot = false;
    int m_databaseCounter = 0;
    QString m_error;
};

} // namespace srs::testing
