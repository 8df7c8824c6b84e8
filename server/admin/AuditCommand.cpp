// `srs-clearance-server audit verify|list`: prove the audit chain, or print it.

#include "AdminCommands.h"
#include "AdminSupport.h"

#include "store/AuditLog.h"

#include <QJsonDocument>

#include <cstdio>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;
using namespace srs::server::admin;

namespace {

void auditUsage(FILE *out)
{
    std::fprintf(out, "usage: srs-clearance-server audit verify [--expect-head SEQ:HASH] [--config FILE] "
                      "[--data-dir DIR]\n"
                      "       srs-clearance-server audit head [--config FILE] [--data-dir DIR]\n"
                      "       srs-clearance-server audit list [--after SEQ] [--limit N] [--config FILE] "
                      "[--data-dir DIR]\n"
                      "verify exits 0 when the chain is intact and 3 when events were altered, removed or\n"
                      "reordered (it names every bad event); head prints SEQ:HASH, the end of the chain to\n"
                      "publish and later give to verify --expect-head; list prints events as JSON lines.\n");
}

int verifyChain(const QStringList &arguments)
{
    const QString command = u"audit verify"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Walk the hash-chained audit log and prove it intact. Exit 0: intact; 3: events were "
        "altered, removed or reordered (every bad one is named, one line each); 1: the log could not "
        "be read."_s);
    addStorageOptions(parser);
    parser.addOption({u"expect-head"_s,
                      u"A head printed earlier by `audit head` (SEQ:HASH): the log must still hold that "
                      "event with that hash, or events were rewritten or removed from the end."_s,
                      u"SEQ:HASH"_s});
    QStringList positional;
    if (auto stop = parseCommandLine(parser, arguments, {u"audit"_s, u"verify"_s}, {}, &positional))
        return *stop;
    std::optional<store::AuditLog::Head> expected;
    if (parser.isSet(u"expect-head"_s)) {
        expected = store::AuditLog::Head::fromString(parser.value(u"expect-head"_s));
        if (!expected)
            return usageError(u"--expect-head \"%1\" is not SEQ:HASH (a sequence number, a colon and 64 hex "
                              "digits, as `audit head` prints)"_s.arg(parser.value(u"expect-head"_s)),
                              command);
    }
    auto context = openContext(parser);
    if (!context)
        return ExitFailure;
    auto report = store::AuditLog(context->database()).verify(expected);
    if (!report.ok())
        return fail(u"cannot read the audit log: "_s + report.errorString());
    const QString keyed =
        report->keyedFrom > 0 ? u", keyed from event %1"_s.arg(report->keyedFrom) : u", not keyed"_s;
    if (report->intact) {
        printLine(u"audit chain intact: %1 events%2"_s.arg(report->eventsChecked).arg(keyed) +
                  (expected ? u"; it holds the published head %1"_s.arg(expected->toString()) : QString()));
        return ExitOk;
    }
    for (const store::AuditLog::Break &b : std::as_const(report->breaks))
        std::fprintf(stderr, "audit chain BROKEN at event %lld: %s\n", static_cast<long long>(b.seq),
                     qUtf8Printable(b.reason));
    if (report->breakCount > report->breaks.size())
        std::fprintf(stderr, "... and %lld more bad events\n",
                     static_cast<long long>(report->breakCount - report->breaks.size()));
    std::fprintf(stderr, "audit chain BROKEN: %lld bad events of %lld checked%s\n",
                 static_cast<long long>(report->breakCount), static_cast<long long>(report->eventsChecked),
                 qUtf8Printable(keyed));
    return ExitAuditBroken;
}

int printHead(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Print the end of the audit chain as SEQ:HASH. Publish it (in a report, to another system): "
        "`audit verify --expect-head SEQ:HASH` then shows any later rewriting or truncation."_s);
    addStorageOptions(parser);
    QStringList positional;
    if (auto stop = parseCommandLine(parser, arguments, {u"audit"_s, u"head"_s}, {}, &positional))
        return *stop;
    auto context = openContext(parser);
    if (!context)
        return ExitFailure;
    auto head = store::AuditLog(context->database()).head();
    if (!head.ok())
        return fail(u"cannot read the audit log: "_s + head.errorString());
    if (head->seq == 0)
        return fail(u"the audit log is empty: there is no head to publish yet"_s);
    printLine(head->toString());
    return ExitOk;
}

QJsonObject toJson(const store::AuditEvent &e)
{
    return {{u"seq"_s, e.seq},
            {u"occurred_at"_s, e.occurredAt.toUTC().toString(Qt::ISODateWithMs)},
            {u"actor"_s, e.actor},
            {u"action"_s, e.action},
            {u"subject"_s, e.subject},
            {u"details"_s, e.details},
            {u"prev_hash"_s, e.prevHash},
            {u"hash"_s, e.hash}};
}

int listEvents(const QStringList &arguments)
{
    const QString command = u"audit list"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Print audit events, oldest first, one JSON object per line."_s);
    addStorageOptions(parser);
    parser.addOption({u"after"_s, u"Only events after this sequence number (default 0)."_s, u"SEQ"_s});
    parser.addOption({u"limit"_s, u"At most N events (default: all)."_s, u"N"_s});
    QStringList positional;
    if (auto stop = parseCommandLine(parser, arguments, {u"audit"_s, u"list"_s}, {}, &positional))
        return *stop;
    bool ok = true;
    qint64 after = 0;
    if (parser.isSet(u"after"_s)) {
        after = parser.value(u"after"_s).toLongLong(&ok);
        if (!ok || after < 0)
            return usageError(u"--after \"%1\" is not a sequence number"_s.arg(parser.value(u"after"_s)),
                              command);
    }
    qint64 limit = -1;
    if (parser.isSet(u"limit"_s)) {
        limit = parser.value(u"limit"_s).toLongLong(&ok);
        if (!ok || limit < 1)
            return usageError(u"--limit \"%1\" is not a positive number"_s.arg(parser.value(u"limit"_s)),
                              command);
    }
    auto context = openContext(parser);
    if (!context)
        return ExitFailure;
    store::AuditLog audit(context->database());
    constexpr int Page = 1000;
    qint64 printed = 0;
    while (limit < 0 || printed < limit) {
        const int want = limit < 0 ? Page : static_cast<int>(std::min<qint64>(Page, limit - printed));
        auto events = audit.list(after, want);
        if (!events.ok())
            return fail(u"cannot read the audit log: "_s + events.errorString());
        for (const store::AuditEvent &e : events.value()) {
            const QByteArray line = QJsonDocument(toJson(e)).toJson(QJsonDocument::Compact);
            std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
            std::fputc('\n', stdout);
            after = e.seq;
            ++printed;
        }
        if (events->size() < want)
            break;
    }
    return ExitOk;
}

} // namespace

int runAudit(const QStringList &arguments)
{
    static const Subcommand subcommands[] = {
        {"verify", verifyChain, nullptr},
        {"head", printHead, nullptr},
        {"list", listEvents, nullptr},
    };
    return runSubcommand(arguments, u"audit"_s, subcommands, auditUsage);
}

} // namespace srs::server
