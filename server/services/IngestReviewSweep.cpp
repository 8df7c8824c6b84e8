// IngestReviewService: delivering approved files into the workspace, and the sweep (deliveries
// still owed, quarantined copies past their retention).

#include "IngestDelivery.h"
#include "IngestReviewService.h"
#include "ServiceError.h"

#include "store/AuditLog.h"
#include "workspace/WorkspaceIndexer.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcIngestReview)

namespace srs::server {

using namespace Qt::Literals::StringLiterals;

void IngestReviewService::removeQuarantined(const QString &ingestId, int position)
{
    const QString path = m_quarantine.fileOf(ingestId, position);
    if (QFile::exists(path) && !QFile::remove(path))
        qCWarning(lcIngestReview, "deleting the quarantined file %d of %s failed", position,
                  qUtf8Printable(ingestId));
    auto empty = store::IngestReviewRepository(m_context.database()).quarantineEmpty(ingestId);
    if (empty && empty.value() && QDir(m_quarantine.folderOf(ingestId)).exists())
        (void)m_quarantine.remove(ingestId);
}

Result<bool> IngestReviewService::deliver(const QString &actor, const store::IngestRecord &record,
                                          int position)
{
    store::Database &db = m_context.database();
    store::IngestReviewRepository repo(db);
    const store::IngestFileRecord &f = record.files.at(position);
    const QString folder = m_context.workspaceFolder(record.projectId);
    const QJsonObject where{{u"project"_s, record.projectId}, {u"file"_s, position}, {u"name"_s, f.name}};
    auto path = IngestDelivery::deliver(folder, m_quarantine.fileOf(record.id, position), record.id, f.name,
                                        f.sha256, f.size);
    if (!path) {
        // Recorded on the file (and audited when it is new), tried again by the sweep.
        auto files = repo.files(record.id);
        const bool same =
            files && position < files->size() && files->at(position).deliveryProblem == path.error().message;
        if (!same) {
            const store::Status noted = db.transaction([&]() -> store::Status {
                if (auto s = repo.setDeliveryProblem(record.id, position, path.error().message); !s)
                    return s;
                QJsonObject details = where;
                details.insert(u"code"_s, path.error().code);
                details.insert(u"message"_s, path.error().message);
                auto e = store::AuditLog(db).append(actor, u"ingest.delivery-refused"_s,
                                                    u"ingest:"_s + record.id, details, m_context.now());
                if (!e)
                    return e.error();
                return {};
            });
            if (!noted)
                return internalError(noted.errorString());
        }
        return path.error();
    }
    const QDateTime now = m_context.now();
    const store::Status recorded = db.transaction([&]() -> store::Status {
        if (auto s = repo.setDelivered(record.id, position, path.value()); !s)
            return s;
        if (auto s = repo.setPurged(record.id, position, now); !s)
            return s;
        QJsonObject details = where;
        details.insert(u"path"_s, path.value());
        details.insert(u"sha256"_s, f.sha256);
        details.insert(u"size"_s, f.size);
        auto e =
            store::AuditLog(db).append(actor, u"ingest.delivered"_s, u"ingest:"_s + record.id, details, now);
        if (!e)
            return e.error();
        return {};
    });
    if (!recorded)
        return internalError(recorded.errorString());
    removeQuarantined(record.id, position);
    // Visible in the browser at once: the workspace is indexed as the scanner does.
    store::AuditLog audit(db);
    workspace::WorkspaceIndexer indexer(db, &audit);
    indexer.setClock([this] { return m_context.now(); });
    if (auto scanned = indexer.scan(record.projectId, folder); !scanned)
        qCWarning(lcIngestReview, "indexing the workspace of %s failed: %s", qUtf8Printable(record.projectId),
                  qUtf8Printable(scanned.errorString()));
    db.finishStatements();
    return true;
}

Result<IngestReviewService::SweepSummary> IngestReviewService::sweep()
{
    store::Database &db = m_context.database();
    store::IngestReviewRepository repo(db);
    SweepSummary summary;
    auto owed = repo.undelivered();
    if (!owed)
        return internalError(owed.errorString());
    for (const store::IngestFileRef &ref : owed.value()) {
        auto loaded = load(ref.ingestId);
        if (!loaded)
            return loaded.error();
        if (auto delivered = deliver(SystemActor(), loaded->record, ref.position); delivered)
            ++summary.delivered;
        else
            ++summary.deliveryRefused;
    }
    const QDateTime now = m_context.now();
    auto due = repo.dueForPurge(now.addDays(-m_context.config().ingestRejectedRetentionDays));
    if (!due)
        return internalError(due.errorString());
    for (const store::IngestFileRef &ref : due.value()) {
        const store::Status purged = db.transaction([&]() -> store::Status {
            if (auto s = repo.setPurged(ref.ingestId, ref.position, now); !s)
                return s;
            auto e = store::AuditLog(db).append(
                SystemActor(), u"ingest.purged"_s, u"ingest:"_s + ref.ingestId,
                {{u"project"_s, ref.projectId},
                 {u"file"_s, ref.position},
                 {u"decision"_s, ref.decision},
                 {u"retention_days"_s, m_context.config().ingestRejectedRetentionDays}},
                now);
            if (!e)
                return e.error();
            return {};
        });
        if (!purged)
            return internalError(purged.errorString());
        removeQuarantined(ref.ingestId, ref.position);
        ++summary.purged;
    }
    db.finishStatements();
    return summary;
}

} // namespace srs::server
