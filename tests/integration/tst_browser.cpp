// The project browser and its encrypted cache against the real server: workspace sync under
// random changes (add, change, remove, rename, folders), the cached tree shown before the
// network answers after a restart, a revoked share, and the purge on a shared terminal.

#include "ServerProcess.h"

#include "api/Client.h"
#include "cache/CacheFolder.h"
#include "crypto/Totp.h"
#include "net/CurlTransport.h"
#include "session/ClientStore.h"
#include "session/Clock.h"
#include "session/Session.h"
#include "session/SubmissionWizard.h"
#include "session/WorkspaceSync.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace srs;
using srs::session::ClientStore;
using srs::session::Session;
using srs::session::WorkspaceSync;
using srs::testing::ServerProcess;

namespace {

const QString Project = QStringLiteral("P-2026-001");

struct Seen
{
    qint64 size = 0;
    bool directory = false;
    QString sha256;
    bool operator==(const Seen &) const = default;
};

// What is in a workspace folder now, as the index should describe it.
std::map<QString, Seen> onDisk(const QString &folder)
{
    std::map<QString, Seen> out;
    QDirIterator it(folder, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    const QDir root(folder);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        Seen s;
        s.directory = info.isDir();
        if (!s.directory) {
            QFile f(info.filePath());
            if (f.open(QIODevice::ReadOnly))
                s.sha256 = QString::fromLatin1(
                    QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
            s.size = info.size();
        }
        out[root.relativeFilePath(info.filePath())] = s;
    }
    return out;
}

std::map<QString, Seen> inCache(const std::vector<domain::WorkspaceEntry> &entries)
{
    std::map<QString, Seen> out;
    for (const domain::WorkspaceEntry &e : entries)
        out[e.path] = Seen{e.directory ? 0 : e.size, e.directory, e.sha256Hex()};
    return out;
}

} // namespace

class TestBrowser : public QObject
{
    Q_OBJECT

    ServerProcess m_server{[] {
        ServerProcess::Options o;
        o.seedDemo = true;
        return o;
    }()};
    QTemporaryDir m_caches;
    // The server accepts a code one step either side of now, each step once per person:
    // three sign-ins a person in quick succession, so the tests share them out.
    QHash<QString, qint64> m_nextStep;

    crypto::TlsSettings tls(bool safeRoom)
    {
        crypto::TlsSettings t;
        t.caFile = ServerProcess::pkiFile(QStringLiteral("ca.crt"));
        QFile pin(ServerProcess::pkiFile(QStringLiteral("server.pin")));
        if (pin.open(QIODevice::ReadOnly))
            t.pinnedKeys = {QString::fromLatin1(pin.readAll().trimmed())};
        t.certificateFile =
            ServerProcess::pkiFile(safeRoom ? QStringLiteral("safe-room.crt") : QStringLiteral("laptop.crt"));
        t.keyFile =
            ServerProcess::pkiFile(safeRoom ? QStringLiteral("safe-room.key") : QStringLiteral("laptop.key"));
        return t;
    }

    // One client: transport, session (with the real key derivation), store and workspace sync.
    struct Client
    {
        Client(TestBrowser &t, bool safeRoom, int pageSize, bool purge)
            : transport(new net::CurlTransport(t.tls(safeRoom))),
              client(transport.get(), t.m_server.baseUrl()), session(&client, 15, session::Clock::system())
        {
            const QString dir = t.m_caches.filePath(QStringLiteral("caches"));
            const QString server = t.m_server.baseUrl();
            session.setCacheKeyDeriver([dir, server](const QString &user,
                                                     const crypto::SecureBuffer &password,
                                                     const crypto::SecureBuffer &share) {
                return cache::cacheKeyFor(cache::CacheFolder(dir), {user, server}, password, share, 1);
            });
            ClientStore::Options storing;
            storing.cacheDirectory = dir;
            storing.purgeOnSignOut = purge;
            store = std::make_unique<ClientStore>(&session, session::Clock::system(), storing);
            WorkspaceSync::Options syncing;
            syncing.pageSize = pageSize;
            syncing.pollSeconds = 3600;
            sync = std::make_unique<WorkspaceSync>(&session, store.get(), session::Clock::system(), syncing);
        }
        ~Client()
        {
            sync.reset();
            store.reset();
        }
        std::unique_ptr<net::CurlTransport> transport;
        api::Client client;
        Session session;
        std::unique_ptr<ClientStore> store;
        std::unique_ptr<WorkspaceSync> sync;
    };

