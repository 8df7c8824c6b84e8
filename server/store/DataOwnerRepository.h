#pragma once

#include "StoreResult.h"

#include "domain/DataOwnerApproval.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace srs::store {

class Database;

// Data owners (the organisations that own datasets), the people who approve for each, which
// owner each dataset belongs to, and the projects' approval requests with their votes.
class DataOwnerRepository
{
public:
    explicit DataOwnerRepository(Database &db) : m_db(db) {}

    [[nodiscard]] Status saveOwner(const domain::DataOwner &owner);
    [[nodiscard]] Result<domain::DataOwner> findOwner(const QString &id);
    [[nodiscard]] Result<QList<domain::DataOwner>> listOwners();

    // The owner `userId` approves for (one at most); setting it again replaces it.
    [[nodiscard]] Status setApprover(const QString &userId, const QString &ownerId);
    [[nodiscard]] Result<std::optional<QString>> ownerOfApprover(const QString &userId);
    // The people who approve for the owner (told of each request waiting).
    [[nodiscard]] Result<QStringList> approversOf(const QString &ownerId);

    // Sets the dataset's owning organisation (and its display name, datasets.owner, to the
    // owner's name).
    [[nodiscard]] Status setDatasetOwner(const QString &datasetId, const QString &ownerId);
    // The dataset's owning organisation, if it has one.
    [[nodiscard]] Result<std::optional<domain::DataOwner>> ownerOfDataset(const QString &datasetId);

    [[nodiscard]] Status createRequest(const domain::ApprovalRequest &request);
    [[nodiscard]] Result<domain::ApprovalRequest> findRequest(const QString &id);
    // Saves the request's state, dates and withdrawal, and adds its votes not yet stored.
    [[nodiscard]] Status updateRequest(const domain::ApprovalRequest &request);
    // The owner's requests, pending first, then newest first.
    [[nodiscard]] Result<QList<domain::ApprovalRequest>> requestsOfOwner(const QString &ownerId);
    // A project's requests for all datasets (any state), oldest first.
    [[nodiscard]] Result<QList<domain::ApprovalRequest>> requestsOfProject(const QString &projectId);
    // The request of the project for the dataset that is pending or approved, if any.
    [[nodiscard]] Result<std::optional<domain::ApprovalRequest>> openRequest(const QString &projectId,
                                                                             const QString &datasetId);
    // Every request ever approved (including those later withdrawn), for the register.
    [[nodiscard]] Result<QList<domain::ApprovalRequest>> approvedEver();

private:
    [[nodiscard]] Result<QList<domain::ApprovalRequest>>
    load(const QString &where, const QVariantList &params, const QString &order);
    Database &m_db;
};

} // namespace srs::store
