// Revocation and sign-in throttling in the store, on SQLite and on PostgreSQL: revoked device
// serials, sessions ended per device, the disabled flag read with the session, the upgrade
// that ends sessions bound to a subject, and the throttle per source, per (source, account)
// and per IPv6 /64.

#include "TestDatabase.h"

#include "store/Migrations.h"
#include "store/ProjectRepository.h"
#include "store/RevokedDeviceRepository.h"
#include "store/SessionRepository.h"
#include "store/SourceThrottle.h"
#include "store/UserRepository.h"
#include "store/WorkspaceRepository.h"

#include "crypto/Crypto.h"

#include <QTest>

using namespace srs::store;
using srs::testing::TestDatabase;

namespace {

QDateTime at(int minute, int second = 0)
{
    return QDateTime(QDate(2026, 3, 2), QTime(12, minute, second), Qt::UTC);
}

UserRecord userRecord(const QString &id, const QString &username)
{
    UserRecord r;
    r.profile.id = id;
    r.profile.username = username;
    r.profile.displayName = "Name of " + username;
    r.profile.roles = {srs::domain::Role::Researcher};
    r.passwordHash =
        "$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g";
    r.totpSecret = "sealed-secret";
    r.createdAt = at(0);
    return r;
}

SessionRecord sessionOf(const QString &userId, const QString &serial)
{
    SessionRecord r;
    r.tokenHash = SessionRepository::hashToken(srs::crypto::randomSecret(32));
    r.userId = userId;
    r.deviceSubject = "CN=laptop,OU=organisation-device,O=Demo University";
    r.deviceFingerprint = QString(64, u'c');
    r.deviceSerial = serial;
    r.setting = "home-working";
    r.createdAt = at(0);
    r.lastSeenAt = at(0);
    r.expiresAt = at(59);
    return r;
}

#define VERIFY_OK(expr)                                                                                      \
    do {                                                                                                     \
        const auto &result_ = (expr);                                                                        \
        QVERIFY2(result_.ok(), qPrintable(result_.errorString()));                                           \
    } while (false)

} // namespace

