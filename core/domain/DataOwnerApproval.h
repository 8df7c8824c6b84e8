#pragma once

#include "Result.h"
#include "User.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace srs::domain {

// An organisation that owns datasets held by the service (a statistics office, a charity's
// archive panel). Not an AOC Organisation: owning data says nothing about where devices connect
// from. An owner may require its approval before a project uses any of its datasets, given by
// `approvalsNeeded` of its people holding the data-owner role.
struct DataOwner
{
    QString id;
    QString name;
    bool requiresApproval = false;
    int approvalsNeeded = 1; // 1 or more

    friend bool operator==(const DataOwner &, const DataOwner &) = default;
};

enum class ApprovalState
{
    Pending,   // waiting for the owner's approvers
    Approved,  // enough approvals: the dataset is mapped to the project
    Refused,   // one approver refused, with a reason: the dataset stays unmapped
    Withdrawn, // approved, then withdrawn by the owner with a reason: the mapping ended
};

[[nodiscard]] QString approvalStateToString(ApprovalState state); // "pending", "approved", ...
[[nodiscard]] std::optional<ApprovalState> approvalStateFromString(QStringView text);

// One approver's answer, never changed.
struct ApprovalVote
{
    QString userId;
    bool approve = false;
    QString reason; // required to refuse; a note, perhaps empty, with an approval
    QDateTime at;

    friend bool operator==(const ApprovalVote &, const ApprovalVote &) = default;
};

// A project's request to use a dataset whose owner requires approval.
struct ApprovalRequest
{
    QString id;
    QString projectId;
    QString datasetId;
    QString ownerId;
    ApprovalState state = ApprovalState::Pending;
    int approvalsNeeded = 1; // the owner's setting when the request was made
    QList<ApprovalVote> votes;
    QDateTime requestedAt;
    QDateTime decidedAt; // when it became approved or refused
    QDateTime withdrawnAt;
    QString withdrawnBy;
    QString withdrawalReason;

    [[nodiscard]] int approvals() const;
    [[nodiscard]] const ApprovalVote *voteOf(QStringView userId) const;

    friend bool operator==(const ApprovalRequest &, const ApprovalRequest &) = default;
};

// The person acting: their account and the owner they are a data owner for (empty: none).
struct ApproverActor
{
    User user;
    QString ownerId;
};

namespace approvalerr {
inline constexpr char NotDataOwner[] = "approval.not-data-owner";    // no data-owner role
inline constexpr char OtherOwner[] = "approval.other-owner";         // a data owner for another owner
inline constexpr char WrongState[] = "approval.wrong-state";         // decided or withdrawn already
inline constexpr char AlreadyVoted[] = "approval.already-voted";     // the same person twice
inline constexpr char ReasonRequired[] = "approval.reason-required"; // refusing or withdrawing
} // namespace approvalerr

// The rules of data owners' approval, in checkCanX/canX pairs, and the transitions as pure
// functions. Pending -> Approved once `approvalsNeeded` different approvers approve; Pending ->
// Refused on any refusal; Approved -> Withdrawn. Only a person holding the data-owner role for
// THAT owner decides or withdraws: an administrator is not an approver unless also one, and a
// researcher never is.
class ApprovalWorkflow
{
public:
    [[nodiscard]] static Status checkIsApprover(const ApprovalRequest &request, const ApproverActor &actor);
    [[nodiscard]] static Status checkCanDecide(const ApprovalRequest &request, const ApproverActor &actor);
    [[nodiscard]] static bool canDecide(const ApprovalRequest &request, const ApproverActor &actor)
    {
        return checkCanDecide(request, actor).ok();
    }
    [[nodiscard]] static Status checkCanWithdraw(const ApprovalRequest &request, const ApproverActor &actor);
    [[nodiscard]] static bool canWithdraw(const ApprovalRequest &request, const ApproverActor &actor)
    {
        return checkCanWithdraw(request, actor).ok();
    }

    // The request with the actor's vote added, and its new state.
    [[nodiscard]] static Result<ApprovalRequest> decide(const ApprovalRequest &request,
                                                        const ApproverActor &actor, bool approve,
                                                        const QString &reason, const QDateTime &at);
    [[nodiscard]] static Result<ApprovalRequest> withdraw(const ApprovalRequest &request,
                                                          const ApproverActor &actor, const QString &reason,
                                                          const QDateTime &at);

    static constexpr qsizetype MaxReasonLength = 4000;
};

} // namespace srs::domain
