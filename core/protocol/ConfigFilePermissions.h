#pragma once

#include <QString>

#include <optional>

namespace srs::protocol {

// Who may change a configuration file. A configuration decides what a program trusts (the server
// it talks to, the keys it pins, the networks it admits), so whoever can change the file, or
// replace it in its folder, controls the program. The file and its folder must belong to root
// (or, when `currentUserMayOwn`, to the user running the program) and must not be writable by
// their group or by others.
struct ConfigFileProblem
{
    QString path; // the file or its folder
    QString why;  // "is writable by its group or by others", "belongs to user 1001, ..."
};

// The first problem found, or nothing. A file that does not exist is not a problem here (loading
// it reports that).
[[nodiscard]] std::optional<ConfigFileProblem> configFileProblem(const QString &file, bool currentUserMayOwn);

} // namespace srs::protocol
