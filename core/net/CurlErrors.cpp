#include "CurlErrors.h"

#include <curl/curl.h>

#include <array>

namespace srs::net {
namespace {

constexpr long X509ErrCertNotYetValid = 9;
constexpr long X509ErrCertHasExpired = 10;

// TLS alerts a server sends when it refuses the client certificate, as OpenSSL names them.
bool isClientCertificateRefusal(const QString &text)
{
    static const std::array<QLatin1StringView, 8> markers{
        QLatin1StringView("certificate required"),    QLatin1StringView("unknown ca"),
        QLatin1StringView("bad certificate"),         QLatin1StringView("certificate unknown"),
        QLatin1StringView("certificate expired"),     QLatin1StringView("certificate revoked"),
        QLatin1StringView("unsupported certificate"), QLatin1StringView("handshake failure"),
    };
    for (QLatin1StringView m : markers)
        if (text.contains(m, Qt::CaseInsensitive))
            return true;
    return false;
}

NetFailure lost(NetFailure f)
{
    f.connectionLost = true;
    return f;
}

} // namespace

NetFailure classifyCurlOutcome(const CurlOutcome &o, const QString &host)
{
    QString detail = o.errorBuffer.isEmpty()
                         ? QStringLiteral("curl error %1").arg(o.curlCode)
                         : QStringLiteral("curl error %1: %2").arg(o.curlCode).arg(o.errorBuffer);
    if (!o.tlsAlert.isEmpty())
        detail += QStringLiteral(" (TLS alert from server: %1)").arg(o.tlsAlert);
    if (o.curlCode == CURLE_OK)
        return {};
    if (o.responseTooLarge || o.curlCode == CURLE_FILESIZE_EXCEEDED)
        return NetFailure::make(NetError::ResponseTooLarge, host, detail);

    switch (o.curlCode) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        return NetFailure::make(NetError::Unreachable, host, detail);
    case CURLE_COULDNT_CONNECT:
    case CURLE_GOT_NOTHING:  // the server closed the connection without answering
    case CURLE_PARTIAL_FILE: // the answer was cut off
        return lost(NetFailure::make(NetError::Unreachable, host, detail));
    case CURLE_OPERATION_TIMEDOUT:
        return NetFailure::make(NetError::TimedOut, host, detail);
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
        return NetFailure::make(NetError::PinMismatch, host, detail);
    case CURLE_PEER_FAILED_VERIFICATION:
        if (o.sslVerifyResult == X509ErrCertHasExpired || o.sslVerifyResult == X509ErrCertNotYetValid)
            return NetFailure::make(NetError::ServerCertificateExpired, host, detail);
        return NetFailure::make(NetError::ServerCertificateUntrusted, host, detail);
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
        return NetFailure::make(NetError::ClientConfiguration, host, detail);
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
        // With TLS 1.3 the server's refusal of our certificate arrives after the handshake, so
        // curl may fail a send or a read (sometimes without the alert in its message); with
        // TLS 1.2 it fails the handshake. The alert the server sent names the reason.
        if (isClientCertificateRefusal(o.tlsAlert) || isClientCertificateRefusal(o.errorBuffer))
            return NetFailure::make(NetError::CertificateRejected, host, detail);
        if (o.curlCode == CURLE_SSL_CONNECT_ERROR)
            return lost(NetFailure::make(NetError::TlsFailed, host, detail));
        return lost(NetFailure::make(NetError::Unreachable, host, detail));
    case CURLE_ABORTED_BY_CALLBACK:
        return NetFailure::make(NetError::Cancelled, host, detail);
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
        return NetFailure::make(NetError::ClientConfiguration, host, detail);
    default:
        break;
    }
    return NetFailure::make(NetError::TlsFailed, host, detail);
}

} // namespace srs::net
