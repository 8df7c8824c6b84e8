#include "TestDatabase.h"

#include "store/CacheKeyShareRepository.h"
#include "store/Migrations.h"
#include "store/OrganisationRepository.h"
#include "store/PostgresDirect.h"
#include "store/ProjectRepository.h"
#include "store/SessionRepository.h"
#include "store/UserRepository.h"
#include "store/WorkspaceRepository.h"

#include "crypto/Crypto.h"

#include <QMutex>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using namespace srs::store;
using namespace srs::domain;
using srs::testing::TestDatabase;

namespace {

QDateTime at(int day, int hour = 12, int minute = 0, int second = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute, second), Qt::UTC);
}

UserRecord userRecord(const QString &id, const QString &username)
{
    UserRecord r;
    r.profile.id = id;
    r.profile.username = username;
    r.profile.displayName = "Name of " + username;
    r.profile.email = username + "@example.ac.uk";
    r.profile.roles = {Role::Researcher};
    r.passwordHash =
        "$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g";
    r.totpSecret = "sealed-secret";
    r.createdAt = at(1);
    return r;
}

#define VERIFY_OK(expr)                                                                                      \
    do {                                                                                                     \
        const auto &result_ = (expr);                                                                        \
        QVERIFY2(result_.ok(), qPrintable(result_.errorString()));                                           \
    } while (false)

} // namespace

