#pragma once

#include "VirtualClient.h"

namespace srs::bench::day {

// A data owner's approver (from the laptop): their owner's requests to use its data, the
// projects using it, the public register of projects, notifications.
class DataOwner : public VirtualClient
{
public:
    using VirtualClient::VirtualClient;

protected:
    Task<> act() override;
};

} // namespace srs::bench::day
