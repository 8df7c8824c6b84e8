// The admin subcommands for safe-room bookings: a room's terminals, its opening hours and its
// closures.

#include "AdminCommandList.h"
#include "AdminSupport.h"

#include "domain/SafeRoomBooking.h"
#include "store/BookingRepository.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace srs::server::admin {

using namespace Qt::Literals::StringLiterals;

namespace {

// The site named by its id or its name (case-insensitive); nothing after printing why not.
std::optional<domain::SafeRoom> findRoom(ServerContext &context, const QString &site)
{
    auto rooms = store::BookingRepository(context.database()).rooms(QDate(1, 1, 1));
    if (!rooms.ok()) {
        fail(rooms.errorString());
        return std::nullopt;
    }
    for (const domain::SafeRoom &r : rooms.value())
        if (r.siteId == site || r.name.compare(site, Qt::CaseInsensitive) == 0)
            return r;
    fail(u"no safe-room site \"%1\" (add it with admin add-site)"_s.arg(site));
    return std::nullopt;
}

// "1-5", "1,2,3,4,5", "mon-fri", "mon,wed,fri": ISO weekday numbers; empty when not readable.
QList<int> parseDays(const QString &text)
{
    static const QStringList names = {u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s};
    auto one = [&](const QString &part) -> int {
        const QString p = part.trimmed().toLower().left(3);
        bool ok = false;
        const int n = p.toInt(&ok);
        if (ok)
            return n >= 1 && n <= 7 ? n : 0;
        return int(names.indexOf(p)) + 1;
    };
    QList<int> days;
    for (const QString &piece : text.split(u',', Qt::SkipEmptyParts)) {
        const QStringList range = piece.split(u'-');
        const int from = one(range.first());
        const int to = range.size() == 2 ? one(range.last()) : from;
        if (range.size() > 2 || from == 0 || to == 0 || to < from)
            return {};
        for (int d = from; d <= to; ++d)
            if (!days.contains(d))
                days.append(d);
    }
    return days;
}

} // namespace

int addTerminal(const QStringList &arguments)
{
    const QString command = u"admin add-terminal"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Add terminals to a safe-room site, so they can be booked. SITE is the "
                                     "site's name or id; TERMINALS are what their device certificates carry "
                                     "in CN, separated by commas (sr-newport-01,sr-newport-02)."_s);
    addStorageOptions(parser);
    QStringList positional;
    if (auto stop = parseCommandLine(parser, arguments, {u"admin"_s, u"add-terminal"_s},
                                     {u"SITE"_s, u"TERMINALS"_s}, &positional))
        return *stop;
    QStringList terminals;
    for (const QString &t : positional.at(1).split(u',', Qt::SkipEmptyParts))
        terminals.append(t.trimmed());
    if (terminals.isEmpty())
        return usageError(u"TERMINALS names no terminal"_s, command);
    static const QRegularExpression allowed(u"^[A-Za-z0-9._-]{1,64}$"_s);
    for (const QString &t : terminals)
        if (!allowed.match(t).hasMatch())
            return usageError(
                u"TERMINAL \"%1\": letters, digits, '.', '_' and '-' only, at most 64 characters"_s.arg(t),
                command);
    auto context = openContext(parser);
    if (!context)
        return ExitFailure;
    const auto room = findRoom(*context, positional.at(0));
    if (!room)
        return ExitFailure;
    store::BookingRepository repo(context->database());
    const QJsonObject details{{u"terminals"_s, QJsonArray::fromStringList(terminals)}};
    if (store::Status s =
            recordChange(*context, u"site.terminals-added"_s, u"site:"_s + room->siteId, details,
                         [&]() -> store::Status {
                             for (const QString &t : terminals)
                                 if (auto added = repo.addTerminal(room->siteId, t); !added)
                                     return added;
                             return {};
                         });
        !s.ok())
        return fail(s.errorString());
    printLine(u"%1 now has the terminal(s) %2."_s.arg(room->name, terminals.join(u", "_s)));
    return ExitOk;
}

