#include "IngestJournal.h"

#include "ClientStore.h"

#include "cache/MetadataCache.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace srs::session {

Q_LOGGING_CATEGORY(lcJournal, "srs.ingest.journal")

IngestJournal::~IngestJournal() = default;

QByteArray IngestJournalEntry::toJson() const
{
    QJsonArray list;
    for (const IngestLocalFile &f : files)
        list.append(QJsonObject{{u"local_path"_s, f.localPath},
                                {u"name"_s, f.name},
                                {u"description"_s, f.description},
                                {u"size"_s, f.size},
                                {u"sha256"_s, f.sha256},
                                {u"modified_ms"_s, f.modified.toMSecsSinceEpoch()}});
    return QJsonDocument(QJsonObject{{u"ingest_id"_s, ingestId},
                                     {u"project_id"_s, projectId},
                                     {u"reason"_s, reason},
                                     {u"saved_at_ms"_s, savedAt.toMSecsSinceEpoch()},
                                     {u"cancelling"_s, cancelling},
                                     {u"files"_s, list}})
        .toJson(QJsonDocument::Compact);
}

std::optional<IngestJournalEntry> IngestJournalEntry::fromJson(QByteArrayView body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray());
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    IngestJournalEntry e;
    e.ingestId = o.value(u"ingest_id"_s).toString();
    e.projectId = o.value(u"project_id"_s).toString();
    e.reason = o.value(u"reason"_s).toString();
    e.savedAt = QDateTime::fromMSecsSinceEpoch(o.value(u"saved_at_ms"_s).toInteger(), QTimeZone::utc());
    e.cancelling = o.value(u"cancelling"_s).toBool();
    for (const QJsonValue &v : o.value(u"files"_s).toArray()) {
        const QJsonObject f = v.toObject();
        IngestLocalFile file;
        file.localPath = f.value(u"local_path"_s).toString();
        file.name = f.value(u"name"_s).toString();
        file.description = f.value(u"description"_s).toString();
        file.size = f.value(u"size"_s).toInteger(-1);
        file.sha256 = f.value(u"sha256"_s).toString();
        file.modified =
            QDateTime::fromMSecsSinceEpoch(f.value(u"modified_ms"_s).toInteger(), QTimeZone::utc());
        if (file.localPath.isEmpty() || file.size < 0)
            return std::nullopt;
        e.files.append(file);
    }
    if (e.ingestId.isEmpty() || e.projectId.isEmpty() || e.files.isEmpty())
        return std::nullopt;
    return e;
}

Status MemoryIngestJournal::save(const IngestJournalEntry &entry)
{
    m_entries.insert(entry.ingestId, entry);
    return {};
}

Status MemoryIngestJournal::remove(const QString &ingestId)
{
    m_entries.remove(ingestId);
    return {};
}

// --- a folder of files ---

QString FileIngestJournal::fileOf(const QString &ingestId) const
{
    // Named by a hash of the id, so that no id can name a path.
    return m_folder + u"/"_s +
           QString::fromLatin1(
               QCryptographicHash::hash(ingestId.toUtf8(), QCryptographicHash::Sha256).toHex().left(32)) +
           u".json"_s;
}

QList<IngestJournalEntry> FileIngestJournal::load()
{
    QList<IngestJournalEntry> out;
    const QDir dir(m_folder);
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly) || f.size() > 16 * 1024 * 1024)
            continue;
        if (auto e = IngestJournalEntry::fromJson(f.readAll()))
            out.append(*e);
        else
            qCWarning(lcJournal, "ignoring an unreadable upload record %s", qUtf8Printable(name));
    }
    return out;
}

Status FileIngestJournal::save(const IngestJournalEntry &entry)
{
    if (!QDir().mkpath(m_folder) ||
        !QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return Error{u"io"_s, QCoreApplication::translate("srs::session", "Cannot make the folder %1.")
                                  .arg(QDir::toNativeSeparators(m_folder))};
    QSaveFile f(fileOf(entry.ingestId));
    if (!f.open(QIODevice::WriteOnly) || f.write(entry.toJson()) < 0 ||
        !f.setPermissions(QFile::ReadOwner | QFile::WriteOwner) || !f.commit())
        return Error{u"io"_s, QCoreApplication::translate("srs::session", "Cannot write %1: %2.")
                                  .arg(QDir::toNativeSeparators(f.fileName()), f.errorString())};
    return {};
}

Status FileIngestJournal::remove(const QString &ingestId)
{
    const QString path = fileOf(ingestId);
    if (QFile::exists(path) && !QFile::remove(path))
        return Error{u"io"_s, QCoreApplication::translate("srs::session", "Cannot remove %1.")
                                  .arg(QDir::toNativeSeparators(path))};
    return {};
}

// --- the encrypted cache ---

Error CacheIngestJournal::closed()
{
    return Error{u"cache-closed"_s,
                 QCoreApplication::translate("srs::session",
                                             "Your saved copy on this computer is not open just now.")};
}

QList<IngestJournalEntry> CacheIngestJournal::load()
{
    QList<IngestJournalEntry> out;
    cache::MetadataCache *cache = m_store.cache();
    if (!cache)
        return out;
    auto bodies = cache->ingestUploads();
    if (!bodies.ok()) {
        qCWarning(lcJournal, "reading upload records: %s", qUtf8Printable(bodies.error().message));
        return out;
    }
    for (const QByteArray &body : *bodies)
        if (auto e = IngestJournalEntry::fromJson(body))
            out.append(*e);
    return out;
}

Status CacheIngestJournal::save(const IngestJournalEntry &entry)
{
    cache::MetadataCache *cache = m_store.cache();
    return cache ? cache->saveIngestUpload(entry.ingestId, entry.savedAt, entry.toJson()) : Status(closed());
}

Status CacheIngestJournal::remove(const QString &ingestId)
{
    cache::MetadataCache *cache = m_store.cache();
    return cache ? cache->removeIngestUpload(ingestId) : Status(closed());
}

} // namespace srs::session
