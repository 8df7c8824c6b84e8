#include "ProjectRepository.h"

#include "Database.h"
#include "UserRepository.h"

namespace srs::store {

using namespace srs::domain;

namespace {

const QString ProjectColumns = QStringLiteral("p.id, p.title, p.lead_user_id, p.status, p.start_date, "
                                              "p.end_date, p.extended_to, p.home_working_approved, "
                                              "p.purpose, p.lead_organisation");

Dataset readDataset(const QSqlQuery &q, bool *ok)
{
    const auto access = datasetAccessFromString(q.value(3).toString());
    *ok = access.has_value();
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            access.value_or(DatasetAccess::SafeRoomOnly)};
}

} // namespace

Status ProjectRepository::save(const Project &p)
{
    if (p.id.isEmpty() || !p.startDate.isValid() || !p.endDate.isValid())
        return invalid(QStringLiteral("A project needs an id, a start date and an end date."));
    auto q = m_db.exec(
        QStringLiteral(
            "INSERT INTO projects (id, title, lead_user_id, status, start_date, end_date, extended_to, "
            "home_working_approved, purpose, lead_organisation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET title = excluded.title, lead_user_id = excluded.lead_user_id, "
            "status = excluded.status, start_date = excluded.start_date, end_date = excluded.end_date, "
            "extended_to = excluded.extended_to, home_working_approved = excluded.home_working_approved, "
            "purpose = excluded.purpose, lead_organisation = excluded.lead_organisation"),
        {p.id, p.title,
         p.leadUserId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(p.leadUserId),
         projectStatusToString(p.status), Database::encodeDay(p.startDate), Database::encodeDay(p.endDate),
         Database::encodeDay(p.extendedTo), p.homeWorkingApproved ? 1 : 0, Database::requiredText(p.purpose),
         Database::requiredText(p.leadOrganisation)});
    if (!q.ok())
        return q.error();
    return {};
}

Result<QList<Project>> ProjectRepository::load(const QString &sql, const QVariantList &params)
{
    return m_db.readTransaction([&]() -> Result<QList<Project>> {
        auto q = m_db.exec(sql, params);
        if (!q.ok())
            return q.error();
        QList<Project> out;
        while (q->next()) {
            Project p;
            p.id = q->value(0).toString();
            p.title = q->value(1).toString();
            p.leadUserId = q->value(2).toString();
            const auto status = projectStatusFromString(q->value(3).toString());
            if (!status)
                return invalid(QStringLiteral("Project %1 has an unknown status.").arg(p.id));
            p.status = *status;
            p.startDate = Database::decodeDay(q->value(4));
            p.endDate = Database::decodeDay(q->value(5));
            p.extendedTo = Database::decodeDay(q->value(6));
            p.homeWorkingApproved = q->value(7).toInt() != 0;
            p.purpose = q->value(8).toString();
            p.leadOrganisation = q->value(9).toString();
            out.append(p);
        }
        for (Project &p : out) {
            auto m =
                m_db.exec(QStringLiteral("SELECT user_id, role FROM project_members WHERE project_id = ? "
                                         "ORDER BY user_id"),
                          {p.id});
            if (!m.ok())
                return m.error();
            while (m->next()) {
                const auto role = projectRoleFromString(m->value(1).toString());
                if (!role)
                    return invalid(QStringLiteral("Project %1 has a member with an unknown role.").arg(p.id));
                p.members.append({m->value(0).toString(), *role});
            }
            auto d = m_db.exec(QStringLiteral("SELECT dataset_id FROM project_datasets WHERE project_id = ? "
                                              "ORDER BY dataset_id"),
                               {p.id});
            if (!d.ok())
                return d.error();
            while (d->next())
                p.datasetIds.append(d->value(0).toString());
        }
        return out;
    });
}

Result<Project> ProjectRepository::find(const QString &id)
{
    auto r = load(QStringLiteral("SELECT %1 FROM projects p WHERE p.id = ?").arg(ProjectColumns), {id});
    if (!r.ok())
        return r.error();
    if (r->isEmpty())
        return notFound(QStringLiteral("No project %1.").arg(id));
    return r->constFirst();
}

Result<QList<Project>> ProjectRepository::list()
{
    return load(QStringLiteral("SELECT %1 FROM projects p ORDER BY p.id").arg(ProjectColumns), {});
}

