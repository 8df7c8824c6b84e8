#pragma once

namespace srs::server {

class ClearanceServer;
class ServerContext;
class Accounts;
class Projects;

// Registers the accounts, projects, datasets and workspace routes of API v1.
void registerApiRoutes(ClearanceServer &server, ServerContext &context, Accounts &accounts,
                       Projects &projects);

} // namespace srs::server
