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
    std::fprintf(out, "usage: srs-clearance-server audit verify [--config FILE] [--data-dir DIR]\n"
                      "       srs-clearance-server audit list [--after SEQ] [--limit N] [--config FILE] "
                      "[--data-dir DIR]\n"
                      "verify exits 0 when the chain is intact and 3 when an event was altered, removed or\n"
                      "reordered (it names the first bad event); list prints events as JSON lines.\n");
}

int verifyChain(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Walk the hash-chained audit log and prove it intact. Exit 0: intact; 3: an event was "
        "altered, removed or reordered (the first bad one is named); 1: the log could not be read."_s);
    addStorageOptions(parser);
    QStringList positional;
    if (auto stop = parseCommandLine(parser, arguments, {u"audit"_s, u"verify"_s}, {}, &positional))
        return *stop;
    auto context = openContext(parser);
    if (!context)
        return ExitFailure;
    auto report = store::AuditLog(context->database()).verify();
    if (!report.ok())
        return fail(u"cannot read the audit log: "_s + report.errorString());
    if (report->intact) {
        printLine(u"audit chain intact: %1 events"_s.arg(report->eventsChecked));
        return ExitOk;
    }
    std::fprintf(stderr, "audit chain BROKEN at event %lld: %s\n",
                 static_cast<long long>(report->firstBadSeq.value_or(0)), qUtf8Printable(report->reason));
    return ExitAuditBroken;
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
    const QString sub = arguments.value(2);
    if (sub.isEmpty()) {
        auditUsage(stderr);
        return ExitUsage;
    }
    if (sub == u"--help"_s || sub == u"-h"_s || sub == u"help"_s) {
        auditUsage(stdout);
        return ExitOk;
    }
    if (sub == u"verify"_s)
        return verifyChain(arguments);
    if (sub == u"list"_s)
        return listEvents(arguments);
    return usageError(u"unknown audit command \"%1\""_s.arg(sub), u"audit"_s);
}

} // namespace srs::server
