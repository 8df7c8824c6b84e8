// The checker's review desk without widgets, with the server scripted: the queue kept in the
// encrypted cache and shown from it before the server answers, file contents checked against
// the SHA-256 stored at submission (and refused when they differ), the previous round's version
// of a file found for the comparison, votes sent for every file, and everything wiped on lock.

#include "UiRig.h"

#include "protocol/ApiError.h"
#include "protocol/Messages.h"
#include "session/ClientStore.h"
#include "session/ConnectionMonitor.h"
#include "session/Releases.h"
#include "session/ReviewDesk.h"
#include "session/Session.h"
#include "ui/HomePage.h"
#include "ui/MainWindow.h"
#include "ui/review/FilePreviewWidget.h"
#include "ui/review/ReviewDialog.h"
#include "ui/review/ReviewPage.h"
#include "ui/review/ReviewQuestions.h"
#include "ui/review/ReviewQueueModel.h"
#include "ui/review/ReviewQueueView.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimeZone>
#include <QTreeWidget>

#include <memory>

using namespace srs;
using session::ReviewDesk;
using session::Session;
using testing::UiRig;

namespace {

const QByteArray LaptopHealth =
    R"({"server_version":"0.1.0","api_version":1,"device":{"subject":"CN=laptop-0042","name":"laptop-0042",)"
    R"("class":"organisation-device","organisation":"Demo University","site":""}})";

const QDateTime When(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::utc());
const QByteArray Round1 = "Region,Under 35,35 and over\nWales,6,40\nScotland,25,31\n";
const QByteArray Round2 = "Region,Under 35,35 and over\nWales,10,40\nScotland,25,31\n";

QString sha(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray checkerSession()
{
    protocol::SessionInfo s;
    s.token = "tok-1-cccccccccccccccccccccccccccccccccccccccccc";
    s.expiresAt = When.addSecs(12 * 3600);
    s.idleTimeoutSeconds = 900;
    s.cacheKeyShare = QString::fromLatin1(QByteArray(32, 'k').toBase64());
    s.me.user.id = "u-sam";
    s.me.user.username = "sam.checker";
    s.me.user.displayName = "Sam Checker";
    s.me.user.roles = {domain::Role::OutputChecker};
    return s.toJson();
}

protocol::ReviewQueue queueOf(int n)
{
    protocol::ReviewQueue q;
    q.generatedAt = When;
    for (int i = 0; i < n; ++i) {
        protocol::ReviewQueueItem item;
        item.id = QString("S-%1").arg(i + 1);
        item.projectId = "P1";
        item.projectTitle = "Housing and health";
        item.title = QString("Request %1").arg(i + 1);
        item.round = 1;
        item.files = 2;
        item.worstFinding = "fail";
        item.submittedAt = When;
        item.expectedAnswerDate = QDate(2026, 11, 27);
        item.workingDaysWaiting = i;
        q.items.append(item);
    }
    return q;
}

// A request in its second round: the table changed, its counts did not.
protocol::ReviewContext context(domain::SubmissionState state = domain::SubmissionState::InReview)
{
    protocol::ReviewContext c;
    domain::Submission &s = c.submission.submission;
    s.id = "S-1";
    s.projectId = "P1";
    s.authorId = "u-asha";
    s.state = state;
    s.round = 2;
    s.content.title = "Income by region";
    domain::SubmissionFile table{"outputs/income_by_region.csv",
                                 domain::FileRole::Output,
                                 "People by region",
                                 "Journal",
                                 sha(Round2),
                                 Round2.size()};
    domain::SubmissionFile counts{
        "outputs/income_by_region_counts.csv", domain::FileRole::Supporting, "", "", sha("counts"), 6};
    s.content.files = {table, counts};
    c.submission.author = {"u-asha", "asha.patel", "Asha Patel"};
    protocol::SubmissionRoundInfo first;
    first.round = 1;
    domain::SubmissionFile oldTable = table;
    oldTable.sha256 = sha(Round1);
    oldTable.size = Round1.size();
    first.files = {counts, oldTable}; // another order: found by path, not by place
    protocol::SubmissionRoundInfo second;
    second.round = 2;
    second.files = {table, counts};
    c.submission.rounds = {first, second};
    s.history = {{When.addDays(-3), "u-asha", domain::SubmissionAction::Resubmit,
                  domain::SubmissionState::Returned, domain::SubmissionState::Resubmitted, 2,
                  "Rounded Wales up to 10 as asked."}};
    domain::Review mine;
    mine.id = "R-1";
    mine.submissionId = "S-1";
    mine.round = 2;
    mine.checkerId = "u-sam";
    mine.claimedAt = When;
    c.reviews = {{mine, {"u-sam", "sam.checker", "Sam Checker"}}};
    c.blinded = true;
    return c;
}

// The request's table compared afresh: Wales differs by 2 from a release made after round 2.
protocol::ReleaseComparison freshComparison()
{
    protocol::ReleaseComparison c;
    c.submissionId = "S-1";
    c.round = 2;
    c.roundSubmittedAt = When;
    c.comparedAt = When.addDays(2);
    c.releases = {{"REL-1", "Income, 2025", When.addDays(-30), false},
                  {"REL-7", "Income again", When.addDays(1), true}};
    protocol::ReleaseDifference d;
    d.finding.rule = "release-differencing";
    d.finding.outcome = "review";
    d.finding.path = "outputs/income_by_region.csv";
    d.finding.fileRow = 2;
    d.finding.rowLabel = "Wales";
    d.finding.message = "Row 2 covers a population that differs by fewer than 10 records.";
    d.releaseId = "REL-7";
    d.releasedFile = "outputs/income_again.csv";
    d.scope = "row";
    d.difference = 2;
    c.differences = {d};
    return c;
}

} // namespace

class TestReviewDesk : public QObject
{
    Q_OBJECT

