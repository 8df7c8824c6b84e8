#include "TestDatabase.h"

#include "store/AuditLog.h"
#include "store/ProjectRepository.h"
#include "workspace/WorkspaceIndexer.h"

#include "crypto/Crypto.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

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
