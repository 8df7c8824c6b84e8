// The admin subcommands about people: accounts, accreditation, cache key shares.

#include "AdminCommandList.h"
#include "AdminSupport.h"

#include "services/ServiceError.h"

#include "crypto/Totp.h"
#include "store/AuditLog.h"
#include "store/CacheKeyShareRepository.h"
#include "store/UserRepository.h"

#include <cstdio>

namespace srs::server::admin {

using namespace Qt::Literals::StringLiterals;
using domain::Accreditation;
using domain::AccreditationKind;

namespace {

void writeSecret(const char *label, const crypto::SecureBuffer &secret)
{
    std::fputs(label, stdout);
    std::fwrite(secret.constChar(), 1, secret.size(), stdout);
    std::fputc('\n', stdout);
}

// One line from standard input, without its line ending, kept out of QString.
crypto::SecureBuffer readPasswordLine()
{
    crypto::SecureBuffer line;
    for (;;) {
        const int c = std::fgetc(stdin);
        if (c == EOF || c == '\n')
            break;
        const char byte = static_cast<char>(c);
        line.append(QByteArrayView(&byte, 1));
        if (line.size() > 1024)
            break;
    }
    if (!line.isEmpty() && line.constChar()[line.size() - 1] == '\r')
        return crypto::SecureBuffer(line.constChar(), line.size() - 1);
    return line;
}

QString describeAccreditation(const std::optional<Accreditation> &a, QDate today)
{
    if (!a)
        return u"none"_s;
    const QString kind = domain::accreditationKindToString(a->kind);
    if (a->revoked)
        return u"%1, revoked"_s.arg(kind);
    if (today < a->validFrom)
        return u"%1, starts %2"_s.arg(kind, a->validFrom.toString(Qt::ISODate));
    if (today > a->validTo)
        return u"%1, expired %2"_s.arg(kind, a->validTo.toString(Qt::ISODate));
    return u"%1, valid to %2"_s.arg(kind, a->validTo.toString(Qt::ISODate));
}

} // namespace

int addUser(const QStringList &arguments)
{
    const QString command = u"admin add-user"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Create an account. Prints a random initial password (unless --password-stdin) and the TOTP "
        "secret with its otpauth:// URI, once: hand them to the person over a trusted channel."_s);
    addStorageOptions(parser);
    parser.addOption({u"name"_s, u"The person's full name."_s, u"NAME"_s});
    parser.addOption({u"email"_s, u"Email address."_s, u"EMAIL"_s});
    parser.addOption({u"role"_s, u"researcher, output-checker or administrator (repeatable)."_s, u"ROLE"_s});
    parser.addOption(
        {u"password-stdin"_s, u"Read the initial password from the first line of standard input."_s});
    QStringList positional;
    if (auto stop =
            parseCommandLine(parser, arguments, {u"admin"_s, u"add-user"_s}, {u"USERNAME"_s}, &positional))
        return *stop;

    NewAccount account;
    account.username = positional.at(0);
    if (!isValidUsername(account.username))
        return usageError(
            u"USERNAME \"%1\": use 2-64 lower-case letters, digits, '.', '_' or '-'"_s.arg(account.username),
            command);
    account.displayName = parser.value(u"name"_s).trimmed();
    if (account.displayName.isEmpty())
        return usageError(u"--name is required"_s, command);
    account.email = parser.value(u"email"_s).trimmed();
    if (!account.email.isEmpty() && !account.email.contains(u'@'))
        return usageError(u"--email \"%1\" is not an email address"_s.arg(account.email), command);
    const QStringList roleNames = parser.values(u"role"_s);
    if (roleNames.isEmpty())
        return usageError(u"--role is required (researcher, output-checker or administrator)"_s, command);
    for (const QString &name : roleNames) {
        const auto role = domain::roleFromString(name);
        if (!role)
            return usageError(u"--role \"%1\": use researcher, output-checker or administrator"_s.arg(name),
                              command);
        if (!account.roles.contains(*role))
            account.roles.append(*role);
    }
    const bool fromStdin = parser.isSet(u"password-stdin"_s);
    if (fromStdin) {
        account.password = readPasswordLine();
        if (account.password.size() < 12)
            return usageError(u"--password-stdin: the password must be at least 12 characters"_s, command);
    } // otherwise a random one is made

