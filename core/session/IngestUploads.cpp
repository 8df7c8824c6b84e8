#include "IngestUploads.h"

#include "IngestUploadState.h"

#include "api/Client.h"
#include "api/IngestApi.h"
#include "crypto/Crypto.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace srs::session {

Q_LOGGING_CATEGORY(lcUploads, "srs.ingest.upload")

using State = IngestUploadProgress::State;
using uploadstate::chunkKey;
using uploadstate::isTransient;
using uploadstate::MaxBackoffSeconds;

IngestUploads::IngestUploads(api::Client &client, IngestJournal &journal, QObject *parent)
    : QObject(parent), m_client(client), m_journal(journal)
{
    m_readers.setMaxThreadCount(2);
}

IngestUploads::~IngestUploads()
{
    // The readers post back to this object: let them end first.
    m_readers.waitForDone();
    for (const auto &u : std::as_const(m_uploads))
        u->abandon();
}

IngestUploads::Upload *IngestUploads::find(const QString &key) const
{
    if (auto u = m_uploads.value(key))
        return u.get();
    for (const auto &u : m_uploads)
        if (u->ingestId == key)
            return u.get();
    return nullptr;
}

IngestUploads::Upload *IngestUploads::current(const QString &key, quint64 generation) const
{
    Upload *u = find(key);
    return u && u->generation == generation ? u : nullptr;
}

void IngestUploads::waitOrFail(Upload *u, const api::ApiFailure &failure)
{
    if (isTransient(failure))
        onTransient(u, failure.message);
    else
        fail(u, failure.message);
}

QString IngestUploads::start(const QString &projectId, const QString &reason,
                             const QList<IngestLocalFile> &files)
{
    retryCancels();
    auto u = std::make_shared<Upload>();
    u->key = u"local-%1"_s.arg(++m_nextKey);
    u->projectId = projectId;
    u->reason = reason;
    u->files = files;
    u->fileSent = QList<qint64>(files.size(), 0);
    m_uploads.insert(u->key, u);
    // Begun from the event loop, so that whoever called has the key before any signal.
    QTimer::singleShot(0, this, [this, key = u->key] {
        Upload *up = find(key);
        if (!up || up->state != State::Creating)
            return;
        if (const QString problem = localProblem(up); !problem.isEmpty())
            fail(up, problem);
        else
            create(up);
    });
    return u->key;
}

QString IngestUploads::localProblem(const Upload *u) const
{
    for (const IngestLocalFile &f : u->files) {
        const QString name = QDir::toNativeSeparators(f.localPath);
        const QFileInfo info(f.localPath);
        if (!info.isFile() || !info.isReadable())
            return tr("%1 is no longer there or cannot be read. Choose it again in a new request, or cancel "
                      "this one.")
                .arg(name);
        if (f.sha256.size() != 64 || info.size() != f.size ||
            info.lastModified().toMSecsSinceEpoch() != f.modified.toMSecsSinceEpoch())
            return tr("%1 has changed since it was checked. Choose it again in a new request, or cancel this "
                      "one.")
                .arg(name);
    }
    return {};
}

void IngestUploads::create(Upload *u)
{
    setState(u, State::Creating);
    protocol::IngestCreateRequest request;
    request.reason = u->reason;
    for (const IngestLocalFile &f : std::as_const(u->files))
        request.files.append({f.name, f.size, f.sha256, f.description});
    auto *call = api::IngestApi(m_client).create(u->projectId, request);
    const QString key = u->key;
    const quint64 generation = u->generation;
    call->onSucceeded(this, [this, key, generation](const protocol::IngestInfo &info) {
        Upload *up = current(key, generation);
        if (!up)
            return;
        up->ingestId = info.id;
        up->chunkBytes = info.chunkBytes;
        journal(up);
        emit started(info.id);
        if (up->cancelAfterCreate) {
            cancelOnServer(up->projectId, up->ingestId, 0);
            return;
        }
        if (up->chunkBytes <= 0 || info.files.size() != up->files.size()) {
            fail(up, tr("The server's answer did not match the files asked for."));
            return;
        }
        if (up->state != State::Creating) // paused meanwhile
            return;
        up->attempt = 0;
        for (int f = 0; f < up->files.size(); ++f)
            for (qint64 n = 0; n * up->chunkBytes < up->files.at(f).size; ++n)
                up->queue.emplace_back(f, int(n));
        setState(up, State::Running);
        pump(up);
    });
    call->onFailed(this, [this, key, generation](const api::ApiFailure &f) {
        Upload *up = current(key, generation);
        if (!up)
            return;
        waitOrFail(up, f);
    });
}

