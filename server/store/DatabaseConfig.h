#pragma once

#include <QString>

namespace srs::store {

// Where the server keeps its data. SQLite (one file, WAL) is the default; PostgreSQL lets
// several server instances share one database.
struct DatabaseConfig
{
    enum class Backend
    {
        Sqlite,
        Postgres,
    };
    Backend backend = Backend::Sqlite;

    // SQLite: the database file, normally <data folder>/clearance.sqlite3.
    QString sqlitePath;
    int busyTimeoutMs = 10000;

    // PostgreSQL: hostName may be a socket folder (it starts with '/').
    QString hostName;
    int port = 5432;
    QString databaseName;
    QString userName;
    QString password; // empty with peer/trust/certificate authentication
    QString options;  // extra libpq connect options, for example "sslmode=verify-full"

    [[nodiscard]] static DatabaseConfig sqlite(const QString &path)
    {
        DatabaseConfig c;
        c.backend = Backend::Sqlite;
        c.sqlitePath = path;
        return c;
    }
    [[nodiscard]] QString describe() const // for logs: never includes the password
    {
        if (backend == Backend::Sqlite)
            return QStringLiteral("SQLite database %1").arg(sqlitePath);
        return QStringLiteral("PostgreSQL database %1 on %2:%3 as %4")
            .arg(databaseName, hostName, QString::number(port), userName);
    }
};

} // namespace srs::store
