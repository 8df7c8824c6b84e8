// Bringing files into a project, the whole way through the real client stack, its screens
// (offscreen) and the real server with a real clamd: asha.patel chooses two files in "Bring files
// into this project…" (a large data file and an R script with an NHS number in it), describes
// them and sends them; the upload is paused part-way from "Files brought in" (the progress bar
// is captured to a PNG while it stands between empty and full), carried on, and finishes. The
// server's checks scan both files and flag the script; fiona.campbell, an output checker at a
// safe-room terminal, opens the request from her review tab, sees the finding and the script in
// the preview (its bytes checked against the declared SHA-256), and approves both files, the
// flagged one with a comment. Both land byte-identical in the workspace under ingest/<id>/, and
// asha's list says so. The screenshots are written to $SRS_SCREENSHOT_DIR when it is set.

#include "ClamdFixture.h"
#include "ClientRig.h"
#include "ServerProcess.h"

#include "session/IngestRequests.h"
#include "session/IngestReviews.h"
#include "session/IngestUploads.h"
#include "session/WorkspaceSync.h"
#include "session/Workstation.h"
#include "ui/HomePage.h"
#include "ui/MainWindow.h"
#include "ui/ingest/BringFilesDialog.h"
#include "ui/ingest/IngestDesk.h"
#include "ui/ingest/IngestReviewDialog.h"
#include "ui/ingest/IngestReviewPanel.h"
#include "ui/ingest/IngestView.h"
#include "ui/projects/ProjectView.h"
#include "ui/review/FilePreviewWidget.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace srs;
using testing::ClamdFixture;
using testing::clientConfig;
using testing::ServerProcess;
using testing::signInWithCode;
using testing::TotpSteps;

namespace {

const QString Project = testing::DemoProject;
constexpr qint64 Chunk = 64 * 1024;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Where the screenshots go: $SRS_SCREENSHOT_DIR, or a temporary folder of the run.
QString screenshotPath(const QString &name, const QTemporaryDir &fallback)
{
    const QString dir = qEnvironmentVariable("SRS_SCREENSHOT_DIR", fallback.path());
    QDir().mkpath(dir);
    return QDir(dir).filePath(name);
}

} // namespace

