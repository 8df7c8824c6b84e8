#pragma once

#include "VirtualClient.h"

namespace srs::bench::day {

// An output checker at a safe-room terminal: takes requests from the queue (one of the oldest
// few, or one claimed earlier and not yet voted on), claims it, opens the review and each file
// of the round, now and then compares it with the project's earlier releases, reads, and votes
// (approving every file, or now and then asking for changes to an output); the checker whose vote
// approves a request releases it. Between reviews: the queue, the answer-time statistics,
// notifications and the register (with a release's RO-Crate).
//
// A checker's actions, in proportion: a review 70 % (about six requests each when there is one
// to take), the queue alone 10 %, statistics 7 %, notifications 6 %, the register 7 %.
class Checker : public VirtualClient
{
public:
    using VirtualClient::VirtualClient;

protected:
    Task<> act() override;

private:
    Task<> review();
    Task<> browseRegister();
};

} // namespace srs::bench::day
