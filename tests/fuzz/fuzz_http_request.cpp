// libFuzzer target for the HTTP front's request head parser (server/http/RequestHeadParser):
// method, target, headers and the start of a body, from a hostile client. The first byte picks
// where the input is split into two deliveries; the parser must reach the same outcome as when
// it reads the input whole, never read past it, and never let through a head or a declared body
// over its limits.
#include "http/RequestHeadParser.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

using srs::server::HttpLimits;
using srs::server::RequestHeadParser;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const std::size_t split = data[0];
    const std::string_view input(reinterpret_cast<const char *>(data + 1), size - 1);
    HttpLimits limits;
    limits.maxHeadBytes = 2048; // small limits reach the refusals with small inputs
    limits.maxLineBytes = 512;
    limits.maxHeaderCount = 16;
    limits.maxBodyBytes = 4096;

    RequestHeadParser whole(limits);
    const auto outcome = whole.parse(input);

    RequestHeadParser pieces(limits);
    auto split_outcome = RequestHeadParser::Outcome::NeedMore;
    if (split < input.size())
        split_outcome = pieces.parse(input.substr(0, split));
    if (split_outcome == RequestHeadParser::Outcome::NeedMore)
        split_outcome = pieces.parse(input);

    if (outcome != split_outcome)
        std::abort();
    if (outcome == RequestHeadParser::Outcome::Complete) {
        const auto &head = whole.head();
        if (head.headBytes > input.size() || head.headBytes > limits.maxHeadBytes ||
            head.contentLength > limits.maxBodyBytes || head.headBytes != pieces.head().headBytes)
            std::abort();
        if (input.substr(head.headBytes - 4, 4) != "\r\n\r\n")
            std::abort();
        if (head.expectContinue &&
            head.expectLineOffset + head.expectLineBytes > head.headBytes)
            std::abort();
    } else if (outcome == RequestHeadParser::Outcome::Refused) {
        const int status = whole.refusal().status;
        if (status < 400 || status > 599 || whole.refusal().status != pieces.refusal().status)
            std::abort();
    } else if (input.size() > limits.maxHeadBytes) {
        std::abort(); // more than a head's worth of bytes and still waiting
    }
    return 0;
}
