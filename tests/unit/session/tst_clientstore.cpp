// The client store without widgets or a server (the sign-in is scripted): the cache opens once
// the key is ready and once only, closes on lock (after the last save) and is removed at a
// safe-room sign-out, documents and drafts come back as they were kept, and whatever asks
// before the cache has opened (the store itself, the workspace sync, the wizard) gets the same
// answer: not open yet, opening.

#include "FakeTransport.h"

#include "api/Client.h"
#include "cache/CacheFolder.h"
#include "cache/MetadataCache.h"
#include "protocol/Messages.h"
#include "session/ClientStore.h"
#include "session/Clock.h"
#include "session/Session.h"
#include "session/SubmissionWizard.h"
#include "session/WorkspaceSync.h"

#include <QFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

using namespace srs;
using session::ClientStore;
using session::Session;
using session::SubmissionWizard;
using session::WorkspaceSync;

namespace {

const QString Server = QStringLiteral("https://10.20.30.40:8443");
const QDateTime When(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::utc());

QByteArray sessionAnswer()
{
    protocol::SessionInfo s;
    s.token = "tok-1-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    s.expiresAt = QDateTime::currentDateTimeUtc().addSecs(12 * 3600);
    s.idleTimeoutSeconds = 900;
    s.cacheKeyShare = QString::fromLatin1(QByteArray(32, 'k').toBase64());
    s.me.user.id = QStringLiteral("u-asha");
    s.me.user.username = QStringLiteral("asha.patel");
    s.me.user.displayName = QStringLiteral("Asha Patel");
    s.me.user.roles = {domain::Role::Researcher};
    return s.toJson();
}

// A session over a scripted transport, with the store (and, when asked for, the workspace sync
// and the wizard) made as the workstation makes them. The cache key can be held back.
struct Rig
{
    explicit Rig(bool purgeOnSignOut = false)
        : transport(new net::testing::FakeTransport), client(transport.get(), Server),
          session(&client, 15, session::Clock::system())
    {
        const QString dir = caches.filePath(QStringLiteral("caches"));
        session.setCacheKeyDeriver([this,
                                    dir](const QString &user, const crypto::SecureBuffer &password,
                                         const crypto::SecureBuffer &share) -> Result<crypto::SecureBuffer> {
            if (holdKey && !gate.tryAcquire(1, 20000))
                return Error{QStringLiteral("test.gate"), QStringLiteral("the test never opened the gate")};
            return cache::cacheKeyFor(cache::CacheFolder(dir), {user, Server}, password, share, 1);
        });
        ClientStore::Options o;
        o.cacheDirectory = dir;
        o.purgeOnSignOut = purgeOnSignOut;
        store = std::make_unique<ClientStore>(&session, session::Clock::system(), o);
        transport->route("GET", QStringLiteral("/api/v1/projects"), 200, protocol::encodeProjectList({}));
    }
    ~Rig()
    {
        gate.release(4); // never left waiting
        wizard.reset();
        sync.reset();
        store.reset();
    }

    void withControllers()
    {
        sync = std::make_unique<WorkspaceSync>(&session, store.get(), session::Clock::system(),
                                               WorkspaceSync::Options{});
        wizard =
            std::make_unique<SubmissionWizard>(&session, store.get(), sync.get(), session::Clock::system());
    }

    void signIn()
    {
        transport->queueResponse(201, sessionAnswer());
        QByteArray password("demo-asha.patel");
        session.signIn(QStringLiteral("asha.patel"), crypto::SecureBuffer::takeFrom(password),
                       QStringLiteral("123456"));
        QTRY_COMPARE(session.state(), Session::State::Active);
    }

    void unlock()
    {
        transport->queueResponse(201, sessionAnswer());
        QByteArray password("demo-asha.patel");
        session.unlock(crypto::SecureBuffer::takeFrom(password), QStringLiteral("123456"));
        QTRY_COMPARE(session.state(), Session::State::Active);
    }

    QTemporaryDir caches;
    QSemaphore gate;
    std::atomic<bool> holdKey = false; // read on the key's own thread
    std::unique_ptr<net::testing::FakeTransport> transport;
    api::Client client;
    Session session;
    std::unique_ptr<ClientStore> store;
    std::unique_ptr<WorkspaceSync> sync;
    std::unique_ptr<SubmissionWizard> wizard;
};

} // namespace