void IngestUploads::askMissing(Upload *u)
{
    auto *call = api::IngestApi(m_client).missing(u->projectId, u->ingestId);
    const QString key = u->key;
    const quint64 generation = u->generation;
    call->onSucceeded(this, [this, key, generation](const protocol::IngestMissing &missing) {
        Upload *up = current(key, generation);
        if (!up || up->state == State::Paused || up->state == State::Failed ||
            up->state == State::Cancelled || up->state == State::Done)
            return;
        up->attempt = 0;
        if (missing.state == u"cancelled"_s) {
            forget(up);
            setState(up, State::Cancelled, tr("The request was cancelled."));
            return;
        }
        if (missing.state != u"uploading"_s) { // finished already (the answer was lost)
            forget(up);
            setState(up, State::Done);
            emit finished(up->ingestId);
            return;
        }
        if (missing.chunkBytes <= 0 || missing.files.size() != up->files.size()) {
            fail(up, tr("The server's record of this request does not match the files on this computer."));
            return;
        }
        up->chunkBytes = missing.chunkBytes;
        up->queue.clear();
        for (const protocol::IngestMissing::File &file : missing.files) {
            if (file.index < 0 || file.index >= up->files.size())
                continue;
            up->fileSent[file.index] = file.receivedBytes;
            for (const auto &range : file.missing)
                for (qint64 o = range.offset; o < range.offset + range.length; o += up->chunkBytes) {
                    const int chunk = int(o / up->chunkBytes);
                    if (!up->inFlight.contains(chunkKey(file.index, chunk)))
                        up->queue.emplace_back(file.index, chunk);
                }
        }
        if (up->queue.empty() && up->inFlight.isEmpty()) {
            finishOnServer(up);
            return;
        }
        setState(up, State::Running);
        sendReady(up); // chunks read before a pause go first
        pump(up);
    });
    call->onFailed(this, [this, key, generation](const api::ApiFailure &f) {
        Upload *up = current(key, generation);
        if (!up)
            return;
        waitOrFail(up, f);
    });
}

void IngestUploads::pump(Upload *u)
{
    while (u->state == State::Running && u->inFlight.size() < MaxInFlight + MaxReadAhead &&
           !u->queue.empty()) {
        const auto [file, chunk] = u->queue.front();
        u->queue.pop_front();
        u->inFlight.insert(chunkKey(file, chunk), nullptr);
        const QString path = u->files.at(file).localPath;
        const qint64 offset = qint64(chunk) * u->chunkBytes;
        const qint64 length = u->lengthOf(file, chunk);
        const QString key = u->key;
        const quint64 generation = u->generation;
        // Read and hashed on a worker: only this chunk of the file is in memory.
        m_readers.start([this, key, generation, file, chunk, path, offset, length] {
            QByteArray bytes;
            QFile f(path);
            if (f.open(QIODevice::ReadOnly) && f.seek(offset))
                bytes = f.read(length);
            const bool ok = bytes.size() == length;
            const QByteArray sha = ok ? crypto::sha256(bytes).toHex() : QByteArray();
            QMetaObject::invokeMethod(
                this,
                [this, key, generation, file, chunk, ok, bytes = std::move(bytes), sha] {
                    Upload *up = current(key, generation);
                    if (!up)
                        return;
                    if (!ok) {
                        fail(up,
                             tr("%1 could not be read: it may have changed or been moved. Choose it again "
                                "in a new request, or cancel this one.")
                                 .arg(QDir::toNativeSeparators(up->files.at(file).localPath)));
                        return;
                    }
                    if (up->state != State::Running) { // paused meanwhile: send it later
                        up->inFlight.remove(chunkKey(file, chunk));
                        up->queue.emplace_front(file, chunk);
                        return;
                    }
                    up->ready.push_back({file, chunk, bytes, sha});
                    sendReady(up);
                },
                Qt::QueuedConnection);
        });
    }
}