int setHours(const QStringList &arguments)
{
    const QString command = u"admin set-hours"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Set a safe room's opening hours (the default is Monday to Friday, "
                                     "09:00 to 17:00). Mornings end and afternoons start at 13:00, so a room "
                                     "must open before 13:00 and close after it."_s);
    addStorageOptions(parser);
    parser.addOption({u"days"_s, u"Opening days: mon-fri, or a list such as mon,tue,thu (default mon-fri)."_s,
                      u"DAYS"_s, u"mon-fri"_s});
    parser.addOption({u"opens"_s, u"Opening time, HH:MM (default 09:00)."_s, u"TIME"_s, u"09:00"_s});
    parser.addOption({u"closes"_s, u"Closing time, HH:MM (default 17:00)."_s, u"TIME"_s, u"17:00"_s});
    QStringList positional;
    if (auto stop =
            parseCommandLine(parser, arguments, {u"admin"_s, u"set-hours"_s}, {u"SITE"_s}, &positional))
        return *stop;
    domain::OpeningHours hours;
    hours.days = parseDays(parser.value(u"days"_s));
    if (hours.days.isEmpty())
        return usageError(u"--days \"%1\" is not a list of days like mon-fri"_s.arg(parser.value(u"days"_s)),
                          command);
    hours.opens = QTime::fromString(parser.value(u"opens"_s), u"HH:mm"_s);
    hours.closes = QTime::fromString(parser.value(u"closes"_s), u"HH:mm"_s);
    if (!hours.isValid())
        return usageError(u"--opens and --closes must be times like 09:00, opening before 13:00 and closing "
                          "after it"_s,
                          command);
    auto context = openContext(parser);
    if (!context)
        return ExitFailure;
    const auto room = findRoom(*context, positional.at(0));
    if (!room)
        return ExitFailure;
    QJsonArray days;
    for (int d : hours.days)
        days.append(d);
    const QJsonObject details{{u"days"_s, days},
                              {u"opens"_s, hours.opens.toString(u"HH:mm"_s)},
                              {u"closes"_s, hours.closes.toString(u"HH:mm"_s)}};
    store::BookingRepository repo(context->database());
    if (store::Status s = recordChange(*context, u"site.hours-set"_s, u"site:"_s + room->siteId, details,
                                       [&] { return repo.setHours(room->siteId, hours); });
        !s.ok())
        return fail(s.errorString());
    printLine(u"%1 opens %2 to %3."_s.arg(room->name, hours.opens.toString(u"HH:mm"_s),
                                          hours.closes.toString(u"HH:mm"_s)));
    return ExitOk;
}

int addClosure(const QStringList &arguments)
{
    const QString command = u"admin add-closure"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Close a safe room for a day, saying why (people see the reason). "
                                     "Bookings already made for that day stay; tell their holders."_s);
    addStorageOptions(parser);
    parser.addOption({u"reason"_s, u"Why the room is closed that day."_s, u"TEXT"_s});
    QStringList positional;
    if (auto stop = parseCommandLine(parser, arguments, {u"admin"_s, u"add-closure"_s},
                                     {u"SITE"_s, u"DATE"_s}, &positional))
        return *stop;
    QString error;
    const auto day = parseDay(positional.at(1), u"DATE"_s, &error);
    if (!day)
        return usageError(error, command);
    const QString reason = parser.value(u"reason"_s).trimmed();
    if (reason.isEmpty())
        return usageError(u"--reason is required"_s, command);
    auto context = openContext(parser);
    if (!context)
        return ExitFailure;
    const auto room = findRoom(*context, positional.at(0));
    if (!room)
        return ExitFailure;
    store::BookingRepository repo(context->database());
    const QJsonObject details{{u"date"_s, day->toString(Qt::ISODate)}, {u"reason"_s, reason}};
    if (store::Status s = recordChange(*context, u"site.closure-added"_s, u"site:"_s + room->siteId, details,
                                       [&] {
                                           return repo.addClosure(room->siteId, {*day, reason});
                                       });
        !s.ok())
        return fail(s.errorString());
    printLine(u"%1 is closed on %2: %3."_s.arg(room->name, day->toString(Qt::ISODate), reason));
    return ExitOk;
}

} // namespace srs::server::admin
