#pragma once

#include "domain/DeviceIdentity.h"

#include <QString>

#include <optional>

using SSL = struct ssl_st;
using X509 = struct x509_st;
using X509_STORE_CTX = struct x509_store_ctx_st;

namespace srs::server {

// The identity in the client certificate of a verified TLS connection, with the
// certificate's SHA-256 fingerprint and serial number. Empty when the connection has no peer
// certificate (which the TLS setup already refuses) or when its subject repeats a field the
// identity reads (which the TLS setup refuses too, see verifyDeviceCertificate).
[[nodiscard]] std::optional<domain::DeviceIdentity> peerIdentity(const SSL *ssl);

// The serial number of a certificate in upper-case hex without leading zeros ("1A2B").
[[nodiscard]] QString serialOf(const X509 *cert);

// The TLS verify callback (SSL_CTX_set_verify): OpenSSL's own chain verdict, and then, for
// the client certificate itself, refuses a subject that repeats CN, C, O, OU or L (logged
// as "device-certificate-refused" with the field). The handshake then fails with an alert.
int verifyDeviceCertificate(int preverifyOk, X509_STORE_CTX *context);

} // namespace srs::server
