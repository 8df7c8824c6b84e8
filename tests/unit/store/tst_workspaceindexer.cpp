#include "FolderSwapper.h"
#include "TestDatabase.h"

#include "store/AuditLog.h"
#include "store/ProjectRepository.h"
#include "workspace/WorkspaceIndexer.h"

#include "crypto/Crypto.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace srs::store;
using srs::testing::TestDatabase;
using srs::workspace::WorkspaceIndexer;

namespace {

QDateTime stamp(int minute)
{
    return QDateTime(QDate(2026, 2, 1), QTime(10, minute), Qt::UTC);
}

const WorkspaceEntry *find(const QList<WorkspaceEntry> &list, const QString &path)
{
    for (const WorkspaceEntry &e : list) {
        if (e.path == path)
            return &e;
    }
    return nullptr;
}

} // namespace

class TestWorkspaceIndexer : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_t = TestDatabase::create();
        QVERIFY2(m_t.db, qPrintable(QString("[%1] %2").arg(srs::testing::testBackendName(), m_t.error)));
        const Status migrated = m_t.db->migrate();
        QVERIFY2(migrated.ok(), qPrintable(migrated.errorString()));
        srs::domain::Project p;
        p.id = "P-1";
        p.title = "Workspace test";
        p.startDate = QDate(2025, 1, 1);
        p.endDate = QDate(2027, 1, 1);
        QVERIFY(ProjectRepository(*m_t.db).save(p).ok());
        m_folder = std::make_unique<QTemporaryDir>();
        QVERIFY(m_folder->isValid());
        m_audit = std::make_unique<AuditLog>(*m_t.db);
        m_indexer = std::make_unique<WorkspaceIndexer>(*m_t.db, m_audit.get());
        m_indexer->setClock([] { return stamp(59); });
    }
    void cleanup()
    {
        m_indexer.reset();
        m_audit.reset();
        m_t.db.reset();
        m_t = TestDatabase();
        m_folder.reset();
    }

    void emptyFolder()
    {
        const auto s = m_indexer->scan("P-1", m_folder->path());
        QVERIFY2(s.ok(), qPrintable(s.errorString()));
        QCOMPARE(s->revision, 0);
        QVERIFY(!s->changedAnything());
        QVERIFY(m_audit->list()->isEmpty());
    }

    void missingFolderIsAnError()
    {
        QCOMPARE(m_indexer->scan("P-1", m_folder->filePath("nope")).code(), StoreError::Code::Invalid);
    }

    void addChangeRemoveRename()
    {
        write("a.txt", "alpha", 1);
        QVERIFY(QDir(m_folder->path()).mkpath("sub"));
        write("sub/b.csv", "x,y\n1,2\n", 2);

        // Revision 1: three entries added.
        auto s = m_indexer->scan("P-1", m_folder->path());
        QVERIFY2(s.ok(), qPrintable(s.errorString()));
        QCOMPARE(s->revision, 1);
        QCOMPARE(s->added, 3);
        auto c = m_indexer->changesSince("P-1", 0);
        QVERIFY(c.ok());
        QCOMPARE(c->revision, 1);
        QCOMPARE(c->added.size(), 3);
        const WorkspaceEntry *a = find(c->added, "a.txt");
        QVERIFY(a);
        QCOMPARE(a->type, QString("file"));
        QCOMPARE(a->size, 5);
        QCOMPARE(a->modifiedAt, stamp(1));
        QCOMPARE(a->sha256, QString::fromLatin1(srs::crypto::sha256("alpha").toHex()));
        QCOMPARE(find(c->added, "sub")->type, QString("directory"));
        QVERIFY(find(c->added, "sub/b.csv"));

        // Nothing changed: no new revision, nothing read.
        s = m_indexer->scan("P-1", m_folder->path());
        QCOMPARE(s->revision, 1);
        QVERIFY(!s->changedAnything());

        // Revision 2: same size, new content and time.
        write("a.txt", "ALPHA", 3);
        s = m_indexer->scan("P-1", m_folder->path());
        QCOMPARE(s->revision, 2);
        QCOMPARE(s->changed, 1);
        c = m_indexer->changesSince("P-1", 1);
        QCOMPARE(c->changed.size(), 1);
        QCOMPARE(c->changed[0].sha256, QString::fromLatin1(srs::crypto::sha256("ALPHA").toHex()));
        QVERIFY(c->added.isEmpty());
        QVERIFY(c->removed.isEmpty());

        // Revision 3: a rename is a removal and an addition.
        QVERIFY(QFile::rename(m_folder->filePath("sub/b.csv"), m_folder->filePath("sub/c.csv")));
        s = m_indexer->scan("P-1", m_folder->path());
        QCOMPARE(s->revision, 3);
        QCOMPARE(s->added, 1);
        QCOMPARE(s->removed, 1);
        c = m_indexer->changesSince("P-1", 2);
        QCOMPARE(c->added.size(), 1);
        QCOMPARE(c->added[0].path, QString("sub/c.csv"));
        QCOMPARE(c->removed.size(), 1);
        QCOMPARE(c->removed[0].path, QString("sub/b.csv"));

        // Revision 4: removal.
        QVERIFY(QFile::remove(m_folder->filePath("a.txt")));
        s = m_indexer->scan("P-1", m_folder->path());
        QCOMPARE(s->revision, 4);
        QCOMPARE(s->removed, 1);

        // Since each revision.
        c = m_indexer->changesSince("P-1", 0); // a fresh client: only what exists now
        QCOMPARE(c->revision, 4);
        QCOMPARE(c->added.size(), 2); // sub, sub/c.csv
        QVERIFY(c->removed.isEmpty());
        QVERIFY(c->changed.isEmpty());
        c = m_indexer->changesSince("P-1", 1);
        QCOMPARE(c->added.size(), 1);   // c.csv
        QCOMPARE(c->removed.size(), 2); // a.txt, b.csv
        QVERIFY(c->changed.isEmpty());  // a.txt changed, then went
        c = m_indexer->changesSince("P-1", 4);
        QVERIFY(c->added.isEmpty() && c->changed.isEmpty() && c->removed.isEmpty());

        // One audit event per revision, chain intact.
        const auto events = m_audit->list();
        QCOMPARE(events->size(), 4);
        QCOMPARE(events->at(0).action, QString("workspace.indexed"));
        QCOMPARE(events->at(0).subject, QString("project:P-1"));
        QCOMPARE(events->at(0).occurredAt, stamp(59));
        QCOMPARE(events->at(2).details.value("removed").toInt(), 1);
        QVERIFY(m_audit->verify()->intact);
    }

    // A file that goes, comes back and goes again between two polls is still reported gone
    // to the client that held it first.
    void goneBackAndGoneAgainIsAReportedRemoval()
    {
        write("a.txt", "one", 1);
        QVERIFY(m_indexer->scan("P-1", m_folder->path()).ok()); // revision 1: the client holds a.txt
        QVERIFY(QFile::remove(m_folder->filePath("a.txt")));
        QVERIFY(m_indexer->scan("P-1", m_folder->path()).ok());
        write("a.txt", "two", 2);
        QVERIFY(m_indexer->scan("P-1", m_folder->path()).ok());
        QVERIFY(QFile::remove(m_folder->filePath("a.txt")));
        QVERIFY(m_indexer->scan("P-1", m_folder->path()).ok());
        const auto c = m_indexer->changesSince("P-1", 1);
        QCOMPARE(c->removed.size(), 1);
        QCOMPARE(c->removed[0].path, QString("a.txt"));
        QVERIFY(m_indexer->changesSince("P-1", 0)->removed.isEmpty()); // nothing to a fresh client
    }

    void timeOnlyChangeIsAChange()
    {
        write("a.txt", "same", 1);
        QVERIFY(m_indexer->scan("P-1", m_folder->path()).ok());
        write("a.txt", "same", 2);
        const auto s = m_indexer->scan("P-1", m_folder->path());
        QCOMPARE(s->changed, 1);
        QCOMPARE(m_indexer->changesSince("P-1", 1)->changed[0].modifiedAt, stamp(2));
    }

    void symbolicLinksAreIgnored()
    {
        QTemporaryDir outside;
        QFile secret(outside.filePath("secret.csv"));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("do not index");
        secret.close();
        QVERIFY(QFile::link(secret.fileName(), m_folder->filePath("link.csv")));
        QVERIFY(QFile::link(outside.path(), m_folder->filePath("linkdir")));
        write("real.txt", "r", 1);
        const auto s = m_indexer->scan("P-1", m_folder->path());
        QCOMPARE(s->added, 1);
        QCOMPARE(m_indexer->changesSince("P-1", 0)->added[0].path, QString("real.txt"));
    }

    // The attack on the index: while it scans, a thread keeps swapping the workspace's data
    // folder with a link to another project's data folder and back. No scan may ever list
    // or hash the other project's files.
    void swappingAFolderForALinkNeverIndexesAnotherProject()
    {
        QTemporaryDir other;
        QVERIFY(other.isValid());
        QVERIFY(QDir(other.path()).mkpath("data"));
        const QByteArray secret = "B-SECRET-MARKER";
        for (const char *name : {"data/file.csv", "data/only-in-b.csv"}) {
            QFile f(other.filePath(QString::fromLatin1(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(secret);
        }
        QVERIFY(QDir(m_folder->path()).mkpath("data"));
        write("data/file.csv", "A's own table", 1);
        write("data/a.csv", "A's other table", 1);
        QVERIFY(QFile::link(other.filePath("data"), m_folder->filePath("swap-link")));
        const QString secretHash = QString::fromLatin1(srs::crypto::sha256(secret).toHex());

        srs::testing::FolderSwapper swapper(m_folder->filePath("data"), m_folder->filePath("swap-link"));
        swapper.start();
        int scans = 0;
        int sawA = 0;
        while ((swapper.running() || scans < 20) && scans < 5000) {
            ++scans;
            const auto s = m_indexer->scan("P-1", m_folder->path());
            QVERIFY2(s.ok(), qPrintable(s.errorString()));
            const auto entries = WorkspaceRepository(*m_t.db).entries("P-1");
            QVERIFY(entries.ok());
            for (const WorkspaceEntry &e : *entries) {
                QVERIFY2(!e.path.contains("only-in-b"),
                         qPrintable(e.path)); // (A's own folder may be seen as swap-link)
                QVERIFY2(e.sha256 != secretHash, qPrintable(e.path));
                if (e.path == "data/a.csv")
                    ++sawA;
            }
        }
        swapper.stop();
        qInfo("%d scans during %d swaps", scans, swapper.swaps());
        QVERIFY(!swapper.failed());
        QVERIFY(swapper.swaps() > 0);
        QVERIFY(sawA > 0);
        // Afterwards, with the folder back in place, the index is A's alone.
        QVERIFY(m_indexer->scan("P-1", m_folder->path()).ok());
        QVERIFY(find(*WorkspaceRepository(*m_t.db).entries("P-1"), "data/a.csv"));
    }

    // Anything but regular files and folders is left out; a FIFO does not block the scan.
    void specialFilesAreNotIndexed()
    {
        write("real.txt", "r", 1);
        QVERIFY(::mkfifo(QFile::encodeName(m_folder->filePath("pipe")).constData(), 0600) == 0);
        const auto s = m_indexer->scan("P-1", m_folder->path());
        QVERIFY2(s.ok(), qPrintable(s.errorString()));
        QCOMPARE(s->added, 1);
        QCOMPARE(m_indexer->changesSince("P-1", 0)->added[0].path, QString("real.txt"));
    }

    // The project folder itself must be a real folder.
    void linkedWorkspaceFolderIsRefused()
    {
        QTemporaryDir parent;
        QVERIFY(QFile::link(m_folder->path(), parent.filePath("P-1")));
        write("real.txt", "r", 1);
        const auto s = m_indexer->scan("P-1", parent.filePath("P-1"));
        QVERIFY(!s.ok());
        QCOMPARE(s.code(), StoreError::Code::Invalid);
    }

    // Pages walked while the workspace keeps changing end in the state of the last page: a
    // client that applies every page (upserts and removals) holds exactly the index then.
    void pagesSeeChangesMadeDuringTheWalk()
    {
        QVERIFY(QDir(m_folder->path()).mkpath("data/sub"));
        for (int i = 0; i < 30; ++i)
            write(QString("data/%1file%2.csv").arg(QString::fromLatin1(i % 3 == 0 ? "sub/" : "")).arg(i),
                  QByteArray::number(i), 1);
        QVERIFY(m_indexer->scan("P-1", m_folder->path()).ok());
        WorkspaceRepository repo(*m_t.db);

        QMap<QString, WorkspaceEntry> client;
        std::optional<WorkspaceCursor> cursor;
        qint64 total = -1;
        int pages = 0;
        qint64 revision = 0;
        for (;;) {
            auto page = repo.changesSince("P-1", 0, 4, cursor);
            QVERIFY2(page.ok(), qPrintable(page.errorString()));
            if (!cursor)
                total = page->total;
            QVERIFY(page->added.size() + page->changed.size() + page->removed.size() <= 4);
            for (const auto *list : {&page->added, &page->changed})
                for (const WorkspaceEntry &e : *list)
                    client.insert(e.path, e);
            for (const WorkspaceEntry &e : page->removed)
                client.remove(e.path);
            revision = page->revision;
            ++pages;
            if (!page->next)
                break;
            cursor = page->next;
            // Between pages: change one file, remove one, rename one, add one.
            const int n = pages;
            write(QString("data/file%1.csv").arg(n * 3 + 1), "changed " + QByteArray::number(n), 2);
            QFile::remove(m_folder->filePath(QString("data/file%1.csv").arg(n * 3 + 2)));
            QFile::rename(m_folder->filePath(QString("data/sub/file%1.csv").arg(n * 3)),
                          m_folder->filePath(QString("data/sub/renamed%1.csv").arg(n)));
            write(QString("data/new%1.csv").arg(n), "new", 3);
            QVERIFY(m_indexer->scan("P-1", m_folder->path()).ok());
            QVERIFY2(pages < 100, "the walk does not end");
        }
        QCOMPARE(total, 32); // 30 files and two folders
        QVERIFY(pages > 8);
        QCOMPARE(revision, *repo.currentRevision("P-1"));
        const auto now = repo.entries("P-1");
        QVERIFY(now.ok());
        QCOMPARE(client.size(), now->size());
        for (const WorkspaceEntry &e : *now) {
            QVERIFY2(client.contains(e.path), qPrintable(e.path));
            QCOMPARE(client[e.path].sha256, e.sha256);
            QCOMPARE(client[e.path].modifiedAt, e.modifiedAt);
        }
        // A cursor past everything gives an empty last page.
        auto end = repo.changesSince("P-1", 0, 4, WorkspaceCursor{revision + 1, ""});
        QVERIFY(end.ok());
        QVERIFY(!end->next);
        QVERIFY(end->added.isEmpty() && end->changed.isEmpty() && end->removed.isEmpty());
    }

private:
    void write(const QString &relative, const QByteArray &content, int minute)
    {
        QFile f(m_folder->filePath(relative));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(content), content.size());
        f.close();
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(stamp(minute), QFileDevice::FileModificationTime));
    }

    TestDatabase m_t;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<WorkspaceIndexer> m_indexer;
};

QTEST_GUILESS_MAIN(TestWorkspaceIndexer)
#include "tst_workspaceindexer.moc"
