#pragma once

#include "domain/Result.h"
#include "services/CommandLine.h"
#include "services/ServerConfig.h"

#include <QStringList>

class QCommandLineParser;

namespace srs::server {

// `srs-clearance-server serve ...`: the arguments are the whole command line.
int runServe(const QStringList &arguments);

} // namespace srs::server
