#pragma once

#include "FileDescriptor.h"

#include "domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <sys/stat.h>

namespace srs::workspace {

// Why a workspace file was refused. Stable codes: the server maps them to its wire codes.
namespace workspaceerr {
inline constexpr char InvalidPath[] = "workspace-path-invalid";      // empty, absolute, '.', '..', ...
inline constexpr char NotFound[] = "workspace-file-not-found";       // nothing by that name
inline constexpr char SymbolicLink[] = "workspace-path-symlink";     // a link somewhere in the path
inline constexpr char NotRegular[] = "workspace-not-a-regular-file"; // folder, FIFO, socket, device
inline constexpr char TooLarge[] = "workspace-file-too-large";
inline constexpr char Unreadable[] = "workspace-file-unreadable"; // any other error of the system
} // namespace workspaceerr

// One regular file of a project's workspace, opened so that nothing outside the workspace can be
// reached, whatever the researcher does to the folder at the same moment.
//
// Researchers write their workspace; the server reads it (checks, submission snapshots, the
// index). Checking a path by name and then opening it by name leaves a window in which a folder
// can be swapped for a symbolic link to another project's folder or to the server's own files.
// So nothing is ever opened by a full path: the file is opened beneath the workspace folder's
// descriptor with openat2(RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS) where the kernel has it, or
// part by part with openat(O_DIRECTORY | O_NOFOLLOW) where it does not; the file itself with
// O_NOFOLLOW | O_NONBLOCK (a FIFO never blocks the server) | O_NOCTTY | O_CLOEXEC. What was
// opened is then checked on the handle (fstat: a regular file only), and every later read and
// size comes from that same handle, never from the name again.
class SafeWorkspaceFile
{
public:
    // Opens a workspace folder itself. The folder's last part must be a real folder, not a link
    // (its parents are the administrator's configuration).
    [[nodiscard]] static Result<FileDescriptor> openFolder(const QString &folder);

    // Opens `relativePath` ("outputs/table.csv": parts separated by '/', none empty, '.' or
    // '..', no NUL) beneath the folder open as `folderFd`. Refusals name the path and say why.
    [[nodiscard]] static Result<SafeWorkspaceFile> open(int folderFd, const QString &relativePath);

    // Opens the entry `name` (one part) of the folder open as `dirFd`; `shownPath` names it in
    // refusals. For walking a folder one level at a time.
    [[nodiscard]] static Result<SafeWorkspaceFile> openEntry(int dirFd, const QByteArray &name,
                                                             const QString &shownPath);

    SafeWorkspaceFile(SafeWorkspaceFile &&) noexcept = default;
    SafeWorkspaceFile &operator=(SafeWorkspaceFile &&) noexcept = default;

    [[nodiscard]] int fd() const { return m_fd.get(); }
    [[nodiscard]] const struct stat &status() const { return m_status; } // of the open handle
    [[nodiscard]] qint64 size() const { return qint64(m_status.st_size); }
    [[nodiscard]] QDateTime modifiedAt() const; // UTC, whole milliseconds

    // Everything in the file, read from the handle: refused (TooLarge) when the file is larger
    // than `maxBytes`, by its size or by the bytes actually there (a file that grows while it is
    // read).
    [[nodiscard]] Result<QByteArray> readAll(qint64 maxBytes);
    // The SHA-256 of everything in the file, read from the handle (hex).
    [[nodiscard]] Result<QString> sha256Hex();

    // For tests: behave as on a kernel without openat2 (the part-by-part fallback).
    static void setOpenat2Allowed(bool allowed);

private:
    SafeWorkspaceFile(FileDescriptor fd, const struct stat &status, QString path);

    FileDescriptor m_fd;
    struct stat m_status = {};
    QString m_path;
};

} // namespace srs::workspace
