// The screens for files brought into a project, over a scripted server: "Bring files into this
// project…" refuses here what the server would (links, names given twice, nothing said about a
// file, no reason), works out each file's size and SHA-256 before anything is sent, and keeps
// everything when the server refuses; the checkers' review window never offers to approve a
// file a check refused, asks why before approving a flagged one (nothing is sent until then),
// never shows bytes that do not match the declared SHA-256, and sends the vote once confirmed;
// the queue says why a request is not this checker's to open. And all of it in Welsh at
// 1024×700 (saved as PNGs to $SRS_SCREENSHOT_DIR when it is set, to look at).

#include "Screens.h"
#include "UiRig.h"

#include "protocol/IngestReviewMessages.h"
#include "session/IngestReviews.h"
#include "ui/HomePage.h"
#include "ui/MainWindow.h"
#include "ui/common/Language.h"
#include "ui/ingest/BringFilesDialog.h"
#include "ui/ingest/IngestReviewDialog.h"
#include "ui/ingest/IngestReviewPanel.h"
#include "ui/review/FilePreviewWidget.h"
#include "ui/review/ReviewPage.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace srs;
using namespace srs::testing;
using namespace srs::testing::screens;

namespace {

const QByteArray Script = "# The model\nfit <- lm(y ~ x)\n";
const QByteArray Areas = "code,name\nW1,Area one\n";

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

protocol::IngestReviewContext reviewOf(const QString &id)
{
    protocol::IngestReviewContext c;
    c.request.id = id;
    c.request.projectId = Project;
    c.request.requesterId = "u-asha";
    c.request.requesterName = "Asha";
    c.request.createdAt = When;
    c.request.updatedAt = When;
    c.request.state = "awaiting-review";
    c.request.reason = "the model and its look-up";
    c.request.chunkBytes = 65536;
    protocol::IngestFileInfo archive;
    archive.index = 0;
    archive.spec = {"deps.zip", 10, sha("zip"), "packages"};
    archive.kind = "archive";
    archive.checked = true;
    archive.findings = {{"kind-refused", "refused", "Archives cannot be brought in.", {}, 0}};
    protocol::IngestFileInfo script;
    script.index = 1;
    script.spec = {"model.R", Script.size(), sha(Script), "the model"};
    script.kind = "code";
    script.checked = true;
    script.findings = {{"command-install", "flag", "Line 2 installs a package.", {}, 2}};
    c.request.files = {archive, script};
    c.projectTitle = "Project one";
    c.approvalsNeeded = 1;
    protocol::IngestFileReview r0;
    r0.index = 0;
    r0.refused = true;
    protocol::IngestFileReview r1;
    r1.index = 1;
    r1.flagged = true;
    c.files = {r0, r1};
    return c;
}

qsizetype votesSent(const UiRig &rig)
{
    qsizetype n = 0;
    for (const net::HttpRequest &r : rig.transport->requests)
        n += r.method == "PUT" && r.url.endsWith("/votes/mine");
    return n;
}

} // namespace

