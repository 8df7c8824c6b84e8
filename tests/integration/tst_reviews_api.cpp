// Reviewing and releasing through the server over real mutual TLS, whole lifecycles driven by
// the real routes: submit -> two claims (blinded) -> two approvals -> release -> download and
// verify every hash; changes requested -> shared comments reach the author (internal ones do
// not) -> resubmit -> both rounds' files for the diff -> approve -> release; withdraw during
// review; reject with a reason; a third claim, a member's and an author's claims refused;
// destruction of a pre-publication release; the register (API and command line) and the RO-Crate;
// an image output stored re-encoded (the checker previews and the team downloads the picture
// without its hidden text) and a PDF output with a script refused.
// After each lifecycle the audit chain is verified and its events checked. Runs on SQLite and on
// PostgreSQL (SRS_TEST_BACKEND).

#include "ApiHarness.h"
#include "MediaTestFiles.h"
#include "ServerProcess.h"

#include "store/AuditLog.h"
#include "store/ProjectRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace srs;
using namespace srs::testing;

namespace {

const QByteArray Table = "Region,Under 30,30 and over\nCardiff,120,340\nNewport,[c],95\nSwansea,64,210\n";
const QByteArray ChangedTable =
    "Region,Under 30,30 and over\nCardiff,120,340\nNewport,[c],[c]\nSwansea,64,210\n";
const QByteArray Counts = "Region,Under 30,30 and over\nCardiff,120,340\nNewport,7,95\nSwansea,64,210\n";
// A figure as Qt writes it: nothing in it to strip, so it is stored as it is.
QByteArray figure()
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

QJsonObject request(const QString &type = "publication")
{
    return QJsonObject{
        {"title", "Income by region and age"},
        {"clearance_type", type},
        {"files", QJsonArray{QJsonObject{{"path", "outputs/income.csv"},
                                         {"role", "output"},
                                         {"description", "People by region and age group"},
                                         {"destination", "Journal article"}},
                             QJsonObject{{"path", "outputs/income_counts.csv"}, {"role", "supporting"}},
                             QJsonObject{{"path", "outputs/figure.png"},
                                         {"role", "output"},
                                         {"description", "The same as a chart"},
                                         {"destination", "Journal article"}}}},
        {"tables", QJsonArray{QJsonObject{{"file", "outputs/income.csv"},
                                          {"statistic", "frequency"},
                                          {"counts", "outputs/income_counts.csv"}}}},
        {"controls", "Cells under 10 suppressed with [c]"},
        {"exceptions", QJsonArray{}},
    };
}

// Votes on the three files of request(), in order.
QJsonObject votes(const QString &table, const QString &counts, const QString &figure,
                  const QString &summary = {}, const QString &shared = {}, const QString &internal = {})
{
    auto file = [&](const QString &path, const QString &decision) {
        return QJsonObject{{"path", path},
                           {"decision", decision},
                           {"shared_comment", decision == "approve" ? QString() : shared},
                           {"internal_comment", internal}};
    };
    return QJsonObject{
        {"files", QJsonArray{file("outputs/income.csv", table), file("outputs/income_counts.csv", counts),
                             file("outputs/figure.png", figure)}},
        {"summary", summary}};
}

QJsonObject approveAll()
{
    return votes("approve", "approve", "approve");
}

} // namespace

class TestReviewsApi : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ApiHarness> m_api;
    QHash<QString, QString> m_tokens;

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
        // An empty body is sent with its length (0): without one, a POST's body would be awaited.
        return m_api->call(method, path, body.isEmpty() ? QByteArray("") : json(body), token(user));
    }

    // The person's notices of `kind` about request `id`, checked to be unread.
    QJsonArray noticesOf(const QString &user, const QString &kind, const QString &id)
    {
        const Reply r = call("GET", "/api/v1/notifications", user);
        if (r.status != 200)
            qWarning("notifications: HTTP %d %s", r.status, r.body.constData());
        QJsonArray out;
        for (const QJsonValue &v : r.json["items"].toArray()) {
            if (v["kind"].toString() == kind && v["subject_id"].toString() == id)
                out.append(v);
        }
        return out;
    }

    void write(const QString &path, const QByteArray &bytes)
    {
        const QString full = m_api->context().workspaceFolder("P1") + '/' + path;
        QVERIFY(QDir().mkpath(QFileInfo(full).path()));
        QFile f(full);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(bytes), bytes.size());
    }

    QString submit(const QString &user = "res", const QString &type = "publication")
    {
        const Reply r = call("POST", "/api/v1/projects/P1/submissions", user, request(type));
        if (r.status != 201)
            qWarning("submit: HTTP %d %s", r.status, r.body.constData());
        return r.json["id"].toString();
    }

    // Both demo checkers claim the request.
    void claimTwice(const QString &id)
    {
        QVERIFY(!id.isEmpty());
        for (const QString &checker : {QString("checker"), QString("checker2")}) {
            const Reply r = call("POST", "/api/v1/submissions/" + id + "/reviews", checker);
            QVERIFY2(r.status == 201, r.body.constData());
        }
    }

    Reply vote(const QString &id, const QString &checker, const QJsonObject &body)
    {
        return call("PUT", "/api/v1/submissions/" + id + "/reviews/mine", checker, body);
    }

    // The audit chain is intact, and it holds these actions (each at least the times listed).
    void verifyAudit(const QStringList &actions)
    {
        store::AuditLog log(m_api->context().database());
        auto report = log.verify();
        QVERIFY(report.ok());
        QVERIFY2(report->intact, qPrintable(report->reason));
        auto events = log.list(0, 100000);
        QVERIFY(events.ok());
        QStringList seen;
        for (const store::AuditEvent &e : events.value())
            seen << e.action;
        for (const QString &a : actions) {
            const qsizetype wanted = actions.count(a);
            QVERIFY2(seen.count(a) >= wanted,
                     qPrintable(QString("%1: %2 of %3").arg(a).arg(seen.count(a)).arg(wanted)));
        }
    }

    // The last audit event of `action` about request `id`.
    std::optional<store::AuditEvent> lastEvent(const QString &action, const QString &id)
    {
        auto events = store::AuditLog(m_api->context().database()).list(0, 100000);
        if (!events.ok())
            return std::nullopt;
        std::optional<store::AuditEvent> found;
        for (const store::AuditEvent &e : events.value())
            if (e.action == action && e.subject == "submission:" + id)
                found = e;
        return found;
    }

    QString releaseApproved(const QString &id)
    {
        claimTwice(id);
        if (vote(id, "checker", approveAll()).status != 200 ||
            vote(id, "checker2", approveAll()).status != 200)
            return {};
        const Reply r = call("POST", "/api/v1/submissions/" + id + "/release", "checker");
        return r.status == 201 ? r.json["id"].toString() : QString();
    }

