// Whole lifecycles of an output request through the real client stack (Workstations over mutual
// TLS, the review desk, the wizard, releases) and the real server with the demo world:
//   asha.patel submits the demo table; fiona.campbell and daniel.reid claim it, daniel does not
//   see fiona's votes until his own are in, and fiona asks for changes: it is returned with her
//   shared comment (never her internal one); asha fixes the file in the workspace and
//   resubmits through the wizard; both checkers see round 1 and round 2 and approve; fiona
//   releases; asha downloads the output (never the counts) and every hash is verified. The audit
//   chain verifies after it, and the register lists the release.
//   A second request is withdrawn during review; a third is rejected with a reason.

#include "ClientRig.h"
#include "ServerProcess.h"

#include "protocol/ReviewMessages.h"
#include "protocol/SubmissionMessages.h"
#include "session/Releases.h"
#include "session/ReviewDesk.h"
#include "session/Session.h"
#include "session/SubmissionWizard.h"
#include "session/Submissions.h"
#include "session/WorkspaceSync.h"
#include "session/Workstation.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace srs;
using session::ReviewDesk;
using session::Workstation;
using testing::ServerProcess;

namespace {

const QString &Project = testing::DemoProject;
const QString &Table = testing::DemoTable;
const QString &Counts = testing::DemoCounts;

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestLifecycle : public QObject
{
    Q_OBJECT

    ServerProcess m_server{[] {
        ServerProcess::Options o;
        o.seedDemo = true;
        return o;
    }()};
    QTemporaryDir m_caches;
    testing::TotpSteps m_steps{m_server};

    // Researchers on the laptop; output checkers at the safe-room terminal (where checkers may look:
    // the laptop counts as home working in the demo world).
    std::unique_ptr<Workstation> signedIn(const QString &user)
    {
        const bool checker = user == "fiona.campbell" || user == "daniel.reid";
        auto w = std::make_unique<Workstation>(
            testing::clientConfig(m_server.baseUrl(), m_caches.filePath(user), checker));
        w->start();
        if (!testing::signInWithCode(*w, user, m_steps.next(user)))
            return nullptr;
        return w;
    }

    // The checker claims the request (or opens it again) and waits for its context.
    static bool claim(ReviewDesk *desk, const QString &id, bool open = false)
    {
        QSignalSpy changed(desk, &ReviewDesk::contextChanged);
        QSignalSpy failed(desk, &ReviewDesk::contextFailed);
        if (open)
            desk->open(id);
        else
            desk->claim(id);
        if (!QTest::qWaitFor([&] { return !changed.isEmpty() || !failed.isEmpty(); }, 30'000))
            return false;
        if (!failed.isEmpty())
            qWarning("%s", qPrintable(failed.first().first().value<api::ApiFailure>().message));
        return !changed.isEmpty();
    }

    static bool vote(ReviewDesk *desk, QList<domain::FileReview> files, const QString &summary = {})
    {
        QSignalSpy voted(desk, &ReviewDesk::voted);
        QSignalSpy failed(desk, &ReviewDesk::voteFailed);
        protocol::VoteRequest v;
        v.files = std::move(files);
        v.summary = summary;
        desk->vote(v);
        if (!QTest::qWaitFor([&] { return !voted.isEmpty() || !failed.isEmpty(); }, 30'000))
            return false;
        if (!failed.isEmpty())
            qWarning("%s (%s)", qPrintable(failed.first().first().toString()),
                     qPrintable(failed.first().at(1).toString()));
        return !voted.isEmpty();
    }

    static QList<domain::FileReview> approveAll()
    {
        return {{Table, domain::FileDecision::Approve, {}, {}},
                {Counts, domain::FileDecision::Approve, {}, {}}};
    }

    static std::optional<QByteArray> fetch(ReviewDesk *desk, int round, int index)
    {
        QSignalSpy failed(desk, &ReviewDesk::fileFailed);
        desk->fetchFile(round, index);
        (void)QTest::qWaitFor([&] { return desk->file(round, index).has_value() || !failed.isEmpty(); },
                              30000);
        return desk->file(round, index);
    }

    std::optional<protocol::SubmissionInfo> detailFor(Workstation &w, const QString &id)
    {
        auto info = protocol::SubmissionInfo::fromJson(
            testing::callAndWait(w, protocol::route::Submission.spec, {Project, id}));
        if (!info.ok())
            return std::nullopt;
        return *info;
    }

    bool auditVerifies()
    {
        QString out;
        const int rc = m_server.runCommand({"audit", "verify"}, &out);
        if (rc != 0)
            qWarning("audit verify: %d %s", rc, qPrintable(out));
        return rc == 0;
    }

    QStringList auditActions()
    {
        QString out;
        if (m_server.runCommand({"audit", "list", "--limit", "1000"}, &out) != 0)
            return {};
        return out.split('\n');
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_caches.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void returnedResubmittedApprovedReleasedAndDownloaded()
    {
        auto asha = signedIn("asha.patel");
        auto fiona = signedIn("fiona.campbell");
        auto daniel = signedIn("daniel.reid");
        QVERIFY(asha && fiona && daniel);
        const QString id = testing::submitDemoTable(*asha, "Income by region and age");
        QVERIFY(!id.isEmpty());

        // The queue lists it for both checkers.
        ReviewDesk *f = fiona->reviewDesk();
        f->refresh();
        QVERIFY(QTest::qWaitFor([&] { return f->queueFromServer(); }, 30'000));
        const auto listed = std::find_if(f->queue().items.cbegin(), f->queue().items.cend(),
                                         [&](const protocol::ReviewQueueItem &i) { return i.id == id; });
        QVERIFY(listed != f->queue().items.cend());
        QCOMPARE(listed->worstFinding, QString("fail"));
        QCOMPARE(listed->exceptions, 1);
        QVERIFY(listed->notForMe.isEmpty());

        // Fiona claims, reads the table (the snapshot, checked against its hash) and asks for changes.
        QVERIFY(claim(f, id));
        const QByteArray round1Table = readFile(m_server.workspaceFolder(Project) + '/' + Table);
        const auto fetched = fetch(f, 1, 0);
        QVERIFY(fetched.has_value());
        QCOMPARE(*fetched, round1Table);
        QVERIFY(vote(f, {{Table, domain::FileDecision::RequestChanges,
                          "Wales, Under 35 has 6 people: merge or suppress it.",
                          "Third small cell from this team this month."},
                         {Counts, domain::FileDecision::Approve, {}, {}}}));
        QCOMPARE(f->context()->submission.submission.state, domain::SubmissionState::InReview);

        // Daniel claims: Fiona's votes are withheld until his own are in.
        ReviewDesk *d = daniel->reviewDesk();
        QVERIFY(claim(d, id));
        QVERIFY(d->context()->blinded);
        for (const protocol::ReviewInfo &r : d->context()->reviews)
            QVERIFY(r.review.checkerId == daniel->session()->me().user.id || r.review.files.isEmpty());
        // The table fails a check (its exception is asked for): approving it without saying why it
        // is safe to release all the same is refused by the server.
        QSignalSpy refusedVote(d, &ReviewDesk::voteFailed);
        QVERIFY(!vote(d, approveAll()));
        QCOMPARE(refusedVote.size(), 1);
        QCOMPARE(refusedVote.first().at(1).toString(), QString("files[0].internalComment"));
        QVERIFY2(refusedVote.first().first().toString().contains(Table),
                 qPrintable(refusedVote.first().first().toString()));
        QCOMPARE(d->context()->submission.submission.state, domain::SubmissionState::InReview);
        QVERIFY(vote(d, {{Table,
                          domain::FileDecision::Approve,
                          {},
                          "Wales, Under 35 is published at this level by the statistics office."},
                         {Counts, domain::FileDecision::Approve, {}, {}}}));
        QCOMPARE(d->context()->submission.submission.state, domain::SubmissionState::Returned);
        QVERIFY(!d->context()->blinded);
        QCOMPARE(d->context()->reviews.size(), 2);

        // Asha sees it returned, with Fiona's shared comment and not her internal one.
        const QByteArray asAuthor =
            testing::callAndWait(*asha, protocol::route::Submission.spec, {Project, id});
        QVERIFY(!asAuthor.contains("Third small cell"));
        auto returned = protocol::SubmissionInfo::fromJson(asAuthor);
        QVERIFY(returned.ok());
        QCOMPARE(returned->submission.state, domain::SubmissionState::Returned);
        QVERIFY(returned->rounds.constFirst().outcome.has_value());
        bool commentSeen = false;
        for (const domain::FileReview &fr : returned->rounds.constFirst().outcome->files)
            commentSeen |= fr.path == Table && fr.sharedComment.contains("merge or suppress");
        QVERIFY(commentSeen);

        // She fixes the file where she works, and resubmits through the wizard.
        const QString tablePath = m_server.workspaceFolder(Project) + '/' + Table;
        QByteArray fixed = round1Table;
        QVERIFY(fixed.contains("Wales,6,"));
        fixed.replace("Wales,6,", "Wales,[c],");
        {
            QFile out(tablePath);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(fixed);
        }
        QCOMPARE(m_server.runAdmin({"scan-workspaces"}), 0);
        QSignalSpy synced(asha->workspaceSync(), &session::WorkspaceSync::syncFinished);
        asha->workspaceSync()->selectProject(Project);
        QVERIFY(synced.wait(30'000));
        session::SubmissionWizard *wizard = asha->wizard();
        wizard->startResubmission(*returned);
        QCOMPARE(wizard->draft().resubmitOf, id);
        QSignalSpy checked(wizard, &session::SubmissionWizard::checksFinished);
        wizard->runChecks();
        QVERIFY(checked.wait(30'000));
        QCOMPARE(checked.first().first().value<protocol::CheckResultInfo>().status, QString("pass"));
        wizard->draft().exceptions.clear(); // nothing left to explain
        QVERIFY(wizard->goTo(session::SubmissionDraft::Page::Commit).ok());
        wizard->draft().answer = "Wales, Under 35 is now suppressed.";
        wizard->draft().declared = true;
        QSignalSpy resubmitted(wizard, &session::SubmissionWizard::submitted);
        QSignalSpy refused(wizard, &session::SubmissionWizard::submitFailed);
        wizard->submit();
        QVERIFY(QTest::qWaitFor([&] { return !resubmitted.isEmpty() || !refused.isEmpty(); }, 30'000));
        QVERIFY2(refused.isEmpty(), refused.isEmpty() ? "" : qPrintable(refused.first().first().toString()));
        const auto round2 = resubmitted.first().first().value<protocol::SubmissionInfo>();
        QCOMPARE(round2.submission.state, domain::SubmissionState::Resubmitted);
        QCOMPARE(round2.submission.round, 2);

        // Round 2: both checkers see both rounds' files and what changed; both approve.
        QVERIFY(claim(f, id));
        QCOMPARE(f->context()->submission.rounds.size(), 2);
        const auto before = f->previousVersion(2, 0);
        QVERIFY(before.has_value());
        QCOMPARE(fetch(f, before->first, before->second).value_or(QByteArray()), round1Table);
        QCOMPARE(fetch(f, 2, 0).value_or(QByteArray()), fixed);
        QVERIFY(vote(f, approveAll()));
        QVERIFY(claim(d, id));
        QVERIFY(vote(d, approveAll()));
        QCOMPARE(d->context()->submission.submission.state, domain::SubmissionState::Approved);

        // Approved, it stays in the checkers' queue until it is released, open to either of them.
        auto listedAs = [&](ReviewDesk *desk) -> std::optional<protocol::ReviewQueueItem> {
            QSignalSpy changed(desk, &ReviewDesk::queueChanged);
            desk->refresh();
            if (!changed.wait(30'000))
                return std::nullopt;
            for (const protocol::ReviewQueueItem &i : desk->queue().items)
                if (i.id == id)
                    return i;
            return std::nullopt;
        };
        const auto toRelease = listedAs(f);
        QVERIFY(toRelease.has_value());
        QCOMPARE(toRelease->state, domain::SubmissionState::Approved);
        QVERIFY(toRelease->notForMe.isEmpty());

        // Fiona releases: the output only, never the counts.
        QSignalSpy released(f, &ReviewDesk::released);
        QVERIFY(claim(f, id, true));
        f->release();
        QVERIFY(released.wait(30'000));
        const auto release = released.first().first().value<protocol::ReleaseInfo>();
        QCOMPARE(release.files.size(), 1);
        QCOMPARE(release.files.constFirst().path, Table);
        QCOMPARE(release.files.constFirst().sha256, sha256(fixed));
        QVERIFY(!listedAs(d).has_value()); // released: no more work for checkers

        // Asha downloads to a folder of her choice; every file matches the manifest.
        session::Releases *releases = asha->releases();
        QSignalSpy fetchedReleases(releases, &session::Releases::projectReleasesChanged);
        releases->fetchForProject(Project);
        QVERIFY(fetchedReleases.wait(30'000));
        const auto mine = releases->ofSubmission(id);
        QVERIFY(mine.has_value());
        QTemporaryDir folder;
        QSignalSpy downloaded(releases, &session::Releases::downloadFinished);
        releases->download(*mine, folder.path());
        QVERIFY(downloaded.wait(30'000));
        const auto outcomes = downloaded.first().at(1).value<QList<session::Releases::FileOutcome>>();
        QCOMPARE(outcomes.size(), 1);
        QVERIFY2(outcomes.first().ok, qPrintable(outcomes.first().message));
        QCOMPARE(readFile(folder.filePath(Table)), fixed);
        QVERIFY(!QFile::exists(folder.filePath(Counts)));
        // The counts file cannot be downloaded even by asking for it.
        QVERIFY(testing::callAndWait(*asha, protocol::route::ReleaseFile.spec, {release.id, "1"}).isEmpty());

        // The record: the chain holds, and every step is in it; the register lists the release.
        QVERIFY(auditVerifies());
        const QString audit = auditActions().join('\n');
        for (const char *action :
             {"review.claim", "review.vote", "review.file-read", "release.create", "release.download"})
            QVERIFY2(audit.contains(QLatin1String(action)), action);
        // Round 1 was decided by Fiona's request for changes, though Daniel voted last: the decision
        // event is his doing (the actor) and names her as the checker whose votes carried it. His
        // approval of the failing table carries his reason.
        const QString fionaId = fiona->session()->me().user.id;
        const QString danielId = daniel->session()->me().user.id;
        bool returnSeen = false;
        bool reasonSeen = false;
        for (const QString &line : auditActions()) {
            const QJsonObject e = QJsonDocument::fromJson(line.toUtf8()).object();
            if (e["subject"].toString() != "submission:" + id)
                continue;
            const QJsonObject details = e["details"].toObject();
            if (e["action"].toString() == "submission.return") {
                returnSeen = true;
                QCOMPARE(e["actor"].toString(), danielId);
                QCOMPARE(details["decided_by"].toArray(), QJsonArray{fionaId});
            }
            if (e["action"].toString() == "review.vote" && e["actor"].toString() == danielId &&
                details["round"].toInt() == 1) {
                const QJsonObject table = details["files"].toArray().at(0).toObject();
                QCOMPARE(table["path"].toString(), Table);
                QVERIFY(table["failing_checks"].toBool());
                QVERIFY(table["reason"].toString().contains("published at this level"));
                reasonSeen = true;
            }
        }
        QVERIFY(returnSeen);
        QVERIFY(reasonSeen);
        QString exported;
        QCOMPARE(m_server.runCommand({"register", "export", "--format", "json"}, &exported), 0);
        QVERIFY(exported.contains(release.id));
        QVERIFY(exported.contains(sha256(fixed)));
    }

    void withdrawnDuringReviewAndRejected()
    {
        auto asha = signedIn("asha.patel");
        auto fiona = signedIn("fiona.campbell");
        auto daniel = signedIn("daniel.reid");
        QVERIFY(asha && fiona && daniel);

        // Withdrawn while Fiona reviews it: her vote is refused, the request is final.
        const QString gone = testing::submitDemoTable(*asha, "Withdrawn one");
        QVERIFY(claim(fiona->reviewDesk(), gone));
        QVERIFY(!testing::callAndWait(*asha, protocol::route::Withdraw.spec, {Project, gone},
                                      "{\"note\":\"Not needed now.\"}")
                     .isEmpty());
        QVERIFY(!vote(fiona->reviewDesk(), approveAll()));
        QCOMPARE(detailFor(*asha, gone)->submission.state, domain::SubmissionState::Withdrawn);

        // Rejected by both, with a reason that reaches the author.
        const QString no = testing::submitDemoTable(*asha, "Rejected one");
        const QList<domain::FileReview> reject{
            {Table, domain::FileDecision::Reject, "A listing of individuals, not a table.", {}},
            {Counts, domain::FileDecision::Reject, "Goes with the table.", {}}};
        QVERIFY(claim(fiona->reviewDesk(), no));
        QVERIFY(vote(fiona->reviewDesk(), reject, "Outputs of this kind cannot leave."));
        QVERIFY(claim(daniel->reviewDesk(), no));
        QVERIFY(vote(daniel->reviewDesk(), reject, "Agreed."));
        const auto rejected = detailFor(*asha, no);
        QVERIFY(rejected.has_value());
        QCOMPARE(rejected->submission.state, domain::SubmissionState::Rejected);
        QVERIFY(rejected->rounds.constFirst().outcome->summary.contains("cannot leave"));
        // Nothing to release.
        QSignalSpy failed(fiona->reviewDesk(), &ReviewDesk::releaseFailed);
        QVERIFY(claim(fiona->reviewDesk(), no, true));
        fiona->reviewDesk()->release();
        QVERIFY(failed.wait(30'000));
        QVERIFY(auditVerifies());
    }
};

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