    void signIn(UiRig &rig)
    {
        rig.transport->route("GET", "/api/v1/projects", 200, protocol::encodeProjectList({}));
        rig.transport->queueResponse(201, checkerSession());
        QByteArray password("demo-sam");
        rig.workstation.session()->signIn("sam.checker", crypto::SecureBuffer::takeFrom(password), "123456");
        QVERIFY(QTest::qWaitFor([&] { return rig.workstation.store()->isOpen(); }));
    }

private slots:
    void theQueueShowsFromTheCacheBeforeTheServerAnswers()
    {
        UiRig rig;
        ReviewDesk *desk = rig.workstation.reviewDesk();
        rig.transport->route("GET", "/api/v1/review/queue", 200, queueOf(3).toJson());
        protocol::ReviewStatistics stats;
        stats.weeks = {{QDate(2026, 11, 16), 4, 3.5, 3}};
        rig.transport->route("GET", "/api/v1/review/statistics", 200, stats.toJson());
        signIn(rig);
        QVERIFY(desk->isChecker());
        QSignalSpy changed(desk, &ReviewDesk::queueChanged);
        desk->refresh();
        QTRY_VERIFY(desk->queueFromServer());
        QCOMPARE(desk->queue().items.size(), 3);
        QTRY_COMPARE(desk->statistics().weeks.size(), 1);
        QVERIFY(rig.transport->requests.last().url.contains("/api/v1/review/statistics?weeks=12"));

        rig.workstation.session()->signOut();
        QVERIFY(desk->queue().items.isEmpty()); // nothing left on screen

        // Next time, with the server slow to answer, the kept queue shows as soon as the cache opens.
        rig.transport->routeFailure("GET", "/api/v1/review/queue", net::NetError::TimedOut);
        rig.transport->routeFailure("GET", "/api/v1/review/statistics", net::NetError::TimedOut);
        signIn(rig);
        QTRY_COMPARE(desk->queue().items.size(), 3);
        QVERIFY(!desk->queueFromServer());
        QCOMPARE(desk->queue().items.at(2).workingDaysWaiting, 2);
        QCOMPARE(desk->statistics().weeks.constFirst().medianWorkingDays, 3.5);
        QSignalSpy failed(desk, &ReviewDesk::queueFailed);
        desk->refresh();
        QVERIFY(failed.wait());
        QCOMPARE(desk->queue().items.size(), 3); // still shown
    }

    void filesAreCheckedAgainstTheirHashAndKeptInMemoryOnly()
    {
        UiRig rig;
        ReviewDesk *desk = rig.workstation.reviewDesk();
        signIn(rig);
        rig.transport->route("POST", "/api/v1/submissions/S-1/reviews", 201, context().toJson());
        QSignalSpy opened(desk, &ReviewDesk::contextChanged);
        desk->claim("S-1");
        QVERIFY(opened.wait());
        QVERIFY(desk->myReview());
        QCOMPARE(desk->myReview()->id, QString("R-1"));

        // The table of round 2, and its version in round 1 (index 1 there) for the comparison.
        const auto before = desk->previousVersion(2, 0);
        QVERIFY(before.has_value());
        QCOMPARE(*before, (std::pair{1, 1}));
        QVERIFY(!desk->previousVersion(1, 1).has_value()); // round 1 has nothing before it

        rig.transport->route("GET", "/api/v1/submissions/S-1/rounds/2/files/0", 200, Round2);
        rig.transport->route("GET", "/api/v1/submissions/S-1/rounds/1/files/1", 200, Round1);
        // The counts file arrives altered on the way: refused, not shown.
        rig.transport->route("GET", "/api/v1/submissions/S-1/rounds/2/files/1", 200, "counts, altered");
        QSignalSpy loaded(desk, &ReviewDesk::fileLoaded);
        QSignalSpy failed(desk, &ReviewDesk::fileFailed);
        desk->fetchFile(2, 0);
        desk->fetchFile(1, 1);
        desk->fetchFile(2, 1);
        QTRY_COMPARE(loaded.size() + failed.size(), 3);
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(desk->file(2, 0).value(), Round2);
        QCOMPARE(desk->file(1, 1).value(), Round1);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(1).toInt(), 1);
        QVERIFY(failed.first().at(2).toString().contains("SHA-256"));
        QVERIFY(!desk->file(2, 1).has_value());
        // A file the request does not have is not asked for.
        const qsizetype sent = rig.transport->requests.size();
        desk->fetchFile(2, 7);
        QCOMPARE(rig.transport->requests.size(), sent);

        // Locking wipes the review and the queue.
        QSignalSpy cleared(desk, &ReviewDesk::cleared);
        rig.workstation.session()->lock(Session::LockReason::Manual);
        QVERIFY(!cleared.isEmpty());
        QVERIFY(!desk->context().has_value());
        QVERIFY(!desk->file(2, 0).has_value());
        QVERIFY(desk->queue().items.isEmpty());
    }

    // A claim the service refuses (two checkers have it already) says why and opens nothing.
    void aRefusedClaimSaysWhyAndOpensNothing()
    {
        UiRig rig;
        ReviewDesk *desk = rig.workstation.reviewDesk();
        signIn(rig);
        rig.transport->route(
            "POST", "/api/v1/submissions/S-1/reviews", 409,
            protocol::ApiError{"review-third", "Two checkers are reviewing request S-1 already.", ""}
                .toJson());
        QSignalSpy failed(desk, &ReviewDesk::contextFailed);
        desk->claim("S-1");
        QVERIFY(failed.wait());
        const auto failure = failed.first().first().value<api::ApiFailure>();
        QCOMPARE(failure.serverCode, QString("review-third"));
        QVERIFY(failure.message.contains("already"));
        QVERIFY(!desk->context().has_value());
        QVERIFY(!desk->myReview());
        // The service down: the same, and the claim can be tried again.
        rig.transport->routeFailure("POST", "/api/v1/submissions/S-1/reviews", net::NetError::TimedOut);
        desk->claim("S-1");
        QVERIFY(failed.wait());
        QCOMPARE(failed.size(), 2);
        QVERIFY(!desk->context().has_value());
    }

