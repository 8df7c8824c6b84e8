// The admin subcommands about Safe Settings (organisations, safe-room sites), Safe Projects
// (projects and members) and Safe Data (datasets and their mapping to projects).

#include "AdminCommandList.h"
#include "AdminSupport.h"

#include "services/DataOwnerService.h"
#include "services/ProjectService.h"

#include "domain/Dataset.h"
#include "domain/Organisation.h"
#include "domain/Project.h"
#include "domain/ProjectLifecycle.h"
#include "store/DataOwnerRepository.h"
#include "store/OrganisationRepository.h"
#include "store/ProjectRepository.h"
#include "store/UserRepository.h"

#include <QJsonArray>

namespace srs::server::admin {

using namespace Qt::Literals::StringLiterals;
using namespace srs::domain;

namespace {

bool isNotFound(const store::StoreError &e)
{
    return e.code == store::StoreError::Code::NotFound;
}

std::optional<Project> findProject(ServerContext &context, const QString &id)
{
    auto project = store::ProjectRepository(context.database()).find(id);
    if (!project.ok()) {
        fail(isNotFound(project.error()) ? u"no project \"%1\""_s.arg(id) : project.errorString());
        return std::nullopt;
    }
    return std::move(project).value();
}

} // namespace

int addOrganisation(const QStringList &arguments)
{
    const QString command = u"admin add-organisation"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Add an organisation with an Assured Organisational Connectivity agreement. NAME must be what "
        "its device certificates carry in O. Each --range is an egress range of its VPN: CIDR for the "
        "remote-access VPN (home working), CIDR,office for its premises."_s);
    addStorageOptions(parser);
    parser.addOption({u"agreement-until"_s, u"Last day of the AOC agreement (YYYY-MM-DD)."_s, u"DATE"_s});
    parser.addOption({u"range"_s, u"An egress range, CIDR or CIDR,office (repeatable)."_s, u"RANGE"_s});
    QStringList positional;
    if (auto stop = parseCommandLine(parser, arguments, {u"admin"_s, u"add-organisation"_s}, {u"NAME"_s},
                                     &positional))
        return *stop;
    Organisation organisation;
    organisation.name = positional.at(0).trimmed();
    organisation.id = u"org-"_s + slugOf(organisation.name);
    if (slugOf(organisation.name).isEmpty())
        return usageError(u"NAME \"%1\" needs at least one letter or digit"_s.arg(organisation.name),
                          command);
    if (!parser.isSet(u"agreement-until"_s))
        return usageError(u"--agreement-until is required"_s, command);
    QString error;
    const auto until = parseDay(parser.value(u"agreement-until"_s), u"--agreement-until"_s, &error);
    if (!until)
        return usageError(error, command);
    organisation.agreementValidUntil = *until;
    QJsonArray rangesJson;
    for (const QString &text : parser.values(u"range"_s)) {
        const QStringList parts = text.split(u',');
        const auto range = IpRange::parse(parts.at(0).trimmed());
        if (!range)
            return usageError(
                u"--range \"%1\": \"%2\" is not an address range like 192.0.2.0/24"_s.arg(text, parts.at(0)),
                command);
        NetworkKind kind = NetworkKind::RemoteAccess;
        if (parts.size() == 2 && parts.at(1).trimmed() == u"office"_s)
            kind = NetworkKind::Office;
        else if (parts.size() != 1 && !(parts.size() == 2 && parts.at(1).trimmed() == u"remote-access"_s))
            return usageError(u"--range \"%1\": use CIDR, CIDR,office or CIDR,remote-access"_s.arg(text),
                              command);
        organisation.egressRanges.append({*range, kind});
        rangesJson.append(
            QJsonObject{{u"cidr"_s, range->toString()}, {u"kind"_s, networkKindToString(kind)}});
    }
    if (organisation.egressRanges.isEmpty())
        return usageError(u"--range is required at least once"_s, command);

