#include "LifecycleRepository.h"

#include "Database.h"

#include "crypto/Crypto.h"

namespace srs::store {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString ExtensionColumns =
    u"id, project_id, requested_by, current_end_date, new_end_date, reason, state, "
    u"decided_by, decision_reason, created_at, decided_at"_s;

domain::ExtensionRequest readExtension(const QSqlQuery &q)
{
    domain::ExtensionRequest r;
    r.id = q.value(0).toString();
    r.projectId = q.value(1).toString();
    r.requestedBy = q.value(2).toString();
    r.currentEndDate = Database::decodeDay(q.value(3));
    r.newEndDate = Database::decodeDay(q.value(4));
    r.reason = q.value(5).toString();
    r.state =
        domain::extensionStateFromString(q.value(6).toString()).value_or(domain::ExtensionState::Pending);
    r.decidedBy = q.value(7).toString();
    r.decisionReason = q.value(8).toString();
    r.createdAt = Database::decodeTime(q.value(9));
    r.decidedAt = Database::decodeTime(q.value(10));
    return r;
}

Result<QList<domain::ExtensionRequest>> readAll(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<domain::ExtensionRequest> out;
    while (q->next())
        out.append(readExtension(*q));
    return out;
}

} // namespace

Status LifecycleRepository::createExtension(const domain::ExtensionRequest &r)
{
    auto ins =
        m_db.exec(u"INSERT INTO extension_requests (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(
                      ExtensionColumns),
                  {r.id, r.projectId, r.requestedBy, Database::encodeDay(r.currentEndDate),
                   Database::encodeDay(r.newEndDate), Database::requiredText(r.reason),
                   domain::extensionStateToString(r.state), Database::encodeText(r.decidedBy),
                   Database::requiredText(r.decisionReason), Database::encodeTime(r.createdAt),
                   Database::encodeTime(r.decidedAt)});
    if (!ins)
        return ins.error();
    return {};
}

Result<domain::ExtensionRequest> LifecycleRepository::findExtension(const QString &id)
{
    auto q = m_db.exec(u"SELECT %1 FROM extension_requests WHERE id = ?"_s.arg(ExtensionColumns), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(u"There is no extension request %1."_s.arg(id));
    return readExtension(*q);
}

Result<QList<domain::ExtensionRequest>> LifecycleRepository::extensionsOf(const QString &projectId)
{
    return readAll(m_db.exec(
        u"SELECT %1 FROM extension_requests WHERE project_id = ? ORDER BY created_at DESC, id"_s.arg(
            ExtensionColumns),
        {projectId}));
}

Result<QList<domain::ExtensionRequest>> LifecycleRepository::pendingExtensions()
{
    return readAll(
        m_db.exec(u"SELECT %1 FROM extension_requests WHERE state = 'pending' ORDER BY created_at, id"_s.arg(
            ExtensionColumns)));
}

Result<std::optional<domain::ExtensionRequest>>
LifecycleRepository::pendingExtensionOf(const QString &projectId)
{
    auto q = m_db.exec(u"SELECT %1 FROM extension_requests WHERE project_id = ? AND state = 'pending'"_s.arg(
                           ExtensionColumns),
                       {projectId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<domain::ExtensionRequest>();
    return std::optional<domain::ExtensionRequest>(readExtension(*q));
}

Status LifecycleRepository::decideExtension(const QString &id, domain::ExtensionState state,
                                            const QString &decidedBy, const QString &reason,
                                            const QDateTime &at)
{
    return m_db.execChanging(u"UPDATE extension_requests SET state = ?, decided_by = ?, decision_reason = ?, "
                             u"decided_at = ? WHERE id = ? AND state = 'pending'"_s,
                             {domain::extensionStateToString(state), decidedBy,
                              Database::requiredText(reason), Database::encodeTime(at), id});
}

Status LifecycleRepository::changeStatus(const QString &projectId, domain::ProjectStatus from,
                                         domain::ProjectStatus to, const QString &changedBy,
                                         const QString &reason, const QDateTime &at)
{
    if (const Status s = m_db.execChanging(
            u"UPDATE projects SET status = ? WHERE id = ? AND status = ?"_s,
            {domain::projectStatusToString(to), projectId, domain::projectStatusToString(from)});
        !s)
        return s;
    auto row =
        m_db.exec(u"INSERT INTO project_status_changes (id, project_id, from_status, to_status, changed_by, "
                  u"reason, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                  {QString(u"C-"_s + QString::fromLatin1(crypto::randomBytes(8).toHex().toUpper())),
                   projectId, domain::projectStatusToString(from), domain::projectStatusToString(to),
                   changedBy, Database::requiredText(reason), Database::encodeTime(at)});
    if (!row)
        return row.error();
    return {};
}

Status LifecycleRepository::setExtendedTo(const QString &projectId, QDate extendedTo)
{
    return m_db.execChanging(u"UPDATE projects SET extended_to = ? WHERE id = ?"_s,
                             {Database::encodeDay(extendedTo), projectId});
}

Status LifecycleRepository::savePublications(const QString &projectId,
                                             const QList<domain::Publication> &publications)
{
    if (auto del = m_db.exec(u"DELETE FROM project_publications WHERE project_id = ?"_s, {projectId}); !del)
        return del.error();
    for (qsizetype i = 0; i < publications.size(); ++i) {
        auto ins = m_db.exec(
            u"INSERT INTO project_publications (project_id, position, title, link) VALUES (?, ?, ?, ?)"_s,
            {projectId, int(i), publications.at(i).title, publications.at(i).link});
        if (!ins)
            return ins.error();
    }
    return {};
}

Result<QList<domain::Publication>> LifecycleRepository::publicationsOf(const QString &projectId)
{
    auto q =
        m_db.exec(u"SELECT title, link FROM project_publications WHERE project_id = ? ORDER BY position"_s,
                  {projectId});
    if (!q)
        return q.error();
    QList<domain::Publication> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toString()});
    return out;
}

} // namespace srs::store
