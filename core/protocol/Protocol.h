#pragma once

#include <QLatin1StringView>

namespace srs::protocol {

// The JSON wire format version this build speaks. Routes live under /api/v<ApiVersion>/.
inline constexpr int ApiVersion = 1;
inline constexpr QLatin1StringView ApiPrefix{"/api/v1"};
inline constexpr QLatin1StringView JsonContentType{"application/json"};

} // namespace srs::protocol
