#include "SecretBox.h"

#include "Crypto.h"

#include <openssl/evp.h>

#include <cstring>
#include <memory>

namespace srs::crypto {
namespace {

constexpr int NonceLength = 12;
constexpr int TagLength = 16;
constexpr char Prefix[] = "v1:";

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const unsigned char *bytes(QByteArrayView v)
{
    static const unsigned char empty = 0;
    return v.isEmpty() ? &empty : reinterpret_cast<const unsigned char *>(v.data());
}

} // namespace

SecretBox::SecretBox(SecureBuffer key) : m_key(std::move(key)) {}

SecureBuffer SecretBox::generateKey()
{
    return randomSecret(KeyLength);
}

QByteArray SecretBox::seal(QByteArrayView plaintext, QByteArrayView associatedData) const
{
    if (!isValid() || plaintext.size() > (1 << 20))
        return {};
    const QByteArray nonce = randomBytes(NonceLength);
    QByteArray out(NonceLength + plaintext.size() + TagLength, Qt::Uninitialized);
    std::memcpy(out.data(), nonce.constData(), NonceLength);
    auto *cipher = reinterpret_cast<unsigned char *>(out.data()) + NonceLength;

    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int len = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, NonceLength, nullptr) != 1 ||
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, m_key.data(), bytes(nonce)) != 1 ||
        EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes(associatedData),
                          static_cast<int>(associatedData.size())) != 1 ||
        EVP_EncryptUpdate(ctx.get(), cipher, &len, bytes(plaintext), static_cast<int>(plaintext.size())) !=
            1 ||
        EVP_EncryptFinal_ex(ctx.get(), cipher + len, &len) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, TagLength, cipher + plaintext.size()) != 1)
        qFatal("srs.crypto: AES-256-GCM sealing failed");
    QByteArray text(Prefix);
    text.append(out.toBase64());
    return text;
}

std::optional<SecureBuffer> SecretBox::open(QByteArrayView sealed, QByteArrayView associatedData) const
{
    if (!isValid() || !sealed.startsWith(Prefix))
        return std::nullopt;
    auto decoded =
        QByteArray::fromBase64Encoding(sealed.sliced(sizeof(Prefix) - 1).toByteArray(),
                                       QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() < NonceLength + TagLength)
        return std::nullopt;
    const QByteArray &raw = decoded.decoded;
    const qsizetype cipherLength = raw.size() - NonceLength - TagLength;
    const auto *nonce = bytes(raw);
    const auto *cipher = nonce + NonceLength;
    QByteArray tag = raw.right(TagLength);

    SecureBuffer plain(static_cast<std::size_t>(cipherLength));
    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int len = 0;
    unsigned char scratch[16];
    const bool ok = ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
                    EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, NonceLength, nullptr) == 1 &&
                    EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, m_key.data(), nonce) == 1 &&
                    EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes(associatedData),
                                      static_cast<int>(associatedData.size())) == 1 &&
                    EVP_DecryptUpdate(ctx.get(), cipherLength > 0 ? plain.data() : scratch, &len, cipher,
                                      static_cast<int>(cipherLength)) == 1 &&
                    EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, TagLength, tag.data()) == 1 &&
                    EVP_DecryptFinal_ex(ctx.get(), scratch, &len) == 1;
    if (!ok)
        return std::nullopt;
    return plain;
}

} // namespace srs::crypto
