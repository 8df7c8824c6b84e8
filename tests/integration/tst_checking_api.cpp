// Where checkers may look, and snapshots that changed on disk, through the server over real
// mutual TLS. A checker on the home-working laptop sees the queue but is refused a claim, the
// review, a file's preview and the comparison with the releases (checking-setting-refused,
// audited); from the safe room the same work goes through; once the laptop connects from its organisation's
// office it may check a request of remote-allowed data, but not one of a project holding safe-room-only data.
// A snapshot whose bytes were changed on disk is refused for preview, release and download (409
// snapshot-altered), one that is gone with 410, each with its audit event. Runs on SQLite and on
// PostgreSQL (SRS_TEST_BACKEND).

#include "ApiHarness.h"
#include "MediaTestFiles.h"

#include "store/AuditLog.h"
#include "store/OrganisationRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace srs;
using namespace srs::testing;

namespace {

const QByteArray Table = "Region,Under 30,30 and over\nCardiff,120,340\nNewport,[c],95\nSwansea,64,210\n";
const QByteArray Counts = "Region,Under 30,30 and over\nCardiff,120,340\nNewport,7,95\nSwansea,64,210\n";
// Read on first use, after the application exists; Qt writes nothing into it that the server
// would strip, so it is stored as it is.
const QByteArray &figureBytes()
{
    static const QByteArray png = srs::test::encoded(srs::test::sampleFigure(), "png");
    return png;
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QJsonObject request()
{
    auto output = [](const char *path) {
        return QJsonObject{{"path", path},
                           {"role", "output"},
                           {"description", "People by region and age group"},
                           {"destination", "Journal article"}};
    };
    return QJsonObject{
        {"title", "Income by region and age"},
        {"clearance_type", "publication"},
        {"files", QJsonArray{output("outputs/income.csv"),
                             QJsonObject{{"path", "outputs/income_counts.csv"}, {"role", "supporting"}},
                             output("outputs/figure.png")}},
        {"tables", QJsonArray{QJsonObject{{"file", "outputs/income.csv"},
                                          {"statistic", "frequency"},
                                          {"counts", "outputs/income_counts.csv"}}}},
        {"controls", "Cells under 10 suppressed with [c]"},
        {"exceptions", QJsonArray{}},
    };
}

QJsonObject approveAll()
{
    QJsonArray files;
    for (const char *path : {"outputs/income.csv", "outputs/income_counts.csv", "outputs/figure.png"})
        files.append(QJsonObject{{"path", path}, {"decision", "approve"}});
    return QJsonObject{{"files", files}, {"summary", ""}};
}

} // namespace

class TestCheckingApi : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ApiHarness> m_api;
    QHash<QString, QString> m_tokens; // "user@device"

    QString token(const QString &user, Device device)
    {
        const QString key = user + (device == Device::Laptop ? "@laptop" : "@safe-room");
        if (!m_tokens.contains(key)) {
            m_api->advance(30); // a new TOTP step: each code is accepted once
            m_tokens.insert(key, m_api->signIn(user, device));
        }
        return m_tokens.value(key);
    }

    Reply call(const QByteArray &method, const QString &path, const QString &user,
               Device device = Device::SafeRoom, const QJsonObject &body = {})
    {
        return m_api->call(method, path, body.isEmpty() ? QByteArray("") : json(body), token(user, device),
                           device);
    }

