#pragma once

#include "domain/WorkingDays.h"
#include "protocol/SubmissionMessages.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QSettings;
class QUrl;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QTreeView;

namespace srs::session {
class Releases;
class SubmissionNotices;
class Submissions;
} // namespace srs::session

namespace srs::ui {

class SubmissionListModel;

// "My submissions": the person's clearance requests and, for the one chosen, its timeline
// (who did what, when, with their notes), its files with roles and SHA-256, the check's
// result, when an answer can be expected, and what the person may do now: withdraw it, or fix
// and resubmit a returned one. The server decides; the buttons follow the same rules.
class SubmissionsView : public QWidget
{
    Q_OBJECT
public:
    // Asks before withdrawing: the note to send (maybe empty), or nothing to keep the request.
    using WithdrawConfirmation = std::function<std::optional<QString>(const protocol::SubmissionInfo &)>;

    explicit SubmissionsView(session::Submissions *submissions, QWidget *parent = nullptr);

    // The view is being shown: ask the server for the list now.
    void activate();
    void clear();
    // Chooses the request in the list (a notice's "Open it"); false when it is not listed.
    bool selectSubmission(const QString &submissionId);
    // Opening a request marks it seen for the notices of requests that came back.
    void setNotices(session::SubmissionNotices *notices) { m_notices = notices; }
    // A test seam: answers the confirmation instead of the dialog.
    void setWithdrawConfirmation(WithdrawConfirmation confirmation) { m_confirm = std::move(confirmation); }

    [[nodiscard]] SubmissionListModel *model() const { return m_model; }
    [[nodiscard]] QTreeView *list() const { return m_list; }
    [[nodiscard]] QString selectedSubmission() const { return m_selected; }

    // Released requests can be downloaded from here once this is set. The folder is asked with
    // a file dialog that starts in `start` (downloadStartFolder()); tests may answer instead.
    void setReleases(session::Releases *releases);
    void setFolderChooser(std::function<QString(const QString &start)> choose)
    {
        m_chooseFolder = std::move(choose);
    }
    // The folder last chosen for a download is remembered in the person's settings (QSettings,
    // DownloadFolder::SettingsKey); tests give settings of their own.
    void setSettings(QSettings *settings) { m_settings = settings; }
    // Where the folder dialog starts (DownloadFolder::start).
    [[nodiscard]] QString downloadStartFolder();
    // After a download, "Open folder" opens the folder for the person (QDesktopServices::openUrl);
    // tests may watch instead.
    void setFolderOpener(std::function<void(const QUrl &)> open) { m_openUrl = std::move(open); }

    // The request in full as rich text (exposed for tests). `myId` names the person as "You".
    [[nodiscard]] static QString detailHtml(const protocol::SubmissionInfo &info, const QString &projectTitle,
                                            const QString &myId, QDate today,
                                            const domain::WorkingDays &workingDays);
    // The checkers' comments on one file that are shared with the author: the "Checkers'
    // comments" column. SubmissionInfo carries no reviews yet, so there are none to read; the
    // review routes fill this from their comments.
    [[nodiscard]] static QStringList sharedFileComments(const protocol::SubmissionInfo &info,
                                                        const QString &path);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void tellOnScreen();
    void showList();
    void onChosen();
    void showDetail();
    void withdrawChosen();
    void setMessage(const QString &text, bool problem);
    [[nodiscard]] std::optional<QString> askToWithdraw(const protocol::SubmissionInfo &info);
    [[nodiscard]] QSettings &settings();

    session::Submissions *m_submissions;
    SubmissionListModel *m_model;
    QLabel *m_status;
    QPushButton *m_refresh;
    QTreeView *m_list;
    QStackedWidget *m_stack;
    QLabel *m_title;
    QTextBrowser *m_detail;
    QLabel *m_message;
    QPushButton *m_withdraw;
    QPushButton *m_resubmit;
    QPushButton *m_download;
    QPushButton *m_openFolder;
    session::Releases *m_releases = nullptr;
    session::SubmissionNotices *m_notices = nullptr;
    std::function<QString(const QString &start)> m_chooseFolder;
    std::function<void(const QUrl &)> m_openUrl;
    QSettings *m_settings = nullptr;
    QString m_downloadFolder; // where the download under way, or the last one, went
    QString m_downloadWanted; // the submission whose release is being looked up to download
    QString m_selected;
    QString m_shown; // the request whose detail is on screen
    bool m_withdrawing = false;
    WithdrawConfirmation m_confirm;
};

} // namespace srs::ui
