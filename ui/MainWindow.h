#pragma once

#include <QMainWindow>

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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
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
};

} // namespace srs::ui
