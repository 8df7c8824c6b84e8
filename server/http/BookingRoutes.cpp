// Safe-room bookings: /safe-rooms (rooms, a room's availability and day, terminal blocks) and
// /bookings (the caller's, booking, cancelling).

#include "ApiRoutes.h"
#include "RouteGlue.h"

#include "services/BookingService.h"

#include "protocol/Routes.h"

#include <httplib.h>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;
namespace route = protocol::route;

namespace {

// A day of the query (?from=YYYY-MM-DD); null when not given; false when given and not a date.
bool queryDay(const RequestContext &ctx, const char *name, QDate &day)
{
    if (!ctx.request.has_param(name))
        return true;
    day = QDate::fromString(QString::fromStdString(ctx.request.get_param_value(name)), Qt::ISODate);
    return day.isValid();
}

template <class T>
void answerJson(httplib::Response &res, Aftermath &after, const Result<T> &result, int status)
{
    answer(res, after, result, status, [](const T &value) { return value.toJson(); });
}

void refuseDay(httplib::Response &res, const char *name)
{
    badRequest(res,
               Error{u"bad-request"_s, u"%1: expected a date (YYYY-MM-DD)"_s.arg(QLatin1StringView(name))});
}

} // namespace

void registerBookingRoutes(ClearanceServer &server, ServerContext &context, AccountService &accounts,
                           BookingService &bookings)
{
    server.addRoute(route::SafeRooms.spec, authed(context, accounts, Access::ReadOnly,
                                                  [&](const RequestContext &ctx, const Caller &caller,
                                                      httplib::Response &res, Aftermath &after) {
                                                      answerJson(res, after, bookings.rooms(caller),
                                                                 ctx.route.successStatus);
                                                  }));

    server.addRoute(route::SafeRoomAvailability.spec,
                    authed(context, accounts, Access::ReadOnly,
                           [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                               Aftermath &after) {
                               QDate from, to;
                               if (!queryDay(ctx, "from", from))
                                   return refuseDay(res, "from");
                               if (!queryDay(ctx, "to", to))
                                   return refuseDay(res, "to");
                               answerJson(res, after,
                                          bookings.availability(caller, pathArgument(ctx, 1), from, to),
                                          ctx.route.successStatus);
                           }));

    server.addRoute(route::SafeRoomDay.spec,
                    authed(context, accounts, Access::ReadOnly,
                           [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                               Aftermath &after) {
                               QDate date;
                               if (!queryDay(ctx, "date", date))
                                   return refuseDay(res, "date");
                               answerJson(res, after, bookings.day(caller, pathArgument(ctx, 1), date),
                                          ctx.route.successStatus);
                           }));

    server.addRoute(route::BlockTerminal.spec,
                    authed(context, accounts, Access::Writes,
                           [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                               Aftermath &after) {
                               auto request = protocol::BlockRequest::fromJson(bodyOf(ctx.request));
                               if (!request) {
                                   if (!request.error().field.isEmpty())
                                       return sendJson(res, 400, protocol::encodeFieldError(request.error()));
                                   return badRequest(res, request.error());
                               }
                               answerJson(res, after,
                                          bookings.block(caller, pathArgument(ctx, 1), pathArgument(ctx, 2),
                                                         request.value()),
                                          ctx.route.successStatus);
                           }));

    server.addRoute(route::UnblockTerminal.spec, authed(context, accounts, Access::Writes,
                                                        [&](const RequestContext &ctx, const Caller &caller,
                                                            httplib::Response &res, Aftermath &after) {
                                                            const Status s =
                                                                bookings.unblock(caller, pathArgument(ctx, 1),
                                                                                 pathArgument(ctx, 2));
                                                            if (!s) {
                                                                if (httpStatusFor(s.error()) == 403)
                                                                    after.refusal = s.error();
                                                                sendServiceError(res, s.error());
                                                                return;
                                                            }
                                                            res.status = ctx.route.successStatus;
                                                        }));

    server.addRoute(route::MyBookings.spec, authed(context, accounts, Access::ReadOnly,
                                                   [&](const RequestContext &ctx, const Caller &caller,
                                                       httplib::Response &res, Aftermath &after) {
                                                       answerJson(res, after, bookings.mine(caller),
                                                                  ctx.route.successStatus);
                                                   }));

    server.addRoute(route::Book.spec,
                    authed(context, accounts, Access::Writes,
                           [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                               Aftermath &after) {
                               auto request = protocol::BookingRequestMessage::fromJson(bodyOf(ctx.request));
                               if (!request) {
                                   if (!request.error().field.isEmpty())
                                       return sendJson(res, 400, protocol::encodeFieldError(request.error()));
                                   return badRequest(res, request.error());
                               }
                               answerJson(res, after, bookings.book(caller, request.value()),
                                          ctx.route.successStatus);
                           }));

    server.addRoute(route::CancelBooking.spec,
                    authed(context, accounts, Access::Writes,
                           [&](const RequestContext &ctx, const Caller &caller, httplib::Response &res,
                               Aftermath &after) {
                               answerJson(res, after, bookings.cancel(caller, pathArgument(ctx, 1)),
                                          ctx.route.successStatus);
                           }));
}

} // namespace srs::server
