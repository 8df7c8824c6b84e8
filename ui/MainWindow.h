#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;

namespace srs::session {
class Workstation;
}

namespace srs::ui {

class BlockedPage;
class ConnectionPanel;
class DeclarationsPage;
class HomePage;
class LockPage;
class SignInPage;

// One window whose page follows the workstation's state: blocked (setting check or
// connection failed), sign-in, declarations owed, home, or locked. While locked nothing
// but the lock screen is shown (the window title names no person or project), and the
// other pages keep their state for when the same person signs in again.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(session::Workstation *workstation, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] QWidget *currentPage() const;
    [[nodiscard]] ConnectionPanel *connectionPanel() const;
    [[nodiscard]] SignInPage *signInPage() const { return m_signIn; }
    [[nodiscard]] LockPage *lockPage() const { return m_lock; }
    [[nodiscard]] HomePage *homePage() const { return m_home; }
    [[nodiscard]] DeclarationsPage *declarationsPage() const { return m_declarations; }
    [[nodiscard]] BlockedPage *blockedPage() const { return m_blocked; }
    // The menu bar's actions, by what they do (for tests and the keyboard-shortcuts list).
    [[nodiscard]] QAction *lockAction() const { return m_lockAction; }
    [[nodiscard]] QAction *signOutAction() const { return m_signOutAction; }
    [[nodiscard]] QAction *refreshAction() const { return m_refreshAction; }
    [[nodiscard]] QAction *quitAction() const { return m_quitAction; }
    [[nodiscard]] QList<QAction *> sectionActions() const { return m_sectionActions; }
    [[nodiscard]] QList<QAction *> languageActions() const { return m_languageActions; }
    // What the keyboard shortcuts do, one line each: "Ctrl+Q: Quit".
    [[nodiscard]] QStringList shortcutList() const;
    // What the status bar says of the connection.
    [[nodiscard]] QString connectionText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildMenus();
    void updateActions();
    void chooseLanguage(const QString &code);
    void showShortcuts();
    void showAbout();
    void updatePage();
    void updateStatusBar();
    [[nodiscard]] bool focusIsWithin(QWidget *page) const;
    void focusFirstControl(QWidget *page);

    session::Workstation *m_workstation;
    QStackedWidget *m_stack;
    BlockedPage *m_blocked;
    SignInPage *m_signIn;
    DeclarationsPage *m_declarations;
    HomePage *m_home;
    LockPage *m_lock;
    QLabel *m_notice;
    QLabel *m_connectionText; // in the status bar: the connection and the setting check
    QAction *m_lockAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_quitAction = nullptr;
    QList<QAction *> m_sectionActions;
    QList<QAction *> m_languageActions;
};

} // namespace srs::ui
