// bench_ingest_upload: the client's upload engine (session::IngestUploads, run headless by
// ingest_upload_runner) against the real srs-clearance-server over loopback mutual TLS, and
// the same bytes sent by `curl` to the same chunk route in the same run. Prints figures; never
// asserts on time. Run it through bench/client/run-ingest-upload-bench.
//
//   bench_ingest_upload [--runner PATH] [--size-mib N] [--small-mib N] [--kill-after N]
//
// Figures:
//  * rate of the engine and of curl for one file of --size-mib (default 1024), both from the
//    first chunk sent to the last one recorded, and whole (engine: create, chunks, finish;
//    curl: its chunks then the finish call), and their ratio; curl once one chunk at a time
//    over one kept connection (the baseline: `curl -T`, as the engine sends), and once four at
//    a time (--parallel), for comparison; curl's chunk hashes are worked out before it is timed;
//  * the client's and the server's peak resident memory (VmHWM) for a --small-mib (default
//    100) and a --size-mib upload, each with a freshly started server process;
//  * resume: the engine killed with SIGKILL after --kill-after chunks were recorded and started
//    again; the chunks the second run sent that the first had sent too, split into those in
//    flight at the kill (allowed, at most IngestUploads::MaxInFlight) and those the server had
//    confirmed (should be none).

#include "ApiHarness.h"
#include "ServerProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <random>

using namespace srs;
using namespace srs::testing;

namespace {

constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 Chunk = 8 * MiB;
const QString User = QStringLiteral("eleanor.wright");
const QString Project = QStringLiteral("P-2026-001");

QTextStream out(stdout);

qint64 vmHwmKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

bool makeFile(const QString &path, qint64 size, quint64 seed)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    std::mt19937_64 gen(seed);
    QByteArray block(MiB, Qt::Uninitialized);
    for (qint64 done = 0; done < size; done += block.size()) {
        auto *words = reinterpret_cast<quint64 *>(block.data());
        for (qsizetype i = 0; i < block.size() / 8; ++i)
            words[i] = gen();
        const qint64 n = std::min<qint64>(block.size(), size - done);
        if (f.write(block.constData(), n) != n)
            return false;
    }
    return true;
}

QString signIn(const ServerProcess &server)
{
    return signInPersona(server, User);
}

struct RunnerResult
{
    bool done = false;
    qint64 wholeMs = 0, chunksMs = 0, peakKiB = -1;
    QSet<QString> sent, stored;
    QString id;
};

