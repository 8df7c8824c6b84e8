#include "Refusals.h"

#include "domain/AccessPolicy.h"
#include "protocol/ApiError.h"
#include "protocol/BookingMessages.h"
#include "session/RefusalTexts.h"

#include <QCoreApplication>
#include <QLocale>

#include <initializer_list>

namespace srs::ui {

namespace {

// lupdate files these texts under the namespace's context (srs::ui): the lookup must use the same.
QString tr(const char *text)
{
    return QCoreApplication::translate("srs::ui", text);
}

bool isReason(const QString &code, std::initializer_list<domain::Reason> reasons)
{
    for (domain::Reason r : reasons)
        if (code == domain::reasonCode(r))
            return true;
    return false;
}

} // namespace

QString nextBookingMessage(const api::ApiFailure &failure)
{
    QString text = session::refusalMessage(failure);
    const auto &d = failure.details;
    const QDate date =
        QDate::fromString(d.value(QString::fromLatin1(protocol::nextbooking::Date)), Qt::ISODate);
    const auto slot =
        domain::bookingSlotFromString(d.value(QString::fromLatin1(protocol::nextbooking::Slot)));
    if (!date.isValid() || !slot)
        return text + QLatin1Char('\n') +
               tr("You have no booking to come. Book a terminal from the service desk.");
    // The server's English names the booking already; a translated text adds it.
    if (text == failure.message)
        return text;
    const QString when = QLocale().toString(date, QLocale::LongFormat);
    return text + QLatin1Char('\n') +
           tr("Your next booking: %1, %2, in %3 (terminal %4).")
               .arg(when, domain::bookingSlotDisplayName(*slot),
                    d.value(QString::fromLatin1(protocol::nextbooking::Room)),
                    d.value(QString::fromLatin1(protocol::nextbooking::Terminal)));
}

Explanation explainSignInFailure(const api::ApiFailure &failure)
{
    using domain::Reason;
    namespace errc = protocol::errc;
    const QString &code = failure.serverCode;
    Explanation e{tr("You could not be signed in"), failure.message};
    if (code.isEmpty()) {
        e.title =
            failure.isCancelled() ? tr("Sign-in cancelled") : tr("The clearance server could not be reached");
        return e;
    }
    if (code == QLatin1StringView(domain::bookingerr::BookingRequired)) {
        e.title = tr("You need a booking for this safe room");
        e.message = nextBookingMessage(failure);
        return e;
    }
    if (code == QLatin1StringView(errc::BadCredentials))
        e.title = tr("Those details are not right");
    else if (code == QLatin1StringView(errc::AccountLocked))
        e.title = tr("Your account is locked");
    else if (code == QLatin1StringView(errc::TooManyAttempts))
        e.title = tr("Too many attempts");
    else if (code == QLatin1StringView(errc::SessionDeviceMismatch))
        e.title = tr("This session belongs to another device");
    else if (isReason(code, {Reason::AccountDisabled}))
        e.title = tr("Your account is disabled");
    else if (isReason(code, {Reason::AccreditationExpired, Reason::AccreditationRevoked,
                             Reason::AccreditationNotYetValid, Reason::NotAccredited}))
        e.title = tr("Your accreditation does not allow access");
    else if (code == QLatin1StringView(errc::DeviceNotRecognised) ||
             isReason(code,
                      {Reason::UnknownDevice, Reason::InvalidSourceAddress, Reason::UnknownSite,
                       Reason::SourceNotInSafeRoomNetwork, Reason::UnknownOrganisation, Reason::NoAgreement,
                       Reason::AgreementExpired, Reason::OutsideUk, Reason::SourceNotInEgressRanges}))
        e.title = tr("This network or device is not approved");
    else if (isReason(code, {Reason::HomeWorkingNotApproved, Reason::ExtendedDeclarationMissing,
                             Reason::SecurityDeclarationMissing, Reason::NotAMember, Reason::ProjectNotActive,
                             Reason::ProjectNotStarted, Reason::ProjectEnded,
                             Reason::ProvisionalWithoutSupervisor}))
        e.title = tr("Project access is not allowed from here");
    return e;
}

} // namespace srs::ui
