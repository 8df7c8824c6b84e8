#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include "SecureBuffer.h"

#include <optional>

namespace srs::crypto {

// Cost settings for Argon2id. The defaults follow the measurements in
// DEPENDENCY-NOTES (t=3, 64 MiB, p=1: about a quarter of a second on a 2-core server);
// fastForTests() is deliberately weak and must never be used for real accounts.
struct Argon2Parameters
{
    quint32 timeCost = 3;
    quint32 memoryKiB = 64 * 1024;
    quint32 parallelism = 1;
    quint32 saltLength = 16;
    quint32 hashLength = 32;

    [[nodiscard]] static Argon2Parameters recommended() { return {}; }
    [[nodiscard]] static Argon2Parameters fastForTests() { return {1, 8, 1, 16, 32}; }

    friend bool operator==(const Argon2Parameters &, const Argon2Parameters &) = default;
};

// A key derived from a password with Argon2id (the raw output, `parameters.hashLength`
// bytes), for encrypting local data. Empty when the parameters are out of limits or the
// salt is shorter than `parameters.saltLength`.
[[nodiscard]] SecureBuffer deriveKeyArgon2id(QByteArrayView password, QByteArrayView salt,
                                             const Argon2Parameters &parameters);

// A stored password hash, decoded from its PHC string.
struct Argon2Encoded
{
    Argon2Parameters parameters;
    QByteArray salt;
    QByteArray hash;
};

// Hashes passwords with Argon2id and a fresh random 16-byte salt per hash, and writes the
// result in the PHC string format that libargon2 and most other tools read:
//   $argon2id$v=19$m=65536,t=3,p=1$<salt, base64 without padding>$<hash, base64 without padding>
// The password is passed as bytes (UTF-8) and is never copied into anything but
// libargon2's own working memory, which it wipes.
class PasswordHasher
{
public:
    explicit PasswordHasher(Argon2Parameters parameters = Argon2Parameters::recommended());

    [[nodiscard]] const Argon2Parameters &parameters() const { return m_parameters; }

    // The PHC string; empty only if libargon2 refused the parameters (a configuration error).
    [[nodiscard]] QByteArray hash(QByteArrayView password) const;

    // True when `password` matches `encoded`. The final comparison runs in constant time.
    // Malformed or tampered strings, and strings whose costs are beyond sane limits (a
    // planted m=4 GiB would otherwise be a denial of service), verify as false.
    [[nodiscard]] bool verify(QByteArrayView password, QByteArrayView encoded) const;

    // Spends the same time as verify() without any stored hash: call it when the account
    // does not exist so that response times do not reveal which usernames are real.
    void verifyDummy(QByteArrayView password) const;

    // True when `encoded` was made with other costs (or cannot be read) and should be
    // replaced by hash() the next time the password is known.
    [[nodiscard]] bool needsRehash(QByteArrayView encoded) const;

    [[nodiscard]] static QByteArray encode(const Argon2Encoded &value);
    [[nodiscard]] static std::optional<Argon2Encoded> decode(QByteArrayView encoded);

private:
    Argon2Parameters m_parameters;
};

} // namespace srs::crypto
