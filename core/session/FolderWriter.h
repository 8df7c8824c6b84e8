#pragma once

#include <QByteArray>
#include <QString>

namespace srs::session {

// Keeps a downloaded file under a folder the person chose, never through a symbolic link inside
// it: each folder on the way is opened relative to the one before it without following links
// (made when missing), the file is written to a new temporary name in its folder (O_EXCL,
// O_NOFOLLOW) and moved to its name only if nothing is there by then (RENAME_NOREPLACE, or a hard
// link), and read back by the same route. A link where a folder or the file should be is refused,
// whether it points at something or nowhere; so is a file already there with other content.
class FolderWriter
{
public:
    enum class Outcome
    {
        Written,
        AlreadyThere,   // a regular file with the same SHA-256: kept as it is
        OtherFileThere, // something else has the name: not overwritten
        LinkInTheWay,   // a symbolic link where a folder or the file would be
        Failed,         // could not be written (detail says why)
    };
    struct Answer
    {
        Outcome outcome = Outcome::Failed;
        QString detail; // the system's reason, when Failed
    };

    enum class Existing
    {
        Keep,    // a file already there is never replaced
        Replace, // a regular file already there is replaced (a link never: it is refused)
    };

    // `relativePath` is already made safe (Releases::safeRelativePath); `sha256` is lower-case hex.
    [[nodiscard]] static Answer keep(const QString &folder, const QString &relativePath,
                                     const QByteArray &bytes, const QString &sha256,
                                     Existing existing = Existing::Keep);
};

} // namespace srs::session
