#pragma once

#include "protocol/IngestMessages.h"

#include <QList>
#include <QString>

namespace srs::server {

// Finds, line by line, the commands in code that would reach outside the project once the
// code runs in the workspace, each a "flag" finding with its 1-based line:
//   command-install   installing packages: pip/conda/mamba install, install.packages,
//                     devtools::/remotes::install_*, BiocManager::install, pak, pacman,
//                     npm/yarn, apt/yum/dnf, gem, cargo, go get, Stata ssc/net install, ...
//   command-download  fetching from a network: curl, wget, requests, urllib, download.file,
//                     url(), httr, read functions given a URL, Invoke-WebRequest, git clone, ...
//   command-shell     running other programs: system(), system2, shell(), os.system,
//                     os.popen, subprocess, shell=True, Runtime.exec, ProcessBuilder,
//                     backticks (shell-like languages), "!" and %%bash lines in notebooks,
//                     Stata's shell/winexec
// Notebooks (.ipynb) are read cell by cell: a finding's line is the line within its cell, and
// its parameters name the cell.
class IngestCommandFinder
{
public:
    [[nodiscard]] static QList<protocol::IngestFinding> find(const QString &fileName, const QString &text);
    // One line of code in a language ("R", "Python", ... or "" when unknown); `notebook` when the
    // line is from a notebook's code cell (where "!" runs a shell command).
    [[nodiscard]] static QList<protocol::IngestFinding> findInLine(const QString &line,
                                                                   const QString &language, bool notebook);

    static constexpr int MaxFindings = 500; // a file with more says so in its last finding
};

} // namespace srs::server
