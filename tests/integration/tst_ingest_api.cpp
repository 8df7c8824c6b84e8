// Bringing files into a project, the upload, through the real server over mutual TLS: chunks in
// any order and twice, what is missing, finish with every file's SHA-256 checked and the
// quarantined copy byte-identical; a chunk with a wrong hash; a whole file that does not match;
// the limits; hostile names; who may do what from where; a full quarantine disk; and the
// server killed (kill -9) mid-upload and restarted, the upload carried on to the end. Runs on
// SQLite and on PostgreSQL (SRS_TEST_BACKEND); the kill test runs the server's own program.

#include "ApiHarness.h"
#include "ServerProcess.h"

#include "crypto/Crypto.h"
#include "crypto/Totp.h"
#include "protocol/IngestMessages.h"
#include "services/ServerConfig.h"
#include "store/AuditLog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <random>
#include <thread>

#include <sys/stat.h>

using namespace srs::testing;

namespace {

constexpr qint64 Chunk = 64 * 1024;

QByteArray randomBytes(qsizetype n, quint32 seed)
{
    QByteArray out(n, Qt::Uninitialized);
    std::mt19937 gen(seed);
    for (qsizetype i = 0; i < n; ++i)
        out[i] = char(gen() & 0xff);
    return out;
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject fileSpec(const QString &name, const QByteArray &bytes, const QString &declared = {})
{
    return QJsonObject{{"name", name},
                       {"size", bytes.size()},
                       {"sha256", declared.isEmpty() ? sha256(bytes) : declared},
                       {"description", "look-up table of area codes, used by the models"}};
}

QByteArray createBody(const QJsonArray &files)
{
    return json(QJsonObject{{"reason", "the project's analysis code needs these"}, {"files", files}});
}

QByteArray chunkOf(const QByteArray &file, int n)
{
    return file.mid(qsizetype(n) * Chunk, Chunk);
}

QList<QByteArray> chunkHeaders(const QByteArray &bytes, const QString &hash = {})
{
    return {"Content-Type: application/octet-stream",
            "X-Chunk-SHA256: " + (hash.isEmpty() ? sha256(bytes) : hash).toLatin1()};
}

// The missing ranges of each file, as "index:offset+length" strings.
QStringList missingOf(const Reply &r)
{
    QStringList out;
    for (const QJsonValue &f : r.json["files"].toArray()) {
        for (const QJsonValue &m : f.toObject()["missing"].toArray())
            out << QString("%1:%2+%3")
                       .arg(f.toObject()["index"].toInt())
                       .arg(m.toObject()["offset"].toInteger())
                       .arg(m.toObject()["length"].toInteger());
    }
    return out;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestIngestApi : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ApiHarness> m_api;
    QHash<QString, QString> m_tokens;
    QString m_mounted;
    std::unique_ptr<QTemporaryDir> m_mountPoint;

    bool startServer(std::function<void(srs::server::ServerConfig &)> configure = {})
    {
        m_api = std::make_unique<ApiHarness>();
        m_api->setConfigure([configure](srs::server::ServerConfig &c) {
            c.ingestChunkBytes = Chunk;
            if (configure)
                configure(c);
        });
        m_tokens.clear();
        return m_api->start();
    }

    QString token(const QString &user, Device device = Device::SafeRoom)
    {
        const QString key = user + QString::number(int(device));
        if (!m_tokens.contains(key)) {
            m_api->advance(30);
            m_tokens.insert(key, m_api->signIn(user, device));
        }
        return m_tokens.value(key);
    }

    Reply call(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QString &user = "res", Device device = Device::SafeRoom,
               const QList<QByteArray> &headers = {})
    {
        return m_api->call(method, "/api/v1/projects" + path, body, token(user, device), device, nullptr,
                           headers);
    }

    Reply putChunk(const QString &id, int file, int n, const QByteArray &bytes, const QString &user = "res",
                   const QString &hash = {})
    {
        return call("PUT", QString("/P1/ingests/%1/files/%2/chunks/%3").arg(id).arg(file).arg(n), bytes, user,
                    Device::SafeRoom, chunkHeaders(bytes, hash));
    }

    QString quarantineFile(const QString &id, int file) const
    {
        return m_api->context().config().effectiveQuarantineDir() + "/" + id + "/" + QString::number(file);
    }

    QStringList auditActions()
    {
        QStringList out;
        auto events = srs::store::AuditLog(m_api->context().database()).list(0, 100000);
        if (events)
            for (const auto &e : events.value())
                out << e.action;
        return out;
    }

private slots:
    void cleanup()
    {
        m_api.reset();
        if (!m_mounted.isEmpty()) {
            QProcess::execute("umount", {m_mounted});
            m_mounted.clear();
        }
        m_mountPoint.reset();
    }

    void shuffledChunksWithADuplicateEndByteIdentical()
    {
        QVERIFY2(startServer(), qPrintable(m_api->error()));
        const QByteArray a = randomBytes(5 * Chunk + 1234, 1); // 6 chunks, the last short
        const QByteArray b = randomBytes(Chunk, 2);            // exactly one chunk
        const QByteArray empty;
        const Reply created = call("POST", "/P1/ingests",
                                   createBody({fileSpec("code/model.R", a), fileSpec("lookup/areas.csv", b),
                                               fileSpec("notes/empty.txt", empty)}));
        QVERIFY2(created.status == 201, created.body.constData());
        const QString id = created.json["id"].toString();
        QVERIFY(id.startsWith("I-"));
        QCOMPARE(created.json["state"].toString(), QString("uploading"));
        QCOMPARE(created.json["chunk_bytes"].toInteger(), Chunk);
        QCOMPARE(created.json["files"].toArray().size(), 3);
        // Nothing received yet: the whole of each non-empty file is missing.
        QCOMPARE(missingOf(call("GET", "/P1/ingests/" + id + "/missing")),
                 (QStringList{QString("0:0+%1").arg(a.size()), QString("1:0+%1").arg(b.size())}));

        QList<std::pair<int, int>> chunks;
        for (int n = 0; n < 6; ++n)
            chunks.append({0, n});
        chunks.append({1, 0});
        std::shuffle(chunks.begin(), chunks.end(), std::mt19937(7));
        const auto last = chunks.takeLast();
        for (const auto &[file, n] : chunks) {
            const QByteArray &bytes = file == 0 ? a : b;
            const Reply r = putChunk(id, file, n, chunkOf(bytes, n));
            QVERIFY2(r.status == 204, r.body.constData());
        }
        // The same chunk again is accepted; other bytes for it are not, and change nothing.
        QCOMPARE(putChunk(id, chunks.first().first, chunks.first().second,
                          chunkOf(chunks.first().first == 0 ? a : b, chunks.first().second))
                     .status,
                 204);
        const QByteArray other =
            randomBytes(chunkOf(chunks.first().first == 0 ? a : b, chunks.first().second).size(), 9);
        const Reply conflict = putChunk(id, chunks.first().first, chunks.first().second, other);
        QCOMPARE(conflict.status, 409);
        QCOMPARE(conflict.code(), QString("ingest.chunk-conflict"));
        // Exactly the last chunk is missing.
        const QByteArray &lastFile = last.first == 0 ? a : b;
        QCOMPARE(missingOf(call("GET", "/P1/ingests/" + id + "/missing")),
                 QStringList{QString("%1:%2+%3")
                                 .arg(last.first)
                                 .arg(qint64(last.second) * Chunk)
                                 .arg(chunkOf(lastFile, last.second).size())});
        const Reply early = call("POST", "/P1/ingests/" + id + "/finish", "");
        QCOMPARE(early.status, 409);
        QCOMPARE(early.code(), QString("ingest.incomplete"));
        QCOMPARE(putChunk(id, last.first, last.second, chunkOf(lastFile, last.second)).status, 204);
        QVERIFY(missingOf(call("GET", "/P1/ingests/" + id + "/missing")).isEmpty());

        const Reply finished = call("POST", "/P1/ingests/" + id + "/finish", "");
        QVERIFY2(finished.status == 200, finished.body.constData());
        QCOMPARE(finished.json["state"].toString(), QString("checking"));
        QCOMPARE(finished.json["files"].toArray().at(0).toObject()["received_bytes"].toInteger(), a.size());
        // Byte-identical in quarantine, under names the server chose.
        QCOMPARE(sha256(readAll(quarantineFile(id, 0))), sha256(a));
        QCOMPARE(sha256(readAll(quarantineFile(id, 1))), sha256(b));
        QVERIFY(QFileInfo::exists(quarantineFile(id, 2)));
        QCOMPARE(QFileInfo(quarantineFile(id, 2)).size(), 0);
        // Finished: no more chunks; finishing again answers the same.
        QCOMPARE(putChunk(id, 0, 0, chunkOf(a, 0)).code(), QString("ingest.wrong-state"));
        QCOMPARE(call("POST", "/P1/ingests/" + id + "/finish", "").status, 200);
        // Listed for the project, and seen by another member who may open it.
        const Reply list = call("GET", "/P1/ingests", {}, "sup");
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json["ingests"].toArray().size(), 1);
        QCOMPARE(list.json["ingests"].toArray().at(0).toObject()["id"].toString(), id);
        const QStringList actions = auditActions();
        QVERIFY(actions.contains("ingest.created"));
        QVERIFY(actions.contains("ingest.uploaded"));
        QVERIFY(actions.contains("ingest.chunk-refused")); // the conflicting chunk
    }

    void chunkWithAWrongHashIsRefusedThenResent()
    {
        QVERIFY2(startServer(), qPrintable(m_api->error()));
        const QByteArray a = randomBytes(2 * Chunk, 3);
        const Reply created = call("POST", "/P1/ingests", createBody({fileSpec("data/a.csv", a)}));
        QCOMPARE(created.status, 201);
        const QString id = created.json["id"].toString();
        const Reply wrong = putChunk(id, 0, 1, chunkOf(a, 1), "res", sha256("something else"));
        QCOMPARE(wrong.status, 400);
        QCOMPARE(wrong.code(), QString("ingest.chunk-hash-mismatch"));
        // Not recorded: still missing, and nothing written.
        QCOMPARE(missingOf(call("GET", "/P1/ingests/" + id + "/missing")),
                 QStringList{QString("0:0+%1").arg(a.size())});
        QCOMPARE(QFileInfo(quarantineFile(id, 0)).size(), 0);
        // No hash, a malformed one, the wrong length, a chunk past the end.
        QCOMPARE(call("PUT", "/P1/ingests/" + id + "/files/0/chunks/1", chunkOf(a, 1)).code(),
                 QString("ingest.chunk-invalid"));
        QCOMPARE(putChunk(id, 0, 1, chunkOf(a, 1), "res", "xyz").code(), QString("ingest.chunk-invalid"));
        QCOMPARE(putChunk(id, 0, 1, chunkOf(a, 1).left(100)).code(), QString("ingest.chunk-invalid"));
        QCOMPARE(putChunk(id, 0, 2, chunkOf(a, 1)).code(), QString("ingest.chunk-invalid"));
        QCOMPARE(putChunk(id, 1, 0, chunkOf(a, 1)).status, 404);
        // Sent again, right: accepted.
        QCOMPARE(putChunk(id, 0, 1, chunkOf(a, 1)).status, 204);
        QCOMPARE(putChunk(id, 0, 0, chunkOf(a, 0)).status, 204);
        QCOMPARE(call("POST", "/P1/ingests/" + id + "/finish", "").status, 200);
        QCOMPARE(readAll(quarantineFile(id, 0)), a);
    }

    void wholeFileMismatchIsRefusedAndItsChunksForgotten()
    {
        QVERIFY2(startServer(), qPrintable(m_api->error()));
        const QByteArray a = randomBytes(Chunk + 10, 4);
        const QByteArray b = randomBytes(100, 5);
        // The declared SHA-256 of file 1 is not that of the bytes sent.
        const Reply created = call("POST", "/P1/ingests",
                                   createBody({fileSpec("a.bin", a), fileSpec("b.txt", b, sha256("not b"))}));
        QCOMPARE(created.status, 201);
        const QString id = created.json["id"].toString();
        for (int n = 0; n < 2; ++n)
            QCOMPARE(putChunk(id, 0, n, chunkOf(a, n)).status, 204);
        QCOMPARE(putChunk(id, 1, 0, b).status, 204);
        const Reply finished = call("POST", "/P1/ingests/" + id + "/finish", "");
        QCOMPARE(finished.status, 422);
        QCOMPARE(finished.code(), QString("ingest.file-mismatch"));
        QCOMPARE(finished.json["field"].toString(), QString("files[1]"));
        QVERIFY2(finished.json["message"].toString().contains("\"b.txt\""), finished.body.constData());
        // File 1's chunks are forgotten (to be sent again); file 0's stay.
        QCOMPARE(missingOf(call("GET", "/P1/ingests/" + id + "/missing")), QStringList{"1:0+100"});
        QCOMPARE(call("GET", "/P1/ingests/" + id).json["state"].toString(), QString("uploading"));
        QVERIFY(auditActions().contains("ingest.file-mismatch"));
    }

    void limitsAreRefusedUpFrontNamingTheLimit()
    {
        QVERIFY2(startServer([](srs::server::ServerConfig &c) {
                     c.ingestMaxFileBytes = 1000;
                     c.ingestMaxRequestBytes = 1500;
                     c.ingestMaxRequestFiles = 3;
                     c.ingestMaxProjectBytes = 2500;
                 }),
                 qPrintable(m_api->error()));
        auto refused = [&](const QJsonArray &files, const QString &limit, const QString &value) {
            const Reply r = call("POST", "/P1/ingests", createBody(files));
            if (r.status != 413 || r.code() != "ingest.limit-exceeded")
                return QString("HTTP %1 %2").arg(r.status).arg(QString::fromUtf8(r.body));
            const QString m = r.json["message"].toString();
            if (!m.contains(limit) || !m.contains(value))
                return QString("the message does not name " + limit + " " + value + ": " + m);
            return QString();
        };
        QString problem =
            refused({fileSpec("big.bin", QByteArray(1001, 'x'))}, "ingest.max_file_bytes", "1000");
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = refused({fileSpec("a", QByteArray(800, 'x')), fileSpec("b", QByteArray(800, 'y'))},
                          "ingest.max_request_bytes", "1500");
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = refused({fileSpec("a", "1"), fileSpec("b", "2"), fileSpec("c", "3"), fileSpec("d", "4")},
                          "ingest.max_request_files", "3");
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const Reply first = call("POST", "/P1/ingests", createBody({fileSpec("a", QByteArray(1000, 'x'))}));
        QCOMPARE(first.status, 201);
        QCOMPARE(call("POST", "/P1/ingests", createBody({fileSpec("b", QByteArray(1000, 'y'))})).status, 201);
        problem = refused({fileSpec("c", QByteArray(1000, 'z'))}, "ingest.max_project_bytes", "2500");
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // A cancelled request no longer counts (and its quarantine folder is gone).
        const QString id = first.json["id"].toString();
        QVERIFY(QFileInfo::exists(quarantineFile(id, 0)));
        const Reply cancelled = call("POST", "/P1/ingests/" + id + "/cancel", "");
        QCOMPARE(cancelled.status, 200);
        QCOMPARE(cancelled.json["state"].toString(), QString("cancelled"));
        QVERIFY(!QFileInfo::exists(quarantineFile(id, 0)));
        QCOMPARE(putChunk(id, 0, 0, QByteArray(1000, 'x')).code(), QString("ingest.wrong-state"));
        QCOMPARE(call("POST", "/P1/ingests", createBody({fileSpec("c", QByteArray(1000, 'z'))})).status, 201);
        QCOMPARE(auditActions().count("ingest.refused"), 4);
        QVERIFY(auditActions().contains("ingest.cancelled"));
    }

    void hostileNamesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("parent") << "../etc/passwd";
        QTest::newRow("inner parent") << "code/../../x";
        QTest::newRow("dot") << "./x";
        QTest::newRow("absolute") << "/etc/passwd";
        QTest::newRow("backslash") << "code\\x.R";
        QTest::newRow("empty part") << "code//x.R";
        QTest::newRow("trailing slash") << "code/";
        QTest::newRow("empty") << "";
        QTest::newRow("control") << QString("a") + QChar(0x01) + "b";
        QTest::newRow("newline") << "a\nb";
        QTest::newRow("C1 control") << QString("a") + QChar(0x85) + "b";
        QTest::newRow("right-to-left override") << QString("invoice") + QChar(0x202e) + "fdp.exe";
        QTest::newRow("zero width") << QString("a") + QChar(0x200b) + "b";
        QTest::newRow("too long") << QString(600, 'a');
        QTest::newRow("part too long") << QString(300, 'a') + "/b";
    }
    void hostileNamesAreRefused()
    {
        QFETCH(QString, name);
        if (!m_api)
            QVERIFY2(startServer(), qPrintable(m_api->error()));
        const Reply r =
            call("POST", "/P1/ingests", createBody({fileSpec("fine.txt", "x"), fileSpec(name, "y")}));
        QVERIFY2(r.status == 400, r.body.constData());
        QCOMPARE(r.json["field"].toString(), QString("files[1].name"));
        QCOMPARE(call("GET", "/P1/ingests").json["ingests"].toArray().size(), 0);
    }

