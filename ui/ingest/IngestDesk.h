#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;

namespace srs::protocol {
struct IngestInfo;
}
namespace srs::session {
class IngestRequests;
class IngestUploads;
} // namespace srs::session

namespace srs::ui {

class BringFilesDialog;

// Bringing files in, from the home page: opens "Bring files into this project…" and starts the
// upload once the server has taken the request; and a banner that tells the person (a) of an
// upload from this computer that stopped before it finished (the client was closed or killed),
// offering to carry on, and (b) when one of their requests changes state (checked, waiting for
// a checker, decided), with "Open it". Metadata only: ids, projects and states.
class IngestDesk : public QFrame
{
    Q_OBJECT
public:
    IngestDesk(session::IngestRequests *requests, session::IngestUploads *uploads, QWidget *parent = nullptr);

    // Opens the dialog for the project (one at a time); it is modal to the window.
    void bringFilesInto(const QString &projectId, const QString &projectTitle);
    [[nodiscard]] BringFilesDialog *dialog() const { return m_dialog; }
    // Looks for uploads that stopped before they finished (after sign-in, once the cache is open).
    void offerUnfinished();
    [[nodiscard]] QString shownRequest() const { return m_shown; }
    [[nodiscard]] QLabel *text() const { return m_text; }

signals:
    // Show this request under "Files brought in".
    void openRequested(const QString &ingestId);

private:
    void show(const QString &ingestId, const QString &text, bool offerCarryOn);
    void onChanged(const protocol::IngestInfo &info, const QString &was);

    session::IngestRequests *m_requests;
    session::IngestUploads *m_uploads;
    QPointer<BringFilesDialog> m_dialog;
    QString m_pendingKey; // the upload the open dialog started, until the server takes it
    QString m_shown;      // the request the banner names
    QLabel *m_text;
    QPushButton *m_carryOn;
    QPushButton *m_open;
    QPushButton *m_dismiss;
};

} // namespace srs::ui
