#include "SubmissionsApi.h"

namespace srs::api {

namespace route = protocol::route;

Call<protocol::CheckResultInfo> *SubmissionsApi::check(const QString &projectId,
                                                       const protocol::CheckRequest &request)
{
    return m_client.send(route::Check, {projectId}, request);
}

Call<protocol::SubmissionInfo> *SubmissionsApi::submit(const QString &projectId,
                                                       const protocol::SubmissionRequest &request)
{
    return m_client.send(route::Submit, {projectId}, request);
}

Call<QList<protocol::SubmissionSummary>> *SubmissionsApi::list(const QString &projectId)
{
    return m_client.send(route::Submissions, {projectId});
}

Call<protocol::SubmissionInfo> *SubmissionsApi::submission(const QString &projectId,
                                                           const QString &submissionId)
{
    return m_client.send(route::Submission, {projectId, submissionId});
}

Call<protocol::SubmissionInfo> *SubmissionsApi::withdraw(const QString &projectId,
                                                         const QString &submissionId,
                                                         const protocol::WithdrawRequest &request)
{
    if (!request.note.isEmpty())
        return m_client.send(route::Withdraw, {projectId, submissionId}, request);
    return m_client.send(
        route::Withdraw,
        Client::Outgoing{route::Withdraw.path({projectId, submissionId}), "{}", {}, {}, true});
}

Call<protocol::SubmissionInfo> *SubmissionsApi::resubmit(const QString &projectId,
                                                         const QString &submissionId,
                                                         const protocol::SubmissionRequest &request)
{
    return m_client.send(route::Resubmit, {projectId, submissionId}, request);
}

} // namespace srs::api
