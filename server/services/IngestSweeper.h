#pragma once

#include "PeriodicThread.h"
#include "ServerContext.h"

#include <memory>

namespace srs::server {

// Runs IngestReviewService::sweep() on a thread of its own every ingest.sweep_seconds (and once at
// start): deliveries of approved files still owed, and quarantined copies of rejected and
// cancelled files past ingest.rejected_retention_days. Several servers sharing one database may
// each run it: every step is written with its audit event once, under the file's row.
class IngestSweeper
{
public:
    explicit IngestSweeper(ServerContext &context);
    ~IngestSweeper();
    IngestSweeper(const IngestSweeper &) = delete;
    IngestSweeper &operator=(const IngestSweeper &) = delete;

    void start();
    void stop();

private:
    ServerContext &m_context;
    PeriodicThread m_thread;
};

} // namespace srs::server
