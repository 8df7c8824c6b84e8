// The encrypted metadata cache: key derivation, encryption at rest, what happens to a cache
// that cannot be read (wrong key, revoked share, flipped bytes, newer schema, someone
// else's file), migrations, purge and clean-up, and the workspace pages.

#include "cache/CacheFolder.h"
#include "cache/CacheKey.h"
#include "cache/MetadataCache.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace srs;
using namespace srs::cache;

namespace {

crypto::SecureBuffer keyOf(char fill)
{
    return crypto::SecureBuffer::fromBytes(QByteArray(32, fill));
}

const CacheIdentity Asha{"asha.patel", "https://srs.example.ac.uk:8443"};

protocol::ProjectInfo project(const QString &id, const QString &title)
{
    protocol::ProjectInfo p;
    p.project.id = id;
    p.project.title = title;
    p.project.startDate = QDate(2026, 1, 1);
    p.project.endDate = QDate(2027, 6, 30);
    p.access.allowed = true;
    return p;
}

protocol::WorkspaceEntryInfo file(const QString &path, qint64 revision, char hashFill = 'a')
{
    return {path,
            100 + revision,
            "file",
            QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::utc()),
            QString(64, QChar::fromLatin1(hashFill)),
            revision};
}

int modeOf(const QString &path)
{
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 0777);
}

} // namespace

