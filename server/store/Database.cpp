#include "Database.h"

#include "Migrations.h"

#include <QAtomicInteger>

#include <sqlite3.h>

#include <mutex>

#include <QLoggingCategory>
#include <QMutexLocker>
#include <QSqlDriver>

namespace srs::store {

Q_LOGGING_CATEGORY(lcStore, "srs.store")

namespace {

QAtomicInteger<quint64> g_nextThreadSerial{1};
QAtomicInteger<quint64> g_nextDatabaseSerial{1};

// A number for the calling thread that is never reused (thread ids and QThread pointers
// can be, once a thread ends).
quint64 threadSerial()
{
    thread_local const quint64 serial = g_nextThreadSerial.fetchAndAddRelaxed(1);
    return serial;
}

bool isConflict(const QSqlError &e, DatabaseConfig::Backend backend)
{
    const QString code = e.nativeErrorCode();
    if (backend == DatabaseConfig::Backend::Postgres)
        return code == QLatin1String("23505") || code == QLatin1String("40001") ||
               code == QLatin1String("40P01");
    // SQLITE_CONSTRAINT and its unique / primary key variants, SQLITE_BUSY.
    return code == QLatin1String("19") || code == QLatin1String("2067") || code == QLatin1String("1555") ||
           code == QLatin1String("5");
}

} // namespace

Database::Database(DatabaseConfig config)
    : m_config(std::move(config)),
      m_templateName(QStringLiteral("srs-store-%1").arg(g_nextDatabaseSerial.fetchAndAddRelaxed(1)))
{}

namespace {

// SQLite keeps memory statistics by default, which takes one process-wide mutex on every
// allocation: with a connection per server thread that mutex was where request threads
// spent their time. The statistics are not used, so turn them off. This must happen before
// SQLite initialises (the first connection), and it applies to the libsqlite3 that Qt's
// QSQLITE driver loads, which is the one linked here.
void configureSqliteLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) != SQLITE_OK)
            qCWarning(lcStore)
                << "SQLite was initialised before it could be configured; memory statistics stay on";
    });
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const DatabaseConfig &config)
{
    const bool sqlite = config.backend == Backend::Sqlite;
    if (sqlite)
        configureSqliteLibrary();
    const QString driver = sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        return StoreError{StoreError::Code::Database,
                          QStringLiteral("The Qt SQL driver %1 is not installed (Debian: %2).")
                              .arg(driver, sqlite ? QStringLiteral("libqt6sql6-sqlite")
                                                  : QStringLiteral("libqt6sql6-psql"))};
    }
    if (sqlite && config.sqlitePath.isEmpty())
        return invalid(QStringLiteral("No SQLite database file is configured."));

    std::unique_ptr<Database> db(new Database(config));
    {
        QSqlDatabase t = QSqlDatabase::addDatabase(driver, db->m_templateName);
        if (sqlite) {
            t.setDatabaseName(config.sqlitePath);
            t.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(config.busyTimeoutMs));
        } else {
            t.setHostName(config.hostName);
            t.setPort(config.port);
            t.setDatabaseName(config.databaseName);
            t.setUserName(config.userName);
            t.setPassword(config.password);
            t.setConnectOptions(config.options);
        }
    }
    auto c = db->threadConnection();
    if (!c.ok())
        return c.error();
    return db;
}

Database::~Database()
{
    QStringList names;
    {
        QMutexLocker lock(&m_mutex);
        m_statements.clear(); // before the connections their statements belong to
        for (const PerThread &t : std::as_const(m_threads))
            names.append(t.connectionName);
        m_threads.clear();
    }
    for (const QString &name : std::as_const(names))
        QSqlDatabase::removeDatabase(name);
    QSqlDatabase::removeDatabase(m_templateName);
}

Result<QSqlDatabase> Database::threadConnection()
{
    const quint64 serial = threadSerial();
    QString name;
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_threads.constFind(serial);
        if (it != m_threads.constEnd())
            name = it->connectionName;
    }
    if (!name.isEmpty()) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    } else {
        name = m_templateName + QStringLiteral("-t") + QString::number(serial);
        QSqlDatabase fresh = QSqlDatabase::cloneDatabase(m_templateName, name);
        Q_UNUSED(fresh);
    }
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!db.open()) {
        const StoreError e{
            StoreError::Code::Database,
            QStringLiteral("Could not open the %1: %2").arg(m_config.describe(), db.lastError().text())};
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return e;
    }
    if (Status s = configureConnection(db); !s.ok()) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return s.error();
    }
    {
        QMutexLocker lock(&m_mutex);
        PerThread &t = m_threads[serial];
        t.connectionName = name;
    }
    return db;
}

void Database::finishCachedStatements()
{
    const std::shared_ptr<StatementCache> cache = statementCache();
    for (QSqlQuery &q : *cache) {
        if (q.isActive())
            q.finish();
    }
}

std::shared_ptr<Database::StatementCache> Database::statementCache()
{
    QMutexLocker lock(&m_mutex);
    std::shared_ptr<StatementCache> &cache = m_statements[threadSerial()];
    if (!cache)
        cache = std::make_shared<StatementCache>();
    return cache;
}

