#pragma once

#include <QSqlError>
#include <QString>
#include <QVariant>

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>

class QSqlDatabase;
struct pg_conn;

namespace srs::store {

// Statements run through libpq itself on the connection under a connection of Qt's PostgreSQL
// driver, for the statement every request starts with. The driver runs a prepared statement by
// sending EXECUTE with the parameters written into its text, which the server parses, analyses
// and evaluates on every call; libpq's extended protocol sends the parameters apart, as values,
// to a statement parsed once. One object a connection, used only by the thread that owns it.
class PostgresDirect
{
public:
    // The libpq connection under `db`; null when it is not one of the QPSQL driver's.
    [[nodiscard]] static pg_conn *connectionOf(const QSqlDatabase &db);
    // Whether every parameter can be sent as text that PostgreSQL reads back as the same value:
    // strings, integers and nulls.
    [[nodiscard]] static bool canSend(const QVariantList &params);
    // `sql` with its positional ? parameters numbered as PostgreSQL's $1, $2, ... (a ? inside a
    // quoted literal or identifier is left alone).
    [[nodiscard]] static QByteArray numberedParameters(const QString &sql);

    // Runs `sql` on `conn`, preparing it there the first time, and gives the first row it returned
    // (nothing when it returned none): integers as qint64, booleans as bool, NULL as a null
    // QVariant, anything else as text. The connection must have no other statement under way.
    // On failure, `error` says why, with the server's SQLSTATE as its native code.
    bool firstRow(pg_conn *conn, const QString &sql, const QVariantList &params,
                  std::optional<QVariantList> &row, QSqlError &error);

    // The connection was opened again: nothing is prepared on it any more.
    void forget() { m_names.clear(); }

private:
    std::unordered_map<QString, std::string> m_names; // statement name by SQL text
    std::uint64_t m_prepared = 0;                     // statements prepared on the connection
};

} // namespace srs::store
