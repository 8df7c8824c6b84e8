// session::Releases over FakeApi: a project's releases, downloading a release file by file
// (each kept only when it matches the manifest), destruction attestations, and a lock in the
// middle of a download.

#include "ControllerRig.h"

#include "session/Releases.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace srs;
using namespace srs::testing;
namespace route = protocol::route;

namespace {

const QByteArray Table("region,count\nNorth,12\n");
const QByteArray Figure("%PDF-1.4 not really\n");

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

protocol::ReleaseInfo releaseOf(const QString &id, const QString &submissionId)
{
    protocol::ReleaseInfo r;
    r.id = id;
    r.submissionId = submissionId;
    r.projectId = QStringLiteral("P-1");
    r.title = QStringLiteral("Tables for the paper");
    r.files = {
        {0, QStringLiteral("outputs/t1.csv"), domain::FileRole::Output, sha256(Table), Table.size()},
        {1, QStringLiteral("outputs/fig 1.pdf"), domain::FileRole::Output, sha256(Figure), Figure.size()}};
    return r;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Answers the file call the download is waiting for with these bytes.
bool answerNextFile(api::testing::FakeApi &fake, const QByteArray &bytes)
{
    if (!QTest::qWaitFor([&] { return !fake.held(route::ReleaseFile).isEmpty(); }, 5000))
        return false;
    fake.held(route::ReleaseFile).constFirst()->succeedWith(bytes);
    return true;
}

} // namespace

class TestReleasesController : public QObject
{
    Q_OBJECT
private slots:
    void aProjectsReleasesAreListedAndFoundBySubmission()
    {
        ControllerRig rig;
        session::Releases releases(&rig.session);
        QVERIFY(rig.signIn(QStringLiteral("U-1"), QStringLiteral("asha.patel")));
        rig.api.answer(route::ProjectReleases, QList<protocol::ReleaseInfo>{releaseOf("REL-1", "S-1")});
        QSignalSpy changed(&releases, &session::Releases::projectReleasesChanged);
        releases.fetchForProject(QStringLiteral("P-1"));
        QVERIFY(changed.wait());
        QCOMPARE(changed.first().first().toString(), QString("P-1"));
        QCOMPARE(rig.api.sentTo(route::ProjectReleases).constFirst().path,
                 QString("/api/v1/projects/P-1/releases"));
        QCOMPARE(releases.ofSubmission(QStringLiteral("S-1"))->id, QString("REL-1"));
        QVERIFY(!releases.ofSubmission(QStringLiteral("S-2")));

        rig.api.refuse(route::ProjectReleases, 403, QStringLiteral("not-a-member"),
                       QStringLiteral("Not yours."));
        QSignalSpy failed(&releases, &session::Releases::fetchFailed);
        releases.fetchForProject(QStringLiteral("P-2"));
        QVERIFY(failed.wait());
        QCOMPARE(failed.first().at(0).toString(), QString("P-2"));
        QCOMPARE(failed.first().at(1).value<api::ApiFailure>().serverCode, QString("not-a-member"));
    }

    void aDownloadKeepsOnlyWhatMatchesTheManifest()
    {
        ControllerRig rig;
        session::Releases releases(&rig.session);
        QVERIFY(rig.signIn(QStringLiteral("U-1"), QStringLiteral("asha.patel")));
        QTemporaryDir folder;
        QSignalSpy progress(&releases, &session::Releases::downloadProgress);
        QSignalSpy finished(&releases, &session::Releases::downloadFinished);
        QList<session::Releases::FileOutcome> outcomes;
        connect(
            &releases, &session::Releases::downloadFinished, this,
            [&outcomes](const QString &, const QList<session::Releases::FileOutcome> &o) { outcomes = o; });
        releases.download(releaseOf("REL-1", "S-1"), folder.path());
        QVERIFY(releases.isDownloading());
        QVERIFY(answerNextFile(rig.api, Table));
        QVERIFY(answerNextFile(rig.api, QByteArray("%PDF-1.4 something else\n"))); // not the manifest's
        QVERIFY(finished.wait());
        QVERIFY(!releases.isDownloading());

        const auto sent = rig.api.sentTo(route::ReleaseFile);
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent[0].path, QString("/api/v1/releases/REL-1/files/0"));
        QCOMPARE(sent[1].path, QString("/api/v1/releases/REL-1/files/1"));
        QCOMPARE(outcomes.size(), 2);
        QVERIFY(outcomes[0].ok);
        QVERIFY(!outcomes[1].ok);
        QVERIFY(outcomes[1].message.contains("SHA-256"));
        QCOMPARE(readAll(folder.filePath("outputs/t1.csv")), Table);
        QVERIFY(!QFile::exists(folder.filePath("outputs/fig 1.pdf")));
        const QByteArray manifest = readAll(folder.filePath("MANIFEST-SHA256.txt"));
        QVERIFY(manifest.contains(QByteArray(sha256(Table).toLatin1() + "  outputs/t1.csv\n")));
        QCOMPARE(progress.constLast().at(0).toInt(), 2);
        QCOMPARE(progress.constLast().at(1).toInt(), 2);
    }

