// The admin and audit commands, driven through the real srs-clearance-server binary.

#include "PostgresFixture.h"
#include "TestDatabase.h"

#include "crypto/PasswordHasher.h"
#include "crypto/SecretBox.h"
#include "crypto/Totp.h"
#include "store/AuditLog.h"

#include <QDate>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace srs;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestAdminCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void addUserPrintsSecretAndSealsIt();
    void addUserReadsPasswordFromStdin();
    void badArgumentsChangeNothing_data();
    void badArgumentsChangeNothing();
    void failuresChangeNothing();
    void everyChangeAppendsAnAuditEvent();
    void revocationCommandsPrintAndAudit();
    void accountCommandsSharedWithTheClient();
    void dataOwnersAndTheProjectRegister();
    void seedDemoBuildsTheDemoWorld();
    void seedDemoRefusesAPopulatedDatabase();
    void auditVerifyNamesTheFirstBadEvent_data();
    void auditVerifyNamesTheFirstBadEvent();
    void auditVerifyNamesEveryBadEvent();
    void auditRewriteWithoutTheKeyIsCaught();
    void auditHeadIsPublishedAndExpected();
    void subcommandsAreDispatchedAlike_data();
    void subcommandsAreDispatchedAlike();

private:
    Run run(QStringList arguments, const QByteArray &input = {});
    QVariant scalar(const QString &sql, const QVariantList &params = {});
    bool exec(const QString &sql, const QVariantList &params = {});
    qint64 auditCount() { return scalar("SELECT count(*) FROM audit_events").toLongLong(); }
    QString lastAction()
    {
        return scalar("SELECT action FROM audit_events ORDER BY seq DESC LIMIT 1").toString();
    }
    QSqlDatabase connection();
    void addDatasets(int count);
    QString auditKeyFile() const;
    bool rewriteChainWithoutTheKey(qint64 from);

    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_storage; // --data-dir DIR or --config FILE
    QString m_pgDatabase;
    int m_connectionCounter = 0;
};

void TestAdminCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    if (testing::testBackend() == store::DatabaseConfig::Backend::Sqlite) {
        m_storage = {"--data-dir", m_dir->path()};
        return;
    }
    testing::PostgresFixture &pg = testing::PostgresFixture::shared();
    QVERIFY2(pg.start(), qPrintable(pg.errorString()));
    m_pgDatabase = pg.createDatabase();
    QVERIFY2(!m_pgDatabase.isEmpty(), qPrintable(pg.errorString()));
    const QString config = m_dir->filePath("config.json");
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        QStringLiteral("{\"data_dir\": \"%1\", \"database\": {\"backend\": \"postgres\", \"host\": \"%2\", "
                       "\"port\": %3, \"name\": \"%4\", \"user\": \"postgres\"}}")
            .arg(m_dir->filePath("data"), pg.socketDirectory())
            .arg(pg.port())
            .arg(m_pgDatabase)
            .toUtf8());
    file.close();
    m_storage = {"--config", config};
}

void TestAdminCli::cleanup()
{
    m_dir.reset();
}