    auto context = openContext(parser);
    if (!context)
        return ExitFailure;
    store::OrganisationRepository organisations(context->database());
    auto existing = organisations.list();
    if (!existing.ok())
        return fail(existing.errorString());
    for (const Organisation &o : existing.value()) {
        if (o.id == organisation.id || o.name.compare(organisation.name, Qt::CaseInsensitive) == 0)
            return fail(u"an organisation \"%1\" already exists"_s.arg(o.name));
    }
    const QJsonObject details{{u"name"_s, organisation.name},
                              {u"agreement_valid_until"_s, until->toString(Qt::ISODate)},
                              {u"ranges"_s, rangesJson}};
    if (store::Status s =
            recordChange(*context, u"organisation.created"_s, u"organisation:"_s + organisation.id, details,
                         [&] { return organisations.save(organisation); });
        !s.ok())
        return fail(s.errorString());
    printLine(u"Added organisation %1 (%2) with %3 range(s), agreement until %4."_s.arg(
        organisation.name, organisation.id, QString::number(organisation.egressRanges.size()),
        until->toString(Qt::ISODate)));
    return ExitOk;
}

int addSite(const QStringList &arguments)
{
    const QString command = u"admin add-site"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Add a safe-room site. NAME must be what its terminal certificates "
                                     "carry in L; each --network is an address range its terminals use."_s);
    addStorageOptions(parser);
    parser.addOption({u"network"_s, u"A network of the site, CIDR (repeatable)."_s, u"CIDR"_s});
    QStringList positional;
    if (auto stop =
            parseCommandLine(parser, arguments, {u"admin"_s, u"add-site"_s}, {u"NAME"_s}, &positional))
        return *stop;
    Site site;
    site.name = positional.at(0).trimmed();
    if (slugOf(site.name).isEmpty())
        return usageError(u"NAME \"%1\" needs at least one letter or digit"_s.arg(site.name), command);
    site.id = u"site-"_s + slugOf(site.name);
    QJsonArray networksJson;
    for (const QString &text : parser.values(u"network"_s)) {
        const auto range = IpRange::parse(text.trimmed());
        if (!range)
            return usageError(u"--network \"%1\" is not an address range like 10.20.0.0/16"_s.arg(text),
                              command);
        site.networks.append(*range);
        networksJson.append(range->toString());
    }
    if (site.networks.isEmpty())
        return usageError(u"--network is required at least once"_s, command);

    auto context = openContext(parser);
    if (!context)
        return ExitFailure;
    store::OrganisationRepository organisations(context->database());
    auto existing = organisations.listSites();
    if (!existing.ok())
        return fail(existing.errorString());
    for (const Site &s : existing.value()) {
        if (s.id == site.id || s.name.compare(site.name, Qt::CaseInsensitive) == 0)
            return fail(u"a site \"%1\" already exists"_s.arg(s.name));
    }
    const QJsonObject details{{u"name"_s, site.name}, {u"networks"_s, networksJson}};
    if (store::Status s = recordChange(*context, u"site.created"_s, u"site:"_s + site.id, details,
                                       [&] { return organisations.saveSite(site); });
        !s.ok())
        return fail(s.errorString());
    printLine(u"Added safe-room site %1 (%2)."_s.arg(site.name, site.id));
    return ExitOk;
}

