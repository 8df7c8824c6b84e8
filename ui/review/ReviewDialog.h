#pragma once

#include "domain/Review.h"
#include "protocol/ReviewMessages.h"

#include <QDialog>
#include <QHash>
#include <QSet>

#include <functional>

class QButtonGroup;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace srs::session {
class ReviewDesk;
}

namespace srs::ui {

class FilePreviewWidget;
class ReleaseComparisonPanel;

// One request under review. Left, its files with their roles and the decision given so far;
// in the middle the chosen file, previewed in memory (tables with flagged cells and, in a
// later round, what changed since the last; code with flagged lines; images); on the right what
// the author said about it (context, exceptions asked for with their justifications, the
// controls) and this checker's decision with a comment for the author and one for checkers
// only. Below, a summary and "Submit my review", final once sent. The other checker's votes
// appear only once this checker's are in; an approved request can be released from here. Under
// the file, the request's tables compared afresh with the project's releases
// (ReleaseComparisonPanel), releases made since the request was submitted included.
// Object names: reviewDialog, reviewHeaderLabel, reviewStatusLabel, reviewFileList,
// fileContextBrowser, approveRadio, changesRadio, rejectRadio, sharedCommentEdit,
// internalCommentEdit (its label internalCommentLabel asks for the reason when a file with failing
// checks is approved), reviewSummaryEdit, submitReviewButton, releaseButton, reviewErrorLabel,
// otherReviewsBrowser, filePreviewLoadingLabel (and FilePreviewWidget's and
// ReleaseComparisonPanel's).
class ReviewDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReviewDialog(session::ReviewDesk *desk, QWidget *parent = nullptr);

    [[nodiscard]] FilePreviewWidget *preview() const { return m_preview; }
    [[nodiscard]] ReleaseComparisonPanel *releaseComparison() const { return m_releases; }
    // The decisions given so far in this dialog, by path.
    [[nodiscard]] const QHash<QString, domain::FileReview> &votes() const { return m_votes; }

    // What is asked before the review is sent ("Submit review" / "Go back") and before the
    // approved outputs are released ("Release" / "Cancel"): true to go on.
    enum class Question
    {
        SubmitReview,
        Release,
    };
    // A test seam: answers instead of the message box, given the text the box would show.
    using Confirmation = std::function<bool(Question question, const QString &text)>;
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }
    // The texts are ReviewQuestions' (beforeSubmitting, beforeReleasing).

private:
    // The request's id, title, project, round and author, and what the author changed this round.
    [[nodiscard]] static QString headerHtml(const protocol::ReviewContext &context);
    // The reviews of this round and earlier ones that the checker `me` may see.
    [[nodiscard]] static QString reviewsHtml(const protocol::ReviewContext &context, const QString &me);
    void setFocusOrder(QWidget *close);
    void showContext();
    void showReleaseComparison();
    void showFile(int row);
    void showPreviewIfReady();
    void storeVote();
    void showVote();
    void refreshFileList();
    void submit();
    void confirm(Question question, const QString &text, const std::function<void()> &then);
    void showReasonPrompt();
    [[nodiscard]] int round() const;
    [[nodiscard]] bool mayVote() const;

    session::ReviewDesk *m_desk;
    QLabel *m_header;
    QLabel *m_status;
    QListWidget *m_files;
    FilePreviewWidget *m_preview;
    QLabel *m_loading;
    QTextBrowser *m_context;
    QButtonGroup *m_decision;
    QPlainTextEdit *m_shared;
    QPlainTextEdit *m_internal;
    QLabel *m_internalLabel = nullptr;
    QPlainTextEdit *m_summary;
    QPushButton *m_submit;
    QPushButton *m_release;
    QLabel *m_error;
    QTextBrowser *m_others;
    ReleaseComparisonPanel *m_releases;
    QHash<QString, domain::FileReview> m_votes;
    Confirmation m_confirm;
    int m_row = -1;
    bool m_waitPrevious = false; // the previous round's version is being fetched
    bool m_updating = false;
};

} // namespace srs::ui