    QString code(const QString &username)
    {
        auto secret = crypto::base32Decode(m_server.totpSecret(username).toLatin1());
        if (!secret)
            return {};
        crypto::Totp totp(std::move(*secret));
        const qint64 step = m_nextStep.value(username, -1);
        m_nextStep[username] = step + 1;
        return QString::fromLatin1(totp.codeForStep(totp.stepAt(QDateTime::currentSecsSinceEpoch()) + step));
    }

    // Signs in, accepts what is owed, and waits for the cache to open.
    bool signIn(Client &c, const QString &username)
    {
        QSignalSpy opened(c.store.get(), &ClientStore::opened);
        QSignalSpy in(&c.session, &Session::signedIn);
        QSignalSpy refused(&c.session, &Session::signInFailed);
        QByteArray password = "demo-" + username.toLatin1();
        c.session.signIn(username, crypto::SecureBuffer::takeFrom(password), code(username));
        if (!QTest::qWaitFor([&] { return !in.isEmpty() || !refused.isEmpty(); }, 30'000) || in.isEmpty()) {
            if (!refused.isEmpty())
                qWarning("refused: %s", qPrintable(refused.first().first().value<api::ApiFailure>().message));
            return false;
        }
        while (!c.session.declarationsOwed().isEmpty()) {
            QSignalSpy accepted(&c.session, &Session::declarationAccepted);
            c.session.acceptDeclaration(c.session.declarationsOwed().constFirst());
            if (!accepted.wait(30'000))
                return false;
        }
        if (!QTest::qWaitFor([&] { return !opened.isEmpty(); }, 30'000)) {
            qWarning("the cache did not open");
            return false;
        }
        // And the server's list has come (and been kept in the cache).
        if (!QTest::qWaitFor([&] { return c.sync->hasServerList(); }, 30'000)) {
            qWarning("the project list did not come");
            return false;
        }
        return true;
    }

    bool sync(Client &c)
    {
        QSignalSpy finished(c.sync.get(), &WorkspaceSync::syncFinished);
        QSignalSpy failed(c.sync.get(), &WorkspaceSync::syncFailed);
        if (!c.sync->isSyncing())
            c.sync->syncNow();
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 60'000))
            return false;
        if (!failed.isEmpty())
            qWarning("sync failed: %s", qPrintable(failed.first().at(1).toString()));
        return !finished.isEmpty() && finished.first().at(1).toBool();
    }

    bool scan()
    {
        QString output;
        const int rc = m_server.runAdmin({QStringLiteral("scan-workspaces")}, &output);
        if (rc != 0)
            qWarning("scan-workspaces: %s", qPrintable(output));
        return rc == 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_caches.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    // Random rounds of changes to the workspace folder; after each, the cached set equals
    // what is on disk (and so the server's index). Pages of 7 entries make every sync walk
    // many pages.
    void syncFollowsRandomChanges()
    {
        Client c(*this, false, 7, false);
        QVERIFY(signIn(c, QStringLiteral("eleanor.wright")));
        // The first sync is stopped after its first page: what came is kept, marked partial,
        // and the next sync carries on from the saved cursor.
        QSignalSpy progress(c.sync.get(), &WorkspaceSync::syncProgress);
        QSignalSpy stopped(c.sync.get(), &WorkspaceSync::syncFinished);
        connect(
            c.sync.get(), &WorkspaceSync::syncProgress, this, [&c] { c.sync->cancelSync(); },
            Qt::SingleShotConnection);
        c.sync->selectProject(Project);
        QVERIFY(QTest::qWaitFor([&] { return !stopped.isEmpty(); }, 30'000));
        QCOMPARE(stopped.first().at(1).toBool(), false);
        QCOMPARE(progress.size(), 1);
        QVERIFY(c.sync->freshness().partial);
        QCOMPARE(c.sync->entries().size(), 7u);
        const qint64 total = progress.first().at(2).toLongLong();
        QVERIFY(total > 20);
        QVERIFY(sync(c));
        QVERIFY(!c.sync->freshness().partial);
        QCOMPARE(qint64(c.sync->entries().size()), total);
        const QString folder = m_server.workspaceFolder(Project);
        QCOMPARE(inCache(c.sync->entries()), onDisk(folder));
        QVERIFY(c.sync->entries().size() > 20);

        QRandomGenerator random(20261122);
        int made = 0;
        for (int round = 0; round < 6; ++round) {
            QStringList files;
            QDirIterator it(folder, QDir::Files | QDir::NoSymLinks, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
            for (int op = 0; op < 12; ++op) {
                const QString pick = files.isEmpty() ? QString() : files.at(random.bounded(files.size()));
                switch (random.bounded(5)) {
                case 0: { // add, sometimes in a new folder
                    const QString dir =
                        random.bounded(2) ? folder + QStringLiteral("/new%1").arg(round) : folder;
                    QVERIFY(QDir().mkpath(dir));
                    QFile f(dir + QStringLiteral("/added-%1.csv").arg(made++));
                    QVERIFY(f.open(QIODevice::WriteOnly));
                    f.write(QByteArray::number(random.generate()));
                    break;
                }
                case 1: // change
                    if (QFile f(pick); !pick.isEmpty() && f.open(QIODevice::Append))
                        f.write("\nchanged " + QByteArray::number(round));
                    break;
                case 2: // remove
                    if (!pick.isEmpty() && QFile::remove(pick))
                        files.removeAll(pick);
                    break;
                case 3: // rename, within or across folders
                    if (!pick.isEmpty()) {
                        const QString to = random.bounded(2)
                                               ? pick + QStringLiteral(".renamed")
                                               : folder + QStringLiteral("/moved-%1").arg(made++);
                        if (QFile::rename(pick, to))
                            files.removeAll(pick);
                    }
                    break;
                case 4: // a whole folder goes
                    if (QDir d(folder + QStringLiteral("/new%1").arg(round - 1)); round > 0 && d.exists())
                        QVERIFY(d.removeRecursively());
                    break;
                }
            }
            QVERIFY(scan());
            QVERIFY(sync(c));
            QCOMPARE(inCache(c.sync->entries()), onDisk(folder));
            QVERIFY(!c.sync->freshness().partial);
        }
        QVERIFY(c.sync->freshness().revision > 1);
    }

    // After a restart the cached projects and tree are there before the network answers.
    void restartShowsTheCachedTreeFirst()
    {
        std::map<QString, Seen> before;
        {
            Client c(*this, false, 5000, false);
            QVERIFY(signIn(c, QStringLiteral("asha.patel")));
            c.sync->selectProject(Project);
            QVERIFY(sync(c));
            before = inCache(c.sync->entries());
            c.session.signOut();
        }
        Client c(*this, false, 5000, false);
        qsizetype listedAtOpen = -1;
        connect(c.store.get(), &ClientStore::opened, this, [&] { listedAtOpen = c.sync->projects().size(); });
        QVERIFY(signIn(c, QStringLiteral("asha.patel")));
        // At the moment the cache opened, before any answer, the project list was there.
        QVERIFY(listedAtOpen > 0);
        c.sync->selectProject(Project);
        // Straight from the cache, in the same turn of the event loop: no answer yet.
        QVERIFY(c.sync->isSyncing());
        QCOMPARE(inCache(c.sync->entries()), before);
        QVERIFY(c.sync->detail(Project).has_value());
        QVERIFY(sync(c));
    }

    // The server renews the share: the old cache cannot be opened, is set aside, and the
    // browser rebuilds it from the server.
    void revokedShareRebuildsTheCache()
    {
        {
            Client c(*this, false, 5000, false);
            QVERIFY(signIn(c, QStringLiteral("eleanor.wright")));
            c.sync->selectProject(Project);
            QVERIFY(sync(c));
            c.session.signOut();
        }
        QString output;
        QCOMPARE(m_server.runAdmin({QStringLiteral("revoke-cache-share"), QStringLiteral("eleanor.wright")},
                                   &output),
                 0);
        Client c(*this, false, 5000, false);
        QSignalSpy problem(c.store.get(), &ClientStore::cacheProblem);
        QVERIFY(signIn(c, QStringLiteral("eleanor.wright")));
        QCOMPARE(problem.size(), 1);
        QVERIFY(problem.first().first().toString().contains(QStringLiteral("set aside")));
        c.sync->selectProject(Project);
        QVERIFY(c.sync->entries().empty()); // nothing old shown
        QVERIFY(sync(c));
        QCOMPARE(inCache(c.sync->entries()), onDisk(m_server.workspaceFolder(Project)));
    }

    // The wizard against the real server: asha checks the demo table, sees the small cell
    // named by its labels, fixes the file in the workspace (the sync notices; the check is out
    // of date), checks again and submits; the snapshot is the file as it was then.
    void wizardChecksFixesAndSubmits()
    {
        Client c(*this, false, 5000, false);
        QVERIFY(signIn(c, QStringLiteral("asha.patel")));
        c.sync->selectProject(Project);
        QVERIFY(sync(c));
        session::SubmissionWizard w(&c.session, c.store.get(), c.sync.get(), session::Clock::system());
        w.start(Project);
        w.draft().typeChosen = true;
        w.draft().title = QStringLiteral("Income by region");
        w.draft().clearanceType = domain::ClearanceType::Publication;
        const QString table = QStringLiteral("outputs/income_by_region.csv");
        w.setFile(table, domain::FileRole::Output);
        w.guessTables();
        QVERIFY2(w.checkPage(session::SubmissionDraft::Page::Tables).ok(),
                 qPrintable(w.checkPage(session::SubmissionDraft::Page::Tables).error().message));
        QCOMPARE(w.draft().tables.at(0).counts.file, QStringLiteral("outputs/income_by_region_counts.csv"));

        QSignalSpy checked(&w, &session::SubmissionWizard::checksFinished);
        QSignalSpy failedCheck(&w, &session::SubmissionWizard::checksFailed);
        w.runChecks();
        QVERIFY(QTest::qWaitFor([&] { return !checked.isEmpty() || !failedCheck.isEmpty(); }, 30'000));
        QVERIFY2(failedCheck.isEmpty(),
                 failedCheck.isEmpty() ? "" : qPrintable(failedCheck.first().first().toString()));
        const auto needing = w.findingsNeedingExceptions();
        QCOMPARE(needing.size(), 1);
        // Named by its place in the file (row 4, column 2), never by its labels.
        QCOMPARE(needing.first().cell, QStringLiteral("B4"));
        QCOMPARE(needing.first().fileRow, 4);
        QCOMPARE(needing.first().fileColumn, 2);

        // The fix, made where the researcher works: inside the service's workspace.
        const QString onDiskPath = m_server.workspaceFolder(Project) + u'/' + table;
        QFile file(onDiskPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray fixed = file.readAll();
        file.close();
        QVERIFY(fixed.contains("Wales,6,"));
        fixed.replace("Wales,6,", "Wales,[c],");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(fixed);
        file.close();
        QVERIFY(scan());
        QSignalSpy outOfDate(&w, &session::SubmissionWizard::checksOutOfDateChanged);
        QVERIFY(sync(c));
        QCOMPARE(outOfDate.size(), 1);
        QVERIFY(!w.checkPage(session::SubmissionDraft::Page::Checks).ok());

        w.runChecks();
        QVERIFY(QTest::qWaitFor([&] { return checked.size() == 2 || !failedCheck.isEmpty(); }, 30'000));
        QVERIFY(failedCheck.isEmpty());
        QVERIFY(w.findingsNeedingExceptions().isEmpty());
        for (domain::SubmissionFile &f : w.draft().files) {
            f.description = QStringLiteral("Households by income band and region");
            f.destination = QStringLiteral("The project's annual report");
        }
        w.draft().controls = QStringLiteral("The Wales cell under 35 is suppressed ([c]).");
        w.draft().declared = true;
        QVERIFY(w.goTo(session::SubmissionDraft::Page::Commit).ok());

        QSignalSpy submitted(&w, &session::SubmissionWizard::submitted);
        QSignalSpy refused(&w, &session::SubmissionWizard::submitFailed);
        w.submit();
        QVERIFY(QTest::qWaitFor([&] { return !submitted.isEmpty() || !refused.isEmpty(); }, 30'000));
        QVERIFY2(refused.isEmpty(), refused.isEmpty() ? "" : qPrintable(refused.first().first().toString()));
        const auto info = submitted.first().first().value<protocol::SubmissionInfo>();
        QCOMPARE(info.submission.state, domain::SubmissionState::Submitted);
        QVERIFY(info.submission.expectedAnswerDate.isValid());
        const domain::SubmissionFile *snap = info.submission.content.file(table);
        QVERIFY(snap);
        QCOMPARE(snap->sha256,
                 QString::fromLatin1(QCryptographicHash::hash(fixed, QCryptographicHash::Sha256).toHex()));
        QVERIFY(!w.isActive());
        QVERIFY(w.savedDrafts().isEmpty());
    }

    // A shared terminal keeps nothing after sign-out.
    void safeRoomPurgesAtSignOut()
    {
        Client c(*this, true, 5000, true);
        QVERIFY(signIn(c, QStringLiteral("megan.davies")));
        QVERIFY(!c.sync->projects().isEmpty() ||
                QTest::qWaitFor([&] { return !c.sync->projects().isEmpty(); }));
        const QString file = c.store->cacheFile();
        QVERIFY(QFile::exists(file));
        QSignalSpy cleared(c.sync.get(), &WorkspaceSync::cleared);
        c.session.signOut();
        QCOMPARE(cleared.size(), 1);
        QVERIFY(!QFile::exists(file));
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
        QVERIFY(c.sync->projects().isEmpty());
    }

    // Locking closes the cache and forgets what was shown; unlocking reopens it.
    void lockForgetsAndUnlockRestores()
    {
        Client c(*this, true, 5000, false);
        QVERIFY(signIn(c, QStringLiteral("megan.davies")));
        c.sync->selectProject(QStringLiteral("P-2026-002"));
        QVERIFY(sync(c));
        const auto before = inCache(c.sync->entries());
        QSignalSpy cleared(c.sync.get(), &WorkspaceSync::cleared);
        c.session.lock(Session::LockReason::Manual);
        QCOMPARE(cleared.size(), 1);
        QVERIFY(!c.store->isOpen());
        QVERIFY(c.sync->entries().empty());
        QVERIFY(c.session.cacheKey().isEmpty());

        QSignalSpy opened(c.store.get(), &ClientStore::opened);
        QByteArray password = "demo-megan.davies";
        c.session.unlock(crypto::SecureBuffer::takeFrom(password), code(QStringLiteral("megan.davies")));
        QVERIFY(QTest::qWaitFor([&] { return !opened.isEmpty(); }, 30'000));
        QCOMPARE(c.sync->selectedProject(), QStringLiteral("P-2026-002"));
        QCOMPARE(inCache(c.sync->entries()), before);
    }
};

QTEST_GUILESS_MAIN(TestBrowser)
#include "tst_browser.moc"