class TestClientStore : public QObject
{
    Q_OBJECT

private slots:
    void opensOnceWhenTheKeyIsReady()
    {
        Rig rig;
        rig.holdKey = true;
        QSignalSpy opened(rig.store.get(), &ClientStore::opened);
        QVERIFY(!rig.store->isOpen());
        QVERIFY(!rig.store->isOpening()); // signed out: nothing on its way
        rig.signIn();
        QVERIFY(rig.store->isOpening());
        QVERIFY(!rig.store->isOpen());
        QVERIFY(rig.store->cacheFile().isEmpty());

        rig.gate.release();
        QTRY_COMPARE(opened.size(), 1);
        QVERIFY(rig.store->isOpen());
        QVERIFY(!rig.store->isOpening());
        QVERIFY(rig.store->cache());
        QVERIFY(QFile::exists(rig.store->cacheFile()));

        // The same person's key again (the session renewed): the cache already open stays open.
        cache::MetadataCache *open = rig.store->cache();
        emit rig.session.cacheKeyReady();
        QCOMPARE(opened.size(), 1);
        QCOMPARE(rig.store->cache(), open);
    }

    void closesOnLockAfterTheLastSave()
    {
        Rig rig;
        rig.signIn();
        QTRY_VERIFY(rig.store->isOpen());
        const QString file = rig.store->cacheFile();

        // What listens to aboutToClose() can still write; closed() comes after, once.
        QStringList order;
        connect(rig.store.get(), &ClientStore::aboutToClose, this, [&] {
            order << QStringLiteral("aboutToClose");
            QVERIFY(rig.store->isOpen());
            QVERIFY(rig.store->setDocument({QStringLiteral("last-words"), When, "kept"}).ok());
        });
        connect(rig.store.get(), &ClientStore::closed, this, [&](bool wiped) {
            order << (wiped ? QStringLiteral("wiped") : QStringLiteral("closed"));
            QVERIFY(!rig.store->isOpen());
        });
        rig.session.lock(Session::LockReason::Manual);
        QCOMPARE(order, (QStringList{QStringLiteral("aboutToClose"), QStringLiteral("closed")}));
        QVERIFY(!rig.store->isOpen());
        QVERIFY(!rig.store->isOpening());
        QVERIFY(!rig.store->document(QStringLiteral("last-words")).has_value()); // locked: nothing read
        QVERIFY(!rig.store->setDocument({QStringLiteral("late"), When, "lost"}).ok());
        QVERIFY(QFile::exists(file)); // a lock keeps the cache on disk

        // A second lock-like event with nothing open says closed() again but no aboutToClose().
        order.clear();
        rig.session.signOut();
        QCOMPARE(order, QStringList{QStringLiteral("closed")});
        QVERIFY(QFile::exists(file));

        // Signed in again: what was saved as the cache closed is there.
        QSignalSpy opened(rig.store.get(), &ClientStore::opened);
        rig.signIn();
        QTRY_COMPARE(opened.size(), 1);
        const auto kept = rig.store->document(QStringLiteral("last-words"));
        QVERIFY(kept.has_value());
        QCOMPARE(kept->body, QByteArray("kept"));
        QVERIFY(!rig.store->document(QStringLiteral("late")).has_value());
    }

    void unlockOpensItAgain()
    {
        Rig rig;
        QSignalSpy opened(rig.store.get(), &ClientStore::opened);
        rig.signIn();
        QTRY_COMPARE(opened.size(), 1);
        QVERIFY(rig.store->setDocument({QStringLiteral("queue"), When, "[1,2,3]"}).ok());
        rig.session.lock(Session::LockReason::Manual);
        QVERIFY(!rig.store->isOpen());
        rig.unlock();
        QTRY_COMPARE(opened.size(), 2);
        QCOMPARE(rig.store->document(QStringLiteral("queue"))->body, QByteArray("[1,2,3]"));
    }

    void aSafeRoomSignOutRemovesTheCache()
    {
        Rig rig(true);
        rig.signIn();
        QTRY_VERIFY(rig.store->isOpen());
        const QString file = rig.store->cacheFile();
        QVERIFY(rig.store->saveDraft({QStringLiteral("d-1"), QStringLiteral("P1"), When, "{}"}).ok());
        QSignalSpy closed(rig.store.get(), &ClientStore::closed);
        rig.session.signOut();
        QCOMPARE(closed.size(), 1);
        QCOMPARE(closed.first().first().toBool(), true);
        QVERIFY(!QFile::exists(file));
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
        QVERIFY(rig.store->cacheFile().isEmpty());
    }

