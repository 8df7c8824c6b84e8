#pragma once

#include <QStringList>

namespace srs::server::admin {

// One function per `admin` subcommand; each takes the whole command line.
int addUser(const QStringList &arguments);
int setAccreditation(const QStringList &arguments);
int revokeAccreditation(const QStringList &arguments);
int revokeCacheShare(const QStringList &arguments);
int listUsers(const QStringList &arguments);
int setRoles(const QStringList &arguments);
int resetTotp(const QStringList &arguments);

int disableUser(const QStringList &arguments);
int enableUser(const QStringList &arguments);
int endSessions(const QStringList &arguments);
int revokeDevice(const QStringList &arguments);

int addOrganisation(const QStringList &arguments);
int addSite(const QStringList &arguments);
int addTerminal(const QStringList &arguments);
int setHours(const QStringList &arguments);
int addClosure(const QStringList &arguments);
int addProject(const QStringList &arguments);
int addMember(const QStringList &arguments);
int removeMember(const QStringList &arguments);
int setProjectStatus(const QStringList &arguments);
int scanWorkspaces(const QStringList &arguments);
int addDataset(const QStringList &arguments);
int mapDataset(const QStringList &arguments);
int addDataOwner(const QStringList &arguments);
int setDataOwner(const QStringList &arguments);
int setDatasetOwner(const QStringList &arguments);

int seedDemo(const QStringList &arguments);

} // namespace srs::server::admin
