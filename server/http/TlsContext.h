#pragma once

#include "services/ServerConfig.h"

#include "domain/Result.h"

#include <openssl/ssl.h>

#include <memory>

namespace srs::server {

struct SslContextDeleter
{
    void operator()(SSL_CTX *ctx) const { SSL_CTX_free(ctx); }
};
using SslContextPtr = std::unique_ptr<SSL_CTX, SslContextDeleter>;

// The server's TLS settings: TLS 1.2 or 1.3; for TLS 1.2 only ECDHE key exchange with AEAD
// ciphers (AES-GCM, ChaCha20-Poly1305), for TLS 1.3 OpenSSL's defaults (all AEAD); a client
// certificate from the device CA, issued for client authentication, is required. A handshake
// the server refuses is logged as "tls-refused" with the reason; a client that just goes away
// (no close_notify) is not a refusal and is not logged as one.
[[nodiscard]] Result<SslContextPtr> createServerTlsContext(const ServerConfig &config);

// The TLS 1.2 cipher list the server allows (OpenSSL syntax), for the docs and the tests.
inline constexpr char ServerTls12Ciphers[] =
    "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
    "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
    "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305";

} // namespace srs::server