class TestCache : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_folder = std::make_unique<CacheFolder>(m_dir->filePath("caches"));
    }

    // Plain SQLite beside SQLCipher could take over sqlite3_* and write plain text.
    void onlySqlCipherIsLoaded()
    {
        QFile maps("/proc/self/maps");
        QVERIFY(maps.open(QIODevice::ReadOnly));
        const QByteArray mapped = maps.readAll();
        QVERIFY(mapped.contains("libsqlcipher.so"));
        QVERIFY(!mapped.contains("libsqlite3.so"));
    }

    // Vectors computed outside this code: the Argon2id reference tool
    //   echo -n "correct horse battery" | argon2 srs-test-salt-16 -id -t 2 -k 1024 -p 1 -l 32 -r
    // and RFC 5869 HKDF-SHA256 (Python's hmac) over password key ‖ share 00..1f.
    void keyDerivationVectors()
    {
        KeyFile k;
        k.argon2 = {2, 1024, 1, 16, 32};
        k.salt = "srs-test-salt-16";
        const crypto::SecureBuffer passwordKey = derivePasswordKey("correct horse battery", k);
        QCOMPARE(QByteArray(passwordKey.toHex().view().toByteArray()),
                 QByteArray("3a5e9d7169f5ab669958c2fdeb5a65b2968b63c6c6f81f46833369c5fa443d7c"));
        QByteArray share(32, 0);
        for (int i = 0; i < 32; ++i)
            share[i] = char(i);
        QCOMPARE(QByteArray(deriveCacheKey(passwordKey, share, Asha).toHex().view().toByteArray()),
                 QByteArray("de53417cb18ff1388bb46dd3b4639b94077145f0ee4c3be91126794efeea7b25"));
        const CacheIdentity tom{"tom.hughes", Asha.serverUrl};
        QCOMPARE(QByteArray(deriveCacheKey(passwordKey, share, tom).toHex().view().toByteArray()),
                 QByteArray("0af0da6b9d85ff299e156d555c5fedf491f85be1827b7cc145effecefb3256ae"));
        // Another server, another share, no share: other keys or none.
        const CacheIdentity elsewhere{"asha.patel", "https://other.example:8443"};
        QVERIFY(deriveCacheKey(passwordKey, share, elsewhere) != deriveCacheKey(passwordKey, share, Asha));
        QByteArray other = share;
        other[0] = 'x';
        QVERIFY(deriveCacheKey(passwordKey, other, Asha) != deriveCacheKey(passwordKey, share, Asha));
        QVERIFY(deriveCacheKey(passwordKey, {}, Asha).isEmpty());
        QVERIFY(deriveCacheKey({}, share, Asha).isEmpty());
        // A salt of the wrong length is refused rather than used.
        k.salt = "short";
        QVERIFY(derivePasswordKey("x", k).isEmpty());
    }

    void calibrationGivesUsableCosts()
    {
        const crypto::Argon2Parameters fast = calibrateArgon2(5);
        QVERIFY(fast.timeCost >= 1);
        QCOMPARE(fast.memoryKiB, 1024u);
        const crypto::Argon2Parameters real = calibrateArgon2(250);
        QCOMPARE(real.memoryKiB, 64u * 1024);
        QVERIFY(real.timeCost >= 1 && real.timeCost <= 32);
    }

    void keyFileIsKeptAndReadBack()
    {
        QVERIFY(m_folder->prepare().ok());
        bool created = false;
        auto first = m_folder->loadOrCreateKeyFile(Asha, {1, 1024, 1, 16, 32}, &created);
        QVERIFY(first.ok());
        QVERIFY(created);
        QCOMPARE(first->salt.size(), KeyFile::SaltBytes);
        QCOMPARE(modeOf(m_folder->keyFilePath(Asha)), 0600);
        auto again = m_folder->loadOrCreateKeyFile(Asha, {3, 65536, 1, 16, 32}, &created);
        QVERIFY(again.ok());
        QVERIFY(!created);
        QCOMPARE(again->salt, first->salt);
        QCOMPARE(again->argon2.timeCost, 1u);
        QVERIFY(!m_dir->filePath("caches").isEmpty());
        QCOMPARE(modeOf(m_folder->directory()), 0700);
        // The stem names nobody.
        QVERIFY(!m_folder->keyFilePath(Asha).contains("asha"));
    }

    void damagedKeyFileStartsAfresh()
    {
        QVERIFY(m_folder->prepare().ok());
        auto opened = MetadataCache::open(*m_folder, Asha, keyOf('k'));
        QVERIFY(opened.ok());
        opened->cache.reset();
        QFile f(m_folder->keyFilePath(Asha));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{\"version\":1,\"kdf\":\"argon2id\",\"t\":1,\"m\":1024,\"p\":1,\"salt\":\"c2hvcnQ=\"}");
        f.close();
        bool created = false;
        auto k = m_folder->loadOrCreateKeyFile(Asha, {1, 1024, 1, 16, 32}, &created);
        QVERIFY(k.ok());
        QVERIFY(created);
        QVERIFY(!m_folder->hasDatabase(Asha));
        QVERIFY(QFile::exists(m_folder->setAsidePath(Asha)));
    }

    void fileIsEncryptedAndPrivate()
    {
        {
            auto opened = MetadataCache::open(*m_folder, Asha, keyOf('k'));
            QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
            QVERIFY(!opened->setAside);
            QVERIFY(opened->cache->saveProjects({project("P-2026-001", "Findable title of a project")}).ok());
            protocol::WorkspaceChangesInfo page;
            page.revision = 1;
            page.added = {file("outputs/a-very-recognisable-name.csv", 1)};
            QVERIFY(opened->cache->applyWorkspacePage("P-2026-001", 0, page, QDateTime::currentDateTimeUtc())
                        .ok());
            QVERIFY(opened->cache->database().exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
        }
        const QString path = m_folder->databasePath(Asha);
        QCOMPARE(modeOf(path), 0600);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.size() > 4096);
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains("Findable title"));
        QVERIFY(!bytes.contains("recognisable"));
        QVERIFY(!bytes.contains("asha.patel"));
    }

    void reopensWithTheSameKey()
    {
        {
            auto opened = MetadataCache::open(*m_folder, Asha, keyOf('k'));
            QVERIFY(opened.ok());
            QVERIFY(opened->cache->saveProjects({project("P1", "One"), project("P2", "Two")}).ok());
        }
        auto again = MetadataCache::open(*m_folder, Asha, keyOf('k'));
        QVERIFY(again.ok());
        QVERIFY(!again->setAside);
        const auto projects = again->cache->projects();
        QVERIFY(projects.ok());
        QCOMPARE(projects->size(), 2);
        QCOMPARE(projects->at(1).project.title, QString("Two"));
    }

    void wrongKeyIsSetAsideAndNothingIsShown()
    {
        {
            auto opened = MetadataCache::open(*m_folder, Asha, keyOf('k'));
            QVERIFY(opened->cache->saveProjects({project("P1", "One")}).ok());
        }
        auto wrong = MetadataCache::open(*m_folder, Asha, keyOf('w'));
        QVERIFY2(wrong.ok(), wrong.ok() ? "" : qPrintable(wrong.error().message));
        QVERIFY(wrong->setAside);
        QCOMPARE(wrong->setAside->code, cacheerr::Unreadable);
        QVERIFY(wrong->setAside->message.contains("could not be opened"));
        QVERIFY(wrong->cache->projects()->isEmpty());
        QVERIFY(QFile::exists(m_folder->setAsidePath(Asha)));
        // The new cache works with the key it was made with.
        QVERIFY(wrong->cache->saveProjects({project("P9", "Nine")}).ok());
        wrong->cache.reset();
        auto reopened = MetadataCache::open(*m_folder, Asha, keyOf('w'));
        QVERIFY(!reopened->setAside);
        QCOMPARE(reopened->cache->projects()->at(0).project.id, QString("P9"));
    }

    // The server renews a person's share (revoke-cache-share): the same password now gives
    // another key, the old cache is unreadable, and a new one is built.
    void revokedShareMakesTheOldCacheUnreadable()
    {
        QVERIFY(m_folder->prepare().ok());
        auto keyFile = m_folder->loadOrCreateKeyFile(Asha, {1, 1024, 1, 16, 32}, nullptr);
        QVERIFY(keyFile.ok());
        const crypto::SecureBuffer passwordKey = derivePasswordKey("demo-asha.patel", *keyFile);
        const QByteArray oldShare(32, '1'), newShare(32, '2');
        {
            auto opened = MetadataCache::open(*m_folder, Asha, deriveCacheKey(passwordKey, oldShare, Asha));
            QVERIFY(opened.ok());
            QVERIFY(opened->cache->saveProjects({project("P1", "Before revocation")}).ok());
        }
        auto after = MetadataCache::open(*m_folder, Asha, deriveCacheKey(passwordKey, newShare, Asha));
        QVERIFY(after.ok());
        QVERIFY(after->setAside);
        QVERIFY(after->cache->projects()->isEmpty());
        // And the old share cannot open the new cache either.
        after->cache.reset();
        auto old = MetadataCache::open(*m_folder, Asha, deriveCacheKey(passwordKey, oldShare, Asha));
        QVERIFY(old->setAside);
    }

    void flippedBytesAreDetected_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::newRow("first page, past the salt") << qint64(100);
        QTest::newRow("a middle page") << qint64(4096 * 3 + 1000);
        QTest::newRow("a page's HMAC") << qint64(4096 * 5 - 10);
    }
    void flippedBytesAreDetected()
    {
        QFETCH(qint64, offset);
        {
            auto opened = MetadataCache::open(*m_folder, Asha, keyOf('k'));
            QVERIFY(opened->cache->saveProjects({project("P1", "One")}).ok());
            protocol::WorkspaceChangesInfo page;
            page.revision = 1;
            for (int i = 0; i < 400; ++i)
                page.added.append(file(QString("data/file-%1.csv").arg(i), 1));
            QVERIFY(opened->cache->applyWorkspacePage("P1", 0, page, QDateTime::currentDateTimeUtc()).ok());
            QVERIFY(opened->cache->database().exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
        }
        QFile f(m_folder->databasePath(Asha));
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > offset);
        QVERIFY(f.seek(offset));
        char byte = 0;
        QVERIFY(f.getChar(&byte));
        QVERIFY(f.seek(offset));
        QVERIFY(f.putChar(char(byte ^ 0x01)));
        f.close();

        auto opened = MetadataCache::open(*m_folder, Asha, keyOf('k'));
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        QVERIFY(opened->setAside);
        QVERIFY(opened->cache->projects()->isEmpty());
        QVERIFY(opened->cache->workspaceEntries("P1")->empty());
    }

    void anotherPersonsFileIsNotShown()
    {
        const CacheIdentity tom{"tom.hughes", Asha.serverUrl};
        {
            auto opened = MetadataCache::open(*m_folder, tom, keyOf('k'));
            QVERIFY(opened->cache->saveProjects({project("P1", "Tom's")}).ok());
        }
        QVERIFY(QFile::copy(m_folder->databasePath(tom), m_folder->databasePath(Asha)));
        auto opened = MetadataCache::open(*m_folder, Asha, keyOf('k'));
        QVERIFY(opened->setAside);
        QVERIFY(opened->cache->projects()->isEmpty());
    }

    void migratesAnOlderSchema()
    {
        auto fresh = MetadataCache::open(*m_folder, Asha, keyOf('k'));
        QVERIFY(fresh.ok());
        QCOMPARE(fresh->cache->schemaVersion(), MetadataCache::SchemaVersion);
        QVERIFY(fresh->cache->saveProjects({project("P1", "Kept through the migration")}).ok());
        // Take it back to version 1 (drop what versions 2 to 4 added) and reopen: migrated again.
        QVERIFY(fresh->cache->database()
                    .exec("DROP TABLE drafts; DROP TABLE documents; DROP TABLE ingest_uploads;"
                          " PRAGMA user_version = 1")
                    .ok());
        fresh->cache.reset();
        auto migrated = MetadataCache::open(*m_folder, Asha, keyOf('k'));
        QVERIFY2(migrated.ok(), migrated.ok() ? "" : qPrintable(migrated.error().message));
        QVERIFY(!migrated->setAside);
        QCOMPARE(migrated->cache->schemaVersion(), 4);
        QVERIFY(migrated->cache->saveDraft({"d1", "P1", QDateTime::currentDateTimeUtc(), "{}"}).ok());
        QCOMPARE(migrated->cache->drafts()->size(), 1);
        const QDateTime at = QDateTime::currentDateTimeUtc();
        QVERIFY(migrated->cache->saveDocument({"review-queue", at, "{\"items\":[]}"}).ok());
        QVERIFY(migrated->cache->saveDocument({"review-queue", at.addSecs(5), "{\"items\":[1]}"}).ok());
        const auto doc = migrated->cache->document("review-queue");
        QVERIFY(doc.ok() && doc->has_value());
        QCOMPARE((*doc)->body, QByteArray("{\"items\":[1]}"));
        QCOMPARE((*doc)->savedAt.toSecsSinceEpoch(), at.addSecs(5).toSecsSinceEpoch());
        QVERIFY(!migrated->cache->document("nothing")->has_value());
        QCOMPARE(migrated->cache->projects()->at(0).project.title, QString("Kept through the migration"));
        // The upload journal: kept by id, replaced, removed.
        QVERIFY(migrated->cache->saveIngestUpload("I-1", at, "{\"a\":1}").ok());
        QVERIFY(migrated->cache->saveIngestUpload("I-1", at.addSecs(1), "{\"a\":2}").ok());
        QVERIFY(migrated->cache->saveIngestUpload("I-2", at.addSecs(2), "{\"b\":1}").ok());
        QCOMPARE(*migrated->cache->ingestUploads(), (QList<QByteArray>{"{\"a\":2}", "{\"b\":1}"}));
        QVERIFY(migrated->cache->removeIngestUpload("I-1").ok());
        QCOMPARE(*migrated->cache->ingestUploads(), (QList<QByteArray>{"{\"b\":1}"}));
        // A second connection refuses a cache at another version.
        QVERIFY(migrated->cache->database().exec("PRAGMA user_version = 1").ok());
        QVERIFY(!MetadataCache::connect(m_folder->databasePath(Asha), keyOf('k')).ok());
    }

    void newerSchemaIsSetAside()
    {
        {
            auto opened = MetadataCache::open(*m_folder, Asha, keyOf('k'));
            QVERIFY(opened->cache->database().exec("PRAGMA user_version = 99").ok());
        }
        auto opened = MetadataCache::open(*m_folder, Asha, keyOf('k'));
        QVERIFY(opened->setAside);
        QCOMPARE(opened->setAside->code, cacheerr::Newer);
        QCOMPARE(opened->cache->schemaVersion(), MetadataCache::SchemaVersion);
    }

    void purgeRemovesEveryFile()
    {
        {
            auto opened = MetadataCache::open(*m_folder, Asha, keyOf('k'));
            QVERIFY(opened->cache->saveProjects({project("P1", "One")}).ok());
            QVERIFY(m_folder->loadOrCreateKeyFile(Asha, {1, 1024, 1, 16, 32}, nullptr).ok());
            QVERIFY(QFile::exists(m_folder->databasePath(Asha) + "-wal"));
            // Purging while open (sign-out closes first, but nothing may be left either way).
        }
        QVERIFY(m_folder->purge(Asha).ok());
        QVERIFY(QDir(m_folder->directory()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void unusedCachesAreRemoved()
    {
        const CacheIdentity tom{"tom.hughes", Asha.serverUrl};
        for (const CacheIdentity &who : {Asha, tom}) {
            auto opened = MetadataCache::open(*m_folder, who, keyOf('k'));
            QVERIFY(opened.ok());
        }
        QVERIFY(m_folder->loadOrCreateKeyFile(tom, {1, 1024, 1, 16, 32}, nullptr).ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // Tom has not been seen for 40 days.
        const QDir dir(m_folder->directory());
        for (const QString &name : dir.entryList(QDir::Files)) {
            if (!name.startsWith(tom.fileStem()))
                continue;
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(now.addDays(-40), QFileDevice::FileModificationTime));
        }
        QFile stranger(dir.filePath("notes.txt"));
        QVERIFY(stranger.open(QIODevice::WriteOnly));
        stranger.close();
        QCOMPARE(m_folder->removeUnused(30, now), 1);
        QVERIFY(!m_folder->hasDatabase(tom));
        QVERIFY(!QFile::exists(m_folder->keyFilePath(tom)));
        QVERIFY(m_folder->hasDatabase(Asha));
        QVERIFY(QFile::exists(dir.filePath("notes.txt"))); // not ours: left alone
        QCOMPARE(m_folder->removeUnused(30, now), 0);
    }

    void workspacePagesAreApplied()
    {
        auto opened = MetadataCache::open(*m_folder, Asha, keyOf('k'));
        MetadataCache &cache = *opened->cache;
        const QDateTime now(QDate(2026, 11, 22), QTime(10, 0), QTimeZone::utc());
        protocol::WorkspaceChangesInfo first;
        first.revision = 3;
        first.nextCursor = "2:YQ";
        first.added = {file("a.csv", 1), file("b.csv", 2), {"data", 0, "directory", now, "", 1}};
        QVERIFY(cache.applyWorkspacePage("P1", 0, first, now).ok());
        auto state = cache.workspaceState("P1");
        QVERIFY(state->partial());
        QCOMPARE(state->revision, 0);
        QCOMPARE(state->cursor, QString("2:YQ"));
        QVERIFY(!state->syncedAt.isValid());

        protocol::WorkspaceChangesInfo last;
        last.revision = 3;
        last.changed = {file("a.csv", 3, 'c')};
        last.removed = {{"b.csv", 0, {}, {}, {}, 3}, {"never-seen.txt", 0, {}, {}, {}, 3}};
        last.added = {file("data/b-renamed.csv", 3)};
        QVERIFY(cache.applyWorkspacePage("P1", 0, last, now).ok());
        state = cache.workspaceState("P1");
        QVERIFY(!state->partial());
        QCOMPARE(state->revision, 3);
        QCOMPARE(state->syncedAt, now);

        auto entries = cache.workspaceEntries("P1");
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 3u);
        QHash<QString, CachedEntry> byPath;
        for (const CachedEntry &e : *entries)
            byPath.insert(e.path, e);
        QVERIFY(byPath.contains("data"));
        QVERIFY(byPath["data"].directory);
        QCOMPARE(byPath["data"].sha256Hex(), QString());
        QCOMPARE(byPath["a.csv"].sha256Hex(), QString(64, 'c'));
        QCOMPARE(byPath["a.csv"].size, 103);
        QCOMPARE(byPath["a.csv"].revision, 3);
        QCOMPARE(byPath["a.csv"].modified(), QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::utc()));
        QVERIFY(byPath.contains("data/b-renamed.csv"));
        QVERIFY(!byPath.contains("b.csv"));

        // Projects no longer listed take their workspaces with them.
        QVERIFY(cache.saveProjects({project("P1", "One")}).ok());
        QVERIFY(cache.saveProjects({project("P2", "Two")}).ok());
        QVERIFY(cache.workspaceEntries("P1")->empty());
        QCOMPARE(cache.workspaceState("P1")->revision, 0);
    }

    void projectDetailsAreKept()
    {
        auto opened = MetadataCache::open(*m_folder, Asha, keyOf('k'));
        MetadataCache &cache = *opened->cache;
        QVERIFY(cache.saveProjects({project("P1", "One")}).ok());
        QVERIFY(!cache.projectDetail("P1").value().has_value());
        protocol::ProjectInfo detail = project("P1", "One, renamed");
        detail.members = {{"asha.patel", "Asha Patel", domain::ProjectRole::Lead}};
        detail.datasets = {
            {"D1", "Income survey", "Office for Example Statistics", domain::DatasetAccess::SafeRoomOnly}};
        detail.hiddenDatasets = 2;
        QVERIFY(cache.saveProjectDetail(detail).ok());
        const auto back = cache.projectDetail("P1");
        QVERIFY(back.ok() && back->has_value());
        QCOMPARE((*back)->members.size(), 1);
        QCOMPARE((*back)->members[0].role, domain::ProjectRole::Lead);
        QCOMPARE((*back)->datasets[0].access, domain::DatasetAccess::SafeRoomOnly);
        QCOMPARE((*back)->hiddenDatasets, 2);
        QCOMPARE(cache.projects()->at(0).project.title, QString("One, renamed"));
        // A new list keeps the details of projects still in it.
        QVERIFY(cache.saveProjects({project("P1", "One, renamed")}).ok());
        QVERIFY(cache.projectDetail("P1").value().has_value());
    }

    void draftsAreKept()
    {
        auto opened = MetadataCache::open(*m_folder, Asha, keyOf('k'));
        MetadataCache &cache = *opened->cache;
        const QDateTime t(QDate(2026, 11, 22), QTime(10, 0), QTimeZone::utc());
        QVERIFY(cache.saveDraft({"d1", "P1", t, "one"}).ok());
        QVERIFY(cache.saveDraft({"d2", "P1", t.addSecs(60), "two"}).ok());
        QVERIFY(cache.saveDraft({"d1", "P1", t.addSecs(120), "one, changed"}).ok());
        const auto drafts = cache.drafts();
        QCOMPARE(drafts->size(), 2);
        QCOMPARE(drafts->at(0).id, QString("d1"));
        QCOMPARE(drafts->at(0).body, QByteArray("one, changed"));
        QVERIFY(cache.removeDraft("d1").ok());
        QCOMPARE(cache.drafts()->size(), 1);
    }

    void secondConnectionSeesCommittedPages()
    {
        auto opened = MetadataCache::open(*m_folder, Asha, keyOf('k'));
        auto worker = MetadataCache::connect(m_folder->databasePath(Asha), keyOf('k'));
        QVERIFY(worker.ok());
        protocol::WorkspaceChangesInfo page;
        page.revision = 1;
        page.added = {file("x.csv", 1)};
        QVERIFY(worker.value()->applyWorkspacePage("P1", 0, page, QDateTime::currentDateTimeUtc()).ok());
        QCOMPARE(opened->cache->workspaceEntries("P1")->size(), 1u);
        QVERIFY(!MetadataCache::connect(m_folder->databasePath(Asha), keyOf('w')).ok());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CacheFolder> m_folder;
};

QTEST_GUILESS_MAIN(TestCache)
#include "tst_cache.moc"
