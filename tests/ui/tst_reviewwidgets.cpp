// The checkers' widgets, built offscreen with sample data: the queue view and its filter bar,
// the dashboard's charts, the table preview (a million cells, of which only the visible are
// rendered), the code preview, the PDF preview and the file preview's choice by type.

#include "SdcTestSupport.h"

#include "ui/review/CodePreviewWidget.h"
#include "ui/review/FilePreviewWidget.h"
#include "ui/review/PdfPreviewWidget.h"
#include "ui/review/ReviewDashboard.h"
#include "ui/review/ReviewQueueFilter.h"
#include "ui/review/ReviewQueueModel.h"
#include "ui/review/ReviewQueueView.h"
#include "ui/review/TablePreviewModel.h"
#include "ui/review/TablePreviewWidget.h"

#include "MediaTestFiles.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLayout>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QPdfDocument>
#include <QPdfView>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>
#include <QTreeView>

#include <malloc.h>

using namespace srs;
using ui::FilePreviewWidget;
using ui::ReviewQueueModel;
using ui::TablePreviewModel;

namespace {

protocol::ReviewQueueItem item(const QString &id, int days, int reviewers = 0, bool mine = false)
{
    protocol::ReviewQueueItem i;
    i.id = id;
    i.projectId = "P-2026-0" + id.mid(2);
    i.projectTitle = "Project " + id;
    i.title = "Tables for " + id;
    i.files = 3;
    i.workingDaysWaiting = days;
    i.reviewers = reviewers;
    i.claimedByMe = mine;
    i.worstFinding = days % 2 ? QStringLiteral("fail") : QStringLiteral("review");
    i.round = 1;
    return i;
}

QList<protocol::ReviewQueueItem> sampleQueue()
{
    return {item("R-1", 0), item("R-2", 1, 1),       item("R-3", 3, 1, true),
            item("R-4", 5), item("R-5", 6, 2, true), item("R-6", 9)};
}

// A CSV of rows x columns value cells with labels r1.. and c1..
// A 40 x 30 picture, as a figure output would be.
QByteArray smallPng()
{
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    return image.save(&buffer, "PNG") ? png : QByteArray();
}

QByteArray bigCsv(int rows, int columns, int bump = -1)
{
    QByteArray csv = "Area";
    csv.reserve(rows * columns * 5);
    for (int c = 1; c <= columns; ++c)
        csv += ",c" + QByteArray::number(c);
    csv += '\n';
    for (int r = 1; r <= rows; ++r) {
        csv += 'r' + QByteArray::number(r);
        for (int c = 1; c <= columns; ++c)
            csv += ',' + QByteArray::number((r * 7 + c * 3) % 997 + (r == bump && c == bump ? 1 : 0));
        csv += '\n';
    }
    return csv;
}

// Bytes the allocator has handed out, mapped blocks included.
qint64 heapInUse()
{
    const struct mallinfo2 m = mallinfo2();
    return static_cast<qint64>(m.uordblks + m.hblkhd);
}

protocol::CheckFindingInfo finding(const QString &path, const QString &row, const QString &column,
                                   int line = 0)
{
    protocol::CheckFindingInfo f;
    f.rule = line ? QStringLiteral("record-listing") : QStringLiteral("threshold");
    f.outcome = "fail";
    f.path = path;
    f.rowLabel = row;
    f.columnLabel = column;
    f.line = line;
    f.message = "Finding at " + row + column + QString::number(line);
    return f;
}

} // namespace

