#include "ReviewDashboard.h"

#include "ReviewTexts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBrush>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

namespace {

QChartView *makeView(const QString &objectName, const QString &title, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    chart->setTitleFont(font);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Each series drawn in the legend as it is in the chart (a bar, a dashed line), so the
    // legend is not read by colour alone.
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setAccessibleName(title);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(215);           // a 1024 x 700 screen keeps rows of the queue in sight
    view->setFocusPolicy(Qt::StrongFocus); // reachable by keyboard, so a screen reader reads it
    return view;
}

// An axis from 0 to `top` with a tick at whole numbers only: "%d" on ticks at 1.5 and 4.5 would
// print 1 and 4 where the values are not.
void wholeNumbers(QValueAxis *axis, int top)
{
    top = std::max(1, top);
    axis->setRange(0, top);
    axis->setLabelFormat(u"%d"_s);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(std::max(1, (top + 4) / 5)); // at most six labels: they fit a short chart
}

QLabel *makeSummary(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QBarSet *labelledSet(const QString &name, const QColor &colour)
{
    auto *set = new QBarSet(name);
    set->setColor(colour);
    set->setBorderColor(colour.darker(140));
    set->setLabelColor(Qt::black);
    return set;
}

// A bar's legend marker filled as the bar is (solid or hatched): left alone, Qt 6.4 draws the
// marker of a bar set empty when its shape is "from the series".
void showBrushesInLegend(QChart *chart)
{
    for (QAbstractSeries *series : chart->series()) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(series);
        if (!bars)
            continue;
        const QList<QLegendMarker *> markers = chart->legend()->markers(series);
        for (qsizetype i = 0; i < markers.size() && i < bars->count(); ++i) {
            markers[i]->setShape(QLegend::MarkerShapeRectangle);
            markers[i]->setBrush(bars->barSets().at(i)->brush());
            markers[i]->setPen(QPen(bars->barSets().at(i)->borderColor()));
        }
    }
}

} // namespace

ReviewDashboard::ReviewDashboard(QWidget *parent)
    : QWidget(parent), m_ageView(makeView(u"queueAgeChartView"_s, tr("Queue by working days waiting"), this)),
      m_answerView(makeView(u"answerTimesChartView"_s, tr("Answer times, last 12 weeks"), this)),
      m_ageSummary(makeSummary(u"queueAgeSummaryLabel"_s, this)),
      m_answerSummary(makeSummary(u"answerTimesSummaryLabel"_s, this))
{
    setObjectName(u"reviewDashboard"_s);
    // Side by side, so the queue below keeps most of the height.
    auto *age = new QVBoxLayout;
    age->addWidget(m_ageView, 1);
    age->addWidget(m_ageSummary);
    auto *answers = new QVBoxLayout;
    answers->addWidget(m_answerView, 1);
    answers->addWidget(m_answerSummary);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(age, 2);
    layout->addSpacing(8);
    layout->addLayout(answers, 3);
    setQueue({});
    setStatistics({});
}

QChart *ReviewDashboard::queueChart() const
{
    return m_ageView->chart();
}

QChart *ReviewDashboard::answerChart() const
{
    return m_answerView->chart();
}

ReviewDashboard::AgeBuckets ReviewDashboard::ageBuckets(const QList<protocol::ReviewQueueItem> &items)
{
    AgeBuckets b{};
    for (const protocol::ReviewQueueItem &i : items) {
        const int d = std::max(0, i.workingDaysWaiting);
        ++b[static_cast<std::size_t>(ReviewTexts::isOverdue(d) ? 3 : std::min(2, d / 2))];
    }
    return b;
}

QString ReviewDashboard::ageBucketLabel(int bucket)
{
    // Short, under the axis title "Working days waiting", so that none is cut on a small screen.
    switch (bucket) {
    case 0:
        return tr("0–1");
    case 1:
        return tr("2–3");
    case 2:
        return tr("4–5");
    default:
        break;
    }
    return tr("Over 5");
}

QString ReviewDashboard::queueSummary(const AgeBuckets &b)
{
    const int total = b[0] + b[1] + b[2] + b[3];
    if (total == 0)
        return tr("No requests are waiting.");
    QString text = tr("%Ln request(s) waiting: ", nullptr, total);
    text += tr("%L1 for 0–1 working days, %L2 for 2–3, %L3 for 4–5").arg(b[0]).arg(b[1]).arg(b[2]);
    if (b[3] == 0)
        return text + tr("; none is overdue.");
    return text + tr("; %Ln overdue (more than five working days).", nullptr, b[3]);
}

