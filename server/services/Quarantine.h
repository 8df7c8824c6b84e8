#pragma once

#include "domain/Result.h"

#include <QByteArrayView>
#include <QString>

namespace srs::server {

// The quarantine folder: where files brought into a project wait, outside every workspace,
// until they have been checked. One folder per ingest request (0700) named by its id, one file
// per ingest file (0600) named by its position, never by the name the researcher gave.
//
// A chunk is written where it belongs with pwrite and flushed (fsync) before the caller records
// it: a chunk recorded in the database is on disk. Nothing is read whole into memory: a file's
// SHA-256 is computed reading it in pieces.
class Quarantine
{
public:
    explicit Quarantine(QString root) : m_root(std::move(root)) {}

    [[nodiscard]] QString root() const { return m_root; }
    [[nodiscard]] QString folderOf(const QString &ingestId) const;
    [[nodiscard]] QString fileOf(const QString &ingestId, int position) const;

    // Makes the request's folder and an empty file for each of its files.
    [[nodiscard]] Status prepare(const QString &ingestId, int files);
    // Writes `bytes` at `offset` of the file and flushes them to disk. On a full disk the
    // error is ingest.storage-full, on another failure of the disk internal-error; either way
    // the space the failed write took is given back and nothing is to be recorded.
    [[nodiscard]] Status write(const QString &ingestId, int position, qint64 offset, QByteArrayView bytes);
    // The file's SHA-256 (lower-case hex) and size, read in pieces.
    struct Digest
    {
        QString sha256;
        qint64 size = 0;
    };
    [[nodiscard]] Result<Digest> digest(const QString &ingestId, int position) const;
    // Empties the file (its chunks are to be sent again).
    [[nodiscard]] Status truncate(const QString &ingestId, int position);
    // Deletes the request's folder and its files.
    [[nodiscard]] Status remove(const QString &ingestId);

private:
    QString m_root;
};

} // namespace srs::server
