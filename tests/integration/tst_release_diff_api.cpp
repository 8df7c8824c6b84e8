// Differencing against earlier releases through the server over real mutual TLS: a project
// releases a table (submit, two claims, two approvals, release), then a check of a table that
// differs from it by a few people gets a review finding naming the release and the released file;
// one that differs by nothing, or by the threshold or more, does not. The researcher's finding
// carries no label or value of either table; the checker who claims a request sees the row's
// label. A release made before summaries were kept is summarised at the project's next check. The
// checker's fresh comparison of a request names releases made since the request, which its stored
// findings cannot.
// Runs on SQLite and on PostgreSQL (SRS_TEST_BACKEND).

#include "ApiHarness.h"
#include "ReleaseFlow.h"

#include "protocol/ReviewMessages.h"
#include "store/AuditLog.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace srs;
using namespace srs::testing;

namespace {

// Counts by region and sex; every cell safe.
const QByteArray Released = "Region,Female,Male\nCardiff,120,340\nNewport,64,95\nSwansea,64,210\n";
// Three women fewer in Newport.
const QByteArray ThreeFewer = "Region,Female,Male\nCardiff,120,340\nNewport,61,95\nSwansea,64,210\n";
// Two women more in Newport than ThreeFewer: released after a request of ThreeFewer was made.
const QByteArray OneFewer = "Region,Female,Male\nCardiff,120,340\nNewport,63,95\nSwansea,64,210\n";
// Ten more in Newport: the threshold.
const QByteArray TenMore = "Region,Female,Male\nCardiff,120,340\nNewport,74,95\nSwansea,64,210\n";

QJsonArray findingsOf(const Reply &r, const QString &rule)
{
    QJsonArray out;
    for (const QJsonValue &item : r.json["items"].toArray()) {
        for (const QJsonValue &f : item.toObject()["findings"].toArray()) {
            if (f.toObject()["rule"].toString() == rule)
                out.append(f);
        }
    }
    return out;
}

} // namespace

class TestReleaseDiffApi : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ApiHarness> m_api;
    QHash<QString, QString> m_tokens;
    QString m_release;

    QString token(const QString &user)
    {
        if (!m_tokens.contains(user)) {
            m_api->advance(30);
            m_tokens.insert(user, m_api->signIn(user, Device::SafeRoom));
        }
        return m_tokens.value(user);
    }

    Reply call(const QByteArray &method, const QString &path, const QString &user,
               const QJsonObject &body = {})
    {
        return m_api->call(method, path, body.isEmpty() ? QByteArray("") : json(body), token(user));
    }

    void write(const QString &path, const QByteArray &bytes)
    {
        const QString full = m_api->context().workspaceFolder("P1") + '/' + path;
        QVERIFY(QDir().mkpath(QFileInfo(full).path()));
        QFile f(full);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(bytes), bytes.size());
    }

    // Submits the table (with its counts), has both checkers approve it, and releases it.
    QString release(const QString &table, const QString &counts)
    {
        const Reply made = call("POST", "/api/v1/projects/P1/submissions", "res", request(table, counts));
        if (made.status != 201) {
            qWarning("submit: HTTP %d %s", made.status, made.body.constData());
            return {};
        }
        const QString id = made.json["id"].toString();
        for (const QString &checker : {QString("checker"), QString("checker2")}) {
            if (call("POST", "/api/v1/submissions/" + id + "/reviews", checker).status != 201 ||
                call("PUT", "/api/v1/submissions/" + id + "/reviews/mine", checker, approve(table, counts))
                        .status != 200)
                return {};
        }
        const Reply released = call("POST", "/api/v1/submissions/" + id + "/release", "checker");
        return released.status == 201 ? released.json["id"].toString() : QString();
    }

    Reply check(const QString &table)
    {
        return call("POST", "/api/v1/projects/P1/checks", "res",
                    QJsonObject{{"tables", QJsonArray{spec(table, "outputs/new_counts.csv")}}});
    }

