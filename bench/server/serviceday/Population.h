#pragma once

// Who works on the service day: the people, adding the load-test accounts, and each person's
// virtual client.

#include "VirtualClient.h"

#include <memory>
#include <vector>

namespace srs::bench::day {

// Everyone the day starts with, in order: the administrator, the data owner, the output checkers
// and the researchers, the demo world's personas first (from `personas`, the seeding's output),
// then load-test accounts (day-c001..., day-r001...) for the administrator to add.
[[nodiscard]] std::vector<Account> planPopulation(const Options &options, const QString &personasText,
                                                  QString *error);

// The administrator adds the planned load-test accounts through the API (several at a time):
// each person, a researcher's accreditation and project membership. False on any failure.
[[nodiscard]] Task<bool> addAccounts(World &world, VirtualClient &administrator,
                                     std::vector<Account> &people);

// The n-th person's virtual client, of their kind, at the n-th client address.
[[nodiscard]] std::unique_ptr<VirtualClient> makeClient(World &world, Account &account, int index);

} // namespace srs::bench::day
