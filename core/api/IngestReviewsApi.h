#pragma once

#include "Client.h"

namespace srs::api {

// Reviewing ingest requests, for checkers: the queue, one request with each file's decision and
// votes, a file's bytes from quarantine (for preview: files of up to
// IngestReviewService::PreviewMaxBytes, 16 MiB), and a vote on one file.
class IngestReviewsApi
{
public:
    explicit IngestReviewsApi(Client &client) : m_client(client) {}

    [[nodiscard]] Call<protocol::IngestReviewQueue> *queue();
    [[nodiscard]] Call<protocol::IngestReviewContext> *review(const QString &ingestId);
    // The file's bytes as they came (the caller checks them against the declared SHA-256, which
    // the answer's X-Content-SHA256 header repeats).
    [[nodiscard]] Call<protocol::FileBytes> *file(const QString &ingestId, int index);
    [[nodiscard]] Call<protocol::IngestReviewContext> *vote(const QString &ingestId, int index,
                                                            const protocol::IngestVoteRequest &vote);

private:
    Client &m_client;
};

} // namespace srs::api