class TestStore : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_t = TestDatabase::create();
        QVERIFY2(m_t.db, qPrintable(QString("[%1] %2").arg(srs::testing::testBackendName(), m_t.error)));
    }
    void cleanup()
    {
        m_t.db.reset();
        m_t = TestDatabase();
    }

    void migrationsFromEmpty()
    {
        const auto before = m_t.db->schemaVersion();
        VERIFY_OK(before);
        QCOMPARE(*before, 0);
        VERIFY_OK(m_t.db->migrate());
        QCOMPARE(*m_t.db->schemaVersion(), Migrations::latestVersion());
        for (const char *table :
             {"users", "accreditations", "declarations", "organisations", "organisation_ranges", "sites",
              "site_networks", "projects", "project_members", "datasets", "project_datasets", "sessions",
              "cache_key_shares", "sign_in_throttle", "revoked_devices", "workspace_entries", "audit_events",
              "audit_head"}) {
            const auto q = m_t.db->exec(QString("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
            QVERIFY2(q.ok(), qPrintable(q.errorString()));
        }
    }

    void migrationsAreIdempotent()
    {
        VERIFY_OK(m_t.db->migrate());
        VERIFY_OK(m_t.db->migrate());
        auto again = m_t.openAgain();
        VERIFY_OK(again);
        VERIFY_OK((*again)->migrate());
        auto q = m_t.db->exec("SELECT COUNT(*) FROM schema_version");
        VERIFY_OK(q);
        QVERIFY(q->next());
        QCOMPARE(q->value(0).toInt(), Migrations::all().size());
    }

    void twoInstancesMigrateAtOnce()
    {
        auto other = m_t.openAgain();
        VERIFY_OK(other);
        std::unique_ptr<Database> second = std::move(other).value();
        QStringList failures;
        QMutex mutex;
        std::vector<std::unique_ptr<QThread>> threads;
        for (Database *db : {m_t.db.get(), second.get()}) {
            threads.emplace_back(QThread::create([db, &failures, &mutex] {
                const Status s = db->migrate();
                if (!s.ok()) {
                    QMutexLocker lock(&mutex);
                    failures.append(s.errorString());
                }
                db->releaseThreadConnection();
            }));
        }
        for (auto &t : threads)
            t->start();
        for (auto &t : threads)
            QVERIFY(t->wait(60000));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join('\n')));
        QCOMPARE(*m_t.db->schemaVersion(), Migrations::latestVersion());
    }

    void newerSchemaIsRefused()
    {
        VERIFY_OK(m_t.db->migrate());
        VERIFY_OK(m_t.db->exec(
            "INSERT INTO schema_version (version, description, applied_at) VALUES (999, 'x', 0)"));
        const Status s = m_t.db->migrate();
        QVERIFY(!s.ok());
        QCOMPARE(s.code(), StoreError::Code::Invalid);
        QVERIFY(s.errorString().contains("999"));
    }

    void usersRoundTrip()
    {
        VERIFY_OK(m_t.db->migrate());
        UserRepository users(*m_t.db);
        UserRecord alice = userRecord("u-alice", "alice");
        alice.profile.roles = {Role::Researcher, Role::OutputChecker};
        VERIFY_OK(users.create(alice));
        VERIFY_OK(users.create(userRecord("u-bob", "bob")));

        const auto found = users.findByUsername("alice");
        VERIFY_OK(found);
        QCOMPARE(found->profile, alice.profile);
        QCOMPARE(found->passwordHash, alice.passwordHash);
        QCOMPARE(found->totpSecret, alice.totpSecret);
        QCOMPARE(found->createdAt, alice.createdAt);
        QVERIFY(!found->totpLastStep.has_value());
        QCOMPARE(users.findById("u-nobody").code(), StoreError::Code::NotFound);
        QCOMPARE(users.findByUsername("ALICE").code(), StoreError::Code::NotFound);

        const Status duplicate = users.create(userRecord("u-alice2", "alice"));
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.code(), StoreError::Code::Conflict);

        User changed = alice.profile;
        changed.displayName = "Dr Alice";
        changed.disabled = true;
        changed.roles = {Role::Administrator};
        VERIFY_OK(users.updateProfile(changed));
        QCOMPARE(users.findById("u-alice")->profile, changed);
        VERIFY_OK(users.setPasswordHash("u-alice", "new-hash"));
        QCOMPARE(users.findById("u-alice")->passwordHash, QString("new-hash"));
        QCOMPARE(users.setPasswordHash("u-nobody", "x").code(), StoreError::Code::NotFound);

        const auto all = users.list();
        VERIFY_OK(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).username, QString("alice"));
    }

    void accreditationsAndDeclarations()
    {
        VERIFY_OK(m_t.db->migrate());
        UserRepository users(*m_t.db);
        VERIFY_OK(users.create(userRecord("u-1", "one")));
        QVERIFY(!users.currentAccreditation("u-1")->has_value());

        const Accreditation first =
            Accreditation::standard(AccreditationKind::Provisional, QDate(2025, 1, 1));
        const Accreditation second = Accreditation::standard(AccreditationKind::Full, QDate(2026, 1, 1));
        VERIFY_OK(users.addAccreditation("u-1", first, at(1)));
        VERIFY_OK(users.addAccreditation("u-1", second, at(2)));
        QCOMPARE(users.currentAccreditation("u-1")->value(), second);

        const Declaration security{DeclarationKind::Security, 1, at(3)};
        const Declaration syops{DeclarationKind::ExtendedSyops, 2, at(4)};
        VERIFY_OK(users.addDeclaration("u-1", security));
        VERIFY_OK(users.addDeclaration("u-1", syops));
        VERIFY_OK(users.addDeclaration("u-1", security)); // signing again is not an error

        const auto user = users.loadUser("u-1");
        VERIFY_OK(user);
        QCOMPARE(user->accreditation, std::optional<Accreditation>(second));
        QCOMPARE(user->declarations.size(), 2);
        QVERIFY(user->declarations.contains(security));
        QVERIFY(user->declarations.contains(syops));

        QVERIFY(!users.addAccreditation("u-nobody", first, at(1)).ok()); // foreign key
    }

    void totpStepsAreSingleUse()
    {
        VERIFY_OK(m_t.db->migrate());
        UserRepository users(*m_t.db);
        VERIFY_OK(users.create(userRecord("u-1", "one")));
        QCOMPARE(*users.acceptTotpStep("u-1", 1000), true);
        QCOMPARE(*users.acceptTotpStep("u-1", 1000), false);
        QCOMPARE(*users.acceptTotpStep("u-1", 999), false);
        QCOMPARE(*users.acceptTotpStep("u-1", 1001), true);
        QCOMPARE(users.findById("u-1")->totpLastStep, std::optional<qint64>(1001));
        VERIFY_OK(users.setTotpSecret("u-1", "another"));
        QCOMPARE(*users.acceptTotpStep("u-1", 5), true); // a new secret starts afresh
    }

    void failedSignInsLockTheAccount()
    {
        VERIFY_OK(m_t.db->migrate());
        UserRepository users(*m_t.db);
        VERIFY_OK(users.create(userRecord("u-1", "one")));
        for (int i = 1; i <= 4; ++i) {
            const auto f = users.recordFailedSignIn("u-1", at(1), 5, 15 * 60);
            VERIFY_OK(f);
            QCOMPARE(f->failures, i);
            QVERIFY(!f->lockedUntil.isValid());
        }
        const auto fifth = users.recordFailedSignIn("u-1", at(1, 12, 0), 5, 15 * 60);
        VERIFY_OK(fifth);
        QCOMPARE(fifth->lockedUntil, at(1, 12, 15));
        QCOMPARE(users.findById("u-1")->lockedUntil, at(1, 12, 15));
        QCOMPARE(users.findById("u-1")->failedAttempts, 0);
        VERIFY_OK(users.resetFailedSignIns("u-1"));
        QVERIFY(!users.findById("u-1")->lockedUntil.isValid());
    }

    void organisationsAndSitesRoundTrip()
    {
        VERIFY_OK(m_t.db->migrate());
        OrganisationRepository orgs(*m_t.db);
        Organisation du;
        du.id = "org-du";
        du.name = "Demo University";
        du.agreementValidUntil = QDate(2027, 6, 30);
        du.egressRanges = {{*IpRange::parse(u"203.0.113.0/28"), NetworkKind::Office},
                           {*IpRange::parse(u"2001:db8:20::/48"), NetworkKind::RemoteAccess}};
        VERIFY_OK(orgs.save(du));
        Organisation none;
        none.id = "org-none";
        none.name = "No Agreement Ltd";
        VERIFY_OK(orgs.save(none));

        const auto found = orgs.find("org-du");
        VERIFY_OK(found);
        QCOMPARE(found->name, du.name);
        QCOMPARE(found->agreementValidUntil, du.agreementValidUntil);
        QCOMPARE(found->egressRanges.size(), 2);
        QVERIFY(found->egressRanges.contains(du.egressRanges[0]));
        QVERIFY(found->egressRanges.contains(du.egressRanges[1]));
        QVERIFY(!orgs.find("org-none")->hasAgreement());

        du.egressRanges.removeLast();
        du.agreementValidUntil = QDate(2028, 1, 1);
        VERIFY_OK(orgs.save(du));
        QCOMPARE(*orgs.find("org-du"), du);
        QCOMPARE(orgs.list()->size(), 2);
        QCOMPARE(orgs.find("org-x").code(), StoreError::Code::NotFound);

        const Site site{"site-newport", "Newport Safe Room", {*IpRange::parse(u"10.20.0.0/16")}};
        VERIFY_OK(orgs.saveSite(site));
        QCOMPARE(*orgs.listSites(), QList<Site>{site});
    }

    void projectsAndDatasetsRoundTrip()
    {
        VERIFY_OK(m_t.db->migrate());
        UserRepository users(*m_t.db);
        ProjectRepository projects(*m_t.db);
        for (const char *u : {"lead", "alice", "bob"})
            VERIFY_OK(users.create(userRecord(QString("u-") + QLatin1String(u), QLatin1String(u))));
        VERIFY_OK(users.addAccreditation(
            "u-bob", Accreditation::standard(AccreditationKind::Full, QDate(2024, 1, 1)), at(1)));

        Project p;
        p.id = "P-2025-001";
        p.title = "Housing and health";
        p.leadUserId = "u-lead";
        p.startDate = QDate(2025, 1, 1);
        p.endDate = QDate(2026, 12, 31);
        p.homeWorkingApproved = true;
        VERIFY_OK(projects.save(p));
        VERIFY_OK(projects.setMember(p.id, "u-lead", ProjectRole::Lead));
        VERIFY_OK(projects.setMember(p.id, "u-alice", ProjectRole::Member));
        VERIFY_OK(projects.setMember(p.id, "u-bob", ProjectRole::Member));
        VERIFY_OK(projects.setMember(p.id, "u-bob", ProjectRole::Supervisor)); // changes the role
        QVERIFY(!projects.setMember(p.id, "u-nobody", ProjectRole::Member).ok());

        const Dataset remote{"D-1", "Census extract", "Office for Example Statistics",
                             DatasetAccess::RemoteAllowed};
        const Dataset safeRoom{"D-2", "Health records", "Example Health Board", DatasetAccess::SafeRoomOnly};
        VERIFY_OK(projects.saveDataset(remote));
        VERIFY_OK(projects.saveDataset(safeRoom));
        VERIFY_OK(projects.mapDataset(p.id, "D-1"));
        VERIFY_OK(projects.mapDataset(p.id, "D-2"));
        VERIFY_OK(projects.mapDataset(p.id, "D-2")); // idempotent
        QVERIFY(!projects.mapDataset(p.id, "D-nope").ok());

        Project expected = p;
        expected.members = {{"u-alice", ProjectRole::Member},
                            {"u-bob", ProjectRole::Supervisor},
                            {"u-lead", ProjectRole::Lead}};
        expected.datasetIds = {"D-1", "D-2"};
        QCOMPARE(*projects.find(p.id), expected);
        QCOMPARE(projects.listForMember("u-alice")->size(), 1);
        QCOMPARE(projects.listForMember("u-nobody")->size(), 0);
        QCOMPARE(*projects.datasetsOf(p.id), (QList<Dataset>{remote, safeRoom}));
        QCOMPARE(*projects.findDataset("D-2"), safeRoom);
        QCOMPARE(projects.listDatasets()->size(), 2);

        const auto accreditations = projects.memberAccreditations(p.id);
        VERIFY_OK(accreditations);
        QCOMPARE(accreditations->size(), 1);
        QCOMPARE(accreditations->value("u-bob").kind, AccreditationKind::Full);

        p.status = ProjectStatus::Completed;
        p.extendedTo = QDate(2027, 3, 31);
        VERIFY_OK(projects.save(p));
        QCOMPARE(projects.find(p.id)->status, ProjectStatus::Completed);
        QCOMPARE(projects.find(p.id)->extendedTo, QDate(2027, 3, 31));
        VERIFY_OK(projects.unmapDataset(p.id, "D-2"));
        VERIFY_OK(projects.removeMember(p.id, "u-alice"));
        QCOMPARE(projects.removeMember(p.id, "u-alice").code(), StoreError::Code::NotFound);
        QCOMPARE(projects.find(p.id)->members.size(), 2);
        QCOMPARE(projects.find(p.id)->datasetIds, QList<QString>{"D-1"});
    }

    void sessionsRoundTrip()
    {
        VERIFY_OK(m_t.db->migrate());
        UserRepository users(*m_t.db);
        SessionRepository sessions(*m_t.db);
        VERIFY_OK(users.create(userRecord("u-1", "one")));
        const srs::crypto::SecureBuffer token = srs::crypto::randomSecret(32);
        const QString hash = SessionRepository::hashToken(token);
        QCOMPARE(hash.size(), 64);
        QVERIFY(!hash.contains(QString::fromLatin1(token.toHex().constChar(), 64)));

        SessionRecord r;
        r.tokenHash = hash;
        r.userId = "u-1";
        r.deviceSubject = "CN=laptop,OU=organisation-device,O=Demo University";
        r.deviceFingerprint = QString(64, u'a');
        r.deviceSerial = "1A2B";
        r.setting = "home-working";
        r.createdAt = at(1, 9);
        r.lastSeenAt = at(1, 9);
        r.expiresAt = at(1, 21);
        VERIFY_OK(sessions.create(r));
        QCOMPARE(sessions.create(r).code(), StoreError::Code::Conflict);
        const auto found = sessions.find(hash);
        VERIFY_OK(found);
        QCOMPARE(found->deviceSubject, r.deviceSubject);
        QCOMPARE(found->deviceFingerprint, r.deviceFingerprint);
        QCOMPARE(found->deviceSerial, r.deviceSerial);
        QCOMPARE(found->expiresAt, r.expiresAt);
        VERIFY_OK(sessions.touch(hash, at(1, 10)));
        QCOMPARE(sessions.find(hash)->lastSeenAt, at(1, 10));
        const auto active = sessions.findActive(hash);
        VERIFY_OK(active);
        QCOMPARE(active->userId, QString("u-1"));
        QCOMPARE(active->deviceFingerprint, r.deviceFingerprint);
        QVERIFY(!active->userDisabled);
        QCOMPARE(active->lastSeenAtMs, at(1, 10).toMSecsSinceEpoch());
        QCOMPARE(active->expiresAtMs, r.expiresAt.toMSecsSinceEpoch());

        SessionRecord second = r;
        second.tokenHash = SessionRepository::hashToken(srs::crypto::randomSecret(32));
        VERIFY_OK(sessions.create(second));
        VERIFY_OK(sessions.revoke(hash));
        QVERIFY(sessions.find(hash)->revoked);
        QCOMPARE(sessions.findActive(hash).code(), StoreError::Code::NotFound); // revoked
        VERIFY_OK(sessions.findActive(second.tokenHash));
        QCOMPARE(sessions.touch(hash, at(1, 11)).code(), StoreError::Code::NotFound);
        QCOMPARE(*sessions.revokeAllForUser("u-1"), 1);
        QCOMPARE(*sessions.deleteExpired(at(1, 10)), 2); // both revoked
        QCOMPARE(sessions.find(hash).code(), StoreError::Code::NotFound);

        SessionRecord old = r;
        old.tokenHash = SessionRepository::hashToken(srs::crypto::randomSecret(32));
        VERIFY_OK(sessions.create(old));
        QCOMPARE(*sessions.deleteExpired(at(1, 20, 59)), 0);
        QCOMPARE(*sessions.deleteExpired(at(1, 21)), 1);
    }

    void cacheKeySharesPerUserAndDevice()
    {
        VERIFY_OK(m_t.db->migrate());
        UserRepository users(*m_t.db);
        CacheKeyShareRepository shares(*m_t.db);
        VERIFY_OK(users.create(userRecord("u-1", "one")));
        const QString laptopA(64, u'a');
        const QString laptopB(64, u'b');
        auto a = shares.obtain("u-1", laptopA, "A1", at(1));
        VERIFY_OK(a);
        QCOMPARE(a->size(), std::size_t(32));
        auto again = shares.obtain("u-1", laptopA, "A1", at(2));
        QVERIFY(*a == *again);
        auto b = shares.obtain("u-1", laptopB, "B2", at(2));
        QVERIFY(!(*a == *b));
        QCOMPARE(shares.obtain("u-1", "CN=laptop-a", "A1", at(2)).code(), StoreError::Code::Invalid);

        VERIFY_OK(shares.revoke("u-1", laptopA, at(3)));
        QCOMPARE(shares.revoke("u-1", laptopA, at(3)).code(), StoreError::Code::NotFound);
        auto fresh = shares.obtain("u-1", laptopA, "A1", at(4));
        VERIFY_OK(fresh);
        QVERIFY(!(*fresh == *a));
        QCOMPARE(*shares.revokeAllForDevice("B2", at(5)), 1);
        QCOMPARE(*shares.revokeAllForUser("u-1", at(5)), 1);
    }

    // firstRow() gives what exec() would, on either backend (on PostgreSQL it goes its own way,
    // through libpq's extended protocol): text, integers, NULL, a ? inside a literal left alone,
    // no row, the same statement run again, and an error that names the statement.
    void theFirstRowIsWhatExecReads()
    {
        VERIFY_OK(m_t.db->migrate());
        VERIFY_OK(m_t.db->exec("CREATE TABLE first_row_probe (name TEXT NOT NULL, n BIGINT, note TEXT)"));
        VERIFY_OK(m_t.db->exec("INSERT INTO first_row_probe (name, n, note) VALUES (?, ?, ?)",
                               {QString("Gwyn's \"?\" ü"), qint64(1) << 40, Database::encodeText({})}));
        const QString sql = "SELECT name, n, note, '?' || name, n + ? FROM first_row_probe WHERE name = ?";
        const QVariantList params{qint64(2), QString("Gwyn's \"?\" ü")};
        for (int round = 0; round < 2; ++round) {
            auto row = m_t.db->firstRow(sql, params);
            VERIFY_OK(row);
            QVERIFY(row.value().has_value());
            const QVariantList &r = *row.value();
            QCOMPARE(r.size(), 5);
            QCOMPARE(r.at(0).toString(), QString("Gwyn's \"?\" ü"));
            QCOMPARE(r.at(1).toLongLong(), qint64(1) << 40);
            QVERIFY(r.at(2).isNull());
            QCOMPARE(r.at(3).toString(), QString("?Gwyn's \"?\" ü"));
            QCOMPARE(r.at(4).toLongLong(), (qint64(1) << 40) + 2);
            auto q = m_t.db->exec(sql, params);
            VERIFY_OK(q);
            QVERIFY(q->next());
            for (int c = 0; c < 5; ++c)
                QCOMPARE(r.at(c).toString(), q->value(c).toString());
        }
        auto none = m_t.db->firstRow(sql, {qint64(2), QString("nobody")});
        VERIFY_OK(none);
        QVERIFY(!none.value().has_value());
        auto bad =
            m_t.db->firstRow("SELECT no_such_column FROM first_row_probe WHERE name = ?", {QString("x")});
        QVERIFY(!bad.ok());
        QVERIFY2(bad.errorString().contains("no_such_column"), qPrintable(bad.errorString()));
        // The connection is still good after the error.
        VERIFY_OK(m_t.db->firstRow(sql, params));
        // A statement that fails when it runs (PostgreSQL: division by zero; SQLite gives NULL)
        // runs again with other values, as often as asked.
        for (int round = 0; round < 2; ++round) {
            const auto byZero = m_t.db->firstRow("SELECT 10 / ?", {0});
            QVERIFY(!byZero.ok() || (byZero.value() && byZero.value()->at(0).isNull()));
            auto byTwo = m_t.db->firstRow("SELECT 10 / ?", {2});
            VERIFY_OK(byTwo);
            QCOMPARE(byTwo.value()->at(0).toLongLong(), 5);
        }

        QCOMPARE(PostgresDirect::numberedParameters("SELECT ? , '?', \"a?\", ?"),
                 QByteArray("SELECT $1 , '?', \"a?\", $2"));
        QCOMPARE(PostgresDirect::numberedParameters("SELECT 'it''s ?', ?"),
                 QByteArray("SELECT 'it''s ?', $1"));
        QVERIFY(PostgresDirect::canSend({QString("a"), qint64(1), 3, QVariant()}));
        QVERIFY(!PostgresDirect::canSend({QByteArray("bytes")}));
        QVERIFY(!PostgresDirect::canSend({1.5}));
    }

    void workspaceIndexRevisions()
    {
        VERIFY_OK(m_t.db->migrate());
        ProjectRepository projects(*m_t.db);
        WorkspaceRepository ws(*m_t.db);
        Project p;
        p.id = "P-1";
        p.title = "T";
        p.startDate = QDate(2025, 1, 1);
        p.endDate = QDate(2026, 1, 1);
        VERIFY_OK(projects.save(p));
        QCOMPARE(*ws.currentRevision("P-1"), 0);
        QCOMPARE(ws.nextRevision("P-nope").code(), StoreError::Code::NotFound);

        const auto file = [](const char *path, qint64 size) {
            WorkspaceEntry e;
            e.path = QLatin1String(path);
            e.size = size;
            e.type = "file";
            e.modifiedAt = at(1);
            e.sha256 = QString(64, 'a');
            return e;
        };
        const qint64 r1 = *ws.nextRevision("P-1");
        VERIFY_OK(ws.put("P-1", file("a.csv", 10), r1));
        VERIFY_OK(ws.put("P-1", file("b.csv", 20), r1));
        const qint64 r2 = *ws.nextRevision("P-1");
        VERIFY_OK(ws.put("P-1", file("a.csv", 11), r2));
        VERIFY_OK(ws.markRemoved("P-1", "b.csv", r2));
        VERIFY_OK(ws.put("P-1", file("c.csv", 30), r2));
        QCOMPARE(ws.markRemoved("P-1", "b.csv", r2).code(), StoreError::Code::NotFound);

        auto all = ws.changesSince("P-1", 0);
        VERIFY_OK(all);
        QCOMPARE(all->revision, 2);
        QCOMPARE(all->added.size(), 2); // a and c; b came and went
        QCOMPARE(all->changed.size(), 0);
        QCOMPARE(all->removed.size(), 0);

        auto since1 = ws.changesSince("P-1", 1);
        VERIFY_OK(since1);
        QCOMPARE(since1->added.size(), 1);
        QCOMPARE(since1->added[0].path, QString("c.csv"));
        QCOMPARE(since1->changed.size(), 1);
        QCOMPARE(since1->changed[0].size, 11);
        QCOMPARE(since1->removed.size(), 1);
        QCOMPARE(since1->removed[0].path, QString("b.csv"));
        QVERIFY(ws.changesSince("P-1", 2)->added.isEmpty());
        auto ahead = ws.changesSince("P-1", 7); // a client ahead of the server sees nothing
        VERIFY_OK(ahead);
        QCOMPARE(ahead->revision, 2);
        QVERIFY(ahead->added.isEmpty() && ahead->changed.isEmpty() && ahead->removed.isEmpty());
        QCOMPARE(ws.changesSince("P-nope", 0).code(), StoreError::Code::NotFound);

        const qint64 r3 = *ws.nextRevision("P-1");
        VERIFY_OK(ws.put("P-1", file("b.csv", 21), r3)); // back again
        auto since2 = ws.changesSince("P-1", 2);
        QCOMPARE(since2->added.size(), 1);
        QCOMPARE(since2->added[0].createdRevision, r3);
        QCOMPARE(ws.entries("P-1")->size(), 3);
    }

    void transactionsRollBackAsAWhole()
    {
        VERIFY_OK(m_t.db->migrate());
        UserRepository users(*m_t.db);
        const Status s = m_t.db->transaction([&]() -> Status {
            if (Status c = users.create(userRecord("u-1", "one")); !c.ok())
                return c;
            // A nested transaction that fails dooms the outer one even if the outer ignores it.
            const Status inner = m_t.db->transaction([&]() -> Status {
                if (Status c = users.create(userRecord("u-2", "two")); !c.ok())
                    return c;
                return invalid("inner failure");
            });
            Q_UNUSED(inner);
            return {};
        });
        QVERIFY(!s.ok());
        QVERIFY(!m_t.db->inTransaction());
        QCOMPARE(users.findById("u-1").code(), StoreError::Code::NotFound);
        QCOMPARE(users.findById("u-2").code(), StoreError::Code::NotFound);

        const Status ok =
            m_t.db->transaction([&]() -> Status { return users.create(userRecord("u-3", "three")); });
        VERIFY_OK(ok);
        QVERIFY(users.findById("u-3").ok());
    }

    void eachThreadHasItsOwnConnection()
    {
        VERIFY_OK(m_t.db->migrate());
        Database *db = m_t.db.get();
        QMutex mutex;
        QStringList failures;
        std::vector<std::unique_ptr<QThread>> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back(QThread::create([db, t, &mutex, &failures] {
                UserRepository users(*db);
                for (int i = 0; i < 10; ++i) {
                    const QString id = QString("u-%1-%2").arg(t).arg(i);
                    Status s = db->transaction([&]() -> Status { return users.create(userRecord(id, id)); });
                    if (s.ok() && !users.findById(id).ok())
                        s = invalid("written user not found");
                    if (!s.ok()) {
                        QMutexLocker lock(&mutex);
                        failures.append(s.errorString());
                    }
                }
                db->releaseThreadConnection();
            }));
        }
        for (auto &t : threads)
            t->start();
        for (auto &t : threads)
            QVERIFY(t->wait(60000));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join('\n')));
        QCOMPARE(UserRepository(*db).list()->size(), 40);
    }

    void sqliteFileSettings()
    {
        if (m_t.config.backend != DatabaseConfig::Backend::Sqlite)
            return; // nothing to check on PostgreSQL
        auto mode = m_t.db->exec("PRAGMA journal_mode");
        VERIFY_OK(mode);
        QVERIFY(mode->next());
        QCOMPARE(mode->value(0).toString().toLower(), QString("wal"));
        auto fk = m_t.db->exec("PRAGMA foreign_keys");
        QVERIFY(fk->next());
        QCOMPARE(fk->value(0).toInt(), 1);
    }

    void unreachablePostgresIsAClearError()
    {
        DatabaseConfig c;
        c.backend = DatabaseConfig::Backend::Postgres;
        c.hostName = "/nonexistent-socket-folder";
        c.databaseName = "x";
        c.userName = "nobody";
        c.password = "do-not-print-me";
        const auto r = Database::open(c);
        QVERIFY(!r.ok());
        QVERIFY(r.errorString().contains("Could not open the PostgreSQL database x"));
        QVERIFY(!r.errorString().contains("do-not-print-me"));
    }

private:
    TestDatabase m_t;
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