    // From a setting the service does not list for checking (home working), the queue is shown
    // and nothing can be claimed or opened: the page says why, and where it can be done.
    void theReviewPageSaysWhereCheckingCanBeDone()
    {
        UiRig rig;
        ReviewDesk *desk = rig.workstation.reviewDesk();
        protocol::ReviewQueue queue = queueOf(2);
        const QString why = "Outputs that are not yet released can be claimed and opened for checking only "
                            "from a safe room or your organisation's premises, and this connection counts "
                            "as home working.";
        queue.checkingRefusedCode = "checking-setting-refused";
        queue.checkingRefusedMessage = why;
        for (protocol::ReviewQueueItem &i : queue.items)
            i.notForMe = queue.checkingRefusedCode;
        queue.items[1].claimedByMe = true; // claimed earlier from the office: not opened from home
        rig.transport->route("GET", "/api/v1/review/queue", 200, queue.toJson());
        rig.transport->route("GET", "/api/v1/review/statistics", 200, protocol::ReviewStatistics{}.toJson());
        signIn(rig);
        ui::ReviewPage page(desk, rig.workstation.ingestReviews());
        page.activate();
        QTRY_VERIFY(desk->queueFromServer());
        QCOMPARE(desk->queue().checkingRefusedCode, QString("checking-setting-refused"));
        QTRY_COMPARE(page.queueView()->model()->rowCount(), 2);
        auto *claim = page.findChild<QPushButton *>("claimReviewButton");
        auto *open = page.findChild<QPushButton *>("openReviewButton");
        auto *status = page.findChild<QLabel *>("reviewPageStatusLabel");
        for (const QString &id : {QString("S-1"), QString("S-2")}) {
            page.queueView()->setCurrentRequest(id);
            QVERIFY(!claim->isEnabled());
            QVERIFY(!open->isEnabled());
            QCOMPARE(status->text(), why);
        }
    }

