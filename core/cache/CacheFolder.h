#pragma once

#include "CacheKey.h"

#include <QDateTime>
#include <QString>

namespace srs::cache {

// The folder that holds every cache on this machine (mode 0700), one set of files a
// (user, server):
//   <stem>.db           the SQLCipher database (0600; with -wal and -shm beside it while open)
//   <stem>.key          the Argon2id costs and salt (0600; not secret)
//   <stem>.unreadable   the last copy that could not be opened, set aside
class CacheFolder
{
public:
    explicit CacheFolder(QString directory);
    // The platform's application-data folder for this program, "caches" inside it.
    [[nodiscard]] static QString defaultDirectory();

    [[nodiscard]] const QString &directory() const { return m_directory; }
    [[nodiscard]] QString databasePath(const CacheIdentity &identity) const;
    [[nodiscard]] QString keyFilePath(const CacheIdentity &identity) const;
    [[nodiscard]] QString setAsidePath(const CacheIdentity &identity) const;

    // Creates the folder (0700) if needed and refuses one others can read or write.
    [[nodiscard]] Status prepare() const;
    // The key file; a new one (fresh salt, `costs`) when there is none, or when it is damaged
    // (the cache it belonged to is then set aside). Whether a new one was made is told in
    // `created`.
    [[nodiscard]] Result<KeyFile> loadOrCreateKeyFile(const CacheIdentity &identity,
                                                      const crypto::Argon2Parameters &costs,
                                                      bool *created) const;
    [[nodiscard]] bool hasDatabase(const CacheIdentity &identity) const;

    // Moves the database to `<stem>.unreadable` (replacing an older one) and removes its
    // journal files. The key file stays: the new cache is keyed the same way.
    [[nodiscard]] Status setAside(const CacheIdentity &identity) const;
    // Removes every file of the cache.
    [[nodiscard]] Status purge(const CacheIdentity &identity) const;
    // Removes the caches (of any user) not used for `days` days before `now`; returns how many.
    [[nodiscard]] int removeUnused(int days, const QDateTime &now) const;
    // Marks the cache used now (its key file's modified time).
    void touch(const CacheIdentity &identity) const;

private:
    [[nodiscard]] Status removeStem(const QString &stem) const;

    QString m_directory;
};

// The whole key step after a sign-in: the key file (a new one, with costs calibrated to
// `targetMs`, for a first sign-in here), Argon2id over the password, HKDF with the share.
[[nodiscard]] Result<crypto::SecureBuffer> cacheKeyFor(const CacheFolder &folder,
                                                       const CacheIdentity &identity,
                                                       const crypto::SecureBuffer &password,
                                                       const crypto::SecureBuffer &serverShare, int targetMs);

} // namespace srs::cache
