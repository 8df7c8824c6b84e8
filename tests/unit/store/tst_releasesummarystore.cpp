// Population summaries of released tables in the store (SQLite and PostgreSQL): a release is
// summarised once; the releases not summarised yet are listed; a check finds the summaries over
// its table's variables (same row labels, same column labels, a declared variable in common)
// through the index, with line sums only where the label set is the same, and nothing of
// another project.

#include "TestDatabase.h"

#include "store/ProjectRepository.h"
#include "store/ReleaseSummaryRepository.h"
#include "store/ReviewRepository.h"
#include "store/SubmissionRepository.h"
#include "store/UserRepository.h"

#include <QTest>

using namespace srs::store;
using namespace srs::domain;
using srs::testing::TestDatabase;

namespace {

QDateTime stamp(int minute)
{
    return QDateTime(QDate(2026, 3, 2), QTime(10, minute), Qt::UTC);
}

const QString Sha = QString(64, 'b');

StoredTableSummary summary(const QString &release, const QString &project, int position,
                           const QString &rowsKey, const QString &columnsKey,
                           const QStringList &variables = {})
{
    StoredTableSummary s;
    s.releaseId = release;
    s.projectId = project;
    s.position = position;
    s.path = QString("outputs/t%1.csv").arg(position);
    s.name = s.path;
    s.variables = variables;
    s.population = 9007199254740992.0; // 2^53: whole counts are kept exactly
    s.rowsKey = rowsKey;
    s.columnsKey = columnsKey;
    s.rowLines = 2;
    s.columnLines = 3;
    s.rowSums = "AAAAAAAA8D8AAAAAAAAAQA==";
    s.columnSums = "COLUMNS";
    return s;
}

} // namespace

class TestReleaseSummaryStore : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_t;

    void releaseOf(const QString &project, const QString &submission, const QString &release, int minute)
    {
        Submission s;
        s.id = submission;
        s.projectId = project;
        s.authorId = "u-1";
        s.state = SubmissionState::Released;
        s.round = 1;
        s.content.title = "Tables";
        s.content.clearanceType = ClearanceType::Publication;
        s.createdAt = s.updatedAt = s.submittedAt = stamp(minute);
        SubmissionRepository repo(*m_t.db);
        QVERIFY(repo.recordBlob(Sha, 10, stamp(minute)).ok());
        const Status created = repo.create(s);
        QVERIFY2(created.ok(), qPrintable(created.errorString()));
        StoredRelease r;
        r.id = release;
        r.submissionId = submission;
        r.projectId = project;
        r.round = 1;
        r.title = "Tables";
        r.releasedAt = stamp(minute);
        r.releasedBy = "u-1";
        r.files = {{"outputs/t0.csv", FileRole::Output, Sha, 10}};
        const Status added = ReviewRepository(*m_t.db).addRelease(r);
        QVERIFY2(added.ok(), qPrintable(added.errorString()));
    }