class TestRevocationStore : public QObject
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

    // The one statement every authenticated request starts with: the device's revocation and the
    // session, each whatever the other is.
    void theDeviceAndTheSessionAreReadTogether()
    {
        VERIFY_OK(m_t.db->migrate());
        VERIFY_OK(UserRepository(*m_t.db).create(userRecord("u-1", "one")));
        SessionRepository sessions(*m_t.db);
        SessionRecord r;
        r.tokenHash = SessionRepository::hashToken(srs::crypto::randomSecret(32));
        r.userId = "u-1";
        r.deviceSubject = "CN=laptop,OU=organisation-device,O=Demo University";
        r.deviceFingerprint = QString(64, u'a');
        r.deviceSerial = "1A2B";
        r.setting = "home-working";
        r.createdAt = at(1);
        r.lastSeenAt = at(2);
        r.expiresAt = at(30);
        VERIFY_OK(sessions.create(r));
        const QString unknown = SessionRepository::hashToken(srs::crypto::randomSecret(32));

        auto both = sessions.findActiveForDevice(r.tokenHash, "1A2B");
        VERIFY_OK(both);
        QVERIFY(!both->deviceRevoked);
        VERIFY_OK(both->session);
        QCOMPARE(both->session.value().userId, QString("u-1"));
        QCOMPARE(both->session.value().deviceFingerprint, r.deviceFingerprint);
        QCOMPARE(both->session.value().lastSeenAtMs, at(2).toMSecsSinceEpoch());
        QCOMPARE(both->session.value().expiresAtMs, at(30).toMSecsSinceEpoch());
        QVERIFY(!both->session.value().userDisabled);
        auto none = sessions.findActiveForDevice(unknown, "1A2B");
        VERIFY_OK(none);
        QVERIFY(!none->deviceRevoked);
        QCOMPARE(none->session.code(), StoreError::Code::NotFound);

        QCOMPARE(*RevokedDeviceRepository(*m_t.db).revoke({"1A2B", at(3), "stolen"}), true);
        both = sessions.findActiveForDevice(r.tokenHash, "1A2B");
        VERIFY_OK(both);
        QVERIFY(both->deviceRevoked);
        VERIFY_OK(both->session);
        none = sessions.findActiveForDevice(unknown, "1A2B");
        VERIFY_OK(none);
        QVERIFY(none->deviceRevoked);
        QCOMPARE(none->session.code(), StoreError::Code::NotFound);
        VERIFY_OK(sessions.revoke(r.tokenHash));
        both = sessions.findActiveForDevice(r.tokenHash, "1A2C");
        VERIFY_OK(both);
        QVERIFY(!both->deviceRevoked);
        QCOMPARE(both->session.code(), StoreError::Code::NotFound); // a revoked session
        // As findActive reads it: the same answer whichever way.
        QCOMPARE(sessions.findActive(r.tokenHash).code(), StoreError::Code::NotFound);
    }

    // The clients' poll reads its project's workspace revision in that same statement: the
    // revision as stored now, nothing for a project that does not exist, and the device and
    // session checks unchanged by it.
    void aProjectsRevisionIsReadWithTheSession()
    {
        VERIFY_OK(m_t.db->migrate());
        VERIFY_OK(UserRepository(*m_t.db).create(userRecord("u-1", "one")));
        srs::domain::Project p;
        p.id = "P-1";
        p.title = "T";
        p.startDate = QDate(2025, 1, 1);
        p.endDate = QDate(2026, 1, 1);
        VERIFY_OK(ProjectRepository(*m_t.db).save(p));
        SessionRepository sessions(*m_t.db);
        const SessionRecord r = sessionOf("u-1", "1A2B");
        VERIFY_OK(sessions.create(r));

        auto read = sessions.findActiveForDevice(r.tokenHash, "1A2B", "P-1");
        VERIFY_OK(read);
        QCOMPARE(read->projectRevision, std::optional<qint64>(0));
        VERIFY_OK(read->session);
        QCOMPARE(read->session.value().userId, QString("u-1"));
        QVERIFY(!read->deviceRevoked);

        WorkspaceRepository ws(*m_t.db);
        QCOMPARE(*ws.nextRevision("P-1"), 1);
        QCOMPARE(*ws.nextRevision("P-1"), 2);
        read = sessions.findActiveForDevice(r.tokenHash, "1A2B", "P-1");
        VERIFY_OK(read);
        QCOMPARE(read->projectRevision, std::optional<qint64>(2));

        read = sessions.findActiveForDevice(r.tokenHash, "1A2B", "P-none");
        VERIFY_OK(read);
        QVERIFY(!read->projectRevision);
        VERIFY_OK(read->session);
        read = sessions.findActiveForDevice(r.tokenHash, "1A2B"); // not asked for
        VERIFY_OK(read);
        QVERIFY(!read->projectRevision);

        // An unknown token and a revoked device still say so, with the revision beside them.
        const QString unknown = SessionRepository::hashToken(srs::crypto::randomSecret(32));
        QCOMPARE(*RevokedDeviceRepository(*m_t.db).revoke({"1A2B", at(3), "stolen"}), true);
        read = sessions.findActiveForDevice(unknown, "1A2B", "P-1");
        VERIFY_OK(read);
        QVERIFY(read->deviceRevoked);
        QCOMPARE(read->session.code(), StoreError::Code::NotFound);
        QCOMPARE(read->projectRevision, std::optional<qint64>(2));

        // What the poll does with it: a revision read that is not newer than `since` answers
        // without a statement; one that is newer reads the changes as ever.
        auto upToDate = ws.changesSince("P-1", 2, 10, {}, 2);
        VERIFY_OK(upToDate);
        QCOMPARE(upToDate->revision, 2);
        QCOMPARE(upToDate->total, 0);
        auto behind = ws.changesSince("P-1", 1, 10, {}, 2);
        VERIFY_OK(behind);
        QCOMPARE(behind->revision, 2);
    }

    void revokedDevicesAreRecordedOnce()
    {
        VERIFY_OK(m_t.db->migrate());
        RevokedDeviceRepository devices(*m_t.db);
        QCOMPARE(*devices.isRevoked("1A2B"), false);
        QCOMPARE(*devices.revoke({"1A2B", at(1), "stolen"}), true);
        QCOMPARE(*devices.revoke({"1A2B", at(2), "again"}), false);
        QCOMPARE(*devices.isRevoked("1A2B"), true);
        QCOMPARE(*devices.isRevoked("1A2C"), false);
        // Another instance on the same database sees it at once.
        auto other = m_t.openAgain();
        VERIFY_OK(other);
        QCOMPARE(*RevokedDeviceRepository(**other).isRevoked("1A2B"), true);
        const auto all = devices.list();
        VERIFY_OK(all);
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().note, QString("stolen"));
        QCOMPARE(all->first().revokedAt, at(1));
        QCOMPARE(devices.revoke({"", at(1), ""}).code(), StoreError::Code::Invalid);
        QCOMPARE(*devices.revoke({"FF", at(1), QString()}), true); // no note given
    }

    void sessionsEndPerDevice()
    {
        VERIFY_OK(m_t.db->migrate());
        VERIFY_OK(UserRepository(*m_t.db).create(userRecord("u-1", "one")));
        SessionRepository sessions(*m_t.db);
        const SessionRecord onA = sessionOf("u-1", "A1");
        const SessionRecord onB = sessionOf("u-1", "B2");
        VERIFY_OK(sessions.create(onA));
        VERIFY_OK(sessions.create(onB));
        QCOMPARE(*sessions.revokeAllForDevice("A1"), 1);
        QCOMPARE(sessions.findActive(onA.tokenHash).code(), StoreError::Code::NotFound);
        VERIFY_OK(sessions.findActive(onB.tokenHash));
        SessionRecord unbound = sessionOf("u-1", "C3");
        unbound.deviceFingerprint = "CN=laptop"; // a subject is not a fingerprint
        QCOMPARE(sessions.create(unbound).code(), StoreError::Code::Invalid);
    }

    void disabledFlagIsReadWithTheSession()
    {
        VERIFY_OK(m_t.db->migrate());
        UserRepository users(*m_t.db);
        VERIFY_OK(users.create(userRecord("u-1", "one")));
        SessionRepository sessions(*m_t.db);
        const SessionRecord s = sessionOf("u-1", "A1");
        VERIFY_OK(sessions.create(s));
        QVERIFY(!sessions.findActive(s.tokenHash)->userDisabled);
        VERIFY_OK(users.setDisabled("u-1", true));
        QCOMPARE(users.setDisabled("u-1", true).code(), StoreError::Code::NotFound); // already
        QVERIFY(sessions.findActive(s.tokenHash)->userDisabled);
        VERIFY_OK(users.setDisabled("u-1", false));
        QVERIFY(!sessions.findActive(s.tokenHash)->userDisabled);
        QCOMPARE(users.setDisabled("nobody", true).code(), StoreError::Code::NotFound);
    }

    void upgradeEndsSessionsBoundToASubject()
    {
        // A database at version 4, with a live session bound to a subject only.
        for (const Migration &m : Migrations::all()) {
            if (m.version > 4)
                break;
            for (const QString &sql : m.statements)
                VERIFY_OK(m_t.db->exec(sql));
        }
        VERIFY_OK(m_t.db->exec("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description TEXT "
                               "NOT NULL, applied_at BIGINT NOT NULL)"));
        for (int v = 1; v <= 4; ++v)
            VERIFY_OK(m_t.db->exec("INSERT INTO schema_version VALUES (?, 'old', 0)", {v}));
        VERIFY_OK(UserRepository(*m_t.db).create(userRecord("u-1", "one")));
        const QString hash = QString(64, u'e');
        VERIFY_OK(
            m_t.db->exec("INSERT INTO sessions (token_hash, user_id, device_subject, setting, created_at, "
                         "last_seen_at, expires_at, revoked) VALUES (?, 'u-1', 'CN=x', 'safe-room', 0, 0, "
                         "99999999999999, 0)",
                         {hash}));
        {
            auto live = m_t.db->exec("SELECT count(*) FROM sessions WHERE revoked = 0");
            VERIFY_OK(live);
            QVERIFY(live->next());
            QCOMPARE(live->value(0).toInt(), 1);
        }

        VERIFY_OK(m_t.db->migrate());
        QCOMPARE(*m_t.db->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(SessionRepository(*m_t.db).findActive(hash).code(), StoreError::Code::NotFound);
    }

    void sourceGroups_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("group");
        QTest::newRow("IPv4 as it is") << "203.0.113.9"
                                       << "203.0.113.9";
        QTest::newRow("IPv4-mapped IPv6 is the IPv4 address") << "::ffff:203.0.113.9"
                                                              << "203.0.113.9";
        QTest::newRow("IPv6 per /64") << "2001:db8:1:2:aaaa:bbbb:cccc:dddd"
                                      << "2001:db8:1:2::/64";
        QTest::newRow("another host of the same /64") << "2001:DB8:1:2::1"
                                                      << "2001:db8:1:2::/64";
        QTest::newRow("loopback") << "::1"
                                  << "::/64";
    }
    void sourceGroups()
    {
        QFETCH(QString, address);
        QFETCH(QString, group);
        QCOMPARE(SourceThrottle::sourceGroup(address), group);
    }

    void perSourceCountBacksOff()
    {
        VERIFY_OK(m_t.db->migrate());
        // The whole source gets 3 free failures here; one account 100 (so only the source blocks).
        SourceThrottle throttle(*m_t.db, {3, 15 * 60, 60 * 60}, {100, 15 * 60, 60 * 60});
        const QString source = "203.0.113.9";
        for (int i = 1; i <= 3; ++i) {
            const auto s = throttle.recordFailure(source, QString("user%1").arg(i), at(0, i));
            VERIFY_OK(s);
            QVERIFY(!s->blockedUntil.isValid());
        }
        QCOMPARE(throttle.recordFailure(source, "user4", at(0, 10))->blockedUntil, at(0, 11));
        QCOMPARE(throttle.recordFailure(source, "user5", at(0, 20))->blockedUntil, at(0, 22));
        QCOMPARE(throttle.recordFailure(source, "user6", at(0, 30))->blockedUntil, at(0, 34));
        // Any account from that source waits; another source does not.
        QCOMPARE(*throttle.blockedUntil(source, "someone-else", at(0, 33)), at(0, 34));
        QVERIFY(!throttle.blockedUntil(source, "someone-else", at(0, 34))->isValid());
        QVERIFY(!throttle.blockedUntil("198.51.100.1", "user4", at(0, 33))->isValid());
        // A success clears its own account's count, not the source's: the attack of signing in
        // to one's own account between guesses at others no longer resets the back-off.
        VERIFY_OK(throttle.recordSuccess(source, "user1"));
        QCOMPARE(throttle.recordFailure(source, "user7", at(0, 40))->blockedUntil, at(0, 48));
        // An hour after the last failure the count starts again.
        QCOMPARE(throttle.recordFailure(source, "user8", at(59, 0).addSecs(3600))->failures, 1);
    }

    void perAccountCountBlocksThatAccountOnly()
    {
        VERIFY_OK(m_t.db->migrate());
        SourceThrottle throttle(*m_t.db); // defaults: 20 per source, 3 per account
        const QString source = "203.0.113.9";
        for (int i = 1; i <= 3; ++i)
            QVERIFY(!throttle.recordFailure(source, "alice", at(1, i))->blockedUntil.isValid());
        QCOMPARE(throttle.recordFailure(source, "Alice", at(1, 10))->blockedUntil, at(1, 11)); // same account
        QCOMPARE(*throttle.blockedUntil(source, "alice", at(1, 10)), at(1, 11));
        // A colleague in the same safe room (same address) is not slowed down by it.
        QVERIFY(!throttle.blockedUntil(source, "bob", at(1, 10))->isValid());
        // Bob's success does not clear Alice's count.
        VERIFY_OK(throttle.recordSuccess(source, "bob"));
        QCOMPARE(throttle.recordFailure(source, "alice", at(1, 20))->blockedUntil, at(1, 22));
        // Alice's own success does.
        VERIFY_OK(throttle.recordSuccess(source, "alice"));
        QVERIFY(!throttle.blockedUntil(source, "alice", at(1, 20))->isValid());
        QCOMPARE(throttle.recordFailure(source, "alice", at(1, 30))->failures, 1);
    }

    void ipv6SourcesCountPerSlash64()
    {
        VERIFY_OK(m_t.db->migrate());
        SourceThrottle throttle(*m_t.db, {3, 15 * 60, 60 * 60}, {3, 15 * 60, 60 * 60});
        // The attack: one host with a /64 uses a new address for every guess.
        for (int i = 1; i <= 3; ++i)
            VERIFY_OK(throttle.recordFailure(QString("2001:db8:1:2::%1").arg(i), "alice", at(2, i)));
        QCOMPARE(throttle.recordFailure("2001:db8:1:2:ffff::9", "alice", at(2, 10))->blockedUntil, at(2, 11));
        QCOMPARE(*throttle.blockedUntil("2001:db8:1:2:1234::1", "alice", at(2, 10)), at(2, 11));
        // The next /64 is another source.
        QVERIFY(!throttle.blockedUntil("2001:db8:1:3::1", "alice", at(2, 10))->isValid());
    }

private:
    TestDatabase m_t;
};

QTEST_GUILESS_MAIN(TestRevocationStore)
#include "tst_revocationstore.moc"