Run TestAdminCli::run(QStringList arguments, const QByteArray &input)
{
    arguments += m_storage;
    QProcess process;
    process.start(QStringLiteral(SRS_SERVER_BINARY), arguments);
    Run r;
    if (!process.waitForStarted(30000))
        return r;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(300000)) {
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

QSqlDatabase TestAdminCli::connection()
{
    const QString name = QStringLiteral("tst_admincli_%1").arg(++m_connectionCounter);
    if (testing::testBackend() == store::DatabaseConfig::Backend::Sqlite) {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", name);
        db.setDatabaseName(QDir(m_dir->path()).filePath("clearance.sqlite3"));
        db.open();
        return db;
    }
    testing::PostgresFixture &pg = testing::PostgresFixture::shared();
    QSqlDatabase db = QSqlDatabase::addDatabase("QPSQL", name);
    db.setHostName(pg.socketDirectory());
    db.setPort(pg.port());
    db.setUserName(testing::PostgresFixture::superuser());
    db.setDatabaseName(m_pgDatabase);
    db.open();
    return db;
}

QVariant TestAdminCli::scalar(const QString &sql, const QVariantList &params)
{
    QVariant value;
    QString name;
    {
        QSqlDatabase db = connection();
        name = db.connectionName();
        QSqlQuery q(db);
        q.prepare(sql);
        for (const QVariant &p : params)
            q.addBindValue(p);
        if (q.exec() && q.next())
            value = q.value(0);
        else
            qWarning() << sql << q.lastError().text();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

bool TestAdminCli::exec(const QString &sql, const QVariantList &params)
{
    bool ok = false;
    QString name;
    {
        QSqlDatabase db = connection();
        name = db.connectionName();
        QSqlQuery q(db);
        q.prepare(sql);
        for (const QVariant &p : params)
            q.addBindValue(p);
        ok = q.exec();
        if (!ok)
            qWarning() << sql << q.lastError().text();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

void TestAdminCli::addDatasets(int count)
{
    for (int i = 1; i <= count; ++i) {
        const Run r = run({"admin", "add-dataset", QStringLiteral("DS-%1").arg(i), "--name",
                           QStringLiteral("Dataset %1").arg(i), "--owner", "ONS", "--access", "remote"});
        QCOMPARE(r.exitCode, 0);
    }
}

void TestAdminCli::addUserPrintsSecretAndSealsIt()
{
    const Run r = run({"admin", "add-user", "asha.patel", "--name", "Asha Patel", "--email",
                       "asha@example.org", "--role", "researcher", "--role", "output-checker"});
    QCOMPARE(r.exitCode, 0);
    const auto secretMatch = QRegularExpression("TOTP secret:\\s+([A-Z2-7]{32})\\n").match(r.out);
    QVERIFY2(secretMatch.hasMatch(), qPrintable(r.out));
    const QString secret = secretMatch.captured(1);
    QVERIFY(r.out.contains("otpauth://totp/SRS:asha.patel?secret=" + secret));
    QVERIFY(r.out.contains("issuer=SRS"));
    const auto passwordMatch = QRegularExpression("initial password:\\s+(\\S{23})\\n").match(r.out);
    QVERIFY2(passwordMatch.hasMatch(), qPrintable(r.out));

    const QString userId = scalar("SELECT id FROM users WHERE username = 'asha.patel'").toString();
    QVERIFY(!userId.isEmpty());
    QCOMPARE(scalar("SELECT roles FROM users WHERE id = ?", {userId}).toString(),
             "researcher,output-checker");
    const QString stored = scalar("SELECT totp_secret FROM users WHERE id = ?", {userId}).toString();
    QVERIFY2(stored.startsWith("v1:"), qPrintable(stored));
    QVERIFY(!stored.contains(secret));
    const QString hash = scalar("SELECT password_hash FROM users WHERE id = ?", {userId}).toString();
    QVERIFY(hash.startsWith("$argon2id$"));
    QVERIFY(crypto::PasswordHasher().verify(passwordMatch.captured(1).toUtf8(), hash.toLatin1()));

    // The sealed secret opens with the server's key under exactly "totp:" + user id.
    QString keyPath = QDir(m_dir->path()).filePath("secrets.key");
    if (testing::testBackend() == store::DatabaseConfig::Backend::Postgres)
        keyPath = QDir(m_dir->filePath("data")).filePath("secrets.key");
    QFile keyFile(keyPath);
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const crypto::SecretBox box(crypto::SecureBuffer::fromBytes(keyFile.readAll()));
    const auto opened = box.open(stored.toLatin1(), ("totp:" + userId).toUtf8());
    QVERIFY(opened.has_value());
    const auto expected = crypto::base32Decode(secret.toLatin1());
    QVERIFY(expected.has_value());
    QVERIFY(*opened == *expected);
    QVERIFY(!box.open(stored.toLatin1(), QByteArray("totp:someone-else")).has_value());

    QCOMPARE(auditCount(), 1);
    QCOMPARE(lastAction(), "user.created");
    const QString details = scalar("SELECT details FROM audit_events WHERE seq = 1").toString();
    QVERIFY(!details.contains(secret));
    QVERIFY(!details.contains(passwordMatch.captured(1)));
}

void TestAdminCli::addUserReadsPasswordFromStdin()
{
    const Run tooShort = run(
        {"admin", "add-user", "tom", "--name", "Tom", "--role", "researcher", "--password-stdin"}, "short\n");
    QCOMPARE(tooShort.exitCode, 2);
    QVERIFY(tooShort.err.contains("--password-stdin"));

    const Run r =
        run({"admin", "add-user", "tom", "--name", "Tom", "--role", "researcher", "--password-stdin"},
            "correct horse battery staple\n");
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.contains("initial password"));
    QVERIFY(r.out.contains("TOTP secret:"));
    const QString hash = scalar("SELECT password_hash FROM users WHERE username = 'tom'").toString();
    QVERIFY(crypto::PasswordHasher().verify("correct horse battery staple", hash.toLatin1()));
}

void TestAdminCli::badArgumentsChangeNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");

    QTest::newRow("unknown role") << QStringList{"add-user", "bob", "--name", "Bob", "--role", "wizard"}
                                  << "--role";
    QTest::newRow("no role") << QStringList{"add-user", "bob", "--name", "Bob"} << "--role";
    QTest::newRow("no name") << QStringList{"add-user", "bob", "--role", "researcher"} << "--name";
    QTest::newRow("bad username") << QStringList{"add-user", "Bob Smith", "--name",
                                                 "Bob",      "--role",    "researcher"}
                                  << "USERNAME";
    QTest::newRow("unknown option") << QStringList{"add-user", "bob", "--name", "Bob", "--colour", "red"}
                                    << "colour";
    QTest::newRow("missing username")
        << QStringList{"add-user", "--name", "Bob", "--role", "researcher"} << "USERNAME";
    QTest::newRow("bad kind") << QStringList{"set-accreditation", "asha",   "--kind",
                                             "honorary",          "--from", "2026-01-01"}
                              << "--kind";
    QTest::newRow("bad date") << QStringList{"set-accreditation", "asha", "--kind", "full", "--from",
                                             "2026-13-01"}
                              << "--from";
    QTest::newRow("to before from") << QStringList{"set-accreditation", "asha", "--kind",    "full", "--from",
                                                   "2026-05-01",        "--to", "2026-04-01"}
                                    << "--to";
    QTest::newRow("bad range") << QStringList{"add-organisation", "Acme",    "--agreement-until",
                                              "2027-01-01",       "--range", "10.0.0.1/8"}
                               << "--range";
    QTest::newRow("bad range kind") << QStringList{"add-organisation", "Acme",    "--agreement-until",
                                                   "2027-01-01",       "--range", "10.0.0.0/8,home"}
                                    << "--range";
    QTest::newRow("no network") << QStringList{"add-site", "Room"} << "--network";
    QTest::newRow("end before start")
        << QStringList{"add-project", "P-1",     "--title",    "T",     "--lead",
                       "asha",        "--start", "2026-05-01", "--end", "2026-01-01"}
        << "--end";
    QTest::newRow("bad project id") << QStringList{"add-project", "../etc",    "--title", "T",
                                                   "--lead",      "asha",      "--start", "2026-01-01",
                                                   "--end",       "2026-05-01"}
                                    << "ID";
    QTest::newRow("bad project status") << QStringList{"set-project-status", "P-1", "finished"} << "STATUS";
    QTest::newRow("bad member role") << QStringList{"add-member", "P-1", "asha", "--role", "owner"}
                                     << "--role";
    QTest::newRow("missing member") << QStringList{"add-member", "P-1", "--role", "member"} << "USERNAME";
    QTest::newRow("bad access") << QStringList{"add-dataset", "D1", "--name",   "N",
                                               "--owner",     "O",  "--access", "everywhere"}
                                << "--access";
    QTest::newRow("extra argument") << QStringList{"map-dataset", "P-1", "D1", "D2"} << "D2";
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << "frobnicate";
}

void TestAdminCli::badArgumentsChangeNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    addDatasets(1);
    const qint64 before = auditCount();
    QCOMPARE(before, 1);

    const Run r = run(QStringList{"admin"} + arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(named), qPrintable(r.err));
    QCOMPARE(auditCount(), before);
    QCOMPARE(scalar("SELECT count(*) FROM users").toLongLong(), 0);
}

void TestAdminCli::failuresChangeNothing()
{
    addDatasets(1);
    QCOMPARE(run({"admin", "add-user", "asha", "--name", "Asha", "--role", "researcher"}).exitCode, 0);
    const qint64 before = auditCount();

    Run r = run({"admin", "add-user", "asha", "--name", "Asha again", "--role", "researcher"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("already exists"));
    r = run({"admin", "add-member", "P-404", "asha", "--role", "member"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("no project \"P-404\""));
    r = run({"admin", "set-accreditation", "nobody", "--kind", "full", "--from", "2026-01-01"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("no user \"nobody\""));
    r = run({"admin", "revoke-accreditation", "asha"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("no accreditation"));
    r = run({"admin", "add-dataset", "DS-1", "--name", "Again", "--owner", "ONS", "--access", "remote"});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(auditCount(), before);
}

void TestAdminCli::everyChangeAppendsAnAuditEvent()
{
    struct Step
    {
        QStringList arguments;
        QString action;
    };
    const QList<Step> steps = {
        {{"add-user", "asha", "--name", "Asha Patel", "--role", "researcher"}, "user.created"},
        {{"add-user", "tom", "--name", "Tom Hughes", "--role", "researcher"}, "user.created"},
        {{"set-accreditation", "asha", "--kind", "full", "--from", "2026-01-01"}, "user.accreditation-set"},
        {{"set-accreditation", "tom", "--kind", "provisional", "--from", "2026-02-01", "--to", "2026-12-31"},
         "user.accreditation-set"},
        {{"add-organisation", "Demo University", "--agreement-until", "2027-06-30", "--range", "127.0.0.0/8",
          "--range", "10.1.0.0/16,office"},
         "organisation.created"},
        {{"add-site", "Demo Safe Room", "--network", "127.0.0.0/8"}, "site.created"},
        {{"add-project", "P-2026-001", "--title", "Commuting and health", "--lead", "asha", "--start",
          "2026-01-01", "--end", "2027-12-31", "--home-working"},
         "project.created"},
        {{"add-member", "P-2026-001", "tom", "--role", "member"}, "project.member-added"},
        {{"add-dataset", "DS-LFS", "--name", "Labour Force Survey", "--owner", "ONS", "--access", "remote"},
         "dataset.created"},
        {{"add-dataset", "DS-CEN", "--name", "Census", "--owner", "ONS", "--access", "safe-room-only"},
         "dataset.created"},
        {{"map-dataset", "P-2026-001", "DS-LFS"}, "project.dataset-mapped"},
        {{"set-project-status", "P-2026-001", "suspended"}, "project.status-changed"},
        {{"revoke-accreditation", "tom"}, "user.accreditation-revoked"},
        {{"revoke-cache-share", "tom"}, "user.cache-shares-revoked"},
    };
    qint64 expected = 0;
    for (const Step &step : steps) {
        const Run r = run(QStringList{"admin"} + step.arguments);
        QVERIFY2(r.exitCode == 0, qPrintable(step.arguments.join(' ') + ": " + r.err));
        ++expected;
        QCOMPARE(auditCount(), expected);
        QCOMPARE(lastAction(), step.action);
        QCOMPARE(scalar("SELECT actor FROM audit_events ORDER BY seq DESC LIMIT 1").toString(), "admin-cli");
    }

    QCOMPARE(scalar("SELECT status FROM projects WHERE id = 'P-2026-001'").toString(), "suspended");
    QCOMPARE(scalar("SELECT home_working_approved FROM projects WHERE id = 'P-2026-001'").toInt(), 1);
    QCOMPARE(scalar("SELECT count(*) FROM project_members WHERE project_id = 'P-2026-001'").toInt(), 2);
    QCOMPARE(scalar("SELECT kind FROM organisation_ranges WHERE cidr = '10.1.0.0/16'").toString(), "office");
    QCOMPARE(scalar("SELECT kind FROM organisation_ranges WHERE cidr = '127.0.0.0/8'").toString(),
             "remote-access");
    QCOMPARE(scalar("SELECT access FROM datasets WHERE id = 'DS-CEN'").toString(), "safe-room-only");
    QCOMPARE(scalar("SELECT valid_to FROM accreditations a JOIN users u ON u.id = a.user_id "
                    "WHERE u.username = 'asha'")
                 .toString(),
             "2030-12-31");

    // Re-running an idempotent change writes nothing.
    QCOMPARE(run({"admin", "map-dataset", "P-2026-001", "DS-LFS"}).exitCode, 0);
    QCOMPARE(auditCount(), expected);

    // A status change keeps its reason; completed is final.
    QCOMPARE(run({"admin", "set-project-status", "P-2026-001", "completed", "--reason", "Final report in"})
                 .exitCode,
             0);
    ++expected;
    QCOMPARE(lastAction(), "project.status-changed");
    QVERIFY(scalar("SELECT details FROM audit_events ORDER BY seq DESC LIMIT 1")
                .toString()
                .contains("Final report in"));
    const Run reopen = run({"admin", "set-project-status", "P-2026-001", "active"});
    QVERIFY(reopen.exitCode != 0);
    QVERIFY2(reopen.err.contains("completed"), qPrintable(reopen.err));
    QCOMPARE(auditCount(), expected);
    QCOMPARE(scalar("SELECT status FROM projects WHERE id = 'P-2026-001'").toString(), "completed");

    const Run users = run({"admin", "list-users"});
    QCOMPARE(users.exitCode, 0);
    QVERIFY(users.out.contains("asha"));
    QVERIFY(users.out.contains("provisional, revoked"));

    const Run verify = run({"audit", "verify"});
    QCOMPARE(verify.exitCode, 0);
    QVERIFY(verify.out.contains(QStringLiteral("audit chain intact: %1 events").arg(expected)));

    const Run list = run({"audit", "list", "--after", "2", "--limit", "3"});
    QCOMPARE(list.exitCode, 0);
    const QStringList lines = list.out.split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith("{") && lines.at(0).contains("\"seq\":3"));
    QVERIFY(lines.at(2).contains("\"seq\":5"));
    QCOMPARE(run({"audit", "list", "--limit", "zero"}).exitCode, 2);
}

// An owning organisation that requires approval: mapping its dataset makes a request instead; the
// data-access register is written as CSV (formula cells made text) and JSON.
void TestAdminCli::dataOwnersAndTheProjectRegister()
{
    const QList<QStringList> steps = {
        {"add-user", "asha", "--name", "Asha Patel", "--role", "researcher"},
        {"add-user", "grace", "--name", "Grace Morgan", "--role", "researcher"},
        {"add-project", "P-1", "--title", "Commuting", "--lead", "asha", "--start", "2026-01-01", "--end",
         "2027-12-31", "--purpose", "=HYPERLINK(\"http://x\")", "--lead-organisation", "Demo University"},
        {"add-dataset", "DS-NHP", "--name", "Household panel", "--owner", "Trust", "--access", "remote"},
        {"add-data-owner", "own-trust", "--name", "Panel Trust", "--requires-approval", "--approvals", "2"},
        {"set-dataset-owner", "DS-NHP", "own-trust"},
        {"set-data-owner", "grace", "own-trust"},
    };
    for (const QStringList &step : steps) {
        const Run r = run(QStringList{"admin"} + step);
        QVERIFY2(r.exitCode == 0, qPrintable(step.join(' ') + ": " + r.err));
    }
    QCOMPARE(lastAction(), "data-owner.approver-set");
    QCOMPARE(scalar("SELECT roles FROM users WHERE username = 'grace'").toString(), "researcher,data-owner");
    QCOMPARE(scalar("SELECT owner FROM datasets WHERE id = 'DS-NHP'").toString(), "Panel Trust");
    QCOMPARE(run({"admin", "add-data-owner", "own-x", "--name", "X", "--approvals", "0"}).exitCode, 2);
    QCOMPARE(run({"admin", "set-data-owner", "grace", "own-none"}).exitCode, 1);

    const Run mapped = run({"admin", "map-dataset", "P-1", "DS-NHP"});
    QVERIFY2(mapped.exitCode == 0, qPrintable(mapped.err));
    QVERIFY2(mapped.out.contains("approval request"), qPrintable(mapped.out));
    QCOMPARE(lastAction(), "dataset-approval.requested");
    QCOMPARE(scalar("SELECT count(*) FROM project_datasets WHERE project_id = 'P-1'").toInt(), 0);
    QCOMPARE(scalar("SELECT state FROM dataset_approvals WHERE project_id = 'P-1'").toString(), "pending");
    QCOMPARE(scalar("SELECT approvals_needed FROM dataset_approvals WHERE project_id = 'P-1'").toInt(), 2);
    // Asking again makes no second request.
    QCOMPARE(run({"admin", "map-dataset", "P-1", "DS-NHP"}).exitCode, 0);
    QCOMPARE(scalar("SELECT count(*) FROM dataset_approvals").toInt(), 1);

    const Run csv = run({"register", "projects", "--format", "csv"});
    QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
    const QStringList lines = csv.out.split("\r\n", Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith("project_id,project_title,purpose,lead_organisation"));
    // A formula is made text; the dataset waiting for approval is not on the register.
    QVERIFY2(lines.at(1).contains("\"'=HYPERLINK(\"\"http://x\"\")\",Demo University"),
             qPrintable(lines.at(1)));
    QVERIFY(!lines.at(1).contains("DS-NHP"));
    const Run json = run({"register", "projects", "--format", "json"});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray projects = QJsonDocument::fromJson(json.out.toUtf8()).object()["projects"].toArray();
    QCOMPARE(projects.size(), 1);
    QCOMPARE(projects.at(0)["lead_organisation"].toString(), "Demo University");
    QVERIFY(!json.out.contains("Grace") && !json.out.contains("Asha"));
}

void TestAdminCli::revocationCommandsPrintAndAudit()
{
    QCOMPARE(run({"admin", "add-user", "tom", "--name", "Tom Hughes", "--role", "researcher"}).exitCode, 0);
    const qint64 before = auditCount();
    Run r = run({"admin", "disable-user", "tom"});
    QVERIFY2(r.exitCode == 0 && r.out.contains("Disabled tom"), qPrintable(r.out + r.err));
    QCOMPARE(lastAction(), "user.disabled");
    QCOMPARE(scalar("SELECT disabled FROM users WHERE username = 'tom'").toInt(), 1);
    r = run({"admin", "disable-user", "tom"}); // already: nothing written
    QVERIFY2(r.exitCode == 0 && r.out.contains("already disabled"), qPrintable(r.out));
    QCOMPARE(auditCount(), before + 1);
    r = run({"admin", "end-sessions", "tom"});
    QVERIFY2(r.exitCode == 0 && r.out.contains("Ended 0 session(s) of tom."), qPrintable(r.out + r.err));
    QCOMPARE(lastAction(), "user.sessions-ended");
    r = run({"admin", "enable-user", "tom"});
    QVERIFY2(r.exitCode == 0 && r.out.contains("Enabled tom"), qPrintable(r.out + r.err));
    QCOMPARE(lastAction(), "user.enabled");
    QCOMPARE(scalar("SELECT disabled FROM users WHERE username = 'tom'").toInt(), 0);
    r = run({"admin", "revoke-device", "0x00:1a:2B", "--note", "stolen"});
    QVERIFY2(r.exitCode == 0 && r.out.contains("serial 1A2B"), qPrintable(r.out + r.err));
    QCOMPARE(lastAction(), "device.revoked");
    QCOMPARE(scalar("SELECT note FROM revoked_devices WHERE serial = '1A2B'").toString(), "stolen");
    r = run({"admin", "revoke-device", "1a2b"});
    QVERIFY2(r.exitCode == 0 && r.out.contains("already revoked"), qPrintable(r.out));
    QCOMPARE(auditCount(), before + 4);
    QCOMPARE(run({"admin", "revoke-device", "not-hex"}).exitCode, 2);
    r = run({"admin", "disable-user", "nobody"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("no user \"nobody\""), qPrintable(r.err));
    QCOMPARE(auditCount(), before + 4);
    QCOMPARE(run({"audit", "verify"}).exitCode, 0);
}

// The commands added with the administrators' routes, through the same service.
void TestAdminCli::accountCommandsSharedWithTheClient()
{
    QCOMPARE(run({"admin", "add-user", "tom", "--name", "Tom Hughes", "--role", "researcher"}).exitCode, 0);
    QCOMPARE(run({"admin", "add-user", "asha", "--name", "Asha", "--role", "researcher"}).exitCode, 0);
    QCOMPARE(run({"admin", "add-project", "P-1", "--title", "T", "--lead", "asha", "--start", "2026-01-01",
                  "--end", "2027-01-01"})
                 .exitCode,
             0);
    Run r = run({"admin", "set-roles", "tom", "--role", "researcher", "--role", "output-checker"});
    QVERIFY2(r.exitCode == 0 && r.out.contains("researcher,output-checker"), qPrintable(r.out + r.err));
    QCOMPARE(lastAction(), "user.roles-changed");
    QCOMPARE(run({"admin", "set-roles", "tom", "--role", "king"}).exitCode, 2);

    const QString sealedBefore = scalar("SELECT totp_secret FROM users WHERE username = 'tom'").toString();
    r = run({"admin", "reset-totp", "tom", "--reason", "phone lost"});
    QVERIFY2(r.exitCode == 0 && r.out.contains("otpauth://totp/SRS:tom?secret="), qPrintable(r.out + r.err));
    QCOMPARE(lastAction(), "user.totp-reset");
    QVERIFY(scalar("SELECT totp_secret FROM users WHERE username = 'tom'").toString() != sealedBefore);
    const QString secret = QRegularExpression("TOTP secret: +([A-Z2-7]+)").match(r.out).captured(1);
    QVERIFY(!secret.isEmpty());
    QVERIFY(
        !scalar("SELECT details FROM audit_events ORDER BY seq DESC LIMIT 1").toString().contains(secret));
    QVERIFY(scalar("SELECT details FROM audit_events ORDER BY seq DESC LIMIT 1")
                .toString()
                .contains("phone lost"));

    QCOMPARE(run({"admin", "add-member", "P-1", "tom", "--role", "member"}).exitCode, 0);
    r = run({"admin", "remove-member", "P-1", "tom"});
    QVERIFY2(r.exitCode == 0 && r.out.contains("no longer on P-1"), qPrintable(r.out + r.err));
    QCOMPARE(lastAction(), "project.member-removed");
    r = run({"admin", "remove-member", "P-1", "asha"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("leads the project"), qPrintable(r.err));
    QCOMPARE(run({"audit", "verify"}).exitCode, 0);
}

void TestAdminCli::seedDemoBuildsTheDemoWorld()
{
    const Run r = run({"admin", "--seed-demo"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains("DEMO ONLY"));
    QVERIFY(r.out.contains("oathtool --totp -b"));
    const QStringList personas = {"asha.patel",   "tom.hughes",   "eleanor.wright",
                                  "megan.davies", "james.okafor", "fiona.campbell",
                                  "daniel.reid",  "priya.shah",   "grace.morgan"};
    for (const QString &username : personas) {
        QVERIFY2(QRegularExpression("\\n" + QRegularExpression::escape(username) + " +demo-" +
                                    QRegularExpression::escape(username) + " +[A-Z2-7]{32} ")
                     .match(r.out)
                     .hasMatch(),
                 qPrintable(username));
        QCOMPARE(scalar("SELECT count(*) FROM users WHERE username = ?", {username}).toInt(), 1);
    }
    QCOMPARE(scalar("SELECT count(*) FROM users").toInt(), personas.size());

    // The printed credentials are the stored ones.
    const QString hash = scalar("SELECT password_hash FROM users WHERE username = 'asha.patel'").toString();
    QVERIFY(crypto::PasswordHasher().verify("demo-asha.patel", hash.toLatin1()));
    QVERIFY(
        scalar("SELECT totp_secret FROM users WHERE username = 'asha.patel'").toString().startsWith("v1:"));

    QCOMPARE(scalar("SELECT count(*) FROM sites WHERE name = 'Demo Safe Room'").toInt(), 1);
    QCOMPARE(
        scalar("SELECT r.kind FROM organisation_ranges r JOIN organisations o ON o.id = r.organisation_id "
               "WHERE o.name = 'Demo University' AND r.cidr = '127.0.0.0/8'")
            .toString(),
        "remote-access");
    QCOMPARE(scalar("SELECT count(*) FROM organisations").toInt(), 2);
    QCOMPARE(scalar("SELECT count(*) FROM projects").toInt(), 4);
    QCOMPARE(scalar("SELECT count(*) FROM projects WHERE status = 'completed'").toInt(), 1);
    QCOMPARE(scalar("SELECT count(*) FROM projects WHERE home_working_approved = 1").toInt(), 1);
    QCOMPARE(scalar("SELECT count(*) FROM projects p JOIN project_datasets pd ON pd.project_id = p.id "
                    "JOIN datasets d ON d.id = pd.dataset_id WHERE d.access = 'safe-room-only'")
                 .toInt(),
             1);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    QCOMPARE(scalar("SELECT count(*) FROM projects WHERE status = 'active' AND end_date <= ?",
                    {QDate::currentDate().addDays(30).toString(Qt::ISODate)})
                 .toInt(),
             1);
    // Accreditation: full, provisional (with a supervisor on the same project), expired.
    QCOMPARE(scalar("SELECT a.kind FROM accreditations a JOIN users u ON u.id = a.user_id "
                    "WHERE u.username = 'tom.hughes'")
                 .toString(),
             "provisional");
    QVERIFY(scalar("SELECT a.valid_to FROM accreditations a JOIN users u ON u.id = a.user_id "
                   "WHERE u.username = 'james.okafor'")
                .toString() < today);
    QCOMPARE(scalar("SELECT pm.role FROM project_members pm JOIN users u ON u.id = pm.user_id "
                    "WHERE u.username = 'eleanor.wright' AND pm.project_id = 'P-2026-001'")
                 .toString(),
             "supervisor");
    // The home-working persona still owes both declarations; the others signed.
    QCOMPARE(scalar("SELECT count(*) FROM declarations d JOIN users u ON u.id = d.user_id "
                    "WHERE u.username = 'asha.patel'")
                 .toInt(),
             0);
    QCOMPARE(scalar("SELECT count(*) FROM users WHERE roles = 'output-checker'").toInt(), 2);

    // Workspaces: a few hundred files per project, indexed.
    const QString workspaces = testing::testBackend() == store::DatabaseConfig::Backend::Sqlite
                                   ? m_dir->filePath("workspaces")
                                   : m_dir->filePath("data/workspaces");
    for (const QString &project : QStringList{"P-2026-001", "P-2026-002", "P-2025-031", "P-2023-007"}) {
        int files = 0;
        QDirIterator it(QDir(workspaces).filePath(project), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            // The panel's extract is indexed only where its owner has approved the project.
            if (it.next().contains("/datasets/DS-NHP-WAVES/") && project != "P-2026-001")
                continue;
            ++files;
        }
        QVERIFY2(files >= 200, qPrintable(QStringLiteral("%1: %2 files").arg(project).arg(files)));
        QCOMPARE(
            scalar("SELECT count(*) FROM workspace_entries WHERE project_id = ? AND type = 'file'", {project})
                .toInt(),
            files);
        QVERIFY(scalar("SELECT workspace_revision FROM projects WHERE id = ?", {project}).toLongLong() >= 1);
    }
    QVERIFY(QFile::exists(QDir(workspaces).filePath("P-2026-001/outputs/tables/table_01_by_region.csv")));
    QVERIFY(QFile::exists(QDir(workspaces).filePath("P-2026-001/code/R/01_load_extract.R")));
    // The submission demo: a table with a small cell and its counts.
    QVERIFY(QFile::exists(QDir(workspaces).filePath("P-2026-001/outputs/income_by_region.csv")));
    QVERIFY(QFile::exists(QDir(workspaces).filePath("P-2026-001/outputs/income_by_region_counts.csv")));

    // Data owners: the trust requires approval; P-2026-001 is approved (its extract indexed),
    // P-2026-002's request waits for grace.morgan (its extract not indexed).
    QCOMPARE(scalar("SELECT requires_approval FROM data_owners WHERE id = 'own-northern-panel'").toInt(), 1);
    QCOMPARE(scalar("SELECT m.owner_id FROM data_owner_members m JOIN users u ON u.id = m.user_id "
                    "WHERE u.username = 'grace.morgan'")
                 .toString(),
             "own-northern-panel");
    QCOMPARE(scalar("SELECT state FROM dataset_approvals WHERE project_id = 'P-2026-001'").toString(),
             "approved");
    QCOMPARE(scalar("SELECT state FROM dataset_approvals WHERE project_id = 'P-2026-002'").toString(),
             "pending");
    QCOMPARE(scalar("SELECT count(*) FROM project_datasets WHERE dataset_id = 'DS-NHP-WAVES'").toInt(), 1);
    QCOMPARE(scalar("SELECT count(*) FROM workspace_entries WHERE project_id = 'P-2026-001' AND "
                    "path LIKE 'datasets/DS-NHP-WAVES/%'")
                 .toInt(),
             2);
    QCOMPARE(scalar("SELECT count(*) FROM workspace_entries WHERE project_id = 'P-2026-002' AND "
                    "path LIKE 'datasets/DS-NHP-WAVES%'")
                 .toInt(),
             0);
    QCOMPARE(scalar("SELECT count(*) FROM projects WHERE purpose = '' OR lead_organisation = ''").toInt(), 0);

    const Run verify = run({"audit", "verify"});
    QCOMPARE(verify.exitCode, 0);
    QVERIFY(verify.out.contains("audit chain intact"));

    // A second run changes nothing and says so.
    const qint64 events = auditCount();
    const Run again = run({"admin", "--seed-demo"});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains("already seeded"));
    QCOMPARE(auditCount(), events);
}

void TestAdminCli::seedDemoRefusesAPopulatedDatabase()
{
    QCOMPARE(run({"admin", "add-user", "someone", "--name", "Some One", "--role", "administrator"}).exitCode,
             0);
    const Run r = run({"admin", "--seed-demo"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("refused"));
    QCOMPARE(scalar("SELECT count(*) FROM users").toInt(), 1);
    QCOMPARE(auditCount(), 1);
}

void TestAdminCli::auditVerifyNamesTheFirstBadEvent_data()
{
    QTest::addColumn<QString>("tampering");
    QTest::addColumn<qint64>("badSeq");
    QTest::newRow("details altered") << "alter" << qint64(3);
    QTest::newRow("row removed") << "delete" << qint64(3);
    QTest::newRow("rows swapped") << "swap" << qint64(3);
    QTest::newRow("last row removed") << "delete-last" << qint64(6);
}

void TestAdminCli::auditVerifyNamesTheFirstBadEvent()
{
    QFETCH(QString, tampering);
    QFETCH(qint64, badSeq);
    addDatasets(6);
    QCOMPARE(run({"audit", "verify"}).exitCode, 0);

    if (tampering == "alter") {
        QVERIFY(
            exec("UPDATE audit_events SET details = ? WHERE seq = 3", {"{\"title\":\"Something else\"}"}));
    } else if (tampering == "delete") {
        QVERIFY(exec("DELETE FROM audit_events WHERE seq = 3"));
    } else if (tampering == "delete-last") {
        QVERIFY(exec("DELETE FROM audit_events WHERE seq = 6"));
    } else {
        // Swap the contents of events 3 and 4, keeping their sequence numbers.
        QVERIFY(exec("UPDATE audit_events SET seq = -3 WHERE seq = 3"));
        QVERIFY(exec("UPDATE audit_events SET seq = 3 WHERE seq = 4"));
        QVERIFY(exec("UPDATE audit_events SET seq = 4 WHERE seq = -3"));
    }
    const Run r = run({"audit", "verify"});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QStringLiteral("event %1").arg(badSeq)), qPrintable(r.err));
}

QString TestAdminCli::auditKeyFile() const
{
    return testing::testBackend() == store::DatabaseConfig::Backend::Sqlite
               ? m_dir->filePath("audit.key")
               : m_dir->filePath("data/audit.key");
}

// What someone with write access to the database, but not the audit key file, can do:
// recompute plain SHA-256 hashes from event `from` on, and the head row to match.
bool TestAdminCli::rewriteChainWithoutTheKey(qint64 from)
{
    QString prev = scalar("SELECT hash FROM audit_events WHERE seq = ?", {from - 1}).toString();
    const qint64 last = scalar("SELECT max(seq) FROM audit_events").toLongLong();
    for (qint64 seq = from; seq <= last; ++seq) {
        store::AuditEvent e;
        e.seq = seq;
        e.occurredAt = QDateTime::fromMSecsSinceEpoch(
            scalar("SELECT occurred_at FROM audit_events WHERE seq = ?", {seq}).toLongLong(), Qt::UTC);
        e.actor = scalar("SELECT actor FROM audit_events WHERE seq = ?", {seq}).toString();
        e.action = scalar("SELECT action FROM audit_events WHERE seq = ?", {seq}).toString();
        e.subject = scalar("SELECT subject FROM audit_events WHERE seq = ?", {seq}).toString();
        const QByteArray details =
            scalar("SELECT details FROM audit_events WHERE seq = ?", {seq}).toString().toUtf8();
        const QString hash = store::AuditLog::chainHash(prev, e, details);
        if (!exec("UPDATE audit_events SET prev_hash = ?, hash = ? WHERE seq = ?", {prev, hash, seq}))
            return false;
        prev = hash;
    }
    return exec("UPDATE audit_head SET last_hash = ? WHERE id = 1", {prev});
}

void TestAdminCli::auditVerifyNamesEveryBadEvent()
{
    addDatasets(8);
    QVERIFY(exec("UPDATE audit_events SET details = ? WHERE seq = 2", {"{\"title\":\"Something else\"}"}));
    QVERIFY(exec("UPDATE audit_events SET actor = ? WHERE seq = 5", {"mallory"}));
    QVERIFY(exec("DELETE FROM audit_events WHERE seq = 7"));
    const Run r = run({"audit", "verify"});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("audit chain BROKEN at event 2: Audit event 2 was altered"), qPrintable(r.err));
    QVERIFY2(r.err.contains("audit chain BROKEN at event 5: Audit event 5 was altered"), qPrintable(r.err));
    QVERIFY2(r.err.contains("audit chain BROKEN at event 7: Audit event 7 is missing"), qPrintable(r.err));
    QVERIFY2(r.err.contains("3 bad events of 7 checked"), qPrintable(r.err));
    QCOMPARE(r.err.count("BROKEN at event"), 3);
}

// The audit key file is made private on first start, and a database writer without it cannot
// rewrite the chain unseen.
void TestAdminCli::auditRewriteWithoutTheKeyIsCaught()
{
    addDatasets(5);
    const QString key = auditKeyFile();
    QVERIFY2(QFile::exists(key), qPrintable(key));
    QCOMPARE(QFile::permissions(key) &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    const Run intact = run({"audit", "verify"});
    QCOMPARE(intact.exitCode, 0);
    QVERIFY2(intact.out.contains("audit chain intact: 5 events, keyed from event 1"), qPrintable(intact.out));

    QVERIFY(exec("UPDATE audit_events SET details = ? WHERE seq = 3", {"{\"title\":\"Something else\"}"}));
    QVERIFY(rewriteChainWithoutTheKey(3));
    const Run r = run({"audit", "verify"});
    QCOMPARE(r.exitCode, 3);
    for (int seq = 3; seq <= 5; ++seq)
        QVERIFY2(
            r.err.contains(QString("BROKEN at event %1: Audit event %1 was altered: its content no longer "
                                   "matches its keyed hash")
                               .arg(seq)),
            qPrintable(r.err));
}

void TestAdminCli::auditHeadIsPublishedAndExpected()
{
    QCOMPARE(run({"audit", "head"}).exitCode, 1); // nothing to publish yet
    addDatasets(6);
    const Run head = run({"audit", "head"});
    QCOMPARE(head.exitCode, 0);
    const QString published = head.out.trimmed();
    QCOMPARE(published, "6:" + scalar("SELECT hash FROM audit_events WHERE seq = 6").toString());
    const Run holds = run({"audit", "verify", "--expect-head", published});
    QCOMPARE(holds.exitCode, 0);
    QVERIFY2(holds.out.contains("it holds the published head " + published), qPrintable(holds.out));
    QCOMPARE(run({"audit", "verify", "--expect-head", "6"}).exitCode, 2);
    QCOMPARE(run({"audit", "verify", "--expect-head", "6:xyz"}).exitCode, 2);

    // Cut back to event 4 with the head row rewound to match: consistent inside the database.
    const QString hash4 = scalar("SELECT hash FROM audit_events WHERE seq = 4").toString();
    QVERIFY(exec("DELETE FROM audit_events WHERE seq >= 5"));
    QVERIFY(exec("UPDATE audit_head SET last_seq = 4, last_hash = ? WHERE id = 1", {hash4}));
    QCOMPARE(run({"audit", "verify"}).exitCode, 0);
    const Run cut = run({"audit", "verify", "--expect-head", published});
    QCOMPARE(cut.exitCode, 3);
    QVERIFY2(
        cut.err.contains("BROKEN at event 6: Audit event 6, published as the head, is missing: the log now "
                         "ends at event 4"),
        qPrintable(cut.err));
}

void TestAdminCli::subcommandsAreDispatchedAlike_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("listed"); // a sub-command its usage names
    QTest::newRow("admin") << "admin"
                           << "add-user";
    QTest::newRow("audit") << "audit"
                           << "verify";
    QTest::newRow("register") << "register"
                              << "ro-crate";
    QTest::newRow("register projects") << "register"
                                       << "register projects";
}

// admin, audit and register answer a missing, a help and an unknown sub-command the same way.
void TestAdminCli::subcommandsAreDispatchedAlike()
{
    QFETCH(QString, command);
    QFETCH(QString, listed);
    auto bare = [](const QStringList &arguments) {
        QProcess process;
        process.start(QStringLiteral(SRS_SERVER_BINARY), arguments);
        Run r;
        if (!process.waitForStarted(30000) || !process.waitForFinished(60000))
            return r;
        r.exitCode = process.exitCode();
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    };
    Run r = bare({command});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("usage: srs-clearance-server " + command) && r.err.contains(listed),
             qPrintable(r.err));
    for (const QString &help : QStringList{"help", "--help", "-h"}) {
        r = bare({command, help});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("usage: srs-clearance-server " + command) && r.out.contains(listed),
                 qPrintable(r.out));
    }
    r = run({command, "bogus"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QString("unknown %1 command \"bogus\"").arg(command)), qPrintable(r.err));
    QVERIFY2(r.err.contains("srs-clearance-server " + command + " --help"), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestAdminCli)
#include "tst_admincli.moc"
