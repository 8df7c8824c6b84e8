#include "DataOwner.h"

namespace srs::bench::day {

namespace route = protocol::route;

Task<> DataOwner::act()
{
    const int roll = uniform(0, 99);
    if (roll < 30)
        co_await call(route::OwnerRequests.spec, route::OwnerRequests.path());
    else if (roll < 55)
        co_await call(route::OwnerProjects.spec, route::OwnerProjects.path());
    else if (roll < 75)
        co_await call(route::RegisterProjects.spec, route::RegisterProjects.path());
    else if (roll < 90)
        co_await call(route::Notifications.spec, route::Notifications.path());
    else
        co_await call(route::Me.spec, route::Me.path());
}

} // namespace srs::bench::day