private slots:
    void init()
    {
        m_api = std::make_unique<ApiHarness>();
        QVERIFY2(m_api->start(), qPrintable(m_api->error()));
        m_tokens.clear();
        write("outputs/income.csv", Table);
        write("outputs/income_counts.csv", Counts);
        write("outputs/figure.png", figure());
    }
    void cleanup() { m_api.reset(); }

    // Findings reach the author by place only; the checker who claims the request sees the same
    // findings with their labels, and the exception attached to the cell it names.
    void checkersSeeLabelsAuthorsSeePlaces()
    {
        write("outputs/income.csv", Counts); // Newport, Under 30 holds 7: a small cell at B3
        QJsonObject body = request();
        body["exceptions"] =
            QJsonArray{QJsonObject{{"path", "outputs/income.csv"},
                                   {"rule", "threshold"},
                                   {"cell", "B3"},
                                   {"justification", "Published at this level in the regional bulletin."}}};
        const Reply made = call("POST", "/api/v1/projects/P1/submissions", "res", body);
        QVERIFY2(made.status == 201, made.body.constData());
        QVERIFY2(!made.body.contains("Newport"), made.body.constData());
        const QString id = made.json["id"].toString();
        const Reply mine = call("GET", "/api/v1/projects/P1/submissions/" + id, "res");
        QCOMPARE(mine.status, 200);
        QVERIFY2(!mine.body.contains("Newport") && !mine.body.contains("Under 30"), mine.body.constData());

        claimTwice(id);
        const Reply review = call("GET", "/api/v1/submissions/" + id + "/review", "checker");
        QVERIFY2(review.status == 200, review.body.constData());
        const QJsonObject finding = review.json["submission"]
                                        .toObject()["check"]
                                        .toObject()["items"]
                                        .toArray()
                                        .at(0)
                                        .toObject()["findings"]
                                        .toArray()
                                        .at(0)
                                        .toObject();
        QCOMPARE(finding["cell"].toString(), QString("B3"));
        QCOMPARE(finding["row_label"].toString(), QString("Newport"));
        QCOMPARE(finding["column_label"].toString(), QString("Under 30"));
        QCOMPARE(
            review.json["submission"].toObject()["exceptions"].toArray().at(0).toObject()["cell"].toString(),
            QString("B3"));
    }

    void approveReleaseAndDownload()
    {
        const QString id = submit();
        QVERIFY(!id.isEmpty());

        // The queue: output checkers only; the request with its age and nobody on it yet.
        QCOMPARE(call("GET", "/api/v1/review/queue", "res").code(), QString("not-an-output-checker"));
        Reply queue = call("GET", "/api/v1/review/queue", "checker");
        QCOMPARE(queue.status, 200);
        const QJsonArray items = queue.json["items"].toArray();
        QCOMPARE(items.size(), 1);
        QJsonObject item = items.at(0).toObject();
        QCOMPARE(item["id"].toString(), id);
        QCOMPARE(item["files"].toInt(), 3);
        QCOMPARE(item["reviewers"].toInt(), 0);
        QCOMPARE(item["worst_finding"].toString(), QString("pass"));
        QCOMPARE(item["working_days_waiting"].toInt(), 0);
        QCOMPARE(item["not_for_me"].toString(), QString());

        claimTwice(id);
        // Two checkers have it: a third claim and the same checker again are refused.
        Reply third = call("POST", "/api/v1/submissions/" + id + "/reviews", "checker3");
        QCOMPARE(third.status, 409);
        QCOMPARE(third.code(), QString("review-third"));
        Reply again = call("POST", "/api/v1/submissions/" + id + "/reviews", "checker");
        QCOMPARE(again.status, 409);
        QCOMPARE(again.code(), QString("review-already-claimed"));
        queue = call("GET", "/api/v1/review/queue", "checker3");
        QCOMPARE(queue.json["items"].toArray().at(0).toObject()["not_for_me"].toString(),
                 QString("review-third"));
        QCOMPARE(queue.json["items"].toArray().at(0).toObject()["state"].toString(), QString("in-review"));

        // Blinded: the first vote is in, the second checker does not see it.
        Reply voted = vote(id, "checker", votes("approve", "approve", "approve", {}, {}, "FIRST-INTERNAL"));
        QVERIFY2(voted.status == 200, voted.body.constData());
        QCOMPARE(voted.json["submission"].toObject()["state"].toString(), QString("in-review"));
        Reply blind = call("GET", "/api/v1/submissions/" + id + "/review", "checker2");
        QCOMPARE(blind.status, 200);
        QVERIFY(blind.json["blinded"].toBool());
        QVERIFY2(!blind.body.contains("FIRST-INTERNAL"), blind.body.constData());
        for (const auto &r : blind.json["reviews"].toArray())
            QVERIFY(r.toObject()["files"].toArray().isEmpty());
        Reply insisted = call("GET", "/api/v1/submissions/" + id + "/review?votes=all", "checker2");
        QCOMPARE(insisted.status, 403);
        QCOMPARE(insisted.code(), QString("review-blinded"));
        // The first checker, whose votes are in, sees their own.
        Reply own = call("GET", "/api/v1/submissions/" + id + "/review", "checker");
        QVERIFY(!own.json["blinded"].toBool());
        QVERIFY(own.body.contains("FIRST-INTERNAL"));

        Reply early = call("POST", "/api/v1/submissions/" + id + "/release", "checker");
        QCOMPARE(early.status, 409);
        QCOMPARE(early.code(), QString("release-needs-two-approvals"));

        QCOMPARE(vote(id, "checker2", approveAll()).json["submission"].toObject()["state"].toString(),
                 QString("approved"));
        Reply released = call("POST", "/api/v1/submissions/" + id + "/release", "checker");
        QVERIFY2(released.status == 201, released.body.constData());
        const QString rid = released.json["id"].toString();
        const QJsonArray files = released.json["files"].toArray();
        QCOMPARE(files.size(), 2); // the supporting file is never released
        QVERIFY(released.json["destroy_by"].isNull());
        // The approval itself told nobody; the release tells the author (also the lead here) once.
        QVERIFY(noticesOf("res", "request-returned", id).isEmpty());
        QCOMPARE(noticesOf("res", "request-released", id).size(), 1);
        QCOMPARE(noticesOf("res", "request-released", id).at(0)["state"].toString(), QString("released"));

        // Every released file downloads with the hash the manifest lists.
        const QHash<QString, QByteArray> expected{{"outputs/income.csv", Table},
                                                  {"outputs/figure.png", figure()}};
        for (const auto &f : files) {
            const QJsonObject file = f.toObject();
            QCOMPARE(file["sha256"].toString(), sha256(expected.value(file["path"].toString())));
            const Reply bytes = call(
                "GET", QString("/api/v1/releases/%1/files/%2").arg(rid).arg(file["index"].toInt()), "res");
            QCOMPARE(bytes.status, 200);
            QCOMPARE(sha256(bytes.body), file["sha256"].toString());
            QCOMPARE(bytes.body.size(), file["size"].toInteger());
        }
        Reply supporting = call("GET", "/api/v1/releases/" + rid + "/files/1", "res");
        QCOMPARE(supporting.status, 403);
        QCOMPARE(supporting.code(), QString("download-supporting-file"));
        Reply outside = call("GET", "/api/v1/releases/" + rid + "/files/7", "res");
        QCOMPARE(outside.code(), QString("download-not-released"));
        // A checker is not a member of the project: the release's files are not theirs to take.
        QCOMPARE(call("GET", "/api/v1/releases/" + rid + "/files/0", "checker").status, 404);
        QCOMPARE(call("GET", "/api/v1/projects/P1/releases", "res").json["releases"].toArray().size(), 1);

        verifyAudit({"submission.submit", "review.claim", "review.claim", "submission.start-review",
                     "review.vote", "review.vote", "submission.approve", "release.create", "release.download",
                     "release.download"});
    }

    // Released bytes are checked bytes: an image with text hidden in it is stored re-encoded, so
    // what the checker previews and what the team downloads is the picture alone, with the hash
    // the request reports; the original's hash is in the audit event. A PDF that runs a script is
    // refused.
    void hiddenContentInOutputsIsNeverStoredOrReleased()
    {
        const QByteArray tagged = srs::test::encoded(srs::test::sampleFigure(), "png",
                                                     {{"Comment", "Newport, under 30: 7 people"}}) +
                                  "after IEND: Newport,7,95";
        QVERIFY(tagged.contains("tEXt"));
        write("outputs/figure.png", tagged);
        const Reply submitted = call("POST", "/api/v1/projects/P1/submissions", "res", request());
        QVERIFY2(submitted.status == 201, submitted.body.constData());
        const QString id = submitted.json["id"].toString();
        const QJsonObject reported = submitted.json["files"].toArray().at(2).toObject();
        QCOMPARE(reported["path"].toString(), QString("outputs/figure.png"));
        QVERIFY(reported["sha256"].toString() != sha256(tagged));

        claimTwice(id);
        const Reply preview = call("GET", "/api/v1/submissions/" + id + "/rounds/1/files/2", "checker");
        QCOMPARE(preview.status, 200);
        QVERIFY(!preview.body.contains("tEXt"));
        QVERIFY(!preview.body.contains("Newport"));
        QCOMPARE(sha256(preview.body), reported["sha256"].toString());
        QCOMPARE(QString::fromLatin1(preview.header("X-Content-SHA256")), reported["sha256"].toString());
        QCOMPARE(reported["size"].toInteger(), preview.body.size());

        QCOMPARE(vote(id, "checker", approveAll()).status, 200);
        QCOMPARE(vote(id, "checker2", approveAll()).status, 200);
        const Reply released = call("POST", "/api/v1/submissions/" + id + "/release", "checker");
        QVERIFY2(released.status == 201, released.body.constData());
        const Reply download =
            call("GET", "/api/v1/releases/" + released.json["id"].toString() + "/files/2", "res");
        QCOMPARE(download.status, 200);
        QCOMPARE(download.body, preview.body);

        // The audit event of the submission names both: what was stored and what it came from.
        store::AuditLog log(m_api->context().database());
        auto events = log.list(0, 100000);
        QVERIFY(events.ok());
        QJsonObject stored;
        for (const store::AuditEvent &e : events.value()) {
            if (e.action == "submission.submit" && e.subject == "submission:" + id)
                stored = e.details["files"].toArray().at(2).toObject();
        }
        QCOMPARE(stored["sha256"].toString(), reported["sha256"].toString());
        QCOMPARE(stored["reencoded_from_sha256"].toString(), sha256(tagged));
        verifyAudit({"submission.submit", "release.create"});

        // A report that runs a script when it is opened is refused, naming the file.
        write("outputs/report.pdf",
              srs::test::simplePdf(1, " /OpenAction << /S /JavaScript /JS (app.alert(1)) >>"));
        QJsonObject withReport = request();
        QJsonArray files = withReport["files"].toArray();
        files.append(QJsonObject{{"path", "outputs/report.pdf"},
                                 {"role", "output"},
                                 {"description", "The report"},
                                 {"destination", "Journal article"}});
        withReport["files"] = files;
        const Reply refused = call("POST", "/api/v1/projects/P1/submissions", "res", withReport);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.code(), QString("output-format-refused"));
        QCOMPARE(refused.json["field"].toString(), QString("files[3].path"));
        QVERIFY2(
            refused.json["message"].toString().startsWith(
                "files[3].path: report.pdf cannot be released as it is: the PDF holds what a checker would "
                "not see on its pages: JavaScript"),
            refused.body.constData());
        // Made again without the script, it is accepted as it is.
        write("outputs/report.pdf", srs::test::simplePdf(1));
        const Reply clean = call("POST", "/api/v1/projects/P1/submissions", "res", withReport);
        QVERIFY2(clean.status == 201, clean.body.constData());
        QCOMPARE(clean.json["files"].toArray().at(3).toObject()["sha256"].toString(),
                 sha256(srs::test::simplePdf(1)));
    }

    void changesRequestedThenResubmitted()
    {
        const QString id = submit();
        claimTwice(id);
        QCOMPARE(vote(id, "checker",
                      votes("request-changes", "approve", "approve", "One small cell to suppress.",
                            "Suppress the Newport over-30 cell too.", "INTERNAL-ONLY dominance close"))
                     .status,
                 200);
        // Incomplete votes are refused, naming the field to fix.
        Reply incomplete = vote(id, "checker2", votes("request-changes", "approve", "approve"));
        QCOMPARE(incomplete.status, 422);
        QCOMPARE(incomplete.code(), QString("review-incomplete"));
        QCOMPARE(incomplete.json["field"].toString(), QString("files[0].sharedComment"));
        QCOMPARE(vote(id, "checker2", approveAll()).json["submission"].toObject()["state"].toString(),
                 QString("returned"));

        // The author is told, once, with the request's title and its new state; the checkers are not.
        const QJsonArray told = noticesOf("res", "request-returned", id);
        QCOMPARE(told.size(), 1);
        QCOMPARE(told.at(0)["state"].toString(), QString("returned"));
        QCOMPARE(told.at(0)["project_id"].toString(), QString("P1"));
        QCOMPARE(told.at(0)["read"].toBool(), false);
        QVERIFY(!told.at(0)["subject"].toString().isEmpty());
        QVERIFY(noticesOf("checker", "request-returned", id).isEmpty());
        // Never a message per comment: the notice carries no checker's words.
        QVERIFY(!QJsonDocument(told.at(0).toObject()).toJson().contains("Newport"));

        // The author reads the shared comment, never the internal one.
        Reply mine = call("GET", "/api/v1/projects/P1/submissions/" + id, "res");
        QCOMPARE(mine.status, 200);
        QVERIFY2(!mine.body.contains("INTERNAL-ONLY"), mine.body.constData());
        const QJsonObject outcome = mine.json["rounds"].toArray().at(0).toObject()["outcome"].toObject();
        QCOMPARE(outcome["state"].toString(), QString("returned"));
        const QJsonObject first = outcome["files"].toArray().at(0).toObject();
        QCOMPARE(first["decision"].toString(), QString("request-changes"));
        QCOMPARE(first["shared_comment"].toString(), QString("Suppress the Newport over-30 cell too."));
        // The return is recorded in the name of the checker who asked for changes and wrote the
        // summary, not of the one who approved everything and completed the round.
        const QJsonObject returned = mine.json["history"].toArray().last().toObject();
        QCOMPARE(returned["action"].toString(), QString("return"));
        QCOMPARE(returned["actor"].toObject()["id"].toString(), QString("u-checker"));
        QCOMPARE(returned["actor"].toObject()["display_name"].toString(), QString("CHECKER"));
        QCOMPARE(returned["note"].toString(), QString("One small cell to suppress."));
        // So does the audit event of the decision: checker2 completed the round (the actor), the
        // checker's request for changes carried it.
        const auto decision = lastEvent("submission.return", id);
        QVERIFY(decision.has_value());
        QCOMPARE(decision->actor, QString("u-checker2"));
        QCOMPARE(decision->details["decided_by"].toArray(), QJsonArray{"u-checker"});

        write("outputs/income.csv", ChangedTable);
        QJsonObject again = request();
        again.insert("note", "Suppressed as asked.");
        Reply resubmitted = call("POST", "/api/v1/projects/P1/submissions/" + id + "/resubmit", "res", again);
        QVERIFY2(resubmitted.status == 200, resubmitted.body.constData());
        claimTwice(id);
        // The checkers of round 2 read what the author says they changed.
        const Reply review = call("GET", "/api/v1/submissions/" + id + "/review", "checker");
        QCOMPARE(review.status, 200);
        QVERIFY2(review.body.contains("Suppressed as asked."), review.body.constData());
        // Both rounds' snapshots, for the checker's cell-by-cell diff.
        Reply round1 = call("GET", "/api/v1/submissions/" + id + "/rounds/1/files/0", "checker");
        Reply round2 = call("GET", "/api/v1/submissions/" + id + "/rounds/2/files/0", "checker");
        QCOMPARE(round1.status, 200);
        QCOMPARE(round1.body, Table);
        QCOMPARE(round2.body, ChangedTable);
        // Never to the researcher, nor to a checker who has not claimed it.
        QCOMPARE(call("GET", "/api/v1/submissions/" + id + "/rounds/2/files/0", "res").code(),
                 QString("not-an-output-checker"));
        QCOMPARE(call("GET", "/api/v1/submissions/" + id + "/rounds/2/files/0", "checker3").code(),
                 QString("review-not-claimed"));
        QCOMPARE(vote(id, "checker", approveAll()).status, 200);
        QCOMPARE(vote(id, "checker2", approveAll()).json["submission"].toObject()["state"].toString(),
                 QString("approved"));
        Reply released = call("POST", "/api/v1/submissions/" + id + "/release", "checker2");
        QCOMPARE(released.status, 201);
        QCOMPARE(released.json["files"].toArray().at(0).toObject()["sha256"].toString(),
                 sha256(ChangedTable));
        verifyAudit({"submission.return", "submission.resubmit", "review.file-read", "review.file-read",
                     "submission.approve", "release.create"});
    }

    // A file whose automated checks fail is approved only with the checker's reason why it is safe
    // to release all the same (their note for checkers); the reason is in the vote's audit event.
    // Other decisions on it, and approvals of files that pass, need none.
    void approvingAFailingFileNeedsAReason()
    {
        write("outputs/income.csv", Counts); // Newport, Under 30 holds 7: a Fail finding at B3
        QJsonObject body = request();
        body["exceptions"] =
            QJsonArray{QJsonObject{{"path", "outputs/income.csv"},
                                   {"rule", "threshold"},
                                   {"cell", "B3"},
                                   {"justification", "Published at this level in the regional bulletin."}}};
        const Reply made = call("POST", "/api/v1/projects/P1/submissions", "res", body);
        QVERIFY2(made.status == 201, made.body.constData());
        const QString id = made.json["id"].toString();
        claimTwice(id);

        Reply bare = vote(id, "checker", approveAll());
        QCOMPARE(bare.status, 422);
        QCOMPARE(bare.code(), QString("review-approval-needs-reason"));
        QCOMPARE(bare.json["field"].toString(), QString("files[0].internalComment"));
        QVERIFY2(bare.json["message"].toString().contains("outputs/income.csv"), bare.body.constData());
        Reply blank = vote(id, "checker", votes("approve", "approve", "approve", {}, {}, "   "));
        QCOMPARE(blank.code(), QString("review-approval-needs-reason"));
        QVERIFY(!lastEvent("review.vote", id).has_value()); // nothing recorded

        // Asking for changes needs the comment for the author only.
        QCOMPARE(
            vote(id, "checker2", votes("request-changes", "approve", "approve", {}, "Suppress B3.")).status,
            200);
        const QString reason = "The bulletin publishes this cell; the exception holds.";
        Reply given = vote(id, "checker", votes("approve", "approve", "approve", {}, {}, reason));
        QVERIFY2(given.status == 200, given.body.constData());
        const auto event = lastEvent("review.vote", id);
        QVERIFY(event.has_value());
        QCOMPARE(event->actor, QString("u-checker"));
        const QJsonArray files = event->details["files"].toArray();
        QCOMPARE(files.at(0).toObject()["path"].toString(), QString("outputs/income.csv"));
        QVERIFY(files.at(0).toObject()["failing_checks"].toBool());
        QCOMPARE(files.at(0).toObject()["reason"].toString(), reason);
        // The figure passed its checks: no reason is asked or recorded for it.
        QVERIFY(!files.at(2).toObject().contains("reason"));
        // The reason is stored with the vote, for checkers.
        const Reply review = call("GET", "/api/v1/submissions/" + id + "/review", "checker2");
        QVERIFY2(review.body.contains(reason.toUtf8()), review.body.constData());
        verifyAudit({"review.vote", "review.vote", "submission.return"});
    }

    void withdrawnDuringReview()
    {
        const QString id = submit();
        claimTwice(id);
        Reply withdrawn = call("POST", "/api/v1/projects/P1/submissions/" + id + "/withdraw", "res");
        QVERIFY2(withdrawn.status == 200, withdrawn.body.constData());
        Reply late = vote(id, "checker", approveAll());
        QCOMPARE(late.status, 409);
        QCOMPARE(late.code(), QString("submission-wrong-state"));
        QCOMPARE(call("GET", "/api/v1/review/queue", "checker").json["items"].toArray().size(), 0);
        verifyAudit({"review.claim", "submission.withdraw"});
    }

    void rejectedWithAReason()
    {
        const QString id = submit();
        claimTwice(id);
        Reply noReason = vote(id, "checker", votes("reject", "reject", "reject", {}, "Disclosive."));
        QCOMPARE(noReason.status, 422);
        QCOMPARE(noReason.json["field"].toString(), QString("summary"));
        QCOMPARE(
            vote(id, "checker", votes("reject", "reject", "reject", "Too small a population.", "Disclosive."))
                .status,
            200);
        QCOMPARE(vote(id, "checker2", votes("reject", "approve", "reject", "Agreed.", "Disclosive."))
                     .json["submission"]
                     .toObject()["state"]
                     .toString(),
                 QString("rejected"));
        Reply mine = call("GET", "/api/v1/projects/P1/submissions/" + id, "res");
        QVERIFY(mine.json["rounds"]
                    .toArray()
                    .at(0)
                    .toObject()["outcome"]
                    .toObject()["summary"]
                    .toString()
                    .contains("Too small a population."));
        Reply release = call("POST", "/api/v1/submissions/" + id + "/release", "checker");
        QCOMPARE(release.status, 409);
        QCOMPARE(release.code(), QString("submission-wrong-state"));
        verifyAudit({"submission.reject"});
        QCOMPARE(noticesOf("res", "request-rejected", id).size(), 1);
        QVERIFY(noticesOf("res", "request-released", id).isEmpty());
    }

    // A member of the project never reviews it, and nobody reviews their own request.
    // The authorisation matrix of the reviewing routes on stored requests: each refusal with its
    // own code, beside what the same people may do. (The stateless rows are in tst_api's matrix.)
    //   A: asked by res, waiting, no claims      B: checker has voted, checker2 has claimed
    //   C: asked by rescheck (a checker too)     R: released (table, figure; counts supporting)
    //   P: partly approved and released (the figure rejected)
    void authorisationMatrixOnStoredRequests()
    {
        const QString a = submit();
        const QString b = submit();
        claimTwice(b);
        QCOMPARE(vote(b, "checker", approveAll()).status, 200);
        const QString c = submit("rescheck");
        const QString d = submit();
        const QString r = releaseApproved(d);
        const QString p = submit();
        claimTwice(p);
        const QJsonObject partly = votes("approve", "approve", "reject", "The figure shows single people.",
                                         "Points for individuals.");
        QCOMPARE(vote(p, "checker", partly).status, 200);
        QCOMPARE(vote(p, "checker2", partly).status, 200);
        const Reply released = call("POST", "/api/v1/submissions/" + p + "/release", "checker");
        QCOMPARE(released.status, 201);
        const QString rp = released.json["id"].toString();
        QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty() && !r.isEmpty() && !rp.isEmpty());

        struct Row
        {
            const char *name, *user, *method;
            QString path;
            int status;
            const char *code;
        };
        const QString sub = "/api/v1/submissions/";
        const QString rel = "/api/v1/releases/";
        const Row rows[] = {
            // claiming
            {"self-review", "rescheck", "POST", sub + c + "/reviews", 403, "submission-own"},
            {"project member reviewing", "rescheck", "POST", sub + a + "/reviews", 403,
             "review-project-member"},
            {"researcher claiming", "res", "POST", sub + a + "/reviews", 403, "not-an-output-checker"},
            {"third review", "checker3", "POST", sub + b + "/reviews", 409, "review-third"},
            {"claiming twice", "checker2", "POST", sub + b + "/reviews", 409, "review-already-claimed"},
            // reading and voting
            {"the other's votes before voting", "checker2", "GET", sub + b + "/review?votes=all", 403,
             "review-blinded"},
            {"own review, the other's withheld", "checker2", "GET", sub + b + "/review", 200, ""},
            {"after voting, both seen", "checker", "GET", sub + b + "/review?votes=all", 200, ""},
            {"a file without a claim", "checker3", "GET", sub + a + "/rounds/1/files/0", 403,
             "review-not-claimed"},
            {"a file as the claimant", "checker2", "GET", sub + b + "/rounds/1/files/0", 200, ""},
            {"the author reading the snapshot", "res", "GET", sub + b + "/rounds/1/files/0", 403,
             "not-an-output-checker"},
            // the fresh comparison with the releases: the review context's rules
            {"comparing one's own request", "rescheck", "GET", sub + c + "/release-differences", 403,
             "submission-own"},
            {"a project member comparing", "rescheck", "GET", sub + a + "/release-differences", 403,
             "review-project-member"},
            {"the author comparing", "res", "GET", sub + a + "/release-differences", 403,
             "not-an-output-checker"},
            {"comparing without a claim", "checker3", "GET", sub + a + "/release-differences", 200, ""},
            {"comparing, blinded", "checker2", "GET", sub + b + "/release-differences", 200, ""},
            {"comparing a released request", "checker", "GET", sub + d + "/release-differences", 200, ""},
            {"voting without a claim", "checker3", "PUT", sub + b + "/reviews/mine", 403,
             "review-not-claimed"},
            {"voting twice", "checker", "PUT", sub + b + "/reviews/mine", 409, "review-already-submitted"},
            // releasing
            {"releasing without two approvals", "checker", "POST", sub + a + "/release", 409,
             "release-needs-two-approvals"},
            {"releasing half-reviewed", "checker3", "POST", sub + b + "/release", 409,
             "release-needs-two-approvals"},
            {"releasing twice", "checker", "POST", sub + d + "/release", 409, "submission-wrong-state"},
            {"the author releasing", "res", "POST", sub + a + "/release", 403, "not-an-output-checker"},
            // downloading
            {"a released output", "res", "GET", rel + r + "/files/0", 200, ""},
            {"a supporting file", "res", "GET", rel + r + "/files/1", 403, "download-supporting-file"},
            {"a rejected file", "res", "GET", rel + rp + "/files/2", 403, "download-not-released"},
            {"a file the release does not have", "res", "GET", rel + r + "/files/9", 403,
             "download-not-released"},
            {"a checker downloading", "checker", "GET", rel + r + "/files/0", 404, "not-found"},
        };
        for (const Row &row : rows) {
            const QJsonObject body = QByteArray(row.method) == "PUT" ? approveAll() : QJsonObject();
            const Reply got = call(row.method, row.path, QString::fromLatin1(row.user), body);
            const QString what =
                QString("%1: %2 %3 -> %4 %5")
                    .arg(QString::fromLatin1(row.name), QString::fromLatin1(row.method), row.path)
                    .arg(got.status)
                    .arg(got.json["code"].toString());
            QVERIFY2(got.status == row.status, qPrintable(what));
            if (*row.code)
                QVERIFY2(got.json["code"].toString() == QLatin1String(row.code), qPrintable(what));
        }
    }

    void membersAndAuthorsAreRefused()
    {
        const QString id = submit();
        Reply member = call("POST", "/api/v1/submissions/" + id + "/reviews", "rescheck");
        QCOMPARE(member.status, 403);
        QCOMPARE(member.code(), QString("review-project-member"));
        const QString own = submit("rescheck");
        QVERIFY(!own.isEmpty());
        Reply self = call("POST", "/api/v1/submissions/" + own + "/reviews", "rescheck");
        QCOMPARE(self.status, 403);
        QCOMPARE(self.code(), QString("submission-own"));
        QHash<QString, QString> notForMe;
        for (const auto &i : call("GET", "/api/v1/review/queue", "rescheck").json["items"].toArray())
            notForMe.insert(i.toObject()["id"].toString(), i.toObject()["not_for_me"].toString());
        QCOMPARE(notForMe.value(own), QString("submission-own"));
        QCOMPARE(notForMe.value(id), QString("review-project-member"));
        verifyAudit({"submission.submit", "submission.submit"});
    }

    void answerTimesByWeek()
    {
        const QString id = submit();
        claimTwice(id);
        QCOMPARE(vote(id, "checker", approveAll()).status, 200);
        QCOMPARE(vote(id, "checker2", approveAll()).status, 200);
        Reply stats = call("GET", "/api/v1/review/statistics?weeks=4", "checker");
        QCOMPARE(stats.status, 200);
        const QJsonArray weeks = stats.json["weeks"].toArray();
        QCOMPARE(weeks.size(), 4);
        const QJsonObject last = weeks.at(3).toObject();
        QCOMPARE(last["answered"].toInt(), 1);
        QCOMPARE(last["within_promise"].toInt(), 1);
        QCOMPARE(weeks.at(0).toObject()["answered"].toInt(), 0);
        QCOMPARE(call("GET", "/api/v1/review/statistics?weeks=0", "checker").status, 400);
        QCOMPARE(call("GET", "/api/v1/review/statistics", "res").code(), QString("not-an-output-checker"));
    }

    void prePublicationReleaseIsDestroyedWhenTheProjectCompletes()
    {
        const QString rid = releaseApproved(submit("res", "pre-publication"));
        QVERIFY(!rid.isEmpty());
        store::ProjectRepository projects(m_api->context().database());
        auto p1 = projects.find("P1");
        QVERIFY(p1.ok());
        Reply manifest = call("GET", "/api/v1/releases/" + rid, "res");
        QCOMPARE(manifest.json["destroy_by"].toString(), p1->effectiveEndDate().toString(Qt::ISODate));
        const QJsonObject attest{{"attest", true}, {"note", "Deleted from every laptop."}};
        Reply active = call("POST", "/api/v1/releases/" + rid + "/destruction", "res", attest);
        QCOMPARE(active.status, 403);
        QCOMPARE(active.code(), QString("destruction-project-still-active"));

        domain::Project completed = p1.value();
        completed.status = domain::ProjectStatus::Completed;
        QVERIFY(projects.save(completed).ok());
        Reply pending = call("GET", "/api/v1/releases?pending-destruction=1", "res");
        QCOMPARE(pending.status, 200);
        QCOMPARE(pending.json["releases"].toArray().size(), 1);
        QCOMPARE(call("GET", "/api/v1/releases?pending-destruction=1", "checker")
                     .json["releases"]
                     .toArray()
                     .size(),
                 0);
        Reply notLead = call("POST", "/api/v1/releases/" + rid + "/destruction", "checker", attest);
        QCOMPARE(notLead.status, 403);
        QCOMPARE(notLead.code(), QString("destruction-not-project-lead"));
        Reply done = call("POST", "/api/v1/releases/" + rid + "/destruction", "res", attest);
        QVERIFY2(done.status == 200, done.body.constData());
        QVERIFY(!done.json["destroyed_at"].isNull());
        QCOMPARE(done.json["destroyed_by"].toObject()["username"].toString(), QString("res"));
        QCOMPARE(call("POST", "/api/v1/releases/" + rid + "/destruction", "res", attest).status, 409);
        QCOMPARE(
            call("GET", "/api/v1/releases?pending-destruction=1", "res").json["releases"].toArray().size(),
            0);
        verifyAudit({"release.create", "release.destruction"});
    }

    void registerAndRoCrate()
    {
        const QString rid = releaseApproved(submit());
        QVERIFY(!rid.isEmpty());
        Reply reg = call("GET", "/api/v1/register", "res");
        QCOMPARE(reg.status, 200);
        const QJsonArray entries = reg.json["releases"].toArray();
        QCOMPARE(entries.size(), 1);
        const QJsonObject e = entries.at(0).toObject();
        QCOMPARE(e["release_id"].toString(), rid);
        QCOMPARE(e["checkers"].toArray(), (QJsonArray{"Output checker 1", "Output checker 2"}));
        QVERIFY(e["engine_version"].toString().startsWith("srs-sdc "));
        QVERIFY(e["profile_version"].toString().startsWith("default@"));
        QStringList hashes;
        for (const auto &f : e["files"].toArray())
            hashes << f.toObject()["sha256"].toString();
        QCOMPARE(hashes, (QStringList{sha256(Table), sha256(figure())}));
        QCOMPARE(m_api->call("GET", "/api/v1/register").status, 401);

        Reply crate = call("GET", "/api/v1/releases/" + rid + "/ro-crate", "checker");
        QCOMPARE(crate.status, 200);
        QCOMPARE(call("GET", "/api/v1/releases/" + rid + "/ro-crate", "res").code(),
                 QString("not-an-output-checker"));
        QHash<QString, QJsonObject> byId;
        QStringList types;
        for (const auto &node : crate.json["@graph"].toArray()) {
            byId.insert(node.toObject()["@id"].toString(), node.toObject());
            types << node.toObject()["@type"].toString();
        }
        QCOMPARE(byId.value("./")["conformsTo"].toObject()["@id"].toString(),
                 QString("https://w3id.org/5s-crate/0.4"));
        QCOMPARE(types.count("AssessAction"), 3); // the automated checks and two reviews
        QCOMPARE(types.count("AuthorizeAction"), 1);
        QCOMPARE(types.count("SendAction"), 1);
        QCOMPARE(byId.value("./")["mentions"].toArray().size(), 5);
        QCOMPARE(byId.value("outputs/income.csv")["sha256"].toString(), sha256(Table));

        // The command line: the same register as CSV, and the crate written to a folder.
        QTemporaryDir out;
        const QString config = out.filePath("server.json");
        {
            const store::DatabaseConfig db = m_api->context().config().effectiveDatabase();
            QJsonObject database{
                {"backend", db.backend == store::DatabaseConfig::Backend::Postgres ? "postgres" : "sqlite"}};
            if (db.backend == store::DatabaseConfig::Backend::Postgres) {
                database.insert("host", db.hostName);
                database.insert("port", db.port);
                database.insert("name", db.databaseName);
                database.insert("user", db.userName);
            } else {
                database.insert("path", db.sqlitePath);
            }
            QFile f(config);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(json({{"data_dir", m_api->context().config().dataDir}, {"database", database}}));
        }
        QProcess cli;
        cli.start(QStringLiteral(SRS_SERVER_BINARY), {"register", "export", "--format", "csv", "--output",
                                                      out.filePath("register.csv"), "--config", config});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QFile csv(out.filePath("register.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QVERIFY(lines.at(0).startsWith(
            "release_id,project_id,project_title,title,clearance_type,released_at,path,"));
        QVERIFY(lines.at(1).contains(",Income by region and age,")); // the request's title
        QCOMPARE(lines.size(), 4);                                   // header, two files, the empty tail
        QVERIFY(lines.at(1).contains(sha256(Table).toLatin1()));
        QVERIFY(lines.at(2).contains(sha256(figure()).toLatin1()));
        QVERIFY(lines.at(1).contains(",Output checker 1,Output checker 2"));

        cli.start(QStringLiteral(SRS_SERVER_BINARY),
                  {"register", "ro-crate", rid, "--output", out.filePath("crate"), "--config", config});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QFile metadata(out.filePath("crate/ro-crate-metadata.json"));
        QVERIFY(metadata.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(metadata.readAll()).object()["@graph"].toArray().size(),
                 crate.json["@graph"].toArray().size());
    }
};

QTEST_GUILESS_MAIN(TestReviewsApi)
#include "tst_reviews_api.moc"
