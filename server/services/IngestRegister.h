#pragma once

#include "ServerContext.h"

#include "domain/Result.h"

#include <QByteArray>
#include <QJsonArray>

namespace srs::server {

// The register of ingest requests, for the service's records (`srs-clearance-server ingest
// export`): every request and every file, with what was decided, by whom, their comments and
// where an approved file was delivered. JSON: {"ingests": [{id, project_id, requester, created_at,
// state, approvals_needed, reason, files: [{index, name, size, sha256, kind, decision, decided_at,
// votes, delivered_path, purged}]}]}; CSV: one row per file, cells that a spreadsheet would read
// as a formula made text.
class IngestRegister
{
public:
    // Every request, oldest first.
    [[nodiscard]] static Result<QJsonArray> entries(ServerContext &context);
    [[nodiscard]] static QByteArray toJson(const QJsonArray &entries);
    [[nodiscard]] static QByteArray toCsv(const QJsonArray &entries);
};

} // namespace srs::server
