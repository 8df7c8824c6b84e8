#include "SafeWorkspaceFile.h"

#include "crypto/Crypto.h"

#include <QStringList>
#include <QTimeZone>

#include <linux/openat2.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <sys/syscall.h>
#include <unistd.h>

namespace srs::workspace {

using namespace Qt::Literals::StringLiterals;

namespace {

// The flags every workspace file is opened with: never follow a link, never wait on a FIFO (or
// a device), never become a controlling terminal, never leak into a child process.
constexpr int FileFlags = O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC;
constexpr int FolderFlags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;

std::atomic<bool> g_openat2Allowed{true};
std::atomic<bool> g_openat2Missing{false}; // the kernel said ENOSYS once: not asked again

Error refusal(const char *code, QString message)
{
    return Error{QString::fromLatin1(code), std::move(message)};
}

Error notFound(const QString &path)
{
    return refusal(workspaceerr::NotFound, u"%1 is not a file in the project's workspace."_s.arg(path));
}

Error symbolicLink(const QString &path)
{
    return refusal(workspaceerr::SymbolicLink,
                   u"%1 is, or is inside, a symbolic link. Only real files and folders of the project's "
                   u"workspace can be used; copy the file into the workspace instead."_s.arg(path));
}

Error notRegular(const QString &path)
{
    return refusal(workspaceerr::NotRegular,
                   u"%1 is not a regular file (it is a folder, a pipe, a socket or a device). Only regular "
                   u"files can be used."_s.arg(path));
}

Error invalidPath(const QString &path)
{
    return refusal(workspaceerr::InvalidPath,
                   u"%1 is not a path inside the project's workspace. Use the path relative to the "
                   u"workspace, with no empty, '.' or '..' parts."_s.arg(path));
}

Error unreadable(const QString &path, int error)
{
    return refusal(workspaceerr::Unreadable,
                   u"%1 cannot be read (%2). Contact research support if it "
                   u"persists."_s.arg(path, QString::fromLocal8Bit(strerror(error))));
}

// What an error of open() or openat2() on `path` means for the researcher.
Error openError(const QString &path, int error)
{
    switch (error) {
    case ENOENT:
    case ENOTDIR:
        return notFound(path);
    case ELOOP:
        return symbolicLink(path);
    case EXDEV: // RESOLVE_BENEATH: the path would leave the folder
    case ENAMETOOLONG:
        return invalidPath(path);
    case ENXIO: // a socket
    case ENODEV:
    case EISDIR:
        return notRegular(path);
    default:
        return unreadable(path, error);
    }
}

// The parts of a relative workspace path, or nothing when it could name something outside.
std::optional<QList<QByteArray>> partsOf(const QString &path)
{
    if (path.isEmpty() || path.startsWith(u'/') || path.contains(u'\\') || path.contains(u'\0'))
        return std::nullopt;
    QList<QByteArray> parts;
    for (const QString &part : path.split(u'/')) {
        if (part.isEmpty() || part == "."_L1 || part == ".."_L1)
            return std::nullopt;
        parts.append(part.toUtf8());
    }
    return parts;
}

// openat2() beneath `folderFd`: a descriptor, -1 with errno set, or -2 when the kernel has no
// openat2 (then the caller walks part by part).
int openBeneath(int folderFd, const QByteArray &path)
{
    if (!g_openat2Allowed.load() || g_openat2Missing.load())
        return -2;
    open_how how{};
    how.flags = quint64(FileFlags);
    how.resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS;
    for (int attempt = 0;; ++attempt) {
        const long fd = ::syscall(SYS_openat2, folderFd, path.constData(), &how, sizeof how);
        if (fd >= 0)
            return int(fd);
        if (errno == ENOSYS) {
            g_openat2Missing.store(true);
            return -2;
        }
        // EAGAIN: the kernel saw a rename race during the lookup and refused to guess; look again.
        if ((errno == EAGAIN || errno == EINTR) && attempt < 16)
            continue;
        return -1;
    }
}

int openAt(int dirFd, const char *name, int flags)
{
    int fd = -1;
    do {
        fd = ::openat(dirFd, name, flags);
    } while (fd < 0 && errno == EINTR);
    return fd;
}

} // namespace

void SafeWorkspaceFile::setOpenat2Allowed(bool allowed)
{
    g_openat2Allowed.store(allowed);
}

SafeWorkspaceFile::SafeWorkspaceFile(FileDescriptor fd, const struct stat &status, QString path)
    : m_fd(std::move(fd)), m_status(status), m_path(std::move(path))
{}

Result<FileDescriptor> SafeWorkspaceFile::openFolder(const QString &folder)
{
    const QByteArray name = folder.toLocal8Bit();
    FileDescriptor fd(openAt(AT_FDCWD, name.constData(), FolderFlags));
    if (!fd.isValid()) {
        const int error = errno;
        if (error == ENOENT)
            return refusal(workspaceerr::NotFound, u"The workspace folder %1 does not exist."_s.arg(folder));
        if (error == ELOOP || error == ENOTDIR)
            return refusal(workspaceerr::SymbolicLink,
                           u"The workspace folder %1 is not a real folder (a link or a file)."_s.arg(folder));
        return unreadable(folder, error);
    }
    return fd;
}

Result<SafeWorkspaceFile> SafeWorkspaceFile::open(int folderFd, const QString &relativePath)
{
    const auto parts = partsOf(relativePath);
    if (!parts)
        return invalidPath(relativePath);
    FileDescriptor fd;
    const int direct = openBeneath(folderFd, parts->join('/'));
    if (direct >= 0) {
        fd = FileDescriptor(direct);
    } else if (direct == -1) {
        return openError(relativePath, errno);
    } else {
        // No openat2: one part at a time, each folder opened from the one before, no link followed.
        FileDescriptor dir;
        for (qsizetype i = 0; i + 1 < parts->size(); ++i) {
            const int parent = dir.isValid() ? dir.get() : folderFd;
            FileDescriptor next(openAt(parent, parts->at(i).constData(), FolderFlags));
            if (!next.isValid()) {
                const int error = errno;
                // O_DIRECTORY | O_NOFOLLOW on a link may say ENOTDIR; look (without following)
                // only to say why, the refusal is already decided.
                struct stat st = {};
                if ((error == ENOTDIR || error == ELOOP) &&
                    ::fstatat(parent, parts->at(i).constData(), &st, AT_SYMLINK_NOFOLLOW) == 0 &&
                    S_ISLNK(st.st_mode))
                    return symbolicLink(relativePath);
                return openError(relativePath, error);
            }
            dir = std::move(next);
        }
        fd = FileDescriptor(
            openAt(dir.isValid() ? dir.get() : folderFd, parts->last().constData(), FileFlags));
        if (!fd.isValid())
            return openError(relativePath, errno);
    }
    struct stat st = {};
    if (::fstat(fd.get(), &st) != 0)
        return unreadable(relativePath, errno);
    if (!S_ISREG(st.st_mode))
        return notRegular(relativePath);
    return SafeWorkspaceFile(std::move(fd), st, relativePath);
}

Result<SafeWorkspaceFile> SafeWorkspaceFile::openEntry(int dirFd, const QByteArray &name,
                                                       const QString &shownPath)
{
    if (name.isEmpty() || name.contains('/') || name == "." || name == ".." || name.contains('\0'))
        return invalidPath(shownPath);
    FileDescriptor fd(openAt(dirFd, name.constData(), FileFlags));
    if (!fd.isValid())
        return openError(shownPath, errno);
    struct stat st = {};
    if (::fstat(fd.get(), &st) != 0)
        return unreadable(shownPath, errno);
    if (!S_ISREG(st.st_mode))
        return notRegular(shownPath);
    return SafeWorkspaceFile(std::move(fd), st, shownPath);
}

QDateTime SafeWorkspaceFile::modifiedAt() const
{
    const qint64 ms = qint64(m_status.st_mtim.tv_sec) * 1000 + qint64(m_status.st_mtim.tv_nsec) / 1000000;
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

Result<QByteArray> SafeWorkspaceFile::readAll(qint64 maxBytes)
{
    const auto tooLarge = [&] {
        return refusal(
            workspaceerr::TooLarge,
            u"%1 is larger than the %2 bytes that can be read at once."_s.arg(m_path).arg(maxBytes));
    };
    if (size() > maxBytes)
        return tooLarge();
    QByteArray bytes;
    bytes.reserve(qsizetype(std::min(size(), maxBytes)) + 1);
    std::array<char, 64 * 1024> chunk{};
    for (;;) {
        const ssize_t n = ::read(m_fd.get(), chunk.data(), chunk.size());
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return unreadable(m_path, errno);
        }
        if (n == 0)
            break;
        bytes.append(chunk.data(), qsizetype(n));
        if (bytes.size() > maxBytes)
            return tooLarge(); // it grew while being read
    }
    return bytes;
}

Result<QString> SafeWorkspaceFile::sha256Hex()
{
    crypto::Sha256 hash; // OpenSSL: several times faster than QCryptographicHash
    std::array<char, 64 * 1024> chunk{};
    for (;;) {
        const ssize_t n = ::read(m_fd.get(), chunk.data(), chunk.size());
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return unreadable(m_path, errno);
        }
        if (n == 0)
            break;
        hash.addData(QByteArrayView(chunk.data(), qsizetype(n)));
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace srs::workspace
