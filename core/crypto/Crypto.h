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
[[nodiscard]] QByteArray hmacSha256(QByteArrayView key, QByteArrayView data);

// RFC 5869 HKDF with SHA-256. `length` is at most 255 * 32 bytes; a longer request
// returns an empty buffer.
[[nodiscard]] SecureBuffer hkdfSha256(QByteArrayView inputKey, QByteArrayView salt, QByteArrayView info,
                                      qsizetype length);

// Compares in time that depends only on the lengths, never on where the bytes differ.
[[nodiscard]] bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace srs::crypto
