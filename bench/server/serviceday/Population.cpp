#include "Population.h"

#include "Administrator.h"
#include "Checker.h"
#include "DataOwner.h"
#include "Researcher.h"

#include <QDate>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>
#include <cstdio>

namespace srs::bench::day {

using namespace Qt::Literals::StringLiterals;
namespace route = protocol::route;

namespace {

const QString HomeProject = u"P-2026-001"_s;     // home working approved
const QString SafeRoomProject = u"P-2026-002"_s; // no home working; safe-room-only data
const QString RoomOnlyProject = u"P-2025-031"_s; // no home working
constexpr int AddingAtOnce = 3;                  // the administrator's requests in flight while adding

struct Persona
{
    const char16_t *username;
    Kind kind;
    const char *device;
    QStringList projects;
};

// The demo world's people as they work on the day (james.okafor's accreditation has expired, so he
// does not). Researchers sit where their projects allow: asha.patel at home on P-2026-001, the
// others at the safe room, where P-2026-002 and P-2025-031 are open.
QList<Persona> demoPersonas()
{
    return {
        {u"priya.shah", Kind::Administrator, "laptop", {}},
        {u"grace.morgan", Kind::DataOwner, "laptop", {}},
        {u"fiona.campbell", Kind::Checker, "safe-room", {}},
        {u"daniel.reid", Kind::Checker, "safe-room", {}},
        {u"asha.patel", Kind::Researcher, "laptop", {HomeProject}},
        {u"tom.hughes", Kind::Researcher, "safe-room", {HomeProject}},
        {u"eleanor.wright", Kind::Researcher, "safe-room", {HomeProject, RoomOnlyProject}},
        {u"megan.davies", Kind::Researcher, "safe-room", {SafeRoomProject, RoomOnlyProject}},
    };
}

// Username -> (password, TOTP secret) from the table `admin --seed-demo` prints.
QHash<QString, std::pair<QString, QString>> parsePersonas(const QString &text)
{
    QHash<QString, std::pair<QString, QString>> found;
    static const QRegularExpression spaces(u"\\s+"_s);
    for (const QString &line : text.split(u'\n')) {
        const QStringList fields = line.trimmed().split(spaces, Qt::SkipEmptyParts);
        if (fields.size() >= 3 && fields.at(1) == u"demo-"_s + fields.at(0))
            found.insert(fields.at(0), {fields.at(1), fields.at(2)});
    }
    return found;
}

// Where the n-th added researcher works: of every 20, 12 at home on P-2026-001, 3 at the safe
// room on it, 3 on P-2026-002 and 2 on P-2025-031 (both at the safe room).
std::pair<std::string, QString> placeOf(int n)
{
    const int slot = n % 20;
    if (slot < 12)
        return {"laptop", HomeProject};
    if (slot < 15)
        return {"safe-room", HomeProject};
    if (slot < 18)
        return {"safe-room", SafeRoomProject};
    return {"safe-room", RoomOnlyProject};
}

} // namespace

std::vector<Account> planPopulation(const Options &options, const QString &personasText, QString *error)
{
    const auto secrets = parsePersonas(personasText);
    const QList<Persona> demo = demoPersonas();
    const int checkers =
        std::max(2, static_cast<int>(std::lround(options.clients * options.checkerPercent / 100.0)));
    if (options.clients < checkers + 6) {
        *error =
            u"at least %1 clients are needed (an administrator, a data owner, %2 checkers, 4 researchers)"_s
                .arg(checkers + 6)
                .arg(checkers);
        return {};
    }
    std::vector<Account> people;
    for (const Persona &p : demo) {
        const QString username = QString::fromUtf16(p.username);
        if (!secrets.contains(username)) {
            *error = u"%1 is not in the personas file (the output of admin --seed-demo)"_s.arg(username);
            return {};
        }
        Account a;
        a.username = username;
        a.password = secrets.value(username).first;
        a.totpSecret = secrets.value(username).second;
        a.kind = p.kind;
        a.device = p.device;
        a.projects = p.projects;
        people.push_back(a);
    }
    for (int n = 2; n < checkers; ++n) { // fiona.campbell and daniel.reid are the first two
        Account a;
        a.username = u"day-c%1"_s.arg(n - 1, 3, 10, QChar(u'0'));
        a.kind = Kind::Checker;
        a.device = "safe-room";
        people.push_back(a);
    }
    for (int n = 0; people.size() < static_cast<size_t>(options.clients); ++n) {
        Account a;
        a.username = u"day-r%1"_s.arg(n + 1, 3, 10, QChar(u'0'));
        a.kind = Kind::Researcher;
        const auto [device, project] = placeOf(n);
        a.device = device;
        a.projects = {project};
        people.push_back(a);
    }
    return people;
}

namespace {

// Adds `people[first]`, `people[first + step]`, ... on a connection of its own.
Task<> adding(World &world, VirtualClient &administrator, std::vector<Account> &people, size_t first,
              size_t step, bool *failed)
{
    HttpChannel channel(world.loop, world.options.url, world.devices.at(administrator.account().device),
                        administrator.sourceAddress());
    const QString who = administrator.account().username;
    const QString token = administrator.token();
    const QString validFrom = QDate::currentDate().addYears(-1).toString(Qt::ISODate);
    for (size_t i = first; i < people.size() && !*failed; i += step) {
        Account &a = people[i];
        if (!a.password.isEmpty())
            continue; // a persona of the demo world
        const bool researcher = a.kind == Kind::Researcher;
        const QJsonObject person{
            {u"username"_s, a.username},
            {u"display_name"_s,
             (researcher ? u"Load-test researcher %1"_s : u"Load-test checker %1"_s).arg(a.username.mid(5))},
            {u"email"_s, QString(a.username + u"@example.ac.uk"_s)},
            {u"roles"_s, QJsonArray{researcher ? u"researcher"_s : u"output-checker"_s}}};
        const Answer created = co_await request(
            world, channel, who, token, route::AdminCreateUser.spec, route::AdminCreateUser.path(),
            QJsonDocument(person).toJson(QJsonDocument::Compact), std::vector<Refusal>());
        if (!created.ok) {
            *failed = true;
            if (created.status == 409)
                std::fprintf(stderr,
                             "bench_service_day: %s exists already: run the day against a freshly "
                             "seeded service\n",
                             a.username.toUtf8().constData());
            co_return;
        }
        a.userId = created.json[u"account"_s][u"id"_s].toString();
        a.password = created.json[u"initial_password"_s].toString();
        a.totpSecret = created.json[u"totp_secret"_s].toString();
        if (!researcher)
            continue;
        const QJsonObject accreditation{{u"kind"_s, u"full"_s}, {u"valid_from"_s, validFrom}};
        const Answer accredited = co_await request(
            world, channel, who, token, route::AdminSetAccreditation.spec,
            pathOf(route::AdminSetAccreditation, a.userId),
            QJsonDocument(accreditation).toJson(QJsonDocument::Compact), std::vector<Refusal>());
        for (const QString &project : a.projects) {
            const Answer member =
                co_await request(world, channel, who, token, route::AdminSetMember.spec,
                                 pathOf(route::AdminSetMember, project, a.userId),
                                 QByteArrayLiteral("{\"role\":\"member\"}"), std::vector<Refusal>());
            if (!member.ok)
                *failed = true;
        }
        if (!accredited.ok)
            *failed = true;
    }
}

// adding(), then counts itself out of `running`.
Task<> addEvery(World &world, VirtualClient &administrator, std::vector<Account> &people, size_t first,
                size_t step, bool *failed, int *running)
{
    co_await adding(world, administrator, people, first, step, failed);
    --*running;
}

} // namespace

Task<bool> addAccounts(World &world, VirtualClient &administrator, std::vector<Account> &people)
{
    bool failed = false;
    int running = AddingAtOnce;
    for (size_t k = 0; k < AddingAtOnce; ++k)
        world.loop.spawn(addEvery(world, administrator, people, k, AddingAtOnce, &failed, &running));
    while (running > 0)
        co_await world.loop.sleepFor(std::chrono::milliseconds(50));
    co_return !failed;
}

std::unique_ptr<VirtualClient> makeClient(World &world, Account &account, int index)
{
    const std::string address = clientAddress(index);
    const std::uint64_t seed = world.options.seed * 1'000'003 + static_cast<std::uint64_t>(index);
    switch (account.kind) {
    case Kind::Researcher:
        return std::make_unique<Researcher>(world, account, address, seed);
    case Kind::Checker:
        return std::make_unique<Checker>(world, account, address, seed);
    case Kind::Administrator:
        return std::make_unique<Administrator>(world, account, address, seed);
    case Kind::DataOwner:
        return std::make_unique<DataOwner>(world, account, address, seed);
    }
    return nullptr;
}

} // namespace srs::bench::day
