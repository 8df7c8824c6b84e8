#include "Snapshots.h"

#include "ServiceError.h"

#include "store/AuditLog.h"
#include "store/BlobStore.h"

namespace srs::server {

using namespace Qt::Literals::StringLiterals;

Snapshots::Snapshots(ServerContext &context) : m_context(context) {}

Result<QByteArray> Snapshots::read(const QString &actor, const QString &subject, QJsonObject details,
                                   const QString &sha256)
{
    auto bytes = store::BlobStore(m_context.config().dataDir + u"/blobs"_s).get(sha256);
    if (bytes)
        return std::move(bytes).value();
    const store::StoreError::Code code = bytes.code();
    if (code != store::StoreError::Code::NotFound && code != store::StoreError::Code::Invalid)
        return internalError(u"snapshot %1 (%2): %3"_s.arg(sha256, subject, bytes.errorString()));
    const bool missing = code == store::StoreError::Code::NotFound;
    const QString path = details.value(u"path"_s).toString();
    details.insert(u"sha256"_s, sha256);
    auto event = store::AuditLog(m_context.database())
                     .append(actor, missing ? u"snapshot.missing"_s : u"snapshot.altered"_s, subject, details,
                             m_context.now());
    if (!event)
        return internalError(u"auditing snapshot %1: %2"_s.arg(sha256, event.errorString()));
    if (missing)
        return Error{svc::SnapshotMissing,
                     u"The stored copy of %1 is missing, so it cannot be served. The service's staff have "
                     u"been told through the audit log; contact research support."_s.arg(path)};
    return Error{svc::SnapshotAltered,
                 u"The stored copy of %1 no longer matches the SHA-256 recorded when it was submitted: it "
                 u"was changed on disk, so it is not served or released. The service's staff have been "
                 u"told through the audit log; contact research support."_s.arg(path)};
}

} // namespace srs::server