void IngestUploads::sendReady(Upload *u)
{
    while (u->state == State::Running && u->sending < MaxInFlight && !u->ready.empty()) {
        Upload::ReadChunk next = std::move(u->ready.front());
        u->ready.pop_front();
        send(u, next.file, next.chunk, next.bytes, next.sha256Hex);
    }
}

void IngestUploads::send(Upload *u, int file, int chunk, const QByteArray &bytes, const QByteArray &sha256Hex)
{
    auto *call = api::IngestApi(m_client).sendChunk(u->projectId, u->ingestId, file, chunk, bytes, sha256Hex);
    u->inFlight.insert(chunkKey(file, chunk), call);
    ++u->sending;
    ++m_chunkRequests;
    emit chunkSending(u->ingestId, file, chunk);
    const QString key = u->key;
    const quint64 generation = u->generation;
    const qint64 length = bytes.size();
    call->onSucceeded(this, [this, key, generation, file, chunk, length] {
        Upload *up = current(key, generation);
        if (!up)
            return;
        up->inFlight.remove(chunkKey(file, chunk));
        --up->sending;
        up->fileSent[file] = std::min(up->files.at(file).size, up->fileSent.at(file) + length);
        up->sample();
        emit chunkStored(up->ingestId, file, chunk);
        emitProgress(up);
        if (up->state != State::Running)
            return;
        if (up->queue.empty() && up->inFlight.isEmpty()) {
            askMissing(up); // everything sent: the server says whether anything is still missing
        } else {
            sendReady(up);
            pump(up);
        }
    });
    call->onFailed(this, [this, key, generation, file, chunk](const api::ApiFailure &f) {
        Upload *up = current(key, generation);
        if (!up)
            return;
        up->inFlight.remove(chunkKey(file, chunk));
        --up->sending;
        if (up->state == State::Paused && isTransient(f))
            return; // what is missing is asked again on resuming
        if (f.serverCode == QLatin1String(protocol::ingesterr::ChunkConflict)) {
            fail(up, tr("The server already has other bytes for part of %1: the file has changed since the "
                        "upload began. Choose it again in a new request, or cancel this one.")
                         .arg(QDir::toNativeSeparators(up->files.at(file).localPath)));
        } else if (f.serverCode == QLatin1String(protocol::ingesterr::WrongState)) {
            up->abandon(); // finished or cancelled elsewhere: what is missing says which
            askMissing(up);
        } else {
            waitOrFail(up, f);
        }
    });
}

void IngestUploads::finishOnServer(Upload *u)
{
    setState(u, State::Finishing);
    auto *call = api::IngestApi(m_client).finish(u->projectId, u->ingestId);
    const QString key = u->key;
    const quint64 generation = u->generation;
    call->onSucceeded(this, [this, key, generation] {
        Upload *up = current(key, generation);
        if (!up)
            return;
        forget(up);
        setState(up, State::Done);
        emit finished(up->ingestId);
    });
    call->onFailed(this, [this, key, generation](const api::ApiFailure &f) {
        Upload *up = current(key, generation);
        if (!up)
            return;
        if (f.serverCode == QLatin1String(protocol::ingesterr::Incomplete) ||
            f.serverCode == QLatin1String(protocol::ingesterr::WrongState)) {
            setState(up, State::Running);
            askMissing(up);
        } else if (isTransient(f)) {
            onTransient(up, f.message);
        } else {
            fail(up, f.serverMessage.isEmpty() ? f.message : f.serverMessage);
        }
    });
}