int addProject(const QStringList &arguments)
{
    const QString command = u"admin add-project"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Add an approved project; its lead becomes a member with the lead role."_s);
    addStorageOptions(parser);
    parser.addOption({u"title"_s, u"The project's title."_s, u"TITLE"_s});
    parser.addOption({u"lead"_s, u"Username of the project lead."_s, u"USERNAME"_s});
    parser.addOption({u"start"_s, u"First day of the project (YYYY-MM-DD)."_s, u"DATE"_s});
    parser.addOption({u"end"_s, u"Last day of the project (YYYY-MM-DD)."_s, u"DATE"_s});
    parser.addOption({u"home-working"_s, u"Home working is approved for this project."_s});
    parser.addOption({u"status"_s, u"active (default), completed or suspended."_s, u"STATUS"_s});
    parser.addOption({u"purpose"_s, u"What the project is for, as published in the register."_s, u"TEXT"_s});
    parser.addOption(
        {u"lead-organisation"_s, u"The organisation the project lead works for (published)."_s, u"NAME"_s});
    QStringList positional;
    if (auto stop =
            parseCommandLine(parser, arguments, {u"admin"_s, u"add-project"_s}, {u"ID"_s}, &positional))
        return *stop;
    Project project;
    project.id = positional.at(0);
    if (!isValidIdentifier(project.id))
        return usageError(
            u"ID \"%1\": use letters, digits, '.', '_' or '-', like P-2026-001"_s.arg(project.id), command);
    project.title = parser.value(u"title"_s).trimmed();
    if (project.title.isEmpty())
        return usageError(u"--title is required"_s, command);
    if (!parser.isSet(u"lead"_s))
        return usageError(u"--lead is required"_s, command);
    for (const QString &name : {u"start"_s, u"end"_s}) {
        if (!parser.isSet(name))
            return usageError(u"--%1 is required"_s.arg(name), command);
    }
    QString error;
    const auto start = parseDay(parser.value(u"start"_s), u"--start"_s, &error);
    if (!start)
        return usageError(error, command);
    const auto end = parseDay(parser.value(u"end"_s), u"--end"_s, &error);
    if (!end)
        return usageError(error, command);
    if (*end < *start)
        return usageError(
            u"--end %1 is before --start %2"_s.arg(end->toString(Qt::ISODate), start->toString(Qt::ISODate)),
            command);
    project.startDate = *start;
    project.endDate = *end;
    project.homeWorkingApproved = parser.isSet(u"home-working"_s);
    project.purpose = parser.value(u"purpose"_s).trimmed();
    project.leadOrganisation = parser.value(u"lead-organisation"_s).trimmed();
    if (parser.isSet(u"status"_s)) {
        const auto status = projectStatusFromString(parser.value(u"status"_s));
        if (!status)
            return usageError(
                u"--status \"%1\": use active, completed or suspended"_s.arg(parser.value(u"status"_s)),
                command);
        project.status = *status;
    }

    auto context = openContext(parser);
    if (!context)
        return ExitFailure;
    store::ProjectRepository projects(context->database());
    if (auto existing = projects.find(project.id); existing.ok())
        return fail(u"a project \"%1\" already exists"_s.arg(project.id));
    else if (!isNotFound(existing.error()))
        return fail(existing.errorString());
    const auto lead = findUser(*context, parser.value(u"lead"_s));
    if (!lead)
        return ExitFailure;
    project.leadUserId = lead->profile.id;
    const QJsonObject details{{u"title"_s, project.title},
                              {u"lead"_s, lead->profile.id},
                              {u"start_date"_s, start->toString(Qt::ISODate)},
                              {u"end_date"_s, end->toString(Qt::ISODate)},
                              {u"status"_s, projectStatusToString(project.status)},
                              {u"home_working_approved"_s, project.homeWorkingApproved},
                              {u"purpose"_s, project.purpose},
                              {u"lead_organisation"_s, project.leadOrganisation}};
    const store::Status s = recordChange(
        *context, u"project.created"_s, u"project:"_s + project.id, details, [&]() -> store::Status {
            if (store::Status saved = projects.save(project); !saved.ok())
                return saved;
            return projects.setMember(project.id, lead->profile.id, ProjectRole::Lead);
        });
    if (!s.ok())
        return fail(s.errorString());
    printLine(u"Added project %1 \"%2\" led by %3, %4 to %5%6."_s.arg(
        project.id, project.title, lead->profile.username, start->toString(Qt::ISODate),
        end->toString(Qt::ISODate), project.homeWorkingApproved ? u", home working approved"_s : QString()));
    return ExitOk;
}

int addMember(const QStringList &arguments)
{
    const QString command = u"admin add-member"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Add a person to a project, or change their role on it."_s);
    addStorageOptions(parser);
    parser.addOption({u"role"_s, u"member, lead or supervisor."_s, u"ROLE"_s});
    QStringList positional;
    if (auto stop = parseCommandLine(parser, arguments, {u"admin"_s, u"add-member"_s},
                                     {u"PROJECT"_s, u"USERNAME"_s}, &positional))
        return *stop;
    if (!parser.isSet(u"role"_s))
        return usageError(u"--role is required (member, lead or supervisor)"_s, command);
    const auto role = projectRoleFromString(parser.value(u"role"_s));
    if (!role)
        return usageError(u"--role \"%1\": use member, lead or supervisor"_s.arg(parser.value(u"role"_s)),
                          command);
    auto context = openContext(parser);
    if (!context)
        return ExitFailure;
    auto project = findProject(*context, positional.at(0));
    if (!project)
        return ExitFailure;
    const auto user = findUser(*context, positional.at(1));
    if (!user)
        return ExitFailure;
    if (Status s =
            AccountAdministration(*context, AdminActor).setMember(project->id, user->profile.id, *role);
        !s.ok())
        return fail(s.error().message);
    printLine(u"%1 is now %2 on %3."_s.arg(user->profile.username, projectRoleToString(*role), project->id));
    return ExitOk;
}

