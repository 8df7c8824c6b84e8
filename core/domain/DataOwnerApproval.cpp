#include "DataOwnerApproval.h"

namespace srs::domain {

namespace {

constexpr ApprovalState AllStates[] = {ApprovalState::Pending, ApprovalState::Approved,
                                       ApprovalState::Refused, ApprovalState::Withdrawn};

Status fail(const char *code, const QString &message)
{
    return Status::failure(QString::fromLatin1(code), message);
}

Status checkReason(const QString &reason, const QString &what)
{
    if (reason.trimmed().isEmpty())
        return fail(approvalerr::ReasonRequired,
                    QStringLiteral("Say why you are %1: the project lead is told.").arg(what));
    if (reason.size() > ApprovalWorkflow::MaxReasonLength)
        return fail(approvalerr::ReasonRequired,
                    QStringLiteral("The reason is too long: at most %1 characters.")
                        .arg(ApprovalWorkflow::MaxReasonLength));
    return {};
}

} // namespace

QString approvalStateToString(ApprovalState state)
{
    switch (state) {
    case ApprovalState::Pending:
        return QStringLiteral("pending");
    case ApprovalState::Approved:
        return QStringLiteral("approved");
    case ApprovalState::Refused:
        return QStringLiteral("refused");
    case ApprovalState::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return {};
}

std::optional<ApprovalState> approvalStateFromString(QStringView text)
{
    for (const ApprovalState s : AllStates) {
        if (text == approvalStateToString(s))
            return s;
    }
    return std::nullopt;
}

int ApprovalRequest::approvals() const
{
    int n = 0;
    for (const ApprovalVote &v : votes)
        n += v.approve ? 1 : 0;
    return n;
}

const ApprovalVote *ApprovalRequest::voteOf(QStringView userId) const
{
    for (const ApprovalVote &v : votes) {
        if (v.userId == userId)
            return &v;
    }
    return nullptr;
}

Status ApprovalWorkflow::checkIsApprover(const ApprovalRequest &request, const ApproverActor &actor)
{
    if (actor.user.disabled || !actor.user.hasRole(Role::DataOwner) || actor.ownerId.isEmpty()) {
        return fail(approvalerr::NotDataOwner,
                    QStringLiteral("Only the data owner's approvers can do this. Administrators and "
                                   "researchers cannot approve the use of an owner's data."));
    }
    if (actor.ownerId != request.ownerId) {
        return fail(approvalerr::OtherOwner,
                    QStringLiteral("This dataset belongs to another data owner: only its own approvers "
                                   "can decide."));
    }
    return {};
}

Status ApprovalWorkflow::checkCanDecide(const ApprovalRequest &request, const ApproverActor &actor)
{
    if (Status s = checkIsApprover(request, actor); !s)
        return s;
    if (request.state != ApprovalState::Pending) {
        return fail(approvalerr::WrongState,
                    QStringLiteral("This request is already %1: it cannot be decided again.")
                        .arg(approvalStateToString(request.state)));
    }
    if (request.voteOf(actor.user.id)) {
        return fail(approvalerr::AlreadyVoted,
                    QStringLiteral("You have already answered this request. Another approver must give "
                                   "the remaining approval."));
    }
    return {};
}

Status ApprovalWorkflow::checkCanWithdraw(const ApprovalRequest &request, const ApproverActor &actor)
{
    if (Status s = checkIsApprover(request, actor); !s)
        return s;
    if (request.state != ApprovalState::Approved) {
        return fail(approvalerr::WrongState,
                    QStringLiteral("Only an approval in force can be withdrawn; this request is %1.")
                        .arg(approvalStateToString(request.state)));
    }
    return {};
}

Result<ApprovalRequest> ApprovalWorkflow::decide(const ApprovalRequest &request, const ApproverActor &actor,
                                                 bool approve, const QString &reason, const QDateTime &at)
{
    if (Status s = checkCanDecide(request, actor); !s)
        return s.error();
    if (!approve) {
        if (Status s = checkReason(reason, QStringLiteral("refusing")); !s)
            return s.error();
    } else if (reason.size() > MaxReasonLength) {
        return Error{QString::fromLatin1(approvalerr::ReasonRequired),
                     QStringLiteral("The note is too long: at most %1 characters.").arg(MaxReasonLength)};
    }
    ApprovalRequest next = request;
    next.votes.append({actor.user.id, approve, reason.trimmed(), at});
    if (!approve) {
        next.state = ApprovalState::Refused;
        next.decidedAt = at;
    } else if (next.approvals() >= std::max(1, next.approvalsNeeded)) {
        next.state = ApprovalState::Approved;
        next.decidedAt = at;
    }
    return next;
}

Result<ApprovalRequest> ApprovalWorkflow::withdraw(const ApprovalRequest &request, const ApproverActor &actor,
                                                   const QString &reason, const QDateTime &at)
{
    if (Status s = checkCanWithdraw(request, actor); !s)
        return s.error();
    if (Status s = checkReason(reason, QStringLiteral("withdrawing the approval")); !s)
        return s.error();
    ApprovalRequest next = request;
    next.state = ApprovalState::Withdrawn;
    next.withdrawnAt = at;
    next.withdrawnBy = actor.user.id;
    next.withdrawalReason = reason.trimmed();
    return next;
}

} // namespace srs::domain
