#include "Transport.h"

namespace srs::net {

Transport::~Transport() = default;

} // namespace srs::net
