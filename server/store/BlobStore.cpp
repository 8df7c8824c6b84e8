#include "BlobStore.h"

#include "crypto/Crypto.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

#include <cerrno>

namespace srs::store {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr QFileDevice::Permissions OwnerReadWrite = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions OwnerOnlyFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

Status makeFolder(const QString &path)
{
    if (!QDir().mkpath(path))
        return StoreError{StoreError::Code::Database, u"Cannot create the blob folder %1."_s.arg(path)};
    if (!QFile::setPermissions(path, OwnerOnlyFolder))
        return StoreError{StoreError::Code::Database, u"Cannot restrict the blob folder %1."_s.arg(path)};
    return {};
}

} // namespace

BlobStore::BlobStore(QString folder) : m_folder(std::move(folder)) {}

bool BlobStore::isSha256Hex(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

QString BlobStore::pathFor(const QString &sha256) const
{
    return m_folder + u'/' + sha256.left(2) + u'/' + sha256;
}

bool BlobStore::contains(const QString &sha256) const
{
    return isSha256Hex(sha256) && QFileInfo(pathFor(sha256)).isFile();
}

Result<QString> BlobStore::put(QByteArrayView bytes)
{
    const QString sha256 = QString::fromLatin1(crypto::sha256(bytes).toHex());
    const QString path = pathFor(sha256);
    if (QFileInfo(path).isFile()) {
        // Already stored; one that no longer matches its name is replaced by the right bytes.
        if (auto existing = get(sha256); existing.ok())
            return sha256;
    }
    if (Status s = makeFolder(m_folder); !s.ok())
        return s.error();
    if (Status s = makeFolder(QFileInfo(path).path()); !s.ok())
        return s.error();
    const auto full = [&](const QString &why) {
        return StoreError{
            StoreError::Code::NoSpace,
            u"No room for blob %1 (%2 bytes) in %3: %4"_s.arg(sha256).arg(bytes.size()).arg(m_folder, why)};
    };
    // Refused before a byte is written when the space left is known to be too little.
    const QStorageInfo disk(QFileInfo(path).path());
    if (disk.isValid() && disk.bytesAvailable() >= 0 && disk.bytesAvailable() < bytes.size())
        return full(u"%1 bytes free"_s.arg(disk.bytesAvailable()));
    // A temporary file beside the blob, renamed into place by commit(); when anything fails,
    // QSaveFile removes it, so no part of a blob is ever left.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return StoreError{StoreError::Code::Database,
                          u"Cannot write blob %1: %2"_s.arg(sha256, file.errorString())};
    // The temporary file is made with the default mode; restrict it before any byte is written.
    if (!file.setPermissions(OwnerReadWrite) || file.write(bytes.data(), bytes.size()) != bytes.size() ||
        !file.commit()) {
        const int e = errno;
        // Qt reports ENOSPC as a resource error; a full quota or a file too large by errno.
        if (file.error() == QFileDevice::ResourceError || e == ENOSPC || e == EDQUOT || e == EFBIG)
            return full(file.errorString());
        return StoreError{StoreError::Code::Database,
                          u"Cannot write blob %1: %2"_s.arg(sha256, file.errorString())};
    }
    return sha256;
}

Result<QByteArray> BlobStore::get(const QString &sha256) const
{
    if (!isSha256Hex(sha256))
        return invalid(u"'%1' is not a blob name."_s.arg(sha256));
    QFile file(pathFor(sha256));
    if (!file.exists())
        return notFound(u"Blob %1 is not stored."_s.arg(sha256));
    if (!file.open(QIODevice::ReadOnly))
        return StoreError{StoreError::Code::Database,
                          u"Cannot read blob %1: %2"_s.arg(sha256, file.errorString())};
    QByteArray bytes = file.readAll();
    if (QString::fromLatin1(crypto::sha256(bytes).toHex()) != sha256)
        return invalid(u"Blob %1 does not match its hash: it has been changed or damaged."_s.arg(sha256));
    return bytes;
}

} // namespace srs::store