class TestIngestScreens : public QObject
{
    Q_OBJECT
private slots:
    void bringFilesRefusesHereWhatTheServerWould()
    {
        QTemporaryDir dir;
        const QString script = writeFile(dir, "model.R", Script);
        const QString areas = writeFile(dir, "lookup/areas.csv", Areas);
        const QString link = dir.filePath("link.R");
        QVERIFY(QFile::link(script, link));
        ui::BringFilesDialog dialog(Project, "Project one");
        QCOMPARE(dialog.problem(), QString("Add the files to bring in."));
        dialog.addFiles({script, link});
        auto *notAdded = dialog.findChild<QLabel *>("ingestProblemLabel");
        QVERIFY(notAdded);
        QCOMPARE(dialog.files().size(), 1); // the link is not followed
        dialog.addFiles({script});
        QCOMPARE(dialog.files().size(), 1); // nor the same file twice
        dialog.addFolder(QFileInfo(areas).path());
        QCOMPARE(dialog.files().size(), 2);
        QCOMPARE(dialog.files().at(1).name, QString("lookup/areas.csv"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isHashing(), 10'000);
        // Sizes and SHA-256 worked out here, before anything is sent.
        QCOMPARE(dialog.files().at(0).sha256, sha(Script));
        QCOMPARE(dialog.files().at(0).size, Script.size());
        QCOMPARE(dialog.files().at(1).sha256, sha(Areas));
        QVERIFY2(dialog.problem().contains("model.R"), qPrintable(dialog.problem()));
        dialog.setDescription(0, "the model");
        dialog.setDescription(1, "area codes");
        QCOMPARE(dialog.problem(), QString("Say why the project needs these files."));
        dialog.setReason("the analysis joins on the areas");
        QCOMPARE(dialog.problem(), QString());

        QSignalSpy send(&dialog, &ui::BringFilesDialog::sendRequested);
        auto *sendButton = dialog.findChild<QPushButton *>("sendIngestButton");
        QVERIFY(sendButton && sendButton->isEnabled());
        sendButton->click();
        QCOMPARE(send.size(), 1);
        QCOMPARE(send.at(0).at(1).toString(), QString("the analysis joins on the areas"));
        // Refused by the server: its reason shown, nothing lost.
        dialog.requestRefused("ingest.max_request_bytes is 10 bytes");
        QVERIFY(dialog.findChild<QLabel *>("ingestProblemLabel")->text().contains("10 bytes"));
        QCOMPARE(dialog.files().size(), 2);
        QCOMPARE(dialog.reason(), QString("the analysis joins on the areas"));
    }

    void theReviewWindowStopsWhatTheServerWouldRefuse()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        QVERIFY(checkerAtHome(rig, window));
        const protocol::IngestReviewContext review = reviewOf("I-1");
        rig.transport->route("GET", "/api/v1/review/ingests/I-1", 200, review.toJson());
        rig.transport->route("GET", "/api/v1/review/ingests/I-1/files/0", 200, "not the declared bytes");
        rig.transport->route("GET", "/api/v1/review/ingests/I-1/files/1", 200, Script);
        protocol::IngestReviewContext after = review;
        after.files[1].decision = "approved";
        after.files[1].votes = {{"u-sam", "Sam Checker", "approve", "the install is in a comment", When}};
        rig.transport->route("PUT", "/api/v1/review/ingests/I-1/files/1/votes/mine", 200, after.toJson());

        ui::IngestReviewDialog dialog(rig.workstation.ingestReviews());
        QStringList asked;
        dialog.setConfirmation([&](const QString &q) {
            asked << q;
            return true;
        });
        dialog.openRequest("I-1");
        dialog.show();
        QTRY_COMPARE(dialog.fileList()->topLevelItemCount(), 2);
        auto *note = dialog.findChild<QLabel *>("ingestPreviewNoteLabel");

        // The archive: refused by a check, so it can only be rejected; its bytes do not match
        // what was declared, so they are not shown.
        dialog.fileList()->setCurrentItem(dialog.fileList()->topLevelItem(0));
        QVERIFY(!dialog.approveButton()->isEnabled());
        QVERIFY(dialog.rejectButton()->isEnabled());
        QTRY_VERIFY(note->text().contains("do not match"));
        // Rejecting needs a word for the researcher: nothing is sent without it.
        dialog.rejectButton()->click();
        QVERIFY(dialog.statusText().contains("why this file is rejected"));
        QCOMPARE(votesSent(rig), 0);

        // The script: flagged, shown once its bytes match; approving asks why first.
        dialog.fileList()->setCurrentItem(dialog.fileList()->topLevelItem(1));
        QTRY_VERIFY(note->text().contains("SHA-256 checked"));
        QCOMPARE(dialog.preview()->kind(), ui::FilePreviewWidget::Kind::Code);
        auto *findings = dialog.findChild<QListWidget *>("ingestFindingsList");
        QCOMPARE(findings->item(0)->text(), QString("Flag (line 2): Line 2 installs a package."));
        dialog.approveButton()->click();
        QVERIFY(dialog.statusText().contains("flagged"));
        QCOMPARE(votesSent(rig), 0);
        QVERIFY(asked.isEmpty());
        dialog.comment()->setPlainText("the install is in a comment");
        dialog.approveButton()->click();
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.constFirst().contains("model.R"));
        QTRY_COMPARE(votesSent(rig), 1);
        QTRY_COMPARE(dialog.fileList()->topLevelItem(1)->text(4), QString("Approved"));
        QVERIFY(!dialog.approveButton()->isEnabled()); // decided: nothing more to vote on
        QVERIFY(
            dialog.findChild<QLabel *>("ingestVotesLabel")->text().contains("the install is in a comment"));
    }

