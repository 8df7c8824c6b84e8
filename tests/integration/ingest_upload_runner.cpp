// Runs the client's upload engine (session::IngestUploads) headless, with its journal in a
// folder, so that tests and the benchmark can kill it at any moment and start it again.
//
//   ingest_upload_runner --server URL --project ID --journal DIR [--device safe-room|laptop]
//                        [--reason TEXT] [--die-sending N] FILE...
//
// The session token is read from the first line of standard input (never from the command
// line, where other users could see it). When the journal holds an unfinished upload, it is
// carried on (the files named are then not used); otherwise the files are hashed and sent, each
// under its own file name. Prints one line per event, flushed at once:
//   STARTED <id> | SENDING <file> <chunk> | STORED <file> <chunk> | WAITING <why> |
//   DONE <id> <ms from start()> <ms from first chunk sent to last stored> | FAILED <why>
// and at the end PEAK <VmHWM in kB>. Exits 0 when done, 1 when failed, 2 on bad arguments.
// With --die-sending N it kills itself with SIGKILL a few milliseconds after the Nth chunk of
// this run starts on its way: a client killed mid-chunk at a point the test chooses, however
// fast loopback is.

#include "ServerProcess.h"

#include "api/Client.h"
#include "crypto/SecureBuffer.h"
#include "net/CurlTransport.h"
#include "session/IngestUploads.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <iostream>
#include <malloc.h>
#include <string>

using namespace srs;

namespace {

void say(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QString peakMemory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).trimmed().split(' ').value(0));
    return QStringLiteral("?");
}

} // namespace

int main(int argc, char **argv)
{
    mallopt(M_MMAP_THRESHOLD, 1024 * 1024); // as srs-workstation does: chunks are given back when freed
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("server"), QStringLiteral("base URL"), QStringLiteral("url")},
                       {QStringLiteral("project"), QStringLiteral("project id"), QStringLiteral("id")},
                       {QStringLiteral("journal"), QStringLiteral("journal folder"), QStringLiteral("dir")},
                       {QStringLiteral("device"), QStringLiteral("safe-room or laptop"),
                        QStringLiteral("name"), QStringLiteral("safe-room")},
                       {QStringLiteral("reason"), QStringLiteral("why"), QStringLiteral("text"),
                        QStringLiteral("Reference data for the analysis")},
                       {QStringLiteral("die-sending"), QStringLiteral("SIGKILL itself sending chunk N"),
                        QStringLiteral("n"), QStringLiteral("0")}});
    parser.process(app);
    if (!parser.isSet(QStringLiteral("server")) || !parser.isSet(QStringLiteral("project")) ||
        !parser.isSet(QStringLiteral("journal")))
        return 2;
    std::string tokenLine;
    std::getline(std::cin, tokenLine);
    QByteArray tokenBytes = QByteArray::fromStdString(tokenLine).trimmed();
    auto token = std::make_shared<const crypto::SecureBuffer>(crypto::SecureBuffer::takeFrom(tokenBytes));

    crypto::TlsSettings tls;
    tls.caFile = testing::ServerProcess::pkiFile(QStringLiteral("ca.crt"));
    QFile pin(testing::ServerProcess::pkiFile(QStringLiteral("server.pin")));
    if (pin.open(QIODevice::ReadOnly))
        tls.pinnedKeys = {QString::fromLatin1(pin.readAll().trimmed())};
    const QString device = parser.value(QStringLiteral("device"));
    tls.certificateFile = testing::ServerProcess::pkiFile(device + QStringLiteral(".crt"));
    tls.keyFile = testing::ServerProcess::pkiFile(device + QStringLiteral(".key"));
    tls.connectTimeoutMs = 5'000;
    net::CurlTransport transport(tls);
    api::Client client(&transport, parser.value(QStringLiteral("server")));
    client.setToken(token);

    session::FileIngestJournal journal(parser.value(QStringLiteral("journal")));
    session::IngestUploads uploads(client, journal);
    session::IngestFileHasher hasher;
    QElapsedTimer clock;
    clock.start();
    qint64 startedAt = 0, firstSent = -1, lastStored = -1;
    const int dieSending = parser.value(QStringLiteral("die-sending")).toInt();
    int sentThisRun = 0;
    int exitCode = 1;

    QObject::connect(&uploads, &session::IngestUploads::started,
                     [](const QString &id) { say(QStringLiteral("STARTED ") + id); });
    QObject::connect(&uploads, &session::IngestUploads::chunkSending,
                     [&](const QString &, int file, int chunk) {
                         if (firstSent < 0)
                             firstSent = clock.elapsed();
                         say(QStringLiteral("SENDING %1 %2").arg(file).arg(chunk));
                         if (dieSending > 0 && ++sentThisRun == dieSending)
                             QTimer::singleShot(3, [] { std::raise(SIGKILL); }); // its bytes on the wire
                     });
    QObject::connect(&uploads, &session::IngestUploads::chunkStored,
                     [&](const QString &, int file, int chunk) {
                         lastStored = clock.elapsed();
                         say(QStringLiteral("STORED %1 %2").arg(file).arg(chunk));
                     });
    QObject::connect(&uploads, &session::IngestUploads::progressed,
                     [](const session::IngestUploadProgress &p) {
                         if (p.state == session::IngestUploadProgress::State::Waiting)
                             say(QStringLiteral("WAITING ") + p.message);
                     });
    QObject::connect(&uploads, &session::IngestUploads::finished, [&](const QString &id) {
        say(QStringLiteral("DONE %1 %2 %3")
                .arg(id)
                .arg(clock.elapsed() - startedAt)
                .arg(lastStored - firstSent));
        exitCode = 0;
        app.quit();
    });
    QObject::connect(&uploads, &session::IngestUploads::failed, [&](const QString &, const QString &message) {
        say(QStringLiteral("FAILED ") + message);
        exitCode = 1;
        app.quit();
    });
    QObject::connect(&hasher, &session::IngestFileHasher::failed, [&](const QString &message) {
        say(QStringLiteral("FAILED ") + message);
        app.quit();
    });
    QObject::connect(&hasher, &session::IngestFileHasher::finished,
                     [&](const QList<session::IngestLocalFile> &files) {
                         startedAt = clock.elapsed();
                         (void)uploads.start(parser.value(QStringLiteral("project")),
                                             parser.value(QStringLiteral("reason")), files);
                     });

    const QList<session::IngestUploadProgress> unfinished = uploads.unfinished();
    if (!unfinished.isEmpty()) {
        say(QStringLiteral("RESUMING ") + unfinished.constFirst().ingestId);
        uploads.resume(unfinished.constFirst().ingestId);
    } else {
        QList<session::IngestLocalFile> files;
        for (const QString &path : parser.positionalArguments()) {
            session::IngestLocalFile f;
            f.localPath = path;
            f.name = QStringLiteral("data/") + QFileInfo(path).fileName();
            f.description = QStringLiteral("Reference data");
            files.append(f);
        }
        if (files.isEmpty())
            return 2;
        hasher.hash(files);
    }
    app.exec();
    say(QStringLiteral("PEAK ") + peakMemory());
    return exitCode;
}
