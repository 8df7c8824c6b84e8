#include "FolderSwapper.h"

#include "services/SubmissionChecks.h"
#include "workspace/SafeWorkspaceFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>

using srs::server::WorkspaceFiles;
using srs::testing::FolderSwapper;
using srs::workspace::SafeWorkspaceFile;
namespace workspaceerr = srs::workspace::workspaceerr;

namespace {

const QByteArray AContent = "region,count\nNorth,41\n";
const QByteArray BSecret = "B-SECRET-MARKER: another project's microdata\n";

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

// Two projects' workspaces side by side: A (the caller's) and B (someone else's), each with
// data/file.csv; B's holds the marker that must never be read through A.
struct TwoProjects
{
    QTemporaryDir dir;
    QString a() const { return dir.filePath(QStringLiteral("A")); }
    QString b() const { return dir.filePath(QStringLiteral("B")); }
    bool make()
    {
        return dir.isValid() && writeFile(a() + "/data/file.csv", AContent) &&
               writeFile(a() + "/notes.txt", "notes") && writeFile(b() + "/data/file.csv", BSecret);
    }
};

// Makes a special file at `path`: "fifo", "socket" or "device". False (with `why`) when this
// machine does not allow it.
bool makeSpecial(const QString &kind, const QString &path, QString *reason)
{
    const QByteArray name = QFile::encodeName(path);
    if (kind == "fifo")
        return ::mkfifo(name.constData(), 0600) == 0;
    if (kind == "device") {
        if (::mknod(name.constData(), S_IFCHR | 0600, makedev(1, 3)) == 0) // like /dev/null
            return true;
        *reason =
            QStringLiteral("cannot make a device node here: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    const int s = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    if (s < 0 || size_t(name.size()) >= sizeof address.sun_path)
        return false;
    std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
    const bool bound = ::bind(s, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0;
    ::close(s); // the socket file stays
    return bound;
}

// The message of a failed result, for QVERIFY2 (which evaluates it either way).
template <class R>
QByteArray why(const R &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

} // namespace

class TestWorkspaceReads : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data();
    void init();
    void cleanup() { SafeWorkspaceFile::setOpenat2Allowed(true); }

    void readsFilesInside();
    void refusals_data();
    void refusals();
    void specialFilesAreRefusedWithoutBlocking_data();
    void specialFilesAreRefusedWithoutBlocking();
    void folderMustBeARealFolder();
    void readsOnlyFromTheCheckedHandle();
    void sizeLimitsFromTheHandleAndTheBytesRead();
    void workspaceFilesSayWhy();
    void checksKeepDigestsAndReadAgainTheSameBytes();
    void swappingAFolderForALinkNeverReadsAnotherProject();
    void swappingAFolderForALinkNeverReadsAnotherProjectThroughTheChecker();
};

// Every test runs twice: with openat2 and with the part-by-part fallback of older kernels.
void TestWorkspaceReads::initTestCase_data()
{
    QTest::addColumn<bool>("openat2");
    QTest::newRow("openat2") << true;
    QTest::newRow("fallback") << false;
}

void TestWorkspaceReads::init()
{
    QFETCH_GLOBAL(bool, openat2);
    SafeWorkspaceFile::setOpenat2Allowed(openat2);
}

void TestWorkspaceReads::readsFilesInside()
{
    TwoProjects w;
    QVERIFY(w.make());
    auto folder = SafeWorkspaceFile::openFolder(w.a());
    QVERIFY2(folder.ok(), why(folder).constData());
    auto file = SafeWorkspaceFile::open(folder->get(), "data/file.csv");
    QVERIFY2(file.ok(), why(file).constData());
    QCOMPARE(file->size(), AContent.size());
    const auto all = file->readAll(1024);
    QVERIFY2(all.ok(), why(all).constData());
    QCOMPARE(all.value(), AContent);
    auto top = SafeWorkspaceFile::open(folder->get(), "notes.txt");
    QVERIFY2(top.ok(), why(top).constData());
    QCOMPARE(top->sha256Hex().value(),
             QString::fromLatin1(QCryptographicHash::hash("notes", QCryptographicHash::Sha256).toHex()));
}

void TestWorkspaceReads::refusals_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("code");
    // Set up in refusals(): "link.csv" -> B's file, "linkdir" -> B's data folder, "inner.csv" ->
    // A's own data/file.csv (a link even to something inside is refused), "sub/deep" -> B.
    QTest::newRow("symlink as last part") << "link.csv" << QString::fromLatin1(workspaceerr::SymbolicLink);
    QTest::newRow("symlink inside the workspace, last part")
        << "inner.csv" << QString::fromLatin1(workspaceerr::SymbolicLink);
    QTest::newRow("symlink as middle folder")
        << "linkdir/file.csv" << QString::fromLatin1(workspaceerr::SymbolicLink);
    QTest::newRow("symlink as a deeper middle folder")
        << "sub/deep/file.csv" << QString::fromLatin1(workspaceerr::SymbolicLink);
    QTest::newRow("dot-dot to the other project")
        << "../B/data/file.csv" << QString::fromLatin1(workspaceerr::InvalidPath);
    QTest::newRow("dot-dot after a real folder")
        << "data/../../B/data/file.csv" << QString::fromLatin1(workspaceerr::InvalidPath);
    QTest::newRow("dot-dot staying inside")
        << "data/../notes.txt" << QString::fromLatin1(workspaceerr::InvalidPath);
    QTest::newRow("dot part") << "./notes.txt" << QString::fromLatin1(workspaceerr::InvalidPath);
    QTest::newRow("empty part") << "data//file.csv" << QString::fromLatin1(workspaceerr::InvalidPath);
    QTest::newRow("trailing slash") << "notes.txt/" << QString::fromLatin1(workspaceerr::InvalidPath);
    QTest::newRow("empty") << "" << QString::fromLatin1(workspaceerr::InvalidPath);
    QTest::newRow("absolute path outside")
        << "@B/data/file.csv" << QString::fromLatin1(workspaceerr::InvalidPath);
    QTest::newRow("absolute path of a file inside")
        << "@A/data/file.csv" << QString::fromLatin1(workspaceerr::InvalidPath);
    QTest::newRow("hard path outside: /etc/passwd")
        << "/etc/passwd" << QString::fromLatin1(workspaceerr::InvalidPath);
    QTest::newRow("backslash") << "data\\file.csv" << QString::fromLatin1(workspaceerr::InvalidPath);
    QTest::newRow("missing") << "data/none.csv" << QString::fromLatin1(workspaceerr::NotFound);
    QTest::newRow("a file used as a folder") << "notes.txt/x" << QString::fromLatin1(workspaceerr::NotFound);
    QTest::newRow("a folder") << "data" << QString::fromLatin1(workspaceerr::NotRegular);
}

void TestWorkspaceReads::refusals()
{
    QFETCH(QString, path);
    QFETCH(QString, code);
    TwoProjects w;
    QVERIFY(w.make());
    QVERIFY(QFile::link(w.b() + "/data/file.csv", w.a() + "/link.csv"));
    QVERIFY(QFile::link(w.b() + "/data", w.a() + "/linkdir"));
    QVERIFY(QFile::link(w.a() + "/data/file.csv", w.a() + "/inner.csv"));
    QVERIFY(QDir().mkpath(w.a() + "/sub"));
    QVERIFY(QFile::link(w.b() + "/data", w.a() + "/sub/deep"));
    if (path.startsWith(u'@'))
        path = w.dir.path() + u'/' + path.mid(1);

    auto folder = SafeWorkspaceFile::openFolder(w.a());
    QVERIFY(folder.ok());
    auto file = SafeWorkspaceFile::open(folder->get(), path);
    QVERIFY2(!file.ok(), "refused");
    QCOMPARE(file.error().code, code);
    QVERIFY2(file.error().message.contains(path), why(file).constData()); // names the path
    QVERIFY(file.error().message.endsWith(u'.'));
}

void TestWorkspaceReads::specialFilesAreRefusedWithoutBlocking_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("fifo") << "fifo";
    QTest::newRow("socket") << "socket";
    QTest::newRow("device") << "device";
}

// A FIFO with no writer would block a reader that opens it without O_NONBLOCK (this test would
// hang, and fail by its timeout); a socket or device is not a file to check or release.
void TestWorkspaceReads::specialFilesAreRefusedWithoutBlocking()
{
    QFETCH(QString, kind);
    TwoProjects w;
    QVERIFY(w.make());
    QString reason;
    if (!makeSpecial(kind, w.a() + "/data/special", &reason)) {
        if (!reason.isEmpty())
            QSKIP(qPrintable(reason));
        QFAIL("cannot make the special file");
    }
    auto folder = SafeWorkspaceFile::openFolder(w.a());
    QVERIFY(folder.ok());
    auto file = SafeWorkspaceFile::open(folder->get(), "data/special");
    QVERIFY(!file.ok());
    QCOMPARE(file.error().code, QString::fromLatin1(workspaceerr::NotRegular));
    auto entry = SafeWorkspaceFile::openEntry(folder->get(), "notes.txt", "notes.txt");
    QVERIFY(entry.ok());
    WorkspaceFiles files(w.a());
    auto read = files.read("data/special");
    QVERIFY(!read.ok());
    QVERIFY2(read.error().message.contains("not a regular file"), why(read).constData());
}

void TestWorkspaceReads::folderMustBeARealFolder()
{
    TwoProjects w;
    QVERIFY(w.make());
    QVERIFY(QFile::link(w.b(), w.dir.filePath("A-link")));
    auto linked = SafeWorkspaceFile::openFolder(w.dir.filePath("A-link"));
    QVERIFY(!linked.ok());
    QCOMPARE(linked.error().code, QString::fromLatin1(workspaceerr::SymbolicLink));
    auto missing = SafeWorkspaceFile::openFolder(w.dir.filePath("nothing"));
    QCOMPARE(missing.error().code, QString::fromLatin1(workspaceerr::NotFound));
    auto file = SafeWorkspaceFile::openFolder(w.a() + "/notes.txt");
    QVERIFY(!file.ok());
}

// Once opened and checked, the file read is the one checked, whatever the name points at now.
void TestWorkspaceReads::readsOnlyFromTheCheckedHandle()
{
    TwoProjects w;
    QVERIFY(w.make());
    auto folder = SafeWorkspaceFile::openFolder(w.a());
    auto file = SafeWorkspaceFile::open(folder->get(), "data/file.csv");
    QVERIFY(file.ok());
    QVERIFY(QFile::remove(w.a() + "/data/file.csv"));
    QVERIFY(QFile::link(w.b() + "/data/file.csv", w.a() + "/data/file.csv"));
    QCOMPARE(file->readAll(1024).value(), AContent);
}

void TestWorkspaceReads::sizeLimitsFromTheHandleAndTheBytesRead()
{
    TwoProjects w;
    QVERIFY(w.make());
    auto folder = SafeWorkspaceFile::openFolder(w.a());
    auto exact = SafeWorkspaceFile::open(folder->get(), "data/file.csv");
    QCOMPARE(exact->readAll(AContent.size()).value(), AContent);
    auto small = SafeWorkspaceFile::open(folder->get(), "data/file.csv");
    QCOMPARE(small->readAll(AContent.size() - 1).error().code, QString::fromLatin1(workspaceerr::TooLarge));
    // A file that grows after it was opened: its size said it fits, the bytes read do not.
    auto growing = SafeWorkspaceFile::open(folder->get(), "data/file.csv");
    QVERIFY(growing.ok());
    QFile more(w.a() + "/data/file.csv");
    QVERIFY(more.open(QIODevice::Append));
    QVERIFY(more.write(QByteArray(100, 'x')) == 100);
    more.close();
    QCOMPARE(growing->size(), AContent.size());
    QCOMPARE(growing->readAll(AContent.size() + 10).error().code,
             QString::fromLatin1(workspaceerr::TooLarge));
}

void TestWorkspaceReads::workspaceFilesSayWhy()
{
    TwoProjects w;
    QVERIFY(w.make());
    QVERIFY(QFile::link(w.b() + "/data", w.a() + "/linkdir"));
    WorkspaceFiles files(w.a(), 30, 1000);
    QCOMPARE(files.read("data/file.csv").value(), AContent);
    const auto link = files.read("linkdir/file.csv");
    QCOMPARE(link.error().code, QString("workspace-file-not-found")); // the wire code is unchanged
    QVERIFY2(link.error().message.contains("symbolic link"), why(link).constData());
    QVERIFY(writeFile(w.a() + "/big.csv", QByteArray(31, 'x')));
    QCOMPARE(files.read("big.csv").error().code, QString("payload-too-large"));
    QVERIFY(!files.read("missing.csv").ok());
    QVERIFY(!files.read("linkdir/file.csv").ok()); // asked again
    // Only refusals for what a path is are kept for the audit log, each once.
    using Refused = QList<std::pair<QString, QString>>;
    QCOMPARE(files.refused(),
             (Refused{{"linkdir/file.csv", QString::fromLatin1(workspaceerr::SymbolicLink)}}));
}

// A check keeps each file's digest, not its bytes: a file asked for again is read again, and must
// be what was read first (what the audit event records is what was checked).
void TestWorkspaceReads::checksKeepDigestsAndReadAgainTheSameBytes()
{
    TwoProjects w;
    QVERIFY(w.make());
    WorkspaceFiles files(w.a(), 1000, 1000, WorkspaceFiles::Keep::Digests);
    QCOMPARE(files.read("data/file.csv").value(), AContent);
    QCOMPARE(files.read("data/file.csv").value(), AContent); // a table that is its own counts
    QCOMPARE(files.bytesRead(), AContent.size());            // counted once
    QCOMPARE(files.files().size(), 1);
    QCOMPARE(files.files().at(0).path, QString("data/file.csv"));
    QCOMPARE(files.files().at(0).size, AContent.size());
    QCOMPARE(files.files().at(0).sha256,
             QCryptographicHash::hash(AContent, QCryptographicHash::Sha256).toHex());

    QVERIFY(writeFile(w.a() + "/data/file.csv", "region,count\nNorth,4\n"));
    const auto changed = files.read("data/file.csv");
    QCOMPARE(changed.error().code, QString("workspace-file-not-found"));
    QVERIFY2(changed.error().message.contains("changed while the server was checking it"),
             why(changed).constData());
    QCOMPARE(files.files().size(), 1);
    QCOMPARE(files.bytesRead(), AContent.size());

    // Snapshots keep the bytes they read first.
    WorkspaceFiles snapshot(w.a());
    const QByteArray first = snapshot.read("notes.txt").value();
    QVERIFY(writeFile(w.a() + "/notes.txt", "other notes"));
    QCOMPARE(snapshot.read("notes.txt").value(), first);
    QVERIFY(snapshot.files().isEmpty());
}

// The attack: while the server reads A's data/file.csv over and over, a thread keeps swapping A's
// data folder for a link to B's data folder and back. No read may ever return B's bytes.
void TestWorkspaceReads::swappingAFolderForALinkNeverReadsAnotherProject()
{
    TwoProjects w;
    QVERIFY(w.make());
    QVERIFY(QFile::link(w.b() + "/data", w.a() + "/swap-link"));
    auto folder = SafeWorkspaceFile::openFolder(w.a());
    QVERIFY(folder.ok());
    FolderSwapper swapper(w.a() + "/data", w.a() + "/swap-link");
    swapper.start();
    int reads = 0, fromA = 0, fromB = 0;
    while ((swapper.running() || reads < 2000) && reads < 2000000) {
        ++reads;
        auto file = SafeWorkspaceFile::open(folder->get(), "data/file.csv");
        if (!file)
            continue; // the link was in place: refused
        const auto bytes = file->readAll(1024);
        if (bytes.ok() && bytes.value() == BSecret)
            ++fromB;
        else if (bytes.ok() && bytes.value() == AContent)
            ++fromA;
    }
    swapper.stop();
    qInfo("%d reads (%d of A's file) during %d swaps", reads, fromA, swapper.swaps());
    QVERIFY(!swapper.failed());
    QVERIFY(swapper.swaps() > 0);
    QVERIFY(fromA > 0);
    QCOMPARE(fromB, 0);
}

// The same attack on the reader that checks and snapshots submissions.
void TestWorkspaceReads::swappingAFolderForALinkNeverReadsAnotherProjectThroughTheChecker()
{
    TwoProjects w;
    QVERIFY(w.make());
    QVERIFY(QFile::link(w.b() + "/data", w.a() + "/swap-link"));
    FolderSwapper swapper(w.a() + "/data", w.a() + "/swap-link");
    swapper.start();
    int reads = 0, fromA = 0, fromB = 0;
    while ((swapper.running() || reads < 2000) && reads < 2000000) {
        ++reads;
        WorkspaceFiles files(w.a()); // a new request each time: nothing cached
        const auto bytes = files.read("data/file.csv");
        if (bytes.ok() && bytes.value() == BSecret)
            ++fromB;
        else if (bytes.ok() && bytes.value() == AContent)
            ++fromA;
    }
    swapper.stop();
    qInfo("%d reads (%d of A's file) during %d swaps", reads, fromA, swapper.swaps());
    QVERIFY(!swapper.failed());
    QVERIFY(swapper.swaps() > 0);
    QVERIFY(fromA > 0);
    QCOMPARE(fromB, 0);
}

QTEST_GUILESS_MAIN(TestWorkspaceReads)
#include "tst_workspacereads.moc"
