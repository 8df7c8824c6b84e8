#pragma once

// Inside core/api only: the transport's failure as the API's.

#include "ApiFailure.h"

#include "net/NetError.h"

namespace srs::api {

[[nodiscard]] ApiFailure toApiFailure(const net::NetFailure &failure);

} // namespace srs::api