    void inWelshAtASmallScreen()
    {
        QTranslator welsh;
        QCOMPARE(ui::loadLanguage(welsh, QLocale(QLocale::Welsh, QLocale::UnitedKingdom),
                                  QStringLiteral(SRS_QM_DIR))
                     .language(),
                 QLocale::Welsh);
        QApplication::installTranslator(&welsh);
        const auto english = qScopeGuard([&] { QApplication::removeTranslator(&welsh); });
        const QString shots = qEnvironmentVariable("SRS_SCREENSHOT_DIR");
        auto keep = [&](QWidget &w, const QString &name) {
            if (!shots.isEmpty())
                QVERIFY(w.grab().save(QDir(shots).filePath(name)));
        };
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        window.resize(1024, 700);
        QVERIFY(checkerAtHome(rig, window));
        protocol::IngestReviewQueue queue;
        queue.generatedAt = When;
        protocol::IngestQueueItem item;
        item.id = "I-1";
        item.projectId = Project;
        item.projectTitle = "Project one";
        item.requesterName = "Asha";
        item.state = "awaiting-review";
        item.files = 2;
        item.pendingFiles = 2;
        item.totalBytes = 4096;
        queue.items = {item};
        rig.transport->route("GET", "/api/v1/review/ingests", 200, queue.toJson());
        rig.transport->route("GET", "/api/v1/review/ingests/I-1", 200, reviewOf("I-1").toJson());
        rig.transport->route("GET", "/api/v1/review/ingests/I-1/files/1", 200, Script);
        ui::ReviewPage *page = window.homePage()->reviewPage();
        page->sections()->setCurrentIndex(1);
        QCOMPARE(page->sections()->tabText(1), QString("Ffeiliau sy'n dod i mewn"));
        ui::IngestReviewPanel *panel = page->ingestPanel();
        QTRY_COMPARE(panel->list()->topLevelItemCount(), 1);
        QVERIFY(panel->list()->topLevelItem(0)->text(5).startsWith("Yn aros am wiriwr"));
        keep(window, "cy-files-coming-in.png");
        panel->openCurrent();
        ui::IngestReviewDialog *dialog = panel->dialog();
        QVERIFY(dialog);
        dialog->resize(1024, 700);
        QTRY_COMPARE(dialog->fileList()->topLevelItemCount(), 2);
        dialog->fileList()->setCurrentItem(dialog->fileList()->topLevelItem(1));
        QTRY_VERIFY(
            dialog->findChild<QLabel *>("ingestPreviewNoteLabel")->text().contains("SHA-256 wedi'i wirio"));
        QCOMPARE(dialog->approveButton()->text(), QString("&Cymeradwyo'r ffeil hon"));
        keep(*dialog, "cy-ingest-review.png");
        dialog->close();

        QTemporaryDir dir;
        ui::BringFilesDialog bring(Project, "Project one");
        bring.resize(1024, 700);
        bring.addFiles({writeFile(dir, "model.R", Script), writeFile(dir, "areas.csv", Areas)});
        QTRY_VERIFY_WITH_TIMEOUT(!bring.isHashing(), 10'000);
        QCOMPARE(bring.windowTitle(), QString("Dod â ffeiliau i mewn i P1"));
        QVERIFY(bring.problem().startsWith("Dywedwch beth yw"));
        bring.show();
        keep(bring, "cy-bring-files.png");
    }

    // What researchers typed is shown as text, never as markup; a file the server can no longer
    // give (its quarantined copy gone) says so instead of showing anything.
    void researchersWordsAreTextAndAGoneFileSaysSo()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        QVERIFY(checkerAtHome(rig, window));
        protocol::IngestReviewContext review = reviewOf("I-9");
        review.request.requesterName = "<i>Mallory</i>";
        review.request.reason = "<a href='https://example.org'>click</a>";
        review.request.files[1].spec.description = "<img src='x'> <b>bold</b>";
        rig.transport->route("GET", "/api/v1/review/ingests/I-9", 200, review.toJson());
        rig.transport->route(
            "GET", "/api/v1/review/ingests/I-9/files/1", 410,
            R"({"code":"snapshot-missing","message":"The quarantined copy has been deleted."})");
        ui::IngestReviewDialog dialog(rig.workstation.ingestReviews());
        dialog.openRequest("I-9");
        QTRY_COMPARE(dialog.fileList()->topLevelItemCount(), 2);
        auto *header = dialog.findChild<QLabel *>("ingestReviewHeaderLabel");
        QVERIFY(header->text().contains("&lt;i&gt;Mallory&lt;/i&gt;"));
        QVERIFY(!header->text().contains("<a href"));
        dialog.fileList()->setCurrentItem(dialog.fileList()->topLevelItem(1));
        auto *details = dialog.findChild<QLabel *>("ingestFileDetailsLabel");
        QCOMPARE(details->textFormat(), Qt::PlainText);
        QVERIFY(details->text().contains("<img src='x'> <b>bold</b>"));
        auto *note = dialog.findChild<QLabel *>("ingestPreviewNoteLabel");
        QTRY_VERIFY(note->text().startsWith("The file cannot be shown"));
        QVERIFY(!dialog.preview()->isVisibleTo(&dialog));
    }

