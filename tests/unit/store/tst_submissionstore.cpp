// Submissions in the store (SQLite and PostgreSQL): a request with its rounds, files, findings,
// exceptions and history; state changes only from the state the writer saw; and the blob store.

#include "TestDatabase.h"

#include "store/BlobStore.h"
#include "store/ProjectRepository.h"
#include "store/SubmissionRepository.h"
#include "store/UserRepository.h"

#include "crypto/Crypto.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace srs::store;
using namespace srs::domain;
using srs::testing::TestDatabase;

namespace {

QDateTime stamp(int minute)
{
    return QDateTime(QDate(2026, 3, 2), QTime(10, minute), Qt::UTC);
}

const QString Sha = QString(64, 'a');

Submission submitted()
{
    Submission s;
    s.id = "S-1";
    s.projectId = "P-1";
    s.authorId = "u-1";
    s.state = SubmissionState::Submitted;
    s.round = 1;
    s.content.title = "Income by region";
    s.content.clearanceType = ClearanceType::Publication;
    s.content.controls = "Suppressed under 10";
    TableSpec table;
    table.file = "t.csv";
    table.counts.file = "c.csv";
    s.content.tables = {table};
    s.content.files = {{"t.csv", FileRole::Output, "Counts by region", "Journal", Sha, 10},
                       {"c.csv", FileRole::Supporting, {}, {}, Sha, 10}};
    s.content.exceptions = {{"t.csv", "zero", "C3", 0, "A structural zero."}};
    s.createdAt = stamp(0);
    s.updatedAt = stamp(0);
    s.submittedAt = stamp(0);
    s.expectedAnswerDate = QDate(2026, 3, 9);
    s.history = {{stamp(0),
                  "u-1",
                  SubmissionAction::Submit,
                  SubmissionState::Draft,
                  SubmissionState::Submitted,
                  1,
                  {}}};
    return s;
}

SubmissionRound roundOf(const Submission &s)
{
    SubmissionRound r;
    r.round = s.round;
    r.submittedAt = s.submittedAt;
    r.controls = s.content.controls;
    r.tables = s.content.tables;
    r.files = s.content.files;
    r.exceptions = s.content.exceptions;
    r.checkStatus = "review";
    r.checkResult = R"({"status":"review","items":[]})";
    return r;
}

} // namespace

