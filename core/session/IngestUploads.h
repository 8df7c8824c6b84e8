#pragma once

#include "IngestFileHasher.h"
#include "IngestJournal.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QThreadPool>

#include <memory>

namespace srs::api {
class Client;
struct ApiFailure;
} // namespace srs::api

namespace srs::session {

// How an upload is going, for the screens.
struct IngestUploadProgress
{
    QString ingestId; // the server's id ("I-…"); empty while the request is being made
    QString localKey; // what start() returned; for an upload carried on from the journal, the id
    QString projectId;
    QList<qint64> fileSent; // bytes of each file the server has recorded
    QList<qint64> fileSize;
    qint64 sent = 0;
    qint64 total = 0;
    double bytesPerSecond = 0; // a moving average over the last few seconds of sending
    qint64 secondsLeft = -1;   // from that average; -1 when not known
    enum class State
    {
        Creating,
        Running,
        Paused,
        Waiting, // network or server down: retrying
        Finishing,
        Done,
        Failed,
        Cancelled
    } state = State::Creating;
    QString message; // why waiting / failed, in plain words
};

// Sends the files of ingest requests to the clearance server in chunks, and carries on after
// anything: a dropped connection, the server restarting, the computer sleeping, this program
// being killed. See docs/architecture.md, "Bringing files into a project: the upload".
//
// start() makes the request (the files' names, sizes, SHA-256 and descriptions, and the reason;
// the files must have been through IngestFileHasher) and journals it as soon as the server has
// given it an id. Chunks of IngestInfo::chunkBytes are read from the files on a worker thread, a
// chunk at a time, and sent one at a time (MaxInFlight) while the next is read and hashed
// (MaxReadAhead). When (re)starting, the server is asked what is missing, so a resumed upload
// re-sends at most the one chunk that was on its way when it stopped. A failure of the network or the server
// (nothing answering, a timeout, 5xx) sets Waiting with the reason and tries again after 1, 2, 4 … 30
// seconds, for ever; refusals (4xx) set Failed with the server's message. The journal entry goes once the
// request is finished or cancelled.
class IngestUploads : public QObject
{
    Q_OBJECT
public:
    // Chunks on their way to the server at once, per upload, and chunks read and hashed ahead of
    // them: sending waits for nothing but the network, and a chunk cut off (the program killed,
    // the network gone) is the only one sent again. At 8 MiB a chunk, one round trip in 8 MiB
    // costs a home link a few per cent at most.
    static constexpr int MaxInFlight = 1;
    static constexpr int MaxReadAhead = 1;

    // `client` and `journal` must outlive this object.
    IngestUploads(api::Client &client, IngestJournal &journal, QObject *parent = nullptr);
    ~IngestUploads() override;

    // Starts an upload; returns a local key (progress(key) works with it at once; started()
    // tells the server's id when known).
    QString start(const QString &projectId, const QString &reason, const QList<IngestLocalFile> &files);
    // Journalled uploads not finished and not under way here (paused or failed ones too): to
    // offer "carry on?". Their fileSent is 0 until resumed (the server is asked then).
    [[nodiscard]] QList<IngestUploadProgress> unfinished() const;
    // Carries on with an upload: one paused, waiting, failed, or only in the journal. Each local
    // file's size and time of last change are checked against the journal first.
    void resume(const QString &ingestId);
    // Sends nothing more once the chunks in flight are answered (running or waiting uploads;
    // not while the request is being made).
    void pause(const QString &ingestId);
    // Stops sending, cancels the request on the server and forgets it.
    void cancel(const QString &ingestId);
    // Stops every upload under way here and forgets them (sign-out): nothing more is sent, and
    // the journal stays, so they are offered again by unfinished().
    void stopAll();
    // The upload's progress, by its id or its local key (State::Failed with a message if unknown).
    [[nodiscard]] IngestUploadProgress progress(const QString &ingestId) const;

    // Chunk requests sent since this object was made (for tests and figures).
    [[nodiscard]] qint64 chunkRequests() const { return m_chunkRequests; }

signals:
    void started(QString ingestId);
    void progressed(srs::session::IngestUploadProgress p);
    void finished(QString ingestId);
    void failed(QString ingestId, QString message);
    // A chunk request is sent / the server has recorded it (for tests and figures).
    void chunkSending(QString ingestId, int file, int chunk);
    void chunkStored(QString ingestId, int file, int chunk);

private:
    struct Upload;

    Upload *find(const QString &key) const;
    // The upload, unless the work that asked for it was abandoned since (`generation` moved on).
    Upload *current(const QString &key, quint64 generation) const;
    // The upload by id, brought in from the journal (paused) when not under way here.
    Upload *adopt(const QString &ingestId);
    // Sends again the cancellations the server has not confirmed (journalled as cancelling).
    void retryCancels();
    void create(Upload *u);
    void askMissing(Upload *u);
    void pump(Upload *u);
    void send(Upload *u, int file, int chunk, const QByteArray &bytes, const QByteArray &sha256Hex);
    // Sends the chunks read, as far as MaxInFlight allows.
    void sendReady(Upload *u);
    void finishOnServer(Upload *u);
    void cancelOnServer(const QString &projectId, const QString &ingestId, int attempt);
    void onTransient(Upload *u, const QString &why);
    void fail(Upload *u, const QString &message);
    // A network or server failure waits and tries again; a refusal fails with its message.
    void waitOrFail(Upload *u, const api::ApiFailure &failure);
    void setState(Upload *u, IngestUploadProgress::State state, const QString &message = {});
    void journal(Upload *u);
    void forget(Upload *u);
    void emitProgress(Upload *u);
    [[nodiscard]] QString localProblem(const Upload *u) const;
    [[nodiscard]] IngestUploadProgress snapshot(const Upload *u) const;

    api::Client &m_client;
    IngestJournal &m_journal;
    QHash<QString, std::shared_ptr<Upload>> m_uploads; // by local key
    QThreadPool m_readers;
    QSet<QString> m_cancelling; // ids whose cancellation is being sent
    qint64 m_chunkRequests = 0;
    int m_nextKey = 0;
};

} // namespace srs::session

Q_DECLARE_METATYPE(srs::session::IngestUploadProgress)
