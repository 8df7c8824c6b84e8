#pragma once

#include "StoreResult.h"

#include <QList>
#include <QString>

namespace srs::store {

class Database;

// The schema, as an ordered list of migrations. Each migration is a list of statements
// written to run unchanged on SQLite and PostgreSQL:
//  * types: TEXT, INTEGER, BIGINT only; booleans are INTEGER 0/1, times BIGINT
//    milliseconds since the epoch (UTC), days ISO TEXT, hashes lower-case hex TEXT;
//  * identifiers are chosen by the application (no AUTOINCREMENT / GENERATED columns);
//    sequence numbers (audit events, workspace revisions) are taken under a row lock
//    inside the transaction that uses them.
// A migration runs in one transaction together with its schema_version row, so a
// failure leaves the previous version intact. Never edit a released migration: add one.
struct Migration
{
    int version;
    QString description;
    QList<QString> statements;
};

class Migrations
{
public:
    [[nodiscard]] static const QList<Migration> &all();
    [[nodiscard]] static int latestVersion();
    // 0 for an empty database.
    [[nodiscard]] static Result<int> currentVersion(Database &db);
    [[nodiscard]] static Status apply(Database &db);
};

} // namespace srs::store