    void theQueueSaysWhyARequestIsNotThisCheckers()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        QVERIFY(checkerAtHome(rig, window));
        protocol::IngestReviewQueue queue;
        queue.generatedAt = When;
        protocol::IngestQueueItem mine;
        mine.id = "I-2";
        mine.projectId = Project;
        mine.state = "awaiting-review";
        mine.files = 1;
        mine.pendingFiles = 1;
        mine.notForMe = "review-project-member";
        protocol::IngestQueueItem other = mine;
        other.id = "I-3";
        other.notForMe.clear();
        queue.items = {mine, other};
        rig.transport->route("GET", "/api/v1/review/ingests", 200, queue.toJson());
        ui::IngestReviewPanel panel(rig.workstation.ingestReviews());
        panel.activate();
        QTRY_COMPARE(panel.list()->topLevelItemCount(), 2);
        auto *open = panel.findChild<QPushButton *>("reviewIngestButton");
        auto *status = panel.findChild<QLabel *>("ingestReviewStatusLabel");
        panel.list()->setCurrentItem(panel.list()->topLevelItem(0));
        QVERIFY(!open->isEnabled());
        QVERIFY(status->text().contains("member of this project"));
        QVERIFY(panel.list()->topLevelItem(0)->text(5).contains("not for you"));
        panel.list()->setCurrentItem(panel.list()->topLevelItem(1));
        QVERIFY(open->isEnabled());
        QVERIFY(panel.list()->topLevelItem(1)->text(5).contains("1 file to decide"));
    }
};

QTEST_MAIN(TestIngestScreens)
#include "tst_ingestscreens.moc"
