#include "Checker.h"

#include <QCryptographicHash>

namespace srs::bench::day {

using namespace Qt::Literals::StringLiterals;
namespace route = protocol::route;

namespace {

// What a claim may meet when another checker (or the author) was quicker since the queue was read.
const std::vector<Refusal> ClaimRaces = {
    {409, "review-third"}, {409, "review-already-claimed"}, {409, "submission-wrong-state"}};
// The author withdrew the request meanwhile.
const std::vector<Refusal> Withdrawn = {{409, "submission-wrong-state"}};

bool isOpen(const QString &state)
{
    return state == u"submitted"_s || state == u"resubmitted"_s || state == u"in-review"_s;
}

} // namespace

Task<> Checker::act()
{
    const int roll = uniform(0, 99);
    if (roll < 70)
        co_await review();
    else if (roll < 80)
        co_await call(route::ReviewQueueRoute.spec, route::ReviewQueueRoute.path());
    else if (roll < 87)
        co_await call(route::ReviewStatisticsRoute.spec,
                      route::ReviewStatisticsRoute.path() + u"?weeks=12"_s);
    else if (roll < 93)
        co_await call(route::Notifications.spec, route::Notifications.path());
    else
        co_await browseRegister();
}

Task<> Checker::review()
{
    const Answer queue = co_await call(route::ReviewQueueRoute.spec, route::ReviewQueueRoute.path());
    if (!queue.ok)
        co_return;
    if (queue.json.contains(u"checking_refused"_s)) {
        m_world.figures->problem(route::ReviewQueueRoute.spec.name,
                                 "200 " +
                                     queue.json[u"checking_refused"_s][u"code"_s].toString().toStdString());
        co_return;
    }
    QJsonObject chosen;
    QList<QJsonObject> open;
    for (const QJsonValue &value : queue.json[u"items"_s].toArray()) {
        const QJsonObject item = value.toObject();
        if (!item[u"not_for_me"_s].toString().isEmpty() || item[u"voted_by_me"_s].toBool() ||
            !isOpen(item[u"state"_s].toString()))
            continue;
        if (item[u"claimed_by_me"_s].toBool()) { // one of mine left half-done: finish it first
            chosen = item;
            break;
        }
        if (item[u"reviewers"_s].toInt() < 2 && open.size() < 4) // oldest first; one of the first few
            open.append(item);
    }
    if (chosen.isEmpty() && !open.isEmpty())
        chosen = pick(open);
    if (chosen.isEmpty())
        co_return;
    const QString id = chosen[u"id"_s].toString();
    co_await pause(1'000, 3'000);
    if (!chosen[u"claimed_by_me"_s].toBool()) {
        const Answer claim =
            co_await call(route::Claim.spec, pathOf(route::Claim, id), QByteArray(), ClaimRaces);
        if (!claim.ok)
            co_return;
        ++m_world.tally.claims;
    }
    const Answer context = co_await call(route::Review.spec, pathOf(route::Review, id));
    if (!context.ok)
        co_return;
    const QJsonObject submission = context.json[u"submission"_s].toObject();
    const int round = submission[u"round"_s].toInt();
    QJsonArray files;
    for (const QJsonValue &r : submission[u"rounds"_s].toArray())
        if (r[u"round"_s].toInt() == round)
            files = r[u"files"_s].toArray();
    for (qsizetype i = 0; i < files.size() && i < 4; ++i) {
        const Answer file = co_await call(
            route::RoundFile.spec, pathOf(route::RoundFile, id, QString::number(round), QString::number(i)));
        if (!file.ok)
            continue;
        const std::string actual =
            QCryptographicHash::hash(file.body, QCryptographicHash::Sha256).toHex().toStdString();
        if (actual != file.contentSha256)
            m_world.figures->problem(route::RoundFile.spec.name, "200 sha256-mismatch");
        else
            ++m_world.tally.roundFiles;
    }
    if (chance(0.3))
        co_await call(route::ReleaseDifferences.spec, pathOf(route::ReleaseDifferences, id));
    co_await pause(3'000, 10'000); // reading the tables, the findings and the exceptions

    // Now and then an output goes back for changes (not forever: from the third round on, all pass).
    const bool askChanges = round < 3 && chance(0.08);
    QJsonArray decisions;
    bool asked = false;
    for (const QJsonValue &file : files) {
        QJsonObject decision{{u"path"_s, file[u"path"_s]}};
        if (askChanges && !asked && file[u"role"_s].toString() == u"output"_s) {
            decision.insert(u"decision"_s, u"request-changes"_s);
            decision.insert(u"shared_comment"_s,
                            u"Please round the counts to the nearest 5 before release."_s);
            asked = true;
        } else {
            decision.insert(u"decision"_s, u"approve"_s);
            decision.insert(u"internal_comment"_s,
                            u"Checked the cells and the exceptions: safe to release."_s);
        }
        decisions.append(decision);
    }
    const QJsonObject vote{{u"files"_s, decisions},
                           {u"summary"_s, asked ? u"One table needs rounding."_s : u"Safe to release."_s}};
    const Answer voted = co_await call(route::Vote.spec, pathOf(route::Vote, id), vote, Withdrawn);
    if (!voted.ok)
        co_return;
    ++m_world.tally.votes;
    const QString state = voted.json[u"submission"_s][u"state"_s].toString();
    if (state == u"returned"_s)
        ++m_world.tally.returned;
    if (state != u"approved"_s && state != u"partly-approved"_s)
        co_return;
    // This vote decided it: this checker releases it.
    co_await pause(1'000, 3'000);
    const Answer released =
        co_await call(route::Release.spec, pathOf(route::Release, id), QByteArray(), Withdrawn);
    if (released.ok)
        ++m_world.tally.releases;
}

Task<> Checker::browseRegister()
{
    const Answer list = co_await call(route::Register.spec, route::Register.path());
    const QJsonArray releases = list.json[u"releases"_s].toArray();
    if (releases.isEmpty() || !chance(0.5))
        co_return;
    co_await pause(1'000, 3'000);
    const QString id =
        releases.at(uniform(0, static_cast<int>(releases.size()) - 1))[u"release_id"_s].toString();
    co_await call(route::RoCrate.spec, pathOf(route::RoCrate, id));
}

} // namespace srs::bench::day