class TestSubmissionStore : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_t = TestDatabase::create();
        QVERIFY2(m_t.db, qPrintable(QString("[%1] %2").arg(srs::testing::testBackendName(), m_t.error)));
        const Status migrated = m_t.db->migrate();
        QVERIFY2(migrated.ok(), qPrintable(migrated.errorString()));
        Project p;
        p.id = "P-1";
        p.title = "Submissions";
        p.startDate = QDate(2025, 1, 1);
        p.endDate = QDate(2027, 1, 1);
        QVERIFY(ProjectRepository(*m_t.db).save(p).ok());
        UserRecord u;
        u.profile.id = "u-1";
        u.profile.username = "asha";
        u.profile.displayName = "Asha";
        u.passwordHash = "x";
        u.totpSecret = "x";
        u.createdAt = stamp(0);
        QVERIFY(UserRepository(*m_t.db).create(u).ok());
    }
    void cleanup()
    {
        m_t.db.reset();
        m_t = TestDatabase();
    }

    void aRequestReadsBackAsStored()
    {
        SubmissionRepository repo(*m_t.db);
        const Submission s = submitted();
        QVERIFY(repo.recordBlob(Sha, 10, stamp(0)).ok());
        QVERIFY(repo.recordBlob(Sha, 10, stamp(1)).ok()); // once is enough, twice is harmless
        const StoredFinding finding{"t.csv",
                                    "",
                                    "zero",
                                    "review",
                                    "Newport",
                                    "Female",
                                    0,
                                    "Row 'Newport', column 'Female' is zero.",
                                    QJsonObject{{"count", 0}},
                                    "C4"};
        const Status written = m_t.db->transaction([&]() -> Status {
            if (auto c = repo.create(s); !c.ok())
                return c;
            return repo.addRound(s.id, roundOf(s), {finding});
        });
        QVERIFY2(written.ok(), qPrintable(written.errorString()));
        auto found = repo.find("S-1");
        QVERIFY2(found.ok(), qPrintable(found.errorString()));
        QCOMPARE(found.value(), s);
        auto findings = repo.findings("S-1", 1);
        QVERIFY(findings.ok());
        QCOMPARE(findings.value(), QList<StoredFinding>{finding});
        auto listed = repo.listForProject("P-1");
        QVERIFY(listed.ok());
        QCOMPARE(listed.value().size(), 1);
        QCOMPARE(listed.value().first().content.files.size(), 2);
        QCOMPARE(repo.checkStatuses("P-1").value().value("S-1"), QString("review"));
        QCOMPARE(repo.find("S-2").code(), StoreError::Code::NotFound);
    }

    // Findings given one at a time are written in batches (64 rows to a statement, the rest one by
    // one) and read back all, in order; a failure of the source stops the round.
    void manyFindingsAreWrittenInBatches()
    {
        SubmissionRepository repo(*m_t.db);
        QVERIFY(repo.recordBlob(Sha, 10, stamp(0)).ok());
        const Submission s = submitted();
        QVERIFY(repo.create(s).ok());
        const auto findingAt = [](int i) {
            return StoredFinding{"t.csv",
                                 "",
                                 QString(QLatin1String(i % 2 ? "zero" : "threshold")),
                                 QString(QLatin1String(i % 2 ? "review" : "fail")),
                                 "Row " + QString::number(i / 10),
                                 "Column " + QString::number(i % 10),
                                 0,
                                 "Finding " + QString::number(i),
                                 QJsonObject{{"count", i % 2 ? 0 : 5}},
                                 "B" + QString::number(i + 2)};
        };
        constexpr int Count = 64 * 3 + 7;
        const Status written = repo.addRoundFrom(s.id, roundOf(s), [&](const FindingSink &write) -> Status {
            for (int i = 0; i < Count; ++i) {
                if (auto w = write(findingAt(i)); !w)
                    return w;
            }
            return {};
        });
        QVERIFY2(written.ok(), qPrintable(written.errorString()));
        auto findings = repo.findings(s.id, 1);
        QVERIFY2(findings.ok(), qPrintable(findings.errorString()));
        QCOMPARE(findings.value().size(), Count);
        for (int i = 0; i < Count; ++i)
            QCOMPARE(findings.value().at(i), findingAt(i));

        // A source that fails leaves no round behind.
        Submission again = s;
        again.round = 2;
        const Status failed =
            repo.addRoundFrom(s.id, roundOf(again), [&](const FindingSink &write) -> Status {
                for (int i = 0; i < 100; ++i) {
                    if (auto w = write(findingAt(i)); !w)
                        return w;
                }
                return StoreError{StoreError::Code::Invalid, "the source failed"};
            });
        QCOMPARE(failed.code(), StoreError::Code::Invalid);
        QCOMPARE(repo.findings(s.id, 2).value().size(), 0);
        QCOMPARE(repo.rounds(s.id).value().size(), 1);
    }

    void roundsAndHistoryAreKept()
    {
        SubmissionRepository repo(*m_t.db);
        QVERIFY(repo.recordBlob(Sha, 10, stamp(0)).ok());
        Submission s = submitted();
        QVERIFY(repo.create(s).ok());
        QVERIFY(repo.addRound(s.id, roundOf(s), {}).ok());

        const SubmissionState before = s.state;
        s.history.append({stamp(5),
                          "u-c",
                          SubmissionAction::StartReview,
                          SubmissionState::Submitted,
                          SubmissionState::InReview,
                          1,
                          {}});
        s.history.append({stamp(6), "u-c", SubmissionAction::Return, SubmissionState::InReview,
                          SubmissionState::Returned, 1, "Suppress Newport"});
        s.history.append({stamp(7), "u-1", SubmissionAction::Resubmit, SubmissionState::Returned,
                          SubmissionState::Resubmitted, 2, "Done"});
        s.state = SubmissionState::Resubmitted;
        s.round = 2;
        s.updatedAt = stamp(7);
        s.submittedAt = stamp(7);
        s.content.files[0].size = 11;
        s.content.exceptions.clear();
        QVERIFY(repo.update(s, before).ok());
        QVERIFY(repo.addRound(s.id, roundOf(s), {}).ok());

        auto found = repo.find("S-1");
        QVERIFY(found.ok());
        QCOMPARE(found.value(), s);
        auto rounds = repo.rounds("S-1");
        QVERIFY(rounds.ok());
        QCOMPARE(rounds.value().size(), 2);
        QCOMPARE(rounds.value().at(0).files.at(0).size, 10);
        QCOMPARE(rounds.value().at(0).exceptions.size(), 1);
        QCOMPARE(rounds.value().at(1).files.at(0).size, 11);
        QCOMPARE(rounds.value().at(1).exceptions.size(), 0);

        // A writer who saw an older state is refused and changes nothing.
        Submission stale = s;
        stale.state = SubmissionState::Withdrawn;
        stale.history.append({stamp(8),
                              "u-1",
                              SubmissionAction::Withdraw,
                              SubmissionState::Submitted,
                              SubmissionState::Withdrawn,
                              2,
                              {}});
        QCOMPARE(repo.update(stale, SubmissionState::Submitted).code(), StoreError::Code::Conflict);
        QCOMPARE(repo.find("S-1").value(), s);
    }

    void aSecondRoundWithTheSameNumberIsRefused()
    {
        SubmissionRepository repo(*m_t.db);
        QVERIFY(repo.recordBlob(Sha, 10, stamp(0)).ok());
        const Submission s = submitted();
        QVERIFY(repo.create(s).ok());
        QVERIFY(repo.addRound(s.id, roundOf(s), {}).ok());
        QCOMPARE(repo.addRound(s.id, roundOf(s), {}).code(), StoreError::Code::Conflict);
        QCOMPARE(repo.rounds(s.id).value().size(), 1);
    }

    void blobsAreContentAddressedPrivateAndVerified()
    {
        QTemporaryDir dir;
        BlobStore blobs(dir.path() + "/blobs");
        const QByteArray bytes = "Region,Male,Female\nCardiff,12,15\n";
        auto sha = blobs.put(bytes);
        QVERIFY2(sha.ok(), qPrintable(sha.errorString()));
        QCOMPARE(sha.value(), QString::fromLatin1(srs::crypto::sha256(bytes).toHex()));
        const QString path = blobs.pathFor(sha.value());
        QCOMPARE(QFileInfo(path).path().section('/', -1), sha.value().left(2));
        QCOMPARE(QFileInfo(path).permissions() & 0x7777, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                             QFileDevice::ReadUser | QFileDevice::WriteUser);
        QCOMPARE(QFileInfo(blobs.folder()).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        QCOMPARE(blobs.get(sha.value()).value(), bytes);
        QCOMPARE(blobs.put(bytes).value(), sha.value()); // stored once
        QVERIFY(blobs.contains(sha.value()));

        // A changed blob is reported, never served; storing the bytes again mends it.
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Region,Male,Female\nCardiff,2,15\n");
        }
        QCOMPARE(blobs.get(sha.value()).code(), StoreError::Code::Invalid);
        QCOMPARE(blobs.put(bytes).value(), sha.value());
        QCOMPARE(blobs.get(sha.value()).value(), bytes);

        QCOMPARE(blobs.get(QString(64, 'b')).code(), StoreError::Code::NotFound);
        QCOMPARE(blobs.get("../../etc/passwd").code(), StoreError::Code::Invalid);
        QVERIFY(!BlobStore::isSha256Hex(QString(64, 'A')));
    }

private:
    TestDatabase m_t;
};

QTEST_GUILESS_MAIN(TestSubmissionStore)
#include "tst_submissionstore.moc"
