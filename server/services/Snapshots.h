#pragma once

#include "ServerContext.h"

#include "domain/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace srs::server {

// The snapshots of submitted files (blobs named by their SHA-256), read for a route: what a
// checker previews, what is released and what members download. Every read is verified; a blob
// whose bytes no longer match its SHA-256 is answered `snapshot-altered` (409), one that is gone
// `snapshot-missing` (410), and either is an audit event (snapshot.altered, snapshot.missing)
// naming who asked, for what, and the hash. Neither is ever served or released.
class Snapshots
{
public:
    explicit Snapshots(ServerContext &context);

    // `subject` and `details` say what the bytes were asked for ("submission:S-1", {"path": ...});
    // the audit event of a bad snapshot carries them with the hash. Inside a transaction, the
    // event is part of it.
    [[nodiscard]] Result<QByteArray> read(const QString &actor, const QString &subject, QJsonObject details,
                                          const QString &sha256);

private:
    ServerContext &m_context;
};

} // namespace srs::server
