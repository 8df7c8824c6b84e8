#include "PeriodicClaims.h"

#include <QFile>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace srs::store {

using namespace Qt::Literals::StringLiterals;

namespace {

// The first key of every advisory lock this service takes ("SR" in ASCII), so that its locks
// are told apart from any other program's on the same database.
constexpr int LockSpace = 0x5352;

} // namespace

PeriodicClaims::PeriodicClaims(Database &database, QString name)
    : m_database(database), m_name(std::move(name))
{}

PeriodicClaims::~PeriodicClaims()
{
    if (m_lockFd >= 0)
        ::close(m_lockFd); // ends any flock
}

int PeriodicClaims::lockKey(const QString &name)
{
    // FNV-1a over the name's UTF-8: the same key on every instance and every version.
    std::uint32_t h = 2166136261u;
    for (const char c : name.toUtf8()) {
        h ^= static_cast<std::uint8_t>(c);
        h *= 16777619u;
    }
    return static_cast<int>(h & 0x7fffffff);
}

Result<bool> PeriodicClaims::lock()
{
    if (m_database.backend() == Database::Backend::Postgres) {
        auto q = m_database.exec(u"SELECT pg_try_advisory_lock(?, ?)"_s, {LockSpace, lockKey(m_name)});
        if (!q)
            return q.error();
        QSqlQuery &query = q.value();
        const bool taken = query.next() && query.value(0).toBool();
        m_database.finishStatements();
        return taken;
    }
    const QString path = m_database.config().sqlitePath;
    if (path.isEmpty() || path == ":memory:"_L1)
        return true; // a database of this process alone
    if (m_lockFd < 0) {
        const QByteArray lockPath = QFile::encodeName(path + u".%1.lock"_s.arg(m_name));
        m_lockFd = ::open(lockPath.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (m_lockFd < 0)
            return StoreError{StoreError::Code::Database,
                              u"cannot open the lock file of %1: %2"_s.arg(
                                  m_name, QString::fromLocal8Bit(std::strerror(errno)))};
    }
    if (::flock(m_lockFd, LOCK_EX | LOCK_NB) == 0)
        return true;
    if (errno == EWOULDBLOCK)
        return false;
    return StoreError{StoreError::Code::Database,
                      u"cannot lock %1: %2"_s.arg(m_name, QString::fromLocal8Bit(std::strerror(errno)))};
}

void PeriodicClaims::unlock()
{
    if (m_database.backend() == Database::Backend::Postgres) {
        // If the connection was lost meanwhile, so was the lock: nothing to undo.
        (void)m_database.exec(u"SELECT pg_advisory_unlock(?, ?)"_s, {LockSpace, lockKey(m_name)});
        m_database.finishStatements();
        return;
    }
    if (m_lockFd >= 0)
        ::flock(m_lockFd, LOCK_UN);
}

Result<PeriodicClaims::Claim> PeriodicClaims::claim(std::chrono::milliseconds interval, bool woken,
                                                    const QDateTime &now)
{
    if (m_locked)
        release();
    auto locked = lock();
    if (!locked)
        return locked.error();
    if (!locked.value())
        return Claim::Busy;
    m_locked = true;
    // A pass started by any instance less than an interval ago counts, less a tenth of the
    // interval so that this instance's own turn (a wait of exactly the interval) is never
    // missed by a few milliseconds.
    const qint64 at = now.toMSecsSinceEpoch();
    const qint64 dueBefore = at - interval.count() + interval.count() / 10;
    auto claimed = m_database.transaction([&]() -> Result<bool> {
        auto made = m_database.exec(
            u"INSERT INTO periodic_work (name, last_started) VALUES (?, 0) ON CONFLICT (name) DO NOTHING"_s,
            {m_name});
        if (!made)
            return made.error();
        auto moved = woken ? m_database.exec(u"UPDATE periodic_work SET last_started = ? WHERE name = ?"_s,
                                             {at, m_name})
                           : m_database.exec(u"UPDATE periodic_work SET last_started = ? "
                                             "WHERE name = ? AND last_started <= ?"_s,
                                             {at, m_name, dueBefore});
        if (!moved)
            return moved.error();
        return moved.value().numRowsAffected() == 1;
    });
    if (!claimed || !claimed.value()) {
        release();
        if (!claimed)
            return claimed.error();
        return Claim::NotDue;
    }
    return Claim::Run;
}

void PeriodicClaims::release()
{
    if (!m_locked)
        return;
    m_locked = false;
    unlock();
}

} // namespace srs::store
