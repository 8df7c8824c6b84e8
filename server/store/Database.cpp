#include "Database.h"

#include "Migrations.h"

#include <QAtomicInteger>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <algorithm>
#include <mutex>
#include <optional>

#include <QLoggingCategory>
#include <QMutexLocker>
#include <QSqlDriver>
#include <QSqlRecord>

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
    : m_config(std::move(config)), m_serial(g_nextDatabaseSerial.fetchAndAddRelaxed(1)),
      m_templateName(QStringLiteral("srs-store-%1").arg(m_serial))
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
    std::vector<std::unique_ptr<PerThread>> states;
    {
        QMutexLocker lock(&m_mutex);
        for (auto &[serial, state] : m_threads)
            states.push_back(std::move(state));
        m_threads.clear();
    }
    QStringList names;
    for (const auto &state : states)
        names.append(state->connectionName);
    states.clear(); // statements and connection handles before the connections are removed
    for (const QString &name : std::as_const(names))
        QSqlDatabase::removeDatabase(name);
    QSqlDatabase::removeDatabase(m_templateName);
}

namespace {

// The calling thread's state of the database it used last: most threads only ever use one.
thread_local quint64 t_database = 0;
thread_local void *t_state = nullptr;
// Whether this thread found the database unreachable since its work last started.
thread_local bool t_unreachable = false;

} // namespace

Result<Database::PerThread *> Database::perThread()
{
    PerThread *state = nullptr;
    if (t_database == m_serial) {
        state = static_cast<PerThread *>(t_state);
    } else {
        QMutexLocker lock(&m_mutex);
        const auto it = m_threads.find(threadSerial());
        if (it != m_threads.end())
            state = it->second.get();
    }
    if (state) {
        // A connection found lost, or opened before another thread found the server gone, is
        // opened afresh between transactions; one closed is opened again in any case.
        const bool suspect =
            state->lost || state->generation != m_lostGeneration.load(std::memory_order_relaxed);
        if ((suspect && state->depth == 0) || !state->connection.isOpen()) {
            if (Status s = reopen(*state); !s.ok())
                return s.error();
        }
        t_database = m_serial;
        t_state = state;
        return state;
    }

    const quint64 serial = threadSerial();
    const QString name = m_templateName + QStringLiteral("-t") + QString::number(serial);
    QSqlDatabase::cloneDatabase(m_templateName, name);
    QSqlDatabase db = QSqlDatabase::database(name, false);
    const quint64 generation = m_lostGeneration.load(std::memory_order_relaxed);
    if (!db.open()) {
        t_unreachable = true;
        const StoreError e{
            StoreError::Code::Database,
            QStringLiteral("Could not open the %1: %2").arg(m_config.describe(), db.lastError().text())};
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return e;
    }
    if (Status s = configureConnection(db); !s.ok()) {
        t_unreachable = true; // opened, then lost at once (a server shutting down)
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return s.error();
    }
    auto fresh = std::make_unique<PerThread>();
    fresh->connectionName = name;
    fresh->connection = db;
    fresh->generation = generation;
    state = fresh.get();
    {
        QMutexLocker lock(&m_mutex);
        m_threads.emplace(serial, std::move(fresh));
    }
    t_database = m_serial;
    t_state = state;
    return state;
}

Status Database::reopen(PerThread &t)
{
    const quint64 generation = m_lostGeneration.load(std::memory_order_relaxed);
    t.used.clear();
    t.statements.clear();
    t.control.clear();
    t.direct.forget();
    t.connection.close();
    if (!t.connection.open()) {
        t.lost = true;
        t_unreachable = true;
        return StoreError{StoreError::Code::Database,
                          QStringLiteral("Could not open the %1 again: %2")
                              .arg(m_config.describe(), t.connection.lastError().text())};
    }
    if (Status s = configureConnection(t.connection); !s.ok()) {
        t.connection.close();
        t.lost = true;
        t_unreachable = true;
        return s;
    }
    if (t.lost)
        qCInfo(lcStore) << "connection to the" << m_config.describe() << "opened again";
    t.lost = false;
    t.generation = generation;
    return {};
}

