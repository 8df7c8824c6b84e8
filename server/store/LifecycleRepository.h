#pragma once

#include "StoreResult.h"

#include "domain/Project.h"
#include "domain/ProjectLifecycle.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace srs::store {

class Database;

// A project's lifecycle: extension requests and their decisions, the publications reported on
// completion, and the history of status changes with their reasons. The caller runs the writes of
// one change (and its audit event) in one transaction.
class LifecycleRepository
{
public:
    explicit LifecycleRepository(Database &db) : m_db(db) {}

    // A new pending request; Conflict when the project has one pending already.
    [[nodiscard]] Status createExtension(const domain::ExtensionRequest &request);
    [[nodiscard]] Result<domain::ExtensionRequest> findExtension(const QString &id);
    // Newest first.
    [[nodiscard]] Result<QList<domain::ExtensionRequest>> extensionsOf(const QString &projectId);
    // Every pending request, oldest first.
    [[nodiscard]] Result<QList<domain::ExtensionRequest>> pendingExtensions();
    [[nodiscard]] Result<std::optional<domain::ExtensionRequest>>
    pendingExtensionOf(const QString &projectId);
    // Pending to approved or refused; Conflict when it was decided meanwhile.
    [[nodiscard]] Status decideExtension(const QString &id, domain::ExtensionState state,
                                         const QString &decidedBy, const QString &reason,
                                         const QDateTime &at);

    // The project's status from `from` to `to`; Conflict when it was changed meanwhile. A history
    // row records who and why.
    [[nodiscard]] Status changeStatus(const QString &projectId, domain::ProjectStatus from,
                                      domain::ProjectStatus to, const QString &changedBy,
                                      const QString &reason, const QDateTime &at);
    // The project's extended end date; Conflict when the project is gone.
    [[nodiscard]] Status setExtendedTo(const QString &projectId, QDate extendedTo);

    [[nodiscard]] Status savePublications(const QString &projectId,
                                          const QList<domain::Publication> &publications);
    [[nodiscard]] Result<QList<domain::Publication>> publicationsOf(const QString &projectId);

private:
    Database &m_db;
};

} // namespace srs::store
