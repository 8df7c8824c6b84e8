#include "PostgresDirect.h"

#include <QSqlDatabase>
#include <QSqlDriver>

#include <libpq-fe.h>

#include <cstring>
#include <memory>
#include <vector>

namespace srs::store {

namespace {

// Type OIDs of PostgreSQL's catalogue (pg_type), stable across versions.
constexpr Oid BoolOid = 16;
constexpr Oid Int8Oid = 20;
constexpr Oid Int2Oid = 21;
constexpr Oid Int4Oid = 23;

struct ResultDeleter
{
    void operator()(PGresult *r) const { PQclear(r); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

QSqlError errorOf(pg_conn *conn, const PGresult *result, const char *what)
{
    const char *message = result ? PQresultErrorMessage(result) : nullptr;
    if (!message || !*message)
        message = PQerrorMessage(conn);
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const bool gone = PQstatus(conn) != CONNECTION_OK;
    return QSqlError(QString::fromLatin1(what), QString::fromUtf8(message).trimmed(),
                     gone ? QSqlError::ConnectionError : QSqlError::StatementError,
                     state ? QString::fromLatin1(state) : QString());
}

} // namespace

pg_conn *PostgresDirect::connectionOf(const QSqlDatabase &db)
{
    const QSqlDriver *driver = db.driver();
    if (!driver)
        return nullptr;
    const QVariant handle = driver->handle();
    // Qt names the type by the struct behind libpq's typedef.
    if (!handle.isValid() ||
        (std::strcmp(handle.typeName(), "pg_conn*") != 0 && std::strcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<pg_conn *const *>(handle.data());
}

bool PostgresDirect::canSend(const QVariantList &params)
{
    for (const QVariant &v : params) {
        if (v.isNull())
            continue;
        switch (v.typeId()) {
        case QMetaType::QString:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            break;
        default:
            return false;
        }
    }
    return true;
}

QByteArray PostgresDirect::numberedParameters(const QString &sql)
{
    const QByteArray text = sql.toUtf8();
    QByteArray out;
    out.reserve(text.size() + 16);
    int n = 0;
    char quote = 0; // inside '...' or "..." (a doubled quote closes and reopens: the same)
    for (const char c : text) {
        if (quote) {
            if (c == quote)
                quote = 0;
            out += c;
        } else if (c == '\'' || c == '"') {
            quote = c;
            out += c;
        } else if (c == '?') {
            out += '$';
            out += QByteArray::number(++n);
        } else {
            out += c;
        }
    }
    return out;
}

bool PostgresDirect::firstRow(pg_conn *conn, const QString &sql, const QVariantList &params,
                              std::optional<QVariantList> &row, QSqlError &error)
{
    auto named = m_names.find(sql);
    if (named == m_names.end()) {
        // Names are never used twice on a connection, even for a statement prepared again.
        const std::string name = "srs_direct_" + std::to_string(++m_prepared);
        const ResultPtr prepared(
            PQprepare(conn, name.c_str(), numberedParameters(sql).constData(), 0, nullptr));
        if (!prepared || PQresultStatus(prepared.get()) != PGRES_COMMAND_OK) {
            error = errorOf(conn, prepared.get(), "Unable to prepare statement");
            return false;
        }
        named = m_names.emplace(sql, name).first;
    }

    std::vector<QByteArray> texts(static_cast<std::size_t>(params.size()));
    std::vector<const char *> values(static_cast<std::size_t>(params.size()), nullptr);
    for (qsizetype i = 0; i < params.size(); ++i) {
        const QVariant &v = params.at(i);
        if (v.isNull())
            continue;
        const auto k = static_cast<std::size_t>(i);
        texts[k] = v.toString().toUtf8();
        values[k] = texts[k].constData();
    }
    const ResultPtr result(PQexecPrepared(conn, named->second.c_str(), static_cast<int>(params.size()),
                                          values.data(), nullptr, nullptr, 0));
    if (!result || PQresultStatus(result.get()) != PGRES_TUPLES_OK) {
        error = errorOf(conn, result.get(), "Unable to run statement");
        // A statement the server no longer knows (invalid_sql_statement_name) is prepared again
        // next time; after any other error (a division by zero, a timeout) it is still there.
        if (error.nativeErrorCode() == QLatin1String("26000"))
            m_names.erase(named);
        return false;
    }
    row.reset();
    if (PQntuples(result.get()) == 0)
        return true;
    QVariantList first;
    const int columns = PQnfields(result.get());
    first.reserve(columns);
    for (int c = 0; c < columns; ++c) {
        if (PQgetisnull(result.get(), 0, c)) {
            first.append(QVariant());
            continue;
        }
        const char *text = PQgetvalue(result.get(), 0, c);
        switch (PQftype(result.get(), c)) {
        case Int8Oid:
        case Int4Oid:
        case Int2Oid:
            first.append(QVariant(static_cast<qint64>(std::strtoll(text, nullptr, 10))));
            break;
        case BoolOid:
            first.append(QVariant(text[0] == 't'));
            break;
        default:
            first.append(QVariant(QString::fromUtf8(text, PQgetlength(result.get(), 0, c))));
        }
    }
    row = std::move(first);
    return true;
}

} // namespace srs::store
