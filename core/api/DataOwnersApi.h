#pragma once

#include "Client.h"

namespace srs::api {

// Data owners' approval, for people in the data-owner role: their organisation's requests, an
// answer to one, the projects using their data and withdrawing an approval; and the public
// data-access register (any signed-in person).
class DataOwnersApi
{
public:
    explicit DataOwnersApi(Client &client) : m_client(client) {}

    [[nodiscard]] Call<QList<protocol::OwnerRequestInfo>> *requests();
    [[nodiscard]] Call<protocol::OwnerRequestInfo> *decide(const QString &approvalId,
                                                           const protocol::OwnerDecisionRequest &decision);
    [[nodiscard]] Call<QList<protocol::OwnerProjectInfo>> *projects();
    [[nodiscard]] Call<protocol::OwnerProjectInfo> *withdraw(const QString &projectId,
                                                             const QString &datasetId,
                                                             const protocol::OwnerWithdrawalRequest &request);
    [[nodiscard]] Call<QList<protocol::ProjectRegisterEntry>> *projectRegister();

private:
    Client &m_client;
};

} // namespace srs::api
