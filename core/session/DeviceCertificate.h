#pragma once

#include "crypto/TlsSettings.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QString>

namespace srs::session {

// What the workstation can tell about its own device certificate before using it.
struct DeviceCertificate
{
    QString subject; // RFC 2253 ("CN=laptop-0042,OU=organisation-device,O=Demo University")
    QString commonName;
    QDateTime notBefore;
    QDateTime notAfter;

    // Reads the certificate named by the TLS settings (PEM, or the PKCS#12 bundle opened with
    // its password). Error codes: "certificate-missing", "certificate-unreadable",
    // "certificate-invalid", "certificate-key-missing".
    [[nodiscard]] static Result<DeviceCertificate> read(const crypto::TlsSettings &tls);
};

} // namespace srs::session
