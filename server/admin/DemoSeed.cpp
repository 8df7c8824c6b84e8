// `srs-clearance-server admin --seed-demo`: a realistic, entirely synthetic demo world that
// scripts/demo runs against on loopback. DEMO ONLY: the personas' credentials are public.

#include "DemoSeed.h"

#include "AdminCommandList.h"
#include "AdminSupport.h"
#include "DemoWorkspace.h"

#include "crypto/Crypto.h"
#include "crypto/Totp.h"
#include "services/DataOwnerService.h"
#include "services/NotificationService.h"
#include "store/AuditLog.h"
#include "store/BookingRepository.h"
#include "store/DataOwnerRepository.h"
#include "store/LifecycleRepository.h"
#include "store/OrganisationRepository.h"
#include "store/ProjectRepository.h"
#include "store/UserRepository.h"
#include "workspace/WorkspaceIndexer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

#include <cstdio>

namespace srs::server::admin {

using namespace Qt::Literals::StringLiterals;
using namespace srs::domain;

crypto::SecureBuffer demoPassword(const QString &username)
{
    QByteArray bytes = (u"demo-"_s + username).toUtf8();
    return crypto::SecureBuffer::takeFrom(bytes);
}

crypto::SecureBuffer demoTotpSecret(const QString &username)
{
    QByteArray digest = crypto::sha256((u"srs-demo-totp/"_s + username).toUtf8());
    digest.truncate(crypto::Totp::DefaultSecretLength);
    return crypto::SecureBuffer::takeFrom(digest);
}

namespace {

// The safe-room terminal certificate of the dev PKI says L=Demo Safe Room; its laptop
// certificate says O=Demo University. The demo runs on loopback, so both networks are
// 127.0.0.0/8; the university's is its remote-access range, so the laptop counts as
// home working.
const QString SafeRoomName = u"Demo Safe Room"_s;
const QString DemoOrganisation = u"Demo University"_s;
const QString LoopbackRange = u"127.0.0.0/8"_s;
const QString MarkerUsername = u"asha.patel"_s; // present once the demo has been seeded

struct Persona
{
    QString username;
    QString name;
    QList<Role> roles;
    std::optional<Accreditation> accreditation;
    bool signsSecurity = true;
    bool signsExtendedSyops = false;
    QString roleText;
    QString shows;
};

struct DemoProject
{
    Project project;
    QList<std::pair<QString, ProjectRole>> members; // username, role (the lead included)
    QString outcome;
    QString exposure;
};

QList<Persona> personas(QDate today)
{
    const QDate expiredOn = today.addMonths(-1);
    return {
        {u"asha.patel"_s,
         u"Dr Asha Patel"_s,
         {Role::Researcher},
         Accreditation::standard(AccreditationKind::Full, today.addYears(-2)),
         false,
         false,
         u"researcher (lead)"_s,
         u"signs in from the laptop; owes both declarations; home working approved on P-2026-001"_s},
        {u"tom.hughes"_s,
         u"Tom Hughes"_s,
         {Role::Researcher},
         Accreditation::standard(AccreditationKind::Provisional, today.addMonths(-4)),
         true,
         true,
         u"researcher"_s,
         u"provisional; works on P-2026-001 under his supervisor eleanor.wright"_s},
        {u"eleanor.wright"_s,
         u"Prof Eleanor Wright"_s,
         {Role::Researcher},
         Accreditation::standard(AccreditationKind::Full, today.addYears(-3)),
         true,
         true,
         u"researcher (supervisor)"_s,
         u"supervises P-2026-001; leads P-2025-031 (ends in 20 days)"_s},
        {u"megan.davies"_s,
         u"Megan Davies"_s,
         {Role::Researcher},
         Accreditation::standard(AccreditationKind::Full, today.addYears(-1)),
         true,
         false,
         u"researcher (lead)"_s,
         u"P-2026-002 has no home working: refused from the laptop; safe-room-only data at the safe room"_s},
        {u"james.okafor"_s,
         u"James Okafor"_s,
         {Role::Researcher},
         Accreditation{AccreditationKind::Full, expiredOn.addYears(-5).addDays(1), expiredOn, false},
         true,
         false,
         u"researcher"_s,
         u"accreditation expired %1: sign-in refused"_s.arg(expiredOn.toString(Qt::ISODate))},
        {u"fiona.campbell"_s,
         u"Fiona Campbell"_s,
         {Role::OutputChecker},
         std::nullopt,
         true,
         false,
         u"output checker"_s,
         u"reviews submitted outputs (first review)"_s},
        {u"daniel.reid"_s,
         u"Daniel Reid"_s,
         {Role::OutputChecker},
         std::nullopt,
         true,
         false,
         u"output checker"_s,
         u"second, independent review before release"_s},
        {u"priya.shah"_s,
         u"Priya Shah"_s,
         {Role::Administrator},
         std::nullopt,
         true,
         false,
         u"administrator"_s,
         u"support staff account"_s},
        {u"grace.morgan"_s,
         u"Grace Morgan"_s,
         {Role::DataOwner},
         std::nullopt,
         true,
         true,
         u"data owner"_s,
         u"approves for the Northern Household Panel Trust: P-2026-002's request waits for her; "
         u"P-2026-001 is approved"_s},
    };
}

QList<Dataset> datasets()
{
    return {
        {u"DS-LFS-2024"_s, u"Labour Force Survey 2015-2024, person-level"_s, u"ONS"_s,
         DatasetAccess::RemoteAllowed},
        {u"DS-HES-APC"_s, u"Hospital Episode Statistics: admitted patient care"_s, u"NHS England"_s,
         DatasetAccess::RemoteAllowed},
        {u"DS-NPD-KS2"_s, u"National Pupil Database: Key Stage 2 attainment"_s, u"Department for Education"_s,
         DatasetAccess::RemoteAllowed},
        {u"DS-CENSUS21-LINKED"_s, u"Census 2021 linked small-area microdata"_s, u"ONS"_s,
         DatasetAccess::SafeRoomOnly},
        {u"DS-ASHE"_s, u"Annual Survey of Hours and Earnings"_s, u"ONS"_s, DatasetAccess::RemoteAllowed},
        {u"DS-BSD"_s, u"Business Structure Database"_s, u"ONS"_s, DatasetAccess::RemoteAllowed},
    };
}

QList<DemoProject> projects(QDate today)
{
    auto make = [](QString id, QString title, ProjectStatus status, QDate start, QDate end, bool home,
                   QList<QString> datasetIds) {
        Project p;
        p.id = std::move(id);
        p.title = std::move(title);
        p.status = status;
        p.startDate = start;
        p.endDate = end;
        p.homeWorkingApproved = home;
        p.datasetIds = std::move(datasetIds);
        return p;
    };
    return {
        {make(u"P-2026-001"_s, u"Commuting time and health in working-age adults"_s, ProjectStatus::Active,
              today.addMonths(-5), today.addYears(2), true, {u"DS-LFS-2024"_s, u"DS-HES-APC"_s}),
         {{u"asha.patel"_s, ProjectRole::Lead},
          {u"eleanor.wright"_s, ProjectRole::Supervisor},
          {u"tom.hughes"_s, ProjectRole::Member}},
         u"poor_health"_s,
         u"commute_minutes"_s},
        {make(u"P-2026-002"_s, u"Child poverty and primary school attainment in small areas"_s,
              ProjectStatus::Active, today.addMonths(-3), today.addMonths(18), false,
              {u"DS-NPD-KS2"_s, u"DS-CENSUS21-LINKED"_s}),
         {{u"megan.davies"_s, ProjectRole::Lead}, {u"james.okafor"_s, ProjectRole::Member}},
         u"ks2_expected_standard"_s,
         u"income_deprivation_score"_s},
        {make(u"P-2025-031"_s, u"Broadband roll-out and regional productivity"_s, ProjectStatus::Active,
              today.addMonths(-22), today.addDays(20), false, {u"DS-ASHE"_s, u"DS-BSD"_s}),
         {{u"eleanor.wright"_s, ProjectRole::Lead}, {u"megan.davies"_s, ProjectRole::Member}},
         u"gva_per_hour"_s,
         u"superfast_coverage"_s},
        {make(u"P-2023-007"_s, u"Air quality and emergency hospital admissions, 2010-2020"_s,
              ProjectStatus::Completed, today.addYears(-3), today.addMonths(-4), false, {u"DS-HES-APC"_s}),
         {{u"eleanor.wright"_s, ProjectRole::Lead}, {u"asha.patel"_s, ProjectRole::Member}},
         u"emergency_admissions"_s,
         u"no2_annual_mean"_s},
    };
}

QString accreditationText(const Persona &p, QDate today)
{
    if (!p.accreditation)
        return p.roles.contains(Role::DataOwner) ? u"- (data owner)"_s : u"- (support staff)"_s;
    const Accreditation &a = *p.accreditation;
    const QString kind = accreditationKindToString(a.kind);
    return a.isValidOn(today) ? u"%1 to %2"_s.arg(kind, a.validTo.toString(Qt::ISODate))
                              : u"%1, EXPIRED %2"_s.arg(kind, a.validTo.toString(Qt::ISODate));
}

void printPersonas(QDate today)
{
    printLine(u"================================================================================"_s);
    printLine(u"DEMO ONLY. These credentials are derived from the usernames and published in the"_s);
    printLine(u"README. Never run --seed-demo on a real service."_s);
    printLine(u"================================================================================"_s);
    QList<QStringList> rows;
    for (const Persona &p : personas(today)) {
        const crypto::SecureBuffer password = demoPassword(p.username);
        const crypto::SecureBuffer secret = crypto::base32Encode(demoTotpSecret(p.username).view(), false);
        rows.append({p.username, QString::fromUtf8(password.view()), QString::fromLatin1(secret.view()),
                     p.roleText, accreditationText(p, today), p.shows});
    }
    printTable({u"USERNAME"_s, u"PASSWORD"_s, u"TOTP SECRET (base32)"_s, u"ROLE"_s, u"ACCREDITATION"_s,
                u"IN THE DEMO"_s},
               rows);
    printLine(u"A current code for a persona: oathtool --totp -b SECRET"_s);
}

// Safe-room bookings: the demo safe room's terminals (sr-demo-01 is the dev PKI's safe-room
// terminal), its hours (every day, 08:00 to 20:00, so the demo works whatever day it is run), a
// closure a fortnight ahead, and megan.davies's bookings (P-2026-002 needs a safe room): today
// all day at sr-demo-01 and tomorrow morning at sr-demo-02. priya.shah (administrator) sees the
// room's day and blocks terminals.
store::Status seedBookings(ServerContext &context, QDate today,
                           const QHash<QString, store::UserRecord> &accounts)
{
    store::BookingRepository repo(context.database());
    const QString siteId = u"site-demo-safe-room"_s;
    const QStringList terminals = {u"sr-demo-01"_s, u"sr-demo-02"_s, u"sr-demo-03"_s};
    if (auto s = recordChange(context, u"site.terminals-added"_s, u"site:"_s + siteId,
                              {{u"terminals"_s, QJsonArray::fromStringList(terminals)}},
                              [&]() -> store::Status {
                                  for (const QString &t : terminals)
                                      if (auto added = repo.addTerminal(siteId, t); !added.ok())
                                          return added;
                                  return {};
                              });
        !s.ok())
        return s;
    const OpeningHours hours{{1, 2, 3, 4, 5, 6, 7}, QTime(8, 0), QTime(20, 0)};
    if (auto s = recordChange(context, u"site.hours-set"_s, u"site:"_s + siteId,
                              {{u"days"_s, QJsonArray{1, 2, 3, 4, 5, 6, 7}},
                               {u"opens"_s, u"08:00"_s},
                               {u"closes"_s, u"20:00"_s}},
                              [&] { return repo.setHours(siteId, hours); });
        !s.ok())
        return s;
    const Closure closure{today.addDays(14), u"Fire safety inspection"_s};
    if (auto s =
            recordChange(context, u"site.closure-added"_s, u"site:"_s + siteId,
                         {{u"date"_s, closure.date.toString(Qt::ISODate)}, {u"reason"_s, closure.reason}},
                         [&] { return repo.addClosure(siteId, closure); });
        !s.ok())
        return s;
    const QString megan = accounts.value(u"megan.davies"_s).profile.id;
    const QList<Booking> bookings = {
        {u"B-demo-today"_s,
         megan,
         u"P-2026-002"_s,
         siteId,
         u"sr-demo-01"_s,
         today,
         BookingSlot::Day,
         context.now(),
         false,
         {}},
        {u"B-demo-tomorrow"_s,
         megan,
         u"P-2026-002"_s,
         siteId,
         u"sr-demo-02"_s,
         today.addDays(1),
         BookingSlot::Morning,
         context.now(),
         false,
         {}},
    };
    for (const Booking &b : bookings) {
        auto event = store::AuditLog(context.database())
                         .append(megan, u"booking.made"_s, u"booking:"_s + b.id,
                                 {{u"room"_s, siteId},
                                  {u"terminal"_s, b.terminal},
                                  {u"date"_s, b.date.toString(Qt::ISODate)},
                                  {u"slot"_s, bookingSlotToString(b.slot)},
                                  {u"project"_s, b.projectId}},
                                 context.now());
        if (!event.ok())
            return event.error();
        if (auto s = repo.createBooking(b); !s.ok())
            return s;
    }
    return {};
}

store::Status seedRecords(ServerContext &context, QDate today,
                          const QHash<QString, store::UserRecord> &accounts)
{
    store::Database &db = context.database();
    store::OrganisationRepository organisations(db);
    store::ProjectRepository projectRepository(db);
    store::UserRepository users(db);
    const QDateTime now = context.now();
    const IpRange loopback = *IpRange::parse(LoopbackRange);

    const Site site{u"site-demo-safe-room"_s, SafeRoomName, {loopback}};
    if (auto s = recordChange(context, u"site.created"_s, u"site:"_s + site.id,
                              {{u"name"_s, site.name}, {u"networks"_s, QJsonArray{LoopbackRange}}},
                              [&] { return organisations.saveSite(site); });
        !s.ok())
        return s;
    const QList<Organisation> orgs = {
        {u"org-demo-university"_s,
         DemoOrganisation,
         today.addYears(1),
         {{loopback, NetworkKind::RemoteAccess}}},
        {u"org-northern-health-analytics"_s,
         u"Northern Health Analytics"_s,
         today.addYears(2),
         {{*IpRange::parse(u"192.0.2.0/24"), NetworkKind::Office}}},
    };
    for (const Organisation &o : orgs) {
        QJsonArray ranges;
        for (const EgressRange &r : o.egressRanges)
            ranges.append(
                QJsonObject{{u"cidr"_s, r.range.toString()}, {u"kind"_s, networkKindToString(r.kind)}});
        const QJsonObject details{{u"name"_s, o.name},
                                  {u"agreement_valid_until"_s, o.agreementValidUntil.toString(Qt::ISODate)},
                                  {u"ranges"_s, ranges}};
        if (auto s = recordChange(context, u"organisation.created"_s, u"organisation:"_s + o.id, details,
                                  [&] { return organisations.save(o); });
            !s.ok())
            return s;
    }

    for (const Persona &p : personas(today)) {
        const store::UserRecord &record = accounts.value(p.username);
        if (auto s = storeAccount(context, record); !s.ok())
            return s;
        const QString subject = u"user:"_s + record.profile.id;
        if (p.accreditation) {
            const Accreditation &a = *p.accreditation;
            const QJsonObject details{{u"kind"_s, accreditationKindToString(a.kind)},
                                      {u"valid_from"_s, a.validFrom.toString(Qt::ISODate)},
                                      {u"valid_to"_s, a.validTo.toString(Qt::ISODate)}};
            if (auto s = recordChange(context, u"user.accreditation-set"_s, subject, details,
                                      [&] { return users.addAccreditation(record.profile.id, a, now); });
                !s.ok())
                return s;
        }
        QList<Declaration> signedDeclarations;
        if (p.signsSecurity)
            signedDeclarations.append(
                {DeclarationKind::Security, context.config().securityDeclarationVersion, now.addDays(-30)});
        if (p.signsExtendedSyops)
            signedDeclarations.append(
                {DeclarationKind::ExtendedSyops, context.config().extendedSyopsVersion, now.addDays(-30)});
        for (const Declaration &d : signedDeclarations) {
            const QJsonObject details{{u"kind"_s, declarationKindToString(d.kind)},
                                      {u"version"_s, d.version}};
            if (auto s = recordChange(context, u"user.declaration-signed"_s, subject, details,
                                      [&] { return users.addDeclaration(record.profile.id, d); });
                !s.ok())
                return s;
        }
    }

    for (const Dataset &d : datasets()) {
        const QJsonObject details{
            {u"title"_s, d.title}, {u"owner"_s, d.owner}, {u"access"_s, datasetAccessToString(d.access)}};
        if (auto s = recordChange(context, u"dataset.created"_s, u"dataset:"_s + d.id, details,
                                  [&] { return projectRepository.saveDataset(d); });
            !s.ok())
            return s;
    }

    for (DemoProject demo : projects(today)) {
        Project &p = demo.project;
        p.leadUserId = accounts.value(demo.members.at(0).first).profile.id;
        const QJsonObject details{{u"title"_s, p.title},
                                  {u"lead"_s, p.leadUserId},
                                  {u"start_date"_s, p.startDate.toString(Qt::ISODate)},
                                  {u"end_date"_s, p.endDate.toString(Qt::ISODate)},
                                  {u"status"_s, projectStatusToString(p.status)},
                                  {u"home_working_approved"_s, p.homeWorkingApproved}};
        if (auto s = recordChange(context, u"project.created"_s, u"project:"_s + p.id, details,
                                  [&] { return projectRepository.save(p); });
            !s.ok())
            return s;
        for (const auto &[username, role] : demo.members) {
            const QString userId = accounts.value(username).profile.id;
            if (auto s = recordChange(context, u"project.member-added"_s, u"project:"_s + p.id,
                                      {{u"user"_s, userId}, {u"role"_s, projectRoleToString(role)}},
                                      [&] { return projectRepository.setMember(p.id, userId, role); });
                !s.ok())
                return s;
        }
        for (const QString &datasetId : p.datasetIds) {
            if (auto s = recordChange(context, u"project.dataset-mapped"_s, u"project:"_s + p.id,
                                      {{u"dataset"_s, datasetId}},
                                      [&] { return projectRepository.mapDataset(p.id, datasetId); });
                !s.ok())
                return s;
        }
    }
    return {};
}

// The project lifecycle in the demo world. P-2025-031 (led by eleanor.wright) ends in 20 days,
// within the end-date warnings, so its lead and members see the warning and eleanor.wright can ask
// for an extension or report it complete. megan.davies has asked for six more months on P-2026-002,
// waiting for the administrator priya.shah, who decides it on the service desk.
store::Status seedLifecycle(ServerContext &context, QDate today,
                            const QHash<QString, store::UserRecord> &accounts)
{
    store::LifecycleRepository lifecycle(context.database());
    domain::ExtensionRequest x;
    x.id = u"X-DEMO0000000000001"_s;
    x.projectId = u"P-2026-002"_s;
    x.requestedBy = accounts.value(u"megan.davies"_s).profile.id;
    x.currentEndDate = today.addMonths(18);
    x.newEndDate = today.addMonths(24);
    x.reason = u"The 2025 attainment results reach the service six months late; we need them for the "
               u"final analysis."_s;
    x.createdAt = context.now().addDays(-2);
    if (auto s = recordChange(context, u"project.extension-requested"_s, u"project:"_s + x.projectId,
                              {{u"request"_s, x.id},
                               {u"current_end_date"_s, x.currentEndDate.toString(Qt::ISODate)},
                               {u"new_end_date"_s, x.newEndDate.toString(Qt::ISODate)},
                               {u"reason"_s, x.reason}},
                              [&] { return lifecycle.createExtension(x); });
        !s.ok())
        return s;
    // The administrator is told it waits, as when a lead asks through the client.
    auto project = store::ProjectRepository(context.database()).find(x.projectId);
    if (!project.ok())
        return project.error();
    return NotificationService::notify(context.database(), {accounts.value(u"priya.shah"_s).profile.id},
                                       {domain::NotificationKind::ExtensionWaiting,
                                        x.projectId,
                                        x.id,
                                        project->title,
                                        {},
                                        x.newEndDate.toString(Qt::ISODate)},
                                       x.createdAt);
}

// ---- Data owners' approval ------------------------------------------------------------------
// An owning organisation that requires its approval, its approver (grace.morgan), its dataset,
// one project approved (P-2026-001) and one request waiting (P-2026-002); and each project's
// purpose and lead organisation for the data-access register.

const QString PanelOwnerId = u"own-northern-panel"_s;
const QString PanelDatasetId = u"DS-NHP-WAVES"_s;

store::Status seedDataOwners(ServerContext &context, const QHash<QString, store::UserRecord> &accounts)
{
    store::Database &db = context.database();
    store::ProjectRepository projectRepository(db);
    store::DataOwnerRepository owners(db);
    const QDateTime now = context.now();
    const struct
    {
        const char16_t *id, *purpose, *organisation;
    } about[] = {
        {u"P-2026-001",
         u"To find out whether long commutes are linked to poorer health, to inform transport and "
         u"public health policy.",
         u"Demo University"},
        {u"P-2026-002",
         u"To understand how child poverty in small areas relates to attainment at the end of "
         u"primary school.",
         u"Demo University"},
        {u"P-2025-031", u"To estimate the effect of superfast broadband on regional productivity.",
         u"Northern Health Analytics"},
        {u"P-2023-007", u"To measure how air pollution affects emergency hospital admissions.",
         u"Demo University"},
    };
    for (const auto &a : about) {
        auto p = projectRepository.find(QString::fromUtf16(a.id));
        if (!p.ok())
            return p.error();
        p->purpose = QString::fromUtf16(a.purpose);
        p->leadOrganisation = QString::fromUtf16(a.organisation);
        if (auto s = recordChange(context, u"project.described"_s, u"project:"_s + p->id,
                                  {{u"purpose"_s, p->purpose}, {u"lead_organisation"_s, p->leadOrganisation}},
                                  [&] { return projectRepository.save(p.value()); });
            !s.ok())
            return s;
    }
    const DataOwner trust{PanelOwnerId, u"Northern Household Panel Trust"_s, true, 1};
    if (auto s = recordChange(
            context, u"data-owner.saved"_s, u"data-owner:"_s + trust.id,
            {{u"name"_s, trust.name}, {u"requires_approval"_s, true}, {u"approvals_needed"_s, 1}},
            [&] { return owners.saveOwner(trust); });
        !s.ok())
        return s;
    const Dataset panel{PanelDatasetId, u"Northern Household Panel, waves 1-12"_s, trust.name,
                        DatasetAccess::RemoteAllowed};
    if (auto s = recordChange(context, u"dataset.created"_s, u"dataset:"_s + panel.id,
                              {{u"title"_s, panel.title}, {u"owner"_s, trust.id}},
                              [&]() -> store::Status {
                                  if (auto saved = projectRepository.saveDataset(panel); !saved.ok())
                                      return saved;
                                  return owners.setDatasetOwner(panel.id, trust.id);
                              });
        !s.ok())
        return s;
    const store::UserRecord &grace = accounts.value(u"grace.morgan"_s);
    if (auto s = recordChange(context, u"data-owner.approver-set"_s, u"user:"_s + grace.profile.id,
                              {{u"owner"_s, trust.id}},
                              [&] { return owners.setApprover(grace.profile.id, trust.id); });
        !s.ok())
        return s;
    // Both projects ask for the panel; the trust has approved P-2026-001 already.
    for (const QString &projectId : {u"P-2026-001"_s, u"P-2026-002"_s}) {
        auto asked = DataOwnerService::requestDataset(context, projectId, panel.id, AdminActor);
        if (!asked)
            return store::invalid(asked.error().message);
        if (projectId != u"P-2026-001"_s)
            continue;
        auto request = owners.findRequest(asked->approvalId);
        if (!request.ok())
            return request.error();
        auto approved = ApprovalWorkflow::decide(request.value(), {grace.profile, trust.id}, true,
                                                 u"Meets the trust's public benefit test."_s, now);
        if (!approved)
            return store::invalid(approved.error().message);
        if (auto s =
                recordChange(context, u"dataset-approval.approved"_s, u"approval:"_s + approved->id,
                             {{u"project"_s, projectId}, {u"dataset"_s, panel.id}, {u"owner"_s, trust.id}},
                             [&]() -> store::Status {
                                 if (auto u = owners.updateRequest(approved.value()); !u.ok())
                                     return u;
                                 return projectRepository.mapDataset(projectId, panel.id);
                             });
            !s.ok())
            return s;
    }
    return {};
}

// The panel's extract in each project's workspace, under datasets/DS-NHP-WAVES/: indexed only
// where the dataset is mapped (P-2026-001 now, P-2026-002 once grace.morgan approves).
bool writePanelExtract(const QString &folder, QString *error)
{
    const QString dir = folder + u"/datasets/"_s + PanelDatasetId;
    if (!QDir().mkpath(dir)) {
        *error = u"cannot create %1"_s.arg(dir);
        return false;
    }
    const QList<std::pair<QString, QByteArray>> files = {
        {u"README.txt"_s, "Northern Household Panel, waves 1-12: synthetic demo extract.\n"},
        {u"panel_waves_1-12.csv"_s, "hh_id,wave,region,tenure,income_band\n1,1,North East,owner,3\n"
                                    "1,2,North East,owner,3\n2,1,North West,renter,2\n"},
    };
    for (const auto &[name, bytes] : files) {
        QFile f(dir + u'/' + name);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
            *error = u"cannot write %1"_s.arg(f.fileName());
            return false;
        }
    }
    return true;
}

} // namespace

