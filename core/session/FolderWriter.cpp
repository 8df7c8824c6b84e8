#include "FolderWriter.h"

#include "crypto/Crypto.h"

#include <QFile>
#include <QRandomGenerator>
#include <QStringList>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace srs::session {

namespace {

// A file descriptor closed when it goes.
class Descriptor
{
public:
    explicit Descriptor(int fd = -1) : m_fd(fd) {}
    ~Descriptor() { reset(); }
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    Descriptor(Descriptor &&other) noexcept : m_fd(other.m_fd) { other.m_fd = -1; }
    Descriptor &operator=(Descriptor &&other) noexcept
    {
        if (this != &other) {
            reset();
            m_fd = other.m_fd;
            other.m_fd = -1;
        }
        return *this;
    }
    [[nodiscard]] int get() const { return m_fd; }
    [[nodiscard]] bool valid() const { return m_fd >= 0; }
    void reset()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd;
};

FolderWriter::Answer failed(int error)
{
    return {FolderWriter::Outcome::Failed, QString::fromLocal8Bit(std::strerror(error))};
}

bool isLink(int dir, const QByteArray &name)
{
    struct stat st
    {};
    return ::fstatat(dir, name.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode);
}

// The SHA-256 of a regular file under `dir`, opened without following a link; empty if it cannot be.
QString sha256Of(int dir, const QByteArray &name)
{
    const Descriptor f(::openat(dir, name.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    if (!f.valid())
        return {};
    crypto::Sha256 hash;
    char buffer[64 * 1024];
    for (;;) {
        const ssize_t n = ::read(f.get(), buffer, sizeof buffer);
        if (n == 0)
            break;
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return {};
        }
        hash.addData(QByteArrayView(buffer, static_cast<qsizetype>(n)));
    }
    return QString::fromLatin1(hash.result().toHex());
}

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, static_cast<size_t>(bytes.size() - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        done += static_cast<qsizetype>(n);
    }
    return ::fsync(fd) == 0;
}

// Moves `from` to `to` in `dir` unless something has the name `to` by then.
int moveWithoutReplacing(int dir, const QByteArray &from, const QByteArray &to)
{
#if defined(RENAME_NOREPLACE)
    if (::renameat2(dir, from.constData(), dir, to.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS)
        return errno;
#endif
    // Where the file system cannot rename without replacing: a hard link fails if the name is taken.
    if (::linkat(dir, from.constData(), dir, to.constData(), 0) != 0)
        return errno;
    ::unlinkat(dir, from.constData(), 0);
    return 0;
}

} // namespace

FolderWriter::Answer FolderWriter::keep(const QString &folder, const QString &relativePath,
                                        const QByteArray &bytes, const QString &sha256, Existing existing)
{
    // The chosen folder itself is the person's choice; nothing inside it is followed.
    Descriptor dir(::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!dir.valid())
        return failed(errno);
    QStringList parts = relativePath.split(u'/');
    const QByteArray name = QFile::encodeName(parts.takeLast());
    for (const QString &part : std::as_const(parts)) {
        const QByteArray encoded = QFile::encodeName(part);
        const int flags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;
        Descriptor next(::openat(dir.get(), encoded.constData(), flags));
        if (!next.valid() && errno == ENOENT) {
            if (::mkdirat(dir.get(), encoded.constData(), 0777) != 0 && errno != EEXIST)
                return failed(errno);
            next = Descriptor(::openat(dir.get(), encoded.constData(), flags));
        }
        if (!next.valid()) {
            const int error = errno;
            if (isLink(dir.get(), encoded))
                return {Outcome::LinkInTheWay, {}};
            if (error == ENOTDIR)
                return {Outcome::OtherFileThere, {}};
            return failed(error);
        }
        dir = std::move(next);
    }

    struct stat st
    {};
    if (::fstatat(dir.get(), name.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0) {
        if (S_ISLNK(st.st_mode))
            return {Outcome::LinkInTheWay, {}};
        if (!S_ISREG(st.st_mode))
            return {Outcome::OtherFileThere, {}};
        if (sha256Of(dir.get(), name) == sha256)
            return {Outcome::AlreadyThere, {}};
        if (existing == Existing::Keep)
            return {Outcome::OtherFileThere, {}};
    }

    QByteArray temporary;
    Descriptor out;
    for (int attempt = 0; attempt < 8 && !out.valid(); ++attempt) {
        temporary = '.' + name + ".part-" + QByteArray::number(QRandomGenerator::system()->generate64(), 16);
        out = Descriptor(::openat(dir.get(), temporary.constData(),
                                  O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666));
        if (!out.valid() && errno != EEXIST)
            return failed(errno);
    }
    if (!out.valid())
        return failed(EEXIST);
    if (!writeAll(out.get(), bytes)) {
        const int error = errno;
        out.reset();
        ::unlinkat(dir.get(), temporary.constData(), 0);
        return failed(error);
    }
    out.reset();
    // Replacing renames over the name itself: a link put there meanwhile is replaced, not followed.
    const int moved =
        existing == Existing::Replace
            ? (::renameat(dir.get(), temporary.constData(), dir.get(), name.constData()) == 0 ? 0 : errno)
            : moveWithoutReplacing(dir.get(), temporary, name);
    if (const int error = moved; error != 0) {
        ::unlinkat(dir.get(), temporary.constData(), 0);
        if (error == EEXIST)
            return {isLink(dir.get(), name) ? Outcome::LinkInTheWay : Outcome::OtherFileThere, {}};
        return failed(error);
    }
    // Read back by the same route: what is on disk under the name is what was verified.
    if (sha256Of(dir.get(), name) != sha256)
        return {Outcome::Failed, QStringLiteral("what is on disk does not match")};
    return {Outcome::Written, {}};
}

} // namespace srs::session
