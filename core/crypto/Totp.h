#pragma once

#include "SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace srs::crypto {

// RFC 4648 section 6 Base32 (alphabet A-Z2-7). encode() pads with '=' unless told not to;
// decode() accepts upper or lower case, with or without padding, and ignores spaces (people
// type secrets in groups), and refuses anything else. Both work on SecureBuffer because in
// this project what is Base32-encoded is a TOTP secret.
[[nodiscard]] SecureBuffer base32Encode(QByteArrayView bytes, bool pad = true);
[[nodiscard]] std::optional<SecureBuffer> base32Decode(QByteArrayView text);

// Time-based one-time passwords, RFC 6238 with HMAC-SHA1 (what every authenticator app
// supports), by default 6 digits, a 30-second step from the Unix epoch, and a window of one
// step either side for clock drift.
//
// verify() returns the time step that matched so the caller can store it and refuse the
// same code (or any earlier one) next time: pass the last accepted step as
// `lastUsedStep`. That is what makes a code single-use, as RFC 6238 section 5.2 asks.
class Totp
{
public:
    struct Parameters
    {
        int digits = 6;          // 6 to 8
        qint64 stepSeconds = 30; // X in RFC 6238
        qint64 epochSeconds = 0; // T0
        int window = 1;          // steps accepted either side of the current one
    };

    static constexpr qsizetype DefaultSecretLength = 20; // 160 bits, as RFC 4226 recommends

    explicit Totp(SecureBuffer secret);
    Totp(SecureBuffer secret, Parameters parameters);

    // A fresh random secret of `length` bytes.
    [[nodiscard]] static SecureBuffer generateSecret(qsizetype length = DefaultSecretLength);

    [[nodiscard]] const Parameters &parameters() const { return m_parameters; }
    [[nodiscard]] const SecureBuffer &secret() const { return m_secret; }

    [[nodiscard]] qint64 stepAt(qint64 unixSeconds) const;
    // The code for a time step or a moment, zero-padded to `digits` characters.
    [[nodiscard]] QByteArray codeForStep(qint64 step) const;
    [[nodiscard]] QByteArray codeAt(qint64 unixSeconds) const { return codeForStep(stepAt(unixSeconds)); }

    // The matched step when `code` is right for a step within the window around
    // `unixSeconds` and later than `lastUsedStep`; std::nullopt otherwise. Every candidate
    // is compared in constant time and all of them are always computed.
    [[nodiscard]] std::optional<qint64> verify(QByteArrayView code, qint64 unixSeconds,
                                               std::optional<qint64> lastUsedStep = std::nullopt) const;

    // otpauth://totp/ISSUER:ACCOUNT?secret=...&issuer=...&algorithm=SHA1&digits=6&period=30
    // (the Key Uri Format that authenticator apps read). It contains the secret.
    [[nodiscard]] SecureBuffer provisioningUri(const QString &issuer, const QString &accountName) const;

private:
    SecureBuffer m_secret;
    Parameters m_parameters;
};

} // namespace srs::crypto