    void votesGoForEveryFileAndTheDecisionComesBack()
    {
        UiRig rig;
        ReviewDesk *desk = rig.workstation.reviewDesk();
        signIn(rig);
        rig.transport->route("GET", "/api/v1/submissions/S-1/review", 200, context().toJson());
        QSignalSpy changed(desk, &ReviewDesk::contextChanged);
        desk->open("S-1");
        QVERIFY(changed.wait());

        // The server refuses an incomplete vote, naming the field.
        rig.transport->route("PUT", "/api/v1/submissions/S-1/reviews/mine", 422,
                             protocol::ApiError{"review-incomplete", "Say why the table needs changes.",
                                                "files[0].sharedComment"}
                                 .toJson());
        QSignalSpy failed(desk, &ReviewDesk::voteFailed);
        protocol::VoteRequest votes;
        votes.files = {{"outputs/income_by_region.csv", domain::FileDecision::RequestChanges, "", ""},
                       {"outputs/income_by_region_counts.csv", domain::FileDecision::Approve, "", ""}};
        desk->vote(votes);
        QVERIFY(failed.wait());
        QCOMPARE(failed.first().at(1).toString(), QString("files[0].sharedComment"));

        // Second vote in: the request is returned, and the desk says it was decided.
        rig.transport->route("PUT", "/api/v1/submissions/S-1/reviews/mine", 200,
                             context(domain::SubmissionState::Returned).toJson());
        QSignalSpy voted(desk, &ReviewDesk::voted);
        votes.files[0].sharedComment = "Wales, Under 35 is 6: suppress or merge it.";
        votes.files[0].internalComment = "Second small cell in a month from this team.";
        desk->vote(votes);
        QVERIFY(voted.wait());
        QCOMPARE(voted.first().first().toBool(), true);
        const net::HttpRequest *put = nullptr;
        for (const net::HttpRequest &r : rig.transport->requests)
            if (r.method == "PUT")
                put = &r;
        QVERIFY(put);
        const auto decoded = protocol::VoteRequest::fromJson(put->body);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->files.size(), 2);
        QCOMPARE(decoded->files.at(0).decision, domain::FileDecision::RequestChanges);
        QCOMPARE(decoded->files.at(0).internalComment,
                 QString("Second small cell in a month from this team."));
        QCOMPARE(desk->context()->submission.submission.state, domain::SubmissionState::Returned);
    }

    // Approving a file whose checks failed asks for the reason, and the review is not sent without
    // it; "Submit my review" then asks first, with the decision on each file, and "Go back" sends
    // nothing.
    void approvingAFailingFileAsksWhyAndSubmittingAsksFirst()
    {
        UiRig rig;
        ReviewDesk *desk = rig.workstation.reviewDesk();
        signIn(rig);
        protocol::ReviewContext c = context();
        protocol::CheckItemInfo item;
        item.kind = "table";
        item.tableIndex = 0;
        item.path = "outputs/income_by_region.csv";
        item.status = "fail";
        protocol::CheckFindingInfo finding;
        finding.rule = "threshold";
        finding.outcome = "fail";
        finding.path = item.path;
        finding.fileRow = 2;
        finding.fileColumn = 2;
        finding.cell = "B2";
        finding.message = "A count under 10.";
        item.findings = {finding};
        item.findingsTotal = 1;
        c.submission.check.status = "fail";
        c.submission.check.items = {item};
        rig.transport->route("GET", "/api/v1/submissions/S-1/review", 200, c.toJson());
        rig.transport->route("GET", "/api/v1/submissions/S-1/rounds/2/files/0", 200, Round2);
        rig.transport->route("GET", "/api/v1/submissions/S-1/rounds/1/files/1", 200, Round1);
        rig.transport->route("GET", "/api/v1/submissions/S-1/rounds/2/files/1", 200, "counts");
        rig.transport->route("GET", "/api/v1/submissions/S-1/release-differences", 200,
                             freshComparison().toJson());
        QSignalSpy changed(desk, &ReviewDesk::contextChanged);
        desk->open("S-1");
        QVERIFY(changed.wait());

        ui::ReviewDialog dialog(desk);
        QList<std::pair<ui::ReviewDialog::Question, QString>> asked;
        bool answer = false;
        dialog.setConfirmation([&](ui::ReviewDialog::Question q, const QString &text) {
            asked.append({q, text});
            return answer;
        });
        dialog.show();
        QCOMPARE(ui::ReviewQuestions::failingPaths(*desk->context()),
                 QSet<QString>{"outputs/income_by_region.csv"});
        auto *files = dialog.findChild<QListWidget *>("reviewFileList");
        auto *label = dialog.findChild<QLabel *>("internalCommentLabel");
        auto *note = dialog.findChild<QPlainTextEdit *>("internalCommentEdit");
        auto *submit = dialog.findChild<QPushButton *>("submitReviewButton");
        auto *error = dialog.findChild<QLabel *>("reviewErrorLabel");
        QCOMPARE(files->currentRow(), 0);
        QCOMPARE(label->text(), QString("&Note for checkers only"));

        // Approving the failing table: the note asks why, by its label and its accessible name.
        dialog.findChild<QRadioButton *>("approveRadio")->click();
        QVERIFY2(label->text().contains("Why is it safe to release despite the failing checks?"),
                 qPrintable(label->text()));
        QCOMPARE(label->buddy(), note);
        QVERIFY(note->accessibleName().startsWith("Why is it safe to release despite the failing checks?"));
        // Asking for changes instead needs no reason.
        dialog.findChild<QRadioButton *>("changesRadio")->click();
        QCOMPARE(label->text(), QString("&Note for checkers only"));
        dialog.findChild<QRadioButton *>("approveRadio")->click();
        // The counts passed their checks: approving them asks for nothing more.
        files->setCurrentRow(1);
        dialog.findChild<QRadioButton *>("approveRadio")->click();
        QCOMPARE(label->text(), QString("&Note for checkers only"));

        // Submitted without the reason: refused, saying why, back on the table.
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains("not sent") &&
                     error->text().contains("outputs/income_by_region.csv") &&
                     error->text().contains("safe to release"),
                 qPrintable(error->text()));
        QCOMPARE(files->currentRow(), 0);
        QVERIFY(asked.isEmpty());
        const auto puts = [&] {
            return std::count_if(rig.transport->requests.cbegin(), rig.transport->requests.cend(),
                                 [](const net::HttpRequest &r) { return r.method == "PUT"; });
        };
        QCOMPARE(puts(), 0);

        // With the reason: the confirmation lists each file's decision and what follows.
        QTest::keyClicks(note, "Published at this level by the statistics office.");
        QTest::mouseClick(submit, Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().first, ui::ReviewDialog::Question::SubmitReview);
        const QString text = asked.first().second;
        QVERIFY2(text.contains("outputs/income_by_region.csv → Approve") &&
                     text.contains("outputs/income_by_region_counts.csv → Approve") &&
                     text.contains("final once it is sent"),
                 qPrintable(text));
        // "Go back" sends nothing, and the review can still be changed.
        QCOMPARE(puts(), 0);
        QVERIFY(submit->isEnabled());
        QVERIFY(error->isHidden());

        // The box itself (no seam): "Submit review" and "Go back", which is the default and what
        // Escape presses; Escape sends nothing.
        const auto seam = std::exchange(asked, {});
        dialog.setConfirmation({});
        QTest::mouseClick(submit, Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = dialog.findChild<QMessageBox *>("confirmSubmitReviewMessage")) &&
                    box->isVisible());
        QCOMPARE(box->text(), seam.first().second);
        QCOMPARE(box->textFormat(), Qt::PlainText);
        QStringList buttons;
        for (QAbstractButton *b : box->buttons())
            buttons << b->text();
        buttons.sort();
        QCOMPARE(buttons, (QStringList{"Go back", "Submit review"}));
        QCOMPARE(box->defaultButton()->text(), QString("Go back"));
        QCOMPARE(box->escapeButton()->text(), QString("Go back"));
        QTest::keyClick(box, Qt::Key_Escape);
        QTRY_VERIFY(!dialog.findChild<QMessageBox *>("confirmSubmitReviewMessage"));
        QCOMPARE(puts(), 0);
        QVERIFY(submit->isEnabled());
        asked = seam;
        dialog.setConfirmation([&](ui::ReviewDialog::Question q, const QString &shown) {
            asked.append({q, shown});
            return answer;
        });

        files->setCurrentRow(1);
        dialog.findChild<QRadioButton *>("changesRadio")->click();
        QTest::keyClicks(dialog.findChild<QPlainTextEdit *>("sharedCommentEdit"), "Add the totals.");
        answer = true;
        rig.transport->route("PUT", "/api/v1/submissions/S-1/reviews/mine", 200, c.toJson());
        QSignalSpy voted(desk, &ReviewDesk::voted);
        QTest::mouseClick(submit, Qt::LeftButton);
        QCOMPARE(asked.size(), 2);
        QVERIFY2(asked.last().second.contains("outputs/income_by_region_counts.csv → Request changes") &&
                     asked.last().second.contains("goes back to the author"),
                 qPrintable(asked.last().second));
        QVERIFY(voted.wait());
        QCOMPARE(puts(), 1);
        QByteArray put;
        for (const net::HttpRequest &r : rig.transport->requests)
            if (r.method == "PUT")
                put = r.body;
        const auto sent = protocol::VoteRequest::fromJson(put);
        QVERIFY(sent.ok());
        QCOMPARE(sent->files.at(0).decision, domain::FileDecision::Approve);
        QCOMPARE(sent->files.at(0).internalComment,
                 QString("Published at this level by the statistics office."));
    }

    // Before releasing, the checker reads exactly what leaves (each file with its size) and what
    // does not, and why; cancelling releases nothing.
    void theReleaseConfirmationListsTheFiles()
    {
        UiRig rig;
        ReviewDesk *desk = rig.workstation.reviewDesk();
        signIn(rig);
        protocol::ReviewContext c = context(domain::SubmissionState::PartlyApproved);
        const domain::SubmissionFile figure{
            "outputs/figure.png", domain::FileRole::Output, "A chart", "Journal", sha("png"), 2'400'000};
        c.submission.submission.content.files.append(figure);
        c.submission.rounds[1].files.append(figure);
        domain::ReviewOutcome outcome;
        outcome.state = domain::SubmissionState::PartlyApproved;
        outcome.files = {{"outputs/income_by_region.csv", domain::FileDecision::Approve, {}, {}},
                         {"outputs/income_by_region_counts.csv", domain::FileDecision::Approve, {}, {}},
                         {"outputs/figure.png", domain::FileDecision::Reject, "Too few people.", {}}};
        outcome.releasable = {"outputs/income_by_region.csv"};
        c.submission.rounds[1].outcome = outcome;
        rig.transport->route("GET", "/api/v1/submissions/S-1/review", 200, c.toJson());
        QSignalSpy changed(desk, &ReviewDesk::contextChanged);
        desk->open("S-1");
        QVERIFY(changed.wait());

        ui::ReviewDialog dialog(desk);
        QStringList asked;
        bool answer = false;
        dialog.setConfirmation([&](ui::ReviewDialog::Question q, const QString &text) {
            if (q == ui::ReviewDialog::Question::Release)
                asked << text;
            return answer;
        });
        dialog.show();
        auto *release = dialog.findChild<QPushButton *>("releaseButton");
        QVERIFY(release->isVisible());
        const auto posts = [&] {
            return std::count_if(
                rig.transport->requests.cbegin(), rig.transport->requests.cend(),
                [](const net::HttpRequest &r) { return r.method == "POST" && r.url.endsWith("/release"); });
        };
        QTest::mouseClick(release, Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        const QString text = asked.first();
        const QLocale locale;
        const QString leaves =
            QString("outputs/income_by_region.csv (%1)").arg(locale.formattedDataSize(Round2.size()));
        QVERIFY2(text.contains(leaves), qPrintable(text));
        const qsizetype notReleased = text.indexOf("Not released:");
        QVERIFY2(notReleased > text.indexOf(leaves), qPrintable(text));
        QVERIFY2(text.indexOf("outputs/income_by_region_counts.csv") > notReleased &&
                     text.contains("supporting file: never released"),
                 qPrintable(text));
        QVERIFY2(text.contains(
                     QString("outputs/figure.png (%1): rejected").arg(locale.formattedDataSize(2'400'000))),
                 qPrintable(text));
        QCOMPARE(posts(), 0); // cancelled: nothing released

        answer = true;
        QTest::mouseClick(release, Qt::LeftButton);
        QCOMPARE(asked.size(), 2);
        QTRY_COMPARE(posts(), 1);
    }

    // A project lead sees what must be destroyed and confirms it; the service's refusal is reported.
    void destructionIsAttestedByTheLead()
    {
        UiRig rig;
        signIn(rig);
        session::Releases *releases = rig.workstation.releases();
        protocol::ReleaseInfo owed;
        owed.id = "REL-7";
        owed.projectId = "P-2023-007";
        owed.clearanceType = domain::ClearanceType::PrePublication;
        owed.destroyBy = QDate(2026, 7, 22);
        rig.transport->route("GET", "/api/v1/releases", 200, protocol::encodeReleaseList({owed}));
        QSignalSpy changed(releases, &session::Releases::pendingDestructionChanged);
        releases->fetchPendingDestruction();
        QVERIFY(changed.wait());
        QCOMPARE(releases->pendingDestruction().size(), 1);
        QVERIFY(rig.transport->requests.last().url.endsWith("/api/v1/releases?pending-destruction=1"));

        rig.transport->route(
            "POST", "/api/v1/releases/REL-7/destruction", 403,
            protocol::ApiError{"destruction-not-project-lead", "Only the project's lead can confirm.", ""}
                .toJson());
        QSignalSpy failed(releases, &session::Releases::destructionFailed);
        releases->attestDestruction("REL-7", {});
        QVERIFY(failed.wait());
        QCOMPARE(failed.first().at(1).toString(), QString("Only the project's lead can confirm."));
        QCOMPARE(releases->pendingDestruction().size(), 1); // still owed

        protocol::ReleaseInfo done = owed;
        done.destroyedAt = When;
        rig.transport->route("POST", "/api/v1/releases/REL-7/destruction", 200, done.toJson());
        QSignalSpy attested(releases, &session::Releases::destructionAttested);
        releases->attestDestruction("REL-7", {});
        QVERIFY(attested.wait());
        QVERIFY(releases->pendingDestruction().isEmpty());
        const auto sent = protocol::DestructionRequest::fromJson(rig.transport->requests.last().body);
        QVERIFY(sent.ok() && sent->attest);
    }

    void releasedFilesArePutOnlyUnderTheChosenFolder_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("safe");
        QTest::newRow("plain") << "outputs/table.csv" << true;
        QTest::newRow("deep") << "a/b/c/figure 1.png" << true;
        QTest::newRow("parent") << "../etc/passwd" << false;
        QTest::newRow("parent inside") << "outputs/../../x.csv" << false;
        QTest::newRow("absolute") << "/etc/passwd" << false;
        QTest::newRow("backslash") << "outputs\\..\\x.csv" << false;
        QTest::newRow("drive") << "C:/x.csv" << false;
        QTest::newRow("empty part") << "outputs//x.csv" << false;
        QTest::newRow("dot") << "./x.csv" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("line break") << "outputs/x.csv\n" + QString(64, 'a') + "  outputs/forged.csv" << false;
        QTest::newRow("carriage return") << "outputs/x\r.csv" << false;
        QTest::newRow("escape sequence") << "outputs/\x1b[2Jx.csv" << false;
        QTest::newRow("right-to-left override")
            << QString("outputs/report") + QChar(0x202E) + "vsc.exe" << false;
        QTest::newRow("line separator") << QString("outputs/a") + QChar(0x2028) + "b.csv" << false;
        QTest::newRow("zero-width space") << QString("outputs/a") + QChar(0x200B) + ".csv" << false;
        QTest::newRow("quotes and accents") << "outputs/\"Ysgol\" café's table.csv" << true;
    }
    void releasedFilesArePutOnlyUnderTheChosenFolder()
    {
        QFETCH(QString, path);
        QFETCH(bool, safe);
        QCOMPARE(session::Releases::safeRelativePath(path).isEmpty(), !safe);
    }

    // Every file is checked against the manifest before it is kept; nothing is overwritten.
    void aDownloadKeepsOnlyVerifiedFiles()
    {
        UiRig rig;
        signIn(rig);
        session::Releases *releases = rig.workstation.releases();
        protocol::ReleaseInfo release;
        release.id = "REL-1";
        release.submissionId = "S-1";
        release.projectId = "P1";
        release.files = {
            {0, "outputs/income_by_region.csv", domain::FileRole::Output, sha(Round2), Round2.size()},
            {1, "outputs/figure.png", domain::FileRole::Output, sha("png"), 3},
            {2, "code/analysis.R", domain::FileRole::Code, sha("x <- 1"), 6},
            {3, "../escape.csv", domain::FileRole::Output, sha("bad"), 3},
            {4, "outputs/late.csv", domain::FileRole::Output, sha("late"), 4}};
        // The server stops answering for the last one: the others are kept, and it is named.
        rig.transport->routeFailure("GET", "/api/v1/releases/REL-1/files/4", net::NetError::TimedOut);
        rig.transport->route("GET", "/api/v1/releases/REL-1/files/0", 200, Round2);
        rig.transport->route("GET", "/api/v1/releases/REL-1/files/1", 200, "not the png");
        rig.transport->route("GET", "/api/v1/releases/REL-1/files/2", 200, "x <- 1");
        rig.transport->route("GET", "/api/v1/releases/REL-1/files/3", 200, "bad");
        QTemporaryDir folder;
        QVERIFY(QDir(folder.path()).mkpath("code"));
        {
            QFile other(folder.filePath("code/analysis.R"));
            QVERIFY(other.open(QIODevice::WriteOnly));
            other.write("someone else's file");
        }
        QSignalSpy finished(releases, &session::Releases::downloadFinished);
        releases->download(release, folder.path());
        QVERIFY(finished.wait());
        const auto outcomes = finished.first().at(1).value<QList<session::Releases::FileOutcome>>();
        QCOMPARE(outcomes.size(), 5);
        QVERIFY(!outcomes[4].ok);
        QCOMPARE(outcomes[4].path, QString("outputs/late.csv"));
        QVERIFY(!outcomes[4].message.isEmpty());
        QVERIFY(!QFile::exists(folder.filePath("outputs/late.csv")));
        QVERIFY(outcomes[0].ok);
        QVERIFY(!outcomes[1].ok);
        QVERIFY(outcomes[1].message.contains("SHA-256"));
        QVERIFY(!outcomes[2].ok);
        QVERIFY(outcomes[2].message.contains("already in the folder"));
        QVERIFY(!outcomes[3].ok);
        QFile kept(folder.filePath("outputs/income_by_region.csv"));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), Round2);
        QVERIFY(!QFile::exists(folder.filePath("outputs/figure.png")));
        QFile untouched(folder.filePath("code/analysis.R"));
        QVERIFY(untouched.open(QIODevice::ReadOnly));
        QCOMPARE(untouched.readAll(), QByteArray("someone else's file"));
        QVERIFY(!QFile::exists(QDir(folder.path()).absoluteFilePath("../escape.csv")));
        QFile manifest(folder.filePath("MANIFEST-SHA256.txt"));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        const QByteArray lines = manifest.readAll();
        QVERIFY(lines.contains(QByteArray(sha(Round2).toLatin1() + "  outputs/income_by_region.csv\n")));
        QVERIFY(!lines.contains("escape"));
    }

    // Each manifest line is one file: a name cannot end its line and forge another, and is
    // escaped the way sha256sum itself escapes (so "sha256sum -c" reads it).
    void manifestLinesCannotBeForged()
    {
        const QString hash(64, 'a');
        QCOMPARE(session::Releases::manifestLine(hash, "outputs/table.csv"), hash + "  outputs/table.csv\n");
        const QString forged = session::Releases::manifestLine(hash, "outputs/x.csv\n" + QString(64, 'b') +
                                                                         "  outputs/forged.csv\r");
        QCOMPARE(forged.count('\n'), 1);
        QVERIFY(!forged.contains('\r'));
        QCOMPARE(forged, "\\" + hash + "  outputs/x.csv\\n" + QString(64, 'b') + "  outputs/forged.csv\\r\n");
        QCOMPARE(session::Releases::manifestLine(hash, "a\\b"), "\\" + hash + "  a\\\\b\n");
    }

    // A download never writes through a symbolic link in the chosen folder: not a link where the
    // file goes (pointing at a file outside, or at nothing yet), and not a link where one of its
    // folders goes. Each is refused by name; nothing outside the folder is written; the manifest
    // does not follow a link either.
    void aDownloadNeverFollowsALinkInTheFolder()
    {
        UiRig rig;
        signIn(rig);
        session::Releases *releases = rig.workstation.releases();
        QTemporaryDir folder;
        QTemporaryDir outside;
        const QString victim = outside.filePath("bashrc");
        {
            QFile f(victim);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("original");
        }
        QVERIFY(QDir(folder.path()).mkpath("outputs"));
        QVERIFY(QFile::link(victim, folder.filePath("outputs/table.csv")));
        QVERIFY(QFile::link(outside.filePath("autostart.desktop"), folder.filePath("outputs/figure.png")));
        QVERIFY(QFile::link(outside.path(), folder.filePath("code")));
        QVERIFY(QFile::link(outside.filePath("manifest"), folder.filePath("MANIFEST-SHA256.txt")));
        const QByteArray table = "a,b\n1,2\n";
        const QByteArray figure = "png bytes";
        const QByteArray code = "x <- 1";
        const QByteArray other = "kept";
        protocol::ReleaseInfo release;
        release.id = "REL-2";
        release.submissionId = "S-2";
        release.projectId = "P1";
        release.files = {{0, "outputs/table.csv", domain::FileRole::Output, sha(table), table.size()},
                         {1, "outputs/figure.png", domain::FileRole::Output, sha(figure), figure.size()},
                         {2, "code/analysis.R", domain::FileRole::Code, sha(code), code.size()},
                         {3, "outputs/other.csv", domain::FileRole::Output, sha(other), other.size()}};
        rig.transport->route("GET", "/api/v1/releases/REL-2/files/0", 200, table);
        rig.transport->route("GET", "/api/v1/releases/REL-2/files/1", 200, figure);
        rig.transport->route("GET", "/api/v1/releases/REL-2/files/2", 200, code);
        rig.transport->route("GET", "/api/v1/releases/REL-2/files/3", 200, other);
        QSignalSpy finished(releases, &session::Releases::downloadFinished);
        releases->download(release, folder.path());
        QVERIFY(finished.wait());
        const auto outcomes = finished.first().at(1).value<QList<session::Releases::FileOutcome>>();
        QCOMPARE(outcomes.size(), 4);
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(!outcomes[i].ok, qPrintable(outcomes[i].path));
            QVERIFY2(outcomes[i].message.contains("symbolic link"), qPrintable(outcomes[i].message));
        }
        QVERIFY(outcomes[3].ok);
        QFile original(victim);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(original.readAll(), QByteArray("original"));
        QCOMPARE(QDir(outside.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"bashrc"});
        QVERIFY(QFileInfo(folder.filePath("outputs/table.csv")).isSymLink());
        QVERIFY(QFileInfo(folder.filePath("outputs/figure.png")).isSymLink());
        QFile kept(folder.filePath("outputs/other.csv"));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), other);
        // No temporary file is left behind.
        QCOMPARE(QDir(folder.filePath("outputs")).entryList(QDir::Files | QDir::Hidden | QDir::System),
                 (QStringList{"figure.png", "other.csv", "table.csv"}));
    }

    // A large file is written on a pool thread. Locking, or the whole workstation going, while it
    // is written neither crashes nor leaves half a file: what is in the folder afterwards is the
    // whole verified file or nothing, and no temporary file stays.
    void aDownloadCutShortLeavesNoHalfWrittenFile()
    {
        const QByteArray big(48 * 1024 * 1024, 'x');
        protocol::ReleaseInfo release;
        release.id = "REL-9";
        release.submissionId = "S-9";
        release.projectId = "P1";
        release.files = {{0, "outputs/big.csv", domain::FileRole::Output, sha(big), big.size()}};
        const auto onlyWholeOrNothing = [&](const QString &folder) {
            const QStringList left = QDir(folder + "/outputs").entryList(QDir::Files | QDir::Hidden);
            if (left.isEmpty())
                return true;
            QFile f(folder + "/outputs/big.csv");
            return left == QStringList{"big.csv"} && f.open(QIODevice::ReadOnly) && f.readAll() == big;
        };
        for (const bool lockOnly : {true, false}) {
            QTemporaryDir folder;
            auto rig = std::make_unique<UiRig>();
            signIn(*rig);
            rig->transport->route("GET", "/api/v1/releases/REL-9/files/0", 200, big);
            session::Releases *releases = rig->workstation.releases();
            QSignalSpy finished(releases, &session::Releases::downloadFinished);
            releases->download(release, folder.path());
            // Until the answer has come and the file is being kept on the pool thread (or, on a
            // machine that stalled this thread meanwhile, has been kept already).
            QVERIFY(QTest::qWaitFor([&] {
                return QThreadPool::globalInstance()->activeThreadCount() > 0 || !finished.isEmpty();
            }));
            if (lockOnly) {
                rig->workstation.session()->lock(Session::LockReason::Manual);
                QCOMPARE(finished.size(), 1); // said at once, without the file being written
                QVERIFY(!releases->isDownloading());
            }
            rig.reset();
            QVERIFY(QThreadPool::globalInstance()->waitForDone(30000));
            QCoreApplication::processEvents(); // anything the pool thread posted finds nobody
            QVERIFY(onlyWholeOrNothing(folder.path()));
        }
    }

    // The checker's screens: the tab only for checkers, claim opens the review window with the
    // table previewed against the earlier round, every file needs a decision, and the votes go.
    void theCheckerReviewsFromTheirTab()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        window.show();
        rig.backend->connectVpn();
        rig.transport->queueResponse(200, LaptopHealth);
        rig.workstation.start();
        QTRY_COMPARE(rig.workstation.connection()->state(), session::ConnectionMonitor::State::Connected);
        protocol::ReviewQueue queue = queueOf(2);
        queue.items[1].notForMe = "review-project-member";
        rig.transport->route("GET", "/api/v1/review/queue", 200, queue.toJson());
        rig.transport->route("GET", "/api/v1/review/statistics", 200, protocol::ReviewStatistics{}.toJson());
        rig.transport->route("POST", "/api/v1/submissions/S-1/reviews", 201, context().toJson());
        rig.transport->route("GET", "/api/v1/submissions/S-1/rounds/2/files/0", 200, Round2);
        rig.transport->route("GET", "/api/v1/submissions/S-1/rounds/1/files/1", 200, Round1);
        rig.transport->route("GET", "/api/v1/submissions/S-1/rounds/2/files/1", 200, "counts");
        rig.transport->route("GET", "/api/v1/submissions/S-1/release-differences", 200,
                             freshComparison().toJson());
        signIn(rig);
        QTabWidget *sections = window.homePage()->sections();
        QTRY_COMPARE(sections->count(), 4);
        QCOMPARE(sections->tabText(3), QString("Output checking"));
        sections->setCurrentIndex(3);
        ui::ReviewPage *page = window.homePage()->reviewPage();
        QTRY_COMPARE(page->queueView()->model()->rowCount(), 2);

        // A request of their own project: why not, and no claim.
        page->queueView()->setCurrentRequest("S-2");
        auto *claim = page->findChild<QPushButton *>("claimReviewButton");
        QVERIFY(!claim->isEnabled());
        QVERIFY(page->findChild<QLabel *>("reviewPageStatusLabel")
                    ->text()
                    .contains("member of this request's project"));

        page->queueView()->setCurrentRequest("S-1");
        QVERIFY(claim->isEnabled());
        QTest::mouseClick(claim, Qt::LeftButton);
        ui::ReviewDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page->reviewDialog()) && dialog->isVisible());
        QTRY_VERIFY(dialog->findChild<QLabel *>("reviewHeaderLabel")->text().contains("Income by region"));
        // In round 2 the checker reads what the author says they changed.
        const QString header = dialog->findChild<QLabel *>("reviewHeaderLabel")->text();
        QVERIFY2(header.contains("What the author changed:") &&
                     header.contains("Rounded Wales up to 10 as asked."),
                 qPrintable(header));
        QVERIFY(
            dialog->findChild<QLabel *>("reviewStatusLabel")->text().contains("hidden until yours are in"));
        auto *files = dialog->findChild<QListWidget *>("reviewFileList");
        QCOMPARE(files->count(), 2);
        // The table, compared with round 1: Wales, Under 35 changed from 6 to 10.
        QTRY_COMPARE(dialog->preview()->kind(), ui::FilePreviewWidget::Kind::Table);
        QTRY_VERIFY(dialog->findChild<QLabel *>("tableSummaryLabel")->text().contains("1 cell changed"));

        // Under the file, the tables compared with the releases now: the one made since is new.
        auto *summary = dialog->findChild<QLabel *>("releaseComparisonSummaryLabel");
        QTRY_VERIFY2(summary->text().contains("with 2 releases (1 made since round 2 was submitted): "
                                              "1 difference, 1 of them new since submission."),
                     qPrintable(summary->text()));
        auto *list = dialog->findChild<QTreeWidget *>("releaseComparisonList");
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), QString("New"));
        QCOMPARE(list->topLevelItem(0)->text(2), QString("Row 2 (Wales)"));
        QVERIFY(list->topLevelItem(0)->text(3).startsWith("REL-7, released"));
        QVERIFY(list->topLevelItem(0)->text(3).endsWith("(after submission)"));
        QCOMPARE(list->topLevelItem(0)->text(4), QString("outputs/income_again.csv"));
        QCOMPARE(list->topLevelItem(0)->text(5), QString("2 records"));

        // Every file needs a decision; the votes then go to the service.
        dialog->findChild<QRadioButton *>("changesRadio")->click();
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>("sharedCommentEdit"),
                         "Round Wales to the nearest 5.");
        QTest::mouseClick(dialog->findChild<QPushButton *>("submitReviewButton"), Qt::LeftButton);
        QVERIFY(dialog->findChild<QLabel *>("reviewErrorLabel")
                    ->text()
                    .contains("outputs/income_by_region_counts.csv"));
        QCOMPARE(files->currentRow(), 1);
        dialog->findChild<QRadioButton *>("approveRadio")->click();
        rig.transport->route("PUT", "/api/v1/submissions/S-1/reviews/mine", 200, context().toJson());
        dialog->setConfirmation([](ui::ReviewDialog::Question, const QString &) { return true; });
        QTest::mouseClick(dialog->findChild<QPushButton *>("submitReviewButton"), Qt::LeftButton);
        QTRY_VERIFY(dialog->findChild<QLabel *>("reviewStatusLabel")
                        ->text()
                        .contains("waits for the second checker"));
        QByteArray put;
        for (const net::HttpRequest &r : rig.transport->requests)
            if (r.method == "PUT")
                put = r.body;
        const auto sent = protocol::VoteRequest::fromJson(put);
        QVERIFY(sent.ok());
        QCOMPARE(sent->files.size(), 2);
        QCOMPARE(sent->files[0].decision, domain::FileDecision::RequestChanges);
        QCOMPARE(sent->files[0].sharedComment, QString("Round Wales to the nearest 5."));
        QCOMPARE(sent->files[1].decision, domain::FileDecision::Approve);

        // Locking leaves nothing of it on screen.
        rig.workstation.session()->lock(Session::LockReason::Manual);
        QTRY_VERIFY(!page->reviewDialog());
    }
};

QTEST_MAIN(TestReviewDesk)
#include "tst_reviewdesk.moc"
