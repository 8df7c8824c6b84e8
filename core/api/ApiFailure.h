#pragma once

#include <QMap>
#include <QMetaType>
#include <QString>

namespace srs::api {

// What went wrong with a call to the clearance server, told apart so the screens can say what
// happened and what to do next. Made from the transport's failure inside core/api only.
struct ApiFailure
{
    enum class Kind
    {
        None,
        Unreachable,                // nothing answered (no route, refused, DNS)
        TimedOut,                   // connected, or tried to, but no answer in time
        TlsFailed,                  // the secure connection could not be set up for another reason
        ServerCertificateUntrusted, // the server's certificate is not from the configured CA
        ServerCertificateExpired,   // the server's certificate is out of date
        PinMismatch,                // the server's key is not one of the pinned keys
        CertificateRejected,        // the server refused this device's certificate
        ClientConfiguration,        // our own CA file, certificate or key could not be used
        ResponseTooLarge,           // the answer was bigger than the configured cap
        Refused,                    // the server answered with an error status (httpStatus, serverCode)
        BadResponse,                // the server's answer could not be understood
        Cancelled,                  // this client stopped the call
    };

    Kind kind = Kind::None;
    // What to show: the server's own message when it sent one, otherwise a plain-language
    // message that says what to do next.
    QString message;
    // The technical detail a support person needs (never secrets).
    QString detail;
    int httpStatus = 0;
    QString serverCode;    // the server's error code ("session-expired"), when it sent one
    QString serverMessage; // the server's message, when it sent one
    QString field;         // the request field to fix, when the server named one
    // Particulars of a refusal, when the server gave any (protocol::ApiError::details).
    QMap<QString, QString> details;

    [[nodiscard]] bool isFailure() const { return kind != Kind::None; }
    [[nodiscard]] bool isCancelled() const { return kind == Kind::Cancelled; }
    // The server's answer could not be read: `detail` says why.
    [[nodiscard]] static ApiFailure badResponse(const QString &detail);
    [[nodiscard]] static ApiFailure cancelled();
};

// A stable name for logs and tests: "pin-mismatch", "refused".
[[nodiscard]] QString failureKindName(ApiFailure::Kind kind);

} // namespace srs::api

Q_DECLARE_METATYPE(srs::api::ApiFailure)
