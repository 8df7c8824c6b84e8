#pragma once

#include <QByteArray>
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

    [[nodiscard]] QByteArray toJson() const;
    // Empty when the body is not an ApiError (for example an HTML page from a proxy).
    [[nodiscard]] static std::optional<ApiError> fromJson(QByteArrayView body);
};

// The codes the server uses; clients switch on these, never on messages.
namespace errc {
inline constexpr char NotFound[] = "not-found";
inline constexpr char MethodNotAllowed[] = "method-not-allowed";
inline constexpr char BadRequest[] = "bad-request";
inline constexpr char PayloadTooLarge[] = "payload-too-large";
inline constexpr char Internal[] = "internal-error";
inline constexpr char DeviceNotRecognised[] = "device-not-recognised";
inline constexpr char NotSignedIn[] = "not-signed-in";
inline constexpr char BadCredentials[] = "bad-credentials";
inline constexpr char SessionExpired[] = "session-expired";
inline constexpr char SessionDeviceMismatch[] = "session-device-mismatch";
inline constexpr char AccountLocked[] = "account-locked";
inline constexpr char TooManyAttempts[] = "too-many-attempts";
} // namespace errc

} // namespace srs::protocol
