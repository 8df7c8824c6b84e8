#pragma once

#include "SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace srs::crypto {

// Seals small secrets for storage (TOTP secrets in the server's database) with
// AES-256-GCM under a key kept outside the database. The associated data binds a sealed
// value to its place ("totp:" + user id), so a sealed secret copied to another row does
// not open there.
//
// Format: "v1:" + base64( 12-byte random nonce ‖ ciphertext ‖ 16-byte tag ).
class SecretBox
{
public:
    static constexpr qsizetype KeyLength = 32;

    explicit SecretBox(SecureBuffer key); // a key of another length makes an invalid box
    [[nodiscard]] bool isValid() const { return m_key.size() == KeyLength; }
    [[nodiscard]] static SecureBuffer generateKey();

    // Empty when the box is invalid.
    [[nodiscard]] QByteArray seal(QByteArrayView plaintext, QByteArrayView associatedData) const;
    // std::nullopt for a wrong key, wrong associated data, or any change to the sealed text.
    [[nodiscard]] std::optional<SecureBuffer> open(QByteArrayView sealed,
                                                   QByteArrayView associatedData) const;

private:
    SecureBuffer m_key;
};

} // namespace srs::crypto
