#pragma once

#include "protocol/ReviewMessages.h"

#include <QWidget>

#include <array>

class QLabel;
QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace srs::ui {

// The team lead's view of the backlog: the queue by age in working days (0-1, 2-3, 4-5 and
// over 5, overdue) and the last weeks' answer times (median working days per week as bars,
// each week's number answered under its date, the five-day promise as a dashed line). Every
// bar carries its number as a label, and a sentence under each chart says the same in words,
// so nothing depends on colour. Object names: reviewDashboard, queueAgeChartView,
// answerTimesChartView, queueAgeSummaryLabel, answerTimesSummaryLabel.
class ReviewDashboard : public QWidget
{
    Q_OBJECT
public:
    static constexpr int AgeBucketCount = 4;
    using AgeBuckets = std::array<int, AgeBucketCount>;

    explicit ReviewDashboard(QWidget *parent = nullptr);

    void setQueue(const QList<protocol::ReviewQueueItem> &items);
    void setStatistics(const protocol::ReviewStatistics &statistics);

    // Requests by working days waiting: 0-1, 2-3, 4-5, over 5.
    [[nodiscard]] static AgeBuckets ageBuckets(const QList<protocol::ReviewQueueItem> &items);
    [[nodiscard]] static QString ageBucketLabel(int bucket);
    // The sentences under the charts (also their accessible descriptions).
    [[nodiscard]] static QString queueSummary(const AgeBuckets &buckets);
    [[nodiscard]] static QString answerSummary(const protocol::ReviewStatistics &statistics);

    [[nodiscard]] QChart *queueChart() const;
    [[nodiscard]] QChart *answerChart() const;

private:
    QChartView *m_ageView;
    QChartView *m_answerView;
    QLabel *m_ageSummary;
    QLabel *m_answerSummary;
};

} // namespace srs::ui
