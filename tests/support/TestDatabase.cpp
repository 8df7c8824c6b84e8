#include "TestDatabase.h"

#include "PostgresFixture.h"

namespace srs::testing {

store::DatabaseConfig::Backend testBackend()
{
    return qEnvironmentVariable("SRS_TEST_BACKEND") == QLatin1String("postgres")
               ? store::DatabaseConfig::Backend::Postgres
               : store::DatabaseConfig::Backend::Sqlite;
}

QString testBackendName()
{
    return testBackend() == store::DatabaseConfig::Backend::Postgres ? QStringLiteral("postgres")
                                                                     : QStringLiteral("sqlite");
}

TestDatabase TestDatabase::create()
{
    TestDatabase t;
    if (testBackend() == store::DatabaseConfig::Backend::Sqlite) {
        t.folder = std::make_unique<QTemporaryDir>();
        if (!t.folder->isValid()) {
            t.error = QStringLiteral("Could not create a temporary folder.");
            return t;
        }
        t.config = store::DatabaseConfig::sqlite(t.folder->filePath(QStringLiteral("clearance.sqlite3")));
    } else {
        PostgresFixture &pg = PostgresFixture::shared();
        if (!pg.start()) {
            t.error =
                QStringLiteral("PostgreSQL could not be started for the test: %1").arg(pg.errorString());
            return t;
        }
        const QString name = pg.createDatabase();
        if (name.isEmpty()) {
            t.error = pg.errorString();
            return t;
        }
        t.config.backend = store::DatabaseConfig::Backend::Postgres;
        t.config.hostName = pg.socketDirectory();
        t.config.port = pg.port();
        t.config.databaseName = name;
        t.config.userName = PostgresFixture::superuser();
    }
    auto opened = store::Database::open(t.config);
    if (!opened.ok()) {
        t.error = opened.errorString();
        return t;
    }
    t.db = std::move(opened).value();
    return t;
}

} // namespace srs::testing
