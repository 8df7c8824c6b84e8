#pragma once

#include "SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>

namespace srs::crypto {

inline constexpr qsizetype Sha256Size = 32;

// Bytes from the operating system's CSPRNG (OpenSSL RAND_bytes). A failing random
// generator is not something any caller can recover from safely, so it aborts.
[[nodiscard]] QByteArray randomBytes(qsizetype count);
[[nodiscard]] SecureBuffer randomSecret(qsizetype count);

[[nodiscard]] QByteArray sha256(QByteArrayView data);

// SHA-256 over data given in pieces (a file read a megabyte at a time), by OpenSSL: with the
// CPU's SHA extensions several times faster than QCryptographicHash, which matters where whole
// uploads and chunks of them are hashed.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView data);
    // The 32 bytes of the digest; the object is then spent.
    [[nodiscard]] QByteArray result();

private:
    void *m_context; // EVP_MD_CTX
};

// Gives back the per-thread state OpenSSL keeps for the calling thread (its error queue).
// A thread borrowed from a pool, which may still be alive when the library cleans up at exit,
// calls this when its crypto work is done; a thread that ends gives it back by itself.
void releaseThreadState();

[[nodiscard]] QByteArray hmacSha256(QByteArrayView key, QByteArrayView data);

// RFC 5869 HKDF with SHA-256. `length` is at most 255 * 32 bytes; a longer request
// returns an empty buffer.
[[nodiscard]] SecureBuffer hkdfSha256(QByteArrayView inputKey, QByteArrayView salt, QByteArrayView info,
                                      qsizetype length);

// Compares in time that depends only on the lengths, never on where the bytes differ.
[[nodiscard]] bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace srs::crypto
