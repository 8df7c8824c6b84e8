#include "ReviewsApi.h"

using namespace Qt::Literals::StringLiterals;

namespace srs::api {

namespace route = protocol::route;

Call<protocol::ReviewQueue> *ReviewsApi::queue()
{
    return m_client.send(route::ReviewQueueRoute);
}

Call<protocol::ReviewStatistics> *ReviewsApi::statistics(int weeks)
{
    return m_client.send(route::ReviewStatisticsRoute, {}, u"?weeks=%1"_s.arg(weeks));
}

Call<protocol::ReviewContext> *ReviewsApi::claim(const QString &submissionId)
{
    return m_client.send(route::Claim, {submissionId});
}

Call<protocol::ReviewContext> *ReviewsApi::context(const QString &submissionId, bool allVotes)
{
    return m_client.send(route::Review, {submissionId}, allVotes ? u"?votes=all"_s : QString());
}

Call<protocol::ReviewContext> *ReviewsApi::vote(const QString &submissionId,
                                                const protocol::VoteRequest &votes)
{
    return m_client.send(route::Vote, {submissionId}, votes);
}

Call<protocol::FileBytes> *ReviewsApi::roundFile(const QString &submissionId, int round, int index)
{
    return m_client.send(route::RoundFile, {submissionId, QString::number(round), QString::number(index)});
}

Call<protocol::ReleaseComparison> *ReviewsApi::releaseDifferences(const QString &submissionId)
{
    return m_client.send(route::ReleaseDifferences, {submissionId});
}

} // namespace srs::api
