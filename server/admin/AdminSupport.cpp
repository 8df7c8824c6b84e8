#include "AdminSupport.h"

#include <QSaveFile>

#include "services/CommandLine.h"

#include "crypto/Crypto.h"
#include "crypto/PasswordHasher.h"
#include "domain/AccountRules.h"
#include "store/AuditLog.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cstdio>

namespace srs::server::admin {

using namespace Qt::Literals::StringLiterals;

int usageError(const QString &message, const QString &command)
{
    std::fprintf(stderr, "srs-clearance-server: %s\n(see srs-clearance-server %s --help)\n",
                 qUtf8Printable(message), qUtf8Printable(command));
    return ExitUsage;
}

int runSubcommand(const QStringList &arguments, const QString &command,
                  std::span<const Subcommand> subcommands, void (*usage)(FILE *))
{
    const QString sub = arguments.value(2);
    if (sub.isEmpty()) {
        usage(stderr);
        return ExitUsage;
    }
    if (sub == u"--help"_s || sub == u"-h"_s || sub == u"help"_s) {
        usage(stdout);
        return ExitOk;
    }
    for (const Subcommand &s : subcommands) {
        if (sub == QLatin1StringView(s.name))
            return s.run(arguments);
    }
    return usageError(u"unknown %1 command \"%2\""_s.arg(command, sub), command);
}

std::optional<store::UserRecord> findUser(ServerContext &context, const QString &username)
{
    auto user = store::UserRepository(context.database()).findByUsername(username);
    if (!user.ok()) {
        fail(user.code() == store::StoreError::Code::NotFound ? u"no user \"%1\""_s.arg(username)
                                                              : user.errorString());
        return std::nullopt;
    }
    return std::move(user).value();
}

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments,
                                    const QStringList &words, const QStringList &positionalNames,
                                    QStringList *positional)
{
    const QString command = words.join(u' ');
    parser.addHelpOption();
    for (const QString &word : words)
        parser.addPositionalArgument(word, u"the command"_s);
    for (const QString &name : positionalNames)
        parser.addPositionalArgument(name, QString());
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), command);
    if (parser.isSet(u"help"_s)) {
        std::fputs(qUtf8Printable(parser.helpText()), stdout);
        return ExitOk;
    }
    const QStringList all = parser.positionalArguments();
    const QStringList rest = all.mid(words.size());
    if (rest.size() < positionalNames.size())
        return usageError(u"missing %1"_s.arg(positionalNames.at(rest.size())), command);
    if (rest.size() > positionalNames.size())
        return usageError(u"unexpected argument \"%1\""_s.arg(rest.at(positionalNames.size())), command);
    *positional = rest;
    return std::nullopt;
}

std::unique_ptr<ServerContext> openContext(const QCommandLineParser &parser)
{
    auto config = loadConfig(parser);
    if (!config) {
        fail(config.error().message);
        return nullptr;
    }
    auto context = ServerContext::open(config.value());
    if (!context) {
        fail(context.error().message);
        return nullptr;
    }
    return std::move(context).value();
}

store::Status recordChange(ServerContext &context, const QString &action, const QString &subject,
                           const QJsonObject &details, const std::function<store::Status()> &change)
{
    store::Database &db = context.database();
    return db.transaction([&]() -> store::Status {
        if (store::Status s = change(); !s.ok())
            return s;
        store::AuditLog audit(db);
        if (auto event = audit.append(AdminActor, action, subject, details, context.now()); !event.ok())
            return event.error();
        return {};
    });
}

std::optional<QDate> parseDay(const QString &text, const QString &argument, QString *error)
{
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!shape.match(text).hasMatch() || !day.isValid()) {
        *error = u"%1: \"%2\" is not a date like 2026-04-01"_s.arg(argument, text);
        return std::nullopt;
    }
    return day;
}

bool isValidUsername(const QString &username)
{
    return domain::AccountRules::isValidUsername(username);
}

bool isValidIdentifier(const QString &id)
{
    static const QRegularExpression shape(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"_s);
    return shape.match(id).hasMatch();
}

QString slugOf(const QString &name)
{
    QString slug;
    bool dash = false;
    for (const QChar c : name.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (dash && !slug.isEmpty())
                slug += u'-';
            slug += c;
            dash = false;
        } else {
            dash = true;
        }
    }
    return slug.left(48);
}

store::Status storeAccount(ServerContext &context, const store::UserRecord &record)
{
    return server::storeAccount(context, record, AdminActor);
}

void printLine(const QString &text)
{
    std::fprintf(stdout, "%s\n", qUtf8Printable(text));
}

void printTable(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths(header.size(), 0);
    auto measure = [&widths](const QStringList &row) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    };
    measure(header);
    for (const QStringList &row : rows)
        measure(row);
    auto print = [&widths](const QStringList &row) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            const bool last = i + 1 == row.size();
            line += last ? row.at(i) : row.at(i).leftJustified(widths.value(i) + 2);
        }
        printLine(line);
    };
    print(header);
    for (const QStringList &row : rows)
        print(row);
}

int writeOut(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty()) {
        std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
        return ExitOk;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return fail(u"cannot write %1: %2"_s.arg(path, f.errorString()));
    return ExitOk;
}

int runExport(const QStringList &arguments, const ExportCommand &command)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command.description);
    addStorageOptions(parser);
    parser.addOption({u"format"_s, u"csv (%1) or json."_s.arg(command.csvHelp), u"FORMAT"_s});
    parser.addOption({u"output"_s, u"Write to FILE instead of standard output."_s, u"FILE"_s});
    QStringList positional;
    if (auto stop = parseCommandLine(parser, arguments, command.words, {}, &positional))
        return *stop;
    const QString format = parser.value(u"format"_s);
    if (format != u"csv"_s && format != u"json"_s)
        return usageError(u"--format must be csv or json"_s, command.words.join(u' '));
    auto context = openContext(parser);
    if (!context)
        return ExitFailure;
    auto bytes = command.make(*context, format == u"csv"_s);
    if (!bytes)
        return fail(u"cannot read %1: %2"_s.arg(command.whatCannotRead, bytes.error().message));
    return writeOut(parser.value(u"output"_s), bytes.value());
}

} // namespace srs::server::admin
