#include "CacheFolder.h"

#include "CipherDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QStandardPaths>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

namespace srs::cache {
namespace {

const QStringList StemSuffixes = {u".db"_s,         u".db-wal"_s, u".db-shm"_s,
                                  u".db-journal"_s, u".key"_s,    u".unreadable"_s};

Status removeIfThere(const QString &path)
{
    if (QFile::exists(path) && !QFile::remove(path))
        return Error{cacheerr::Io,
                     QCoreApplication::translate("srs::cache", "Could not remove %1.").arg(path)};
    return {};
}

} // namespace

CacheFolder::CacheFolder(QString directory) : m_directory(std::move(directory)) {}

QString CacheFolder::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/caches"_s;
}

QString CacheFolder::databasePath(const CacheIdentity &identity) const
{
    return m_directory + u'/' + identity.fileStem() + u".db"_s;
}

QString CacheFolder::keyFilePath(const CacheIdentity &identity) const
{
    return m_directory + u'/' + identity.fileStem() + u".key"_s;
}

QString CacheFolder::setAsidePath(const CacheIdentity &identity) const
{
    return m_directory + u'/' + identity.fileStem() + u".unreadable"_s;
}

Status CacheFolder::prepare() const
{
    if (!QDir().mkpath(m_directory))
        return Error{cacheerr::Io,
                     QCoreApplication::translate("srs::cache", "Could not create the cache folder %1.")
                         .arg(m_directory)};
    const QByteArray native = QFile::encodeName(m_directory);
    struct stat st
    {};
    if (::stat(native.constData(), &st) != 0)
        return Error{cacheerr::Io,
                     QCoreApplication::translate("srs::cache", "Could not read the cache folder %1.")
                         .arg(m_directory)};
    if (st.st_uid != ::geteuid())
        return Error{cacheerr::Io,
                     QCoreApplication::translate("srs::cache", "The cache folder %1 belongs to someone else.")
                         .arg(m_directory)};
    if ((st.st_mode & 077) != 0 && ::chmod(native.constData(), 0700) != 0)
        return Error{cacheerr::Io,
                     QCoreApplication::translate("srs::cache", "Could not make the cache folder %1 private.")
                         .arg(m_directory)};
    return {};
}

Result<KeyFile> CacheFolder::loadOrCreateKeyFile(const CacheIdentity &identity,
                                                 const crypto::Argon2Parameters &costs, bool *created) const
{
    const QString path = keyFilePath(identity);
    QFile file(path);
    if (file.exists()) {
        if (created)
            *created = false;
        if (!file.open(QIODevice::ReadOnly))
            return Error{cacheerr::Io,
                         QCoreApplication::translate("srs::cache", "Could not read %1.").arg(path)};
        auto existing = KeyFile::fromJson(file.read(4096));
        file.close();
        if (existing.ok())
            return existing;
        // Without its salt the cache can never be opened again: start afresh.
        if (Status s = setAside(identity); !s.ok())
            return s.error();
        if (Status s = removeIfThere(path); !s.ok())
            return s.error();
    }
    if (created)
        *created = true;
    const KeyFile fresh = KeyFile::create(costs);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) ||
        !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        out.write(fresh.toJson()) < 0 || !out.commit())
        return Error{cacheerr::Io,
                     QCoreApplication::translate("srs::cache", "Could not write %1.").arg(path)};
    return fresh;
}

bool CacheFolder::hasDatabase(const CacheIdentity &identity) const
{
    return QFile::exists(databasePath(identity));
}

Status CacheFolder::setAside(const CacheIdentity &identity) const
{
    const QString db = databasePath(identity);
    const QString aside = setAsidePath(identity);
    if (Status s = removeIfThere(aside); !s.ok())
        return s;
    if (QFile::exists(db) && !QFile::rename(db, aside))
        return Error{cacheerr::Io,
                     QCoreApplication::translate("srs::cache", "Could not move %1 aside.").arg(db)};
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        if (Status s = removeIfThere(db + suffix); !s.ok())
            return s;
    }
    return {};
}

Status CacheFolder::purge(const CacheIdentity &identity) const
{
    return removeStem(identity.fileStem());
}

Status CacheFolder::removeStem(const QString &stem) const
{
    for (const QString &suffix : StemSuffixes) {
        if (Status s = removeIfThere(m_directory + u'/' + stem + suffix); !s.ok())
            return s;
    }
    return {};
}

int CacheFolder::removeUnused(int days, const QDateTime &now) const
{
    // A cache's last use is the newest modified time of any of its files.
    QHash<QString, QDateTime> lastUsed;
    const QDir dir(m_directory);
    for (const QFileInfo &info : dir.entryInfoList(QDir::Files | QDir::Hidden)) {
        const QString name = info.fileName();
        const qsizetype dot = name.indexOf(u'.');
        if (dot != 32)
            continue; // not one of ours
        const QString stem = name.left(dot);
        if (!StemSuffixes.contains(name.mid(dot)))
            continue;
        const QDateTime modified = info.lastModified();
        if (!lastUsed.contains(stem) || lastUsed[stem] < modified)
            lastUsed[stem] = modified;
    }
    int removed = 0;
    const QDateTime cutoff = now.addDays(-days);
    for (auto it = lastUsed.cbegin(); it != lastUsed.cend(); ++it) {
        if (it.value() < cutoff && removeStem(it.key()).ok())
            ++removed;
    }
    return removed;
}

void CacheFolder::touch(const CacheIdentity &identity) const
{
    QFile file(keyFilePath(identity));
    if (file.exists() && file.open(QIODevice::ReadWrite))
        file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
}

Result<crypto::SecureBuffer> cacheKeyFor(const CacheFolder &folder, const CacheIdentity &identity,
                                         const crypto::SecureBuffer &password,
                                         const crypto::SecureBuffer &serverShare, int targetMs)
{
    if (serverShare.size() != 32)
        return Error{
            cacheerr::Unreadable,
            QCoreApplication::translate("srs::cache", "The service sent no key for this computer's cache.")};
    if (Status s = folder.prepare(); !s.ok())
        return s.error();
    const bool exists = QFile::exists(folder.keyFilePath(identity));
    auto keyFile = folder.loadOrCreateKeyFile(
        identity, exists ? crypto::Argon2Parameters::recommended() : calibrateArgon2(targetMs), nullptr);
    if (!keyFile.ok())
        return keyFile.error();
    const crypto::SecureBuffer passwordKey = derivePasswordKey(password.view(), *keyFile);
    crypto::SecureBuffer key = deriveCacheKey(passwordKey, serverShare.view(), identity);
    if (key.size() != 32)
        return Error{cacheerr::Unreadable,
                     QCoreApplication::translate("srs::cache", "The cache key could not be made.")};
    return key;
}

} // namespace srs::cache