    void write(const QString &project, const QString &path, const QByteArray &bytes)
    {
        const QString full = m_api->context().workspaceFolder(project) + '/' + path;
        QVERIFY(QDir().mkpath(QFileInfo(full).path()));
        QFile f(full);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(bytes), bytes.size());
    }

    QString submit(const QString &project)
    {
        for (const auto &[path, bytes] :
             {std::pair{"outputs/income.csv", Table}, std::pair{"outputs/income_counts.csv", Counts},
              std::pair{"outputs/figure.png", figureBytes()}})
            write(project, QString::fromLatin1(path), bytes);
        const Reply r =
            call("POST", "/api/v1/projects/" + project + "/submissions", "res", Device::SafeRoom, request());
        if (r.status != 201)
            qWarning("submit: HTTP %d %s", r.status, r.body.constData());
        return r.json["id"].toString();
    }

    QString blobPath(const QString &sha)
    {
        return m_api->context().config().dataDir + "/blobs/" + sha.left(2) + '/' + sha;
    }

    // The audit events with this action, newest last.
    QList<store::AuditEvent> audited(const QString &action)
    {
        QList<store::AuditEvent> out;
        auto events = store::AuditLog(m_api->context().database()).list(0, 100000);
        if (!events)
            return out;
        for (const store::AuditEvent &e : events.value())
            if (e.action == action)
                out << e;
        return out;
    }

    // The organisation's egress range marked as its office (the laptop is then at the office).
    void laptopAtTheOffice()
    {
        store::OrganisationRepository orgs(m_api->context().database());
        auto list = orgs.list();
        QVERIFY(list.ok());
        for (domain::Organisation org : list.value()) {
            for (domain::EgressRange &r : org.egressRanges)
                r.kind = domain::NetworkKind::Office;
            QVERIFY(orgs.save(org).ok());
        }
        m_api->context().invalidatePolicy();
    }

