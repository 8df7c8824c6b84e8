#include "OrganisationRepository.h"

#include "Database.h"

namespace srs::store {

using namespace srs::domain;

Status OrganisationRepository::save(const Organisation &o)
{
    if (o.id.isEmpty() || o.name.isEmpty())
        return invalid(QStringLiteral("An organisation needs an id and a name."));
    return m_db.transaction([&]() -> Status {
        auto q = m_db.exec(
            QStringLiteral("INSERT INTO organisations (id, name, agreement_valid_until) VALUES (?, ?, ?) "
                           "ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                           "agreement_valid_until = excluded.agreement_valid_until"),
            {o.id, o.name, Database::encodeDay(o.agreementValidUntil)});
        if (!q.ok())
            return q.error();
        if (auto d = m_db.exec(QStringLiteral("DELETE FROM organisation_ranges WHERE organisation_id = ?"),
                               {o.id});
            !d.ok())
            return d.error();
        for (const EgressRange &r : o.egressRanges) {
            auto i = m_db.exec(
                QStringLiteral(
                    "INSERT INTO organisation_ranges (organisation_id, cidr, kind) VALUES (?, ?, ?)"),
                {o.id, r.range.toString(), networkKindToString(r.kind)});
            if (!i.ok())
                return i.error();
        }
        return {};
    });
}

Result<QList<EgressRange>> OrganisationRepository::rangesOf(const QString &organisationId)
{
    auto q = m_db.exec(QStringLiteral("SELECT cidr, kind FROM organisation_ranges WHERE organisation_id = ? "
                                      "ORDER BY cidr"),
                       {organisationId});
    if (!q.ok())
        return q.error();
    QList<EgressRange> out;
    while (q->next()) {
        const auto range = IpRange::parse(q->value(0).toString());
        const auto kind = networkKindFromString(q->value(1).toString());
        if (!range || !kind)
            return invalid(
                QStringLiteral("A stored egress range of organisation %1 is not valid.").arg(organisationId));
        out.append({*range, *kind});
    }
    return out;
}

Result<Organisation> OrganisationRepository::find(const QString &id)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT id, name, agreement_valid_until FROM organisations WHERE id = ?"), {id});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return notFound(QStringLiteral("No organisation %1.").arg(id));
    Organisation o{q->value(0).toString(), q->value(1).toString(), Database::decodeDay(q->value(2)), {}};
    auto ranges = rangesOf(o.id);
    if (!ranges.ok())
        return ranges.error();
    o.egressRanges = *ranges;
    return o;
}

Result<QList<Organisation>> OrganisationRepository::list()
{
    auto q =
        m_db.exec(QStringLiteral("SELECT id, name, agreement_valid_until FROM organisations ORDER BY name"));
    if (!q.ok())
        return q.error();
    QList<Organisation> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toString(), Database::decodeDay(q->value(2)), {}});
    for (Organisation &o : out) {
        auto ranges = rangesOf(o.id);
        if (!ranges.ok())
            return ranges.error();
        o.egressRanges = *ranges;
    }
    return out;
}

Status OrganisationRepository::saveSite(const Site &s)
{
    if (s.id.isEmpty() || s.name.isEmpty())
        return invalid(QStringLiteral("A site needs an id and a name."));
    return m_db.transaction([&]() -> Status {
        auto q = m_db.exec(QStringLiteral("INSERT INTO sites (id, name) VALUES (?, ?) "
                                          "ON CONFLICT (id) DO UPDATE SET name = excluded.name"),
                           {s.id, s.name});
        if (!q.ok())
            return q.error();
        if (auto d = m_db.exec(QStringLiteral("DELETE FROM site_networks WHERE site_id = ?"), {s.id});
            !d.ok())
            return d.error();
        for (const IpRange &r : s.networks) {
            auto i = m_db.exec(QStringLiteral("INSERT INTO site_networks (site_id, cidr) VALUES (?, ?)"),
                               {s.id, r.toString()});
            if (!i.ok())
                return i.error();
        }
        return {};
    });
}

Result<QList<Site>> OrganisationRepository::listSites()
{
    auto q = m_db.exec(QStringLiteral("SELECT id, name FROM sites ORDER BY name"));
    if (!q.ok())
        return q.error();
    QList<Site> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toString(), {}});
    for (Site &s : out) {
        auto n = m_db.exec(QStringLiteral("SELECT cidr FROM site_networks WHERE site_id = ? ORDER BY cidr"),
                           {s.id});
        if (!n.ok())
            return n.error();
        while (n->next()) {
            const auto range = IpRange::parse(n->value(0).toString());
            if (!range)
                return invalid(QStringLiteral("A stored network of site %1 is not valid.").arg(s.id));
            s.networks.append(*range);
        }
    }
    return out;
}

} // namespace srs::store
