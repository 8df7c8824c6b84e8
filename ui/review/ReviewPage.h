#pragma once

#include "ReviewDialog.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace srs::session {
class ReviewDesk;
}

namespace srs::ui {

class ReviewDashboard;
class ReviewQueueView;

// The output checkers' tab: the dashboard (queue by age, answer times) above the queue, and the
// actions on the chosen request: claim it and review it, or go on with a review already
// claimed. A request this checker may not review says why (their own, their project's, or two
// checkers have it). Object names: reviewPage, claimReviewButton, openReviewButton,
// refreshQueueButton, reviewPageStatusLabel.
class ReviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPage(session::ReviewDesk *desk, QWidget *parent = nullptr);

    // The tab was opened: show the kept queue and ask the server again.
    void activate();
    [[nodiscard]] ReviewQueueView *queueView() const { return m_queue; }
    [[nodiscard]] ReviewDashboard *dashboard() const { return m_dashboard; }
    [[nodiscard]] ReviewDialog *reviewDialog() const { return m_dialog; }

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
    QPointer<ReviewDialog> m_dialog;
};

} // namespace srs::ui
