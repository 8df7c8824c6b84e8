#include "CipherDatabase.h"

// sqlite3_key() is declared only for codec builds; SQLCipher is one.
#define SQLITE_HAS_CODEC 1
#include <sqlite3.h>

#include <QCoreApplication>
#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace srs::cache {
namespace {

QString errorCodeFor(int code)
{
    switch (code & 0xff) {
    case SQLITE_NOTADB:
        return cacheerr::Unreadable;
    case SQLITE_CORRUPT:
        return cacheerr::Damaged;
    default:
        return cacheerr::Io;
    }
}

// Creates the file with mode 0600 before SQLite opens it; SQLite gives its journal and
// WAL files the database file's mode.
Status createPrivateFile(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        if (errno == EEXIST)
            return {};
        return Error{cacheerr::Io, QCoreApplication::translate("srs::cache", "Could not create %1: %2")
                                       .arg(path, QString::fromLocal8Bit(strerror(errno)))};
    }
    ::close(fd);
    return {};
}

} // namespace

CipherDatabase::~CipherDatabase()
{
    sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<CipherDatabase>> CipherDatabase::open(const QString &path,
                                                             const crypto::SecureBuffer &key, bool create)
{
    if (key.size() != 32)
        return Error{cacheerr::Unreadable, u"The cache key must be 256 bits."_s};
    if (create) {
        if (Status s = createPrivateFile(path); !s.ok())
            return s.error();
    } else if (!QFile::exists(path)) {
        return Error{cacheerr::Io, QCoreApplication::translate("srs::cache", "%1 does not exist.").arg(path)};
    }
    sqlite3 *raw = nullptr;
    const QByteArray native = QFile::encodeName(path);
    const int rc =
        sqlite3_open_v2(native.constData(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    std::unique_ptr<CipherDatabase> db(new CipherDatabase(raw, path));
    if (rc != SQLITE_OK)
        return db->lastError(u"open"_s);

    // Nothing from SQLCipher on stderr: failures come back as errors.
    if (Status s = db->exec("PRAGMA cipher_log_level = NONE"); !s.ok())
        return s.error();
    // A build bound to plain SQLite would ignore the key and write plain text.
    {
        auto version = db->prepare("PRAGMA cipher_version");
        if (!version.ok() || !version->next() || version->text(0).isEmpty())
            return Error{cacheerr::NotEncrypted,
                         QCoreApplication::translate(
                             "srs::cache", "This build of the client cannot encrypt its cache "
                                           "(SQLCipher is not the SQLite it uses); nothing was saved.")};
    }
    // The raw key as the blob literal SQLCipher expects, built and dropped in wiping memory.
    crypto::SecureBuffer literal;
    literal.append("x'");
    literal.append(key.toHex().view());
    literal.append("'");
    if (sqlite3_key(db->m_db, literal.data(), static_cast<int>(literal.size())) != SQLITE_OK)
        return db->lastError(u"key"_s);
    literal.clear();

    // The key is only tried by the first statement that reads a page.
    {
        auto check = db->prepare("SELECT count(*) FROM sqlite_master");
        if (!check.ok())
            return check.error();
        if (!check->next())
            return check->error();
    }
    if (Status s = db->exec("PRAGMA journal_mode = WAL"); !s.ok())
        return s.error();
    if (Status s = db->exec("PRAGMA synchronous = NORMAL"); !s.ok())
        return s.error();
    if (Status s = db->exec("PRAGMA foreign_keys = ON"); !s.ok())
        return s.error();
    sqlite3_busy_timeout(db->m_db, 5000);
    return db;
}

Status CipherDatabase::verifyIntegrity()
{
    auto check = prepare("PRAGMA cipher_integrity_check");
    if (!check.ok())
        return check.error();
    if (check->next())
        return Error{cacheerr::Damaged, check->text(0)};
    if (!check->ok())
        return check->error();
    return {};
}

Status CipherDatabase::exec(const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return lastError(QString::fromLatin1(sql).section(u' ', 0, 1));
    return {};
}

Result<Statement> CipherDatabase::prepare(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK)
        return lastError(u"prepare"_s);
    return Statement(*this, stmt);
}

Status CipherDatabase::transaction(const std::function<Status()> &work)
{
    if (Status s = exec("BEGIN IMMEDIATE"); !s.ok())
        return s;
    Status result = work();
    if (!result.ok()) {
        (void)exec("ROLLBACK");
        return result;
    }
    if (Status s = exec("COMMIT"); !s.ok()) {
        (void)exec("ROLLBACK");
        return s;
    }
    return {};
}

int CipherDatabase::userVersion()
{
    auto q = prepare("PRAGMA user_version");
    if (!q.ok() || !q->next())
        return -1;
    return static_cast<int>(q->integer(0));
}

Status CipherDatabase::setUserVersion(int version)
{
    return exec(QByteArray("PRAGMA user_version = " + QByteArray::number(version)).constData());
}

Error CipherDatabase::lastError(const QString &doing) const
{
    const int code = sqlite3_extended_errcode(m_db);
    return Error{errorCodeFor(code),
                 u"%1: %2 (%3)"_s.arg(doing, QString::fromUtf8(sqlite3_errmsg(m_db))).arg(code)};
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr)), m_failed(std::move(other.m_failed)),
      m_code(other.m_code)
{}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_failed = std::move(other.m_failed);
        m_code = other.m_code;
    }
    return *this;
}

Statement &Statement::bind(int index, QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.isNull() ? "" : utf8.constData(), static_cast<int>(utf8.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bindBlob(int index, QByteArrayView bytes)
{
    sqlite3_bind_blob64(m_stmt, index, bytes.isNull() ? "" : bytes.data(),
                        static_cast<sqlite3_uint64>(bytes.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_code = rc;
        m_failed = QString::fromUtf8(sqlite3_errmsg(m_db->handle()));
    }
    return false;
}

Status Statement::run()
{
    const bool row = next();
    reset();
    if (!ok())
        return error();
    if (row)
        return Error{cacheerr::Io, u"a statement without results returned a row"_s};
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

Error Statement::error() const
{
    return Error{errorCodeFor(m_code), u"%1 (%2)"_s.arg(m_failed).arg(m_code)};
}

QString Statement::text(int column) const
{
    // The database keeps UTF-8; Qt's conversion is faster than asking SQLite for UTF-16.
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    return data ? QString::fromUtf8(data, bytes) : QString();
}

QByteArrayView Statement::blobView(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    return data ? QByteArrayView(static_cast<const char *>(data), bytes) : QByteArrayView();
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QByteArray Statement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    return data ? QByteArray(static_cast<const char *>(data), bytes) : QByteArray();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace srs::cache
