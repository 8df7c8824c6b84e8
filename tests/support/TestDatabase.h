#pragma once

#include "store/Database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace srs::testing {

// Which database the store tests run against: $SRS_TEST_BACKEND is "sqlite" (the default)
// or "postgres". ctest runs each store test once per backend.
[[nodiscard]] store::DatabaseConfig::Backend testBackend();
[[nodiscard]] QString testBackendName();

// A fresh, empty database of the test backend (an SQLite file in a temporary folder, or
// a new database in the shared PostgresFixture), not yet migrated.
struct TestDatabase
{
    std::unique_ptr<QTemporaryDir> folder; // SQLite only
    store::DatabaseConfig config;
    std::unique_ptr<store::Database> db;
    QString error; // why db is null

    [[nodiscard]] static TestDatabase create();
    // Another Database on the same data (a second server instance).
    [[nodiscard]] store::Result<std::unique_ptr<store::Database>> openAgain() const
    {
        return store::Database::open(config);
    }
};

} // namespace srs::testing