    void otherBadRequests()
    {
        QVERIFY2(startServer(), qPrintable(m_api->error()));
        const QByteArray a("abc");
        auto status = [&](const QByteArray &body) { return call("POST", "/P1/ingests", body).status; };
        QCOMPARE(status("{"), 400);
        QCOMPARE(status(json({{"reason", "r"}, {"files", QJsonArray{}}})), 400);
        QCOMPARE(status(json({{"files", QJsonArray{fileSpec("a", a)}}})), 400);
        QCOMPARE(status(createBody({fileSpec("a", a), fileSpec("a", a)})), 400); // twice
        QJsonObject negative = fileSpec("a", a);
        negative["size"] = -1;
        QCOMPARE(status(createBody({negative})), 400);
        QJsonObject badHash = fileSpec("a", a);
        badHash["sha256"] = "ABC";
        QCOMPARE(status(createBody({badHash})), 400);
        QJsonObject extra = fileSpec("a", a);
        extra["path"] = "/etc";
        QCOMPARE(status(createBody({extra})), 400);
    }

    void whoMayDoWhatFromWhere()
    {
        QVERIFY2(startServer(), qPrintable(m_api->error()));
        const QByteArray a("hello");
        const QByteArray body = createBody({fileSpec("a.txt", a)});
        // Not a member: the project does not exist for them.
        QCOMPARE(call("POST", "/P1/ingests", body, "checker").status, 404);
        // A setting that may not open the project (home working not approved on P2).
        const Reply laptop = call("POST", "/P2/ingests", body, "res", Device::Laptop);
        QCOMPARE(laptop.status, 403);
        QCOMPARE(laptop.code(), QString("home-working-not-approved"));
        // A project that has ended; a provisional researcher without a supervisor.
        QCOMPARE(call("POST", "/P3/ingests", body).code(), QString("project-not-active"));
        QCOMPARE(call("POST", "/P4/ingests", body, "prov").code(), QString("provisional-without-supervisor"));
        QCOMPARE(call("POST", "/P1/ingests", body, "nodecl").code(), QString("security-declaration-missing"));
        // Only the requester sends, finishes and cancels; other members may look.
        const Reply created = call("POST", "/P1/ingests", body);
        QCOMPARE(created.status, 201);
        const QString id = created.json["id"].toString();
        const Reply other = putChunk(id, 0, 0, a, "sup");
        QCOMPARE(other.status, 403);
        QCOMPARE(other.code(), QString("ingest.not-requester"));
        QCOMPARE(call("POST", "/P1/ingests/" + id + "/finish", "", "sup").code(),
                 QString("ingest.not-requester"));
        QCOMPARE(call("POST", "/P1/ingests/" + id + "/cancel", "", "sup").code(),
                 QString("ingest.not-requester"));
        QCOMPARE(call("GET", "/P1/ingests/" + id, {}, "sup").status, 200);
        QCOMPARE(call("GET", "/P1/ingests/" + id + "/missing", {}, "sup").status, 200);
        // A request of another project is not found under this one; nor by a non-member.
        QCOMPARE(call("GET", "/P2/ingests/" + id).status, 404);
        QCOMPARE(call("GET", "/P1/ingests/" + id, {}, "checker").status, 404);
        // The requester, from a setting that may no longer open the project, is refused too.
        QCOMPARE(
            call("PUT", "/P2/ingests/" + id + "/files/0/chunks/0", a, "res", Device::Laptop, chunkHeaders(a))
                .code(),
            QString("home-working-not-approved"));
        QCOMPARE(putChunk(id, 0, 0, a).status, 204);
        QCOMPARE(call("POST", "/P1/ingests/" + id + "/finish", "").status, 200);
        // Policy refusals are audited as on every route.
        QVERIFY(auditActions().count("request.refused") >= 6);
    }

