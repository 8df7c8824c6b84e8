#pragma once

#include "crypto/SecureBuffer.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace srs::cache {

// Error codes of the cache. Unreadable and Damaged mean the file must be set aside and
// built again; the others are failures of this machine (disk full, permissions).
namespace cacheerr {
inline const QString Unreadable = QStringLiteral("cache-unreadable"); // wrong key, or not a cache
inline const QString Damaged = QStringLiteral("cache-damaged");       // a page failed its HMAC
inline const QString NotEncrypted = QStringLiteral("cache-not-encrypted");
inline const QString Io = QStringLiteral("cache-io");
inline const QString Newer = QStringLiteral("cache-newer"); // written by a newer client
} // namespace cacheerr

class Statement;

// One connection to an SQLCipher database, keyed with a raw 256-bit key. Not thread-safe:
// each thread opens its own.
//
// The client links SQLCipher only (never libsqlite3, see DEPENDENCY-NOTES): open() refuses
// a library that does not answer `PRAGMA cipher_version`, so a mislinked build fails instead
// of writing plain text. SQLCipher's own log is silenced: a decryption failure is an error
// returned here, not text on stderr.
class CipherDatabase
{
public:
    ~CipherDatabase();
    CipherDatabase(const CipherDatabase &) = delete;
    CipherDatabase &operator=(const CipherDatabase &) = delete;

    // Opens (creating it, mode 0600, when `create` and it does not exist) and checks the key
    // at once by reading the schema. A wrong key or a file that is not an SQLCipher
    // database fails with cacheerr::Unreadable.
    [[nodiscard]] static Result<std::unique_ptr<CipherDatabase>>
    open(const QString &path, const crypto::SecureBuffer &key, bool create);

    // Every page's HMAC: a flipped byte anywhere fails with cacheerr::Damaged, naming the page.
    [[nodiscard]] Status verifyIntegrity();

    [[nodiscard]] Status exec(const char *sql);
    [[nodiscard]] Result<Statement> prepare(const char *sql);
    // BEGIN IMMEDIATE ... COMMIT around `work`; rolled back when it fails.
    [[nodiscard]] Status transaction(const std::function<Status()> &work);

    [[nodiscard]] int userVersion();
    [[nodiscard]] Status setUserVersion(int version);

    [[nodiscard]] Error lastError(const QString &doing) const;
    [[nodiscard]] sqlite3 *handle() const { return m_db; }
    [[nodiscard]] const QString &path() const { return m_path; }

private:
    CipherDatabase(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) {}

    sqlite3 *m_db;
    QString m_path;
};

// A prepared statement. Binding indexes start at 1, column indexes at 0.
class Statement
{
public:
    Statement(CipherDatabase &db, sqlite3_stmt *stmt) : m_db(&db), m_stmt(stmt) {}
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, QStringView text);
    Statement &bind(int index, qint64 value);
    Statement &bindBlob(int index, QByteArrayView bytes);
    Statement &bindNull(int index);

    // True when a row is ready; false when done or failed (see ok()).
    [[nodiscard]] bool next();
    // Runs a statement that returns no rows.
    [[nodiscard]] Status run();
    void reset();
    [[nodiscard]] bool ok() const { return m_failed.isEmpty(); }
    [[nodiscard]] Error error() const;

    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] qint64 integer(int column) const;
    [[nodiscard]] QByteArray blob(int column) const;
    // Valid until the next step or reset.
    [[nodiscard]] QByteArrayView blobView(int column) const;
    [[nodiscard]] bool isNull(int column) const;

private:
    CipherDatabase *m_db;
    sqlite3_stmt *m_stmt;
    QString m_failed; // the failure of the last step, if any
    int m_code = 0;
};

} // namespace srs::cache