    void aFileThatCannotBeFetchedIsSaidAndTheRestGoesOn()
    {
        ControllerRig rig;
        session::Releases releases(&rig.session);
        QVERIFY(rig.signIn(QStringLiteral("U-1"), QStringLiteral("asha.patel")));
        QTemporaryDir folder;
        QList<session::Releases::FileOutcome> outcomes;
        QSignalSpy finished(&releases, &session::Releases::downloadFinished);
        connect(
            &releases, &session::Releases::downloadFinished, this,
            [&outcomes](const QString &, const QList<session::Releases::FileOutcome> &o) { outcomes = o; });
        releases.download(releaseOf("REL-1", "S-1"), folder.path());
        QTRY_COMPARE(rig.api.held(route::ReleaseFile).size(), 1);
        rig.api.held(route::ReleaseFile).constFirst()->fail(api::testing::FakeApi::unreachable());
        QVERIFY(answerNextFile(rig.api, Figure));
        QVERIFY(finished.wait());
        QCOMPARE(outcomes.size(), 2);
        QVERIFY(!outcomes[0].ok);
        QVERIFY(outcomes[0].message.contains("could not be reached"));
        QVERIFY(outcomes[1].ok);
        QCOMPARE(readAll(folder.filePath("outputs/fig 1.pdf")), Figure);
    }

    void lockingStopsADownloadAndAsksNothingMore()
    {
        ControllerRig rig;
        session::Releases releases(&rig.session);
        QVERIFY(rig.signIn(QStringLiteral("U-1"), QStringLiteral("asha.patel")));
        QTemporaryDir folder;
        QSignalSpy finished(&releases, &session::Releases::downloadFinished);
        releases.download(releaseOf("REL-1", "S-1"), folder.path());
        QTRY_COMPARE(rig.api.held(route::ReleaseFile).size(), 1);
        auto *call = rig.api.held(route::ReleaseFile).constFirst();
        rig.session.lock(session::Session::LockReason::Manual);
        QVERIFY(call->isFinished());
        QCOMPARE(finished.size(), 1); // said as it stands: nothing kept
        QVERIFY(!releases.isDownloading());
        QTest::qWait(20);
        QCOMPARE(rig.api.sentTo(route::ReleaseFile).size(), 1);
        QVERIFY(!QFile::exists(folder.filePath("outputs/t1.csv")));
    }

    void aLeadAttestsDestruction()
    {
        ControllerRig rig;
        session::Releases releases(&rig.session);
        QVERIFY(rig.signIn(QStringLiteral("U-1"), QStringLiteral("asha.patel")));
        rig.api.answer(route::Releases,
                       QList<protocol::ReleaseInfo>{releaseOf("REL-1", "S-1"), releaseOf("REL-2", "S-2")});
        QSignalSpy pending(&releases, &session::Releases::pendingDestructionChanged);
        releases.fetchPendingDestruction();
        QVERIFY(pending.wait());
        QCOMPARE(releases.pendingDestruction().size(), 2);
        QCOMPARE(rig.api.sentTo(route::Releases).constFirst().path,
                 QString("/api/v1/releases?pending-destruction=1"));

        protocol::ReleaseInfo destroyed = releaseOf("REL-1", "S-1");
        destroyed.destroyedAt = rig.clock.now();
        rig.api.answer(route::Destruction, destroyed);
        QSignalSpy attested(&releases, &session::Releases::destructionAttested);
        releases.attestDestruction(QStringLiteral("REL-1"), QStringLiteral("Deleted from the laptop."));
        QVERIFY(attested.wait());
        const auto sent = rig.api.sentTo(route::Destruction);
        QCOMPARE(sent.constFirst().path, QString("/api/v1/releases/REL-1/destruction"));
        const auto body = protocol::DestructionRequest::fromJson(sent.constFirst().body);
        QVERIFY(body.ok());
        QVERIFY(body->attest);
        QCOMPARE(body->note, QString("Deleted from the laptop."));
        QCOMPARE(releases.pendingDestruction().size(), 1);
        QCOMPARE(releases.pendingDestruction().constFirst().id, QString("REL-2"));

        rig.api.refuse(route::Destruction, 409, QStringLiteral("already-attested"),
                       QStringLiteral("Already done."));
        QSignalSpy refused(&releases, &session::Releases::destructionFailed);
        releases.attestDestruction(QStringLiteral("REL-2"), {});
        QVERIFY(refused.wait());
        QCOMPARE(refused.first().at(0).toString(), QString("REL-2"));
        QCOMPARE(refused.first().at(1).toString(), QString("Already done."));
        QCOMPARE(releases.pendingDestruction().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReleasesController)
#include "tst_releasescontroller.moc"