int removeMember(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Take a person off a project (not its lead: make another member the lead "
        "first)."_s);
    addStorageOptions(parser);
    QStringList positional;
    if (auto stop = parseCommandLine(parser, arguments, {u"admin"_s, u"remove-member"_s},
                                     {u"PROJECT"_s, u"USERNAME"_s}, &positional))
        return *stop;
    auto context = openContext(parser);
    if (!context)
        return ExitFailure;
    auto project = findProject(*context, positional.at(0));
    if (!project)
        return ExitFailure;
    const auto user = findUser(*context, positional.at(1));
    if (!user)
        return ExitFailure;
    auto removed = AccountAdministration(*context, AdminActor).removeMember(project->id, user->profile.id);
    if (!removed.ok())
        return fail(removed.error().message);
    printLine(removed.value() ? u"%1 is no longer on %2."_s.arg(user->profile.username, project->id)
                              : u"%1 was not on %2."_s.arg(user->profile.username, project->id));
    return ExitOk;
}

int setProjectStatus(const QStringList &arguments)
{
    const QString command = u"admin set-project-status"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Set a project's status: active, completed or suspended. Completed is final: a completed project "
        "is never set back to active or suspended. Support staff suspend and reopen projects, and leads "
        "report them complete, in the client; this is the command-line way for administrators."_s);
    const QCommandLineOption reasonOption(u"reason"_s, u"Why (kept in the audit log)."_s, u"TEXT"_s);
    parser.addOption(reasonOption);
    addStorageOptions(parser);
    QStringList positional;
    if (auto stop = parseCommandLine(parser, arguments, {u"admin"_s, u"set-project-status"_s},
                                     {u"PROJECT"_s, u"STATUS"_s}, &positional))
        return *stop;
    const auto status = projectStatusFromString(positional.at(1));
    if (!status)
        return usageError(u"STATUS \"%1\": use active, completed or suspended"_s.arg(positional.at(1)),
                          command);
    auto context = openContext(parser);
    if (!context)
        return ExitFailure;
    auto project = findProject(*context, positional.at(0));
    if (!project)
        return ExitFailure;
    if (project->status == *status) {
        printLine(u"%1 is already %2."_s.arg(project->id, projectStatusToString(*status)));
        return ExitOk;
    }
    if (!ProjectLifecycle::isLegalTransition(project->status, *status))
        return fail(u"%1 is %2, and a completed project stays completed."_s.arg(
            project->id, projectStatusToString(project->status)));
    QJsonObject details{{u"from"_s, projectStatusToString(project->status)},
                        {u"to"_s, projectStatusToString(*status)}};
    if (parser.isSet(reasonOption))
        details.insert(u"reason"_s, parser.value(reasonOption));
    project->status = *status;
    store::ProjectRepository projects(context->database());
    if (store::Status s = recordChange(*context, u"project.status-changed"_s, u"project:"_s + project->id,
                                       details, [&] { return projects.save(*project); });
        !s.ok())
        return fail(s.errorString());
    printLine(u"%1 is now %2."_s.arg(project->id, projectStatusToString(*status)));
    return ExitOk;
}

int scanWorkspaces(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Index every active project's workspace folder now (the server also does this every "
        "workspace_scan_seconds)."_s);
    addStorageOptions(parser);
    QStringList positional;
    if (auto stop = parseCommandLine(parser, arguments, {u"admin"_s, u"scan-workspaces"_s}, {}, &positional))
        return *stop;
    auto context = openContext(parser);
    if (!context)
        return ExitFailure;
    WorkspaceScanner scanner(*context);
    auto changed = scanner.scanAll();
    if (!changed.ok())
        return fail(changed.error().message);
    printLine(u"%1 workspace(s) changed."_s.arg(changed.value()));
    return ExitOk;
}

