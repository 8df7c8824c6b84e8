#pragma once

#include "ReviewDialog.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace srs::session {
class IngestReviews;
class ReviewDesk;
} // namespace srs::session

namespace srs::ui {

class IngestReviewPanel;
class ReviewDashboard;
class ReviewQueueView;

// The output checkers' tab: the dashboard (queue by age, answer times) above the queue, and the
// actions on the chosen request: claim it and review it, or go on with a review already
// claimed. A request this checker may not review says why (their own, their project's, or two
// checkers have it). Beside the outputs, in a tab of their own, the files researchers asked to
// bring into their projects (IngestReviewPanel). Object names: reviewPage, reviewSections,
// claimReviewButton, openReviewButton, refreshQueueButton, reviewPageStatusLabel.
class ReviewPage : public QWidget
{
    Q_OBJECT
public:
    ReviewPage(session::ReviewDesk *desk, session::IngestReviews *ingests, QWidget *parent = nullptr);

    // The tab was opened: show the kept queue and ask the server again.
    void activate();
    [[nodiscard]] ReviewQueueView *queueView() const { return m_queue; }
    [[nodiscard]] ReviewDashboard *dashboard() const { return m_dashboard; }
    [[nodiscard]] ReviewDialog *reviewDialog() const { return m_dialog; }
    [[nodiscard]] IngestReviewPanel *ingestPanel() const { return m_ingests; }
    [[nodiscard]] QTabWidget *sections() const { return m_sections; }
    // The list of the section shown (outputs or files coming in), to put the focus on.
    [[nodiscard]] QWidget *focusList() const;

private:
    void showQueue();
    void showChoice();
    void openDialog();

    session::ReviewDesk *m_desk;
    ReviewDashboard *m_dashboard;
    ReviewQueueView *m_queue;
    QPushButton *m_claim;
    QPushButton *m_open;
    QPushButton *m_refresh;
    QLabel *m_status;
    QTabWidget *m_sections;
    IngestReviewPanel *m_ingests;
    QPointer<ReviewDialog> m_dialog;
};

} // namespace srs::ui
