#pragma once

#include "IngestJournal.h"

#include <QList>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace srs::session {

// Reads the files a person chose, on a worker thread, in 1 MiB pieces, and fills in each one's
// size, SHA-256 and time of last change, so that they can be shown before anything is sent.
// One hash() at a time: a new one cancels the one under way. A file that cannot be read, or
// that changes while it is read, fails the whole run (failed(), naming it).
class IngestFileHasher : public QObject
{
    Q_OBJECT
public:
    explicit IngestFileHasher(QObject *parent = nullptr);
    ~IngestFileHasher() override;

    void hash(const QList<IngestLocalFile> &files);
    // Stops the run under way; it then reports nothing more.
    void cancel();

signals:
    void progress(qint64 doneBytes, qint64 totalBytes);
    void finished(QList<srs::session::IngestLocalFile> files);
    void failed(QString message);

private:
    std::shared_ptr<std::atomic_bool> m_cancel;
    QThreadPool m_pool;
};

} // namespace srs::session

Q_DECLARE_METATYPE(srs::session::IngestLocalFile)
