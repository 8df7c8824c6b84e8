// The client's upload engine (session::IngestUploads) through the real client stack (libcurl,
// mutual TLS) and the real srs-clearance-server program: files of several chunks arrive
// byte-identical; pause and resume; cancel; the server killed with SIGKILL and started again;
// the engine's own process killed mid-file ten times and started again from its journal,
// re-sending only chunks that were in flight; a local file changed between runs.

#include "ClientRig.h"
#include "ServerCall.h"
#include "ServerProcess.h"

#include "api/Client.h"
#include "cache/MetadataCache.h"
#include "net/CurlTransport.h"
#include "session/ClientStore.h"
#include "session/IngestUploads.h"
#include "session/Workstation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <random>

using namespace srs;
using namespace srs::testing;
using session::IngestLocalFile;
using session::IngestUploadProgress;
using session::IngestUploads;
using State = IngestUploadProgress::State;

namespace {

constexpr qint64 Chunk = 64 * 1024;
const QString User = QStringLiteral("eleanor.wright");
const QString Project = QStringLiteral("P-2026-001");

QByteArray randomBytes(qsizetype n, quint32 seed)
{
    QByteArray out(n, Qt::Uninitialized);
    std::mt19937 gen(seed);
    for (qsizetype i = 0; i < n; ++i)
        out[i] = char(gen() & 0xff);
    return out;
}

QString sha256Of(const QString &path)
{
    QFile f(path);
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!f.open(QIODevice::ReadOnly) || !h.addData(&f))
        return {};
    return QString::fromLatin1(h.result().toHex());
}

ServerProcess::Options serverOptions(int port = 0)
{
    ServerProcess::Options o;
    o.seedDemo = true;
    o.extraConfig.insert(QStringLiteral("ingest"), QJsonObject{{QStringLiteral("chunk_bytes"), Chunk}});
    if (port > 0)
        o.extraConfig.insert(QStringLiteral("listen"), QStringLiteral("127.0.0.1:%1").arg(port));
    return o;
}

QString signIn(const ServerProcess &server)
{
    return signInPersona(server, User);
}

crypto::TlsSettings safeRoomTls()
{
    crypto::TlsSettings tls;
    tls.caFile = ServerProcess::pkiFile(QStringLiteral("ca.crt"));
    QFile pin(ServerProcess::pkiFile(QStringLiteral("server.pin")));
    if (pin.open(QIODevice::ReadOnly))
        tls.pinnedKeys = {QString::fromLatin1(pin.readAll().trimmed())};
    tls.certificateFile = ServerProcess::pkiFile(QStringLiteral("safe-room.crt"));
    tls.keyFile = ServerProcess::pkiFile(QStringLiteral("safe-room.key"));
    tls.connectTimeoutMs = 5'000;
    return tls;
}

// The real client stack against one server: transport, API client with the session's token.
struct Rig
{
    Rig(const QString &baseUrl, const QString &token) : transport(safeRoomTls()), client(&transport, baseUrl)
    {
        QByteArray t = token.toUtf8();
        client.setToken(std::make_shared<const crypto::SecureBuffer>(crypto::SecureBuffer::takeFrom(t)));
    }
    net::CurlTransport transport;
    api::Client client;
};

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

class TestIngestUploads : public QObject
{
    Q_OBJECT

    ServerProcess m_server{serverOptions()};
    QString m_token;
    QTemporaryDir m_dir;
    int m_files = 0;

