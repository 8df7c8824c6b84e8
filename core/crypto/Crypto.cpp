#include "Crypto.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <QtGlobal>

#include <memory>

namespace srs::crypto {
namespace {

const unsigned char *bytesOf(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char *>(v.data());
}

// SHA-256 fetched from the default provider once: EVP_sha256() makes every digest look the
// algorithm up again, under OpenSSL's global locks (the server hashes every request's token).
const EVP_MD *sha256Digest()
{
    static const EVP_MD *const md = [] {
        const EVP_MD *fetched = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        return fetched ? fetched : EVP_sha256();
    }();
    return md;
}

} // namespace

QByteArray randomBytes(qsizetype count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (count > 0 && RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), static_cast<int>(count)) != 1)
        qFatal("srs.crypto: the system random number generator failed");
    return out;
}

SecureBuffer randomSecret(qsizetype count)
{
    SecureBuffer out(static_cast<std::size_t>(count));
    if (count > 0 && RAND_bytes(out.data(), static_cast<int>(count)) != 1)
        qFatal("srs.crypto: the system random number generator failed");
    return out;
}

QByteArray sha256(QByteArrayView data)
{
    QByteArray out(Sha256Size, Qt::Uninitialized);
    unsigned int len = 0;
    if (EVP_Digest(data.data(), static_cast<std::size_t>(data.size()),
                   reinterpret_cast<unsigned char *>(out.data()), &len, sha256Digest(), nullptr) != 1)
        qFatal("srs.crypto: SHA-256 failed");
    return out;
}

Sha256::Sha256() : m_context(EVP_MD_CTX_new())
{
    if (!m_context || EVP_DigestInit_ex(static_cast<EVP_MD_CTX *>(m_context), sha256Digest(), nullptr) != 1)
        qFatal("srs.crypto: SHA-256 failed");
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(static_cast<EVP_MD_CTX *>(m_context));
}

void Sha256::addData(QByteArrayView data)
{
    if (EVP_DigestUpdate(static_cast<EVP_MD_CTX *>(m_context), data.data(),
                         static_cast<std::size_t>(data.size())) != 1)
        qFatal("srs.crypto: SHA-256 failed");
}

QByteArray Sha256::result()
{
    QByteArray out(Sha256Size, Qt::Uninitialized);
    unsigned int len = 0;
    if (EVP_DigestFinal_ex(static_cast<EVP_MD_CTX *>(m_context),
                           reinterpret_cast<unsigned char *>(out.data()), &len) != 1)
        qFatal("srs.crypto: SHA-256 failed");
    return out;
}

void releaseThreadState()
{
    OPENSSL_thread_stop();
}

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data)
{
    QByteArray out(Sha256Size, Qt::Uninitialized);
    unsigned int len = 0;
    // HMAC() with an empty key needs a non-null pointer.
    static const unsigned char emptyKey = 0;
    const unsigned char *k = key.isEmpty() ? &emptyKey : bytesOf(key);
    if (!HMAC(EVP_sha256(), k, static_cast<int>(key.size()), bytesOf(data),
              static_cast<std::size_t>(data.size()), reinterpret_cast<unsigned char *>(out.data()), &len))
        qFatal("srs.crypto: HMAC-SHA256 failed");
    return out;
}

SecureBuffer hkdfSha256(QByteArrayView inputKey, QByteArrayView salt, QByteArrayView info, qsizetype length)
{
    if (length <= 0 || length > 255 * Sha256Size)
        return {};
    std::unique_ptr<EVP_KDF, decltype(&EVP_KDF_free)> kdf(EVP_KDF_fetch(nullptr, "HKDF", nullptr),
                                                          &EVP_KDF_free);
    std::unique_ptr<EVP_KDF_CTX, decltype(&EVP_KDF_CTX_free)> ctx(kdf ? EVP_KDF_CTX_new(kdf.get()) : nullptr,
                                                                  &EVP_KDF_CTX_free);
    if (!ctx)
        qFatal("srs.crypto: HKDF is not available");

    char digest[] = "SHA256";
    // OSSL_PARAM wants non-const pointers; OpenSSL only reads these.
    auto *ikm = const_cast<char *>(inputKey.data());
    auto *saltPtr = const_cast<char *>(salt.data());
    auto *infoPtr = const_cast<char *>(info.data());
    static char empty[1] = {0};
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, ikm ? ikm : empty,
                                          static_cast<std::size_t>(inputKey.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, saltPtr ? saltPtr : empty,
                                          static_cast<std::size_t>(salt.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, infoPtr ? infoPtr : empty,
                                          static_cast<std::size_t>(info.size())),
        OSSL_PARAM_construct_end(),
    };
    SecureBuffer out(static_cast<std::size_t>(length));
    if (EVP_KDF_derive(ctx.get(), out.data(), out.size(), params) != 1)
        qFatal("srs.crypto: HKDF derivation failed");
    return out;
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return CRYPTO_memcmp(a.data(), b.data(), static_cast<std::size_t>(a.size())) == 0;
}

} // namespace srs::crypto
