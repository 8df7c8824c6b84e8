#include "RefusalTexts.h"

#include "domain/AccessPolicy.h"
#include "domain/Review.h"
#include "domain/SafeRoomBooking.h"
#include "domain/Submission.h"
#include "protocol/ApiError.h"
#include "protocol/SubmissionMessages.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace srs::session {

namespace {

struct Text
{
    QString code;
    const char *source;
};

QString reason(domain::Reason r)
{
    return domain::reasonCode(r);
}

const QHash<QString, const char *> &texts()
{
    using domain::Reason;
    static const QHash<QString, const char *> table = [] {
        const Text list[] = {
            // Sessions and devices.
            {QString::fromLatin1(protocol::errc::SessionExpired),
             QT_TRANSLATE_NOOP("RefusalTexts", "Your session has ended. Sign in again to carry on.")},
            {QString::fromLatin1(protocol::errc::NotSignedIn),
             QT_TRANSLATE_NOOP("RefusalTexts", "You are not signed in. Sign in again to carry on.")},
            {QString::fromLatin1(protocol::errc::DeviceRevoked),
             QT_TRANSLATE_NOOP(
                 "RefusalTexts",
                 "This device's certificate has been withdrawn, so the service no longer accepts "
                 "it. Contact your IT support.")},
            {QString::fromLatin1(protocol::errc::PayloadTooLarge),
             QT_TRANSLATE_NOOP("RefusalTexts", "What was sent is larger than the service accepts.")},
            {QString::fromLatin1(protocol::errc::Internal),
             QT_TRANSLATE_NOOP("RefusalTexts",
                               "The clearance server could not complete this because of a fault of its own. "
                               "Try again later; if it happens again, contact research support.")},
            {QString::fromLatin1(protocol::errc::TooManyConnections),
             QT_TRANSLATE_NOOP("RefusalTexts", "The clearance server is busy. Try again in a minute.")},
            {QString::fromLatin1(protocol::errc::ServiceUnavailable),
             QT_TRANSLATE_NOOP("RefusalTexts",
                               "The clearance server cannot reach its database just now. Nothing was done; "
                               "try again in a minute.")},
            {QString::fromLatin1(protocol::errc::StorageFull),
             QT_TRANSLATE_NOOP("RefusalTexts",
                               "The clearance server has no room to keep what you sent, so nothing was kept. "
                               "Try again later; research support has been told.")},
            // Requests and their workflow.
            {QString::fromLatin1(domain::submissionerr::WrongState),
             QT_TRANSLATE_NOOP("RefusalTexts",
                               "The request is not at a stage where this can be done: it may have changed "
                               "since you opened it. Look at it again to see where it is now.")},
            {QString::fromLatin1(domain::submissionerr::NotAuthor),
             QT_TRANSLATE_NOOP("RefusalTexts", "Only the author of the request can change it.")},
            {QString::fromLatin1(domain::submissionerr::NotMember),
             QT_TRANSLATE_NOOP("RefusalTexts",
                               "Only an active member of the project can do this; you are not one now.")},
            {QString::fromLatin1(domain::submissionerr::NotChecker),
             QT_TRANSLATE_NOOP("RefusalTexts", "Only output checkers can review and release outputs.")},
            {QString::fromLatin1(domain::submissionerr::OwnSubmission),
             QT_TRANSLATE_NOOP("RefusalTexts",
                               "This request is your own: other output checkers must handle it.")},
            {QString::fromLatin1(protocol::submissionerrc::FileNotFound),
             QT_TRANSLATE_NOOP("RefusalTexts",
                               "A file of the request is no longer in the project's workspace. Choose it "
                               "again or remove it.")},
            {QString::fromLatin1(protocol::submissionerrc::SupportingFileMissing),
             QT_TRANSLATE_NOOP("RefusalTexts",
                               "A table needs a supporting file that is not in the request. Add it, then "
                               "send the request again.")},
            {QString::fromLatin1(protocol::submissionerrc::FindingsNeedExceptions),
             QT_TRANSLATE_NOOP("RefusalTexts",
                               "A finding that must be fixed is neither fixed nor explained. Fix it, or ask "
                               "for an exception and say why it is safe.")},
            {QString::fromLatin1(protocol::submissionerrc::DatasetNotInProject),
             QT_TRANSLATE_NOOP(
                 "RefusalTexts",
                 "The request names a dataset that is not part of this project. Ask the project "
                 "lead whether it can be added.")},
            {QString::fromLatin1(protocol::submissionerrc::SafeRoomOnlyDataset),
             QT_TRANSLATE_NOOP("RefusalTexts",
                               "The request draws on a dataset that can only be used from a safe room. Send "
                               "it from a safe room.")},
            // Reviews, releases, downloads and destruction.
            {QString::fromLatin1(domain::reviewerr::ProjectMember),
             QT_TRANSLATE_NOOP("RefusalTexts",
                               "You are a member of this request's project, so you cannot review it.")},
            {QString::fromLatin1(domain::reviewerr::ThirdReview),
             QT_TRANSLATE_NOOP("RefusalTexts", "Two output checkers are reviewing this request already.")},
            {QString::fromLatin1(domain::reviewerr::AlreadyClaimed),
             QT_TRANSLATE_NOOP("RefusalTexts",
                               "You have claimed this request already; the second review must be another "
                               "checker's.")},
            {QString::fromLatin1(domain::reviewerr::NotClaimed),
             QT_TRANSLATE_NOOP("RefusalTexts", "Claim the request for review first.")},
            {QString::fromLatin1(domain::reviewerr::AlreadySubmitted),
             QT_TRANSLATE_NOOP("RefusalTexts",
                               "Your decisions on this request are in already, and they are final.")},
            {QString::fromLatin1(domain::reviewerr::Blinded),
             QT_TRANSLATE_NOOP("RefusalTexts", "The other checker's decisions are shown once yours are in.")},
            {QString::fromLatin1(domain::reviewerr::NeedsTwoApprovals),
             QT_TRANSLATE_NOOP(
                 "RefusalTexts",
                 "The request can be released only once two output checkers have approved it.")},
            {QString::fromLatin1(domain::reviewerr::SupportingFile),
             QT_TRANSLATE_NOOP("RefusalTexts",
                               "Supporting files are never released, so they cannot be downloaded.")},
            {QString::fromLatin1(domain::reviewerr::NotReleased),
             QT_TRANSLATE_NOOP("RefusalTexts",
                               "This output has not been released, so it cannot be downloaded.")},
            {QString::fromLatin1(domain::reviewerr::NotProjectLead),
             QT_TRANSLATE_NOOP("RefusalTexts",
                               "Only the project's lead can confirm that a release was destroyed.")},
            {QString::fromLatin1(domain::reviewerr::ProjectStillActive),
             QT_TRANSLATE_NOOP("RefusalTexts",
                               "The project has not ended, so its releases are not to be destroyed yet.")},
            // Safe-room bookings.
            {QString::fromLatin1(domain::bookingerr::BookingRequired),
             QT_TRANSLATE_NOOP("RefusalTexts",
                               "Signing in at this safe room needs a booking of the room for now, and you "
                               "have none.")},
            {QString::fromLatin1(domain::bookingerr::DeclarationMissing),
             QT_TRANSLATE_NOOP("RefusalTexts",
                               "Sign the current security declaration before booking a safe room.")},
            {QString::fromLatin1(domain::bookingerr::NotNeeded),
             QT_TRANSLATE_NOOP("RefusalTexts",
                               "This project is approved for home working and has no safe-room-only data, so "
                               "it does not need a safe room.")},
            {QString::fromLatin1(domain::bookingerr::TerminalTaken),
             QT_TRANSLATE_NOOP("RefusalTexts",
                               "That terminal is already booked then. Choose another terminal or time.")},
            {QString::fromLatin1(domain::bookingerr::PersonBusy),
             QT_TRANSLATE_NOOP("RefusalTexts", "You already have a booking at that time.")},
            {QString::fromLatin1(domain::bookingerr::RoomClosed),
             QT_TRANSLATE_NOOP("RefusalTexts", "The safe room is closed that day. Choose another day.")},
            {QString::fromLatin1(domain::bookingerr::NotSupportStaff),
             QT_TRANSLATE_NOOP("RefusalTexts",
                               "Only administrators can see who has booked a safe room and take terminals "
                               "out of use.")},
            // A project's access from this setting (the access policy's reasons).
            {reason(Reason::NotAMember),
             QT_TRANSLATE_NOOP("RefusalTexts",
                               "You are not a member of this project. Ask the project lead to add "
                               "you.")},
            {reason(Reason::ProjectNotActive),
             QT_TRANSLATE_NOOP("RefusalTexts",
                               "The project is not active, so its workspace is closed. Contact research "
                               "support if you think this is wrong.")},
            {reason(Reason::ProjectNotStarted),
             QT_TRANSLATE_NOOP("RefusalTexts", "The project has not started yet. You can work on it from its "
                                               "start date.")},
            {reason(Reason::ProjectEnded),
             QT_TRANSLATE_NOOP("RefusalTexts",
                               "The project has ended. Ask the project lead to apply for an extension.")},
            {reason(Reason::ProvisionalWithoutSupervisor),
             QT_TRANSLATE_NOOP("RefusalTexts",
                               "Your accreditation is provisional, and the project has no supervisor with "
                               "a full accreditation. Ask the project lead to name one.")},
            {reason(Reason::SecurityDeclarationMissing),
             QT_TRANSLATE_NOOP("RefusalTexts",
                               "Sign the current security declaration before working on a project.")},
            {reason(Reason::HomeWorkingNotApproved),
             QT_TRANSLATE_NOOP("RefusalTexts",
                               "The project is not approved for home working. Work from a safe room or "
                               "your organisation's premises.")},
            {reason(Reason::CheckingSettingRefused),
             QT_TRANSLATE_NOOP("RefusalTexts",
                               "Outputs that are not yet released can be claimed and opened for checking "
                               "only from the settings the service lists for checking, and not from where "
                               "you are now. The queue stays visible here.")},
            {reason(Reason::ExtendedDeclarationMissing),
             QT_TRANSLATE_NOOP("RefusalTexts",
                               "Home working needs the extended security operating procedures declaration. "
                               "Sign it first.")},
        };
        QHash<QString, const char *> out;
        for (const Text &t : list)
            out.insert(t.code, t.source);
        return out;
    }();
    return table;
}

} // namespace

QString refusalMessage(const QString &code, const QString &serverMessage)
{
    const char *source = texts().value(code);
    if (!source)
        return serverMessage;
    const QString translated = QCoreApplication::translate("RefusalTexts", source);
    // No translation loaded: the server's English, which names the request, file or date.
    if (translated == QString::fromUtf8(source) && !serverMessage.isEmpty())
        return serverMessage;
    return translated;
}

QString refusalMessage(const api::ApiFailure &failure)
{
    if (failure.kind != api::ApiFailure::Kind::Refused || failure.serverCode.isEmpty())
        return failure.message;
    return refusalMessage(failure.serverCode, failure.message);
}

bool hasRefusalText(const QString &code)
{
    return texts().contains(code);
}

QStringList refusalCodes()
{
    QStringList codes = texts().keys();
    codes.sort();
    return codes;
}

} // namespace srs::session
