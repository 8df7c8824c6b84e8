#pragma once

#include "Client.h"

namespace srs::api {

// Reviewing, for output checkers: the queue and its answer times, claiming a request, its
// review context, votes, a round's files, and a fresh comparison with the project's releases.
class ReviewsApi
{
public:
    explicit ReviewsApi(Client &client) : m_client(client) {}

    [[nodiscard]] Call<protocol::ReviewQueue> *queue();
    [[nodiscard]] Call<protocol::ReviewStatistics> *statistics(int weeks);
    [[nodiscard]] Call<protocol::ReviewContext> *claim(const QString &submissionId);
    // With every checker's votes (allVotes) where the rules allow it.
    [[nodiscard]] Call<protocol::ReviewContext> *context(const QString &submissionId, bool allVotes = false);
    [[nodiscard]] Call<protocol::ReviewContext> *vote(const QString &submissionId,
                                                      const protocol::VoteRequest &votes);
    // A file of a round, by its index in that round's files: its bytes as they came (the caller
    // checks them against the SHA-256 the request stored).
    [[nodiscard]] Call<protocol::FileBytes> *roundFile(const QString &submissionId, int round, int index);
    // The current round's tables compared afresh with every release the project has made so far,
    // those made since the round was submitted too.
    [[nodiscard]] Call<protocol::ReleaseComparison> *releaseDifferences(const QString &submissionId);

private:
    Client &m_client;
};

} // namespace srs::api
