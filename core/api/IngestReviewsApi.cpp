#include "IngestReviewsApi.h"

namespace srs::api {

namespace route = protocol::route;

Call<protocol::IngestReviewQueue> *IngestReviewsApi::queue()
{
    return m_client.send(route::IngestReviewQueueRoute);
}

Call<protocol::IngestReviewContext> *IngestReviewsApi::review(const QString &ingestId)
{
    return m_client.send(route::IngestReview, {ingestId});
}

Call<protocol::FileBytes> *IngestReviewsApi::file(const QString &ingestId, int index)
{
    return m_client.send(route::IngestReviewFile, {ingestId, QString::number(index)});
}

Call<protocol::IngestReviewContext> *IngestReviewsApi::vote(const QString &ingestId, int index,
                                                            const protocol::IngestVoteRequest &vote)
{
    return m_client.send(route::IngestVote, {ingestId, QString::number(index)}, vote);
}

} // namespace srs::api
