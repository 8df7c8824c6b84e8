#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

#include <optional>

namespace srs::protocol {

// Every failure the server reports has this body: {"code": "...", "message": "..."}.
// `code` is stable and machine-readable; `message` is plain English for a person.
struct ApiError
{
    QString code;
    QString message;
    QString field = {}; // the request field to fix, when the server names one ({"field": ...})
    // Particulars of the refusal ({"details": {"name": "text", ...}}), when the server gives any.
    QMap<QString, QString> details = {};

    [[nodiscard]] QByteArray toJson() const;
    // Empty when the body is not an ApiError (for example an HTML page from a proxy).
    [[nodiscard]] static std::optional<ApiError> fromJson(QByteArrayView body);
};

// The codes the server uses; clients switch on these, never on messages.
namespace errc {
inline constexpr char NotFound[] = "not-found";
inline constexpr char MethodNotAllowed[] = "method-not-allowed";
inline constexpr char BadRequest[] = "bad-request";
// The body holds text a JSON parser would change: an unpaired UTF-16 surrogate escape, invalid
// UTF-8 or (in a request) a NUL character. `field` names where, when it can.
inline constexpr char BadText[] = "bad-text";
inline constexpr char PayloadTooLarge[] = "payload-too-large";
inline constexpr char Internal[] = "internal-error";
inline constexpr char DeviceNotRecognised[] = "device-not-recognised";
inline constexpr char NotSignedIn[] = "not-signed-in";
inline constexpr char BadCredentials[] = "bad-credentials";
inline constexpr char SessionExpired[] = "session-expired";
inline constexpr char SessionDeviceMismatch[] = "session-device-mismatch";
inline constexpr char AccountLocked[] = "account-locked";
inline constexpr char TooManyAttempts[] = "too-many-attempts";
inline constexpr char DeviceRevoked[] = "device-revoked";
// The account was disabled by an administrator: every request of its sessions is refused (403).
inline constexpr char AccountDisabled[] = "account-disabled";
// Refused by the server's HTTP front before the request reached the API.
inline constexpr char LengthRequired[] = "length-required";
inline constexpr char UnsupportedContentEncoding[] = "unsupported-content-encoding";
inline constexpr char HeaderFieldsTooLarge[] = "header-fields-too-large";
inline constexpr char UriTooLong[] = "uri-too-long";
inline constexpr char HttpVersionNotSupported[] = "http-version-not-supported";
inline constexpr char ExpectationFailed[] = "expectation-failed";
inline constexpr char RequestTimeout[] = "request-timeout";
inline constexpr char TooManyConnections[] = "too-many-connections";
// The Idempotency-Key header: not 16 to 100 letters, digits, '-' or '_' (400); already used by
// this person for a different request (422).
inline constexpr char IdempotencyKeyInvalid[] = "idempotency-key-invalid";
inline constexpr char IdempotencyKeyReused[] = "idempotency-key-reused";
// The server cannot reach its database just now (a restart, say): 503 with Retry-After. Nothing
// was done; the same request may be sent again.
inline constexpr char ServiceUnavailable[] = "service-unavailable";
// The server has no room to store what was sent (507): nothing was kept.
inline constexpr char StorageFull[] = "storage-full";
} // namespace errc

} // namespace srs::protocol