void Database::releaseThreadConnection()
{
    QString name;
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_threads.constFind(threadSerial());
        if (it == m_threads.constEnd())
            return;
        name = it->connectionName;
        m_threads.erase(it);
        m_statements.remove(threadSerial());
    }
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Status Database::configureConnection(QSqlDatabase &db)
{
    QStringList statements;
    if (m_config.backend == Backend::Sqlite) {
        statements = {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA journal_mode = WAL"),
                      QStringLiteral("PRAGMA synchronous = NORMAL"),
                      // Read pages through a shared mapping instead of copying them into each
                      // connection's cache (one per server thread).
                      QStringLiteral("PRAGMA mmap_size = 268435456")};
    } else {
        statements = {QStringLiteral("SET client_min_messages = WARNING")};
    }
    for (const QString &sql : std::as_const(statements)) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return errorFrom(q.lastError(), sql);
    }
    return {};
}

Status Database::beginTransaction(bool readOnly)
{
    auto c = threadConnection();
    if (!c.ok())
        return c.error();
    const quint64 serial = threadSerial();
    int depth = 0;
    {
        QMutexLocker lock(&m_mutex);
        PerThread &t = m_threads[serial];
        depth = t.depth;
        if (depth == 0)
            t.failed = false;
    }
    if (depth == 0) {
        finishCachedStatements();
        QSqlQuery q(*c);
        QString sql;
        if (m_config.backend == Backend::Sqlite)
            sql = readOnly ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
        else
            sql = readOnly ? QStringLiteral("BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                           : QStringLiteral("BEGIN");
        if (!q.exec(sql))
            return errorFrom(q.lastError(), sql);
    }
    QMutexLocker lock(&m_mutex);
    ++m_threads[serial].depth;
    return {};
}

Status Database::endTransaction(bool success)
{
    const quint64 serial = threadSerial();
    bool failed = false;
    {
        QMutexLocker lock(&m_mutex);
        PerThread &t = m_threads[serial];
        --t.depth;
        if (!success)
            t.failed = true;
        if (t.depth > 0)
            return {};
        failed = t.failed;
    }
    auto c = threadConnection();
    if (!c.ok())
        return c.error();
    finishCachedStatements();
    QSqlQuery q(*c);
    if (failed) {
        if (!q.exec(QStringLiteral("ROLLBACK")))
            qCWarning(lcStore) << "rollback failed:" << q.lastError().text();
        return StoreError{StoreError::Code::Conflict,
                          QStringLiteral("The transaction was rolled back because part of it failed.")};
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const StoreError e = errorFrom(q.lastError(), QStringLiteral("COMMIT"));
        QSqlQuery r(*c);
        (void)r.exec(QStringLiteral("ROLLBACK"));
        return e;
    }
    return {};
}

bool Database::inTransaction()
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_threads.constFind(threadSerial());
    return it != m_threads.constEnd() && it->depth > 0;
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &params)
{
    auto c = threadConnection();
    if (!c.ok())
        return c.error();
    if (!inTransaction())
        finishCachedStatements();
    // PostgreSQL cannot PREPARE DDL, LOCK or transaction control: statements without
    // parameters run directly.
    if (params.isEmpty()) {
        QSqlQuery direct(*c);
        direct.setForwardOnly(true);
        if (!direct.exec(sql))
            return errorFrom(direct.lastError(), sql);
        return direct;
    }
    // Statements with parameters are prepared once per thread connection and reused: the
    // cache and the caller share one QSqlQuery result (QSqlQuery copies are shallow). A
    // result still being read from the previous use of the same statement on this thread is
    // finished first: repositories read a result completely before running the same
    // statement again.
    const std::shared_ptr<StatementCache> cache = statementCache();
    auto cached = cache->find(sql);
    if (cached == cache->end()) {
        QSqlQuery fresh(*c);
        fresh.setForwardOnly(true);
        if (!fresh.prepare(sql))
            return errorFrom(fresh.lastError(), sql);
        cached = cache->insert(sql, std::move(fresh));
    }
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    QSqlQuery q(*cached);
    QT_WARNING_POP
    q.finish();
    for (qsizetype i = 0; i < params.size(); ++i)
        q.bindValue(static_cast<int>(i), params.at(i));
    if (!q.exec()) {
        const StoreError e = errorFrom(q.lastError(), sql);
        cache->remove(sql); // a statement that failed is prepared afresh next time
        return e;
    }
    return q;
}

Status Database::execChanging(const QString &sql, const QVariantList &params, int expectedRows)
{
    auto q = exec(sql, params);
    if (!q.ok())
        return q.error();
    const int rows = q->numRowsAffected();
    if (rows == 0)
        return notFound(QStringLiteral("Nothing matched: %1").arg(sql.section(QLatin1Char(' '), 0, 2)));
    if (rows != expectedRows)
        return StoreError{StoreError::Code::Conflict,
                          QStringLiteral("Expected %1 row(s) to change, %2 did: %3")
                              .arg(expectedRows)
                              .arg(rows)
                              .arg(sql.section(QLatin1Char(' '), 0, 2))};
    return {};
}

StoreError Database::errorFrom(const QSqlError &error, const QString &what) const
{
    StoreError e;
    e.code = isConflict(error, m_config.backend) ? StoreError::Code::Conflict : StoreError::Code::Database;
    e.message = QStringLiteral("%1 failed: %2").arg(what.simplified().left(120), error.text());
    return e;
}

Status Database::migrate()
{
    return Migrations::apply(*this);
}

Result<int> Database::schemaVersion()
{
    return Migrations::currentVersion(*this);
}

QVariant Database::encodeTime(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : nullInt64();
}

QDateTime Database::decodeTime(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant Database::encodeDay(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QDate Database::decodeDay(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QVariant Database::encodeText(const QString &s)
{
    return s.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QVariant Database::requiredText(const QString &s)
{
    return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
}

QVariant Database::nullInt64()
{
    return QVariant(QMetaType::fromType<qlonglong>());
}

} // namespace srs::store
