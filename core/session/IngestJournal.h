#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace srs::session {

class ClientStore;

// A file on this computer to bring into a project, as the person chose it.
struct IngestLocalFile
{
    QString localPath;   // where it is on this computer
    QString name;        // the relative name it is sent under
    QString description; // what it is
    qint64 size = 0;     // filled in by IngestFileHasher
    QString sha256;      // lower-case hexadecimal, filled in by IngestFileHasher
    QDateTime modified;  // when it was last changed, when it was hashed
};

// What is remembered of an upload so that it can carry on after the program was stopped or
// killed: the request's id and project, and each file's local path, name, size, SHA-256 and
// time of last change. Never any of the files' bytes.
struct IngestJournalEntry
{
    QString ingestId; // "I-…", the server's
    QString projectId;
    QString reason;
    QList<IngestLocalFile> files;
    QDateTime savedAt;
    bool cancelling = false; // cancelled here; the server has not confirmed it yet

    [[nodiscard]] QByteArray toJson() const;
    // Nothing when the record cannot be read (it is then ignored).
    [[nodiscard]] static std::optional<IngestJournalEntry> fromJson(QByteArrayView body);
};

// Where IngestUploads keeps its journal. load() lists every entry kept; save() adds or replaces
// the entry of its ingest id; remove() forgets one.
class IngestJournal
{
public:
    virtual ~IngestJournal();
    [[nodiscard]] virtual QList<IngestJournalEntry> load() = 0;
    [[nodiscard]] virtual Status save(const IngestJournalEntry &entry) = 0;
    [[nodiscard]] virtual Status remove(const QString &ingestId) = 0;
};

// Kept in memory only (tests; a client whose cache cannot be opened).
class MemoryIngestJournal final : public IngestJournal
{
public:
    QList<IngestJournalEntry> load() override { return m_entries.values(); }
    Status save(const IngestJournalEntry &entry) override;
    Status remove(const QString &ingestId) override;

private:
    QHash<QString, IngestJournalEntry> m_entries;
};

// One JSON file per upload in a folder (0700, files 0600), each written whole and renamed into
// place, so that a process killed at any moment leaves the old record or the new one. For
// headless tools and benchmarks; the desktop client keeps its journal in the encrypted cache.
class FileIngestJournal final : public IngestJournal
{
public:
    explicit FileIngestJournal(QString folder) : m_folder(std::move(folder)) {}
    QList<IngestJournalEntry> load() override;
    Status save(const IngestJournalEntry &entry) override;
    Status remove(const QString &ingestId) override;

private:
    [[nodiscard]] QString fileOf(const QString &ingestId) const;
    QString m_folder;
};

// The person's encrypted cache (the table ingest_uploads of cache::MetadataCache), through the
// client's store, so each person's journal is their own. While the cache is closed (locked,
// signed out) load() lists nothing and save() and remove() fail (the upload goes on; it is the
// record that could not be written).
class CacheIngestJournal final : public IngestJournal
{
public:
    explicit CacheIngestJournal(ClientStore &store) : m_store(store) {}
    QList<IngestJournalEntry> load() override;
    Status save(const IngestJournalEntry &entry) override;
    Status remove(const QString &ingestId) override;

private:
    [[nodiscard]] static Error closed();
    ClientStore &m_store;
};

} // namespace srs::session
