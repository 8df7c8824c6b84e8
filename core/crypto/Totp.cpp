#include "Totp.h"

#include "Crypto.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <QUrl>

#include <algorithm>

#include <array>

namespace srs::crypto {
namespace {

constexpr char Base32Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

int base32Value(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a';
    if (c >= '2' && c <= '7')
        return c - '2' + 26;
    return -1;
}

constexpr std::array<quint32, 9> PowersOfTen = {1,      10,      100,      1000,     10000,
                                                100000, 1000000, 10000000, 100000000};

} // namespace

SecureBuffer base32Encode(QByteArrayView bytes, bool pad)
{
    SecureBuffer out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : bytes) {
        buffer = (buffer << 8) | static_cast<quint8>(byte);
        bits += 8;
        while (bits >= 5) {
            const char c = Base32Alphabet[(buffer >> (bits - 5)) & 0x1f];
            out.append(QByteArrayView(&c, 1));
            bits -= 5;
        }
        buffer &= (1u << bits) - 1u;
    }
    if (bits > 0) {
        const char c = Base32Alphabet[(buffer << (5 - bits)) & 0x1f];
        out.append(QByteArrayView(&c, 1));
    }
    buffer = 0;
    if (pad) {
        while (out.size() % 8 != 0)
            out.append("=");
    }
    return out;
}

std::optional<SecureBuffer> base32Decode(QByteArrayView text)
{
    SecureBuffer out;
    quint32 buffer = 0;
    int bits = 0;
    qsizetype symbols = 0;
    qsizetype padding = 0;
    for (const char c : text) {
        if (c == ' ')
            continue;
        if (c == '=') {
            ++padding;
            continue;
        }
        if (padding > 0)
            return std::nullopt; // data after padding
        const int v = base32Value(c);
        if (v < 0)
            return std::nullopt;
        ++symbols;
        buffer = (buffer << 5) | static_cast<quint32>(v);
        bits += 5;
        if (bits >= 8) {
            const char byte = static_cast<char>((buffer >> (bits - 8)) & 0xff);
            out.append(QByteArrayView(&byte, 1));
            bits -= 8;
            buffer &= (1u << bits) - 1u;
        }
    }
    // A final group of 1, 3 or 6 symbols cannot come from whole bytes, and leftover bits
    // must be zero (a canonical encoding).
    const qsizetype tail = symbols % 8;
    if (tail == 1 || tail == 3 || tail == 6 || buffer != 0)
        return std::nullopt;
    if (padding > 0 && (symbols + padding) % 8 != 0)
        return std::nullopt;
    return out;
}

Totp::Totp(SecureBuffer secret) : Totp(std::move(secret), Parameters{}) {}

Totp::Totp(SecureBuffer secret, Parameters parameters) : m_secret(std::move(secret)), m_parameters(parameters)
{
    if (m_parameters.digits < 6 || m_parameters.digits > 8)
        m_parameters.digits = 6;
    if (m_parameters.stepSeconds <= 0)
        m_parameters.stepSeconds = 30;
    if (m_parameters.window < 0)
        m_parameters.window = 0;
}

SecureBuffer Totp::generateSecret(qsizetype length)
{
    return randomSecret(length);
}

qint64 Totp::stepAt(qint64 unixSeconds) const
{
    const qint64 t = unixSeconds - m_parameters.epochSeconds;
    // Floor division, so that moments before T0 do not share step 0.
    qint64 step = t / m_parameters.stepSeconds;
    if (t % m_parameters.stepSeconds != 0 && t < 0)
        --step;
    return step;
}

QByteArray Totp::codeForStep(qint64 step) const
{
    std::array<unsigned char, 8> counter{};
    auto value = static_cast<quint64>(step);
    for (int i = 7; i >= 0; --i) {
        counter[static_cast<std::size_t>(i)] = static_cast<unsigned char>(value & 0xff);
        value >>= 8;
    }
    std::array<unsigned char, EVP_MAX_MD_SIZE> mac{};
    unsigned int macLength = 0;
    static const unsigned char emptyKey = 0;
    const unsigned char *key = m_secret.isEmpty() ? &emptyKey : m_secret.data();
    if (!HMAC(EVP_sha1(), key, static_cast<int>(m_secret.size()), counter.data(), counter.size(), mac.data(),
              &macLength) ||
        macLength < 20)
        qFatal("srs.crypto: HMAC-SHA1 failed");

    // RFC 4226 section 5.3 dynamic truncation.
    const unsigned offset = mac[macLength - 1] & 0x0f;
    const quint32 binary =
        (static_cast<quint32>(mac[offset] & 0x7f) << 24) | (static_cast<quint32>(mac[offset + 1]) << 16) |
        (static_cast<quint32>(mac[offset + 2]) << 8) | static_cast<quint32>(mac[offset + 3]);
    const quint32 code = binary % PowersOfTen[static_cast<std::size_t>(m_parameters.digits)];
    OPENSSL_cleanse(mac.data(), mac.size());

    QByteArray text = QByteArray::number(code);
    return QByteArray(m_parameters.digits - text.size(), '0') + text;
}

std::optional<qint64> Totp::verify(QByteArrayView code, qint64 unixSeconds,
                                   std::optional<qint64> lastUsedStep) const
{
    const QByteArray trimmed = code.toByteArray().trimmed();
    const bool wellFormed =
        trimmed.size() == m_parameters.digits &&
        std::all_of(trimmed.begin(), trimmed.end(), [](char c) { return c >= '0' && c <= '9'; });
    const qint64 now = stepAt(unixSeconds);
    std::optional<qint64> matched;
    for (qint64 step = now - m_parameters.window; step <= now + m_parameters.window; ++step) {
        const QByteArray expected = codeForStep(step);
        const bool same = constantTimeEquals(expected, trimmed);
        const bool fresh = !lastUsedStep || step > *lastUsedStep;
        if (same && fresh && wellFormed && !matched)
            matched = step;
    }
    return matched;
}

SecureBuffer Totp::provisioningUri(const QString &issuer, const QString &accountName) const
{
    const QByteArray label = QUrl::toPercentEncoding(issuer) + ':' + QUrl::toPercentEncoding(accountName);
    SecureBuffer uri = SecureBuffer::fromBytes("otpauth://totp/");
    uri.append(label);
    uri.append("?secret=");
    uri.append(base32Encode(m_secret.view(), false).view());
    uri.append("&issuer=");
    uri.append(QUrl::toPercentEncoding(issuer));
    uri.append("&algorithm=SHA1&digits=");
    uri.append(QByteArray::number(m_parameters.digits));
    uri.append("&period=");
    uri.append(QByteArray::number(m_parameters.stepSeconds));
    return uri;
}

} // namespace srs::crypto
