#pragma once

namespace srs::server {

class ClearanceServer;
class ServerContext;
class AccountService;
class ProjectService;
class SubmissionService;
class ReviewService;
class ReleaseService;

// Registers the accounts, projects, datasets and workspace routes of API v1.
void registerApiRoutes(ClearanceServer &server, ServerContext &context, AccountService &accounts,
                       ProjectService &projects);
// Registers the checks and submissions routes of API v1.
void registerSubmissionRoutes(ClearanceServer &server, ServerContext &context, AccountService &accounts,
                              SubmissionService &submissions);
// Registers the reviewing, releasing and register routes of API v1 (protocol/ReviewMessages.h).
void registerReviewRoutes(ClearanceServer &server, ServerContext &context, AccountService &accounts,
                          ReviewService &reviews, ReleaseService &releases);

} // namespace srs::server