void IngestUploads::onTransient(Upload *u, const QString &why)
{
    u->abandon();
    ++u->attempt;
    const int seconds = std::min(MaxBackoffSeconds, 1 << std::min(u->attempt - 1, 5));
    setState(u, State::Waiting, tr("%1 Trying again in %n second(s).", nullptr, seconds).arg(why));
    QTimer::singleShot(seconds * 1000, this, [this, key = u->key, generation = u->generation] {
        Upload *up = current(key, generation);
        if (!up || up->state != State::Waiting)
            return;
        if (up->ingestId.isEmpty())
            create(up);
        else
            askMissing(up);
    });
}

void IngestUploads::fail(Upload *u, const QString &message)
{
    u->abandon();
    qCInfo(lcUploads, "upload %s failed", qUtf8Printable(u->id()));
    setState(u, State::Failed, message);
    emit failed(u->id(), message);
}

void IngestUploads::setState(Upload *u, State state, const QString &message)
{
    if (state != State::Running || u->state != State::Running)
        u->resetSpeed();
    if (state == State::Running && u->state != State::Running)
        u->sample(); // where the average starts from
    u->state = state;
    u->message = message;
    emitProgress(u);
}

void IngestUploads::pause(const QString &ingestId)
{
    Upload *u = find(ingestId);
    if (!u || (u->state != State::Running && u->state != State::Waiting))
        return;
    if (u->state == State::Waiting)
        u->abandon(); // no retry now
    setState(u, State::Paused);
}

IngestUploads::Upload *IngestUploads::adopt(const QString &ingestId)
{
    if (Upload *u = find(ingestId))
        return u;
    for (const IngestJournalEntry &e : m_journal.load()) {
        if (e.ingestId != ingestId || e.cancelling)
            continue;
        auto u = std::make_shared<Upload>();
        u->key = u->ingestId = e.ingestId;
        u->projectId = e.projectId;
        u->reason = e.reason;
        u->files = e.files;
        u->fileSent = QList<qint64>(e.files.size(), 0);
        u->state = State::Paused;
        m_uploads.insert(u->key, u);
        return u.get();
    }
    return nullptr;
}

void IngestUploads::retryCancels()
{
    for (const IngestJournalEntry &e : m_journal.load()) {
        if (!e.cancelling || m_cancelling.contains(e.ingestId))
            continue;
        m_cancelling.insert(e.ingestId);
        cancelOnServer(e.projectId, e.ingestId, 0);
    }
}

void IngestUploads::resume(const QString &ingestId)
{
    retryCancels();
    Upload *u = adopt(ingestId);
    if (!u) {
        emit failed(ingestId, tr("There is no upload %1 on this computer to carry on with.").arg(ingestId));
        return;
    }
    if (u->state != State::Paused && u->state != State::Waiting && u->state != State::Failed)
        return;
    if (const QString problem = localProblem(u); !problem.isEmpty()) {
        fail(u, problem);
        return;
    }
    if (u->state != State::Paused)
        u->abandon();
    u->attempt = 0;
    if (u->ingestId.isEmpty()) {
        create(u);
        return;
    }
    setState(u, State::Running);
    askMissing(u);
}

void IngestUploads::cancel(const QString &ingestId)
{
    Upload *u = adopt(ingestId);
    if (!u)
        return;
    if (u->state == State::Done || u->state == State::Cancelled)
        return;
    u->abandon();
    setState(u, State::Cancelled);
    if (u->ingestId.isEmpty()) {
        u->cancelAfterCreate = true;
        return;
    }
    IngestJournalEntry entry{u->ingestId, u->projectId, u->reason, u->files, QDateTime::currentDateTimeUtc(),
                             true};
    if (Status s = m_journal.save(entry); !s.ok())
        qCWarning(lcUploads, "cannot record the cancellation: %s", qUtf8Printable(s.error().message));
    m_cancelling.insert(u->ingestId);
    cancelOnServer(u->projectId, u->ingestId, 0);
}

