#pragma once

#include <QStringList>

namespace srs::server {

// `srs-clearance-server admin ...` and `srs-clearance-server audit ...`. The arguments are
// the whole command line (arguments[1] is "admin" or "audit"); the result is the exit code:
// 0 done, 1 failed, 2 bad arguments (nothing changed), 3 the audit chain is broken.
int runAdmin(const QStringList &arguments);
int runAudit(const QStringList &arguments);
// `srs-clearance-server register export|ro-crate ...` (RegisterCommand.cpp).
int runRegister(const QStringList &arguments);
// `srs-clearance-server ingest export ...` (IngestCommand.cpp).
int runIngest(const QStringList &arguments);

} // namespace srs::server
