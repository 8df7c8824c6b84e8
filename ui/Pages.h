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
class QTextBrowser;
class QTreeWidget;

namespace srs::net {
class ApiCall;
}

namespace srs::session {
class Workstation;
}

namespace srs::ui {

class ConnectionPanel;
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

// Who is signed in, from where, and their projects with whether each may be opened here.
class HomePage : public QWidget
{
    Q_OBJECT
public:
    explicit HomePage(session::Session *session, QWidget *parent = nullptr);
    // Loads the person's projects again.
    // While an earlier load is still out (held for a new session, say), it is left to finish.
    void reload();
    void clear();
    [[nodiscard]] QTreeWidget *projects() const { return m_projects; }

private:
    void describe();

    session::Session *m_session;
    QLabel *m_welcome;
    QLabel *m_where;
    QLabel *m_accreditation;
    QLabel *m_sessionInfo;
    QLabel *m_error;
    QTreeWidget *m_projects;
    QPointer<net::ApiCall> m_loading;
    QLabel *m_access;
    QPushButton *m_lock;
    QPushButton *m_signOut;
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
