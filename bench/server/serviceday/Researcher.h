#pragma once

#include "VirtualClient.h"

#include <QSet>

#include <map>
#include <optional>
#include <vector>

namespace srs::bench::day {

// A researcher at home (the laptop) or at the safe room, on their projects' workspaces: keeps each
// workspace's listing up to date as the client does (GET .../workspace?since=REV), browses, checks
// tables and code from the listing, submits what was checked (with an exception for each failing
// cell), resubmits what the checkers return, and downloads what has been released.
//
// A researcher's actions, in proportion: workspace polls 69 %, browsing (projects, datasets,
// submissions, notifications, bookings) 18 %, checks 8 %, submissions 2 % (a new request, or a
// returned one resubmitted; now and then one withdrawn), releases 3 % (the list; six times in ten
// a release's manifest and one or two of its files too). By request, with the checkers, the
// administrator and the data owner, 200 people for ten minutes came to 52 % polls, 17 %
// browsing, 13 % checkers' queue, reviews and votes, 6 % checks, 6 % releases and downloads, 4 %
// signing in and out and 2 % submissions (docs/architecture.md, "A day of the service").
class Researcher : public VirtualClient
{
public:
    Researcher(World &world, Account &account, std::string sourceAddress, std::uint64_t seed);

protected:
    Task<> act() override;

private:
    // What was checked and not yet submitted: a submission's content once the failing cells have
    // their exceptions.
    struct Draft
    {
        QStringList tables;
        QStringList code;
        QString figure;
        QJsonArray exceptions;
    };
    struct Workspace
    {
        QString projectId;
        long long revision = 0;
        bool listed = false;
        QStringList tables;
        QStringList code;
        QStringList figures;
        std::optional<Draft> draft;
    };
    struct Mine
    {
        QString projectId;
        QJsonObject content;
        QString state;
    };

    Task<> poll(Workspace &w);
    Task<> browse(Workspace &w);
    Task<> check(Workspace &w);
    Task<> submit(Workspace &w);
    Task<> download(Workspace &w);

    void apply(Workspace &w, const QJsonObject &changes);
    QJsonObject contentOf(const Draft &draft);

    std::vector<Workspace> m_workspaces;
    std::map<QString, Mine> m_mine; // by submission id
    QSet<QString> m_downloaded;     // release ids
    int m_requests = 0;
};

} // namespace srs::bench::day
