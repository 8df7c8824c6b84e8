#include "Refusals.h"

#include <QCoreApplication>
#include <QSet>

namespace srs::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("srs::ui::Refusals", text);
}

bool oneOf(const QString &code, std::initializer_list<const char *> codes)
{
    for (const char *c : codes)
        if (code == QLatin1StringView(c))
            return true;
    return false;
}

} // namespace

Explanation explainSignInFailure(const net::NetFailure &failure)
{
    const QString &code = failure.serverCode;
    Explanation e{tr("You could not be signed in"), failure.message};
    if (code.isEmpty()) {
        e.title = failure.error == net::NetError::Cancelled ? tr("Sign-in cancelled")
                                                            : tr("The clearance server could not be reached");
        return e;
    }
    if (code == QLatin1StringView("bad-credentials"))
        e.title = tr("Those details are not right");
    else if (code == QLatin1StringView("account-locked"))
        e.title = tr("Your account is locked");
    else if (code == QLatin1StringView("too-many-attempts"))
        e.title = tr("Too many attempts");
    else if (code == QLatin1StringView("account-disabled"))
        e.title = tr("Your account is disabled");
    else if (oneOf(code, {"accreditation-expired", "accreditation-revoked", "accreditation-not-yet-valid",
                          "not-accredited"}))
        e.title = tr("Your accreditation does not allow access");
    else if (oneOf(code, {"unknown-device", "source-address-invalid", "unknown-site",
                          "source-not-in-safe-room-network", "unknown-organisation", "no-agreement",
                          "agreement-expired", "outside-uk", "source-not-in-egress-ranges",
                          "device-not-recognised"}))
        e.title = tr("This network or device is not approved");
    else if (oneOf(code, {"home-working-not-approved", "extended-declaration-missing",
                          "security-declaration-missing", "not-a-member", "project-not-active",
                          "project-not-started", "project-ended", "provisional-without-supervisor"}))
        e.title = tr("Project access is not allowed from here");
    else if (code == QLatin1StringView("session-device-mismatch"))
        e.title = tr("This session belongs to another device");
    return e;
}

} // namespace srs::ui
