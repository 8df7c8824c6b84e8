#pragma once

#include "crypto/SecureBuffer.h"

#include <QString>

namespace srs::server::admin {

// DEMO ONLY. The demo personas' credentials are derived from their usernames so that the
// README can list them and integration tests can sign in as them. Anyone who knows a demo
// username knows its password and TOTP secret: never seed a real service.
//
// Password: "demo-" + username. TOTP secret: the first 20 bytes of
// SHA-256("srs-demo-totp/" + username).
[[nodiscard]] crypto::SecureBuffer demoPassword(const QString &username);
[[nodiscard]] crypto::SecureBuffer demoTotpSecret(const QString &username);

} // namespace srs::server::admin
