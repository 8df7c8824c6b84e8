#pragma once

#include "crypto/PasswordHasher.h"
#include "crypto/SecureBuffer.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QString>

namespace srs::cache {

// Whose cache on which server. The canonical username (as the server returned it) and the
// server URL as configured.
struct CacheIdentity
{
    QString username;
    QString serverUrl;

    // The file name stem: 32 hex digits of SHA-256 over server and user, so a shared
    // terminal's folder listing does not name the people who use it.
    [[nodiscard]] QString fileStem() const;
    friend bool operator==(const CacheIdentity &, const CacheIdentity &) = default;
};

// What is needed, besides the password and the server's share, to derive a cache's key: the
// Argon2id costs and the random local salt. Kept beside the cache in `<stem>.key` (0600);
// none of it is secret.
struct KeyFile
{
    static constexpr int SaltBytes = 16;
    crypto::Argon2Parameters argon2;
    QByteArray salt;

    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<KeyFile> fromJson(QByteArrayView bytes);
    // A fresh random salt with the given costs.
    [[nodiscard]] static KeyFile create(const crypto::Argon2Parameters &argon2);
};

// Argon2id costs that take about `targetMs` on this machine: 64 MiB and as many passes as
// fit (at least one); below about 20 ms (test settings) the memory is lowered instead.
[[nodiscard]] crypto::Argon2Parameters calibrateArgon2(int targetMs);

// The password-derived key: Argon2id over the password with the key file's salt and costs.
[[nodiscard]] crypto::SecureBuffer derivePasswordKey(QByteArrayView password, const KeyFile &keyFile);

// The cache key: HKDF-SHA256 over (password key ‖ server share), bound to user and server:
//   salt = "srs-workstation cache key v1", info = "user:<username>\nserver:<url>".
// Without the server's share the password alone opens nothing, and a revoked share makes
// every copy of the cache unreadable. Empty when either input is empty.
[[nodiscard]] crypto::SecureBuffer deriveCacheKey(const crypto::SecureBuffer &passwordKey,
                                                  QByteArrayView serverShare, const CacheIdentity &identity);

} // namespace srs::cache
