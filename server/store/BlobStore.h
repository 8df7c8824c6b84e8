#pragma once

#include "StoreResult.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace srs::store {

// Content-addressed file storage: each blob is stored once under its SHA-256 (lower-case hex),
// in <folder>/<first two hex digits>/<hex>, written atomically (a temporary file renamed into
// place) with mode 0600, in a folder of mode 0700. A blob is verified against its name on
// every read, so a changed or damaged file is reported, never served.
class BlobStore
{
public:
    explicit BlobStore(QString folder);

    [[nodiscard]] const QString &folder() const { return m_folder; }
    // Stores the bytes and returns their SHA-256; a blob already stored is not written again.
    // NoSpace when the disk or quota is full: then no file, not even a part of one, is left.
    [[nodiscard]] Result<QString> put(QByteArrayView bytes);
    // The bytes of a blob, verified: NotFound when it is not stored, Invalid when its bytes no
    // longer match its name (changed on disk), Database when it cannot be read.
    [[nodiscard]] Result<QByteArray> get(const QString &sha256) const;
    [[nodiscard]] bool contains(const QString &sha256) const;
    [[nodiscard]] QString pathFor(const QString &sha256) const;

    [[nodiscard]] static bool isSha256Hex(const QString &text);

private:
    QString m_folder;
};

} // namespace srs::store
