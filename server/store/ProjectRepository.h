#pragma once

#include "StoreResult.h"

#include "domain/Accreditation.h"
#include "domain/Dataset.h"
#include "domain/Project.h"

#include <QHash>
#include <QList>
#include <QString>

namespace srs::store {

class Database;

// Projects, their members and the datasets mapped to them, and the datasets themselves.
// A project and its members and datasets are read in one snapshot (a read transaction of
// their own, or the caller's).
class ProjectRepository
{
public:
    explicit ProjectRepository(Database &db) : m_db(db) {}

    // Inserts or updates the project row; members and datasets are changed separately.
    [[nodiscard]] Status save(const domain::Project &project);
    [[nodiscard]] Result<domain::Project> find(const QString &id); // with members and dataset ids
    [[nodiscard]] Result<QList<domain::Project>> list();
    [[nodiscard]] Result<QList<domain::Project>> listForMember(const QString &userId);

    [[nodiscard]] Status setMember(const QString &projectId, const QString &userId, domain::ProjectRole role);
    [[nodiscard]] Status removeMember(const QString &projectId, const QString &userId);

    // The current accreditation of every member, for AccessRequest::memberAccreditations.
    [[nodiscard]] Result<QHash<QString, domain::Accreditation>>
    memberAccreditations(const QString &projectId);

    [[nodiscard]] Status saveDataset(const domain::Dataset &dataset);
    [[nodiscard]] Result<domain::Dataset> findDataset(const QString &id);
    [[nodiscard]] Result<QList<domain::Dataset>> listDatasets();
    [[nodiscard]] Result<QList<domain::Dataset>> datasetsOf(const QString &projectId);
    [[nodiscard]] Status mapDataset(const QString &projectId, const QString &datasetId);
    [[nodiscard]] Status unmapDataset(const QString &projectId, const QString &datasetId);

private:
    [[nodiscard]] Result<QList<domain::Project>> load(const QString &sql, const QVariantList &params);
    Database &m_db;
};

} // namespace srs::store
