// review_screenshots: draws the checkers' screens with sample data and saves each as a PNG in
// the folder given, to look at them (under xvfb-run for a real X11 platform, or offscreen).
// Sample data only: no request's file is read or written. The review window is the real one over
// a review desk whose server is the controller tests' FakeApi, answering each route with sample
// values (review-window.png: a table with the fresh comparison with the project's releases).

#include "ControllerRig.h"

#include "session/ReviewDesk.h"
#include "ui/common/Language.h"
#include "ui/review/CodePreviewWidget.h"
#include "ui/review/FilePreviewWidget.h"
#include "ui/review/ReviewDashboard.h"
#include "ui/review/ReviewDialog.h"
#include "ui/review/ReviewQueueView.h"
#include "ui/review/TablePreviewWidget.h"

#include "SdcTestSupport.h"

#include <QApplication>
#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QTableView>
#include <QTest>
#include <QTranslator>

#include <cstdio>

using namespace srs;

namespace {

bool save(QWidget &w, const QDir &dir, const QString &name)
{
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        std::fprintf(stderr, "%s was not shown\n", qPrintable(name));
    QApplication::processEvents();
    const QString path = dir.filePath(name);
    const bool ok = w.grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "could not write", qPrintable(path));
    return ok;
}

QList<protocol::ReviewQueueItem> sampleQueue()
{
    const QStringList titles{QStringLiteral("Mortality by deprivation decile"),
                             QStringLiteral("Housing tenure and asthma admissions"),
                             QStringLiteral("School attainment by free school meals"),
                             QStringLiteral("Regression of income on qualifications"),
                             QStringLiteral("Code: cleaning scripts for the cohort"),
                             QStringLiteral("Hospital stays by age band")};
    QList<protocol::ReviewQueueItem> out;
    for (int i = 0; i < 24; ++i) {
        protocol::ReviewQueueItem q;
        q.id = QStringLiteral("R-%1").arg(140 + i);
        q.projectId = QStringLiteral("P-2026-%1").arg(11 + i % 7, 3, 10, QLatin1Char('0'));
        q.projectTitle = QStringLiteral("Project %1").arg(11 + i % 7);
        q.title = titles.at(i % titles.size());
        q.clearanceType = i % 6 == 4 ? domain::ClearanceType::Code
                                     : (i % 3 == 0 ? domain::ClearanceType::PrePublication
                                                   : domain::ClearanceType::Publication);
        q.state = i % 4 == 0 ? domain::SubmissionState::InReview
                             : (i % 5 == 0 ? domain::SubmissionState::Resubmitted
                                           : domain::SubmissionState::Submitted);
        q.round = i % 5 == 0 ? 2 : 1;
        q.files = 1 + (i * 5) % 9;
        q.worstFinding = QLatin1String(i % 3 == 0 ? "fail" : i % 3 == 1 ? "review" : "pass");
        q.exceptions = i % 3 == 0 ? 1 + i % 4 : 0;
        q.workingDaysWaiting = (i * 7) % 10;
        q.reviewers = i % 4 == 0 ? 1 : (i % 7 == 0 ? 2 : 0);
        q.claimedByMe = i % 8 == 0;
        q.votedByMe = i == 16;
        q.notForMe = i == 5 ? QStringLiteral("review-project-member") : QString();
        out.append(q);
    }
    return out;
}

protocol::CheckFindingInfo finding(const QString &path, const QString &row, const QString &column,
                                   const QString &rule, const QString &outcome, const QString &message,
                                   int line = 0, const QString &cell = {})
{
    protocol::CheckFindingInfo f;
    f.cell = cell;
    f.path = path;
    f.rowLabel = row;
    f.columnLabel = column;
    f.rule = rule;
    f.outcome = outcome;
    f.message = message;
    f.line = line;
    return f;
}

