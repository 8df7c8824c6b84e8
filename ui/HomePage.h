#pragma once

#include "session/Session.h"

#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;
class QSystemTrayIcon;
class QTabWidget;
class QTreeView;

namespace srs::session {
class WorkspaceSync;
class Workstation;
} // namespace srs::session

namespace srs::ui {

class IngestDesk;
class IngestView;
class NotificationButton;
class ProjectListModel;
class ProjectView;
class ReviewPage;
class ServiceDesk;
class SubmissionsView;

// The signed-in home: who and where, the person's projects (from the encrypted cache at
// once, then from the server) and the chosen project's workspace and details, and the notice
// of the person's requests that came back from the checkers (session::SubmissionNotices).
class HomePage : public QWidget
{
    Q_OBJECT
public:
    explicit HomePage(session::Workstation *workstation, QWidget *parent = nullptr);
    // Describes the session again (the projects follow from the browser).
    void reload();
    void clear();
    // Puts the keyboard focus on the first thing to use in the section shown: the project list,
    // the person's requests, or the checkers' queue.
    void takeFocus();
    // The sections by number: 0 projects, 1 the person's requests, 2 files brought in, 3 output
    // checking (for output checkers only), 4 the service desk (when a panel of it applies). showSection()
    // shows one, with the focus in it.
    [[nodiscard]] bool hasSection(int index) const;
    void showSection(int index);
    // Asks the server again for what the section shown lists.
    void refreshSection();
    [[nodiscard]] QTreeView *projects() const { return m_projects; }
    [[nodiscard]] ProjectListModel *projectModel() const { return m_projectModel; }
    [[nodiscard]] ProjectView *projectView() const { return m_view; }
    // "Projects" and "My submissions".
    [[nodiscard]] QTabWidget *sections() const { return m_sections; }
    [[nodiscard]] SubmissionsView *submissionsView() const { return m_submissionsView; }
    [[nodiscard]] ReviewPage *reviewPage() const { return m_reviewPage; }
    // The service desk (section 4), when one of its panels applies to the person.
    [[nodiscard]] ServiceDesk *serviceDesk() const { return m_desk; }
    // The notification centre's button (and, once opened, its window).
    [[nodiscard]] NotificationButton *notificationButton() const { return m_bell; }
    [[nodiscard]] IngestView *ingestView() const { return m_ingestView; }
    [[nodiscard]] IngestDesk *ingestDesk() const { return m_ingestDesk; }
    // The notice of a request that came back, with its "Open it" button.
    [[nodiscard]] QFrame *noticeBanner() const { return m_notice; }
    // Shows My submissions with the request of the notice chosen (the banner's "Open it").
    void openNotice();

private:
    [[nodiscard]] QWidget *sectionWidget(int index) const;
    void layOut();
    void connectProjects();
    void connectRequests();
    void showNotices();
    void tellOfArrivals(int count);
    void describe();
    void showProjects();
    void onProjectChosen();
    void showDestructionOwed();
    void attestDestruction();

    session::Workstation *m_workstation;
    session::Session *m_session;
    session::WorkspaceSync *m_browser;
    QLabel *m_welcome;
    QLabel *m_where;
    QLabel *m_accreditation;
    QLabel *m_sessionInfo;
    QLabel *m_cacheProblem;
    QLabel *m_error;
    QTreeView *m_projects;
    ProjectListModel *m_projectModel;
    ProjectView *m_view;
    QTabWidget *m_sections;
    SubmissionsView *m_submissionsView;
    IngestView *m_ingestView;
    IngestDesk *m_ingestDesk;
    ServiceDesk *m_desk;
    NotificationButton *m_bell;
    ReviewPage *m_reviewPage;
    QFrame *m_notice;
    QLabel *m_noticeText;
    QPushButton *m_openNotice;
    QString m_noticeId;                // the request the banner names
    QSystemTrayIcon *m_tray = nullptr; // made for a desktop notification, where there is a tray
    QLabel *m_destruction;
    QPushButton *m_attest;
    bool m_askedDestruction = false; // once per sign-in or unlock
    QPushButton *m_lock;
    QPushButton *m_signOut;
    QString m_chosen; // kept across a lock, so the person comes back to it
};

} // namespace srs::ui
