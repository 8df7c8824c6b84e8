#pragma once

#include "DatabaseConfig.h"
#include "PostgresDirect.h"
#include "StoreResult.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <atomic>
#include <memory>
#include <type_traits>
#include <unordered_map>
#include <vector>

namespace srs::store {

class AuditKey;

// The server's database: SQLite through QSQLITE or PostgreSQL through QPSQL, the same
// schema and the same SQL on both.
//
// Threads. A QSqlDatabase connection must only be used by the thread that opened it, and
// cpp-httplib serves requests on a pool of threads, so each thread gets its own
// connection (cloned from a template with QSqlDatabase::cloneDatabase) the first time
// it asks. A thread that is about to end should call releaseThreadConnection(); any
// left are closed when the Database is destroyed.
//
// Transactions. transaction() runs a function inside BEGIN/COMMIT on this thread's
// connection and rolls back when it returns an error. Repositories always use this
// thread's connection, so everything they do inside the function, including the audit
// event, commits or rolls back together. Nested calls join the outer transaction; a
// failure anywhere rolls back the whole. On SQLite a transaction starts with BEGIN
// IMMEDIATE so that concurrent writers queue on the busy timeout instead of failing
// when a reader tries to become a writer.
//
// Lost connections. A PostgreSQL server that restarts ends every connection at once, and a
// QPSQL connection does not notice until it is used. An error that says the connection is gone
// (SQLSTATE class 08, an administrator's or a crash's shutdown, 57P01-57P03, or libpq's own
// "server closed the connection", "no connection to the server") marks this thread's
// connection lost and tells the other threads theirs are suspect. Outside a transaction a lost
// or suspect connection is closed and opened again (its prepared statements with it) before
// its next statement; a BEGIN that finds its connection lost is run once more on a new one,
// since nothing was done yet. While the server cannot be reached, each piece of work that
// needed it is told so by unreachableSinceWorkStarted(), and the HTTP layer answers 503.
class Database
{
public:
    using Backend = DatabaseConfig::Backend;

    // Opens (and checks) a connection on the calling thread; does not migrate.
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const DatabaseConfig &config);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    [[nodiscard]] Backend backend() const { return m_config.backend; }
    [[nodiscard]] const DatabaseConfig &config() const { return m_config; }

    // The key the audit log of this database is chained with (see AuditLog, AuditKey); null
    // for an unkeyed log. Set once after opening, before other threads use the database.
    void setAuditKey(std::shared_ptr<const AuditKey> key) { m_auditKey = std::move(key); }
    [[nodiscard]] const AuditKey *auditKey() const { return m_auditKey.get(); }

    // This thread's connection, opened on first use.
    [[nodiscard]] Result<QSqlDatabase> threadConnection();
    void releaseThreadConnection();

    // Called when a request starts on this thread: unreachableSinceWorkStarted() starts afresh.
    // (A lost or suspect connection is opened again before its next statement, see above.)
    static void startWork();
    // True when, since this thread's last startWork(), the database could not be reached: a
    // connection was lost, or could not be opened. Work that then failed failed for that reason.
    [[nodiscard]] static bool unreachableSinceWorkStarted();

    // Brings the schema up to date (see Migrations.h). Safe to call on every start, and
    // from several server instances at once.
    [[nodiscard]] Status migrate();
    [[nodiscard]] Result<int> schemaVersion();

    template <class F>
    auto transaction(F &&work) -> std::invoke_result_t<F &>
    {
        return runTransaction(false, work);
    }
    // For reads that must see one consistent state: on SQLite a deferred BEGIN (readers do
    // not block writers in WAL mode), on PostgreSQL REPEATABLE READ, READ ONLY. Inside
    // another transaction it simply joins it.
    template <class F>
    auto readTransaction(F &&work) -> std::invoke_result_t<F &>
    {
        return runTransaction(true, work);
    }
    [[nodiscard]] bool inTransaction();
    // Resets the statements this thread ran outside a transaction. An SQLite statement that
    // returned a row keeps its read snapshot until it is reset (the next statement on the
    // thread resets it), and while it does, checkpoints cannot move past it and the write-ahead
    // log grows. Call when a piece of work is done: the server does after every request and
    // every workspace scan. Inside a transaction it does nothing; the transaction's end resets.
    void finishStatements();

