#include "DataOwnerRepository.h"

#include "Database.h"

namespace srs::store {

using namespace srs::domain;

namespace {

const QString RequestColumns =
    QStringLiteral("id, project_id, dataset_id, owner_id, state, approvals_needed, requested_at, decided_at, "
                   "withdrawn_at, withdrawn_by, withdrawal_reason");

DataOwner readOwner(const QSqlQuery &q, int at)
{
    return {q.value(at).toString(), q.value(at + 1).toString(), q.value(at + 2).toInt() != 0,
            std::max(1, q.value(at + 3).toInt())};
}

} // namespace

Status DataOwnerRepository::saveOwner(const DataOwner &o)
{
    if (o.id.isEmpty() || o.name.trimmed().isEmpty())
        return invalid(QStringLiteral("A data owner needs an id and a name."));
    if (o.approvalsNeeded < 1)
        return invalid(QStringLiteral("A data owner needs at least one approval for each project."));
    auto q = m_db.exec(
        QStringLiteral(
            "INSERT INTO data_owners (id, name, requires_approval, approvals_needed) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
            "requires_approval = excluded.requires_approval, "
            "approvals_needed = excluded.approvals_needed"),
        {o.id, o.name, o.requiresApproval ? 1 : 0, o.approvalsNeeded});
    if (!q.ok())
        return q.error();
    return {};
}

Result<DataOwner> DataOwnerRepository::findOwner(const QString &id)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT id, name, requires_approval, approvals_needed FROM data_owners WHERE id = ?"),
        {id});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return notFound(QStringLiteral("No data owner %1.").arg(id));
    return readOwner(*q, 0);
}

Result<QList<DataOwner>> DataOwnerRepository::listOwners()
{
    auto q = m_db.exec(
        QStringLiteral("SELECT id, name, requires_approval, approvals_needed FROM data_owners ORDER BY id"));
    if (!q.ok())
        return q.error();
    QList<DataOwner> out;
    while (q->next())
        out.append(readOwner(*q, 0));
    return out;
}

Status DataOwnerRepository::setApprover(const QString &userId, const QString &ownerId)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO data_owner_members (user_id, owner_id) VALUES (?, ?) "
                                      "ON CONFLICT (user_id) DO UPDATE SET owner_id = excluded.owner_id"),
                       {userId, ownerId});
    if (!q.ok())
        return q.error();
    return {};
}

Result<std::optional<QString>> DataOwnerRepository::ownerOfApprover(const QString &userId)
{
    auto q = m_db.exec(QStringLiteral("SELECT owner_id FROM data_owner_members WHERE user_id = ?"), {userId});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<QString>();
    return std::optional<QString>(q->value(0).toString());
}

Result<QStringList> DataOwnerRepository::approversOf(const QString &ownerId)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT user_id FROM data_owner_members WHERE owner_id = ? ORDER BY user_id"),
        {ownerId});
    if (!q.ok())
        return q.error();
    QStringList out;
    while (q->next())
        out.append(q->value(0).toString());
    return out;
}

Status DataOwnerRepository::setDatasetOwner(const QString &datasetId, const QString &ownerId)
{
    return m_db.transaction([&]() -> Status {
        auto owner = findOwner(ownerId);
        if (!owner.ok())
            return owner.error();
        return m_db.execChanging(QStringLiteral("UPDATE datasets SET owner_id = ?, owner = ? WHERE id = ?"),
                                 {ownerId, owner->name, datasetId});
    });
}

Result<std::optional<DataOwner>> DataOwnerRepository::ownerOfDataset(const QString &datasetId)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT o.id, o.name, o.requires_approval, o.approvals_needed FROM datasets d "
                       "JOIN data_owners o ON o.id = d.owner_id WHERE d.id = ?"),
        {datasetId});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<DataOwner>();
    return std::optional<DataOwner>(readOwner(*q, 0));
}

