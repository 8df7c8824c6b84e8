#pragma once

#include "AccountService.h"
#include "ReviewService.h"

#include "protocol/ReviewMessages.h"
#include "store/ReviewRepository.h"

namespace srs::server {

// Releases: an approved request's output and code files (those both checkers approved; never
// supporting files) made downloadable by the project's members with a manifest of SHA-256 hashes;
// the project lead's attestation that a pre-publication release was destroyed once the project
// completed; the public register of releases and each release as a Five Safes RO-Crate.
//
// A release's file index is the file's position in the released round (so asking for a
// supporting file, or one that was not approved, is refused by name, not as "not found").
class ReleaseService
{
public:
    explicit ReleaseService(ServerContext &context);

    [[nodiscard]] Result<protocol::ReleaseInfo> release(const Caller &caller, const QString &submissionId);
    [[nodiscard]] Result<QList<protocol::ReleaseInfo>> listForProject(const Caller &caller,
                                                                      const QString &projectId);
    // The manifest: to output checkers, and to members who may open the project now.
    [[nodiscard]] Result<protocol::ReleaseInfo> get(const Caller &caller, const QString &releaseId);
    [[nodiscard]] Result<ReviewService::FileContents> download(const Caller &caller, const QString &releaseId,
                                                               int index);
    [[nodiscard]] Result<protocol::ReleaseInfo>
    attestDestruction(const Caller &caller, const QString &releaseId,
                      const protocol::DestructionRequest &request);
    // Pre-publication releases of the caller's completed projects still to be attested destroyed.
    [[nodiscard]] Result<QList<protocol::ReleaseInfo>> pendingDestruction(const Caller &caller);
    [[nodiscard]] Result<QByteArray> roCrate(const Caller &caller, const QString &releaseId);
    [[nodiscard]] Result<QList<protocol::RegisterEntry>> registerOf(const Caller &caller);

    // For the command line: every release (no caller), and one release's crate.
    [[nodiscard]] static Result<QList<protocol::RegisterEntry>> registerEntries(ServerContext &context);
    [[nodiscard]] static Result<QByteArray> roCrateOf(ServerContext &context, const QString &releaseId);
    // The register as CSV: one row per released file, RFC 4180 quoting, the columns
    // docs/reviewing.md lists.
    [[nodiscard]] static QByteArray registerCsv(const QList<protocol::RegisterEntry> &entries);

private:
    [[nodiscard]] Result<protocol::ReleaseInfo> describe(const store::StoredRelease &release);
    [[nodiscard]] Result<QList<protocol::ReleaseInfo>>
    describeAll(const store::Result<QList<store::StoredRelease>> &list);

    ServerContext &m_context;
};

} // namespace srs::server