    // A quarantine folder on a small tmpfs: a chunk that does not fit is refused with
    // ingest.storage-full, not recorded, and the space it took given back.
    void fullQuarantineDiskGivesAClearErrorAndNoRecord()
    {
        m_mountPoint = std::make_unique<QTemporaryDir>();
        QTemporaryDir &mountPoint = *m_mountPoint;
        QVERIFY(mountPoint.isValid());
        QProcess mount;
        mount.start("mount", {"-t", "tmpfs", "-o", QString("size=%1,mode=0700").arg(4 * Chunk), "tmpfs",
                              mountPoint.path()});
        if (!mount.waitForFinished(10'000) || mount.exitStatus() != QProcess::NormalExit ||
            mount.exitCode() != 0) {
            const QString why = QString::fromLocal8Bit(mount.readAllStandardError()).trimmed();
            qWarning("cannot mount a tmpfs here: %s", qPrintable(why));
            QSKIP(qPrintable("mounting a small tmpfs is not permitted here: " + why));
        }
        m_mounted = mountPoint.path();
        const QString quarantine = mountPoint.path() + "/quarantine";
        QVERIFY2(startServer([quarantine](srs::server::ServerConfig &c) { c.quarantineDir = quarantine; }),
                 qPrintable(m_api->error()));
        const QByteArray a = randomBytes(8 * Chunk, 6);
        const Reply created = call("POST", "/P1/ingests", createBody({fileSpec("big.bin", a)}));
        QCOMPARE(created.status, 201);
        const QString id = created.json["id"].toString();
        int stored = 0;
        Reply full;
        for (int n = 0; n < 8; ++n) {
            const Reply r = putChunk(id, 0, n, chunkOf(a, n));
            if (r.status == 204) {
                ++stored;
                continue;
            }
            full = r;
            break;
        }
        QVERIFY2(full.status == 507,
                 qPrintable(QString("HTTP %1 %2").arg(full.status).arg(QString::fromUtf8(full.body))));
        QCOMPARE(full.code(), QString("ingest.storage-full"));
        QVERIFY(full.json["message"].toString().contains("full"));
        QVERIFY2(stored >= 1 && stored <= 4, qPrintable(QString::number(stored)));
        // Only the chunks stored are recorded: the one refused and those after it are missing.
        QCOMPARE(missingOf(call("GET", "/P1/ingests/" + id + "/missing")),
                 QStringList{QString("0:%1+%2").arg(stored * Chunk).arg(a.size() - stored * Chunk)});
        // Nothing half-written stays: the file holds exactly the stored chunks' blocks.
        struct stat st
        {};
        QCOMPARE(::stat(QFile::encodeName(quarantineFile(id, 0)).constData(), &st), 0);
        QCOMPARE(qint64(st.st_blocks) * 512, qint64(stored) * Chunk);
        QCOMPARE(readAll(quarantineFile(id, 0)).left(stored * Chunk), a.left(stored * Chunk));
        QVERIFY(auditActions().contains("ingest.chunk-refused"));
        // Once space is freed (the request cancelled), a new upload fits again.
        QCOMPARE(call("POST", "/P1/ingests/" + id + "/cancel", "").status, 200);
        const QByteArray small = randomBytes(Chunk, 8);
        const Reply again = call("POST", "/P1/ingests", createBody({fileSpec("small.bin", small)}));
        QCOMPARE(putChunk(again.json["id"].toString(), 0, 0, small).status, 204);
    }

    // The real server program, killed with SIGKILL while chunks are being sent, ten times, and
    // started again on the same data: the upload carries on from what is missing and ends
    // byte-identical.
    void serverKilledMidUploadResumes()
    {
        ServerProcess::Options options;
        options.seedDemo = true;
        options.extraConfig.insert("ingest", QJsonObject{{"chunk_bytes", Chunk}});
        ServerProcess server(options);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const QString user = "eleanor.wright";
        const QString project = "P-2026-001";
        auto secret = srs::crypto::base32Decode(server.totpSecret(user).toLatin1());
        QVERIFY(secret);
        srs::crypto::Totp totp(std::move(*secret));
        const QByteArray code = totp.codeForStep(totp.stepAt(QDateTime::currentSecsSinceEpoch()));
        const Reply signedIn = callServer(server.port(), "POST", "/api/v1/sessions",
                                          json(QJsonObject{{"username", user},
                                                           {"password", QString("demo-" + user)},
                                                           {"totp_code", QString::fromLatin1(code)}}));
        QVERIFY2(signedIn.status == 201, signedIn.body.constData());
        const QString token = signedIn.json["token"].toString();

        const QByteArray a = randomBytes(40 * Chunk + 77, 10);
        const QString base = "/api/v1/projects/" + project + "/ingests";
        const Reply created =
            callServer(server.port(), "POST", base, createBody({fileSpec("data/big.bin", a)}), token);
        QVERIFY2(created.status == 201, created.body.constData());
        const QString id = created.json["id"].toString();
        const int chunks = int((a.size() + Chunk - 1) / Chunk);

        std::mt19937 random(11);
        int kills = 0;
        for (int round = 0; round < 30; ++round) {
            const int port = server.port();
            const Reply missing = callServer(port, "GET", base + "/" + id + "/missing", {}, token);
            QVERIFY2(missing.status == 200, missing.body.constData());
            QList<int> todo;
            for (const QString &m : missingOf(missing)) {
                const qint64 offset = m.section(':', 1).section('+', 0, 0).toLongLong();
                const qint64 length = m.section('+', 1).toLongLong();
                for (qint64 o = offset; o < offset + length; o += Chunk)
                    todo << int(o / Chunk);
            }
            if (todo.isEmpty())
                break;
            if (kills == 10) { // enough: send the rest
                for (int n : std::as_const(todo))
                    QCOMPARE(callServer(port, "PUT", QString("%1/%2/files/0/chunks/%3").arg(base, id).arg(n),
                                        chunkOf(a, n), token, Device::SafeRoom, nullptr,
                                        chunkHeaders(chunkOf(a, n)))
                                 .status,
                             204);
                continue;
            }
            // Send in the background; kill the server after a few chunks, at a random moment.
            std::atomic<int> sent{0};
            std::atomic<bool> stop{false};
            std::thread sender([&, todo, port] {
                for (int n : todo) {
                    if (stop)
                        return;
                    const Reply r = callServer(
                        port, "PUT", QString("%1/%2/files/0/chunks/%3").arg(base, id).arg(n), chunkOf(a, n),
                        token, Device::SafeRoom, nullptr, chunkHeaders(chunkOf(a, n)));
                    if (r.status != 204)
                        return;
                    ++sent;
                }
            });
            const int waitFor = 1 + int(random() % 3);
            (void)QTest::qWaitFor([&] { return sent >= waitFor || sent >= int(todo.size()); }, 20'000);
            QThread::usleep(random() % 3000);
            server.kill();
            ++kills;
            stop = true;
            sender.join();
            QVERIFY2(server.restart(), qPrintable(server.errorString()));
        }
        QCOMPARE(kills, 10);
        const Reply finished = callServer(server.port(), "POST", base + "/" + id + "/finish", "", token);
        QVERIFY2(finished.status == 200, finished.body.constData());
        QCOMPARE(finished.json["state"].toString(), QString("checking"));
        const QString copy = server.dataDir() + "/quarantine/" + id + "/0";
        QCOMPARE(QFileInfo(copy).size(), a.size());
        QCOMPARE(sha256(readAll(copy)), sha256(a));
        Q_UNUSED(chunks);
        QCOMPARE(server.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestIngestApi)
#include "tst_ingest_api.moc"