void IngestUploads::cancelOnServer(const QString &projectId, const QString &ingestId, int attempt)
{
    auto *call = api::IngestApi(m_client).cancel(projectId, ingestId);
    call->onSucceeded(this, [this, ingestId] {
        m_cancelling.remove(ingestId);
        if (Status s = m_journal.remove(ingestId); !s.ok())
            qCWarning(lcUploads, "cannot forget an upload: %s", qUtf8Printable(s.error().message));
    });
    call->onFailed(this, [this, projectId, ingestId, attempt](const api::ApiFailure &f) {
        if (isTransient(f)) { // the journal keeps it marked; tried again now and at the next start
            const int seconds = std::min(MaxBackoffSeconds, 1 << std::min(attempt, 5));
            QTimer::singleShot(seconds * 1000, this, [this, projectId, ingestId, attempt] {
                if (m_cancelling.contains(ingestId)) // not stopped meanwhile
                    cancelOnServer(projectId, ingestId, attempt + 1);
            });
            return;
        }
        // Refused (finished or cancelled already, or gone): nothing more to do here.
        m_cancelling.remove(ingestId);
        if (Status s = m_journal.remove(ingestId); !s.ok())
            qCWarning(lcUploads, "cannot forget an upload: %s", qUtf8Printable(s.error().message));
    });
}

void IngestUploads::journal(Upload *u)
{
    IngestJournalEntry entry{u->ingestId, u->projectId, u->reason, u->files, QDateTime::currentDateTimeUtc(),
                             false};
    if (Status s = m_journal.save(entry); !s.ok())
        qCWarning(lcUploads, "cannot record the upload: %s", qUtf8Printable(s.error().message));
}

void IngestUploads::forget(Upload *u)
{
    if (Status s = m_journal.remove(u->ingestId); !s.ok())
        qCWarning(lcUploads, "cannot forget an upload: %s", qUtf8Printable(s.error().message));
}

IngestUploadProgress IngestUploads::snapshot(const Upload *u) const
{
    IngestUploadProgress p;
    p.ingestId = u->ingestId;
    p.localKey = u->key;
    p.projectId = u->projectId;
    p.fileSent = u->fileSent;
    for (const IngestLocalFile &f : u->files) {
        p.fileSize.append(f.size);
        p.total += f.size;
    }
    p.sent = u->sent();
    p.state = u->state;
    p.message = u->message;
    if (u->state == State::Running && u->bytesPerSecond > 0) {
        p.bytesPerSecond = u->bytesPerSecond;
        p.secondsLeft = qint64(std::ceil(double(p.total - p.sent) / u->bytesPerSecond));
    }
    return p;
}

void IngestUploads::emitProgress(Upload *u)
{
    emit progressed(snapshot(u));
}

void IngestUploads::stopAll()
{
    for (const auto &u : std::as_const(m_uploads))
        u->abandon(); // also makes the readers' answers and the timers of these uploads void
    m_uploads.clear();
    m_cancelling.clear();
}

IngestUploadProgress IngestUploads::progress(const QString &ingestId) const
{
    if (const Upload *u = find(ingestId))
        return snapshot(u);
    IngestUploadProgress p;
    p.ingestId = ingestId;
    p.state = State::Failed;
    p.message = tr("There is no upload %1 on this computer.").arg(ingestId);
    return p;
}

QList<IngestUploadProgress> IngestUploads::unfinished() const
{
    QList<IngestUploadProgress> out;
    for (const IngestJournalEntry &e : m_journal.load()) {
        if (e.cancelling)
            continue;
        if (const Upload *u = find(e.ingestId)) {
            if (u->state == State::Paused || u->state == State::Failed)
                out.append(snapshot(u));
            continue;
        }
        Upload u;
        u.key = u.ingestId = e.ingestId;
        u.projectId = e.projectId;
        u.files = e.files;
        u.fileSent = QList<qint64>(e.files.size(), 0);
        u.state = State::Paused;
        out.append(snapshot(&u));
    }
    return out;
}

} // namespace srs::session