class TestReviewWidgets : public QObject
{
    Q_OBJECT
private slots:
    void queueViewFiltersCountsAndKeepsTheChoice()
    {
        ui::ReviewQueueView view;
        view.resize(1100, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setItems(sampleQueue());
        auto *count = view.findChild<QLabel *>("queueCountLabel");
        auto *list = view.findChild<QTreeView *>("reviewQueueTreeView");
        QVERIFY(count && list);
        QCOMPARE(count->text(), QString("6 requests; 2 overdue"));
        // Longest waiting first.
        QCOMPARE(list->model()->index(0, 0).data(ReviewQueueModel::SubmissionIdRole).toString(),
                 QString("R-6"));

        QSignalSpy current(&view, &ui::ReviewQueueView::currentRequestChanged);
        view.setCurrentRequest("R-3");
        QCOMPARE(view.currentRequest(), QString("R-3"));
        QCOMPARE(current.count(), 1);

        auto *text = view.findChild<QLineEdit *>("queueFilterLineEdit");
        QTest::keyClicks(text, "r-");
        QCOMPARE(list->model()->rowCount(), 6);
        QTest::keyClicks(text, "5");
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(count->text(), QString("1 of 6 requests shown; 2 overdue"));
        QCOMPARE(view.currentRequest(), QString()); // R-3 is hidden: nothing is current
        QCOMPARE(current.count(), 2);
        QCOMPARE(current.last().at(0).toString(), QString());
        text->clear(); // R-3 is shown again, and chosen again
        QCOMPARE(view.currentRequest(), QString("R-3"));
        QCOMPARE(current.count(), 3);
        view.findChild<QCheckBox *>("queueOverdueCheckBox")->click();
        QCOMPARE(list->model()->rowCount(), 2);
        view.findChild<QCheckBox *>("queueOverdueCheckBox")->click();
        view.findChild<QCheckBox *>("queueMineCheckBox")->click();
        QCOMPARE(list->model()->rowCount(), 2);
        view.findChild<QCheckBox *>("queueMineCheckBox")->click();
        view.findChild<QCheckBox *>("queueSecondCheckerCheckBox")->click();
        QCOMPARE(list->model()->rowCount(), 2); // R-2 and R-3
        view.findChild<QCheckBox *>("queueSecondCheckerCheckBox")->click();
        QCOMPARE(view.currentRequest(), QString("R-3"));

        // A refresh without R-1 and with R-7: the choice stays on R-3.
        auto queue = sampleQueue();
        queue.removeFirst();
        queue << item("R-7", 2);
        queue[1].reviewers = 2; // R-3 got its second checker
        view.setItems(queue);
        QCOMPARE(view.currentRequest(), QString("R-3"));
        QCOMPARE(count->text(), QString("6 requests; 2 overdue"));

        QSignalSpy activated(&view, &ui::ReviewQueueView::requestActivated);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), QString("R-3"));
    }

    void dashboardShowsTheBacklogAndAnswerTimes()
    {
        ui::ReviewDashboard dashboard;
        dashboard.resize(900, 700);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        dashboard.setQueue(sampleQueue());
        QCOMPARE(ui::ReviewDashboard::ageBuckets(sampleQueue()),
                 (ui::ReviewDashboard::AgeBuckets{2, 1, 1, 2}));
        // Waiting and overdue are two stacked sets: the overdue bar is its own set, hatched and
        // named in the legend, not only a different colour.
        auto *bars = qobject_cast<QStackedBarSeries *>(dashboard.queueChart()->series().value(0));
        QVERIFY(bars);
        QCOMPARE(bars->count(), 2);
        const QBarSet *waiting = bars->barSets().at(0);
        const QBarSet *overdue = bars->barSets().at(1);
        QCOMPARE(waiting->count(), 4);
        QCOMPARE(waiting->at(0), 2.0);
        QCOMPARE(waiting->at(3), 0.0);
        QCOMPARE(overdue->at(0), 0.0);
        QCOMPARE(overdue->at(3), 2.0);
        QCOMPARE(overdue->brush().style(), Qt::BDiagPattern);
        QCOMPARE(waiting->brush().style(), Qt::SolidPattern);
        QCOMPARE(overdue->label(), QString("Overdue: more than five working days"));
        QVERIFY(dashboard.queueChart()->legend()->isVisible());
        QStringList named;
        for (QLegendMarker *m : dashboard.queueChart()->legend()->markers(bars))
            named << m->label();
        // The legend shows each kind of bar filled as it is drawn: the hatching too.
        QCOMPARE(dashboard.queueChart()->legend()->markers(bars).at(1)->brush().style(), Qt::BDiagPattern);
        QCOMPARE(named, (QStringList{"Waiting", "Overdue: more than five working days"}));
        QVERIFY(bars->isLabelsVisible()); // each bar's count on it
        auto *x = qobject_cast<QBarCategoryAxis *>(dashboard.queueChart()->axes(Qt::Horizontal).value(0));
        QVERIFY(x);
        QCOMPARE(x->categories(), (QStringList{"0–1", "2–3", "4–5", "Over 5"}));
        auto *ageSummary = dashboard.findChild<QLabel *>("queueAgeSummaryLabel");
        QCOMPARE(ageSummary->text(),
                 QString("6 requests are waiting: 2 for 0–1 working days, 1 for 2–3, 1 for 4–5; "
                         "2 are overdue (more than five working days)."));
        QCOMPARE(dashboard.findChild<QChartView *>("queueAgeChartView")->accessibleDescription(),
                 ageSummary->text());

        protocol::ReviewStatistics stats;
        for (int w = 0; w < 12; ++w)
            stats.weeks.append({QDate(2026, 1, 5).addDays(7 * w), 10 + w, 2.0 + w * 0.5, 9});
        dashboard.setStatistics(stats);
        const QList<QAbstractSeries *> series = dashboard.answerChart()->series();
        QCOMPARE(series.size(), 2);
        auto *median = qobject_cast<QBarSeries *>(series.at(0));
        QVERIFY(median);
        QCOMPARE(median->barSets().constFirst()->count(), 12);
        QCOMPARE(median->barSets().constFirst()->at(11), 7.5);
        auto *promise = qobject_cast<QLineSeries *>(series.at(1));
        QVERIFY(promise);
        QCOMPARE(promise->name(), QString("Promise: five working days"));
        for (const QPointF &p : promise->points())
            QCOMPARE(p.y(), 5.0);
        QCOMPARE(promise->pen().style(), Qt::DashLine); // told apart by its dashes, not only colour
        auto *weeks =
            qobject_cast<QBarCategoryAxis *>(dashboard.answerChart()->axes(Qt::Horizontal).value(0));
        QCOMPARE(weeks->categories().first(), QString("5/1<br>(10)"));
        QCOMPARE(weeks->titleText(), QString("Week starting (requests answered)"));
        QCOMPARE(dashboard.findChild<QLabel *>("answerTimesSummaryLabel")->text(),
                 QString("186 requests answered over 12 weeks; 108 of them (58%) within the five-working-day "
                         "promise."));
        // Empty data says so.
        dashboard.setQueue({});
        dashboard.setStatistics({});
        QCOMPARE(ageSummary->text(), QString("No requests are waiting."));
        QCOMPARE(dashboard.queueChart()->series().size(), 1);
    }

    // A million cells: opening reads them into flat arrays, and painting asks only for the
    // cells on screen, wherever the view is scrolled to.
    void millionCellTableRendersOnlyVisibleCells()
    {
        const QByteArray csv = bigCsv(1000, 1000);
        const QByteArray before = bigCsv(1000, 1000, 500);
        auto read = ui::readPreviewTable(csv, "big.csv", {});
        auto readBefore = ui::readPreviewTable(before, "big.csv", {});
        QVERIFY(read.ok() && readBefore.ok());
        QCOMPARE(read.value().table.cellCount(), 1'000'000);

        TablePreviewModel model;
        const qint64 heap0 = heapInUse();
        model.setTable(std::move(read).value(), {finding("big.csv", "r2", "c3")});
        model.setPrevious(std::move(readBefore).value().table);
        const qint64 grown = heapInUse() - heap0;
        // The diff's byte a cell and the row and column indexes: no per-cell strings or variants.
        QVERIFY2(grown < 2'500'000, qPrintable(QString::number(grown)));
        QCOMPARE(model.dataCalls(), 0);
        QVERIFY(model.storageBytes() < 20'000'000);
        QCOMPARE(model.diff().changedCells(), 1);

        QTableView view;
        view.setModel(&model);
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        model.resetRequestCounter();
        view.viewport()->grab();
        QVERIFY(model.dataCalls() > 0);
        const int visibleRows = view.viewport()->height() / view.verticalHeader()->defaultSectionSize() + 2;
        const int visibleColumns =
            view.viewport()->width() / view.horizontalHeader()->defaultSectionSize() + 2;
        QRect asked = model.requestedCells();
        QVERIFY2(asked.bottom() <= visibleRows && asked.right() <= visibleColumns,
                 qPrintable(QStringLiteral("%1 rows, %2 columns").arg(asked.bottom()).arg(asked.right())));
        // A bounded number of roles per visible cell.
        QVERIFY(model.dataCalls() <= qint64(visibleRows) * visibleColumns * 20);
        const qint64 heap1 = heapInUse();

        view.scrollTo(model.index(999, 999));
        model.resetRequestCounter();
        view.viewport()->grab();
        asked = model.requestedCells();
        QVERIFY2(asked.top() >= 999 - visibleRows && asked.left() >= 999 - visibleColumns,
                 qPrintable(QStringLiteral("from row %1, column %2").arg(asked.top()).arg(asked.left())));
        QCOMPARE(asked.bottom(), 999);
        view.scrollTo(model.index(499, 499));
        view.viewport()->grab();
        QVERIFY(heapInUse() - heap1 < 1'000'000); // painting keeps nothing per cell
        QCOMPARE(model.index(499, 499).data().toString(), QString("15 [changed]"));
    }

    void tablePreviewWidgetSummarisesAndFilters()
    {
        ui::TablePreviewWidget widget;
        widget.resize(900, 600);
        widget.show();
        const ui::PreviewFile after{"t.csv", "Area,F,M\nCardiff,25,12\nNewport,[c],14\nBangor,,3\n", {}};
        const ui::PreviewFile before{"t.csv", "Area,F,M\nCardiff,25,9\nNewport,[c],14\n", {}};
        QVERIFY(widget.showTable(after, {finding("t.csv", "Cardiff", "M"), finding("t.csv", "Swansea", "F")},
                                 {}, before));
        QCOMPARE(widget.summaryText(),
                 QString("3 rows × 2 columns; 1 cell flagged; 1 finding not found in the "
                         "table: see the list below\nSince the last round: 1 cell changed, "
                         "1 row added."));
        QCOMPARE(widget.findingsModel()->rowCount(), 2);
        auto *only = widget.findChild<QCheckBox *>("showOnlyChangesCheckBox");
        QVERIFY(only->isEnabled());
        only->click();
        QCOMPARE(widget.tableView()->model()->rowCount(), 2);
        QVERIFY(!widget.goToCell(1, 0)); // Newport is hidden now
        only->click();
        QVERIFY(widget.goToCell(1, 0));
        QCOMPARE(widget.tableView()->currentIndex(), widget.model()->index(1, 0));

        QVERIFY(!widget.showTable({"bad.csv", "Area,F\nCardiff,twelve\n", {}}, {}));
        auto *error = widget.findChild<QLabel *>("tableErrorLabel");
        QVERIFY(!error->isHidden());
        QVERIFY(error->text().startsWith("This table cannot be shown: "));
        QVERIFY(error->text().contains("twelve"));
        QCOMPARE(widget.model()->rowCount(), 0);
    }

    void codePreviewMarksFlaggedLines()
    {
        ui::CodePreviewWidget widget;
        widget.resize(800, 500);
        widget.show();
        const QByteArray code = "# load\nd <- read.csv('x')\nprint(d)\nhead(d)\nsummary(d)\n";
        auto review = finding("a.R", "", "", 4);
        review.outcome = "review";
        widget.showCode(
            "a.R", code,
            {finding("a.R", "", "", 3), review, finding("a.R", "", "", 40), finding("b.R", "", "", 1)});
        const ui::CodeView *view = widget.codeView();
        QVERIFY(view->isReadOnly());
        QCOMPARE(view->marks().size(), 2);
        QCOMPARE(view->marks().value(3).outcome, QString("fail"));
        // The client writes the finding itself, from its rule and place.
        QVERIFY(view->marks().value(3).texts.constFirst().contains("Line 3 of a.R"));
        QCOMPARE(view->extraSelections().size(), 2);
        QCOMPARE(view->extraSelections().at(0).cursor.block().blockNumber() + 1,
                 view->extraSelections().at(0).format.background().color() == QColor(0xf8, 0xd7, 0xd4) ? 3
                                                                                                       : 4);
        QVERIFY(view->gutterWidth() > view->fontMetrics().horizontalAdvance("[review]"));
        QCOMPARE(widget.findingsModel()->rowCount(), 3); // b.R's is not this file's
        QCOMPARE(widget.findingsModel()->unplacedCount(), 1);
        QCOMPARE(widget.summaryText(),
                 QString("5 lines; 2 lines flagged; 1 finding names a line the file does not "
                         "have: see the list below"));
    }

    // Trojan Source: what the checker reads is what the code says. Bidirectional controls,
    // invisible characters, line separators and control characters show as "⟦U+202E⟧" markers in
    // a format of their own, with a tooltip; the lines shown are the file's lines.
    void codePreviewShowsHiddenCharacters_data()
    {
        QTest::addColumn<QString>("hidden");
        QTest::addColumn<QString>("marker");
        for (const char32_t c :
             {0x202AU, 0x202BU,  0x202CU, 0x202DU, 0x202EU, 0x2066U, 0x2067U, 0x2068U, 0x2069U, 0x200BU,
              0x200CU, 0x200DU,  0x200EU, 0x200FU, 0x2028U, 0x2029U, 0xFEFFU, 0x00ADU, 0x2060U, 0x061CU,
              0x3164U, 0xE0001U, 0x0000U, 0x0007U, 0x001BU, 0x007FU, 0x0085U, 0x000DU}) {
            const QString marker = QString("\u27E6U+%1\u27E7")
                                       .arg(QString::number(uint(c), 16).toUpper().rightJustified(4, '0'));
            // Not QString::fromUcs4(), which takes a lone U+FEFF for a byte order mark and drops it.
            const QString hidden = QChar::requiresSurrogates(c) ? QString(QChar(QChar::highSurrogate(c))) +
                                                                      QChar(QChar::lowSurrogate(c))
                                                                : QString(QChar(char16_t(c)));
            QTest::newRow(qPrintable(marker)) << hidden << marker;
        }
    }
    void codePreviewShowsHiddenCharacters()
    {
        QFETCH(QString, hidden);
        QFETCH(QString, marker);
        ui::CodePreviewWidget widget;
        // Whatever the character does to what is shown, the checker sees it where it is.
        const QString code = "x <- 1\nif (isAdmin) {" + hidden + " } # comment\ny <- 2\n";
        widget.showCode("a.R", code.toUtf8(), {finding("a.R", "", "", 3)});
        const ui::CodeView *view = widget.codeView();
        QCOMPARE(view->document()->blockCount(), 4); // three lines and the empty end: no extra line
        const QString line = view->document()->findBlockByNumber(1).text();
        QCOMPARE(line, "if (isAdmin) {" + marker + " } # comment");
        QVERIFY(!view->toPlainText().contains(hidden));
        QCOMPARE(widget.hiddenCharacterCount(), 1);
        QVERIFY2(widget.summaryText().contains("1 hidden or direction-changing character"),
                 qPrintable(widget.summaryText()));
        // The marker has a format of its own, with a tooltip naming the character.
        QTextCursor at(view->document()->findBlockByNumber(1));
        at.setPosition(at.position() + 15);
        QVERIFY(at.charFormat().hasProperty(ui::CodeView::HiddenCharacterProperty));
        QVERIFY2(at.charFormat().toolTip().startsWith(marker.mid(1, marker.size() - 2)),
                 qPrintable(at.charFormat().toolTip()));
        QVERIFY(at.charFormat().fontWeight() == QFont::Bold);
        // The flagged line is still the file's third line.
        QCOMPARE(view->marks().size(), 1);
        QVERIFY(view->marks().contains(3));
    }

    // A byte order mark at the very start of the file is shown too: it is in the file.
    void codePreviewShowsALeadingByteOrderMark()
    {
        ui::CodePreviewWidget widget;
        widget.showCode("a.R", QByteArray("\xEF\xBB\xBFx <- 1\n"), {});
        QCOMPARE(widget.hiddenCharacterCount(), 1);
        QCOMPARE(widget.codeView()->document()->firstBlock().text(), QString("\u27E6U+FEFF\u27E7x <- 1"));
    }

    // Tabs and Windows line ends are not hidden characters; ordinary text in other scripts is not.
    void codePreviewLeavesOrdinaryTextAlone()
    {
        ui::CodePreviewWidget widget;
        widget.showCode(
            "a.R", QString("a <- 1\r\n\tb <- 'caf\u00e9 \u05e9\u05dc\u05d5\u05dd \U0001F600'\r\n").toUtf8(),
            {});
        QCOMPARE(widget.hiddenCharacterCount(), 0);
        QCOMPARE(widget.codeView()->document()->findBlockByNumber(1).text(),
                 QString("\tb <- 'caf\u00e9 \u05e9\u05dc\u05d5\u05dd \U0001F600'"));
        QCOMPARE(widget.summaryText(), QString("2 lines"));
    }

    // Only the page shown sets how narrow the preview may be: a wide page not shown (the PDF
    // page's toolbar is wider in Welsh) must not push the review window past a 1024-pixel screen.
    void filePreviewIsAsNarrowAsThePageShown()
    {
        FilePreviewWidget widget;
        widget.show();
        const QByteArray png = smallPng();
        QVERIFY(!png.isEmpty());
        widget.showFile({"figures/fig1.png", png, {}}, {});
        QCOMPARE(widget.kind(), FilePreviewWidget::Kind::Image);
        auto *pdf = widget.findChild<QWidget *>("pdfPreviewWidget");
        QVERIFY(pdf && pdf->layout());
        auto *wide = new QLabel(QString(400, u'x'), pdf); // a very wide page, not shown
        pdf->layout()->addWidget(wide);
        wide->show();                         // (shown with its page)
        QWidget *pages = pdf->parentWidget(); // the stack of pages, as the window's layout asks it
        QVERIFY2(pages->minimumSizeHint().width() < 1000,
                 qPrintable(QString::number(pages->minimumSizeHint().width())));
        widget.showFile({"report.pdf", srs::test::simplePdf(1), {}}, {});
        QCOMPARE(widget.kind(), FilePreviewWidget::Kind::Pdf);
        QVERIFY2(pages->minimumSizeHint().width() >= 1000, // shown, it counts
                 qPrintable(QString::number(pages->minimumSizeHint().width())));
    }

    void filePreviewPicksByType()
    {
        FilePreviewWidget widget;
        widget.resize(700, 500);
        widget.show();
        const QByteArray png = smallPng();
        QVERIFY(!png.isEmpty());
        widget.showFile({"figures/fig1.png", png, {}}, {});
        QCOMPARE(widget.kind(), FilePreviewWidget::Kind::Image);
        QVERIFY(widget.imageCaption().startsWith("fig1.png: 40 × 30 pixels, "));
        QCOMPARE(widget.findChild<QLabel *>("imagePreviewLabel")->pixmap().size(), QSize(40, 30));

        widget.showFile({"report.pdf", srs::test::simplePdf(1), {}}, {});
        QCOMPARE(widget.kind(), FilePreviewWidget::Kind::Pdf);
        const QByteArray pdf = "%PDF-1.4 not really a PDF";
        widget.showFile({"report.pdf", pdf, {}}, {});
        QCOMPARE(widget.kind(), FilePreviewWidget::Kind::None);
        const QString hash =
            QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
        QVERIFY2(widget.noPreviewText().startsWith("This PDF cannot be shown: it is damaged or not a PDF. "),
                 qPrintable(widget.noPreviewText()));
        QVERIFY(widget.noPreviewText().contains("SHA-256: " + hash));
        QVERIFY(widget.noPreviewText().contains("Size: 25 bytes"));

        // SVG figures through Qt's SVG image plug-in (scripts/setup-deps installs it), drawn
        // from the bytes in memory; one that would take gigabytes to draw is refused, not drawn.
        QVERIFY2(FilePreviewWidget::canShowSvg(), "Qt's SVG image plug-in (libqt6svg6) is not installed");
        widget.showFile({"chart.svg",
                         "<svg xmlns='http://www.w3.org/2000/svg' width='40' height='30'>"
                         "<rect width='20' height='30' fill='#1d5fa8'/></svg>",
                         {}},
                        {});
        QCOMPARE(widget.kind(), FilePreviewWidget::Kind::Image);
        QVERIFY(widget.imageCaption().startsWith("chart.svg: 40 × 30 pixels, "));
        // Drawn, and shown on white where the figure is transparent, as it would print.
        const QImage shown = widget.findChild<QLabel *>("imagePreviewLabel")->pixmap().toImage();
        QCOMPARE(shown.pixelColor(5, 15), QColor(0x1d, 0x5f, 0xa8));
        QCOMPARE(shown.pixelColor(30, 15), QColor(Qt::white));
        widget.showFile(
            {"huge.svg", "<svg xmlns='http://www.w3.org/2000/svg' width='200000' height='200000'/>", {}}, {});
        QCOMPARE(widget.kind(), FilePreviewWidget::Kind::None);
        QVERIFY(widget.noPreviewText().startsWith("This image cannot be read"));

        widget.showFile({"broken.png", "not an image", {}}, {});
        QCOMPARE(widget.kind(), FilePreviewWidget::Kind::None);
        QVERIFY(widget.noPreviewText().startsWith("This image cannot be read"));

        widget.showFile({"t.csv", "Area,N\nCardiff,3\n", {}}, {finding("t.csv", "Cardiff", "N")});
        QCOMPARE(widget.kind(), FilePreviewWidget::Kind::Table);
        QCOMPARE(widget.tablePreview()->model()->index(0, 0).data().toString(), QString("3 [fail]"));
        widget.showFile({"analysis.R", "x <- 1\n", {}}, {});
        QCOMPARE(widget.kind(), FilePreviewWidget::Kind::Code);
        QCOMPARE(widget.codePreview()->codeView()->toPlainText(), QString("x <- 1\n"));
    }

    // A checker reads a PDF report page by page with the keyboard.
    void pdfPreviewTurnsPagesByKeyboard()
    {
        FilePreviewWidget widget;
        widget.resize(700, 900);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        widget.showFile({"outputs/report.pdf", srs::test::simplePdf(2), {}}, {});
        QCOMPARE(widget.kind(), FilePreviewWidget::Kind::Pdf);
        ui::PdfPreviewWidget *pdf = widget.pdfPreview();
        QVERIFY(pdf->isVisible());
        QCOMPARE(pdf->pageCount(), 2);
        auto *label = widget.findChild<QLabel *>("pdfPageLabel");
        auto *previous = widget.findChild<QToolButton *>("pdfPreviousPageButton");
        auto *next = widget.findChild<QToolButton *>("pdfNextPageButton");
        QVERIFY(label && previous && next);
        QCOMPARE(label->text(), QString("Page 1 of 2"));
        QVERIFY(!previous->isEnabled());
        QVERIFY(next->isEnabled());
        QCOMPARE(pdf->view()->accessibleName(), QString("Pages of report.pdf"));
        QCOMPARE(next->accessibleName(), QString("Next page (Page Down)"));
        QCOMPARE(pdf->view()->zoomMode(), QPdfView::ZoomMode::FitToWidth);

        pdf->view()->setFocus();
        QTest::keyClick(pdf->view(), Qt::Key_PageDown);
        QCOMPARE(pdf->currentPage(), 1);
        QCOMPARE(label->text(), QString("Page 2 of 2"));
        QVERIFY(previous->isEnabled());
        QVERIFY(!next->isEnabled());
        QTest::keyClick(pdf->view(), Qt::Key_PageDown); // the last page stays
        QCOMPARE(label->text(), QString("Page 2 of 2"));
        QTest::keyClick(pdf->view(), Qt::Key_PageUp);
        QCOMPARE(label->text(), QString("Page 1 of 2"));
        QTest::keyClick(pdf->view(), Qt::Key_End);
        QCOMPARE(label->text(), QString("Page 2 of 2"));

        // The pages are drawn from the document: page 2's text is there.
        const QImage page = pdf->view()->document()->render(1, QSize(298, 421));
        QVERIFY(!page.isNull());
        int dark = 0;
        for (int y = 0; y < page.height(); ++y)
            for (int x = 0; x < page.width(); ++x)
                dark += qGray(page.pixel(x, y)) < 128 ? 1 : 0;
        QVERIFY2(dark > 20, qPrintable(QString::number(dark)));

        widget.findChild<QToolButton *>("pdfZoomInButton")->click();
        QCOMPARE(pdf->view()->zoomMode(), QPdfView::ZoomMode::Custom);
        QCOMPARE(pdf->view()->zoomFactor(), 1.25);
        widget.findChild<QToolButton *>("pdfFitWidthButton")->click();
        QCOMPARE(pdf->view()->zoomMode(), QPdfView::ZoomMode::FitToWidth);

        // Another file, then a PDF again: from its first page.
        widget.showFile({"outputs/other.pdf", srs::test::simplePdf(3), {}}, {});
        QCOMPARE(label->text(), QString("Page 1 of 3"));
    }

    // A workbook's tables are on several sheets, and every sheet is released: the checker can
    // show each one, from the keyboard, with the findings on that sheet.
    void workbookPreviewShowsEverySheet()
    {
        const QByteArray book = sdc::test::writeXlsx(
            {{"Table", sdc::test::csvRows("Region,Under 35,35 and over\nCardiff,6,340\nNewport,60,95\n")},
             {"Rates", sdc::test::csvRows("Region,N\nCardiff,460\nNewport,3\n")}});
        const auto spec = [](const QString &sheet) {
            domain::TableSpec t;
            t.file = "outputs/book.xlsx";
            t.sheet = sheet;
            t.counts = {"outputs/counts.xlsx", sheet, {}};
            return t;
        };
        const domain::TableSpec table = spec("Table");
        const domain::TableSpec rates = spec("Rates");
        auto onTable = finding("outputs/book.xlsx", "Cardiff", "Under 35");
        onTable.sheet = "Table";
        auto onRates = finding("outputs/book.xlsx", "Newport", "N");
        onRates.sheet = "Rates";

        FilePreviewWidget widget;
        widget.resize(800, 600);
        widget.show();
        widget.showFile({"outputs/book.xlsx", book, table, {table, rates}}, {onTable, onRates});
        QCOMPARE(widget.kind(), FilePreviewWidget::Kind::Table);
        ui::TablePreviewWidget *preview = widget.tablePreview();
        QComboBox *sheets = widget.findChild<QComboBox *>("sheetComboBox");
        QVERIFY(sheets);
        QCOMPARE(sheets, preview->sheetChooser());
        QVERIFY(sheets->isVisible());
        QCOMPARE(sheets->accessibleName(), QString("Sheet"));
        QVERIFY(sheets->focusPolicy() & Qt::TabFocus);
        QCOMPARE(sheets->count(), 2);
        QCOMPARE(sheets->itemText(0), QString("Table"));
        QCOMPARE(sheets->itemText(1), QString("Rates"));
        QCOMPARE(preview->model()->sheet(), QString("Table"));
        QCOMPARE(preview->model()->flaggedCellCount(), 1);
        QCOMPARE(preview->findingsModel()->rowCount(), 1); // the other sheet's finding is not listed here
        QVERIFY(preview->model()->index(0, 0).data().toString().startsWith("6"));

        // The next sheet, from the keyboard.
        sheets->setFocus();
        QTest::keyClick(sheets, Qt::Key_Down);
        QCOMPARE(sheets->currentIndex(), 1);
        QCOMPARE(preview->model()->sheet(), QString("Rates"));
        QVERIFY(widget.findChild<QLabel *>("sheetPositionLabel")->text().startsWith("2 of 2"));
        QVERIFY(preview->summaryText().contains("sheet 'Rates'"));
        QCOMPARE(preview->model()->flaggedCellCount(), 1);
        QCOMPARE(preview->findingsModel()->rowCount(), 1);
        QVERIFY(preview->model()->index(1, 0).data().toString().startsWith("3"));

        // And back.
        QVERIFY(preview->showSheet(0));
        QCOMPARE(sheets->currentIndex(), 0);
        QCOMPARE(preview->model()->sheet(), QString("Table"));

        // A file with one table has no chooser.
        widget.showFile({"t.csv", "Area,N\nCardiff,3\n", {}}, {});
        QVERIFY(!sheets->isVisible());
    }
};

QTEST_MAIN(TestReviewWidgets)
#include "tst_reviewwidgets.moc"
