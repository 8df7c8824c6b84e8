// The output-submission wizard's controller (no widgets): what each page still needs, the
// defaults guessed from names, the checks, exceptions, a workspace change noticed after a
// check, the draft kept in the encrypted cache across a lock, and the request sent. The
// server is a script (FakeTransport); tests/integration drives the real one.

#include "UiRig.h"

#include "session/ClientStore.h"
#include "session/Session.h"
#include "session/SubmissionWizard.h"
#include "session/Submissions.h"
#include "session/WorkspaceSync.h"
#include "ui/MainWindow.h"
#include "ui/submissions/SubmissionWizardDialog.h"

#include "protocol/ApiError.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace srs;
using srs::session::SubmissionDraft;
using srs::session::SubmissionWizard;
using srs::testing::UiRig;
using Page = SubmissionDraft::Page;

namespace {

const QDateTime When(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::utc());

QByteArray sessionAnswer(const char *token)
{
    protocol::SessionInfo s;
    s.token = QString::fromLatin1(token);
    s.expiresAt = When.addSecs(12 * 3600);
    s.idleTimeoutSeconds = 900;
    s.cacheKeyShare = QString::fromLatin1(QByteArray(32, 'k').toBase64());
    s.me.user.id = "u-asha";
    s.me.user.username = "asha.patel";
    s.me.user.displayName = "Asha Patel";
    return s.toJson();
}

QByteArray projectsAnswer()
{
    protocol::ProjectInfo p;
    p.project.id = "P1";
    p.project.title = "Housing and health";
    p.project.startDate = QDate(2026, 1, 1);
    p.project.endDate = QDate(2027, 12, 31);
    p.access.allowed = true;
    return protocol::encodeProjectList({p});
}

QByteArray detailAnswer()
{
    protocol::ProjectInfo p;
    p.project.id = "P1";
    p.project.title = "Housing and health";
    p.project.startDate = QDate(2026, 1, 1);
    p.project.endDate = QDate(2027, 12, 31);
    p.access.allowed = true;
    p.datasets = {{"LFS-2024", "Labour Force Survey 2024", "Office for Example Statistics",
                   domain::DatasetAccess::RemoteAllowed}};
    return QJsonDocument(p.toJsonObject(true)).toJson();
}

protocol::WorkspaceEntryInfo file(const QString &path, char hash, qint64 revision = 1)
{
    return {path, 100, "file", When, QString(64, QChar::fromLatin1(hash)), revision};
}

QByteArray workspaceAnswer()
{
    protocol::WorkspaceChangesInfo w;
    w.projectId = "P1";
    w.revision = 1;
    w.added = {{"outputs", 0, "directory", When, "", 1},
               file("outputs/income_by_region.csv", 'a'),
               file("outputs/income_by_region_counts.csv", 'b'),
               file("outputs/mean_rent_by_area.csv", 'c'),
               file("outputs/mean_rent_by_area_counts.csv", 'd'),
               file("outputs/mean_rent_by_area_top1.csv", 'e'),
               file("outputs/mean_rent_by_area_top2.csv", 'f'),
               file("outputs/figure_01_income_by_region.png", '1'),
               file("code/analysis.R", '2')};
    return w.toJson();
}

QByteArray checkAnswer(bool failing)
{
    protocol::CheckResultInfo r;
    r.status = failing ? "fail" : "pass";
    r.checkedAt = When;
    protocol::CheckItemInfo item;
    item.kind = "table";
    item.tableIndex = 0;
    item.path = "outputs/income_by_region.csv";
    item.status = r.status;
    item.cells = 6;
    if (failing) {
        protocol::CheckFindingInfo f;
        f.rule = "threshold";
        f.outcome = "fail";
        f.path = item.path;
        f.fileRow = 4;
        f.fileColumn = 2;
        f.cell = "B4";
        f.message = "The cell at row 4, column 2 (B4) is based on fewer than 10 records";
        item.findings = {f};
        item.findingsTotal = 1;
    }
    r.items = {item};
    return r.toJson();
}

// The server's 201 answer to a request with `content`, due on Friday 27 November.
QByteArray submittedAnswer(const QString &id, const domain::SubmissionContent &content,
                           const QString &checkStatus)
{
    protocol::SubmissionInfo info;
    info.submission.id = id;
    info.submission.projectId = "P1";
    info.submission.authorId = "u-asha";
    info.submission.state = domain::SubmissionState::Submitted;
    info.submission.round = 1;
    info.submission.content = content;
    info.submission.createdAt = When;
    info.submission.updatedAt = When;
    info.submission.submittedAt = When;
    info.submission.expectedAnswerDate = QDate(2026, 11, 27);
    info.author = {"u-asha", "asha.patel", "Asha Patel"};
    info.check.status = checkStatus;
    info.check.checkedAt = When;
    return info.toJson();
}

QByteArray errorAnswer(const char *code, const char *message, const char *field)
{
    protocol::ApiError e{QString::fromLatin1(code), QString::fromLatin1(message), QString::fromLatin1(field)};
    return e.toJson();
}

} // namespace

