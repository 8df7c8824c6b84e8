#pragma once

#include "services/AccountAdministration.h"
#include "services/CommandLine.h"
#include "services/ServerContext.h"

#include "crypto/SecureBuffer.h"
#include "domain/User.h"
#include "store/StoreResult.h"
#include "store/UserRepository.h"

#include <QCommandLineParser>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <span>

namespace srs::server::admin {

// Exit codes of the admin and audit commands.
enum ExitCode : int
{
    ExitOk = 0,
    ExitFailure = 1,     // the command was understood but could not be carried out
    ExitUsage = 2,       // bad arguments: nothing was changed
    ExitAuditBroken = 3, // `audit verify` found a bad event
};

// Who the audit log names for every change made from the command line.
inline const QString AdminActor = QStringLiteral("admin-cli");

// Prints "srs-clearance-server: <message>" and a pointer to --help; returns ExitUsage.
int usageError(const QString &message, const QString &command);

// A sub-command of `srs-clearance-server admin|audit|register`: its word, the function that
// runs it (taking the whole command line) and, where the usage lists it, its synopsis.
struct Subcommand
{
    const char *name;
    int (*run)(const QStringList &arguments);
    const char *synopsis = nullptr;
};

// Runs the sub-command named by arguments[2] of `command` ("admin", "audit", "register"): with
// none, prints `usage` on standard error (ExitUsage); with --help, -h or help, on standard
// output (ExitOk); an unknown one is a usage error that names it.
int runSubcommand(const QStringList &arguments, const QString &command,
                  std::span<const Subcommand> subcommands, void (*usage)(FILE *));

// Parses the whole command line for `srs-clearance-server <words...> [options] ARGS`:
// `words` are the command words (for example {"admin", "add-user"}), `positionalNames`
// the names of the required positional arguments, in order. Answers --help. Returns the
// exit code when the command should stop now (help shown, or a usage error printed),
// std::nullopt when it should go on; then `positional` holds the arguments after the words.
[[nodiscard]] std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments,
                                                  const QStringList &words,
                                                  const QStringList &positionalNames,
                                                  QStringList *positional);

// The account with this username, or nothing after printing why not (no such user, or the
// store's error).
[[nodiscard]] std::optional<store::UserRecord> findUser(ServerContext &context, const QString &username);

// Loads the configuration and opens the server's data (migrating the database).
// Prints the error and returns null on failure.
[[nodiscard]] std::unique_ptr<ServerContext> openContext(const QCommandLineParser &parser);

// Runs `change` and appends one audit event (actor "admin-cli") in the same transaction:
// both commit or neither does.
[[nodiscard]] store::Status recordChange(ServerContext &context, const QString &action,
                                         const QString &subject, const QJsonObject &details,
                                         const std::function<store::Status()> &change);

// Argument checks. Each returns std::nullopt and sets `error` to a message that names the
// argument when the text is not acceptable.
[[nodiscard]] std::optional<QDate> parseDay(const QString &text, const QString &argument, QString *error);
[[nodiscard]] bool isValidUsername(const QString &username);
// Project and dataset ids become folder names: letters, digits, '.', '_' and '-', no leading dot.
[[nodiscard]] bool isValidIdentifier(const QString &id);

// "demo-university" from "Demo University".
[[nodiscard]] QString slugOf(const QString &name);

// Writes the account and its "user.created" audit event (actor "admin-cli") in one transaction
// (joining the caller's when there is one). The account itself is made by prepareAccount()
// (services/AccountAdministration.h).
[[nodiscard]] store::Status storeAccount(ServerContext &context, const store::UserRecord &record);

// Prints a table with a header row; columns are padded to their widest cell.
void printTable(const QStringList &header, const QList<QStringList> &rows);
void printLine(const QString &text);

// Writes `bytes` to `path` (replacing it whole), or to standard output when `path` is empty.
int writeOut(const QString &path, const QByteArray &bytes);

// A register export: `srs-clearance-server <words> --format csv|json [--output FILE]`. `make`
// gives the export in the format asked for (true: CSV), or why it cannot be read.
struct ExportCommand
{
    QStringList words;      // {"register", "export"}
    QString description;    // for --help
    QString csvHelp;        // what a CSV row is, for --help
    QString whatCannotRead; // "the register", for the error
    std::function<Result<QByteArray>(ServerContext &context, bool csv)> make;
};
int runExport(const QStringList &arguments, const ExportCommand &command);

} // namespace srs::server::admin
