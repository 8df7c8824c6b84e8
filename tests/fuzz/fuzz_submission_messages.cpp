// libFuzzer target: the strict decoders of the checks and submissions wire messages (requests
// the server reads from any signed-in client, answers the client reads from the server). An
// input decoded once must encode and decode again to the same thing.
#include "protocol/SubmissionMessages.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    using namespace srs::protocol;
    for (const bool allowNote : {false, true}) {
        auto request = SubmissionRequest::fromJson(bytes, allowNote);
        if (request.ok()) {
            auto again = SubmissionRequest::fromJson(request.value().toJson(), allowNote);
            if (!again.ok() || !(again.value().content == request.value().content))
                std::abort();
        }
    }
    if (auto check = CheckRequest::fromJson(bytes); check.ok()) {
        auto again = CheckRequest::fromJson(check.value().toJson());
        if (!again.ok() || again.value().tables != check.value().tables)
            std::abort();
    }
    (void)WithdrawRequest::fromJson(bytes);
    if (auto result = CheckResultInfo::fromJson(bytes); result.ok())
        (void)CheckResultInfo::fromJson(result.value().toJson());
    if (auto info = SubmissionInfo::fromJson(bytes); info.ok())
        (void)SubmissionInfo::fromJson(info.value().toJson());
    (void)decodeSubmissionList(bytes);
    return 0;
}