private slots:
    void init()
    {
        m_api = std::make_unique<ApiHarness>();
        QVERIFY2(m_api->start(), qPrintable(m_api->error()));
        m_tokens.clear();
        write("outputs/people.csv", Released);
        write("outputs/people_counts.csv", Released);
        m_release = release("outputs/people.csv", "outputs/people_counts.csv");
        QVERIFY(!m_release.isEmpty());
    }
    void cleanup() { m_api.reset(); }

    void aFewPeopleDifferentIsReviewNamingTheRelease()
    {
        write("outputs/new.csv", ThreeFewer);
        write("outputs/new_counts.csv", ThreeFewer);
        const Reply r = check("outputs/new.csv");
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(r.json["status"].toString(), QString("review"));
        const QJsonArray found = findingsOf(r, "release-differencing");
        // The whole population, the Newport row (file row 3) and the Female column (file column B).
        QCOMPARE(found.size(), 3);
        QStringList places;
        for (const QJsonValue &v : found) {
            const QJsonObject f = v.toObject();
            QCOMPARE(f["outcome"].toString(), QString("review"));
            QCOMPARE(f["path"].toString(), QString("outputs/new.csv"));
            // Only the place, the rule and a message made from the rule: no labels, no numbers. The
            // parameters are what the message quotes: the service's threshold and the released
            // file and release, which the project's members know (so the client can say it in Welsh).
            for (const QString &key : f.keys())
                QVERIFY2(QStringList({"rule", "outcome", "path", "sheet", "line", "message", "file_row",
                                      "file_column", "cell", "parameters"})
                             .contains(key),
                         qPrintable(key));
            const QJsonObject parameters = f["parameters"].toObject();
            QCOMPARE(parameters.keys(), (QStringList{"release", "released_file", "threshold"}));
            QCOMPARE(parameters["threshold"].toInt(), 10);
            QCOMPARE(parameters["released_file"].toString(), QString("outputs/people.csv"));
            QCOMPARE(parameters["release"].toString(), m_release);
            places << QString::number(f["file_row"].toInt()) + '/' +
                          QString::number(f["file_column"].toInt());
        }
        QCOMPARE(places, (QStringList{"0/0", "3/0", "0/2"}));
        QCOMPARE(found.at(1).toObject()["message"].toString(),
                 "Row 3 covers a population that differs by fewer than 10 records from that of "
                 "outputs/people.csv, "
                 "released in " +
                     m_release +
                     ", so together they may disclose the difference. A checker will review it; use the same "
                     "population or explain the difference.");
        QVERIFY(found.at(0).toObject()["message"].toString().startsWith("The table covers a population"));
        // Nothing of either table reaches the researcher.
        for (const char *label : {"Newport", "Female", "Cardiff", "Region"})
            QVERIFY2(!r.body.contains(label), label);
    }

    void noDifferenceOrTheThresholdIsNothing_data()
    {
        QTest::addColumn<QByteArray>("table");
        QTest::newRow("the released table again") << Released;
        QTest::newRow("ten more people") << TenMore;
    }
    void noDifferenceOrTheThresholdIsNothing()
    {
        QFETCH(QByteArray, table);
        write("outputs/new.csv", table);
        write("outputs/new_counts.csv", table);
        const Reply r = check("outputs/new.csv");
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(findingsOf(r, "release-differencing").size(), 0);
        QCOMPARE(r.json["status"].toString(), QString("pass"));
    }

    // A request is checked against the releases too; the checker sees the row's label.
    void submissionAndTheCheckersView()
    {
        write("outputs/new.csv", ThreeFewer);
        write("outputs/new_counts.csv", ThreeFewer);
        const Reply made = call("POST", "/api/v1/projects/P1/submissions", "res",
                                request("outputs/new.csv", "outputs/new_counts.csv"));
        QVERIFY2(made.status == 201, made.body.constData());
        QVERIFY2(!made.body.contains("Newport"), made.body.constData());
        const QString id = made.json["id"].toString();
        QCOMPARE(call("POST", "/api/v1/submissions/" + id + "/reviews", "checker").status, 201);
        const Reply review = call("GET", "/api/v1/submissions/" + id + "/review", "checker");
        QVERIFY2(review.status == 200, review.body.constData());
        const QJsonArray findings = review.json["submission"]
                                        .toObject()["check"]
                                        .toObject()["items"]
                                        .toArray()
                                        .at(0)
                                        .toObject()["findings"]
                                        .toArray();
        QStringList labels;
        for (const QJsonValue &v : findings) {
            const QJsonObject f = v.toObject();
            if (f["rule"].toString() == "release-differencing")
                labels << f["row_label"].toString() + '|' + f["column_label"].toString();
        }
        QCOMPARE(labels, (QStringList{"|", "Newport|", "|Female"}));
    }

    // The checker's fresh comparison (GET /submissions/{sid}/release-differences): a request made
    // after one release, then another release of a near-identical table made after the request.
    // The request's stored findings name only the first release; the fresh comparison names both,
    // the second as new, with the labels and the size of the difference, and is audited. A
    // release of the request itself is never compared with.
    void theFreshComparisonNamesReleasesMadeSinceTheRequest()
    {
        write("outputs/new.csv", ThreeFewer);
        write("outputs/new_counts.csv", ThreeFewer);
        const Reply made = call("POST", "/api/v1/projects/P1/submissions", "res",
                                request("outputs/new.csv", "outputs/new_counts.csv"));
        QVERIFY2(made.status == 201, made.body.constData());
        const QString id = made.json["id"].toString();
        m_api->advance(60);
        write("outputs/later.csv", OneFewer);
        write("outputs/later_counts.csv", OneFewer);
        const QString later = release("outputs/later.csv", "outputs/later_counts.csv");
        QVERIFY(!later.isEmpty());
        m_api->advance(60);

        // What was stored at submission knows the first release only.
        const Reply review = call("GET", "/api/v1/submissions/" + id + "/review", "checker3");
        QVERIFY2(review.status == 200, review.body.constData());
        QVERIFY(review.body.contains(m_release.toUtf8()));
        QVERIFY(!review.body.contains(later.toUtf8()));

        const QString path = "/api/v1/submissions/" + id + "/release-differences";
        QCOMPARE(call("GET", path, "res").code(), QString("not-an-output-checker"));
        const Reply fresh = call("GET", path, "checker3");
        QVERIFY2(fresh.status == 200, fresh.body.constData());
        const auto comparison = protocol::ReleaseComparison::fromJson(fresh.body);
        QVERIFY2(comparison.ok(), qPrintable(comparison.ok() ? QString() : comparison.error().message));
        QCOMPARE(comparison->submissionId, id);
        QCOMPARE(comparison->round, 1);
        QVERIFY(comparison->comparedAt > comparison->roundSubmittedAt);
        QCOMPARE(comparison->releases.size(), 2);
        QCOMPARE(comparison->releases.at(0).id, m_release);
        QVERIFY(!comparison->releases.at(0).sinceSubmission);
        QCOMPARE(comparison->releases.at(1).id, later);
        QVERIFY(comparison->releases.at(1).sinceSubmission);
        QCOMPARE(comparison->releases.at(1).title, QString("People by region and sex"));
        // Per release: the population, the Newport row and the Female column.
        QStringList seen;
        for (const protocol::ReleaseDifference &d : comparison->differences) {
            QCOMPARE(d.finding.rule, QString("release-differencing"));
            QCOMPARE(d.finding.outcome, QString("review"));
            QCOMPARE(d.finding.path, QString("outputs/new.csv"));
            const QString release = d.releaseId == later       ? QString("later")
                                    : d.releaseId == m_release ? QString("first")
                                                               : d.releaseId;
            const QString labels = d.finding.rowLabel + '|' + d.finding.columnLabel;
            const QString place =
                QString::number(d.finding.fileRow) + '/' + QString::number(d.finding.fileColumn);
            seen << QStringList{release,
                                d.releasedFile,
                                d.scope,
                                labels,
                                place,
                                QString::number(d.difference),
                                d.storedAtSubmission ? QString("stored") : QString("new")}
                        .join(' ');
        }
        QCOMPARE(seen, (QStringList{"first outputs/people.csv table | 0/0 3 stored",
                                    "first outputs/people.csv row Newport| 3/0 3 stored",
                                    "first outputs/people.csv column |Female 0/2 3 stored",
                                    "later outputs/later.csv table | 0/0 2 new",
                                    "later outputs/later.csv row Newport| 3/0 2 new",
                                    "later outputs/later.csv column |Female 0/2 2 new"}));

        // On the record: who compared which request with what.
        auto events = store::AuditLog(m_api->context().database()).list(0, 100000);
        QVERIFY(events.ok());
        QList<store::AuditEvent> compared;
        for (const store::AuditEvent &e : events.value())
            if (e.action == "review.release-compare")
                compared << e;
        QCOMPARE(compared.size(), 1);
        QCOMPARE(compared.at(0).subject, "submission:" + id);
        QCOMPARE(compared.at(0).details["releases"].toArray(), (QJsonArray{m_release, later}));
        QCOMPARE(compared.at(0).details["differences"].toInt(), 6);
        QCOMPARE(compared.at(0).details["from_releases_since_submission"].toInt(), 3);

        // Released itself, the request is still compared with the others only.
        for (const QString &checker : {QString("checker"), QString("checker2")}) {
            QCOMPARE(call("POST", "/api/v1/submissions/" + id + "/reviews", checker).status, 201);
            QCOMPARE(call("PUT", "/api/v1/submissions/" + id + "/reviews/mine", checker,
                          approve("outputs/new.csv", "outputs/new_counts.csv"))
                         .status,
                     200);
        }
        const Reply own = call("POST", "/api/v1/submissions/" + id + "/release", "checker");
        QVERIFY2(own.status == 201, own.body.constData());
        const Reply after = call("GET", path, "checker3");
        QVERIFY2(after.status == 200, after.body.constData());
        QVERIFY(!after.body.contains(own.json["id"].toString().toUtf8()));
        QCOMPARE(after.json["releases"].toArray().size(), 2);
        QCOMPARE(after.json["differences"].toArray().size(), 6);
        auto report = store::AuditLog(m_api->context().database()).verify();
        QVERIFY(report.ok());
        QVERIFY2(report->intact, qPrintable(report->reason));
    }

    // A table's stored copy changed on disk is not compared: 409, and the audit event says so.
    void anAlteredSnapshotIsNotCompared()
    {
        write("outputs/new.csv", ThreeFewer);
        write("outputs/new_counts.csv", ThreeFewer);
        const Reply made = call("POST", "/api/v1/projects/P1/submissions", "res",
                                request("outputs/new.csv", "outputs/new_counts.csv"));
        QVERIFY2(made.status == 201, made.body.constData());
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(ThreeFewer, QCryptographicHash::Sha256).toHex());
        QFile blob(m_api->context().config().dataDir + "/blobs/" + sha.left(2) + '/' + sha);
        QVERIFY(blob.open(QIODevice::WriteOnly | QIODevice::Truncate));
        blob.write("Region,Female,Male\nCardiff,1,1\n");
        blob.close();
        const Reply r = call(
            "GET", "/api/v1/submissions/" + made.json["id"].toString() + "/release-differences", "checker");
        QCOMPARE(r.status, 409);
        QCOMPARE(r.code(), QString("snapshot-altered"));
        QVERIFY(!r.body.contains("Cardiff"));
        auto events = store::AuditLog(m_api->context().database()).list(0, 100000);
        QVERIFY(events.ok());
        int altered = 0;
        int compared = 0;
        for (const store::AuditEvent &e : events.value()) {
            altered += e.action == "snapshot.altered" ? 1 : 0;
            compared += e.action == "review.release-compare" ? 1 : 0;
        }
        QCOMPARE(altered, 1);
        QCOMPARE(compared, 0);
    }

    // Releases made before summaries were kept are summarised when the project is next checked.
    void earlierReleasesAreSummarisedWhenNeeded()
    {
        store::Database &db = m_api->context().database();
        QVERIFY(db.exec("DELETE FROM release_summary_keys").ok());
        QVERIFY(db.exec("DELETE FROM release_table_summaries").ok());
        QVERIFY(db.exec("DELETE FROM release_summary_state").ok());
        write("outputs/new.csv", ThreeFewer);
        write("outputs/new_counts.csv", ThreeFewer);
        const Reply r = check("outputs/new.csv");
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(findingsOf(r, "release-differencing").size(), 3);
        auto state =
            db.exec("SELECT tables, error FROM release_summary_state WHERE release_id = ?", {m_release});
        QVERIFY(state.ok() && state->next());
        QCOMPARE(state->value(0).toInt(), 1);
        QCOMPARE(state->value(1).toString(), QString());
    }
};

QTEST_GUILESS_MAIN(TestReleaseDiffApi)
#include "tst_release_diff_api.moc"
