#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace srs::session {
class IngestReviews;
}

namespace srs::ui {

class IngestReviewDialog;

// The checkers' queue of files researchers asked to bring into their projects, beside the
// outputs in the review tab: each request's project, who asked, its files and size, and how
// many files still wait for a decision; a request this checker may not review says why. Object
// names: ingestReviewPanel, ingestReviewList, reviewIngestButton, refreshIngestQueueButton,
// ingestReviewStatusLabel.
class IngestReviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit IngestReviewPanel(session::IngestReviews *reviews, QWidget *parent = nullptr);
    ~IngestReviewPanel() override;

    void activate();
    [[nodiscard]] QTreeWidget *list() const { return m_list; }
    [[nodiscard]] IngestReviewDialog *dialog() const;
    // Opens the chosen request (as the button does).
    void openCurrent();

private:
    void showQueue();
    void showChoice();
    [[nodiscard]] QString currentId() const;

    session::IngestReviews *m_reviews;
    QLabel *m_hint;
    QTreeWidget *m_list;
    QLabel *m_status;
    QPushButton *m_refresh;
    QPushButton *m_open;
    QPointer<IngestReviewDialog> m_dialog;
};

} // namespace srs::ui