private slots:
    void init()
    {
        m_api = std::make_unique<ApiHarness>();
        QVERIFY2(m_api->start(), qPrintable(m_api->error()));
        m_tokens.clear();
    }
    void cleanup() { m_api.reset(); }

    void homeWorkingCheckerSeesTheQueueButOpensNothing()
    {
        const QString id = submit("P1");
        QVERIFY(!id.isEmpty());
        const QString claimPath = "/api/v1/submissions/" + id + "/reviews";
        const QString filePath = "/api/v1/submissions/" + id + "/rounds/1/files/0";

        // The queue (metadata) is listed from home, and says why nothing of it can be opened.
        const Reply queue = call("GET", "/api/v1/review/queue", "checker", Device::Laptop);
        QCOMPARE(queue.status, 200);
        const QJsonObject refused = queue.json["checking_refused"].toObject();
        QCOMPARE(refused["code"].toString(), QString("checking-setting-refused"));
        QVERIFY2(refused["message"].toString().contains("home working"), queue.body.constData());
        QCOMPARE(queue.json["items"].toArray().at(0).toObject()["not_for_me"].toString(),
                 QString("checking-setting-refused"));

        // Claim, the review and a file's preview: refused with the code and a message that says where.
        const Reply claim = call("POST", claimPath, "checker", Device::Laptop);
        QCOMPARE(claim.status, 403);
        QCOMPARE(claim.code(), QString("checking-setting-refused"));
        QVERIFY2(claim.json["message"].toString().contains("a safe room or your organisation's premises"),
                 claim.body.constData());
        QCOMPARE(audited("review.claim").size(), 0);

        // From the safe room the claim goes through, and the file is served.
        QCOMPARE(call("POST", claimPath, "checker").status, 201);
        const Reply file = call("GET", filePath, "checker");
        QCOMPARE(file.status, 200);
        QCOMPARE(file.body, Table);

        // Back on the laptop at home: the checker's own claimed request still does not open there.
        for (const QString &path : {QString("/api/v1/submissions/" + id + "/review"), filePath,
                                    QString("/api/v1/submissions/" + id + "/release-differences")}) {
            const Reply r = call("GET", path, "checker", Device::Laptop);
            QCOMPARE(r.status, 403);
            QCOMPARE(r.code(), QString("checking-setting-refused"));
            QVERIFY(!r.body.contains("Cardiff"));
        }
        const Reply vote = call("PUT", "/api/v1/submissions/" + id + "/reviews/mine", "checker",
                                Device::Laptop, approveAll());
        QCOMPARE(vote.code(), QString("checking-setting-refused"));

        // Every refusal is an audit event with the code.
        int refusals = 0;
        for (const store::AuditEvent &e : audited("request.refused"))
            refusals += e.details["code"].toString() == "checking-setting-refused" ? 1 : 0;
        QCOMPARE(refusals, 5);
        QCOMPARE(audited("review.file-read").size(), 1);
        QCOMPARE(audited("review.release-compare").size(), 0);
    }

    void safeRoomOnlyDataIsCheckedOnlyFromTheSafeRoom()
    {
        const QString remote = submit("P1");     // P1 holds remote-allowed data only
        const QString restricted = submit("P2"); // P2 holds a safe-room-only dataset too
        QVERIFY(!remote.isEmpty() && !restricted.isEmpty());
        laptopAtTheOffice();

        const Reply queue = call("GET", "/api/v1/review/queue", "checker", Device::Laptop);
        QVERIFY2(!queue.json.contains("checking_refused"), queue.body.constData());
        QCOMPARE(call("POST", "/api/v1/submissions/" + remote + "/reviews", "checker", Device::Laptop).status,
                 201);
        const Reply refused =
            call("POST", "/api/v1/submissions/" + restricted + "/reviews", "checker", Device::Laptop);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.code(), QString("checking-setting-refused"));
        QVERIFY2(refused.json["message"].toString().contains("D2"), refused.body.constData());
        QVERIFY2(refused.json["message"].toString().contains("safe-room terminal"), refused.body.constData());
        // A second checker in the safe room takes it.
        QCOMPARE(call("POST", "/api/v1/submissions/" + restricted + "/reviews", "checker2").status, 201);
    }

    void aSnapshotChangedOnDiskIsNeverServedOrReleased()
    {
        const QString id = submit("P1");
        QVERIFY(!id.isEmpty());
        for (const QString &checker : {QString("checker"), QString("checker2")})
            QCOMPARE(call("POST", "/api/v1/submissions/" + id + "/reviews", checker).status, 201);
        for (const QString &checker : {QString("checker"), QString("checker2")}) {
            const Reply r = call("PUT", "/api/v1/submissions/" + id + "/reviews/mine", checker,
                                 Device::SafeRoom, approveAll());
            QVERIFY2(r.status == 200, r.body.constData());
        }
        // Someone with access to the server's disk changes the figure's stored copy.
        const QString figure = blobPath(sha256(figureBytes()));
        auto alter = [&](const QByteArray &bytes) {
            QFile f(figure);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(bytes);
        };
        alter("a different picture");

        const Reply preview = call("GET", "/api/v1/submissions/" + id + "/rounds/1/files/2", "checker");
        QCOMPARE(preview.status, 409);
        QCOMPARE(preview.code(), QString("snapshot-altered"));
        QVERIFY2(preview.json["message"].toString().contains("outputs/figure.png"), preview.body.constData());
        QVERIFY(!preview.body.contains("different picture"));
        const Reply release = call("POST", "/api/v1/submissions/" + id + "/release", "checker");
        QCOMPARE(release.status, 409);
        QCOMPARE(release.code(), QString("snapshot-altered"));
        QCOMPARE(audited("release.create").size(), 0);
        QCOMPARE(audited("snapshot.altered").size(), 2);
        QCOMPARE(audited("snapshot.altered").last().details["sha256"].toString(), sha256(figureBytes()));
        QCOMPARE(audited("snapshot.altered").last().details["path"].toString(),
                 QString("outputs/figure.png"));

        // Put right, it is released; changed again afterwards, it is not downloaded; gone, 410.
        alter(figureBytes());
        const Reply released = call("POST", "/api/v1/submissions/" + id + "/release", "checker");
        QVERIFY2(released.status == 201, released.body.constData());
        const QString rid = released.json["id"].toString();
        const QString download = "/api/v1/releases/" + rid + "/files/2";
        QCOMPARE(call("GET", download, "res").body, figureBytes());
        alter("changed after release");
        const Reply changed = call("GET", download, "res");
        QCOMPARE(changed.status, 409);
        QCOMPARE(changed.code(), QString("snapshot-altered"));
        QCOMPARE(audited("snapshot.altered").size(), 3);
        QCOMPARE(audited("snapshot.altered").last().subject, "release:" + rid);
        QVERIFY(QFile::remove(figure));
        const Reply gone = call("GET", download, "res");
        QCOMPARE(gone.status, 410);
        QCOMPARE(gone.code(), QString("snapshot-missing"));
        QCOMPARE(audited("snapshot.missing").size(), 1);
        // The audit chain holds.
        auto report = store::AuditLog(m_api->context().database()).verify();
        QVERIFY(report.ok());
        QVERIFY2(report->intact, qPrintable(report->reason));
    }
};

QTEST_GUILESS_MAIN(TestCheckingApi)
#include "tst_checking_api.moc"
