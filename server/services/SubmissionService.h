#pragma once

#include "AccountService.h"
#include "SubmissionChecks.h"

#include "domain/Submission.h"
#include "domain/WorkingDays.h"
#include "protocol/SubmissionMessages.h"
#include "sdc/RiskProfile.h"
#include "store/BlobStore.h"

namespace srs::server {

// Output checks and clearance requests for a signed-in caller.
//
// Every route is about one project: a project the caller is not a member of does not exist for
// them (404), one they may not open now is refused with the policy's reason. Checks and
// requests read the project's workspace files on the server; the caller's client only ever
// receives findings that name cells by their labels.
//
// A request is validated in full before anything is stored (the content, the table specs, the
// datasets the caller's setting may use, every file in the workspace, every table checkable,
// every failing finding fixed or explained by an exception request); then each file is
// snapshotted into the blob store under its SHA-256, and the request, its round, findings,
// exceptions, history and the audit event are written in one transaction.
class SubmissionService
{
public:
    explicit SubmissionService(ServerContext &context);

    [[nodiscard]] Result<protocol::CheckResultInfo> check(const Caller &caller, const QString &projectId,
                                                          const protocol::CheckRequest &request);
    [[nodiscard]] Result<protocol::SubmissionInfo> submit(const Caller &caller, const QString &projectId,
                                                          const protocol::SubmissionRequest &request);
    [[nodiscard]] Result<QList<protocol::SubmissionSummary>> list(const Caller &caller,
                                                                  const QString &projectId);
    [[nodiscard]] Result<protocol::SubmissionInfo> get(const Caller &caller, const QString &projectId,
                                                       const QString &submissionId);
    [[nodiscard]] Result<protocol::SubmissionInfo> withdraw(const Caller &caller, const QString &projectId,
                                                            const QString &submissionId,
                                                            const protocol::WithdrawRequest &request);
    [[nodiscard]] Result<protocol::SubmissionInfo> resubmit(const Caller &caller, const QString &projectId,
                                                            const QString &submissionId,
                                                            const protocol::SubmissionRequest &request);

    // Five working days (England and Wales bank holidays excluded) after the service day of `at`.
    [[nodiscard]] QDate expectedAnswerDate(const QDateTime &at, const domain::AccessPolicy &policy) const;
    [[nodiscard]] const domain::WorkingDays &workingDays() const { return m_workingDays; }
    // The risk profile every check and request is checked with.
    [[nodiscard]] const sdc::RiskProfile &profile() const { return m_profile; }
    static constexpr int AnswerWorkingDays = 5;

    // The request as its author and the project's members see it: every round's files and, once
    // a round is decided, its outcome (decisions and shared comments only).
    [[nodiscard]] Result<protocol::SubmissionInfo> describe(const domain::Submission &submission);

private:
    struct Prepared
    {
        QList<domain::SubmissionFile> files; // with sha256 and size
        QHash<QString, QByteArray> bytes;
        // Output path -> SHA-256 of the workspace file, for an output stored re-encoded.
        QHash<QString, QString> reencodedFrom;
        CheckOutcome outcome;
    };
    [[nodiscard]] Result<domain::Project> openable(const Caller &caller, const QString &projectId);
    // Each table's dataset (by the table's index in the request) may be used from the caller's
    // setting in this project.
    [[nodiscard]] Status checkDatasets(const Caller &caller, const domain::Project &project,
                                       const QList<std::pair<int, QString>> &datasets);
    [[nodiscard]] Result<Prepared> prepare(const Caller &caller, const domain::Project &project,
                                           const protocol::SubmissionRequest &request);
    [[nodiscard]] Status persist(const Caller &caller, const domain::Submission &before,
                                 const domain::Submission &after, const Prepared &prepared, bool created);
    [[nodiscard]] Result<domain::Submission> load(const QString &projectId, const QString &submissionId);
    // One "workspace.read-refused" audit event for the paths a request named that were refused
    // for what they are (a link, not a regular file, not a path inside the workspace).
    void auditRefusedReads(const Caller &caller, const QString &projectId, const WorkspaceFiles &files);
    [[nodiscard]] domain::SubmissionActor actorFor(const Caller &caller) const;

    ServerContext &m_context;
    domain::WorkingDays m_workingDays;
    sdc::RiskProfile m_profile;
};

} // namespace srs::server