class TestIngestFlow : public QObject
{
    Q_OBJECT
private:
    ClamdFixture m_clamd;
    std::unique_ptr<ServerProcess> m_server;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_clamd.start(), qPrintable(m_clamd.error()));
        ServerProcess::Options o;
        o.seedDemo = true;
        o.extraConfig.insert(QStringLiteral("ingest"),
                             QJsonObject{{QStringLiteral("chunk_bytes"), Chunk},
                                         {QStringLiteral("clamd_socket"), m_clamd.socketPath()},
                                         {QStringLiteral("scan_retry_seconds"), 1}});
        m_server = std::make_unique<ServerProcess>(o);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }

    void filesComeInThroughTheScreens()
    {
        // Two files on the researcher's computer.
        QByteArray data;
        data.reserve(300 * Chunk);
        for (int i = 0; data.size() < 300 * Chunk + 11; ++i)
            data += QByteArray::number(i) + ",area-" + QByteArray::number(i % 97) + "\n";
        const QByteArray script = "# Joins the areas\nareas <- read.csv(\"areas.csv\")\n"
                                  "test_id <- \"943 476 5919\"\n";
        const QString dataPath = m_dir.filePath(QStringLiteral("areas.csv"));
        const QString scriptPath = m_dir.filePath(QStringLiteral("join.R"));
        for (const auto &[path, bytes] : {std::pair{dataPath, data}, std::pair{scriptPath, script}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }

        TotpSteps steps(*m_server);
        session::Workstation w(
            clientConfig(m_server->baseUrl(), m_dir.filePath(QStringLiteral("asha")), true));
        ui::MainWindow window(&w);
        window.resize(1024, 700);
        window.show();
        w.start();
        QVERIFY(signInWithCode(w, QStringLiteral("asha.patel"), steps.next(QStringLiteral("asha.patel"))));
        ui::HomePage *home = window.homePage();

        // The project, chosen in the list as a person would.
        QAbstractItemModel *projects = home->projects()->model();
        QTRY_VERIFY(projects->rowCount() > 0);
        for (int row = 0; row < projects->rowCount() && w.workspaceSync()->selectedProject() != Project;
             ++row)
            home->projects()->setCurrentIndex(projects->index(row, 0));
        QCOMPARE(w.workspaceSync()->selectedProject(), Project);
        QPushButton *bring = home->projectView()->bringFilesButton();
        QTRY_VERIFY(bring->isEnabled());
        bring->click();
        QPointer<ui::BringFilesDialog> dialog; // it deletes itself once the server has the request
        QTRY_VERIFY((dialog = home->ingestDesk()->dialog()) && dialog->isVisible());
        dialog->addFiles({dataPath, scriptPath});
        dialog->setDescription(0, QStringLiteral("area look-up table"));
        dialog->setDescription(1, QStringLiteral("the join, written at the university"));
        dialog->setReason(QStringLiteral("The analysis joins on these areas."));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isHashing(), 30'000);
        QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
        const QString dataSha =
            QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
        QCOMPARE(dialog->files().at(0).sha256, dataSha);

        // Paused from the list part-way: a few chunks stored, the rest not.
        session::IngestUploads *uploads = w.ingestUploads();
        ui::IngestView *view = home->ingestView();
        auto *pause = view->findChild<QPushButton *>(QStringLiteral("pauseUploadButton"));
        auto *resume = view->findChild<QPushButton *>(QStringLiteral("resumeUploadButton"));
        QVERIFY(pause && resume);
        QString ingestId;
        int stored = 0;
        bool pausedByHand = false;
        connect(uploads, &session::IngestUploads::started, this, [&](const QString &id) { ingestId = id; });
        connect(uploads, &session::IngestUploads::chunkStored, this, [&] {
            // Once a tenth is there, the person picks the request in "Files brought in" and
            // presses Pause.
            if (pausedByHand || ++stored < 30)
                return;
            home->sections()->setCurrentWidget(view);
            for (int i = 0; i < view->list()->topLevelItemCount(); ++i)
                if (view->list()->topLevelItem(i)->text(0) == ingestId)
                    view->list()->setCurrentItem(view->list()->topLevelItem(i));
            if (pause->isEnabled()) {
                pause->click();
                pausedByHand = true;
            }
        });
        dialog->findChild<QPushButton *>(QStringLiteral("sendIngestButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!ingestId.isEmpty(), 30'000);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        home->sections()->setCurrentWidget(view);
        QTRY_COMPARE_WITH_TIMEOUT(uploads->progress(ingestId).state,
                                  session::IngestUploadProgress::State::Paused, 60'000);
        QProgressBar *bar = view->overallProgress();
        QTRY_VERIFY(bar->value() > 0);
        const int pausedAt = bar->value();
        QVERIFY2(pausedAt < bar->maximum(), qPrintable(QString::number(pausedAt)));
        const QString paused = screenshotPath(QStringLiteral("ingest-paused.png"), m_dir);
        QVERIFY(window.grab().save(paused));
        qInfo("the paused upload: %s (bar %d of %d)", qPrintable(paused), pausedAt, bar->maximum());

        QVERIFY(resume->isEnabled());
        resume->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            uploads->progress(ingestId).state == session::IngestUploadProgress::State::Done, 120'000);
        QTRY_VERIFY(bar->value() > pausedAt);
        QVERIFY(window.grab().save(screenshotPath(QStringLiteral("ingest-sent.png"), m_dir)));

        // The server's checks: both scanned, the script flagged; the request waits for a checker.
        auto stateOf = [&] {
            const auto info = w.ingestRequests()->request(ingestId);
            return info ? info->state : QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                w.ingestRequests()->refresh();
                QTest::qWait(200);
                return stateOf() == QStringLiteral("awaiting-review");
            }(),
            60'000);

        // The checker, at a safe-room terminal, from the review tab's "Files coming in".
        session::Workstation c(
            clientConfig(m_server->baseUrl(), m_dir.filePath(QStringLiteral("fiona")), true));
        c.start();
        QVERIFY(signInWithCode(c, QStringLiteral("fiona.campbell"),
                               steps.next(QStringLiteral("fiona.campbell"))));
        ui::IngestReviewPanel panel(c.ingestReviews());
        panel.resize(1024, 700);
        panel.show();
        panel.activate();
        QTRY_COMPARE_WITH_TIMEOUT(panel.list()->topLevelItemCount(), 1, 30'000);
        QCOMPARE(panel.list()->topLevelItem(0)->text(0), ingestId);
        panel.openCurrent();
        ui::IngestReviewDialog *review = panel.dialog();
        QVERIFY(review);
        review->setConfirmation([](const QString &) { return true; });
        QTRY_COMPARE_WITH_TIMEOUT(review->fileList()->topLevelItemCount(), 2, 30'000);
        QVERIFY(review->findChild<QLabel *>(QStringLiteral("ingestReviewHeaderLabel"))
                    ->text()
                    .contains(QStringLiteral("The analysis joins on these areas.")));

        // The script: flagged for its NHS number, shown in full once its bytes are checked.
        review->fileList()->setCurrentItem(review->fileList()->topLevelItem(1));
        auto *findings = review->findChild<QListWidget *>(QStringLiteral("ingestFindingsList"));
        QTRY_VERIFY(findings->count() > 0);
        QStringList found;
        for (int i = 0; i < findings->count(); ++i)
            found << findings->item(i)->text();
        QVERIFY2(found.join(u'\n').contains(QStringLiteral("Flag")), qPrintable(found.join(u'\n')));
        QTRY_VERIFY_WITH_TIMEOUT(review->findChild<QLabel *>(QStringLiteral("ingestPreviewNoteLabel"))
                                     ->text()
                                     .contains(QStringLiteral("SHA-256 checked")),
                                 30'000);
        QCOMPARE(review->preview()->kind(), ui::FilePreviewWidget::Kind::Code);
        review->resize(1024, 700);
        QVERIFY(review->grab().save(screenshotPath(QStringLiteral("ingest-review.png"), m_dir)));
        // Approving a flagged file without a word is stopped here, saying why.
        review->approveButton()->click();
        QVERIFY(review->statusText().contains(QStringLiteral("flagged")));
        review->comment()->setPlainText(QStringLiteral("The number is the documented test NHS number."));
        QSignalSpy voted(c.ingestReviews(), &session::IngestReviews::voted);
        review->approveButton()->click();
        QVERIFY(voted.wait(30'000));
        review->fileList()->setCurrentItem(review->fileList()->topLevelItem(0));
        QTRY_VERIFY(review->approveButton()->isEnabled());
        review->approveButton()->click();
        QVERIFY(voted.wait(30'000));

        // Both in the workspace, byte-identical; asha's list says where.
        const QString folder = m_server->workspaceFolder(Project) + QStringLiteral("/ingest/") + ingestId;
        QCOMPARE(readAll(folder + QStringLiteral("/areas.csv")), data);
        QCOMPARE(readAll(folder + QStringLiteral("/join.R")), script);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                w.ingestRequests()->refresh();
                QTest::qWait(200);
                return stateOf() == QStringLiteral("decided");
            }(),
            30'000);
        const auto info = w.ingestRequests()->request(ingestId);
        QVERIFY(info);
        QCOMPARE(info->files.at(1).decision, QStringLiteral("approved"));
        QCOMPARE(info->files.at(1).deliveredPath, QStringLiteral("ingest/%1/join.R").arg(ingestId));
        QVERIFY(window.grab().save(screenshotPath(QStringLiteral("ingest-decided.png"), m_dir)));
    }

    void cleanupTestCase()
    {
        if (m_server)
            QCOMPARE(m_server->stop(), 0);
    }
};

QTEST_MAIN(TestIngestFlow)
#include "tst_ingest_flow.moc"