class TestSubmissionWizard : public QObject
{
    Q_OBJECT

    // Signed in as asha with P1 chosen and its workspace synced from the script.
    void signIn(UiRig &rig)
    {
        auto *session = rig.workstation.session();
        auto *browser = rig.workstation.workspaceSync();
        rig.transport->queueResponse(201, sessionAnswer("tok-1-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
        rig.transport->queueResponse(200, projectsAnswer());
        QByteArray password("demo-asha.patel");
        session->signIn("asha.patel", crypto::SecureBuffer::takeFrom(password), "123456");
        QVERIFY(
            QTest::qWaitFor([&] { return rig.workstation.store()->isOpen() && browser->hasServerList(); }));
        rig.transport->queueResponse(200, detailAnswer());
        rig.transport->queueResponse(200, workspaceAnswer());
        QSignalSpy synced(browser, &session::WorkspaceSync::syncFinished);
        browser->selectProject("P1");
        QVERIFY(synced.wait());
        QCOMPARE(browser->entries().size(), 9u);
    }

    static void readyToCheck(SubmissionWizard &w)
    {
        w.draft().typeChosen = true;
        w.draft().title = "Income by region";
        w.setFile("outputs/income_by_region.csv", domain::FileRole::Output);
        w.guessTables();
    }

private slots:
    void eachPageNamesWhatIsMissing()
    {
        UiRig rig;
        signIn(rig);
        SubmissionWizard w(rig.workstation.session(), rig.workstation.store(),
                           rig.workstation.workspaceSync(), rig.clock);
        w.start("P1");
        QVERIFY(w.isActive());
        QCOMPARE(w.checkPage(Page::Type).error().field, QString("clearance_type"));
        QCOMPARE(w.goTo(Page::Files).error().field, QString("clearance_type")); // not past an incomplete page
        QCOMPARE(w.draft().page, Page::Type);
        w.draft().typeChosen = true;
        QCOMPARE(w.checkPage(Page::Type).error().field, QString("title"));
        w.draft().title = "Income by region";
        QVERIFY(w.goTo(Page::Files).ok());

        QCOMPARE(w.checkPage(Page::Files).error().field, QString("files"));
        w.setFile("outputs/gone.csv", domain::FileRole::Output);
        QCOMPARE(w.checkPage(Page::Files).error().field, QString("files[0]"));
        QVERIFY(w.checkPage(Page::Files).error().message.contains("outputs/gone.csv"));
        w.removeFile("outputs/gone.csv");
        w.setFile("outputs/income_by_region.csv", domain::FileRole::Output);
        QVERIFY(w.checkPage(Page::Files).ok());
        // A code clearance releases code only.
        w.draft().clearanceType = domain::ClearanceType::Code;
        QCOMPARE(w.checkPage(Page::Files).error().field, QString("files[0].role"));
        w.draft().clearanceType = domain::ClearanceType::Publication;

        // Tables: undescribed, then guessed from names; the counts come along as supporting.
        QCOMPARE(w.checkPage(Page::Tables).error().field, QString("tables"));
        w.guessTables();
        QCOMPARE(w.draft().tables.size(), 1);
        QCOMPARE(w.draft().tables[0].statistic, domain::Statistic::Frequency);
        QCOMPARE(w.draft().tables[0].counts.file, QString("outputs/income_by_region_counts.csv"));
        QVERIFY(!w.draft().isOutput("outputs/income_by_region_counts.csv"));
        QVERIFY(w.draft().files.size() == 2);
        QVERIFY(w.checkPage(Page::Tables).ok());
        // A table of means needs its top contributions: guessed too when the files are there.
        w.setFile("outputs/mean_rent_by_area.csv", domain::FileRole::Output);
        w.guessTables();
        const domain::TableSpec *mean = w.draft().table("outputs/mean_rent_by_area.csv");
        QVERIFY(mean);
        QCOMPARE(mean->statistic, domain::Statistic::Mean);
        QCOMPARE(mean->top1.file, QString("outputs/mean_rent_by_area_top1.csv"));
        QCOMPARE(mean->top2.file, QString("outputs/mean_rent_by_area_top2.csv"));
        domain::TableSpec noTops = *mean;
        noTops.top1 = {};
        w.setTable(noTops);
        QCOMPARE(w.checkPage(Page::Tables).error().field, QString("tables[1].top1"));
        w.removeFile("outputs/mean_rent_by_area.csv");
        // A figure needs the table it was drawn from.
        w.setFile("outputs/figure_01_income_by_region.png", domain::FileRole::Output);
        w.draft().figureSources.clear();
        QVERIFY(w.checkPage(Page::Tables).error().field.startsWith("figure_sources"));
        w.guessTables();
        QCOMPARE(w.draft().figureSources.value("outputs/figure_01_income_by_region.png"),
                 QString("outputs/income_by_region.csv"));
        QVERIFY(w.checkPage(Page::Tables).ok());

        QCOMPARE(w.checkPage(Page::Checks).error().field, QString("checks"));
        QCOMPARE(w.checkPage(Page::Context).error().field, QString("files[0].description"));
        w.draft().files[0].description = "Mean household income by region";
        w.draft().files[0].destination = "Journal article";
        QVERIFY(w.checkPage(Page::Context).error().field.startsWith("files["));
        for (domain::SubmissionFile &f : w.draft().files) {
            f.description = "described";
            f.destination = "the paper";
        }
        QCOMPARE(w.checkPage(Page::Context).error().field, QString("controls"));
        w.draft().controls = "Cells under 10 suppressed";
        QVERIFY(w.checkPage(Page::Context).ok());
        QCOMPARE(w.checkPage(Page::Commit).error().field, QString("declaration"));
    }

    void checksFindingsAndExceptions()
    {
        UiRig rig;
        signIn(rig);
        SubmissionWizard w(rig.workstation.session(), rig.workstation.store(),
                           rig.workstation.workspaceSync(), rig.clock);
        w.start("P1");
        readyToCheck(w);

        rig.transport->queueResponse(200, checkAnswer(true));
        QSignalSpy finished(&w, &SubmissionWizard::checksFinished);
        w.runChecks();
        QVERIFY(finished.wait());
        const QJsonObject sent = QJsonDocument::fromJson(rig.transport->requests.last().body).object();
        QVERIFY(rig.transport->requests.last().url.endsWith("/api/v1/projects/P1/checks"));
        QCOMPARE(sent["tables"].toArray().at(0).toObject()["counts"].toString(),
                 QString("outputs/income_by_region_counts.csv"));
        QVERIFY(w.checkPage(Page::Checks).ok());
        QCOMPARE(w.findingsNeedingExceptions().size(), 1);
        QCOMPARE(w.checkPage(Page::Exceptions).error().field, QString("exceptions"));
        QVERIFY(w.checkPage(Page::Exceptions).error().message.contains("(B4)"));
        const protocol::CheckFindingInfo finding = w.findingsNeedingExceptions().first();
        w.setException(finding, "safe");
        QCOMPARE(w.checkPage(Page::Exceptions).error().field, QString("exceptions[0].justification"));
        w.setException(finding, "The cell is a published national statistic already.");
        QVERIFY(w.checkPage(Page::Exceptions).ok());

        // The researcher fixes the file: the check passes and the exception goes.
        rig.transport->queueResponse(200, checkAnswer(false));
        w.runChecks();
        QVERIFY(finished.wait());
        QVERIFY(w.draft().exceptions.isEmpty());
        QVERIFY(w.findingsNeedingExceptions().isEmpty());

        // A server refusal names the field to fix.
        rig.transport->queueResponse(
            422,
            errorAnswer("table-shape-mismatch", "The counts file has 5 rows, not 6.", "tables[0].counts"));
        QSignalSpy failed(&w, &SubmissionWizard::checksFailed);
        w.runChecks();
        QVERIFY(failed.wait());
        QCOMPARE(failed.first().at(1).toString(), QString("tables[0].counts"));
        QVERIFY(failed.first().at(0).toString().contains("5 rows"));
    }

    // A table whose counts file could not be read is not "no problems": the page says the file
    // could not be checked, and the whole reason is readable in the wrapped detail below the tree.
    void aFileThatCouldNotBeCheckedSaysWhy()
    {
        UiRig rig;
        signIn(rig);
        SubmissionWizard w(rig.workstation.session(), rig.workstation.store(),
                           rig.workstation.workspaceSync(), rig.clock);
        w.start("P1");
        readyToCheck(w);
        ui::SubmissionWizardDialog dialog(&w);
        dialog.showDraft();

        protocol::CheckResultInfo r;
        r.status = "error";
        r.checkedAt = When;
        protocol::CheckItemInfo item;
        item.kind = "table";
        item.tableIndex = 0;
        item.path = "outputs/income_by_region.csv";
        item.status = "error";
        const QString reason =
            "The counts file outputs/income_by_region_counts.csv has 5 rows where the table "
            "has 6: choose the counts that go with this table, or fix the file, and run the "
            "checks again.";
        item.error = Error{"table-shape-mismatch", reason, "tables[0].counts"};
        r.items = {item};
        rig.transport->queueResponse(200, r.toJson());
        QSignalSpy finished(&w, &SubmissionWizard::checksFinished);
        w.runChecks();
        QVERIFY(finished.wait());

        const QString status = dialog.findChild<QLabel *>("checkStatusLabel")->text();
        QVERIFY2(!status.contains("No problems found"), qPrintable(status));
        QVERIFY2(status.contains("could not be checked"), qPrintable(status));
        auto *results = dialog.findChild<QTreeWidget *>("checkResultsTree");
        QCOMPARE(results->topLevelItemCount(), 1);
        QCOMPARE(results->topLevelItem(0)->text(1), QString("Could not be checked"));
        QVERIFY(results->topLevelItem(0)->child(0)->toolTip(0).contains(reason));
        auto *detail = dialog.findChild<QLabel *>("findingDetailLabel");
        QVERIFY(detail->wordWrap());
        QVERIFY2(detail->text().contains(reason), qPrintable(detail->text()));
        QCOMPARE(w.checkPage(Page::Checks).error().field, QString("tables[0].counts"));
    }

    // The server cannot be reached: the check says so, and nothing in the draft is lost.
    void checksWithTheServerDownKeepTheDraft()
    {
        UiRig rig;
        signIn(rig);
        SubmissionWizard w(rig.workstation.session(), rig.workstation.store(),
                           rig.workstation.workspaceSync(), rig.clock);
        w.start("P1");
        readyToCheck(w);
        rig.transport->queueFailure(net::NetError::Unreachable);
        QSignalSpy failed(&w, &SubmissionWizard::checksFailed);
        w.runChecks();
        QVERIFY(failed.wait());
        QVERIFY(!failed.first().at(0).toString().isEmpty());
        QVERIFY(!w.draft().lastCheck);
        QCOMPARE(w.draft().tables.size(), 1);
        QVERIFY(!w.isChecking()); // and it can be tried again
        rig.transport->queueResponse(200, checkAnswer(false));
        QSignalSpy finished(&w, &SubmissionWizard::checksFinished);
        w.runChecks();
        QVERIFY(finished.wait());
    }

    // A sync that fails part-way keeps the pages that came, says so, and carries on from its
    // cursor next time.
    void aSyncThatFailsPartWayResumes()
    {
        UiRig rig;
        signIn(rig);
        auto *browser = rig.workstation.workspaceSync();
        protocol::WorkspaceChangesInfo first;
        first.projectId = "P1";
        first.since = 1;
        first.revision = 3;
        first.total = 2;
        first.nextCursor = protocol::encodeWorkspaceCursor(2, "outputs/new_a.csv");
        first.added = {file("outputs/new_a.csv", 'e', 2)};
        rig.transport->queueResponse(200, first.toJson());
        rig.transport->queueFailure(net::NetError::Unreachable);
        QSignalSpy failed(browser, &session::WorkspaceSync::syncFailed);
        browser->syncNow();
        QVERIFY(failed.wait());
        QVERIFY(browser->freshness().partial);
        QCOMPARE(browser->freshness().revision, 1);
        QCOMPARE(browser->entries().size(), 10u); // the page that came is kept

        protocol::WorkspaceChangesInfo last;
        last.projectId = "P1";
        last.since = 1;
        last.revision = 3;
        last.added = {file("outputs/new_b.csv", 'f', 3)};
        rig.transport->queueResponse(200, last.toJson());
        QSignalSpy finished(browser, &session::WorkspaceSync::syncFinished);
        browser->syncNow();
        QVERIFY(finished.wait());
        QVERIFY(rig.transport->requests.last().url.contains("cursor="));
        QVERIFY(rig.transport->requests.last().url.contains("since=1&"));
        QVERIFY(!browser->freshness().partial);
        QCOMPARE(browser->freshness().revision, 3);
        QCOMPARE(browser->entries().size(), 11u);

        // A damaged answer is refused, naming the field; the cache stays as it was.
        QByteArray damaged = last.toJson();
        damaged.replace(QByteArray(64, 'f'), "not-a-hash");
        rig.transport->queueResponse(200, damaged);
        browser->syncNow();
        QVERIFY(failed.wait());
        QVERIFY(failed.last().at(1).toString().contains("sha256"));
        QCOMPARE(browser->freshness().revision, 3);
        QCOMPARE(browser->entries().size(), 11u);
    }

    // After a check, a change to a file it read (seen by the workspace sync) makes it out of date.
    void aWorkspaceChangeAfterTheCheckIsNoticed()
    {
        UiRig rig;
        signIn(rig);
        SubmissionWizard w(rig.workstation.session(), rig.workstation.store(),
                           rig.workstation.workspaceSync(), rig.clock);
        w.start("P1");
        readyToCheck(w);
        rig.transport->queueResponse(200, checkAnswer(false));
        QSignalSpy finished(&w, &SubmissionWizard::checksFinished);
        w.runChecks();
        QVERIFY(finished.wait());
        QVERIFY(!w.checksOutOfDate());

        protocol::WorkspaceChangesInfo change;
        change.projectId = "P1";
        change.since = 1;
        change.revision = 2;
        change.changed = {file("outputs/income_by_region.csv", '9', 2)};
        rig.transport->queueResponse(200, change.toJson());
        QSignalSpy outOfDate(&w, &SubmissionWizard::checksOutOfDateChanged);
        rig.workstation.workspaceSync()->syncNow();
        QVERIFY(outOfDate.wait());
        QCOMPARE(outOfDate.first().first().toBool(), true);
        QVERIFY(w.checksOutOfDate());
        QVERIFY(w.checkPage(Page::Checks).error().message.contains("run the checks again"));
    }

    // The draft is in the encrypted cache: kept across a lock, several at once, picked up later.
    void draftsSurviveALockAndCanBeResumed()
    {
        UiRig rig;
        signIn(rig);
        auto *session = rig.workstation.session();
        SubmissionWizard w(session, rig.workstation.store(), rig.workstation.workspaceSync(), rig.clock);
        w.start("P1");
        readyToCheck(w);
        w.draft().controls = "Suppressed small cells";
        rig.transport->queueResponse(200, checkAnswer(true));
        QSignalSpy finished(&w, &SubmissionWizard::checksFinished);
        w.runChecks();
        QVERIFY(finished.wait());
        w.setException(w.findingsNeedingExceptions().first(), "Already published by the data owner in 2024.");
        QVERIFY(w.goTo(Page::Exceptions).ok());
        const QString first = w.draft().id;

        SubmissionWizard other(session, rig.workstation.store(), rig.workstation.workspaceSync(), rig.clock);
        other.start("P1");
        other.draft().title = "A second one";
        QVERIFY(other.save().ok());
        QCOMPARE(w.savedDrafts().size(), 2);

        // Locked: saved, then forgotten on screen.
        w.draft().controls = "Suppressed small cells; rounded to 5";
        session->lock(session::Session::LockReason::Manual);
        QVERIFY(!w.isActive());
        rig.transport->queueResponse(201, sessionAnswer("tok-2-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"));
        rig.transport->queueResponse(200, projectsAnswer());
        rig.transport->queueResponse(200, detailAnswer());
        protocol::WorkspaceChangesInfo none;
        none.projectId = "P1";
        none.since = 1;
        none.revision = 1;
        rig.transport->queueResponse(200, none.toJson());
        QByteArray password("demo-asha.patel");
        session->unlock(crypto::SecureBuffer::takeFrom(password), "654321");
        QVERIFY(QTest::qWaitFor([&] { return rig.workstation.store()->isOpen(); }));

        QVERIFY(w.resume(first).ok());
        QCOMPARE(w.draft().title, QString("Income by region"));
        QCOMPARE(w.draft().controls, QString("Suppressed small cells; rounded to 5"));
        QCOMPARE(w.draft().page, Page::Exceptions);
        QCOMPARE(w.draft().tables.size(), 1);
        QCOMPARE(w.draft().exceptions.size(), 1);
        QVERIFY(w.draft().lastCheck.has_value());
        QCOMPARE(w.draft().lastCheck->items.at(0).findings.at(0).cell, QString("B4"));
        QVERIFY(w.discard(first).ok());
        QCOMPARE(w.savedDrafts().size(), 1);
        QVERIFY(!w.resume(first).ok());
    }

    void submitSendsTheRequestAndDropsTheDraft()
    {
        UiRig rig;
        signIn(rig);
        SubmissionWizard w(rig.workstation.session(), rig.workstation.store(),
                           rig.workstation.workspaceSync(), rig.clock);
        w.start("P1");
        readyToCheck(w);
        rig.transport->queueResponse(200, checkAnswer(false));
        QSignalSpy finished(&w, &SubmissionWizard::checksFinished);
        w.runChecks();
        QVERIFY(finished.wait());
        for (domain::SubmissionFile &f : w.draft().files) {
            f.description = "Households by income band and region";
            f.destination = "Annual report";
        }
        w.draft().controls = "Cells under 10 suppressed";

        // Not declared: refused here, nothing sent.
        QSignalSpy failed(&w, &SubmissionWizard::submitFailed);
        const qsizetype sentBefore = rig.transport->requests.size();
        w.submit();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(1).toString(), QString("declaration"));
        QCOMPARE(rig.transport->requests.size(), sentBefore);

        w.draft().declared = true;
        rig.transport->queueResponse(422, errorAnswer("workspace-file-not-found",
                                                      "outputs/income_by_region.csv is not in the workspace.",
                                                      "files[0].path"));
        w.submit();
        QVERIFY(failed.wait());
        QCOMPARE(failed.last().at(1).toString(), QString("files[0].path"));
        QVERIFY(w.isActive()); // nothing lost

        // An output the service never releases as it is: the message names the file and what to
        // do, without the request field in front of it.
        rig.transport->queueResponse(
            422,
            errorAnswer("output-format-refused",
                        "files[0].path: outputs/income_by_region.csv cannot be released as it is: line 3 "
                        "holds U+202E (RIGHT-TO-LEFT OVERRIDE), a character that is invisible; remove it.",
                        "files[0].path"));
        w.submit();
        QVERIFY(failed.wait());
        QCOMPARE(failed.last().at(1).toString(), QString("files[0].path"));
        QVERIFY2(
            failed.last().at(0).toString().startsWith("outputs/income_by_region.csv cannot be released as "
                                                      "it is: line 3 holds U+202E"),
            qPrintable(failed.last().at(0).toString()));
        QVERIFY(w.isActive());

        rig.transport->queueResponse(201, submittedAnswer("S-1", w.draft().content(), "pass"));
        QSignalSpy submitted(&w, &SubmissionWizard::submitted);
        const QString draftId = w.draft().id;
        w.submit();
        QVERIFY(submitted.wait());
        const QJsonObject body = QJsonDocument::fromJson(rig.transport->requests.last().body).object();
        QVERIFY(rig.transport->requests.last().url.endsWith("/api/v1/projects/P1/submissions"));
        QCOMPARE(body["title"].toString(), QString("Income by region"));
        QCOMPARE(submitted.first().first().value<protocol::SubmissionInfo>().submission.expectedAnswerDate,
                 QDate(2026, 11, 27));
        QVERIFY(!w.isActive());
        for (const SubmissionDraft &d : w.savedDrafts())
            QVERIFY(d.id != draftId);
    }

    // A returned request opens as a draft holding everything it said; the new version goes to
    // /resubmit with the author's answer, and then shows in My submissions.
    void aReturnedRequestIsFixedAndResubmitted()
    {
        UiRig rig;
        signIn(rig);
        SubmissionWizard *w = rig.workstation.wizard();
        protocol::SubmissionInfo returned;
        {
            // What the server holds: the first round as submitted, then returned.
            domain::Submission &s = returned.submission;
            s.id = "S-4";
            s.projectId = "P1";
            s.authorId = "u-asha";
            s.state = domain::SubmissionState::Returned;
            s.round = 1;
            s.content.title = "Income by region";
            s.content.clearanceType = domain::ClearanceType::PrePublication;
            domain::SubmissionFile out{"outputs/income_by_region.csv",
                                       domain::FileRole::Output,
                                       "Households by income band and region",
                                       "Co-authors",
                                       QString(64, 'a'),
                                       100};
            domain::SubmissionFile counts{"outputs/income_by_region_counts.csv",
                                          domain::FileRole::Supporting,
                                          "",
                                          "",
                                          QString(64, 'b'),
                                          100};
            s.content.files = {out, counts};
            domain::TableSpec spec;
            spec.file = out.path;
            spec.counts.file = counts.path;
            spec.layout.labelRows = 2;
            spec.margins.mode = domain::MarginSpec::Mode::Off;
            s.content.tables = {spec};
            s.content.controls = "Cells under 10 suppressed";
            s.content.exceptions = {{out.path, "threshold", "B4", 0, "Published elsewhere"}};
            domain::SubmissionEvent back;
            back.action = domain::SubmissionAction::Return;
            back.from = domain::SubmissionState::InReview;
            back.to = domain::SubmissionState::Returned;
            back.round = 1;
            back.note = "Please suppress Wales, Under 35.";
            s.history = {back};
            returned.author = {"u-asha", "asha.patel", "Asha Patel"};
        }

        w->startResubmission(returned);
        const SubmissionDraft &d = w->draft();
        QVERIFY(d.isResubmission());
        QCOMPARE(d.resubmitOf, QString("S-4"));
        QCOMPARE(d.returnNote, QString("Please suppress Wales, Under 35."));
        QCOMPARE(d.page, SubmissionDraft::Page::Files);
        QCOMPARE(d.clearanceType, domain::ClearanceType::PrePublication);
        QCOMPARE(d.files.size(), 2);
        QCOMPARE(d.files[0].description, QString("Households by income band and region"));
        QVERIFY(d.files[0].sha256.isEmpty()); // the new version is what the workspace holds when sent
        QCOMPARE(d.tables.size(), 1);
        QCOMPARE(d.tables[0].counts.file, QString("outputs/income_by_region_counts.csv"));
        QCOMPARE(d.tables[0].layout.labelRows, 2);
        QCOMPARE(d.tables[0].margins.mode, domain::MarginSpec::Mode::Off);
        QVERIFY(d.tables[0] == returned.submission.content.tables[0]);
        QCOMPARE(d.exceptions, returned.submission.content.exceptions);
        const QString draftId = d.id;

        // Opened again later, the same draft comes back rather than a second copy.
        w->draft().controls = "Cells under 10 suppressed; Wales merged with the South West";
        QVERIFY(w->save().ok());
        w->startResubmission(returned);
        QCOMPARE(w->draft().id, draftId);
        QCOMPARE(w->draft().controls, QString("Cells under 10 suppressed; Wales merged with the South West"));

        rig.transport->queueResponse(200, checkAnswer(false));
        QSignalSpy finished(w, &SubmissionWizard::checksFinished);
        w->runChecks();
        QVERIFY(finished.wait());
        w->draft().exceptions.clear(); // fixed: nothing left to explain
        QVERIFY(w->goTo(SubmissionDraft::Page::Commit).ok());
        w->draft().declared = true;

        // The answer to the checkers is required, on the page where it is written.
        QSignalSpy failed(w, &SubmissionWizard::submitFailed);
        const qsizetype sentBefore = rig.transport->requests.size();
        w->submit();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(1).toString(), QString("answer"));
        QCOMPARE(rig.transport->requests.size(), sentBefore);

        w->draft().answer = "  Wales is now merged with the South West.  ";
        protocol::SubmissionInfo answer = returned;
        answer.submission.state = domain::SubmissionState::Resubmitted;
        answer.submission.round = 2;
        answer.submission.content = w->draft().content();
        answer.submission.expectedAnswerDate = QDate(2026, 11, 30);
        rig.transport->queueResponse(200, answer.toJson());
        QSignalSpy submitted(w, &SubmissionWizard::submitted);
        w->submit();
        QVERIFY(submitted.wait());
        const net::HttpRequest &sent = rig.transport->requests.last();
        QCOMPARE(sent.method, QByteArray("POST"));
        QVERIFY(sent.url.endsWith("/api/v1/projects/P1/submissions/S-4/resubmit"));
        const QJsonObject body = QJsonDocument::fromJson(sent.body).object();
        QCOMPARE(body["note"].toString(), QString("Wales is now merged with the South West."));
        QCOMPARE(body["controls"].toString(),
                 QString("Cells under 10 suppressed; Wales merged with the South West"));
        QVERIFY(!w->isActive());
        for (const SubmissionDraft &kept : w->savedDrafts())
            QVERIFY(kept.id != draftId);
        // My submissions has the new round without asking the server again.
        const auto listed = rig.workstation.submissions()->detail("S-4");
        QVERIFY(listed.has_value());
        QCOMPARE(listed->submission.round, 2);
        QCOMPARE(listed->submission.state, domain::SubmissionState::Resubmitted);
    }

