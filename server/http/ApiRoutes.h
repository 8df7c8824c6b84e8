#pragma once

namespace srs::server {

class ClearanceServer;
class ServerContext;
class Accounts;
class Projects;
class Submissions;
class Reviews;
class Releases;

// Registers the accounts, projects, datasets and workspace routes of API v1.
void registerApiRoutes(ClearanceServer &server, ServerContext &context, Accounts &accounts,
                       Projects &projects);
// Registers the checks and submissions routes of API v1.
void registerSubmissionRoutes(ClearanceServer &server, ServerContext &context, Accounts &accounts,
                              Submissions &submissions);
// Registers the reviewing, releasing and register routes of API v1 (protocol/ReviewMessages.h).
void registerReviewRoutes(ClearanceServer &server, ServerContext &context, Accounts &accounts,
                          Reviews &reviews, Releases &releases);

} // namespace srs::server
