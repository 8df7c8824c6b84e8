#pragma once

#include "protocol/IngestMessages.h"
#include "session/IngestUploads.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace srs::session {
class IngestRequests;
} // namespace srs::session

namespace srs::ui {

// "Files brought in": the person's requests to bring files into their projects. Each request
// with its project, files, size and state; for the one chosen, the upload from this computer
// (overall and per file: bytes, speed, time left) with Pause, Carry on and Cancel, and each
// file's checks and decision once the server has them. Uploads interrupted earlier (the client
// closed, the computer asleep) are listed with "Carry on".
class IngestView : public QWidget
{
    Q_OBJECT
public:
    IngestView(session::IngestRequests *requests, session::IngestUploads *uploads, QWidget *parent = nullptr);

    void activate();
    bool selectRequest(const QString &ingestId);
    [[nodiscard]] QString selectedRequest() const { return m_selected; }
    [[nodiscard]] QTreeWidget *list() const { return m_list; }
    [[nodiscard]] QProgressBar *overallProgress() const { return m_overall; }
    // A test seam: answers "Cancel this request?" instead of the dialog.
    void setCancelConfirmation(std::function<bool(const QString &ingestId)> confirm)
    {
        m_confirmCancel = std::move(confirm);
    }

private:
    void rebuild();
    void showSelected();
    void onProgress(const session::IngestUploadProgress &progress);
    void showProgress(const session::IngestUploadProgress &progress);
    [[nodiscard]] const session::IngestUploadProgress *uploadOf(const QString &ingestId) const;
    void cancelSelected();

    session::IngestRequests *m_requests;
    session::IngestUploads *m_uploads;
    QHash<QString, session::IngestUploadProgress> m_progress; // uploads from this computer
    QString m_selected;
    QLabel *m_hint;
    QLabel *m_problems;
    QTreeWidget *m_list;
    QLabel *m_title;
    QProgressBar *m_overall;
    QLabel *m_progressLine;
    QTreeWidget *m_files;
    QLabel *m_reason;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_cancel;
    std::function<bool(const QString &)> m_confirmCancel;
};

} // namespace srs::ui
