#pragma once

#include "domain/Result.h"

#include <QString>

namespace srs::server {

// Puts one approved ingest file into its project's workspace, byte-identical, at
// ingest/<request id>/<name as declared>.
//
// The workspace folder is the researchers' to write, so nothing here goes by a full path inside
// it: each folder of the target path is made (mkdirat) and then opened beneath its parent's
// descriptor with O_DIRECTORY | O_NOFOLLOW, so a symbolic link (or a file) planted anywhere on
// the path, "ingest" and "ingest/<id>" included, refuses the delivery instead of being followed.
// The bytes are copied from the quarantined copy into a new file of a random temporary name in
// the target folder (O_CREAT | O_EXCL | O_NOFOLLOW), flushed (fsync), read back from that handle
// and checked against the declared size and SHA-256, then renamed to the declared name without
// replacing anything (renameat2 RENAME_NOREPLACE, or link + unlink where the file system lacks
// it); the folder is flushed after. An existing file of that name refuses the delivery. The
// project's workspace folder itself is made when it does not exist yet.
class IngestDelivery
{
public:
    // The workspace path written ("ingest/<id>/<name>"). Refusals (ingest.delivery-refused) say
    // which part of the path is in the way; other failures are internal errors.
    [[nodiscard]] static Result<QString> deliver(const QString &workspaceFolder,
                                                 const QString &quarantineFile, const QString &ingestId,
                                                 const QString &name, const QString &sha256, qint64 size);
};

} // namespace srs::server