void Database::startWork()
{
    t_unreachable = false;
}

bool Database::unreachableSinceWorkStarted()
{
    return t_unreachable;
}

bool Database::isConnectionLost(const QSqlError &e) const
{
    if (m_config.backend != Backend::Postgres)
        return false;
    if (e.type() == QSqlError::ConnectionError)
        return true;
    const QString code = e.nativeErrorCode();
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01") ||
        code == QLatin1String("57P02") || code == QLatin1String("57P03"))
        return true;
    if (!code.isEmpty())
        return false;
    // libpq's own errors carry no SQLSTATE.
    const QString text = e.databaseText();
    for (const char *sign :
         {"server closed the connection", "no connection to the server", "could not send data to server",
          "could not receive data from server", "terminating connection", "connection to server",
          "SSL connection has been closed"})
        if (text.contains(QLatin1String(sign), Qt::CaseInsensitive))
            return true;
    return false;
}

void Database::noteConnectionLost() const
{
    t_unreachable = true;
    auto *state = t_database == m_serial ? static_cast<PerThread *>(t_state) : nullptr;
    if (state && state->lost)
        return; // already told
    if (state)
        state->lost = true;
    m_lostGeneration.fetch_add(1, std::memory_order_relaxed);
    qCWarning(lcStore) << "the connection to the" << m_config.describe()
                       << "was lost; connections are opened again before their next use";
}

Result<QSqlDatabase> Database::threadConnection()
{
    auto state = perThread();
    if (!state.ok())
        return state.error();
    return state.value()->connection;
}

void Database::finishUsedStatements(PerThread &t)
{
    for (QSqlQuery *q : t.used) {
        if (q->isActive())
            q->finish();
    }
    t.used.clear();
}

void Database::releaseThreadConnection()
{
    std::unique_ptr<PerThread> state;
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_threads.find(threadSerial());
        if (it == m_threads.end())
            return;
        state = std::move(it->second);
        m_threads.erase(it);
    }
    if (t_database == m_serial) {
        t_database = 0;
        t_state = nullptr;
    }
    const QString name = state->connectionName;
    state->connection.close();
    state.reset();
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

Status Database::runControl(PerThread &t, const QString &sql)
{
    if (m_config.backend != Backend::Sqlite) {
        QSqlQuery q(t.connection);
        if (!q.exec(sql))
            return errorFrom(q.lastError(), sql);
        return {};
    }
    auto it = t.control.find(sql);
    if (it == t.control.end()) {
        QSqlQuery fresh(t.connection);
        if (!fresh.prepare(sql))
            return errorFrom(fresh.lastError(), sql);
        it = t.control.emplace(sql, std::move(fresh)).first;
    }
    QSqlQuery &q = it->second;
    if (!q.exec()) {
        const StoreError e = errorFrom(q.lastError(), sql);
        t.control.erase(it);
        return e;
    }
    q.finish();
    return {};
}