int addDataset(const QStringList &arguments)
{
    const QString command = u"admin add-dataset"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Add a dataset held by the service for its owner."_s);
    addStorageOptions(parser);
    parser.addOption({u"name"_s, u"The dataset's title."_s, u"NAME"_s});
    parser.addOption({u"owner"_s, u"The data owner, for example ONS."_s, u"OWNER"_s});
    parser.addOption(
        {u"access"_s, u"remote (safe room or approved devices) or safe-room-only."_s, u"ACCESS"_s});
    QStringList positional;
    if (auto stop =
            parseCommandLine(parser, arguments, {u"admin"_s, u"add-dataset"_s}, {u"ID"_s}, &positional))
        return *stop;
    Dataset dataset;
    dataset.id = positional.at(0);
    if (!isValidIdentifier(dataset.id))
        return usageError(u"ID \"%1\": use letters, digits, '.', '_' or '-'"_s.arg(dataset.id), command);
    dataset.title = parser.value(u"name"_s).trimmed();
    if (dataset.title.isEmpty())
        return usageError(u"--name is required"_s, command);
    dataset.owner = parser.value(u"owner"_s).trimmed();
    if (dataset.owner.isEmpty())
        return usageError(u"--owner is required"_s, command);
    const QString access = parser.value(u"access"_s);
    if (access == u"remote"_s || access == u"remote-allowed"_s)
        dataset.access = DatasetAccess::RemoteAllowed;
    else if (access == u"safe-room-only"_s)
        dataset.access = DatasetAccess::SafeRoomOnly;
    else
        return usageError(access.isEmpty() ? u"--access is required (remote or safe-room-only)"_s
                                           : u"--access \"%1\": use remote or safe-room-only"_s.arg(access),
                          command);
    auto context = openContext(parser);
    if (!context)
        return ExitFailure;
    store::ProjectRepository projects(context->database());
    if (auto existing = projects.findDataset(dataset.id); existing.ok())
        return fail(u"a dataset \"%1\" already exists"_s.arg(dataset.id));
    else if (!isNotFound(existing.error()))
        return fail(existing.errorString());
    const QJsonObject details{{u"title"_s, dataset.title},
                              {u"owner"_s, dataset.owner},
                              {u"access"_s, datasetAccessToString(dataset.access)}};
    if (store::Status s = recordChange(*context, u"dataset.created"_s, u"dataset:"_s + dataset.id, details,
                                       [&] { return projects.saveDataset(dataset); });
        !s.ok())
        return fail(s.errorString());
    printLine(u"Added dataset %1 \"%2\" (%3, %4)."_s.arg(dataset.id, dataset.title, dataset.owner,
                                                         datasetAccessToString(dataset.access)));
    return ExitOk;
}

int mapDataset(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Approve a project to use a dataset (or, when the dataset's owner "
                                     u"requires approval, ask its owner's approvers)."_s);
    addStorageOptions(parser);
    QStringList positional;
    if (auto stop = parseCommandLine(parser, arguments, {u"admin"_s, u"map-dataset"_s},
                                     {u"PROJECT"_s, u"DATASET"_s}, &positional))
        return *stop;
    auto context = openContext(parser);
    if (!context)
        return ExitFailure;
    auto project = findProject(*context, positional.at(0));
    if (!project)
        return ExitFailure;
    store::ProjectRepository projects(context->database());
    auto dataset = projects.findDataset(positional.at(1));
    if (!dataset.ok())
        return fail(isNotFound(dataset.error()) ? u"no dataset \"%1\""_s.arg(positional.at(1))
                                                : dataset.errorString());
    if (project->datasetIds.contains(dataset->id)) {
        printLine(u"%1 is already mapped to %2."_s.arg(dataset->id, project->id));
        return ExitOk;
    }
    // A dataset whose owner requires approval is not mapped yet: its owner's approvers are asked.
    auto owner = store::DataOwnerRepository(context->database()).ownerOfDataset(dataset->id);
    if (!owner.ok())
        return fail(owner.errorString());
    if (owner->has_value() && (*owner)->requiresApproval) {
        auto requested = DataOwnerService::requestDataset(*context, project->id, dataset->id, AdminActor);
        if (!requested)
            return fail(requested.error().message);
        printLine(u"%1 needs the approval of its owner, %2: approval request %3 is waiting for them. The "
                  u"dataset is mapped to %4 when they approve."_s.arg(dataset->id, (*owner)->name,
                                                                      requested->approvalId, project->id));
        return ExitOk;
    }
    if (store::Status s = recordChange(*context, u"project.dataset-mapped"_s, u"project:"_s + project->id,
                                       {{u"dataset"_s, dataset->id}},
                                       [&] { return projects.mapDataset(project->id, dataset->id); });
        !s.ok())
        return fail(s.errorString());
    printLine(u"Mapped %1 to %2."_s.arg(dataset->id, project->id));
    return ExitOk;
}

} // namespace srs::server::admin
