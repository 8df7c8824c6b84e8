#include "ReleasesApi.h"

using namespace Qt::Literals::StringLiterals;

namespace srs::api {

namespace route = protocol::route;

Call<protocol::ReleaseInfo> *ReleasesApi::release(const QString &submissionId)
{
    return m_client.send(route::Release, {submissionId});
}

Call<QList<protocol::ReleaseInfo>> *ReleasesApi::ofProject(const QString &projectId)
{
    return m_client.send(route::ProjectReleases, {projectId});
}

Call<QList<protocol::ReleaseInfo>> *ReleasesApi::pendingDestruction()
{
    return m_client.send(route::Releases, {}, u"?pending-destruction=1"_s);
}

Call<protocol::ReleaseInfo> *ReleasesApi::detail(const QString &releaseId)
{
    return m_client.send(route::ReleaseDetail, {releaseId});
}

Call<protocol::FileBytes> *ReleasesApi::file(const QString &releaseId, int index)
{
    return m_client.send(route::ReleaseFile, {releaseId, QString::number(index)});
}

Call<protocol::JsonDocumentBytes> *ReleasesApi::roCrate(const QString &releaseId)
{
    return m_client.send(route::RoCrate, {releaseId});
}

Call<protocol::ReleaseInfo> *ReleasesApi::attestDestruction(const QString &releaseId,
                                                            const protocol::DestructionRequest &request)
{
    return m_client.send(route::Destruction, {releaseId}, request);
}

Call<QList<protocol::RegisterEntry>> *ReleasesApi::outputRegister()
{
    return m_client.send(route::Register);
}

} // namespace srs::api
