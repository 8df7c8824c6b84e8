#include "ApiFailure.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace srs::api {

ApiFailure ApiFailure::badResponse(const QString &detail)
{
    ApiFailure f;
    f.kind = Kind::BadResponse;
    f.message =
        QCoreApplication::translate("srs::api", "The clearance server's answer could not be understood. Try "
                                                "again; if it keeps happening, contact research support.");
    f.detail = detail;
    return f;
}

ApiFailure ApiFailure::cancelled()
{
    ApiFailure f;
    f.kind = Kind::Cancelled;
    f.message = QCoreApplication::translate("srs::api", "The request was cancelled.");
    return f;
}

QString failureKindName(ApiFailure::Kind kind)
{
    using K = ApiFailure::Kind;
    switch (kind) {
    case K::None:
        return u"none"_s;
    case K::Unreachable:
        return u"unreachable"_s;
    case K::TimedOut:
        return u"timed-out"_s;
    case K::TlsFailed:
        return u"tls-failed"_s;
    case K::ServerCertificateUntrusted:
        return u"server-certificate-untrusted"_s;
    case K::ServerCertificateExpired:
        return u"server-certificate-expired"_s;
    case K::PinMismatch:
        return u"pin-mismatch"_s;
    case K::CertificateRejected:
        return u"certificate-rejected"_s;
    case K::ClientConfiguration:
        return u"client-configuration"_s;
    case K::ResponseTooLarge:
        return u"response-too-large"_s;
    case K::Refused:
        return u"refused"_s;
    case K::BadResponse:
        return u"bad-response"_s;
    case K::Cancelled:
        return u"cancelled"_s;
    }
    return u"unknown"_s;
}

} // namespace srs::api
