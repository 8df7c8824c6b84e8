#include "Researcher.h"

#include <QCryptographicHash>
#include <QUrl>

namespace srs::bench::day {

using namespace Qt::Literals::StringLiterals;
namespace route = protocol::route;

namespace {

bool isTable(const QString &path)
{
    return path.startsWith(u"outputs/tables/"_s) && path.endsWith(u".csv"_s);
}

bool isCode(const QString &path)
{
    return path.startsWith(u"code/"_s) && (path.endsWith(u".R"_s) || path.endsWith(u".do"_s) ||
                                           path.endsWith(u".py"_s) || path.endsWith(u".sql"_s));
}

bool isFigure(const QString &path)
{
    return path.startsWith(u"outputs/figures/"_s) && path.endsWith(u".png"_s);
}

// The demo workspaces' tables: a label column, then n (the unweighted count of the row), the
// outcome's count and its percentage; the counts are the table's own column n.
QJsonObject tableSpec(const QString &path)
{
    return {{u"file"_s, path},
            {u"statistic"_s, u"frequency"_s},
            {u"counts"_s, QJsonObject{{u"column"_s, u"n"_s}}}};
}

} // namespace

Researcher::Researcher(World &world, Account &account, std::string sourceAddress, std::uint64_t seed)
    : VirtualClient(world, account, std::move(sourceAddress), seed)
{
    for (const QString &project : account.projects)
        m_workspaces.push_back(Workspace{project, 0, false, {}, {}, {}, std::nullopt});
}

Task<> Researcher::act()
{
    Workspace &w = pick(m_workspaces);
    if (!w.listed) { // the first thing the client does with a project: its whole listing
        co_await poll(w);
        co_return;
    }
    const int roll = uniform(0, 999);
    if (roll < 690)
        co_await poll(w);
    else if (roll < 870)
        co_await browse(w);
    else if (roll < 950)
        co_await check(w);
    else if (roll < 970)
        co_await submit(w);
    else
        co_await download(w);
}

Task<> Researcher::poll(Workspace &w)
{
    QString cursor;
    long long revision = w.revision;
    do {
        QString path = pathOf(route::Workspace, w.projectId) + u"?since=%1"_s.arg(w.revision);
        if (!cursor.isEmpty())
            path += u"&cursor="_s + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
        const Answer a = co_await call(route::Workspace.spec, path);
        if (!a.ok)
            co_return;
        apply(w, a.json);
        cursor = a.json[u"next_cursor"_s].toString();
        revision = a.json[u"revision"_s].toInteger();
    } while (!cursor.isEmpty());
    w.revision = revision;
    w.listed = true;
}

void Researcher::apply(Workspace &w, const QJsonObject &changes)
{
    for (const QString &kind : {u"added"_s, u"changed"_s}) {
        for (const QJsonValue &entry : changes[kind].toArray()) {
            if (entry[u"type"_s].toString() != u"file"_s)
                continue;
            const QString path = entry[u"path"_s].toString();
            QStringList *list = isTable(path)    ? &w.tables
                                : isCode(path)   ? &w.code
                                : isFigure(path) ? &w.figures
                                                 : nullptr;
            if (list && !list->contains(path))
                list->append(path);
        }
    }
    for (const QJsonValue &entry : changes[u"removed"_s].toArray()) {
        const QString path = entry[u"path"_s].toString();
        w.tables.removeAll(path);
        w.code.removeAll(path);
        w.figures.removeAll(path);
    }
}

Task<> Researcher::browse(Workspace &w)
{
    const int roll = uniform(0, 99);
    if (roll < 18) {
        co_await call(route::Projects.spec, route::Projects.path());
    } else if (roll < 32) {
        co_await call(route::Project.spec, pathOf(route::Project, w.projectId));
    } else if (roll < 42) {
        co_await call(route::Datasets.spec, route::Datasets.path());
    } else if (roll < 62) {
        const Answer list = co_await call(route::Submissions.spec, pathOf(route::Submissions, w.projectId));
        const QJsonArray items = list.json[u"submissions"_s].toArray();
        for (const QJsonValue &item : items) {
            auto mine = m_mine.find(item[u"id"_s].toString());
            if (mine != m_mine.end())
                mine->second.state = item[u"state"_s].toString();
        }
        if (!items.isEmpty() && chance(0.5)) {
            co_await pause(1'000, 4'000);
            const QString id = items.at(uniform(0, static_cast<int>(items.size()) - 1))[u"id"_s].toString();
            co_await call(route::Submission.spec, pathOf(route::Submission, w.projectId, id));
        }
    } else if (roll < 82) {
        const Answer list = co_await call(route::Notifications.spec, route::Notifications.path());
        QJsonArray unread;
        for (const QJsonValue &item : list.json[u"items"_s].toArray())
            if (!item[u"read"_s].toBool())
                unread.append(item[u"id"_s]);
        if (!unread.isEmpty() && chance(0.6)) {
            co_await pause(1'000, 3'000);
            const QJsonObject read{{u"ids"_s, unread}};
            co_await call(route::MarkNotificationsRead.spec, route::MarkNotificationsRead.path(), read);
        }
    } else if (roll < 90 || m_account.device != "safe-room") {
        co_await call(route::Me.spec, route::Me.path());
    } else if (roll < 95) {
        co_await call(route::MyBookings.spec, route::MyBookings.path());
    } else {
        co_await call(route::SafeRooms.spec, route::SafeRooms.path());
    }
}

Task<> Researcher::check(Workspace &w)
{
    if (w.tables.isEmpty())
        co_return;
    Draft draft;
    const int tables = uniform(1, 3);
    for (int i = 0; i < tables; ++i) {
        const QString path = pick(w.tables);
        if (!draft.tables.contains(path))
            draft.tables.append(path);
    }
    if (!w.code.isEmpty() && chance(0.3))
        draft.code.append(pick(w.code));
    if (!w.figures.isEmpty() && chance(0.2))
        draft.figure = pick(w.figures);
    QJsonArray specs, files;
    for (const QString &path : draft.tables)
        specs.append(tableSpec(path));
    for (const QString &path : draft.code)
        files.append(QJsonObject{{u"path"_s, path}, {u"role"_s, u"code"_s}});
    QJsonObject body{{u"tables"_s, specs}};
    if (!files.isEmpty())
        body.insert(u"files"_s, files);
    const Answer a = co_await call(route::Check.spec, pathOf(route::Check, w.projectId), body);
    if (!a.ok)
        co_return;
    ++m_world.tally.checks;
    // Every failing cell gets an exception with its reason, as a researcher asks for one
    // (docs/submissions.md); findings that only ask for review need none.
    for (const QJsonValue &item : a.json[u"items"_s].toArray()) {
        if (item[u"status"_s].toString() == u"error"_s) {
            m_world.figures->problem(route::Check.spec.name, "200 item-error");
            co_return;
        }
        for (const QJsonValue &finding : item[u"findings"_s].toArray()) {
            if (finding[u"outcome"_s].toString() != u"fail"_s)
                continue;
            QJsonObject exception{{u"path"_s, finding[u"path"_s]},
                                  {u"rule"_s, finding[u"rule"_s]},
                                  {u"justification"_s, u"The published national figures already show this "
                                                       u"cell; it adds nothing about any person."_s}};
            if (const QString cell = finding[u"cell"_s].toString(); !cell.isEmpty())
                exception.insert(u"cell"_s, cell);
            if (const int line = finding[u"line"_s].toInt(); line > 0)
                exception.insert(u"line"_s, line);
            draft.exceptions.append(exception);
        }
    }
    w.draft = std::move(draft);
}

QJsonObject Researcher::contentOf(const Draft &draft)
{
    QJsonArray files, specs;
    for (const QString &path : draft.tables) {
        files.append(QJsonObject{{u"path"_s, path},
                                 {u"role"_s, u"output"_s},
                                 {u"description"_s, u"A frequency table of the analysis sample"_s},
                                 {u"destination"_s, u"A journal article and its supplement"_s}});
        specs.append(tableSpec(path));
    }
    if (!draft.figure.isEmpty())
        files.append(QJsonObject{{u"path"_s, draft.figure},
                                 {u"role"_s, u"output"_s},
                                 {u"description"_s, u"A bar chart of the same tables"_s},
                                 {u"destination"_s, u"A journal article"_s}});
    for (const QString &path : draft.code)
        files.append(QJsonObject{{u"path"_s, path},
                                 {u"role"_s, u"code"_s},
                                 {u"description"_s, u"The code that made the tables"_s}});
    ++m_requests;
    return {{u"title"_s, u"Outputs of %1, request %2"_s.arg(m_account.username).arg(m_requests)},
            {u"clearance_type"_s, u"publication"_s},
            {u"files"_s, files},
            {u"tables"_s, specs},
            {u"controls"_s, u"Counts below 10 are shown only where an exception is asked for; "
                            u"percentages come from the same counts."_s},
            {u"exceptions"_s, draft.exceptions}};
}

Task<> Researcher::submit(Workspace &w)
{
    // The client lists the project's requests first (the "My submissions" tab).
    const Answer list = co_await call(route::Submissions.spec, pathOf(route::Submissions, w.projectId));
    if (!list.ok)
        co_return;
    QString returned, waiting;
    for (const QJsonValue &item : list.json[u"submissions"_s].toArray()) {
        auto mine = m_mine.find(item[u"id"_s].toString());
        if (mine == m_mine.end())
            continue;
        mine->second.state = item[u"state"_s].toString();
        if (mine->second.state == u"returned"_s)
            returned = mine->first;
        else if (mine->second.state == u"submitted"_s)
            waiting = mine->first;
    }
    co_await pause(1'000, 3'000);
    if (!returned.isEmpty()) {
        QJsonObject body = m_mine[returned].content;
        body.insert(u"note"_s, u"The small cells are explained in the exceptions; nothing else changed."_s);
        const Answer a =
            co_await call(route::Resubmit.spec, pathOf(route::Resubmit, w.projectId, returned), body);
        if (a.ok) {
            m_mine[returned].state = a.json[u"state"_s].toString();
            ++m_world.tally.resubmissions;
        }
        co_return;
    }
    if (!waiting.isEmpty() && chance(0.04)) {
        // Withdrawn before anyone answers it; a checker may have claimed it since the listing.
        const QJsonObject note{{u"note"_s, u"Submitted too early; a new request follows."_s}};
        const std::vector<Refusal> claimedMeanwhile = {{409, "submission-wrong-state"}};
        const Answer a = co_await call(route::Withdraw.spec, pathOf(route::Withdraw, w.projectId, waiting),
                                       note, claimedMeanwhile);
        if (a.ok) {
            m_mine[waiting].state = a.json[u"state"_s].toString();
            ++m_world.tally.withdrawals;
        }
        co_return;
    }
    if (!w.draft) {
        co_await check(w);
        if (!w.draft)
            co_return;
        co_await pause(2'000, 8'000); // describing the outputs and making the declaration
    }
    const QJsonObject content = contentOf(*w.draft);
    const Answer a = co_await call(route::Submit.spec, pathOf(route::Submit, w.projectId), content);
    if (!a.ok)
        co_return;
    m_mine[a.json[u"id"_s].toString()] = Mine{w.projectId, content, a.json[u"state"_s].toString()};
    w.draft.reset();
    ++m_world.tally.submissions;
}

Task<> Researcher::download(Workspace &w)
{
    const Answer list =
        co_await call(route::ProjectReleases.spec, pathOf(route::ProjectReleases, w.projectId));
    const QJsonArray releases = list.json[u"releases"_s].toArray();
    if (releases.isEmpty() || chance(0.4)) // often only a look at what has been released
        co_return;
    QString id;
    for (qsizetype i = releases.size() - 1; i >= 0 && id.isEmpty(); --i) {
        const QString candidate = releases.at(i)[u"id"_s].toString();
        if (!m_downloaded.contains(candidate))
            id = candidate;
    }
    if (id.isEmpty())
        id = releases.at(uniform(0, static_cast<int>(releases.size()) - 1))[u"id"_s].toString();
    co_await pause(1'000, 4'000);
    const Answer release = co_await call(route::ReleaseDetail.spec, pathOf(route::ReleaseDetail, id));
    if (!release.ok)
        co_return;
    const int wanted = uniform(1, 2);
    int fetched = 0;
    for (const QJsonValue &file : release.json[u"files"_s].toArray()) {
        if (fetched++ == wanted)
            break;
        const QString index = QString::number(file[u"index"_s].toInt());
        const Answer bytes = co_await call(route::ReleaseFile.spec, pathOf(route::ReleaseFile, id, index));
        if (!bytes.ok)
            continue;
        // Checked against the release's manifest, as the client does before saving the file.
        const std::string expected = file[u"sha256"_s].toString().toStdString();
        const std::string actual =
            QCryptographicHash::hash(bytes.body, QCryptographicHash::Sha256).toHex().toStdString();
        if (actual != expected || bytes.contentSha256 != expected)
            m_world.figures->problem(route::ReleaseFile.spec.name, "200 sha256-mismatch");
        else
            ++m_world.tally.downloads;
    }
    m_downloaded.insert(id);
}

} // namespace srs::bench::day