int seedDemo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"DEMO ONLY. Fill an empty database with a synthetic demo world: a safe-room site, two "
        "organisations, researchers, output checkers, an administrator, four projects with datasets, "
        "and workspaces of a few hundred synthetic files. Prints each persona's credentials, which are "
        "derived from the usernames: never use this on a real service."_s);
    addStorageOptions(parser);
    QStringList positional;
    if (auto stop = parseCommandLine(parser, arguments, {u"admin"_s, u"seed-demo"_s}, {}, &positional))
        return *stop;
    auto context = openContext(parser);
    if (!context)
        return ExitFailure;
    const QDate today = context->now().toUTC().date();
    store::UserRepository users(context->database());
    auto existing = users.list();
    if (!existing.ok())
        return fail(existing.errorString());
    if (!existing->isEmpty()) {
        if (users.findByUsername(MarkerUsername).ok()) {
            printLine(u"The demo world is already seeded; nothing changed."_s);
            printPersonas(today);
            return ExitOk;
        }
        return fail(u"--seed-demo refused: the database already has users, and the demo world is only ever "
                    "seeded into an empty one"_s);
    }

    std::fprintf(stderr, "srs-clearance-server: seeding the DEMO world (demo credentials, demo only)...\n");
    // Hash every password first: Argon2id is slow on purpose, and the database is not held meanwhile.
    QHash<QString, store::UserRecord> accounts;
    for (const Persona &p : personas(today)) {
        NewAccount account;
        account.username = p.username;
        account.displayName = p.name;
        account.email = p.username + u"@example.ac.uk"_s;
        account.roles = p.roles;
        account.password = demoPassword(p.username);
        account.totpSecret = demoTotpSecret(p.username);
        auto record = prepareAccount(*context, account);
        if (!record.ok())
            return fail(record.errorString());
        accounts.insert(p.username, std::move(record).value());
    }
    store::Database &db = context->database();
    const store::Status seeded = db.transaction([&]() -> store::Status {
        if (auto s = seedRecords(*context, today, accounts); !s.ok())
            return s;
        if (auto s = seedLifecycle(*context, today, accounts); !s.ok())
            return s;
        if (auto s = seedDataOwners(*context, accounts); !s.ok())
            return s;
        if (auto s = seedBookings(*context, today, accounts); !s.ok())
            return s;
        auto event =
            store::AuditLog(db).append(AdminActor, u"demo.seeded"_s, u"demo"_s,
                                       {{u"personas"_s, static_cast<int>(accounts.size())}}, context->now());
        if (!event.ok())
            return event.error();
        return {};
    });
    if (!seeded.ok())
        return fail(u"cannot seed the demo world: "_s + seeded.errorString());

    store::AuditLog audit(db);
    workspace::WorkspaceIndexer indexer(db, &audit);
    ServerContext *ctx = context.get();
    indexer.setClock([ctx] { return ctx->now(); });
    for (const DemoProject &demo : projects(today)) {
        const Project &p = demo.project;
        QStringList datasetTitles;
        for (const Dataset &d : datasets()) {
            if (p.datasetIds.contains(d.id))
                datasetTitles.append(d.title);
        }
        const DemoTopic topic{p.id,
                              p.title,
                              demo.outcome,
                              demo.exposure,
                              datasetTitles,
                              p.startDate,
                              std::min(today, p.endDate)};
        QString error;
        const QString folder = context->workspaceFolder(p.id);
        const int files = writeDemoWorkspace(folder, topic, &error);
        if (files < 0)
            return fail(error);
        if ((p.id == u"P-2026-001"_s || p.id == u"P-2026-002"_s) && !writePanelExtract(folder, &error))
            return fail(error);
        auto scanned = indexer.scan(p.id, folder);
        if (!scanned.ok())
            return fail(u"cannot index the workspace of %1: %2"_s.arg(p.id, scanned.errorString()));
        printLine(u"Workspace of %1: %2 files, revision %3."_s.arg(p.id).arg(files).arg(scanned->revision));
    }
    printLine(u"Seeded the demo world: safe room \"%1\", organisations \"%2\" and \"Northern Health "
              "Analytics\", %3 personas, 4 projects, 7 datasets, a data owner requiring approval."_s
                  .arg(SafeRoomName, DemoOrganisation)
                  .arg(accounts.size()));
    printPersonas(today);
    return ExitOk;
}

} // namespace srs::server::admin