Status DataOwnerRepository::createRequest(const ApprovalRequest &r)
{
    return m_db.transaction([&]() -> Status {
        auto q = m_db.exec(
            QStringLiteral("INSERT INTO dataset_approvals (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(RequestColumns),
            {r.id, r.projectId, r.datasetId, r.ownerId, approvalStateToString(r.state), r.approvalsNeeded,
             Database::encodeTime(r.requestedAt), Database::encodeTime(r.decidedAt),
             Database::encodeTime(r.withdrawnAt),
             r.withdrawnBy.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(r.withdrawnBy),
             Database::requiredText(r.withdrawalReason)});
        if (!q.ok())
            return q.error();
        return updateRequest(r);
    });
}

Status DataOwnerRepository::updateRequest(const ApprovalRequest &r)
{
    return m_db.transaction([&]() -> Status {
        if (Status s = m_db.execChanging(
                QStringLiteral("UPDATE dataset_approvals SET state = ?, decided_at = ?, withdrawn_at = ?, "
                               "withdrawn_by = ?, withdrawal_reason = ? WHERE id = ?"),
                {approvalStateToString(r.state), Database::encodeTime(r.decidedAt),
                 Database::encodeTime(r.withdrawnAt),
                 r.withdrawnBy.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(r.withdrawnBy),
                 Database::requiredText(r.withdrawalReason), r.id});
            !s.ok())
            return s;
        for (const ApprovalVote &v : r.votes) {
            auto q =
                m_db.exec(QStringLiteral("INSERT INTO dataset_approval_votes (approval_id, user_id, approve, "
                                         "reason, voted_at) VALUES (?, ?, ?, ?, ?) "
                                         "ON CONFLICT (approval_id, user_id) DO NOTHING"),
                          {r.id, v.userId, v.approve ? 1 : 0, Database::requiredText(v.reason),
                           Database::encodeTime(v.at)});
            if (!q.ok())
                return q.error();
        }
        return {};
    });
}

Result<QList<ApprovalRequest>> DataOwnerRepository::load(const QString &where, const QVariantList &params,
                                                         const QString &order)
{
    return m_db.readTransaction([&]() -> Result<QList<ApprovalRequest>> {
        auto q = m_db.exec(QStringLiteral("SELECT %1 FROM dataset_approvals WHERE %2 ORDER BY %3")
                               .arg(RequestColumns, where, order),
                           params);
        if (!q.ok())
            return q.error();
        QList<ApprovalRequest> out;
        while (q->next()) {
            ApprovalRequest r;
            r.id = q->value(0).toString();
            r.projectId = q->value(1).toString();
            r.datasetId = q->value(2).toString();
            r.ownerId = q->value(3).toString();
            const auto state = approvalStateFromString(q->value(4).toString());
            if (!state)
                return invalid(QStringLiteral("Approval request %1 has an unknown state.").arg(r.id));
            r.state = *state;
            r.approvalsNeeded = q->value(5).toInt();
            r.requestedAt = Database::decodeTime(q->value(6));
            r.decidedAt = Database::decodeTime(q->value(7));
            r.withdrawnAt = Database::decodeTime(q->value(8));
            r.withdrawnBy = q->value(9).toString();
            r.withdrawalReason = q->value(10).toString();
            out.append(r);
        }
        for (ApprovalRequest &r : out) {
            auto v = m_db.exec(
                QStringLiteral("SELECT user_id, approve, reason, voted_at FROM dataset_approval_votes "
                               "WHERE approval_id = ? ORDER BY voted_at, user_id"),
                {r.id});
            if (!v.ok())
                return v.error();
            while (v->next())
                r.votes.append({v->value(0).toString(), v->value(1).toInt() != 0, v->value(2).toString(),
                                Database::decodeTime(v->value(3))});
        }
        return out;
    });
}

Result<ApprovalRequest> DataOwnerRepository::findRequest(const QString &id)
{
    auto r = load(QStringLiteral("id = ?"), {id}, QStringLiteral("id"));
    if (!r.ok())
        return r.error();
    if (r->isEmpty())
        return notFound(QStringLiteral("No approval request %1.").arg(id));
    return r->constFirst();
}

Result<QList<ApprovalRequest>> DataOwnerRepository::requestsOfOwner(const QString &ownerId)
{
    return load(QStringLiteral("owner_id = ?"), {ownerId},
                QStringLiteral("CASE WHEN state = 'pending' THEN 0 ELSE 1 END, requested_at DESC, id"));
}

Result<QList<ApprovalRequest>> DataOwnerRepository::requestsOfProject(const QString &projectId)
{
    return load(QStringLiteral("project_id = ?"), {projectId}, QStringLiteral("requested_at, id"));
}

Result<std::optional<ApprovalRequest>> DataOwnerRepository::openRequest(const QString &projectId,
                                                                        const QString &datasetId)
{
    auto r = load(QStringLiteral("project_id = ? AND dataset_id = ? AND state IN ('pending', 'approved')"),
                  {projectId, datasetId}, QStringLiteral("requested_at DESC, id"));
    if (!r.ok())
        return r.error();
    if (r->isEmpty())
        return std::optional<ApprovalRequest>();
    return std::optional<ApprovalRequest>(r->constFirst());
}

Result<QList<ApprovalRequest>> DataOwnerRepository::approvedEver()
{
    return load(QStringLiteral("state IN ('approved', 'withdrawn')"), {},
                QStringLiteral("project_id, decided_at, id"));
}

} // namespace srs::store
