#include "ProjectsApi.h"

namespace srs::api {

namespace route = protocol::route;

Call<QList<protocol::ProjectInfo>> *ProjectsApi::list()
{
    return m_client.send(route::Projects);
}

Call<protocol::ProjectInfo> *ProjectsApi::project(const QString &projectId)
{
    return m_client.send(route::Project, {projectId});
}

} // namespace srs::api
