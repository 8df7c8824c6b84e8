#pragma once

#include "SecureBuffer.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace srs::crypto {

enum class KeyFormat
{
    Pem,    // certificate and key in separate PEM files
    Pkcs12, // one PKCS#12 bundle (certificateFile), optionally with a password
};

// How the client proves who it is and decides whom it trusts: configuration only, read with the
// client's settings and handed to the transport (core/net), which sets up mutual TLS with it.
struct TlsSettings
{
    QString caFile;          // CA bundle that signs the server certificate
    QStringList pinnedKeys;  // base64 SHA-256 of the server's SubjectPublicKeyInfo; any one may match
    QString certificateFile; // device certificate (PEM) or PKCS#12 bundle
    QString keyFile;         // device key (PEM); unused for PKCS#12
    KeyFormat keyFormat = KeyFormat::Pem;
    // Key or bundle password. Shared so settings stay copyable; the buffer wipes itself.
    std::shared_ptr<const SecureBuffer> keyPassword;
    int connectTimeoutMs = 10'000;
    int transferTimeoutMs = 60'000;
    qint64 maxResponseBytes = 16 * 1024 * 1024;
};

} // namespace srs::crypto
