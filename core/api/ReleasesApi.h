#pragma once

#include "Client.h"

namespace srs::api {

// Releases: releasing an approved request (checkers), a project's releases and one in full,
// their files, destruction attestations (project leads), the register and the RO-Crate.
class ReleasesApi
{
public:
    explicit ReleasesApi(Client &client) : m_client(client) {}

    [[nodiscard]] Call<protocol::ReleaseInfo> *release(const QString &submissionId);
    [[nodiscard]] Call<QList<protocol::ReleaseInfo>> *ofProject(const QString &projectId);
    // Pre-publication releases of ended projects this person leads, not yet confirmed destroyed.
    [[nodiscard]] Call<QList<protocol::ReleaseInfo>> *pendingDestruction();
    [[nodiscard]] Call<protocol::ReleaseInfo> *detail(const QString &releaseId);
    // A file of the release, by its index in the manifest: its bytes as they came.
    [[nodiscard]] Call<protocol::FileBytes> *file(const QString &releaseId, int index);
    [[nodiscard]] Call<protocol::JsonDocumentBytes> *roCrate(const QString &releaseId);
    [[nodiscard]] Call<protocol::ReleaseInfo> *attestDestruction(const QString &releaseId,
                                                                 const protocol::DestructionRequest &request);
    [[nodiscard]] Call<QList<protocol::RegisterEntry>> *outputRegister();

private:
    Client &m_client;
};

} // namespace srs::api
