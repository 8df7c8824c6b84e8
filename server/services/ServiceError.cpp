#include "ServiceError.h"

#include "domain/AccountRules.h"
#include "domain/DataOwnerApproval.h"
#include "domain/ProjectLifecycle.h"
#include "domain/Review.h"
#include "domain/SafeRoomBooking.h"
#include "domain/Submission.h"
#include "protocol/IngestMessages.h"
#include "protocol/IngestReviewMessages.h"
#include "protocol/SubmissionMessages.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcService, "srs.server.service")

namespace srs::server {

int httpStatusFor(const Error &e)
{
    if (e.code == svc::BadRequest || e.code == QLatin1StringView("bad-json"))
        return 400;
    if (e.code == svc::NotSignedIn || e.code == svc::BadCredentials || e.code == svc::SessionExpired ||
        e.code == svc::SessionDeviceMismatch)
        return 401;
    if (e.code == svc::NotFound)
        return 404;
    if (e.code == svc::Conflict || e.code == svc::SnapshotAltered)
        return 409;
    if (e.code == svc::SnapshotMissing)
        return 410;
    if (e.code == svc::AccountLocked)
        return 423;
    if (e.code == svc::TooManyAttempts || e.code == svc::TooManyChecks)
        return 429;
    if (e.code == svc::Internal)
        return 500;
    if (e.code == svc::PayloadTooLarge)
        return 413;
    if (e.code == svc::StorageFull)
        return 507;
    // Managing accounts (domain/AccountRules.h): a request to fix (422), a lead who must stay (409);
    // the self-protection rules are refusals (403).
    if (e.code.startsWith(QLatin1StringView("account-"))) {
        using namespace domain::accounterr;
        if (e.code == QLatin1StringView(ReasonRequired) || e.code == QLatin1StringView(ReasonTooLong) ||
            e.code == QLatin1StringView(NoRoles))
            return 422;
        if (e.code == QLatin1StringView("account-project-lead"))
            return 409;
        return 403;
    }
    // Data owners' approval (domain/DataOwnerApproval.h).
    if (e.code.startsWith(QLatin1StringView("approval."))) {
        using namespace domain::approvalerr;
        if (e.code == QLatin1StringView(ReasonRequired))
            return 422;
        if (e.code == QLatin1StringView(WrongState) || e.code == QLatin1StringView(AlreadyVoted))
            return 409;
        return 403; // approval.not-data-owner, approval.other-owner
    }
    // Safe-room bookings (domain/SafeRoomBooking.h): a slot or block that cannot be, and a
    // terminal, person or booking that is taken, busy or over; the rest are refusals.
    if (e.code.startsWith(QLatin1StringView("booking."))) {
        using namespace domain::bookingerr;
        for (const char *c : {DatePast, BeyondHorizon, RoomClosed, UnknownTerminal, BadBlock})
            if (e.code == QLatin1StringView(c))
                return 422;
        for (const char *c : {TerminalBlocked, TerminalTaken, PersonBusy, AlreadyCancelled, Over})
            if (e.code == QLatin1StringView(c))
                return 409;
        return 403;
    }
    // Bringing files into a project (protocol/IngestMessages.h).
    if (e.code.startsWith(QLatin1StringView("ingest."))) {
        using namespace protocol::ingesterr;
        if (e.code == QLatin1StringView(ChunkHashMismatch) || e.code == QLatin1StringView(ChunkInvalid))
            return 400;
        if (e.code == QLatin1StringView(ChunkConflict) || e.code == QLatin1StringView(Incomplete) ||
            e.code == QLatin1StringView(WrongState))
            return 409;
        using namespace protocol::ingestreviewerr;
        if (e.code == QLatin1StringView(AlreadyVoted) || e.code == QLatin1StringView(FileDecided) ||
            e.code == QLatin1StringView(DeliveryRefused))
            return 409;
        if (e.code == QLatin1StringView(FileRefused) || e.code == QLatin1StringView(CommentRequired))
            return 422;
        if (e.code == QLatin1StringView(PreviewTooLarge))
            return 413;
        if (e.code == QLatin1StringView(LimitExceeded))
            return 413;
        if (e.code == QLatin1StringView(FileMismatch))
            return 422;
        if (e.code == QLatin1StringView(StorageFull))
            return 507;
        return 403; // ingest.not-requester
    }
    // A project's lifecycle (domain/ProjectLifecycle.h): what is asked cannot be accepted as it is
    // (the field names what to fix), or the project or request has moved on; not the lead and
    // one's own request are refusals (403).
    if (e.code.startsWith(QLatin1StringView("lifecycle-"))) {
        using namespace domain::lifecycleerr;
        if (e.code == QLatin1StringView(ReasonRequired) || e.code == QLatin1StringView(DateNotLater) ||
            e.code == QLatin1StringView(PublicationInvalid))
            return 422;
        if (e.code == QLatin1StringView(WrongStatus) || e.code == QLatin1StringView(RequestOpen) ||
            e.code == QLatin1StringView(RequestDecided))
            return 409;
        return 403;
    }
    // Checks and submissions: content that cannot be accepted as it is (the field names what to
    // fix), and a request that has moved on.
    if (e.code == QLatin1StringView(domain::submissionerr::Invalid) ||
        e.code == QLatin1StringView(protocol::submissionerrc::FileNotFound) ||
        e.code == QLatin1StringView(protocol::submissionerrc::SupportingFileMissing) ||
        e.code == QLatin1StringView(protocol::submissionerrc::FindingsNeedExceptions) ||
        e.code == QLatin1StringView(protocol::submissionerrc::OutputFormatRefused) ||
        e.code.startsWith(QLatin1StringView("table-")) || e.code == QLatin1StringView("code-unreadable"))
        return 422;
    if (e.code == QLatin1StringView(domain::submissionerr::WrongState))
        return 409;
    // Reviewing: votes that are not complete; a request that already has what is asked for.
    if (e.code == QLatin1StringView(domain::reviewerr::Incomplete) ||
        e.code == QLatin1StringView(domain::reviewerr::ApprovalNeedsReason))
        return 422;
    if (e.code == QLatin1StringView(domain::reviewerr::ThirdReview) ||
        e.code == QLatin1StringView(domain::reviewerr::AlreadyClaimed) ||
        e.code == QLatin1StringView(domain::reviewerr::AlreadySubmitted) ||
        e.code == QLatin1StringView(domain::reviewerr::NeedsTwoApprovals))
        return 409;
    return 403; // a policy refusal: the code is the policy's reason
}

Error changedMeanwhile(const QString &submissionId)
{
    return Error{
        QString::fromLatin1(domain::submissionerr::WrongState),
        QStringLiteral("Request %1 was changed by someone else meanwhile; load it again.").arg(submissionId)};
}

Error internalError(const QString &what)
{
    // The detail (a database error, say) is for the server's log only; the client gets the
    // plain message.
    qCWarning(lcService, "internal error: %s", qUtf8Printable(what));
    return Error{svc::Internal,
                 QStringLiteral("The server could not complete the request. It has been logged; try "
                                "again later.")};
}

Error failedWrite(const store::StoreError &error, Error onConflict)
{
    if (error.code == store::StoreError::Code::Conflict)
        return onConflict;
    return internalError(error.message);
}

Error refusal(const domain::Decision &decision)
{
    return Error{decision.code(), decision.message};
}

Error notAnOutputChecker()
{
    return Error{QString::fromLatin1(domain::submissionerr::NotChecker),
                 QStringLiteral("Only output checkers can review and release outputs.")};
}

} // namespace srs::server