QString ReviewDashboard::answerSummary(const protocol::ReviewStatistics &s)
{
    int answered = 0;
    int within = 0;
    for (const protocol::ReviewWeek &w : s.weeks) {
        answered += w.answered;
        within += w.withinPromise;
    }
    if (answered == 0)
        return tr("No requests were answered in these weeks.");
    const int percent = static_cast<int>(std::lround(100.0 * within / answered));
    if (answered == 1)
        return within == 1 ? tr("1 request answered, within the five-working-day promise.")
                           : tr("1 request answered, later than the five-working-day promise.");
    return tr("%Ln request(s) answered", nullptr, answered) +
           tr(" over %Ln week(s)", nullptr, static_cast<int>(s.weeks.size())) +
           tr("; %L1 of them (%L2%) within the five-working-day promise.").arg(within).arg(percent);
}

void ReviewDashboard::setQueue(const QList<protocol::ReviewQueueItem> &items)
{
    QChart *chart = queueChart();
    clearChart(chart);
    const AgeBuckets b = ageBuckets(items);
    // Two sets stacked: the overdue bar is hatched as well as red, and the legend names it, so
    // that it is not told by colour alone.
    auto *waiting = labelledSet(tr("Waiting"), QColor(0x1d, 0x5f, 0xa8));
    auto *overdue = labelledSet(tr("Overdue: more than five working days"), QColor(0xb3, 0x26, 0x1e));
    overdue->setBrush(QBrush(QColor(0xb3, 0x26, 0x1e), Qt::BDiagPattern));
    overdue->setBorderColor(QColor(0xb3, 0x26, 0x1e));
    int most = 0;
    for (int i = 0; i < AgeBucketCount; ++i) {
        const int n = b[static_cast<std::size_t>(i)];
        const bool late = i == AgeBucketCount - 1;
        *waiting << (late ? 0 : n);
        *overdue << (late ? n : 0);
        most = std::max(most, n);
    }
    auto *series = new QStackedBarSeries;
    series->append(waiting);
    series->append(overdue);
    chart->addSeries(series);
    // Each bar's count inside its top (a stacked series prints no label for an empty part).
    series->setLabelsVisible(true);
    series->setLabelsFormat(u"@value"_s);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    waiting->setLabelColor(Qt::white);
    QFont strong = waiting->labelFont();
    strong.setBold(true);
    waiting->setLabelFont(strong);
    overdue->setLabelFont(strong);
    auto *x = new QBarCategoryAxis;
    for (int i = 0; i < AgeBucketCount; ++i)
        x->append(ageBucketLabel(i));
    x->setTitleText(tr("Working days waiting"));
    auto *y = new QValueAxis;
    wholeNumbers(y, std::max(4, static_cast<int>(std::ceil((most + 1) * 1.15))));
    y->setTitleText(tr("Requests"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    // The legend names the two kinds of bar, each drawn as it is in the chart.
    chart->legend()->setVisible(true);
    showBrushesInLegend(chart);
    const QString summary = queueSummary(b);
    m_ageSummary->setText(summary);
    m_ageView->setAccessibleDescription(summary);
}

void ReviewDashboard::setStatistics(const protocol::ReviewStatistics &statistics)
{
    QChart *chart = answerChart();
    clearChart(chart);
    auto *median = labelledSet(tr("Median working days to answer"), QColor(0x1d, 0x5f, 0xa8));
    auto *x = new QBarCategoryAxis;
    double most = ReviewTexts::PromiseWorkingDays;
    const QLocale locale;
    for (const protocol::ReviewWeek &w : statistics.weeks) {
        *median << w.medianWorkingDays;
        most = std::max(most, w.medianWorkingDays);
        // The week and, below it, how many were answered (axis labels are rich text).
        // Day and month as numbers, narrow enough for twelve weeks on a 1024-pixel screen.
        x->append(tr("%1<br>(%2)").arg(locale.toString(w.weekStart, u"d/M"_s)).arg(w.answered));
    }
    auto *bars = new QBarSeries;
    bars->append(median);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    bars->setLabelsFormat(u"@value"_s);
    bars->setLabelsPrecision(2);
    chart->addSeries(bars);

    auto *promise = new QLineSeries;
    promise->setName(tr("Promise: five working days"));
    QPen pen(QColor(0x33, 0x33, 0x33));
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(2);
    promise->setPen(pen);
    const qreal weeks = static_cast<qreal>(std::max<qsizetype>(1, statistics.weeks.size()));
    promise->append(-0.5, ReviewTexts::PromiseWorkingDays);
    promise->append(weeks - 0.5, ReviewTexts::PromiseWorkingDays);
    chart->addSeries(promise);

    x->setTitleText(tr("Week starting (requests answered)"));
    x->setTruncateLabels(false);
    auto *y = new QValueAxis;
    wholeNumbers(y, static_cast<int>(std::ceil(most * 1.2)));
    y->setTitleText(tr("Working days"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    promise->attachAxis(x);
    promise->attachAxis(y);
    chart->legend()->setVisible(true);
    showBrushesInLegend(chart);
    const QString summary = answerSummary(statistics);
    m_answerSummary->setText(summary);
    m_answerView->setAccessibleDescription(summary);
}

} // namespace srs::ui