    auto context = openContext(parser);
    if (!context)
        return ExitFailure;
    const QString username = account.username;
    auto created = AccountAdministration(*context, AdminActor).createAccount(std::move(account));
    if (!created.ok() && created.error().code == svc::Conflict)
        return fail(u"a user \"%1\" already exists"_s.arg(username));
    if (!created.ok())
        return fail(u"cannot create the user: "_s + created.error().message);
    const store::UserRecord &record = created->record;
    printLine(u"Created user %1 (%2), roles: %3."_s.arg(record.profile.username, record.profile.id,
                                                        store::encodeRoles(record.profile.roles)));
    printLine(u"Hand these to the person over a trusted channel. They are shown only now:"_s);
    if (!fromStdin)
        writeSecret("  initial password: ", created->password);
    writeSecret("  TOTP secret:      ", crypto::base32Encode(created->totpSecret.view(), false));
    const crypto::Totp totp(created->totpSecret.clone());
    writeSecret("  TOTP URI:         ", totp.provisioningUri(u"SRS"_s, record.profile.username));
    if (record.profile.roles.contains(domain::Role::Researcher))
        printLine(
            u"Next, record the accreditation: srs-clearance-server admin set-accreditation %1 --kind full "
            "--from DATE"_s.arg(record.profile.username));
    return ExitOk;
}

int setAccreditation(const QStringList &arguments)
{
    const QString command = u"admin set-accreditation"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Record a researcher's accreditation. Without --to it runs for the standard term: five years "
        "(full) or one year (provisional), less a day."_s);
    addStorageOptions(parser);
    parser.addOption({u"kind"_s, u"full or provisional."_s, u"KIND"_s});
    parser.addOption({u"from"_s, u"First day it is valid (YYYY-MM-DD)."_s, u"DATE"_s});
    parser.addOption({u"to"_s, u"Last day it is valid (YYYY-MM-DD)."_s, u"DATE"_s});
    QStringList positional;
    if (auto stop = parseCommandLine(parser, arguments, {u"admin"_s, u"set-accreditation"_s}, {u"USERNAME"_s},
                                     &positional))
        return *stop;
    if (!parser.isSet(u"kind"_s))
        return usageError(u"--kind is required (full or provisional)"_s, command);
    const auto kind = domain::accreditationKindFromString(parser.value(u"kind"_s));
    if (!kind)
        return usageError(u"--kind \"%1\": use full or provisional"_s.arg(parser.value(u"kind"_s)), command);
    if (!parser.isSet(u"from"_s))
        return usageError(u"--from is required"_s, command);
    QString error;
    const auto from = parseDay(parser.value(u"from"_s), u"--from"_s, &error);
    if (!from)
        return usageError(error, command);
    Accreditation accreditation = Accreditation::standard(*kind, *from);
    if (parser.isSet(u"to"_s)) {
        const auto to = parseDay(parser.value(u"to"_s), u"--to"_s, &error);
        if (!to)
            return usageError(error, command);
        if (*to < *from)
            return usageError(
                u"--to %1 is before --from %2"_s.arg(to->toString(Qt::ISODate), from->toString(Qt::ISODate)),
                command);
        accreditation.validTo = *to;
    }

    auto context = openContext(parser);
    if (!context)
        return ExitFailure;
    const auto user = findUser(*context, positional.at(0));
    if (!user)
        return ExitFailure;
    if (Status s =
            AccountAdministration(*context, AdminActor).setAccreditation(user->profile.id, accreditation);
        !s.ok())
        return fail(s.error().message);
    printLine(u"Accreditation of %1: %2, valid %3 to %4."_s.arg(
        user->profile.username, domain::accreditationKindToString(accreditation.kind),
        accreditation.validFrom.toString(Qt::ISODate), accreditation.validTo.toString(Qt::ISODate)));
    return ExitOk;
}

int revokeAccreditation(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Revoke a researcher's current accreditation: they lose access at once."_s);
    addStorageOptions(parser);
    QStringList positional;
    if (auto stop = parseCommandLine(parser, arguments, {u"admin"_s, u"revoke-accreditation"_s},
                                     {u"USERNAME"_s}, &positional))
        return *stop;
    auto context = openContext(parser);
    if (!context)
        return ExitFailure;
    const auto user = findUser(*context, positional.at(0));
    if (!user)
        return ExitFailure;
    auto revoked = AccountAdministration(*context, AdminActor).revokeAccreditation(user->profile.id);
    if (!revoked.ok())
        return fail(u"%1: %2"_s.arg(user->profile.username, revoked.error().message));
    if (!revoked.value()) {
        printLine(u"The accreditation of %1 is already revoked."_s.arg(user->profile.username));
        return ExitOk;
    }
    printLine(u"Revoked the accreditation of %1."_s.arg(user->profile.username));
    return ExitOk;
}

