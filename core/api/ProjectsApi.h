#pragma once

#include "Client.h"

namespace srs::api {

// Projects: the list the person may see, and one project in full.
class ProjectsApi
{
public:
    explicit ProjectsApi(Client &client) : m_client(client) {}

    [[nodiscard]] Call<QList<protocol::ProjectInfo>> *list();
    [[nodiscard]] Call<protocol::ProjectInfo> *project(const QString &projectId);

private:
    Client &m_client;
};

} // namespace srs::api