// The review window of a request in its first round, claimed by this checker, with its table
// compared afresh with the project's releases: one made before it was submitted (known at
// submission) and one made since (new).
bool saveReviewWindow(const QDir &dir, const QString &table, const QByteArray &bytes,
                      const QList<protocol::CheckFindingInfo> &findings)
{
    namespace route = protocol::route;
    testing::ControllerRig rig;
    session::ReviewDesk desk(&rig.session, &rig.store, rig.clock);
    if (!rig.signIn(QStringLiteral("U-chk"), QStringLiteral("chris.checker"),
                    {domain::Role::OutputChecker})) {
        std::fprintf(stderr, "the sample checker was not signed in\n");
        return false;
    }
    const QDateTime submitted(QDate(2026, 11, 2), QTime(9, 30), QTimeZone::utc());
    protocol::ReviewContext c;
    domain::Submission &s = c.submission.submission;
    s.id = QStringLiteral("S-148");
    s.projectId = QStringLiteral("P-2026-014");
    s.authorId = QStringLiteral("U-res");
    s.state = domain::SubmissionState::InReview;
    s.round = 1;
    s.submittedAt = submitted;
    s.content.title = QStringLiteral("Admissions by area and sex");
    s.content.controls = QStringLiteral("Cells under 10 suppressed with [c]");
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    domain::SubmissionFile file{table,
                                domain::FileRole::Output,
                                QStringLiteral("Admissions by area and sex"),
                                QStringLiteral("Journal article"),
                                sha,
                                bytes.size()};
    s.content.files = {file};
    domain::TableSpec spec;
    spec.file = table;
    s.content.tables = {spec};
    c.submission.author = {QStringLiteral("U-res"), QStringLiteral("asha"), QStringLiteral("Asha Patel")};
    protocol::CheckItemInfo item;
    item.kind = QStringLiteral("table");
    item.tableIndex = 0;
    item.path = table;
    item.status = QStringLiteral("fail");
    item.findings = findings;
    item.findingsTotal = findings.size();
    c.submission.check.status = QStringLiteral("fail");
    c.submission.check.items = {item};
    c.submission.rounds = {{1, submitted, QStringLiteral("fail"), {file}, std::nullopt}};
    protocol::ReviewInfo mine;
    mine.review.checkerId = QStringLiteral("U-chk");
    mine.review.round = 1;
    mine.review.claimedAt = submitted.addDays(1);
    mine.checker = {QStringLiteral("U-chk"), QStringLiteral("chris.checker"),
                    QStringLiteral("Chris Checker")};
    c.reviews = {mine};

    protocol::ReleaseComparison fresh;
    fresh.submissionId = s.id;
    fresh.round = 1;
    fresh.roundSubmittedAt = submitted;
    fresh.comparedAt = submitted.addDays(3).addSecs(5 * 3600);
    fresh.releases = {{QStringLiteral("R-0C41D2A96B8E7F35"), QStringLiteral("Admissions, 2025"),
                       submitted.addDays(-40), false},
                      {QStringLiteral("R-7A19E0B3C2D45F60"), QStringLiteral("Admissions by area"),
                       submitted.addDays(2), true}};
    const auto difference = [&](const QString &release, const QString &releasedFile, const QString &scope,
                                int row, int column, const QString &rowLabel, const QString &columnLabel,
                                double by, bool stored) {
        protocol::ReleaseDifference d;
        d.finding.rule = QStringLiteral("release-differencing");
        d.finding.outcome = QStringLiteral("review");
        d.finding.path = table;
        d.finding.fileRow = row;
        d.finding.fileColumn = column;
        d.finding.rowLabel = rowLabel;
        d.finding.columnLabel = columnLabel;
        d.finding.message = QStringLiteral("Covers a population that differs by fewer than 10 records from a "
                                           "released table.");
        d.releaseId = release;
        d.releasedFile = releasedFile;
        d.scope = scope;
        d.difference = by;
        d.storedAtSubmission = stored;
        return d;
    };
    const QString first = fresh.releases.at(0).id;
    const QString later = fresh.releases.at(1).id;
    fresh.differences = {difference(first, QStringLiteral("outputs/admissions_2025.csv"),
                                    QStringLiteral("row"), 5, 0, QStringLiteral("Wrexham"), {}, 4, true),
                         difference(later, QStringLiteral("outputs/admissions_by_area.xlsx"),
                                    QStringLiteral("table"), 0, 0, {}, {}, 3, false),
                         difference(later, QStringLiteral("outputs/admissions_by_area.xlsx"),
                                    QStringLiteral("row"), 3, 0, QStringLiteral("Newport"), {}, 3, false),
                         difference(later, QStringLiteral("outputs/admissions_by_area.xlsx"),
                                    QStringLiteral("column"), 0, 3, {}, QStringLiteral("Male"), 1, false)};
    fresh.differences[1].releasedSheet = QStringLiteral("By area");
    fresh.differences[2].releasedSheet = QStringLiteral("By area");
    fresh.differences[3].releasedSheet = QStringLiteral("By area");

    rig.api.answer(route::Review, c);
    rig.api.answer(route::RoundFile, bytes);
    rig.api.answer(route::ReleaseDifferences, fresh);
    ui::ReviewDialog dialog(&desk);
    dialog.resize(1024, 700);
    desk.open(s.id);
    if (!QTest::qWaitFor([&] { return desk.releaseComparison() && desk.file(1, 0); }, 5000)) {
        std::fprintf(stderr, "the sample review did not open\n");
        return false;
    }
    return save(dialog, dir, QStringLiteral("review-window.png"));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // In the system's language, as the program would be (LANG=cy_GB.UTF-8 for Welsh).
    QTranslator translator;
    QLocale::setDefault(ui::loadLanguage(translator, QLocale::system(), QStringLiteral(SRS_QM_DIR)));
    QApplication::installTranslator(&translator);
    const QDir dir(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/review-ui-shots"));
    if (!dir.exists() && !QDir().mkpath(dir.path())) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(dir.path()));
        return 1;
    }
    bool ok = true;

    ui::ReviewQueueView queue;
    queue.resize(1280, 640);
    queue.setItems(sampleQueue());
    queue.setCurrentRequest(QStringLiteral("R-146"));
    ok &= save(queue, dir, QStringLiteral("queue.png"));

    ui::ReviewDashboard dashboard;
    dashboard.resize(1000, 820);
    dashboard.setQueue(sampleQueue());
    protocol::ReviewStatistics stats;
    const double medians[] = {3.5, 4, 4.5, 3, 5, 6.5, 5.5, 4, 3.5, 4, 4.5, 3};
    for (int w = 0; w < 12; ++w)
        stats.weeks.append({QDate(2026, 8, 31).addDays(7 * w), 8 + (w * 5) % 9, medians[w], 6 + (w * 3) % 5});
    dashboard.setStatistics(stats);
    ok &= save(dashboard, dir, QStringLiteral("dashboard.png"));

    const QString table = QStringLiteral("outputs/admissions_by_area.csv");
    const QByteArray before =
        "Area,Female,Male,Total\nCardiff,125,118,243\nNewport,[c],14,31\nSwansea,64,9,73\n"
        "Wrexham,40,38,78\nRhyl,12,11,23\nTotal,258,190,448\n";
    const QByteArray after =
        "Area,Female,Male,Total\nCardiff,125,120,245\nNewport,[c],[c],31\nSwansea,64,9,73\n"
        "Wrexham,40,38,78\nBangor,0,12,12\nTotal,246,191,437\n";
    const QList<protocol::CheckFindingInfo> findings{
        finding(table, QStringLiteral("Swansea"), QStringLiteral("Male"), QStringLiteral("threshold"),
                QStringLiteral("fail"),
                QStringLiteral("The cell in row 'Swansea', column 'Male' is based on 9 "
                               "people; at least 10 are needed.")),
        finding(table, QStringLiteral("Bangor"), QStringLiteral("Female"), QStringLiteral("zero"),
                QStringLiteral("review"),
                QStringLiteral("A zero count can disclose that nobody in the group has "
                               "the characteristic."),
                0, QStringLiteral("B6")),
        finding(table, QStringLiteral("Llandudno"), QStringLiteral("Male"), QStringLiteral("threshold"),
                QStringLiteral("fail"), QStringLiteral("A row this table does not have."))};
    domain::ExceptionRequest exception;
    exception.path = table;
    exception.rule = QStringLiteral("zero");
    exception.cell = QStringLiteral("B6");
    exception.justification = QStringLiteral("A structural zero: the ward has no maternity unit.");
    ui::TablePreviewWidget tableWidget;
    tableWidget.resize(1100, 620);
    tableWidget.showTable({table, after, {}}, findings, {exception}, ui::PreviewFile{table, before, {}});
    ok &= save(tableWidget, dir, QStringLiteral("table-preview.png"));

    const QString script = QStringLiteral("code/clean.R");
    const QByteArray code = "# Clean the cohort extract and make the tables\n"
                            "library(dplyr)\n\n"
                            "cohort <- read.csv('cohort.csv')\n"
                            "print(cohort)\n"
                            "cohort <- filter(cohort, nhs_number != 4505577104)\n"
                            "tab <- cohort %>% count(area, sex)\n"
                            "head(tab)\n"
                            "write.csv(tab, 'outputs/admissions_by_area.csv')\n";
    ui::CodePreviewWidget codeWidget;
    codeWidget.resize(1000, 560);
    codeWidget.showCode(
        script, code,
        {finding(script, {}, {}, QStringLiteral("record-listing"), QStringLiteral("review"),
                 QStringLiteral("print() of a data frame lists individual records."), 5),
         finding(script, {}, {}, QStringLiteral("hard-coded-identifier"), QStringLiteral("fail"),
                 QStringLiteral("An NHS number is written into the code."), 6),
         finding(script, {}, {}, QStringLiteral("record-listing"), QStringLiteral("review"),
                 QStringLiteral("head() lists individual records."), 8)});
    ok &= save(codeWidget, dir, QStringLiteral("code-preview.png"));

    // A three-page report, written with Qt's own PDF writer.
    QByteArray report;
    {
        QBuffer out(&report);
        out.open(QIODevice::WriteOnly);
        QPdfWriter writer(&out);
        QPainter painter(&writer);
        QFont font = painter.font();
        font.setPointSize(18);
        painter.setFont(font);
        for (int page = 1; page <= 3; ++page) {
            if (page > 1)
                writer.newPage();
            painter.drawText(QRect(0, 0, writer.width(), writer.height() / 8), Qt::AlignLeft | Qt::AlignTop,
                             QStringLiteral("Income by region and age group\nPage %1").arg(page));
        }
    }
    ui::FilePreviewWidget pdf;
    pdf.resize(700, 600);
    pdf.showFile({QStringLiteral("outputs/report.pdf"), report, {}}, {});
    pdf.show();
    QTest::qWait(500); // Qt PDF draws pages on a thread of its own
    ok &= save(pdf, dir, QStringLiteral("pdf-preview.png"));

    // A workbook with two tables: the Sheet chooser, on its second sheet.
    const QByteArray book = sdc::test::writeXlsx(
        {{QStringLiteral("By age"),
          sdc::test::csvRows(QStringLiteral("Region,Under 35,35 and over\nCardiff,6,340\nNewport,60,95\n"))},
         {QStringLiteral("By sex"),
          sdc::test::csvRows(QStringLiteral("Region,Female,Male\nCardiff,180,166\nNewport,3,152\n"))}});
    const auto sheetSpec = [](const QString &sheet) {
        domain::TableSpec spec;
        spec.file = QStringLiteral("outputs/income.xlsx");
        spec.sheet = sheet;
        spec.counts = {QStringLiteral("outputs/income-counts.xlsx"), sheet, {}};
        return spec;
    };
    const domain::TableSpec byAge = sheetSpec(QStringLiteral("By age"));
    const domain::TableSpec bySex = sheetSpec(QStringLiteral("By sex"));
    auto onSex = finding(QStringLiteral("outputs/income.xlsx"), QStringLiteral("Newport"),
                         QStringLiteral("Female"), QStringLiteral("threshold"), QStringLiteral("fail"),
                         QStringLiteral("The cell is based on 3 people; at least 10 are needed."));
    onSex.sheet = QStringLiteral("By sex");
    ui::FilePreviewWidget workbook;
    workbook.resize(900, 520);
    workbook.showFile({QStringLiteral("outputs/income.xlsx"), book, byAge, {byAge, bySex}}, {onSex});
    workbook.show();
    workbook.tablePreview()->showSheet(1);
    ok &= save(workbook, dir, QStringLiteral("workbook-preview.png"));

    ok &= saveReviewWindow(dir, table, after, findings);
    return ok ? 0 : 1;
}
