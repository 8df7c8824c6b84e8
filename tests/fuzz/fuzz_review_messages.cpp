// libFuzzer target: the strict decoders of the reviewing, releasing and register wire messages
// (votes and destruction attestations the server reads from any signed-in client; queues,
// contexts, releases and the register the client reads from the server), and those of reviewing
// ingest requests (a checker's vote on a file; the queue and a request's review). A request
// decoded once must encode and decode again to the same thing.
#include "protocol/IngestReviewMessages.h"
#include "protocol/ReviewMessages.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    using namespace srs::protocol;
    if (auto vote = VoteRequest::fromJson(bytes); vote.ok()) {
        auto again = VoteRequest::fromJson(vote.value().toJson());
        if (!again.ok() || again.value().files != vote.value().files ||
            again.value().summary != vote.value().summary)
            std::abort();
    }
    if (auto destruction = DestructionRequest::fromJson(bytes); destruction.ok()) {
        auto again = DestructionRequest::fromJson(destruction.value().toJson());
        if (!again.ok() || again.value().note != destruction.value().note)
            std::abort();
    }
    if (auto queue = ReviewQueue::fromJson(bytes); queue.ok()) {
        auto again = ReviewQueue::fromJson(queue.value().toJson());
        if (!again.ok() || again.value().items.size() != queue.value().items.size())
            std::abort();
    }
    if (auto stats = ReviewStatistics::fromJson(bytes); stats.ok())
        (void)ReviewStatistics::fromJson(stats.value().toJson());
    if (auto context = ReviewContext::fromJson(bytes); context.ok())
        (void)ReviewContext::fromJson(context.value().toJson());
    if (auto release = ReleaseInfo::fromJson(bytes); release.ok()) {
        auto again = ReleaseInfo::fromJson(release.value().toJson());
        if (!again.ok() || again.value().files.size() != release.value().files.size())
            std::abort();
    }
    (void)decodeReleaseList(bytes);
    if (auto vote = IngestVoteRequest::fromJson(bytes); vote.ok()) {
        auto again = IngestVoteRequest::fromJson(vote.value().toJson());
        if (!again.ok() || !(again.value() == vote.value()))
            std::abort();
    }
    if (auto queue = IngestReviewQueue::fromJson(bytes); queue.ok()) {
        auto again = IngestReviewQueue::fromJson(queue.value().toJson());
        if (!again.ok() || again.value().items.size() != queue.value().items.size())
            std::abort();
    }
    if (auto review = IngestReviewContext::fromJson(bytes); review.ok()) {
        auto again = IngestReviewContext::fromJson(review.value().toJson());
        if (!again.ok() || !(again.value().files == review.value().files))
            std::abort();
    }
    if (auto entries = decodeRegister(bytes); entries.ok()) {
        auto again = decodeRegister(encodeRegister(entries.value()));
        if (!again.ok() || again.value().size() != entries.value().size())
            std::abort();
    }
    return 0;
}
