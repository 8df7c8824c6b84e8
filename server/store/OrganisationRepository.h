#pragma once

#include "StoreResult.h"

#include "domain/Organisation.h"

#include <QList>
#include <QString>

namespace srs::store {

class Database;

// Organisations with their AOC agreement and egress ranges, and safe-room sites with
// their networks: the Safe Settings part of the policy configuration.
class OrganisationRepository
{
public:
    explicit OrganisationRepository(Database &db) : m_db(db) {}

    // Inserts or replaces the organisation and all its ranges.
    [[nodiscard]] Status save(const domain::Organisation &organisation);
    [[nodiscard]] Result<domain::Organisation> find(const QString &id);
    [[nodiscard]] Result<QList<domain::Organisation>> list();

    [[nodiscard]] Status saveSite(const domain::Site &site);
    [[nodiscard]] Result<QList<domain::Site>> listSites();

private:
    [[nodiscard]] Result<QList<domain::EgressRange>> rangesOf(const QString &organisationId);
    Database &m_db;
};

} // namespace srs::store
