#pragma once

// The pages of the main window, one per step of a person's time at the workstation:
// blocked (the setting check or the connection failed), sign-in, declarations, home, and
// the lock screen.

#include "session/EnvironmentCheck.h"
#include "session/Session.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTreeView;

namespace srs::session {
class ProjectBrowser;
class Workstation;
} // namespace srs::session

namespace srs::ui {

class ConnectionPanel;
class ProjectListModel;
class ProjectView;
class ReviewPage;
class SubmissionsView;
class CredentialsForm;

// Why the workstation cannot be used now: each environment problem with its next step, or
// the connection panel when the server cannot be reached; Try again checks at once.
class BlockedPage : public QWidget
{
    Q_OBJECT
public:
    explicit BlockedPage(session::Workstation *workstation, QWidget *parent = nullptr);
    void refresh();

private:
    session::Workstation *m_workstation;
    QWidget *m_environment;
    QLabel *m_title;
    QLabel *m_problems;
    QLabel *m_details;
    QPushButton *m_retry;
    ConnectionPanel *m_connection;
};

class SignInPage : public QWidget
{
    Q_OBJECT
public:
    explicit SignInPage(session::Workstation *workstation, QWidget *parent = nullptr);
    void refresh();
    void reset();
    [[nodiscard]] CredentialsForm *form() const { return m_form; }

private:
    void submit();
    void onFailed(const net::NetFailure &failure);

    session::Workstation *m_workstation;
    QLabel *m_setting;
    QLabel *m_warnings;
    CredentialsForm *m_form;
};

// Each declaration still owed, in full, to be accepted one after another.
class DeclarationsPage : public QWidget
{
    Q_OBJECT
public:
    explicit DeclarationsPage(session::Session *session, QWidget *parent = nullptr);
    void refresh();

private:
    void accept();

    session::Session *m_session;
    QLabel *m_progress;
    QLabel *m_title;
    QTextBrowser *m_text;
    QCheckBox *m_agree;
    QLabel *m_error;
    QPushButton *m_accept;
    QPushButton *m_signOut;
    bool m_sending = false;
};

// The signed-in home: who and where, the person's projects (from the encrypted cache at
// once, then from the server) and the chosen project's workspace and details.
class HomePage : public QWidget
{
    Q_OBJECT
public:
    explicit HomePage(session::Workstation *workstation, QWidget *parent = nullptr);
    // Describes the session again (the projects follow from the browser).
    void reload();
    void clear();
    [[nodiscard]] QTreeView *projects() const { return m_projects; }
    [[nodiscard]] ProjectListModel *projectModel() const { return m_projectModel; }
    [[nodiscard]] ProjectView *projectView() const { return m_view; }
    // "Projects" and "My submissions".
    [[nodiscard]] QTabWidget *sections() const { return m_sections; }
    [[nodiscard]] SubmissionsView *submissionsView() const { return m_submissionsView; }
    [[nodiscard]] ReviewPage *reviewPage() const { return m_reviewPage; }

private:
    void describe();
    void showProjects();
    void onProjectChosen();
    void showDestructionOwed();
    void attestDestruction();

    session::Workstation *m_workstation;
    session::Session *m_session;
    session::ProjectBrowser *m_browser;
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
    ReviewPage *m_reviewPage;
    QLabel *m_destruction;
    QPushButton *m_attest;
    bool m_askedDestruction = false; // once per sign-in or unlock
    QPushButton *m_lock;
    QPushButton *m_signOut;
    QString m_chosen; // kept across a lock, so the person comes back to it
};

// Hides everything until the same person signs in again (or signs out).
class LockPage : public QWidget
{
    Q_OBJECT
public:
    explicit LockPage(session::Workstation *workstation, QWidget *parent = nullptr);
    void refresh();
    [[nodiscard]] CredentialsForm *form() const { return m_form; }

private:
    void submit();

    session::Workstation *m_workstation;
    QLabel *m_reason;
    QLabel *m_who;
    QLabel *m_environment;
    CredentialsForm *m_form;
    QPushButton *m_signOut;
};

} // namespace srs::ui
