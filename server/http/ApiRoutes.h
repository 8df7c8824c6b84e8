#pragma once

// The handlers of API v1, by resource. Each registers its routes of protocol/Routes.h with
// ClearanceServer::addRoute; the server checks at start-up that every route of the table has
// one handler and that no handler is for a route outside it.

namespace srs::server {

class ClearanceServer;
class ServerContext;
class AccountService;
class ProjectService;
class SubmissionService;
class ReviewService;
class ReleaseService;
class IngestService;
class IngestReviewService;
class AdminAccountsService;
class LifecycleService;
class DataOwnerService;
class BookingService;

// Projects, datasets and the workspace (ProjectRoutes.cpp). Registered first: the workspace
// poll, the clients' most frequent call, is the first route cpp-httplib tries.
void registerProjectRoutes(ClearanceServer &server, ServerContext &context, AccountService &accounts,
                           ProjectService &projects);
// Sign-in, sign-out, the caller's profile and declarations (AccountRoutes.cpp).
void registerAccountRoutes(ClearanceServer &server, ServerContext &context, AccountService &accounts);
// Checks and clearance requests (SubmissionRoutes.cpp).
void registerSubmissionRoutes(ClearanceServer &server, ServerContext &context, AccountService &accounts,
                              SubmissionService &submissions);
// The checkers' queue, statistics, claims, votes and round files (ReviewRoutes.cpp).
void registerReviewRoutes(ClearanceServer &server, ServerContext &context, AccountService &accounts,
                          ReviewService &reviews);
// Releases, their files and RO-Crates, destruction and the register (ReleaseRoutes.cpp).
void registerReleaseRoutes(ClearanceServer &server, ServerContext &context, AccountService &accounts,
                           ReleaseService &releases);
// Bringing files into a project: ingest requests, their chunks, finish and cancel (IngestRoutes.cpp).
void registerIngestRoutes(ClearanceServer &server, ServerContext &context, AccountService &accounts,
                          IngestService &ingests);
// Reviewing ingest requests: the checkers' queue, one request, a file's bytes, a vote
// (IngestReviewRoutes.cpp).
void registerIngestReviewRoutes(ClearanceServer &server, ServerContext &context, AccountService &accounts,
                                IngestReviewService &reviews);
// The notification centre: the caller's notices and marking them read (NotificationRoutes.cpp).
void registerNotificationRoutes(ClearanceServer &server, ServerContext &context, AccountService &accounts);
// Managing people's accounts, for administrators (AdminAccountRoutes.cpp).
void registerAdminAccountRoutes(ClearanceServer &server, ServerContext &context, AccountService &accounts,
                                AdminAccountsService &admin);
// A project's lifecycle: extension requests and decisions, completion, suspension and reopening,
// the service desk's lists (LifecycleRoutes.cpp).
void registerLifecycleRoutes(ClearanceServer &server, ServerContext &context, AccountService &accounts,
                             LifecycleService &lifecycle);
// Data owners' approval and the public data-access register (OwnerRoutes.cpp).
void registerOwnerRoutes(ClearanceServer &server, ServerContext &context, AccountService &accounts,
                         DataOwnerService &owners);

// Safe-room bookings: rooms, availability, the caller's bookings, booking and cancelling; a room's
// day and terminal blocks for support staff (BookingRoutes.cpp).
void registerBookingRoutes(ClearanceServer &server, ServerContext &context, AccountService &accounts,
                           BookingService &bookings);

} // namespace srs::server