private slots:
    void init()
    {
        m_t = TestDatabase::create();
        QVERIFY2(m_t.db, qPrintable(QString("[%1] %2").arg(srs::testing::testBackendName(), m_t.error)));
        const Status migrated = m_t.db->migrate();
        QVERIFY2(migrated.ok(), qPrintable(migrated.errorString()));
        for (const QString &id : {QString("P-1"), QString("P-2")}) {
            Project p;
            p.id = id;
            p.title = "Releases";
            p.startDate = QDate(2025, 1, 1);
            p.endDate = QDate(2027, 1, 1);
            QVERIFY(ProjectRepository(*m_t.db).save(p).ok());
        }
        UserRecord u;
        u.profile.id = "u-1";
        u.profile.username = "asha";
        u.profile.displayName = "Asha";
        u.passwordHash = "x";
        u.totpSecret = "x";
        u.createdAt = stamp(0);
        QVERIFY(UserRepository(*m_t.db).create(u).ok());
        releaseOf("P-1", "S-1", "R-1", 1);
        releaseOf("P-1", "S-2", "R-2", 2);
        releaseOf("P-2", "S-3", "R-3", 3);
    }
    void cleanup()
    {
        m_t.db.reset();
        m_t = TestDatabase();
    }

    void eachReleaseIsSummarisedOnce()
    {
        ReleaseSummaryRepository repo(*m_t.db);
        QCOMPARE(repo.unsummarisedReleases("P-1").value(), (QStringList{"R-1", "R-2"}));
        QVERIFY(!repo.isSummarised("R-1").value());
        const Status added = repo.add("R-1", {summary("R-1", "P-1", 0, "rows-a", "columns-a")}, stamp(5));
        QVERIFY2(added.ok(), qPrintable(added.errorString()));
        QVERIFY(repo.isSummarised("R-1").value());
        QCOMPARE(repo.unsummarisedReleases("P-1").value(), QStringList{"R-2"});
        // A release with no table to summarise is marked all the same.
        QVERIFY(repo.add("R-2", {}, stamp(6), "tables[0]: its files cannot be read").ok());
        QCOMPARE(repo.unsummarisedReleases("P-1").value(), QStringList());
        // The second writer of the same release is told, and nothing is stored twice.
        const Status again = repo.add("R-1", {summary("R-1", "P-1", 0, "rows-a", "columns-a")}, stamp(7));
        QVERIFY(!again.ok());
        QCOMPARE(again.code(), StoreError::Code::Conflict);
        QCOMPARE(repo.overSameVariables("P-1", {"rows-a", {}, {}}).value().size(), 1);
    }

    void foundByRowsColumnsOrVariables()
    {
        ReleaseSummaryRepository repo(*m_t.db);
        QVERIFY(repo.add("R-1",
                         {summary("R-1", "P-1", 0, "rows-a", "columns-a", {"region", "sex"}),
                          summary("R-1", "P-1", 1, "rows-b", "columns-a")},
                         stamp(5))
                    .ok());
        QVERIFY(repo.add("R-2", {summary("R-2", "P-1", 0, "rows-a", "columns-c")}, stamp(6)).ok());
        QVERIFY(
            repo.add("R-3", {summary("R-3", "P-2", 0, "rows-a", "columns-a", {"region"})}, stamp(7)).ok());

        // The same rows: both releases' tables with those rows, with their row sums only.
        auto rows = repo.overSameVariables("P-1", {"rows-a", "columns-z", {}});
        QVERIFY2(rows.ok(), qPrintable(rows.errorString()));
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).releaseId, QString("R-1"));
        QCOMPARE(rows->at(0).position, 0);
        QCOMPARE(rows->at(1).releaseId, QString("R-2"));
        for (const StoredTableSummary &s : rows.value()) {
            QCOMPARE(s.projectId, QString("P-1"));
            QCOMPARE(s.rowSums, QByteArray("AAAAAAAA8D8AAAAAAAAAQA=="));
            QCOMPARE(s.columnSums, QByteArray());
            QCOMPARE(s.population, 9007199254740992.0);
            QCOMPARE(s.rowLines, 2);
            QCOMPARE(s.columnLines, 3);
        }
        QCOMPARE(rows->at(0).variables, (QStringList{"region", "sex"}));

        // The same columns: both tables of R-1, each once, with column sums only.
        auto columns = repo.overSameVariables("P-1", {"rows-z", "columns-a", {}});
        QVERIFY(columns.ok());
        QCOMPARE(columns->size(), 2);
        QCOMPARE(columns->at(1).position, 1);
        QCOMPARE(columns->at(1).rowSums, QByteArray());
        QCOMPARE(columns->at(1).columnSums, QByteArray("COLUMNS"));

        // Matching on rows, columns and a variable at once still gives the table once.
        auto all = repo.overSameVariables("P-1", {"rows-a", "columns-a", {"sex", "region"}});
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 3);

        // A declared variable alone: the table, without line sums.
        auto variable = repo.overSameVariables("P-1", {"rows-z", "columns-z", {"sex"}});
        QVERIFY(variable.ok());
        QCOMPARE(variable->size(), 1);
        QCOMPARE(variable->at(0).rowSums, QByteArray());

        // Nothing in common, nothing to look up, another project.
        QCOMPARE(repo.overSameVariables("P-1", {"rows-z", "columns-z", {"age"}}).value().size(), 0);
        QCOMPARE(repo.overSameVariables("P-1", {}).value().size(), 0);
        QCOMPARE(repo.overSameVariables("P-3", {"rows-a", {}, {}}).value().size(), 0);
        auto other = repo.overSameVariables("P-2", {"rows-a", {}, {}});
        QCOMPARE(other.value().size(), 1);
        QCOMPARE(other->at(0).releaseId, QString("R-3"));
    }
};

QTEST_GUILESS_MAIN(TestReleaseSummaryStore)
#include "tst_releasesummarystore.moc"
