#include "AdminCommands.h"

#include "AdminCommandList.h"
#include "AdminSupport.h"

#include <cstdio>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;

namespace {

using admin::Subcommand;

const Subcommand Subcommands[] = {
    {"add-user", admin::addUser,
     "add-user USERNAME --name NAME [--email E] --role ROLE... [--password-stdin]"},
    {"set-accreditation", admin::setAccreditation,
     "set-accreditation USERNAME --kind full|provisional --from DATE [--to DATE]"},
    {"revoke-accreditation", admin::revokeAccreditation, "revoke-accreditation USERNAME"},
    {"revoke-cache-share", admin::revokeCacheShare, "revoke-cache-share USERNAME"},
    {"list-users", admin::listUsers, "list-users"},
    {"set-roles", admin::setRoles, "set-roles USERNAME --role ROLE..."},
    {"reset-totp", admin::resetTotp, "reset-totp USERNAME [--reason TEXT]"},
    {"disable-user", admin::disableUser, "disable-user USERNAME [--reason TEXT]"},
    {"enable-user", admin::enableUser, "enable-user USERNAME [--reason TEXT]"},
    {"end-sessions", admin::endSessions, "end-sessions USERNAME [--reason TEXT]"},
    {"revoke-device", admin::revokeDevice, "revoke-device SERIAL [--note TEXT]"},
    {"add-organisation", admin::addOrganisation,
     "add-organisation NAME --agreement-until DATE --range CIDR[,office]..."},
    {"add-site", admin::addSite, "add-site NAME --network CIDR..."},
    {"add-terminal", admin::addTerminal, "add-terminal SITE TERMINAL[,TERMINAL...]"},
    {"set-hours", admin::setHours, "set-hours SITE [--days mon-fri] [--opens 09:00] [--closes 17:00]"},
    {"add-closure", admin::addClosure, "add-closure SITE DATE --reason TEXT"},
    {"add-project", admin::addProject,
     "add-project ID --title T --lead USERNAME --start DATE --end DATE [--home-working] [--status S] "
     "[--purpose TEXT] [--lead-organisation NAME]"},
    {"add-member", admin::addMember, "add-member PROJECT USERNAME --role member|lead|supervisor"},
    {"remove-member", admin::removeMember, "remove-member PROJECT USERNAME"},
    {"set-project-status", admin::setProjectStatus,
     "set-project-status PROJECT active|completed|suspended [--reason TEXT]"},
    {"scan-workspaces", admin::scanWorkspaces, "scan-workspaces"},
    {"add-dataset", admin::addDataset, "add-dataset ID --name N --owner O --access remote|safe-room-only"},
    {"map-dataset", admin::mapDataset, "map-dataset PROJECT DATASET"},
    {"add-data-owner", admin::addDataOwner,
     "add-data-owner ID --name NAME [--requires-approval] [--approvals N]"},
    {"set-data-owner", admin::setDataOwner, "set-data-owner USERNAME OWNER"},
    {"set-dataset-owner", admin::setDatasetOwner, "set-dataset-owner DATASET OWNER"},
    {"seed-demo", admin::seedDemo, "--seed-demo   (an empty database only; demo use only)"},
};

void adminUsage(FILE *out)
{
    std::fprintf(out, "usage: srs-clearance-server admin COMMAND [ARGS] [--config FILE] [--data-dir DIR]\n"
                      "commands:\n");
    for (const Subcommand &s : Subcommands)
        std::fprintf(out, "  %s\n", s.synopsis);
    std::fprintf(out, "Dates are YYYY-MM-DD. Each command has --help. Every change is recorded in the\n"
                      "audit log (actor \"admin-cli\") in the same transaction as the change.\n"
                      "Exit codes: 0 done, 1 failed, 2 bad arguments (nothing changed).\n");
}

} // namespace

int runAdmin(const QStringList &arguments)
{
    QStringList args = arguments;
    // `admin --seed-demo [options]` is the documented spelling; treat it as a subcommand.
    if (const qsizetype at = args.indexOf(u"--seed-demo"_s); at >= 2) {
        args.removeAt(at);
        args.insert(2, u"seed-demo"_s);
    }
    return admin::runSubcommand(args, u"admin"_s, Subcommands, adminUsage);
}

} // namespace srs::server
