// libFuzzer target for the PROXY protocol v2 header a balancer sends before the client's bytes
// (server/http/ProxyHeader), from a hostile or broken balancer. The parser must never read past
// its input; a Complete header must fit in the input and in ProxyHeader::MaxBytes and name a
// client unless it is LOCAL; and every shorter prefix of the input must ask for more or be
// refused, never complete differently.
#include "http/ProxyHeader.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

using srs::server::ProxyHeader;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    ProxyHeader whole;
    const ProxyHeader::Outcome outcome = whole.parse(input);
    if (outcome == ProxyHeader::Outcome::Complete) {
        if (whole.size() < ProxyHeader::FixedBytes || whole.size() > input.size() ||
            whole.size() > ProxyHeader::MaxBytes)
            std::abort();
        if (!whole.isLocal() && whole.address().empty())
            std::abort();
        if (!ProxyHeader::looksLikeProxyHeader(input))
            std::abort();
    }
    // A prefix of a header that completes is never refused, and completes only at its full size.
    const std::size_t end = outcome == ProxyHeader::Outcome::Complete ? whole.size() : 0;
    for (std::size_t n = 0; n < end; ++n) {
        ProxyHeader part;
        if (part.parse(input.substr(0, n)) != ProxyHeader::Outcome::NeedMore)
            std::abort();
    }
    return 0;
}
