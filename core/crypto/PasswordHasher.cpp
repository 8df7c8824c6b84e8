#include "PasswordHasher.h"

#include "Crypto.h"

#include <argon2.h>

#include <QList>

namespace srs::crypto {
namespace {

// Limits on what a stored string may ask for. Anything beyond them is refused rather than run.
constexpr quint32 MaxTimeCost = 64;
constexpr quint32 MaxMemoryKiB = 4 * 1024 * 1024; // 4 GiB
constexpr quint32 MaxParallelism = 64;
constexpr quint32 MinSaltLength = 8;
constexpr quint32 MaxSaltLength = 64;
constexpr quint32 MinHashLength = 16;
constexpr quint32 MaxHashLength = 64;

QByteArray b64(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> unb64(QByteArrayView text)
{
    if (text.isEmpty() || text.contains('='))
        return std::nullopt;
    for (const char c : text) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                        c == '+' || c == '/';
        if (!ok)
            return std::nullopt;
    }
    // Unpadded base64 never has a length of 1 modulo 4.
    if (text.size() % 4 == 1)
        return std::nullopt;
    auto result = QByteArray::fromBase64Encoding(
        text.toByteArray(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    // Refuse non-canonical encodings (stray low bits in the last character): the string
    // must be exactly what encode() would write.
    if (b64(result.decoded) != text)
        return std::nullopt;
    return result.decoded;
}

std::optional<quint32> parseNumber(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 10 || (text.size() > 1 && text.front() == '0'))
        return std::nullopt;
    quint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + static_cast<quint64>(c - '0');
    }
    if (value > 0xFFFFFFFFu)
        return std::nullopt;
    return static_cast<quint32>(value);
}

bool withinLimits(const Argon2Parameters &p)
{
    return p.timeCost >= 1 && p.timeCost <= MaxTimeCost && p.parallelism >= 1 &&
           p.parallelism <= MaxParallelism && p.memoryKiB >= 8 * p.parallelism &&
           p.memoryKiB <= MaxMemoryKiB && p.saltLength >= MinSaltLength && p.saltLength <= MaxSaltLength &&
           p.hashLength >= MinHashLength && p.hashLength <= MaxHashLength;
}

SecureBuffer argon2idRaw(QByteArrayView password, QByteArrayView salt, const Argon2Parameters &p)
{
    SecureBuffer out(p.hashLength);
    static const char empty = 0;
    const int rc = argon2id_hash_raw(p.timeCost, p.memoryKiB, p.parallelism,
                                     password.isEmpty() ? &empty : password.data(),
                                     static_cast<std::size_t>(password.size()), salt.data(),
                                     static_cast<std::size_t>(salt.size()), out.data(), out.size());
    if (rc != ARGON2_OK)
        return {};
    return out;
}

QByteArray rawHash(QByteArrayView password, const QByteArray &salt, const Argon2Parameters &p)
{
    const SecureBuffer hash = argon2idRaw(password, salt, p);
    return hash.view().toByteArray();
}

} // namespace

SecureBuffer deriveKeyArgon2id(QByteArrayView password, QByteArrayView salt, const Argon2Parameters &p)
{
    if (!withinLimits(p) || salt.size() < static_cast<qsizetype>(p.saltLength))
        return {};
    return argon2idRaw(password, salt, p);
}

PasswordHasher::PasswordHasher(Argon2Parameters parameters) : m_parameters(parameters) {}

QByteArray PasswordHasher::hash(QByteArrayView password) const
{
    if (!withinLimits(m_parameters))
        return {};
    Argon2Encoded value;
    value.parameters = m_parameters;
    value.salt = randomBytes(static_cast<qsizetype>(m_parameters.saltLength));
    value.hash = rawHash(password, value.salt, m_parameters);
    if (value.hash.isEmpty())
        return {};
    return encode(value);
}

bool PasswordHasher::verify(QByteArrayView password, QByteArrayView encoded) const
{
    const auto stored = decode(encoded);
    if (!stored)
        return false;
    QByteArray computed = rawHash(password, stored->salt, stored->parameters);
    const bool same = !computed.isEmpty() && constantTimeEquals(computed, stored->hash);
    wipe(computed);
    return same;
}

void PasswordHasher::verifyDummy(QByteArrayView password) const
{
    if (!withinLimits(m_parameters))
        return;
    QByteArray salt(static_cast<qsizetype>(m_parameters.saltLength), '\0');
    QByteArray computed = rawHash(password, salt, m_parameters);
    wipe(computed);
}

bool PasswordHasher::needsRehash(QByteArrayView encoded) const
{
    const auto stored = decode(encoded);
    return !stored || stored->parameters != m_parameters;
}

QByteArray PasswordHasher::encode(const Argon2Encoded &value)
{
    const auto &p = value.parameters;
    return QByteArrayLiteral("$argon2id$v=19$m=") + QByteArray::number(p.memoryKiB) +
           ",t=" + QByteArray::number(p.timeCost) + ",p=" + QByteArray::number(p.parallelism) + '$' +
           b64(value.salt) + '$' + b64(value.hash);
}

std::optional<Argon2Encoded> PasswordHasher::decode(QByteArrayView encoded)
{
    // "", "argon2id", "v=19", "m=..,t=..,p=..", salt, hash
    const QList<QByteArray> parts = encoded.toByteArray().split('$');
    if (parts.size() != 6 || !parts[0].isEmpty() || parts[1] != "argon2id" || parts[2] != "v=19")
        return std::nullopt;
    const QList<QByteArray> costs = parts[3].split(',');
    if (costs.size() != 3 || !costs[0].startsWith("m=") || !costs[1].startsWith("t=") ||
        !costs[2].startsWith("p="))
        return std::nullopt;
    const auto m = parseNumber(QByteArrayView(costs[0]).sliced(2));
    const auto t = parseNumber(QByteArrayView(costs[1]).sliced(2));
    const auto p = parseNumber(QByteArrayView(costs[2]).sliced(2));
    auto salt = unb64(parts[4]);
    auto hash = unb64(parts[5]);
    if (!m || !t || !p || !salt || !hash)
        return std::nullopt;
    Argon2Encoded value;
    value.parameters = {*t, *m, *p, static_cast<quint32>(salt->size()), static_cast<quint32>(hash->size())};
    value.salt = std::move(*salt);
    value.hash = std::move(*hash);
    if (!withinLimits(value.parameters))
        return std::nullopt;
    return value;
}

} // namespace srs::crypto
