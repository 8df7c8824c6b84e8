#include "NetError.h"

#include <QCoreApplication>

namespace srs::net {

QString netErrorName(NetError e)
{
    switch (e) {
    case NetError::None:
        return QStringLiteral("none");
    case NetError::Unreachable:
        return QStringLiteral("unreachable");
    case NetError::TimedOut:
        return QStringLiteral("timed-out");
    case NetError::TlsFailed:
        return QStringLiteral("tls-failed");
    case NetError::ServerCertificateUntrusted:
        return QStringLiteral("server-certificate-untrusted");
    case NetError::ServerCertificateExpired:
        return QStringLiteral("server-certificate-expired");
    case NetError::PinMismatch:
        return QStringLiteral("pin-mismatch");
    case NetError::CertificateRejected:
        return QStringLiteral("certificate-rejected");
    case NetError::ClientConfiguration:
        return QStringLiteral("client-configuration");
    case NetError::ResponseTooLarge:
        return QStringLiteral("response-too-large");
    case NetError::HttpError:
        return QStringLiteral("http-error");
    case NetError::BadResponse:
        return QStringLiteral("bad-response");
    case NetError::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

QString netErrorMessage(NetError e, const QString &host)
{
    const char *ctx = "srs::net";
    switch (e) {
    case NetError::None:
        return {};
    case NetError::Unreachable:
        return QCoreApplication::translate(
                   ctx, "The clearance server (%1) could not be reached. Check that this computer is "
                        "connected to the network and, on an organisation device, to your organisation's "
                        "VPN; then try again. If it keeps happening, contact research support.")
            .arg(host);
    case NetError::TimedOut:
        return QCoreApplication::translate(ctx,
                                           "The clearance server (%1) did not answer in time. Try again in "
                                           "a few minutes; if it keeps happening, contact research support.")
            .arg(host);
    case NetError::TlsFailed:
        return QCoreApplication::translate(
                   ctx,
                   "A secure connection to the clearance server (%1) could not be set up. Try again; if it "
                   "keeps happening, contact research support and give them the details below.")
            .arg(host);
    case NetError::ServerCertificateUntrusted:
        return QCoreApplication::translate(
                   ctx,
                   "The server at %1 presented a certificate that this workstation does not trust, so the "
                   "connection was stopped. Do not continue: contact research support.")
            .arg(host);
    case NetError::ServerCertificateExpired:
        return QCoreApplication::translate(
                   ctx, "The clearance server's certificate (%1) has expired, so the connection was stopped. "
                        "Contact research support; there is nothing to change on this computer.")
            .arg(host);
    case NetError::PinMismatch:
        return QCoreApplication::translate(
                   ctx,
                   "The server at %1 did not prove it is the clearance server this workstation is set up "
                   "for (its key does not match). You may be on the wrong network, or something may be "
                   "intercepting the connection. Do not continue: contact research support.")
            .arg(host);
    case NetError::CertificateRejected:
        return QCoreApplication::translate(
            ctx, "The clearance server did not accept this device's certificate. This device may not be "
                 "registered with the secure research service, or its certificate may have expired or been "
                 "withdrawn. Contact your IT support.");
    case NetError::ClientConfiguration:
        return QCoreApplication::translate(
            ctx, "This workstation's security settings could not be loaded (its device certificate, key or "
                 "trusted authority). Contact your IT support and give them the details below.");
    case NetError::ResponseTooLarge:
        return QCoreApplication::translate(
                   ctx, "The clearance server (%1) sent a larger answer than this workstation accepts. Try "
                        "again later; if it keeps happening, contact research support.")
            .arg(host);
    case NetError::HttpError:
        return QCoreApplication::translate(ctx, "The clearance server refused the request.");
    case NetError::BadResponse:
        return QCoreApplication::translate(
                   ctx, "The answer from %1 could not be understood. It may not be the clearance server, or "
                        "it may be a newer version. Contact research support.")
            .arg(host);
    case NetError::Cancelled:
        return QCoreApplication::translate(ctx, "The request was cancelled.");
    }
    return {};
}

NetFailure NetFailure::make(NetError e, const QString &host, const QString &detail)
{
    NetFailure f;
    f.error = e;
    f.message = netErrorMessage(e, host);
    f.detail = detail;
    return f;
}

} // namespace srs::net
