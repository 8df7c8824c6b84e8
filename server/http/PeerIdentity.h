#pragma once

#include "domain/DeviceIdentity.h"

#include <optional>

using SSL = struct ssl_st;

namespace srs::server {

// The identity in the client certificate of a verified TLS connection. Empty when the
// connection has no peer certificate (which the TLS setup already refuses).
[[nodiscard]] std::optional<domain::DeviceIdentity> peerIdentity(const SSL *ssl);

} // namespace srs::server