// Runs the engine; kills it once `killAfter` chunks are recorded (0: runs to the end).
RunnerResult runEngine(const QString &runner, const ServerProcess &server, const QString &token,
                       const QString &journal, const QString &file, int killAfter = 0)
{
    RunnerResult r;
    QProcess p;
    p.start(runner, {QStringLiteral("--server"), server.baseUrl(), QStringLiteral("--project"), Project,
                     QStringLiteral("--journal"), journal, file});
    if (!p.waitForStarted(10'000))
        return r;
    p.write(token.toUtf8() + '\n');
    p.closeWriteChannel();
    QByteArray pending;
    auto readLines = [&] {
        pending += p.readAllStandardOutput();
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(nl));
            pending.remove(0, nl + 1);
            const QStringList w = line.split(QLatin1Char(' '));
            if (w.at(0) == QStringLiteral("SENDING"))
                r.sent.insert(w.mid(1, 2).join(QLatin1Char(' ')));
            else if (w.at(0) == QStringLiteral("STORED"))
                r.stored.insert(w.mid(1, 2).join(QLatin1Char(' ')));
            else if (w.at(0) == QStringLiteral("STARTED") || w.at(0) == QStringLiteral("RESUMING"))
                r.id = w.value(1);
            else if (w.at(0) == QStringLiteral("DONE")) {
                r.done = true;
                r.wholeMs = w.value(2).toLongLong();
                r.chunksMs = w.value(3).toLongLong();
            } else if (w.at(0) == QStringLiteral("PEAK"))
                r.peakKiB = w.value(1).toLongLong();
            else if (w.at(0) == QStringLiteral("FAILED") || w.at(0) == QStringLiteral("WAITING"))
                std::fprintf(stderr, "%s\n", qUtf8Printable(line));
        }
    };
    while (p.state() != QProcess::NotRunning) {
        p.waitForReadyRead(200);
        QCoreApplication::processEvents(); // reads the server's log, or its pipe fills and it stops
        readLines();
        // Killed mid-chunk: once enough are recorded and the next is on its way.
        if (killAfter > 0 && r.stored.size() >= killAfter && !(r.sent - r.stored).isEmpty()) {
            p.kill();
            p.waitForFinished(10'000);
            break;
        }
    }
    p.waitForFinished(-1);
    readLines();
    return r;
}

double mibPerSecond(qint64 bytes, qint64 ms)
{
    return ms > 0 ? double(bytes) / double(MiB) * 1000.0 / double(ms) : 0;
}

// The same bytes through curl: a request made for them, the file split into chunk files (not
// timed), one curl process sending every chunk over one kept connection, then the finish call.
struct CurlResult
{
    qint64 chunksMs = 0, finishMs = 0;
    bool ok = false;
};

CurlResult runCurl(const ServerProcess &server, const QString &token, const QString &file,
                   const QString &work, bool parallel)
{
    CurlResult result;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return result;
    const qint64 size = in.size();
    QCryptographicHash whole(QCryptographicHash::Sha256);
    QDir().mkpath(work);
    QStringList sections;
    const QString pki = QFileInfo(ServerProcess::pkiFile(QStringLiteral("ca.crt"))).absolutePath();
    QStringList chunkHashes;
    for (int n = 0; n * Chunk < size; ++n) {
        const QByteArray bytes = in.read(Chunk);
        whole.addData(bytes);
        QFile c(QStringLiteral("%1/chunk.%2").arg(work).arg(n));
        if (!c.open(QIODevice::WriteOnly) || c.write(bytes) != bytes.size())
            return result;
        chunkHashes << QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }
    const QJsonObject create{
        {QStringLiteral("reason"), QStringLiteral("curl baseline")},
        {QStringLiteral("files"),
         QJsonArray{
             QJsonObject{{QStringLiteral("name"), QStringLiteral("data/curl.bin")},
                         {QStringLiteral("size"), size},
                         {QStringLiteral("sha256"), QString::fromLatin1(whole.result().toHex())},
                         {QStringLiteral("description"), QStringLiteral("the same bytes, by curl")}}}}};
    const QString base = QStringLiteral("/api/v1/projects/%1/ingests").arg(Project);
    const Reply created =
        callServer(server.port(), "POST", base, QJsonDocument(create).toJson(QJsonDocument::Compact), token);
    const QString id = created.json.value(QStringLiteral("id")).toString();
    if (id.isEmpty() || created.json.value(QStringLiteral("chunk_bytes")).toInteger() != Chunk)
        return result;
    for (int n = 0; n < chunkHashes.size(); ++n)
        sections << QStringLiteral(
                        "url = \"%1%2/%3/files/0/chunks/%4\"\n"
                        "upload-file = \"%5/chunk.%4\"\n"
                        "header = \"X-Chunk-SHA256: %6\"\n"
                        "header = \"Content-Type: application/octet-stream\"\n"
                        "header = \"Authorization: Bearer %7\"\n"
                        "header = \"Expect:\"\n"
                        "cacert = \"%8/ca.crt\"\ncert = \"%8/safe-room.crt\"\nkey = \"%8/safe-room.key\"\n"
                        "silent\nfail\noutput = \"/dev/null\"\n")
                        .arg(server.baseUrl(), base, id)
                        .arg(n)
                        .arg(work, chunkHashes.at(n), token, pki);
    QFile config(work + QStringLiteral("/curl.cfg"));
    if (!config.open(QIODevice::WriteOnly) || !config.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
        config.write(sections.join(QStringLiteral("next\n")).toUtf8()) < 0)
        return result;
    config.close();
    QElapsedTimer t;
    t.start();
    QProcess curl;
    QStringList arguments{QStringLiteral("--config"), config.fileName()};
    if (parallel) // as many at once as the engine, over as many connections
        arguments << QStringLiteral("--parallel") << QStringLiteral("--parallel-max") << QStringLiteral("4");
    curl.start(QStringLiteral("curl"), arguments);
    while (curl.state() != QProcess::NotRunning) {
        curl.waitForFinished(100);
        QCoreApplication::processEvents(); // as above: the server's log is read meanwhile
    }
    if (curl.exitStatus() != QProcess::NormalExit || curl.exitCode() != 0) {
        std::fprintf(stderr, "curl failed: %s\n", curl.readAllStandardError().constData());
        return result;
    }
    result.chunksMs = t.elapsed();
    t.restart();
    const Reply finished =
        callServer(server.port(), "POST", base + QStringLiteral("/%1/finish").arg(id), "", token);
    result.finishMs = t.elapsed();
    result.ok = finished.status == 200;
    for (int n = 0; n < chunkHashes.size(); ++n)
        QFile::remove(QStringLiteral("%1/chunk.%2").arg(work).arg(n));
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("runner"), QStringLiteral("ingest_upload_runner"),
                        QStringLiteral("path"), QStringLiteral(SRS_INGEST_RUNNER)},
                       {QStringLiteral("size-mib"), QStringLiteral("large file"), QStringLiteral("n"),
                        QStringLiteral("1024")},
                       {QStringLiteral("small-mib"), QStringLiteral("small file"), QStringLiteral("n"),
                        QStringLiteral("100")},
                       {QStringLiteral("kill-after"), QStringLiteral("chunks"), QStringLiteral("n"),
                        QStringLiteral("40")}});
    parser.process(app);
    const QString runner = parser.value(QStringLiteral("runner"));
    const qint64 large = parser.value(QStringLiteral("size-mib")).toLongLong() * MiB;
    const qint64 small = parser.value(QStringLiteral("small-mib")).toLongLong() * MiB;
    const int killAfter = parser.value(QStringLiteral("kill-after")).toInt();

    QTemporaryDir dir;
    ServerProcess::Options options;
    options.seedDemo = true;
    options.extraConfig.insert(QStringLiteral("max_request_bytes"), Chunk);
    options.extraConfig.insert(QStringLiteral("ingest"),
                               QJsonObject{{QStringLiteral("chunk_bytes"), Chunk},
                                           {QStringLiteral("max_project_bytes"), 64 * 1024 * MiB}});
    ServerProcess server(options);
    if (!dir.isValid() || !server.start()) {
        std::fprintf(stderr, "cannot start the server: %s\n", qUtf8Printable(server.errorString()));
        return 1;
    }
    const QString token = signIn(server);
    const QString smallFile = dir.filePath(QStringLiteral("small.bin")),
                  largeFile = dir.filePath(QStringLiteral("large.bin"));
    if (token.isEmpty() || !makeFile(smallFile, small, 1) || !makeFile(largeFile, large, 2)) {
        std::fprintf(stderr, "cannot sign in or make the files\n");
        return 1;
    }
    out << "upload over loopback mutual TLS, chunks of " << Chunk / MiB << " MiB, "
        << "the engine sending one chunk at a time with the next read ahead\n";

    // Memory and rate, each size on a freshly started server process.
    RunnerResult engineLarge;
    for (const auto &[file, size] : {std::pair{smallFile, small}, std::pair{largeFile, large}}) {
        if (!server.restart())
            return 1;
        const RunnerResult r =
            runEngine(runner, server, token, dir.filePath(QStringLiteral("journal-%1").arg(size)), file);
        const qint64 serverPeak = vmHwmKiB(server.processId());
        if (!r.done) {
            std::fprintf(stderr, "the engine did not finish\n");
            return 1;
        }
        out << QStringLiteral("engine %1 MiB: %2 MiB/s chunks (%3 ms), %4 MiB/s whole (%5 ms); peak memory "
                              "client %6 MiB, server %7 MiB\n")
                   .arg(size / MiB)
                   .arg(mibPerSecond(size, r.chunksMs), 0, 'f', 1)
                   .arg(r.chunksMs)
                   .arg(mibPerSecond(size, r.wholeMs), 0, 'f', 1)
                   .arg(r.wholeMs)
                   .arg(double(r.peakKiB) / 1024, 0, 'f', 1)
                   .arg(double(serverPeak) / 1024, 0, 'f', 1);
        out.flush();
        if (file == largeFile)
            engineLarge = r;
    }

    // curl, the same bytes, same server process: one chunk at a time over one kept connection
    // (the chunk route as the brief for the baseline has it), then four at once.
    for (const bool parallel : {false, true}) {
        const CurlResult c =
            runCurl(server, token, largeFile, dir.filePath(QStringLiteral("curl")), parallel);
        if (!c.ok) {
            std::fprintf(stderr, "the curl upload failed\n");
            return 1;
        }
        out << QStringLiteral(
                   "curl %1 %2 MiB: %3 MiB/s chunks (%4 ms), %5 MiB/s whole (%6 ms with the finish); "
                   "engine / curl: %7 chunks, %8 whole\n")
                   .arg(parallel ? QStringLiteral("4 at once  ") : QStringLiteral("one by one "))
                   .arg(large / MiB)
                   .arg(mibPerSecond(large, c.chunksMs), 0, 'f', 1)
                   .arg(c.chunksMs)
                   .arg(mibPerSecond(large, c.chunksMs + c.finishMs), 0, 'f', 1)
                   .arg(c.chunksMs + c.finishMs)
                   .arg(double(c.chunksMs) / double(std::max<qint64>(1, engineLarge.chunksMs)), 0, 'f', 2)
                   .arg(double(c.chunksMs + c.finishMs) / double(std::max<qint64>(1, engineLarge.wholeMs)), 0,
                        'f', 2);
        out.flush();
    }

    // Resume: killed mid-file, started again from the journal.
    const QString journal = dir.filePath(QStringLiteral("journal-kill"));
    const RunnerResult first = runEngine(runner, server, token, journal, largeFile, killAfter);
    const RunnerResult second = runEngine(runner, server, token, journal, largeFile);
    const QSet<QString> inFlight = first.sent - first.stored;
    const QSet<QString> again = second.sent & first.sent;
    out << QStringLiteral(
               "resume: killed after %1 chunks recorded with %2 in flight; the second run re-sent %3 "
               "(%4 of those in flight, %5 the server had confirmed) and %6\n")
               .arg(first.stored.size())
               .arg(inFlight.size())
               .arg(again.size())
               .arg((again & inFlight).size())
               .arg((again & first.stored).size())
               .arg(second.done ? QStringLiteral("finished") : QStringLiteral("did NOT finish"));
    out.flush();
    return server.stop() == 0 ? 0 : 1;
}
