#pragma once

#include <QStringList>

namespace srs::sdc::tool {

// Exit codes (docs/sdc.md).
enum ExitCode
{
    ExitPass = 0,
    ExitReview = 1,
    ExitFail = 2,
    ExitUnusable = 3,
};

// Runs `srs-sdc` with its arguments (arguments[0] is the program); returns the exit code.
int run(const QStringList &arguments);

} // namespace srs::sdc::tool