int revokeCacheShare(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Revoke the server-held cache key shares of a user on every device: their local caches can no "
        "longer be opened (they are rebuilt at the next sign-in)."_s);
    addStorageOptions(parser);
    QStringList positional;
    if (auto stop = parseCommandLine(parser, arguments, {u"admin"_s, u"revoke-cache-share"_s},
                                     {u"USERNAME"_s}, &positional))
        return *stop;
    auto context = openContext(parser);
    if (!context)
        return ExitFailure;
    const auto user = findUser(*context, positional.at(0));
    if (!user)
        return ExitFailure;
    store::Database &db = context->database();
    int revokedCount = 0;
    const store::Status s = db.transaction([&]() -> store::Status {
        auto revoked = store::CacheKeyShareRepository(db).revokeAllForUser(user->profile.id, context->now());
        if (!revoked.ok())
            return revoked.error();
        revokedCount = revoked.value();
        auto event = store::AuditLog(db).append(AdminActor, u"user.cache-shares-revoked"_s,
                                                u"user:"_s + user->profile.id, {{u"devices"_s, revokedCount}},
                                                context->now());
        if (!event.ok())
            return event.error();
        return {};
    });
    if (!s.ok())
        return fail(s.errorString());
    printLine(u"Revoked %1 cache key share(s) of %2."_s.arg(revokedCount).arg(user->profile.username));
    return ExitOk;
}

int setRoles(const QStringList &arguments)
{
    const QString command = u"admin set-roles"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Set a person's roles (all of them): they take effect on the person's next "
        "request."_s);
    addStorageOptions(parser);
    parser.addOption({u"role"_s, u"A role (repeatable); at least one."_s, u"ROLE"_s});
    QStringList positional;
    if (auto stop =
            parseCommandLine(parser, arguments, {u"admin"_s, u"set-roles"_s}, {u"USERNAME"_s}, &positional))
        return *stop;
    QList<domain::Role> roles;
    for (const QString &name : parser.values(u"role"_s)) {
        const auto role = domain::roleFromString(name);
        if (!role)
            return usageError(u"--role \"%1\" is not a role"_s.arg(name), command);
        if (!roles.contains(*role))
            roles.append(*role);
    }
    if (roles.isEmpty())
        return usageError(u"--role is required"_s, command);
    auto context = openContext(parser);
    if (!context)
        return ExitFailure;
    const auto user = findUser(*context, positional.at(0));
    if (!user)
        return ExitFailure;
    if (Status s = AccountAdministration(*context, AdminActor).setRoles(user->profile.id, roles); !s.ok())
        return fail(s.error().message);
    printLine(u"Roles of %1: %2."_s.arg(user->profile.username, store::encodeRoles(roles)));
    return ExitOk;
}

int resetTotp(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Give a person a new TOTP secret: codes of the old one stop working at once. Prints the new "
        "secret and its otpauth:// URI once: hand them to the person over a trusted channel."_s);
    addStorageOptions(parser);
    parser.addOption({u"reason"_s, u"Why (kept in the audit log)."_s, u"TEXT"_s});
    QStringList positional;
    if (auto stop =
            parseCommandLine(parser, arguments, {u"admin"_s, u"reset-totp"_s}, {u"USERNAME"_s}, &positional))
        return *stop;
    auto context = openContext(parser);
    if (!context)
        return ExitFailure;
    const auto user = findUser(*context, positional.at(0));
    if (!user)
        return ExitFailure;
    auto secret = AccountAdministration(*context, AdminActor)
                      .resetTotp(user->profile.id, parser.value(u"reason"_s).trimmed());
    if (!secret.ok())
        return fail(secret.error().message);
    printLine(
        u"New TOTP secret for %1. Hand it to the person over a trusted channel. It is shown only now:"_s.arg(
            user->profile.username));
    writeSecret("  TOTP secret:      ", crypto::base32Encode(secret->view(), false));
    const crypto::Totp totp(secret->clone());
    writeSecret("  TOTP URI:         ", totp.provisioningUri(u"SRS"_s, user->profile.username));
    return ExitOk;
}

int listUsers(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"List the accounts with their roles and accreditation."_s);
    addStorageOptions(parser);
    QStringList positional;
    if (auto stop = parseCommandLine(parser, arguments, {u"admin"_s, u"list-users"_s}, {}, &positional))
        return *stop;
    auto context = openContext(parser);
    if (!context)
        return ExitFailure;
    store::UserRepository users(context->database());
    auto all = users.list();
    if (!all.ok())
        return fail(all.errorString());
    const QDate today = context->now().toUTC().date();
    QList<QStringList> rows;
    for (const domain::User &u : all.value()) {
        auto accreditation = users.currentAccreditation(u.id);
        if (!accreditation.ok())
            return fail(accreditation.errorString());
        rows.append({u.username, u.displayName, store::encodeRoles(u.roles),
                     describeAccreditation(accreditation.value(), today),
                     u.disabled ? u"disabled"_s : u"enabled"_s});
    }
    printTable({u"USERNAME"_s, u"NAME"_s, u"ROLES"_s, u"ACCREDITATION"_s, u"ACCOUNT"_s}, rows);
    return ExitOk;
}

} // namespace srs::server::admin