Result<QList<Project>> ProjectRepository::listForMember(const QString &userId)
{
    return load(QStringLiteral("SELECT %1 FROM projects p JOIN project_members m ON m.project_id = p.id "
                               "WHERE m.user_id = ? ORDER BY p.id")
                    .arg(ProjectColumns),
                {userId});
}

Status ProjectRepository::setMember(const QString &projectId, const QString &userId, ProjectRole role)
{
    auto q =
        m_db.exec(QStringLiteral("INSERT INTO project_members (project_id, user_id, role) VALUES (?, ?, ?) "
                                 "ON CONFLICT (project_id, user_id) DO UPDATE SET role = excluded.role"),
                  {projectId, userId, projectRoleToString(role)});
    if (!q.ok())
        return q.error();
    return {};
}

Status ProjectRepository::removeMember(const QString &projectId, const QString &userId)
{
    return m_db.execChanging(
        QStringLiteral("DELETE FROM project_members WHERE project_id = ? AND user_id = ?"),
        {projectId, userId});
}

Result<QHash<QString, Accreditation>> ProjectRepository::memberAccreditations(const QString &projectId)
{
    return m_db.readTransaction([&]() -> Result<QHash<QString, Accreditation>> {
        auto q = m_db.exec(QStringLiteral("SELECT user_id FROM project_members WHERE project_id = ?"),
                           {projectId});
        if (!q.ok())
            return q.error();
        QStringList ids;
        while (q->next())
            ids.append(q->value(0).toString());
        UserRepository users(m_db);
        QHash<QString, Accreditation> out;
        for (const QString &id : std::as_const(ids)) {
            auto a = users.currentAccreditation(id);
            if (!a.ok())
                return a.error();
            if (a->has_value())
                out.insert(id, **a);
        }
        return out;
    });
}

Status ProjectRepository::saveDataset(const Dataset &d)
{
    if (d.id.isEmpty())
        return invalid(QStringLiteral("A dataset needs an id."));
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO datasets (id, title, owner, access) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (id) DO UPDATE SET title = excluded.title, owner = excluded.owner, "
                       "access = excluded.access"),
        {d.id, Database::requiredText(d.title), Database::requiredText(d.owner),
         datasetAccessToString(d.access)});
    if (!q.ok())
        return q.error();
    return {};
}

Result<Dataset> ProjectRepository::findDataset(const QString &id)
{
    auto q = m_db.exec(QStringLiteral("SELECT id, title, owner, access FROM datasets WHERE id = ?"), {id});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return notFound(QStringLiteral("No dataset %1.").arg(id));
    bool ok = false;
    Dataset d = readDataset(*q, &ok);
    if (!ok)
        return invalid(QStringLiteral("Dataset %1 has an unknown access setting.").arg(id));
    return d;
}

Result<QList<Dataset>> ProjectRepository::listDatasets()
{
    auto q = m_db.exec(QStringLiteral("SELECT id, title, owner, access FROM datasets ORDER BY id"));
    if (!q.ok())
        return q.error();
    QList<Dataset> out;
    while (q->next()) {
        bool ok = false;
        out.append(readDataset(*q, &ok));
        if (!ok)
            return invalid(
                QStringLiteral("Dataset %1 has an unknown access setting.").arg(out.constLast().id));
    }
    return out;
}

Result<QList<Dataset>> ProjectRepository::datasetsOf(const QString &projectId)
{
    auto q =
        m_db.exec(QStringLiteral("SELECT d.id, d.title, d.owner, d.access FROM datasets d "
                                 "JOIN project_datasets pd ON pd.dataset_id = d.id WHERE pd.project_id = ? "
                                 "ORDER BY d.id"),
                  {projectId});
    if (!q.ok())
        return q.error();
    QList<Dataset> out;
    while (q->next()) {
        bool ok = false;
        out.append(readDataset(*q, &ok));
        if (!ok)
            return invalid(
                QStringLiteral("Dataset %1 has an unknown access setting.").arg(out.constLast().id));
    }
    return out;
}

Status ProjectRepository::mapDataset(const QString &projectId, const QString &datasetId)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO project_datasets (project_id, dataset_id) VALUES (?, ?) "
                                      "ON CONFLICT (project_id, dataset_id) DO NOTHING"),
                       {projectId, datasetId});
    if (!q.ok())
        return q.error();
    return {};
}

Status ProjectRepository::unmapDataset(const QString &projectId, const QString &datasetId)
{
    return m_db.execChanging(
        QStringLiteral("DELETE FROM project_datasets WHERE project_id = ? AND dataset_id = ?"),
        {projectId, datasetId});
}

} // namespace srs::store
