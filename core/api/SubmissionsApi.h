#pragma once

#include "Client.h"

namespace srs::api {

// Checks and clearance requests of a project.
class SubmissionsApi
{
public:
    explicit SubmissionsApi(Client &client) : m_client(client) {}

    [[nodiscard]] Call<protocol::CheckResultInfo> *check(const QString &projectId,
                                                         const protocol::CheckRequest &request);
    [[nodiscard]] Call<protocol::SubmissionInfo> *submit(const QString &projectId,
                                                         const protocol::SubmissionRequest &request);
    [[nodiscard]] Call<QList<protocol::SubmissionSummary>> *list(const QString &projectId);
    [[nodiscard]] Call<protocol::SubmissionInfo> *submission(const QString &projectId,
                                                             const QString &submissionId);
    // An empty note sends an empty object.
    [[nodiscard]] Call<protocol::SubmissionInfo> *
    withdraw(const QString &projectId, const QString &submissionId, const protocol::WithdrawRequest &request);
    [[nodiscard]] Call<protocol::SubmissionInfo> *resubmit(const QString &projectId,
                                                           const QString &submissionId,
                                                           const protocol::SubmissionRequest &request);

private:
    Client &m_client;
};

} // namespace srs::api
