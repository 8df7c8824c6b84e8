// The clamd client against a real clamd (ClamdFixture: /usr/sbin/clamd in a temporary folder
// with a signature database that knows only the EICAR test file): EICAR found, a clean file OK,
// EICAR deep inside a large file streamed in many pieces found, and a scanner that is missing,
// not configured, stopped or silent is "unavailable", never "clean".

#include "ClamdFixture.h"
#include "services/ClamdClient.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using srs::server::ClamdClient;
using srs::server::ScanVerdict;
using srs::testing::ClamdFixture;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace

class TestClamdClient : public QObject
{
    Q_OBJECT
private:
    ClamdFixture m_clamd;
    QTemporaryDir m_files;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_clamd.start(), qPrintable(m_clamd.error()));
        QVERIFY(m_files.isValid());
    }

    void pingAnswers()
    {
        QString problem;
        QVERIFY2(ClamdClient(m_clamd.socketPath()).ping(&problem), qPrintable(problem));
    }

    void eicarIsFound()
    {
        const QString path = writeFile(m_files, "eicar.txt", ClamdFixture::eicar());
        const ScanVerdict v = ClamdClient(m_clamd.socketPath()).scanFile(path);
        QCOMPARE(int(v.outcome), int(ScanVerdict::Outcome::Found));
        QVERIFY2(v.signature.startsWith(QLatin1String(ClamdFixture::SignatureName)), qPrintable(v.signature));
        QVERIFY(!v.clean());
    }

    void cleanFileIsOk()
    {
        const QString path = writeFile(m_files, "clean.csv", "area,count\nE1,12\nE2,40\n");
        const ScanVerdict v = ClamdClient(m_clamd.socketPath()).scanFile(path);
        QCOMPARE(int(v.outcome), int(ScanVerdict::Outcome::Clean));
        QVERIFY(v.clean());
        // An empty file is scanned too (a stream of no pieces).
        const ScanVerdict empty = ClamdClient(m_clamd.socketPath()).scanFile(writeFile(m_files, "empty", {}));
        QCOMPARE(int(empty.outcome), int(ScanVerdict::Outcome::Clean));
    }

    void eicarAcrossPiecesOfALargeFileIsFound()
    {
        // 1 MiB of text with EICAR straddling the boundary between the 3rd and 4th pieces.
        QByteArray bytes(1024 * 1024, 'a');
        const qsizetype at = 3 * ClamdClient::PieceBytes - 30;
        bytes.replace(at, ClamdFixture::eicar().size(), ClamdFixture::eicar());
        const ScanVerdict v =
            ClamdClient(m_clamd.socketPath()).scanFile(writeFile(m_files, "large.bin", bytes));
        QCOMPARE(int(v.outcome), int(ScanVerdict::Outcome::Found));
        QVERIFY2(v.signature.startsWith(QLatin1String(ClamdFixture::SignatureName)), qPrintable(v.signature));
        // The same size without it is clean.
        const ScanVerdict clean =
            ClamdClient(m_clamd.socketPath())
                .scanFile(writeFile(m_files, "large-clean.bin", QByteArray(1024 * 1024, 'a')));
        QCOMPARE(int(clean.outcome), int(ScanVerdict::Outcome::Clean));
    }

    void missingSocketIsUnavailableNotClean()
    {
        const QString path = writeFile(m_files, "eicar2.txt", ClamdFixture::eicar());
        const ScanVerdict v = ClamdClient(m_files.filePath("no-such.sock")).scanFile(path);
        QCOMPARE(int(v.outcome), int(ScanVerdict::Outcome::Unavailable));
        QVERIFY(!v.clean());
        QVERIFY2(v.problem.contains("not answering"), qPrintable(v.problem));
        QVERIFY(!ClamdClient(m_files.filePath("no-such.sock")).ping());
    }

    void anUnreadableFileIsAFileErrorNotClean()
    {
        const ScanVerdict v = ClamdClient(m_clamd.socketPath()).scanFile(m_files.filePath("not-there"));
        QCOMPARE(int(v.outcome), int(ScanVerdict::Outcome::FileError));
        QVERIFY(!v.clean());
    }

    void notConfiguredIsUnavailable()
    {
        const ScanVerdict v = ClamdClient(QString()).scanFile(writeFile(m_files, "x.txt", "hello\n"));
        QCOMPARE(int(v.outcome), int(ScanVerdict::Outcome::Unavailable));
        QVERIFY2(v.problem.contains("ingest.clamd_socket"), qPrintable(v.problem));
    }

    void silentScannerTimesOut()
    {
        // Something listens on the socket but never answers.
        const QString path = m_files.filePath("silent.sock");
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray native = QFile::encodeName(path);
        memcpy(address.sun_path, native.constData(), size_t(native.size()));
        QCOMPARE(::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)), 0);
        QCOMPARE(::listen(fd, 4), 0);
        const ScanVerdict v = ClamdClient(path, 300, 300).scanFile(writeFile(m_files, "y.txt", "hello\n"));
        ::close(fd);
        QCOMPARE(int(v.outcome), int(ScanVerdict::Outcome::Unavailable));
        QVERIFY2(v.problem.contains("in time"), qPrintable(v.problem));
    }

    void stoppedScannerIsUnavailableThenBack()
    {
        m_clamd.stop();
        const QString path = writeFile(m_files, "eicar3.txt", ClamdFixture::eicar());
        QCOMPARE(int(ClamdClient(m_clamd.socketPath()).scanFile(path).outcome),
                 int(ScanVerdict::Outcome::Unavailable));
        QVERIFY2(m_clamd.start(), qPrintable(m_clamd.error()));
        QCOMPARE(int(ClamdClient(m_clamd.socketPath()).scanFile(path).outcome),
                 int(ScanVerdict::Outcome::Found));
    }
};

QTEST_GUILESS_MAIN(TestClamdClient)
#include "tst_clamdclient.moc"
