// The admin subcommands that take access away now: disable-user, enable-user, end-sessions,
// revoke-device. The changes themselves are in services/AccountAdministration (shared with the
// administrators' routes; one transaction with their audit event each); every running server
// refuses on the next request.

#include "AdminCommandList.h"
#include "AdminSupport.h"

#include "services/AccountAdministration.h"

namespace srs::server::admin {

using namespace Qt::Literals::StringLiterals;

namespace {

// Opens the data and finds the user named by the one positional argument; prints why not.
struct UserTarget
{
    std::unique_ptr<ServerContext> context;
    store::UserRecord user;
};

std::optional<int> openForUser(QCommandLineParser &parser, const QStringList &arguments,
                               const QString &command, const QString &description, UserTarget *target)
{
    parser.setApplicationDescription(description);
    addStorageOptions(parser);
    parser.addOption({u"reason"_s, u"Why (kept in the audit log)."_s, u"TEXT"_s});
    QStringList positional;
    if (auto stop = parseCommandLine(parser, arguments, {u"admin"_s, command}, {u"USERNAME"_s}, &positional))
        return stop;
    target->context = openContext(parser);
    if (!target->context)
        return ExitFailure;
    auto user = findUser(*target->context, positional.at(0));
    if (!user)
        return ExitFailure;
    target->user = std::move(*user);
    return std::nullopt;
}

} // namespace

int disableUser(const QStringList &arguments)
{
    QCommandLineParser parser;
    UserTarget t;
    if (auto stop =
            openForUser(parser, arguments, u"disable-user"_s,
                        u"Disable an account: its sessions are refused from their next request on, and "
                        "it cannot sign in, until enable-user."_s,
                        &t))
        return *stop;
    auto done = AccountAdministration(*t.context, AdminActor)
                    .disable(t.user.profile.id, parser.value(u"reason"_s).trimmed());
    if (!done)
        return fail(done.error().message);
    printLine(done.value().changed
                  ? u"Disabled %1: every request of their sessions is refused from now on."_s.arg(
                        t.user.profile.username)
                  : u"%1 is already disabled."_s.arg(t.user.profile.username));
    return ExitOk;
}

int enableUser(const QStringList &arguments)
{
    QCommandLineParser parser;
    UserTarget t;
    if (auto stop =
            openForUser(parser, arguments, u"enable-user"_s,
                        u"Enable a disabled account: the person can sign in again. Sessions from before "
                        "stay ended."_s,
                        &t))
        return *stop;
    auto done = AccountAdministration(*t.context, AdminActor)
                    .enable(t.user.profile.id, parser.value(u"reason"_s).trimmed());
    if (!done)
        return fail(done.error().message);
    printLine(done.value().changed
                  ? u"Enabled %1 (ended %2 session(s) from before); they can sign in again."_s
                        .arg(t.user.profile.username)
                        .arg(done.value().sessionsEnded)
                  : u"%1 is not disabled."_s.arg(t.user.profile.username));
    return ExitOk;
}

int endSessions(const QStringList &arguments)
{
    QCommandLineParser parser;
    UserTarget t;
    if (auto stop =
            openForUser(parser, arguments, u"end-sessions"_s,
                        u"End every session of a person on every device: their next request is refused "
                        "and they must sign in again."_s,
                        &t))
        return *stop;
    auto done = AccountAdministration(*t.context, AdminActor)
                    .endSessions(t.user.profile.id, parser.value(u"reason"_s).trimmed());
    if (!done)
        return fail(done.error().message);
    printLine(u"Ended %1 session(s) of %2."_s.arg(done.value().sessionsEnded).arg(t.user.profile.username));
    return ExitOk;
}

int revokeDevice(const QStringList &arguments)
{
    const QString command = u"admin revoke-device"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Revoke a device certificate by its serial number (hex, as `openssl x509 -serial` prints it): "
        "every request made with it is refused from now on (403 device-revoked), its sessions end and "
        "its cache key shares are revoked. Recorded in the database, so every server instance sharing "
        "it refuses the device."_s);
    addStorageOptions(parser);
    parser.addOption({u"note"_s, u"Why (kept with the revocation and in the audit log)."_s, u"TEXT"_s});
    QStringList positional;
    if (auto stop =
            parseCommandLine(parser, arguments, {u"admin"_s, u"revoke-device"_s}, {u"SERIAL"_s}, &positional))
        return *stop;
    const QString serial = normaliseSerial(positional.at(0));
    if (serial.isEmpty())
        return usageError(
            u"SERIAL \"%1\": give the certificate's serial number in hexadecimal"_s.arg(positional.at(0)),
            command);
    auto context = openContext(parser);
    if (!context)
        return ExitFailure;
    auto done = AccountAdministration(*context, AdminActor)
                    .revokeDevice(serial, {}, parser.value(u"note"_s).trimmed(), nullptr);
    if (!done)
        return fail(done.error().message);
    if (!done.value().changed) {
        printLine(u"The device certificate with serial %1 is already revoked."_s.arg(serial));
        return ExitOk;
    }
    printLine(u"Revoked the device certificate with serial %1: ended %2 session(s), revoked %3 cache key "
              u"share(s)."_s.arg(serial)
                  .arg(done.value().sessionsEnded)
                  .arg(done.value().sharesRevoked));
    return ExitOk;
}

} // namespace srs::server::admin