    QString makeFile(qint64 size)
    {
        const QString path = m_dir.filePath(QStringLiteral("file-%1.bin").arg(++m_files));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(randomBytes(size, quint32(m_files))) != size)
            return {};
        return path;
    }

    // The files hashed by the engine's own hasher.
    QList<IngestLocalFile> hashed(const QStringList &paths)
    {
        QList<IngestLocalFile> files;
        for (const QString &p : paths)
            files.append({p,
                          QStringLiteral("data/") + QFileInfo(p).fileName(),
                          QStringLiteral("reference data"),
                          0,
                          {},
                          {}});
        session::IngestFileHasher hasher;
        QSignalSpy done(&hasher, &session::IngestFileHasher::finished);
        QSignalSpy progress(&hasher, &session::IngestFileHasher::progress);
        hasher.hash(files);
        if (!done.wait(60'000))
            return {};
        const auto out = done.takeFirst().at(0).value<QList<IngestLocalFile>>();
        for (int i = 0; i < out.size(); ++i)
            if (out.at(i).sha256 != sha256Of(paths.at(i)) || out.at(i).size != QFileInfo(paths.at(i)).size())
                return {};
        if (progress.isEmpty() ||
            progress.constLast().at(0).toLongLong() != progress.constLast().at(1).toLongLong())
            return {};
        return out;
    }

    static void verifyQuarantine(const ServerProcess &server, const QString &id, const QStringList &paths)
    {
        for (int i = 0; i < paths.size(); ++i) {
            const QString copy = server.dataDir() + QStringLiteral("/quarantine/%1/%2").arg(id).arg(i);
            QCOMPARE(QFileInfo(copy).size(), QFileInfo(paths.at(i)).size());
            QCOMPARE(sha256Of(copy), sha256Of(paths.at(i)));
        }
    }

    QString serverState(const ServerProcess &server, const QString &token, const QString &id)
    {
        const Reply r =
            callServer(server.port(), "GET",
                       QStringLiteral("/api/v1/projects/%1/ingests/%2").arg(Project, id), {}, token);
        return r.json.value(QStringLiteral("state")).toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_token = signIn(m_server);
        QVERIFY(!m_token.isEmpty());
    }

    void severalFilesArriveByteIdentical()
    {
        const QStringList paths{makeFile(5 * Chunk + 123), makeFile(Chunk), makeFile(1000), makeFile(0)};
        const QList<IngestLocalFile> files = hashed(paths);
        QCOMPARE(files.size(), 4);
        Rig rig(m_server.baseUrl(), m_token);
        session::MemoryIngestJournal journal;
        IngestUploads uploads(rig.client, journal);
        QSignalSpy started(&uploads, &IngestUploads::started);
        QSignalSpy finished(&uploads, &IngestUploads::finished);
        QSignalSpy failed(&uploads, &IngestUploads::failed);
        const QString key = uploads.start(Project, QStringLiteral("the model needs the area codes"), files);
        QCOMPARE(uploads.progress(key).state, State::Creating);
        QVERIFY(finished.wait(60'000) || !finished.isEmpty());
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.constFirst().at(1).toString()));
        const QString id = started.constFirst().at(0).toString();
        QCOMPARE(finished.constFirst().at(0).toString(), id);
        const IngestUploadProgress p = uploads.progress(key);
        QCOMPARE(p.state, State::Done);
        QCOMPARE(p.ingestId, id);
        QCOMPARE(p.sent, p.total);
        QCOMPARE(p.total, 6 * Chunk + 123 + 1000);
        QCOMPARE(uploads.chunkRequests(), 6 + 1 + 1); // each chunk once
        QVERIFY(journal.load().isEmpty());
        QCOMPARE(serverState(m_server, m_token, id), QStringLiteral("checking"));
        verifyQuarantine(m_server, id, paths);
    }

    void pausesAfterTheChunksInFlightAndResumes()
    {
        const QStringList paths{makeFile(40 * Chunk + 5)};
        const QList<IngestLocalFile> files = hashed(paths);
        Rig rig(m_server.baseUrl(), m_token);
        session::MemoryIngestJournal journal;
        IngestUploads uploads(rig.client, journal);
        QSignalSpy sending(&uploads, &IngestUploads::chunkSending);
        QSignalSpy stored(&uploads, &IngestUploads::chunkStored);
        QSignalSpy finished(&uploads, &IngestUploads::finished);
        const QString key = uploads.start(Project, QStringLiteral("pause"), files);
        QTRY_VERIFY_WITH_TIMEOUT(stored.size() >= 3, 30'000);
        uploads.pause(key);
        QCOMPARE(uploads.progress(key).state, State::Paused);
        // The chunks in flight are answered; then nothing more is sent.
        QTRY_COMPARE_WITH_TIMEOUT(stored.size(), sending.size(), 30'000);
        const auto sentBefore = sending.size();
        QTest::qWait(300);
        QCOMPARE(sending.size(), sentBefore);
        QVERIFY(sentBefore < 41);
        const QString id = uploads.progress(key).ingestId;
        QCOMPARE(uploads.unfinished().size(), 1);
        QCOMPARE(uploads.unfinished().constFirst().ingestId, id);
        QCOMPARE(serverState(m_server, m_token, id), QStringLiteral("uploading"));
        uploads.resume(id);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60'000);
        QCOMPARE(sending.size(), 41); // nothing sent twice
        verifyQuarantine(m_server, id, paths);
        QVERIFY(uploads.unfinished().isEmpty());
    }

    void cancelCancelsOnTheServerAndForgets()
    {
        const QList<IngestLocalFile> files = hashed({makeFile(60 * Chunk)});
        Rig rig(m_server.baseUrl(), m_token);
        session::MemoryIngestJournal journal;
        IngestUploads uploads(rig.client, journal);
        QSignalSpy stored(&uploads, &IngestUploads::chunkStored);
        const QString key = uploads.start(Project, QStringLiteral("cancel"), files);
        QTRY_VERIFY_WITH_TIMEOUT(stored.size() >= 2, 30'000);
        const QString id = uploads.progress(key).ingestId;
        QCOMPARE(journal.load().size(), 1);
        uploads.cancel(id);
        QCOMPARE(uploads.progress(id).state, State::Cancelled);
        QTRY_VERIFY_WITH_TIMEOUT(journal.load().isEmpty(), 30'000);
        QCOMPARE(serverState(m_server, m_token, id), QStringLiteral("cancelled"));
        QVERIFY(!QFileInfo::exists(m_server.dataDir() + QStringLiteral("/quarantine/") + id));
    }

    void localFileChangedBetweenRunsFailsClearly()
    {
        const QString path = makeFile(30 * Chunk);
        const QList<IngestLocalFile> files = hashed({path});
        session::MemoryIngestJournal journal;
        QString id;
        {
            Rig rig(m_server.baseUrl(), m_token);
            IngestUploads uploads(rig.client, journal);
            QSignalSpy sending(&uploads, &IngestUploads::chunkSending);
            QSignalSpy stored(&uploads, &IngestUploads::chunkStored);
            const QString key = uploads.start(Project, QStringLiteral("changed"), files);
            QTRY_VERIFY_WITH_TIMEOUT(stored.size() >= 2, 30'000);
            uploads.pause(key);
            QTRY_COMPARE_WITH_TIMEOUT(stored.size(), sending.size(), 30'000);
            id = uploads.progress(key).ingestId;
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        QVERIFY(f.write("changed") == 7);
        f.close();
        Rig rig(m_server.baseUrl(), m_token);
        IngestUploads again(rig.client, journal);
        QCOMPARE(again.unfinished().size(), 1);
        QSignalSpy failed(&again, &IngestUploads::failed);
        QSignalSpy sending(&again, &IngestUploads::chunkSending);
        again.resume(id);
        QCOMPARE(failed.size(), 1);
        const QString message = failed.constFirst().at(1).toString();
        QVERIFY2(message.contains(QDir::toNativeSeparators(path)) &&
                     message.contains(QStringLiteral("changed")),
                 qPrintable(message));
        QCOMPARE(again.progress(id).state, State::Failed);
        QCOMPARE(sending.size(), 0);
        // It stays in the journal to be cancelled.
        QCOMPARE(again.unfinished().size(), 1);
    }

    // The desktop client's engine (Workstation::ingestUploads) journals in the person's
    // encrypted cache: the record is there while the upload runs (names and hashes only) and
    // goes when it is finished.
    void journalIsKeptInTheEncryptedCache()
    {
        QTemporaryDir caches;
        session::Workstation w(
            clientConfig(m_server.baseUrl(), caches.filePath(QStringLiteral("caches")), true));
        w.start();
        TotpSteps steps(m_server);
        (void)steps.next(User); // the step initTestCase signed in with
        QVERIFY(signInWithCode(w, User, steps.next(User)));
        const QString path = makeFile(40 * Chunk);
        const QList<IngestLocalFile> files = hashed({path});
        IngestUploads *uploads = w.ingestUploads();
        QSignalSpy stored(uploads, &IngestUploads::chunkStored);
        QSignalSpy finished(uploads, &IngestUploads::finished);
        const QString key = uploads->start(Project, QStringLiteral("kept in the cache"), files);
        QTRY_VERIFY_WITH_TIMEOUT(!stored.isEmpty(), 30'000);
        const auto records = w.store()->cache()->ingestUploads();
        QVERIFY(records.ok());
        QCOMPARE(records->size(), 1);
        QVERIFY(records->constFirst().size() < 4096);
        const auto entry = session::IngestJournalEntry::fromJson(records->constFirst());
        QVERIFY(entry);
        QCOMPARE(entry->ingestId, uploads->progress(key).ingestId);
        QCOMPARE(entry->files.constFirst().localPath, path);
        QCOMPARE(entry->files.constFirst().sha256, files.constFirst().sha256);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60'000);
        QVERIFY(w.store()->cache()->ingestUploads()->isEmpty());
    }

    // Other bytes with the same size and time: the server finds the whole file does not match.
    void fileMismatchAtFinishFailsWithTheServersMessage()
    {
        const QString path = makeFile(3 * Chunk);
        const QList<IngestLocalFile> files = hashed({path});
        const QDateTime modified = QFileInfo(path).lastModified();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.write("other") == 5);
        f.close();
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.setFileTime(modified, QFileDevice::FileModificationTime));
        f.close();
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        Rig rig(m_server.baseUrl(), m_token);
        session::MemoryIngestJournal journal;
        IngestUploads uploads(rig.client, journal);
        QSignalSpy failed(&uploads, &IngestUploads::failed);
        const QString key = uploads.start(Project, QStringLiteral("mismatch"), files);
        QVERIFY(failed.wait(60'000));
        QCOMPARE(uploads.progress(key).state, State::Failed);
        QVERIFY2(failed.constFirst().at(1).toString().contains(QStringLiteral("data/")),
                 qPrintable(failed.constFirst().at(1).toString()));
    }

    // The server program killed with SIGKILL mid-upload (chunks in flight) ten times: each time
    // the engine waits, saying why, and carries on once the server is back on the same address;
    // the files end byte-identical.
    void serverKilledMidUploadWaitsThenCompletes()
    {
        const int port = freePort();
        QVERIFY(port > 0);
        ServerProcess server(serverOptions(port));
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const QString token = signIn(server);
        QVERIFY(!token.isEmpty());
        const QStringList paths{makeFile(200 * Chunk + 9), makeFile(7 * Chunk)};
        const QList<IngestLocalFile> files = hashed(paths);
        Rig rig(server.baseUrl(), token);
        session::MemoryIngestJournal journal;
        IngestUploads uploads(rig.client, journal);
        QSignalSpy finished(&uploads, &IngestUploads::finished);
        QSignalSpy failed(&uploads, &IngestUploads::failed);
        // Killed from the signal itself, so that however fast loopback is the kill comes after
        // exactly that many confirmed chunks, with the next ones in flight.
        int storedCount = 0, killAt = 3, kills = 0;
        bool down = false;
        connect(&uploads, &IngestUploads::chunkStored, this, [&] {
            if (++storedCount >= killAt && !down && kills < 10) {
                server.kill();
                down = true;
                ++kills;
            }
        });
        const QString key = uploads.start(Project, QStringLiteral("server killed"), files);
        for (int round = 0; round < 10; ++round) {
            QTRY_VERIFY_WITH_TIMEOUT(down, 60'000);
            QTRY_COMPARE_WITH_TIMEOUT(uploads.progress(key).state, State::Waiting, 30'000);
            QVERIFY(!uploads.progress(key).message.isEmpty());
            QVERIFY(finished.isEmpty());
            killAt = storedCount + 3 + round % 4;
            QVERIFY2(server.restart(), qPrintable(server.errorString()));
            QCOMPARE(server.port(), port);
            down = false;
        }
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 120'000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.constFirst().at(1).toString()));
        QCOMPARE(kills, 10);
        verifyQuarantine(server, uploads.progress(key).ingestId, paths);
        QCOMPARE(server.stop(), 0);
    }

    // The engine's process killed with SIGKILL mid-file ten times, each time started again: it
    // carries on from its journal, never re-sends a chunk the server had confirmed, re-sends at
    // most the one chunk that was on its way, and the file ends byte-identical.
    void clientKilledMidFileCarriesOnFromTheJournal()
    {
        const QString path = makeFile(150 * Chunk + 17);
        const QString journal = m_dir.filePath(QStringLiteral("journal"));
        std::mt19937 random(7);
        QSet<QString> storedBefore, sentBefore;
        QString id;
        int kills = 0, resent = 0;
        for (int run = 0; run < 20; ++run) {
            // Ten runs killed while sending their 2nd to 7th chunk, then one left to finish.
            const int killAfter = kills < 10 ? 2 + int(random() % 6) : 0;
            QProcess runner;
            runner.setProcessChannelMode(QProcess::SeparateChannels);
            runner.start(QStringLiteral(SRS_INGEST_RUNNER),
                         {QStringLiteral("--server"), m_server.baseUrl(), QStringLiteral("--project"),
                          Project, QStringLiteral("--journal"), journal, QStringLiteral("--die-sending"),
                          QString::number(killAfter), path});
            QVERIFY(runner.waitForStarted(10'000));
            runner.write(m_token.toUtf8() + '\n');
            runner.closeWriteChannel();
            QSet<QString> sent, stored;
            QByteArray pending;
            bool done = false;
            auto readLines = [&] {
                pending += runner.readAllStandardOutput();
                qsizetype nl;
                while ((nl = pending.indexOf('\n')) >= 0) {
                    const QString line = QString::fromUtf8(pending.left(nl));
                    pending.remove(0, nl + 1);
                    const QString chunk = line.section(QLatin1Char(' '), 1, 2);
                    if (line.startsWith(QStringLiteral("SENDING ")))
                        sent.insert(chunk);
                    else if (line.startsWith(QStringLiteral("STORED ")))
                        stored.insert(chunk);
                    else if (line.startsWith(QStringLiteral("STARTED ")) ||
                             line.startsWith(QStringLiteral("RESUMING ")))
                        id = line.section(QLatin1Char(' '), 1, 1);
                    else if (line.startsWith(QStringLiteral("DONE ")))
                        done = true;
                    else if (line.startsWith(QStringLiteral("FAILED ")))
                        qWarning("%s", qPrintable(line));
                }
            };
            if (killAfter > 0) {
                QVERIFY(runner.waitForFinished(60'000));
                readLines();
                QVERIFY2(runner.exitStatus() == QProcess::CrashExit && !done,
                         "the upload ended before it could be killed");
                QVERIFY(sent.size() >= killAfter);
                ++kills;
            } else {
                QVERIFY(runner.waitForFinished(120'000));
                readLines();
                QVERIFY2(done, runner.readAllStandardError().constData());
            }
            // Never a chunk the server had confirmed; at most those in flight when it was killed.
            QVERIFY2((sent & storedBefore).isEmpty(),
                     qPrintable(QStringList((sent & storedBefore).values()).join(u',')));
            QVERIFY((sent & (sentBefore - storedBefore)).size() <= IngestUploads::MaxInFlight);
            resent += (sent & (sentBefore - storedBefore)).size();
            storedBefore |= stored;
            sentBefore |= sent;
            if (done)
                break;
        }
        QCOMPARE(kills, 10);
        qInfo("killed 10 times; %d chunk(s) cut off on the wire were sent again", resent);
        QVERIFY(!id.isEmpty());
        QCOMPARE(serverState(m_server, m_token, id), QStringLiteral("checking"));
        verifyQuarantine(m_server, id, {path});
        QVERIFY(QDir(journal).entryList(QDir::Files).isEmpty());
    }

    void cleanupTestCase() { QCOMPARE(m_server.stop(), 0); }
};

QTEST_GUILESS_MAIN(TestIngestUploads)
#include "tst_ingest_uploads.moc"