    // With several drafts for the project, the button asks which one to continue.
    void severalDraftsOfferAChoice()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        window.show();
        signIn(rig);
        SubmissionWizard *w = rig.workstation.wizard();
        for (const char *title : {"Older draft", "Newer draft"}) {
            w->start("P1");
            w->draft().title = QString::fromLatin1(title);
            QVERIFY(w->save().ok());
            rig.clock.advanceSeconds(60);
        }
        auto *projects = window.findChild<QTreeView *>("projectList");
        QTRY_COMPARE(projects->model()->rowCount(), 1);
        projects->setCurrentIndex(projects->model()->index(0, 0));
        QStringList offered;
        QTimer::singleShot(0, this, [&] {
            auto *ask = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(ask);
            offered = ask->comboBoxItems();
            ask->setTextValue(offered.value(1)); // the older one
            ask->accept();
        });
        QTest::mouseClick(window.findChild<QPushButton *>("requestClearanceButton"), Qt::LeftButton);
        QCOMPARE(offered.size(), 3);
        QVERIFY(offered[0].startsWith("\"Newer draft\""));
        QVERIFY(offered[1].startsWith("\"Older draft\""));
        QCOMPARE(offered[2], QString("Start a new request"));
        auto *dialog = window.findChild<ui::SubmissionWizardDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(w->draft().title, QString("Older draft"));
        dialog->reject();
    }

    // The dialog walked as a researcher would, with the server scripted.
    void theDialogWalksEveryPage()
    {
        UiRig rig;
        signIn(rig);
        SubmissionWizard w(rig.workstation.session(), rig.workstation.store(),
                           rig.workstation.workspaceSync(), rig.clock);
        w.start("P1");
        ui::SubmissionWizardDialog dialog(&w);
        dialog.showDraft();
        dialog.show();
        auto next = [&] { QTest::mouseClick(dialog.button(QWizard::NextButton), Qt::LeftButton); };
        auto problem = [&] {
            const auto labels = dialog.currentPage()->findChildren<QLabel *>("pageProblemLabel");
            return labels.isEmpty() || !labels.first()->isVisible() ? QString() : labels.first()->text();
        };

        QCOMPARE(dialog.currentId(), ui::SubmissionWizardDialog::idOf(Page::Type));
        next();
        QCOMPARE(dialog.currentId(), ui::SubmissionWizardDialog::idOf(Page::Type)); // not complete
        QVERIFY(problem().contains("kind of clearance"));
        dialog.findChild<QRadioButton *>("publicationRadio")
            ->click(); // the button, not the empty row beside it
        QTest::keyClicks(dialog.findChild<QLineEdit *>("requestTitleEdit"), "Income by region");
        next();
        QCOMPARE(dialog.currentId(), ui::SubmissionWizardDialog::idOf(Page::Files));

        QTest::keyClicks(dialog.findChild<QLineEdit *>("fileFilterEdit"), "income_by_region.csv");
        auto *files = dialog.findChild<QListWidget *>("workspaceFileList");
        QCOMPARE(files->count(), 1);
        files->item(0)->setSelected(true);
        QTest::mouseClick(dialog.findChild<QPushButton *>("addOutputButton"), Qt::LeftButton);
        QCOMPARE(dialog.findChild<QTableWidget *>("chosenFilesTable")->rowCount(), 1);
        next();
        QCOMPARE(dialog.currentId(), ui::SubmissionWizardDialog::idOf(Page::Tables));
        QCOMPARE(dialog.findChild<QComboBox *>("countsCombo")->currentData().toString(),
                 QString("outputs/income_by_region_counts.csv"));
        // A frequency table: contributions and cell totals are not asked for; a CSV has no sheets.
        QVERIFY(!dialog.findChild<QComboBox *>("top1Combo")->isVisible());
        QVERIFY(!dialog.findChild<QLineEdit *>("sheetEdit")->isEnabled());
        // Two rows of column labels, no totals, and the dataset it comes from.
        dialog.findChild<QSpinBox *>("labelRowsSpin")->setValue(2);
        auto *margins = dialog.findChild<QComboBox *>("marginsCombo");
        margins->setCurrentIndex(margins->findData("false"));
        emit margins->activated(margins->currentIndex());
        auto *dataset = dialog.findChild<QComboBox *>("datasetCombo");
        QCOMPARE(dataset->count(), 2);
        QCOMPARE(dataset->itemText(1), QString("Labour Force Survey 2024 (LFS-2024)"));
        dataset->setCurrentIndex(1);
        emit dataset->activated(1);
        // A mean table asks for its contributions.
        auto *statistic = dialog.findChild<QComboBox *>("statisticCombo");
        statistic->setCurrentIndex(statistic->findData("mean"));
        emit statistic->activated(statistic->currentIndex());
        QVERIFY(dialog.findChild<QComboBox *>("top1Combo")->isVisible());
        statistic->setCurrentIndex(statistic->findData("frequency"));
        emit statistic->activated(statistic->currentIndex());
        // The spec as it goes to the server.
        const QJsonObject spec =
            QJsonDocument::fromJson(w.draft().checkRequest().toJson())["tables"][0].toObject();
        QCOMPARE(spec["label_rows"].toInt(), 2);
        QCOMPARE(spec["margins"], QJsonValue(false));
        QCOMPARE(spec["dataset"].toString(), QString("LFS-2024"));
        QCOMPARE(spec["statistic"].toString(), QString("frequency"));
        next();
        QCOMPARE(dialog.currentId(), ui::SubmissionWizardDialog::idOf(Page::Checks));
        next();
        QVERIFY(problem().contains("Run the checks"));

        rig.transport->queueResponse(200, checkAnswer(true));
        QSignalSpy finished(&w, &SubmissionWizard::checksFinished);
        QTest::mouseClick(dialog.findChild<QPushButton *>("runChecksButton"), Qt::LeftButton);
        QVERIFY(finished.wait());
        auto *results = dialog.findChild<QTreeWidget *>("checkResultsTree");
        QCOMPARE(results->topLevelItemCount(), 1);
        QVERIFY(results->topLevelItem(0)->child(0)->text(0).contains("Row 4, column 2 (B4)"));
        QVERIFY(dialog.findChild<QLabel *>("findingDetailLabel")->text().contains("(B4)"));
        next();
        QCOMPARE(dialog.currentId(), ui::SubmissionWizardDialog::idOf(Page::Exceptions));
        next();
        QVERIFY(problem().contains("explain why it is safe"));
        QTest::keyClicks(dialog.currentPage()->findChild<QPlainTextEdit *>("justificationEdit"),
                         "The figure is already published by the data owner.");
        next();
        QCOMPARE(dialog.currentId(), ui::SubmissionWizardDialog::idOf(Page::Context));
        for (QLineEdit *e : dialog.currentPage()->findChildren<QLineEdit *>())
            QTest::keyClicks(e, "Households by income band");
        QTest::keyClicks(dialog.findChild<QPlainTextEdit *>("controlsEdit"), "Small cells explained above.");
        next();
        QCOMPARE(dialog.currentId(), ui::SubmissionWizardDialog::idOf(Page::Commit));
        QVERIFY(dialog.findChild<QTextBrowser *>("summaryBrowser")->toPlainText().contains("One exception"));

        // Saved on every page change: the draft on disk is at the last page.
        QCOMPARE(w.savedDrafts().first().page, Page::Commit);

        QTest::mouseClick(dialog.button(QWizard::FinishButton), Qt::LeftButton);
        QVERIFY(problem().contains("declaration"));
        dialog.findChild<QCheckBox *>("declarationCheck")->click();
        rig.transport->queueResponse(201, submittedAnswer("S-7", w.draft().content(), "fail"));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(dialog.button(QWizard::FinishButton), Qt::LeftButton);
        QVERIFY(accepted.wait());
        const QJsonObject body = QJsonDocument::fromJson(rig.transport->requests.last().body).object();
        QCOMPARE(body["exceptions"].toArray().size(), 1);
        QCOMPARE(body["tables"].toArray().first().toObject()["label_rows"].toInt(), 2);
        QVERIFY(w.savedDrafts().isEmpty());
    }
};

QTEST_MAIN(TestSubmissionWizard)
#include "tst_submissionwizard.moc"
