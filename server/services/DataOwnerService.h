#pragma once

#include "AccountService.h"

#include "protocol/OwnerMessages.h"

namespace srs::server {

// Data owners' approval and the public data-access register.
//
// A dataset whose owning organisation requires approval is not mapped to a project when asked
// for: requestDataset() makes an approval request instead, and the mapping is made when enough
// of the owner's approvers approve (its files then appear in the project's workspace, see
// workspace::WorkspaceIndexer). A refusal leaves it unmapped; a withdrawal ends the mapping and
// records why. Every decision is an audit event in the same transaction as the change.
class DataOwnerService
{
public:
    explicit DataOwnerService(ServerContext &context);

    // The caller's owner's requests (403 approval.not-data-owner for anyone not an approver).
    [[nodiscard]] Result<QList<protocol::OwnerRequestInfo>> requests(const Caller &caller);
    [[nodiscard]] Result<protocol::OwnerRequestInfo> decide(const Caller &caller, const QString &approvalId,
                                                            const protocol::OwnerDecisionRequest &decision);
    // The projects using (or that used) the caller's owner's data.
    [[nodiscard]] Result<QList<protocol::OwnerProjectInfo>> projects(const Caller &caller);
    [[nodiscard]] Result<protocol::OwnerProjectInfo>
    withdraw(const Caller &caller, const QString &projectId, const QString &datasetId,
             const protocol::OwnerWithdrawalRequest &request);
    // The public register of projects and their datasets: any signed-in person, as GET /register.
    [[nodiscard]] Result<QList<protocol::ProjectRegisterEntry>> registerOf(const Caller &caller);

    // What asking for a dataset did: mapped at once, or an approval request made (its id).
    struct DatasetRequestOutcome
    {
        bool mapped = false;
        QString approvalId;
    };
    // Maps the dataset to the project, or, when its owner requires approval, makes an approval
    // request (or returns the one pending or approved already). `actor` is audited.
    [[nodiscard]] static Result<DatasetRequestOutcome> requestDataset(ServerContext &context,
                                                                      const QString &projectId,
                                                                      const QString &datasetId,
                                                                      const QString &actor);
    // The project's datasets asked for and still waiting for their owner.
    [[nodiscard]] static Result<QList<domain::Dataset>> awaitingApproval(ServerContext &context,
                                                                         const QString &projectId);
    [[nodiscard]] static Result<QList<protocol::ProjectRegisterEntry>>
    registerEntries(ServerContext &context);
    // One row per project and dataset (a project without datasets has one row with empty dataset
    // columns); RFC 4180, cells a spreadsheet would take as formulas made text.
    [[nodiscard]] static QByteArray registerCsv(const QList<protocol::ProjectRegisterEntry> &entries);

private:
    [[nodiscard]] Result<domain::ApproverActor> approver(const Caller &caller);
    [[nodiscard]] Result<protocol::OwnerRequestInfo> requestInfo(const domain::ApprovalRequest &request,
                                                                 const QString &callerId);
    // After a mapping changed: forget the cached project and index its workspace again, so
    // the dataset's files appear or go at once.
    static void mappingChanged(ServerContext &context, const QString &projectId);

    ServerContext &m_context;
};

} // namespace srs::server