    void documentsAndDraftsRoundTrip()
    {
        Rig rig;
        rig.signIn();
        QTRY_VERIFY(rig.store->isOpen());
        QVERIFY(!rig.store->document(QStringLiteral("review-queue")).has_value());
        const QByteArray body = R"({"items":[{"id":"S-1","title":"Income \u00e9"}]})";
        QVERIFY(rig.store->setDocument({QStringLiteral("review-queue"), When, body}).ok());
        auto doc = rig.store->document(QStringLiteral("review-queue"));
        QVERIFY(doc.has_value());
        QCOMPARE(doc->name, QStringLiteral("review-queue"));
        QCOMPARE(doc->body, body);
        QCOMPARE(doc->savedAt, When);
        // A document kept again by the same name replaces the first.
        QVERIFY(rig.store->setDocument({QStringLiteral("review-queue"), When.addSecs(60), "[]"}).ok());
        QCOMPARE(rig.store->document(QStringLiteral("review-queue"))->body, QByteArray("[]"));
        QCOMPARE(rig.store->document(QStringLiteral("review-queue"))->savedAt, When.addSecs(60));

        QVERIFY(rig.store->saveDraft({QStringLiteral("d-1"), QStringLiteral("P1"), When, "{\"a\":1}"}).ok());
        QVERIFY(
            rig.store->saveDraft({QStringLiteral("d-2"), QStringLiteral("P2"), When.addSecs(5), "{}"}).ok());
        auto drafts = rig.store->drafts();
        QVERIFY(drafts.ok());
        QCOMPARE(drafts->size(), 2);
        QStringList ids;
        for (const cache::Draft &d : *drafts)
            ids << d.id;
        QVERIFY(ids.contains(QStringLiteral("d-1")) && ids.contains(QStringLiteral("d-2")));
        QVERIFY(rig.store->removeDraft(QStringLiteral("d-1")).ok());
        drafts = rig.store->drafts();
        QVERIFY(drafts.ok());
        QCOMPARE(drafts->size(), 1);
        QCOMPARE(drafts->constFirst().id, QStringLiteral("d-2"));
        QCOMPARE(drafts->constFirst().projectId, QStringLiteral("P2"));
    }

    // Before the cache opens, the store, the sync and the wizard agree: not open, opening; the
    // wizard waits for it and keeps its draft as soon as it opens.
    void aControllerAskingBeforeOpenGetsTheOneAnswer()
    {
        Rig rig;
        rig.withControllers();
        rig.holdKey = true;
        rig.signIn();
        QVERIFY(rig.store->isOpening());

        QVERIFY(!rig.store->drafts().ok());
        QVERIFY(!rig.store->document(QStringLiteral("review-queue")).has_value());
        QVERIFY(rig.sync->entriesOf(QStringLiteral("P1")).empty());
        QVERIFY(!rig.sync->detail(QStringLiteral("P1")).has_value());
        QVERIFY(rig.wizard->savedDrafts().isEmpty());

        int ran = 0;
        bool openWhenRun = false;
        QObject context;
        rig.wizard->whenDraftsReady(&context, [&] {
            ++ran;
            openWhenRun = rig.store->isOpen();
        });
        QCOMPARE(ran, 0); // waits for the one answer

        // A draft begun now is not kept yet, and says so.
        rig.wizard->start(QStringLiteral("P1"));
        QVERIFY(!rig.wizard->saveProblem().isEmpty());

        rig.gate.release();
        QTRY_COMPARE(ran, 1);
        QVERIFY(openWhenRun);
        QVERIFY(rig.wizard->saveProblem().isEmpty()); // kept as the cache opened
        QCOMPARE(rig.wizard->savedDrafts().size(), 1);
        QTest::qWait(20);
        QCOMPARE(ran, 1);

        // Asked again once open: at once.
        rig.wizard->whenDraftsReady(&context, [&] { ++ran; });
        QCOMPARE(ran, 2);
    }

    // A key that cannot be made: no longer opening, never open, and cacheProblem() says why.
    void aKeyThatCannotBeMadeIsTheOneAnswerToo()
    {
        Rig rig;
        rig.session.setCacheKeyDeriver([](const QString &, const crypto::SecureBuffer &,
                                          const crypto::SecureBuffer &) -> Result<crypto::SecureBuffer> {
            return Error{QStringLiteral("test.key"), QStringLiteral("No room left on the disk.")};
        });
        QSignalSpy problem(rig.store.get(), &ClientStore::cacheProblem);
        QSignalSpy opened(rig.store.get(), &ClientStore::opened);
        rig.signIn();
        QTRY_COMPARE(problem.size(), 1);
        QVERIFY(problem.first().first().toString().contains(QStringLiteral("No room left on the disk.")));
        QVERIFY(!rig.store->isOpening());
        QVERIFY(!rig.store->isOpen());
        QVERIFY(opened.isEmpty());
        QVERIFY(!rig.store->saveDraft({QStringLiteral("d-1"), QStringLiteral("P1"), When, "{}"}).ok());
    }
};

QTEST_GUILESS_MAIN(TestClientStore)
#include "tst_clientstore.moc"
