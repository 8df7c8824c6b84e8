#pragma once

// Wire format v1 of data owners' approval (GET /owner/requests, POST
// /owner/requests/{aid}/decision, GET /owner/projects, POST
// /owner/projects/{id}/datasets/{did}/withdrawal) and of the public data-access register (GET
// /register/projects).

#include "domain/DataOwnerApproval.h"
#include "domain/Dataset.h"
#include "domain/Project.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace srs::protocol {

class JsonReader;

// A member of the team, as the owner's approvers see it: who, in what role, and whether their
// researcher accreditation holds ("full", "provisional", "expired", "revoked", "none").
struct OwnerTeamMember
{
    QString displayName;
    domain::ProjectRole role = domain::ProjectRole::Member;
    QString accreditation;
    QDate accreditedUntil; // null for "none"
};

// One approver's answer, shown to the owner's approvers.
struct OwnerVoteInfo
{
    QString approver; // display name
    bool approve = false;
    QString reason;
    QDateTime at;
};

// GET /api/v1/owner/requests: one request of a project to use one of the caller's owner's
// datasets, with what an approver needs to decide.
struct OwnerRequestInfo
{
    QString id;
    domain::ApprovalState state = domain::ApprovalState::Pending;
    QString projectId;
    QString projectTitle;
    QString purpose;
    QString leadOrganisation;
    QString leadName;
    QDate startDate;
    QDate endDate;
    QList<OwnerTeamMember> team;
    domain::Dataset dataset;              // the dataset asked for
    QList<domain::Dataset> otherDatasets; // the project's other datasets, mapped or asked for
    int approvalsNeeded = 1;
    QList<OwnerVoteInfo> votes;
    bool answeredByMe = false;
    QDateTime requestedAt;
    QDateTime decidedAt;

    [[nodiscard]] QJsonObject toJsonObject() const;
    [[nodiscard]] static OwnerRequestInfo read(JsonReader &r);
    [[nodiscard]] static Result<OwnerRequestInfo> fromJson(QByteArrayView body);
};

[[nodiscard]] QByteArray encodeOwnerRequests(const QList<OwnerRequestInfo> &list);
[[nodiscard]] Result<QList<OwnerRequestInfo>> decodeOwnerRequests(QByteArrayView body);

// POST /api/v1/owner/requests/{aid}/decision
struct OwnerDecisionRequest
{
    bool approve = false;
    QString reason; // required to refuse; a note with an approval

    [[nodiscard]] static Result<OwnerDecisionRequest> fromJson(QByteArrayView body);
    [[nodiscard]] QByteArray toJson() const;
};

// GET /api/v1/owner/projects: a project using (or that used) one of the owner's datasets.
struct OwnerProjectInfo
{
    QString approvalId;
    domain::ApprovalState state = domain::ApprovalState::Approved; // approved or withdrawn
    QString projectId;
    QString projectTitle;
    QString purpose;
    QString leadOrganisation;
    domain::ProjectStatus projectStatus = domain::ProjectStatus::Active;
    QDate endDate;
    domain::Dataset dataset;
    QDateTime approvedAt;
    QDateTime withdrawnAt;
    QString withdrawalReason;

    [[nodiscard]] QJsonObject toJsonObject() const;
    [[nodiscard]] static OwnerProjectInfo read(JsonReader &r);
    [[nodiscard]] static Result<OwnerProjectInfo> fromJson(QByteArrayView body);
};

[[nodiscard]] QByteArray encodeOwnerProjects(const QList<OwnerProjectInfo> &list);
[[nodiscard]] Result<QList<OwnerProjectInfo>> decodeOwnerProjects(QByteArrayView body);

// POST /api/v1/owner/projects/{id}/datasets/{did}/withdrawal
struct OwnerWithdrawalRequest
{
    QString reason;

    [[nodiscard]] static Result<OwnerWithdrawalRequest> fromJson(QByteArrayView body);
    [[nodiscard]] QByteArray toJson() const;
};

// A dataset in the public register: whose it is and, when its owner approved the project, the
// owning organisation (not the person) that approved and when.
struct RegisterDatasetUse
{
    QString datasetId;
    QString datasetTitle;
    QString owner; // the owning organisation's name
    bool approvalNeeded = false;
    QDateTime approvedAt;  // when the owner approved (null when no approval was needed)
    QDateTime withdrawnAt; // when the owner withdrew it (null while in force)
};

// GET /api/v1/register/projects: which projects use which datasets, publishable as it is (no
// person is named: the lead's organisation, the owning organisations and dates).
struct ProjectRegisterEntry
{
    QString projectId;
    QString projectTitle;
    QString purpose;
    QString leadOrganisation;
    domain::ProjectStatus status = domain::ProjectStatus::Active;
    QDate startDate;
    QDate endDate;
    QList<RegisterDatasetUse> datasets;
    QStringList releaseIds; // the project's releases, in the release register

    [[nodiscard]] QJsonObject toJsonObject() const;
    [[nodiscard]] static ProjectRegisterEntry read(JsonReader &r);
};

[[nodiscard]] QByteArray encodeProjectRegister(const QList<ProjectRegisterEntry> &list);
[[nodiscard]] Result<QList<ProjectRegisterEntry>> decodeProjectRegister(QByteArrayView body);

namespace ownerlimits {
inline constexpr qsizetype MaxReasonLength = domain::ApprovalWorkflow::MaxReasonLength;
} // namespace ownerlimits

} // namespace srs::protocol
