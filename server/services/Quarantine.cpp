#include "Quarantine.h"

#include "ServiceError.h"

#include "crypto/Crypto.h"
#include "protocol/IngestMessages.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;

namespace {

// Closes a descriptor when it goes out of scope.
struct Fd
{
    int fd = -1;
    explicit Fd(int f) : fd(f) {}
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
};

QString errnoText(int e)
{
    return QString::fromLocal8Bit(std::strerror(e));
}

bool isFull(int e)
{
    return e == ENOSPC || e == EDQUOT || e == EFBIG;
}

Error diskError(int e, const QString &what)
{
    if (isFull(e))
        return Error{
            QString::fromLatin1(protocol::ingesterr::StorageFull),
            u"The server's quarantine storage is full; the chunk was not stored. Try again later, or "
            u"ask the support team."_s};
    return internalError(what + u": "_s + errnoText(e));
}

Status makeFolder(const QString &path)
{
    const QByteArray p = QFile::encodeName(path);
    if (::mkdir(p.constData(), 0700) != 0 && errno != EEXIST)
        return internalError(u"cannot make the quarantine folder %1: %2"_s.arg(path, errnoText(errno)));
    struct stat st
    {};
    if (::lstat(p.constData(), &st) != 0 || !S_ISDIR(st.st_mode))
        return internalError(u"the quarantine folder %1 is not a folder"_s.arg(path));
    return {};
}

} // namespace

QString Quarantine::folderOf(const QString &ingestId) const
{
    return m_root + u'/' + ingestId;
}

QString Quarantine::fileOf(const QString &ingestId, int position) const
{
    return folderOf(ingestId) + u'/' + QString::number(position);
}

Status Quarantine::prepare(const QString &ingestId, int files)
{
    if (const Status s = makeFolder(m_root); !s)
        return s;
    if (const Status s = makeFolder(folderOf(ingestId)); !s)
        return s;
    for (int i = 0; i < files; ++i) {
        const QByteArray path = QFile::encodeName(fileOf(ingestId, i));
        const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd < 0)
            return diskError(errno, u"cannot make the quarantine file %1"_s.arg(fileOf(ingestId, i)));
        ::close(fd);
    }
    return {};
}

Status Quarantine::write(const QString &ingestId, int position, qint64 offset, QByteArrayView bytes)
{
    const QString name = fileOf(ingestId, position);
    Fd fd(::open(QFile::encodeName(name).constData(), O_WRONLY | O_NOFOLLOW | O_CLOEXEC));
    if (fd.fd < 0)
        return diskError(errno, u"cannot open the quarantine file %1"_s.arg(name));
    // The space a failed write took is given back, so a full disk is not left fuller.
    auto giveBack = [&] {
        if (!bytes.isEmpty())
            (void)::fallocate(fd.fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, offset, bytes.size());
    };
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::pwrite(fd.fd, bytes.data() + done, static_cast<size_t>(bytes.size() - done),
                                   static_cast<off_t>(offset + done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int e = errno;
            giveBack();
            return diskError(e, u"cannot write the quarantine file %1"_s.arg(name));
        }
        if (n == 0) {
            giveBack();
            return diskError(ENOSPC, name);
        }
        done += n;
    }
    if (::fsync(fd.fd) != 0) {
        const int e = errno;
        giveBack();
        return diskError(e, u"cannot flush the quarantine file %1"_s.arg(name));
    }
    return {};
}

Result<Quarantine::Digest> Quarantine::digest(const QString &ingestId, int position) const
{
    const QString name = fileOf(ingestId, position);
    Fd fd(::open(QFile::encodeName(name).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    if (fd.fd < 0)
        return internalError(u"cannot open the quarantine file %1: %2"_s.arg(name, errnoText(errno)));
    crypto::Sha256 hash;
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    Digest d;
    for (;;) {
        const ssize_t n = ::read(fd.fd, buffer.data(), static_cast<size_t>(buffer.size()));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return internalError(u"cannot read the quarantine file %1: %2"_s.arg(name, errnoText(errno)));
        }
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        d.size += n;
    }
    d.sha256 = QString::fromLatin1(hash.result().toHex());
    return d;
}

Status Quarantine::truncate(const QString &ingestId, int position)
{
    const QString name = fileOf(ingestId, position);
    Fd fd(::open(QFile::encodeName(name).constData(), O_WRONLY | O_NOFOLLOW | O_CLOEXEC | O_TRUNC));
    if (fd.fd < 0)
        return internalError(u"cannot empty the quarantine file %1: %2"_s.arg(name, errnoText(errno)));
    return {};
}

Status Quarantine::remove(const QString &ingestId)
{
    QDir folder(folderOf(ingestId));
    if (!folder.exists())
        return {};
    if (!folder.removeRecursively())
        return internalError(u"cannot delete the quarantine folder %1"_s.arg(folder.path()));
    return {};
}

} // namespace srs::server
