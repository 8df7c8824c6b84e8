#pragma once

#include "VirtualClient.h"

namespace srs::bench::day {

// The administrator at the service desk (from the laptop): the projects and their extension
// requests, the people (and one person's detail), the safe room's day, the data-access register
// and notifications. Before the day, the same person adds the load-test accounts (addAccounts).
class Administrator : public VirtualClient
{
public:
    using VirtualClient::VirtualClient;

protected:
    Task<> act() override;
    double breakChance() const override { return 0; } // signed in all day
};

} // namespace srs::bench::day