    // Prepares and runs one statement with positional (?) parameters on this thread's
    // connection. Errors name the statement and the driver's message, never the values.
    [[nodiscard]] Result<QSqlQuery> exec(const QString &sql, const QVariantList &params = {});
    // Runs one statement as exec() does and gives its first row's values (nothing when it
    // returned no row). On PostgreSQL, outside a transaction, the statement goes through libpq's
    // extended protocol (PostgresDirect): for the statement every request starts with.
    [[nodiscard]] Result<std::optional<QVariantList>> firstRow(const QString &sql,
                                                               const QVariantList &params);
    // exec() for a statement that must change exactly `expectedRows` rows
    // (NotFound when it changed none).
    [[nodiscard]] Status execChanging(const QString &sql, const QVariantList &params, int expectedRows = 1);

    [[nodiscard]] StoreError errorFrom(const QSqlError &error, const QString &what) const;

    // Portable column encodings: times as milliseconds since the epoch (BIGINT), days as
    // ISO text (sorts correctly), booleans as 0/1 INTEGER.
    [[nodiscard]] static QVariant encodeTime(const QDateTime &t);
    [[nodiscard]] static QDateTime decodeTime(const QVariant &v);
    [[nodiscard]] static QVariant encodeDay(QDate d);
    [[nodiscard]] static QDate decodeDay(const QVariant &v);
    [[nodiscard]] static QVariant encodeText(const QString &s);   // null stays NULL
    [[nodiscard]] static QVariant requiredText(const QString &s); // null becomes '' (NOT NULL columns)
    [[nodiscard]] static QVariant nullInt64();

private:
    explicit Database(DatabaseConfig config);

    template <class F>
    auto runTransaction(bool readOnly, F &work) -> std::invoke_result_t<F &>
    {
        using R = std::invoke_result_t<F &>;
        if (Status begun = beginTransaction(readOnly); !begun.ok())
            return R(begun.error());
        R result = work();
        if (Status ended = endTransaction(result.ok()); !ended.ok() && result.ok())
            return R(ended.error());
        return result;
    }

    // Prepared statements of one thread's connection, by SQL text: preparing (parsing) a
    // statement cost more than running it. Node-based, so that pointers to its statements
    // stay valid while others are added.
    using StatementCache = std::unordered_map<QString, QSqlQuery>;
    // What one thread has of this database. Only the owning thread touches it after it is
    // made (the map that owns it is guarded by m_mutex); the thread finds it again through a
    // thread-local pointer, so a statement takes no lock shared with other threads.
    struct PerThread
    {
        QString connectionName;
        QSqlDatabase connection; // opened on, and only used by, the owning thread
        int depth = 0;
        bool failed = false;
        bool lost = false;      // an error said the connection is gone
        quint64 generation = 0; // m_lostGeneration when the connection was opened
        StatementCache statements;
        std::vector<QSqlQuery *> used;                  // cached statements run since they were last finished
        std::unordered_map<QString, QSqlQuery> control; // BEGIN, COMMIT, ... (SQLite only)
        PostgresDirect direct;                          // statements prepared through libpq (PostgreSQL only)
    };
    // This thread's state, its connection opened on first use.
    [[nodiscard]] Result<PerThread *> perThread();
    // Resets the cached statements this thread has run since the last reset. An SQLite
    // statement that has been stepped and not reset keeps its connection's read snapshot, so
    // later reads would see old data and a write transaction would be refused; this runs at
    // every transaction boundary and before every statement outside a transaction.
    static void finishUsedStatements(PerThread &t);
    // Runs a statement without parameters (transaction control, DDL). On SQLite the transaction
    // control statements are prepared once per connection; PostgreSQL cannot prepare them.
    [[nodiscard]] Status runControl(PerThread &t, const QString &sql);
    void removeThreadState(std::unique_ptr<PerThread> state);
    Status configureConnection(QSqlDatabase &db);
    // Whether an error says the connection to the server is gone (PostgreSQL only: an SQLite
    // database is a file, never disconnected).
    [[nodiscard]] bool isConnectionLost(const QSqlError &e) const;
    // Marks this thread's connection lost and the others suspect.
    void noteConnectionLost() const;
    // Closes this thread's connection and opens it again, with no statement prepared.
    Status reopen(PerThread &t);
    Status beginTransaction(bool readOnly);
    Status endTransaction(bool success);

    DatabaseConfig m_config;
    std::shared_ptr<const AuditKey> m_auditKey;
    const quint64 m_serial; // never reused, unlike addresses
    QString m_templateName;
    mutable std::atomic<quint64> m_lostGeneration{0};
    QMutex m_mutex;
    std::unordered_map<quint64, std::unique_ptr<PerThread>>
        m_threads; // by thread serial number; under m_mutex
};

} // namespace srs::store
