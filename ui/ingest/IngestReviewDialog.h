#pragma once

#include "protocol/IngestReviewMessages.h"

#include <QDialog>

#include <functional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace srs::api {
struct ApiFailure;
}
namespace srs::session {
class IngestReviews;
}

namespace srs::ui {

class FilePreviewWidget;

// A checker reviews one ingest request: who asked and why, each file with its description, its
// automatic findings (a "refused" finding means it can only be rejected; a flag means approving
// it needs a comment), the checkers' votes so far and the file itself, previewed as outputs are
// (text and code in full, tables, images, PDFs) once its bytes match the SHA-256 declared. Each
// file is approved or rejected on its own, with a comment; a vote is final and is confirmed
// first. Object names: ingestReviewDialog, ingestReviewHeaderLabel, ingestReviewFileList,
// ingestFileDetailsLabel, ingestFindingsList, ingestVotesLabel, ingestVoteComment,
// approveIngestFileButton, rejectIngestFileButton, ingestReviewDialogStatus (and the preview's).
class IngestReviewDialog : public QDialog
{
    Q_OBJECT
public:
    explicit IngestReviewDialog(session::IngestReviews *reviews, QWidget *parent = nullptr);

    void openRequest(const QString &ingestId);
    [[nodiscard]] QTreeWidget *fileList() const { return m_files; }
    [[nodiscard]] FilePreviewWidget *preview() const { return m_preview; }
    [[nodiscard]] QPlainTextEdit *comment() const { return m_comment; }
    [[nodiscard]] QPushButton *approveButton() const { return m_approve; }
    [[nodiscard]] QPushButton *rejectButton() const { return m_reject; }
    [[nodiscard]] QString statusText() const;
    // For tests: how a vote is confirmed (the default asks in a message box).
    void setConfirmation(std::function<bool(const QString &question)> confirm)
    {
        m_confirm = std::move(confirm);
    }

private:
    void showReview(const protocol::IngestReviewContext &review);
    void showFile();
    void showBytes(const QString &ingestId, int index, const QByteArray &bytes);
    void castVote(const QString &decision);
    [[nodiscard]] int currentIndex() const;
    [[nodiscard]] const protocol::IngestFileReview *currentReview() const;
    [[nodiscard]] const protocol::IngestFileInfo *currentFile() const;

    session::IngestReviews *m_reviews;
    QString m_ingestId;
    std::optional<protocol::IngestReviewContext> m_review;
    QLabel *m_header;
    QTreeWidget *m_files;
    QLabel *m_details;
    QListWidget *m_findings;
    QLabel *m_votes;
    FilePreviewWidget *m_preview;
    QLabel *m_previewNote;
    QPlainTextEdit *m_comment;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QLabel *m_status;
    std::function<bool(const QString &)> m_confirm;
};

} // namespace srs::ui
