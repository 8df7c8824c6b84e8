#include "Administrator.h"

namespace srs::bench::day {

using namespace Qt::Literals::StringLiterals;
namespace route = protocol::route;

Task<> Administrator::act()
{
    const int roll = uniform(0, 99);
    if (roll < 20) {
        co_await call(route::DeskProjects.spec, route::DeskProjects.path());
    } else if (roll < 35) {
        co_await call(route::DeskExtensionRequests.spec, route::DeskExtensionRequests.path());
    } else if (roll < 55) {
        const Answer people = co_await call(route::AdminUsers.spec, route::AdminUsers.path());
        const QJsonArray list = people.json[u"people"_s].toArray();
        if (!list.isEmpty() && chance(0.5)) {
            co_await pause(1'000, 4'000);
            const QString id = list.at(uniform(0, static_cast<int>(list.size()) - 1))[u"id"_s].toString();
            co_await call(route::AdminUser.spec, pathOf(route::AdminUser, id));
        }
    } else if (roll < 70) {
        co_await call(route::Notifications.spec, route::Notifications.path());
    } else if (roll < 80) {
        const Answer rooms = co_await call(route::SafeRooms.spec, route::SafeRooms.path());
        const QJsonArray list = rooms.json[u"safe_rooms"_s].toArray();
        if (!list.isEmpty()) {
            co_await pause(500, 2'000);
            co_await call(route::SafeRoomDay.spec,
                          pathOf(route::SafeRoomDay, list.at(0)[u"id"_s].toString()));
        }
    } else if (roll < 90) {
        co_await call(route::RegisterProjects.spec, route::RegisterProjects.path());
    } else {
        co_await call(route::Projects.spec, route::Projects.path());
    }
}

} // namespace srs::bench::day
