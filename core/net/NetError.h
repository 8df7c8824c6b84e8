#pragma once

#include <QMap>
#include <QMetaType>
#include <QString>

namespace srs::net {

// Everything that can go wrong talking to the clearance server, told apart so the UI can
// say what happened and what to do next.
enum class NetError
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
    HttpError,                  // the server answered with an error status
    BadResponse,                // the server's answer could not be understood
    Cancelled,
};

[[nodiscard]] QString netErrorName(NetError e); // stable name for logs and tests: "pin-mismatch"

// A failed exchange: the kind, a plain-language message with the next step, and the
// details a support person needs (never secrets).
struct NetFailure
{
    NetError error = NetError::None;
    QString message;
    QString detail;
    int httpStatus = 0;
    QString serverCode; // ApiError.code when the server sent one
    QString field = {}; // ApiError.field: the request field to fix, when the server named one
    QMap<QString, QString> details = {}; // ApiError.details: particulars of a refusal
    // The connection could not be made, or broke before the whole answer arrived: the same
    // request may succeed at once on a new connection (to another server instance).
    bool connectionLost = false;

    [[nodiscard]] bool isFailure() const { return error != NetError::None; }
    [[nodiscard]] static NetFailure make(NetError e, const QString &host, const QString &detail = {});
};

// The plain-language message for an error kind, naming the server host where it helps.
[[nodiscard]] QString netErrorMessage(NetError e, const QString &host);

} // namespace srs::net

Q_DECLARE_METATYPE(srs::net::NetFailure)
