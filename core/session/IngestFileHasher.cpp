#include "IngestFileHasher.h"

#include "crypto/Crypto.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace srs::session {

namespace {

constexpr qint64 Piece = 1024 * 1024;

} // namespace

IngestFileHasher::IngestFileHasher(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

IngestFileHasher::~IngestFileHasher()
{
    cancel();
    m_pool.waitForDone();
}

void IngestFileHasher::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
}

void IngestFileHasher::hash(const QList<IngestLocalFile> &files)
{
    cancel();
    auto stop = std::make_shared<std::atomic_bool>(false);
    m_cancel = stop;
    // The worker reports through queued calls on this object; the destructor waits for it, so
    // `this` outlives every call it posts.
    m_pool.start([this, chosen = files, stop] {
        QList<IngestLocalFile> list = chosen;
        auto report = [this, stop](auto &&call) {
            QMetaObject::invokeMethod(
                this,
                [this, stop, call = std::forward<decltype(call)>(call)] {
                    if (!stop->load())
                        call(this);
                },
                Qt::QueuedConnection);
        };
        qint64 total = 0;
        for (IngestLocalFile &f : list) {
            const QFileInfo info(f.localPath);
            if (!info.isFile() || !info.isReadable()) {
                const QString name = QDir::toNativeSeparators(f.localPath);
                report([name](IngestFileHasher *h) {
                    emit h->failed(tr("%1 is not a file that can be read. Choose it again.").arg(name));
                });
                return;
            }
            f.size = info.size();
            f.modified = info.lastModified().toUTC();
            total += f.size;
        }
        qint64 done = 0;
        QByteArray buffer(Piece, Qt::Uninitialized);
        for (IngestLocalFile &f : list) {
            QFile file(f.localPath);
            crypto::Sha256 sha;
            qint64 read = 0;
            bool ok = file.open(QIODevice::ReadOnly);
            while (ok && !stop->load()) {
                const qint64 n = file.read(buffer.data(), Piece);
                if (n < 0)
                    ok = false;
                if (n <= 0)
                    break;
                sha.addData(QByteArrayView(buffer.constData(), n));
                read += n;
                done += n;
                report([done, total](IngestFileHasher *h) { emit h->progress(done, total); });
            }
            if (stop->load())
                return;
            const QFileInfo after(f.localPath);
            if (!ok || read != f.size || after.size() != f.size ||
                after.lastModified().toUTC() != f.modified) {
                const QString name = QDir::toNativeSeparators(f.localPath);
                report([name](IngestFileHasher *h) {
                    emit h->failed(tr("%1 changed or could not be read while it was being checked. Choose it "
                                      "again once it is no longer being written.")
                                       .arg(name));
                });
                return;
            }
            f.sha256 = QString::fromLatin1(sha.result().toHex());
        }
        report([done, total](IngestFileHasher *h) { emit h->progress(done, total); });
        report([list](IngestFileHasher *h) { emit h->finished(list); });
    });
}

} // namespace srs::session