Status Database::beginTransaction(bool readOnly)
{
    auto state = perThread();
    if (!state.ok())
        return state.error();
    PerThread &t = *state.value();
    if (t.depth == 0) {
        t.failed = false;
        finishUsedStatements(t);
        QString sql;
        if (m_config.backend == Backend::Sqlite)
            sql = readOnly ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
        else
            sql = readOnly ? QStringLiteral("BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                           : QStringLiteral("BEGIN");
        if (Status s = runControl(t, sql); !s.ok()) {
            if (!t.lost)
                return s;
            // Nothing was done on the lost connection yet: begin once more on a new one (after a
            // restart of the server, the first use of each old connection finds it gone).
            const bool unreachableBefore = t_unreachable;
            if (Status r = reopen(t); !r.ok())
                return r;
            if (Status again = runControl(t, sql); !again.ok())
                return again;
            t_unreachable = unreachableBefore;
        }
    }
    ++t.depth;
    return {};
}

Status Database::endTransaction(bool success)
{
    auto state = perThread();
    if (!state.ok())
        return state.error();
    PerThread &t = *state.value();
    --t.depth;
    if (!success)
        t.failed = true;
    if (t.depth > 0)
        return {};
    finishUsedStatements(t);
    if (t.failed) {
        if (Status s = runControl(t, QStringLiteral("ROLLBACK")); !s.ok())
            qCWarning(lcStore) << "rollback failed:" << s.errorString();
        return StoreError{StoreError::Code::Conflict,
                          QStringLiteral("The transaction was rolled back because part of it failed.")};
    }
    if (Status s = runControl(t, QStringLiteral("COMMIT")); !s.ok()) {
        (void)runControl(t, QStringLiteral("ROLLBACK"));
        return s;
    }
    return {};
}

bool Database::inTransaction()
{
    if (t_database == m_serial)
        return static_cast<PerThread *>(t_state)->depth > 0;
    QMutexLocker lock(&m_mutex);
    const auto it = m_threads.find(threadSerial());
    return it != m_threads.end() && it->second->depth > 0;
}

void Database::finishStatements()
{
    PerThread *t = nullptr;
    if (t_database == m_serial) {
        t = static_cast<PerThread *>(t_state);
    } else {
        QMutexLocker lock(&m_mutex);
        const auto it = m_threads.find(threadSerial());
        if (it != m_threads.end())
            t = it->second.get();
    }
    if (t && t->depth == 0)
        finishUsedStatements(*t);
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &params)
{
    auto state = perThread();
    if (!state.ok())
        return state.error();
    PerThread &t = *state.value();
    if (t.depth == 0)
        finishUsedStatements(t);
    // PostgreSQL cannot PREPARE DDL, LOCK or transaction control: statements without
    // parameters run directly.
    if (params.isEmpty()) {
        QSqlQuery direct(t.connection);
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
    auto cached = t.statements.find(sql);
    if (cached == t.statements.end()) {
        QSqlQuery fresh(t.connection);
        fresh.setForwardOnly(true);
        if (!fresh.prepare(sql))
            return errorFrom(fresh.lastError(), sql);
        cached = t.statements.emplace(sql, std::move(fresh)).first;
    }
    QSqlQuery &prepared = cached->second;
    prepared.finish();
    for (qsizetype i = 0; i < params.size(); ++i)
        prepared.bindValue(static_cast<int>(i), params.at(i));
    if (!prepared.exec()) {
        const StoreError e = errorFrom(prepared.lastError(), sql);
        // A statement that failed is prepared afresh next time.
        t.used.erase(std::remove(t.used.begin(), t.used.end(), &prepared), t.used.end());
        t.statements.erase(cached);
        return e;
    }
    if (std::find(t.used.cbegin(), t.used.cend(), &prepared) == t.used.cend())
        t.used.push_back(&prepared);
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    QSqlQuery q(prepared);
    QT_WARNING_POP
    return q;
}

Result<std::optional<QVariantList>> Database::firstRow(const QString &sql, const QVariantList &params)
{
    auto state = perThread();
    if (!state.ok())
        return state.error();
    PerThread &t = *state.value();
    if (m_config.backend == Backend::Postgres && t.depth == 0 && PostgresDirect::canSend(params)) {
        finishUsedStatements(t);
        pg_conn *conn = PostgresDirect::connectionOf(t.connection);
        if (conn && PQtransactionStatus(conn) == PQTRANS_IDLE) {
            std::optional<QVariantList> row;
            QSqlError error;
            if (!t.direct.firstRow(conn, sql, params, row, error))
                return errorFrom(error, sql);
            return row;
        }
    }
    auto q = exec(sql, params);
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<QVariantList>();
    const int columns = q->record().count();
    QVariantList row;
    row.reserve(columns);
    for (int c = 0; c < columns; ++c)
        row.append(q->value(c));
    return std::optional<QVariantList>(std::move(row));
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
    if (isConnectionLost(error))
        noteConnectionLost();
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
