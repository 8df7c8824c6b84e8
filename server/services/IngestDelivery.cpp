#include "IngestDelivery.h"

#include "ServiceError.h"

#include "crypto/Crypto.h"
#include "protocol/IngestReviewMessages.h"
#include "workspace/FileDescriptor.h"
#include "workspace/SafeWorkspaceFile.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;
using workspace::FileDescriptor;

namespace {

constexpr qsizetype Piece = 1024 * 1024;

Error refused(const QString &message)
{
    return Error{QString::fromLatin1(protocol::ingestreviewerr::DeliveryRefused), message};
}

QString errnoText(int e)
{
    return QString::fromLocal8Bit(std::strerror(e));
}

bool writeAll(int fd, const char *data, qsizetype length)
{
    while (length > 0) {
        const ssize_t n = ::write(fd, data, static_cast<size_t>(length));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        length -= n;
    }
    return true;
}

// Makes (when missing) and opens the folder `part` beneath `parent`, never through a link.
Result<FileDescriptor> openOrMake(int parent, const QString &part, const QString &shown)
{
    const QByteArray name = QFile::encodeName(part);
    if (::mkdirat(parent, name.constData(), 0775) != 0 && errno != EEXIST)
        return internalError(u"cannot make the folder %1: %2"_s.arg(shown, errnoText(errno)));
    FileDescriptor fd(::openat(parent, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!fd.isValid()) {
        if (errno == ELOOP || errno == ENOTDIR)
            return refused(u"%1 in the workspace is a symbolic link or not a folder; nothing was written. "
                           u"Move it aside and the delivery is tried again."_s.arg(shown));
        return internalError(u"cannot open the folder %1: %2"_s.arg(shown, errnoText(errno)));
    }
    return fd;
}

} // namespace

Result<QString> IngestDelivery::deliver(const QString &workspaceFolder, const QString &quarantineFile,
                                        const QString &ingestId, const QString &name, const QString &sha256,
                                        qint64 size)
{
    auto root = workspace::SafeWorkspaceFile::openFolder(workspaceFolder);
    if (!root && root.error().code == QLatin1StringView(workspace::workspaceerr::NotFound)) {
        if (!QDir().mkpath(workspaceFolder))
            return internalError(u"cannot make the workspace folder %1"_s.arg(workspaceFolder));
        root = workspace::SafeWorkspaceFile::openFolder(workspaceFolder);
    }
    if (!root)
        return refused(root.error().message);

    QStringList folders{u"ingest"_s, ingestId};
    const QStringList nameParts = name.split(u'/');
    folders += nameParts.mid(0, nameParts.size() - 1);
    const QString fileName = nameParts.constLast();
    FileDescriptor dir = std::move(root).value();
    QString shown;
    for (const QString &part : std::as_const(folders)) {
        shown = shown.isEmpty() ? part : shown + u'/' + part;
        auto next = openOrMake(dir.get(), part, shown);
        if (!next)
            return next.error();
        dir = std::move(next).value();
    }
    const QString target = shown + u'/' + fileName;
    const QByteArray finalName = QFile::encodeName(fileName);
    struct stat st = {};
    if (::fstatat(dir.get(), finalName.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0)
        return refused(u"%1 already exists in the workspace; it is never overwritten."_s.arg(target));

    FileDescriptor in(
        ::open(QFile::encodeName(quarantineFile).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    if (!in.isValid())
        return internalError(
            u"cannot open the quarantine file %1: %2"_s.arg(quarantineFile, errnoText(errno)));
    const QByteArray tempName =
        ".srs-ingest-" + QByteArray::number(QRandomGenerator::system()->generate64(), 16) + ".part";
    FileDescriptor out(
        ::openat(dir.get(), tempName.constData(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0664));
    if (!out.isValid())
        return internalError(u"cannot make a temporary file in %1: %2"_s.arg(shown, errnoText(errno)));
    auto discard = [&](const Error &e) -> Error {
        (void)::unlinkat(dir.get(), tempName.constData(), 0);
        return e;
    };
    QByteArray buffer(Piece, Qt::Uninitialized);
    for (;;) {
        const ssize_t n = ::read(in.get(), buffer.data(), static_cast<size_t>(buffer.size()));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return discard(internalError(u"reading %1 failed: %2"_s.arg(quarantineFile, errnoText(errno))));
        if (n == 0)
            break;
        if (!writeAll(out.get(), buffer.constData(), n))
            return discard(internalError(u"writing into %1 failed: %2"_s.arg(shown, errnoText(errno))));
    }
    if (::fsync(out.get()) != 0)
        return discard(internalError(u"flushing the copy in %1 failed: %2"_s.arg(shown, errnoText(errno))));
    // What is on disk, read back from the same handle, against what was declared.
    crypto::Sha256 hash;
    qint64 copied = 0;
    for (off_t offset = 0;;) {
        const ssize_t n = ::pread(out.get(), buffer.data(), static_cast<size_t>(buffer.size()), offset);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return discard(internalError(u"reading the copy back failed: %1"_s.arg(errnoText(errno))));
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        copied += n;
        offset += n;
    }
    const QString actual = QString::fromLatin1(hash.result().toHex());
    if (copied != size || actual != sha256)
        return discard(internalError(u"the copy of %1 has %2 bytes and SHA-256 %3, not the %4 bytes and %5 "
                                     u"declared"_s.arg(target)
                                         .arg(copied)
                                         .arg(actual)
                                         .arg(size)
                                         .arg(sha256)));
    if (::renameat2(dir.get(), tempName.constData(), dir.get(), finalName.constData(), RENAME_NOREPLACE) !=
        0) {
        const int e = errno;
        if (e == EEXIST)
            return discard(
                refused(u"%1 appeared in the workspace meanwhile; it is never overwritten."_s.arg(target)));
        if (e != EINVAL && e != ENOSYS)
            return discard(internalError(u"cannot name the copy %1: %2"_s.arg(target, errnoText(e))));
        // A file system without RENAME_NOREPLACE: a hard link fails on an existing name too.
        if (::linkat(dir.get(), tempName.constData(), dir.get(), finalName.constData(), 0) != 0) {
            const int le = errno;
            return discard(le == EEXIST
                               ? refused(u"%1 already exists in the workspace."_s.arg(target))
                               : internalError(u"cannot name the copy %1: %2"_s.arg(target, errnoText(le))));
        }
        (void)::unlinkat(dir.get(), tempName.constData(), 0);
    }
    (void)::fsync(dir.get());
    return target;
}

} // namespace srs::server
