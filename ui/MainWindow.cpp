#include "MainWindow.h"

#include "HomePage.h"
#include "ui/common/Accessibility.h"
#include "ui/common/ConnectionPanel.h"
#include "ui/common/Icons.h"
#include "ui/common/Language.h"
#include "ui/common/PageParts.h"
#include "ui/signin/BlockedPage.h"
#include "ui/signin/CredentialsForm.h"
#include "ui/signin/DeclarationsPage.h"
#include "ui/signin/LockPage.h"
#include "ui/signin/SignInPage.h"

#include "session/ConnectionMonitor.h"
#include "session/EnvironmentCheck.h"
#include "session/Session.h"
#include "session/Workstation.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUrl>
#include <QVBoxLayout>

namespace srs::ui {

using session::ConnectionMonitor;
using session::Session;

MainWindow::MainWindow(session::Workstation *workstation, QWidget *parent)
    : QMainWindow(parent), m_workstation(workstation), m_stack(new QStackedWidget(this)),
      m_blocked(new BlockedPage(workstation, m_stack)), m_signIn(new SignInPage(workstation, m_stack)),
      m_declarations(new DeclarationsPage(workstation->session(), m_stack)),
      m_home(new HomePage(workstation, m_stack)), m_lock(new LockPage(workstation, m_stack)),
      m_notice(new QLabel(this)), m_connectionText(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("SRS Workstation"));
    rememberWindowSize(this, QStringLiteral("main"), QSize(1200, 780));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(16, 8, 16, 4);

    // A compact header: the service's name and what this workstation shows, in two short lines,
    // so that the pages below keep the height.
    auto *icon = new QLabel(central);
    icon->setObjectName(QStringLiteral("serviceIcon"));
    icon->setPixmap(QApplication::windowIcon().pixmap(QSize(32, 32)));
    icon->setAccessibleName(tr("SRS Workstation"));
    auto *heading = new QLabel(tr("Secure Research Service"), central);
    heading->setObjectName(QStringLiteral("serviceHeading"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    m_notice->setText(tr("Project data stays inside the secure environment. This workstation only "
                         "shows descriptions of files, checks on outputs and outputs that have been "
                         "cleared for release."));
    m_notice->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("dataStaysInsideLabel"));
    QFont noticeFont = m_notice->font();
    noticeFont.setPointSizeF(noticeFont.pointSizeF() * 0.92);
    m_notice->setFont(noticeFont);
    auto *words = new QVBoxLayout;
    words->setSpacing(0);
    words->addWidget(heading);
    words->addWidget(m_notice);
    auto *header = new QHBoxLayout;
    header->setSpacing(10);
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addLayout(words, 1);

    for (QWidget *page : {static_cast<QWidget *>(m_blocked), static_cast<QWidget *>(m_signIn),
                          static_cast<QWidget *>(m_declarations), static_cast<QWidget *>(m_home),
                          static_cast<QWidget *>(m_lock)})
        m_stack->addWidget(page);

    layout->addLayout(header);
    layout->addSpacing(6);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    buildMenus();
    m_connectionText->setObjectName(QStringLiteral("connectionStatusLabel"));
    statusBar()->addWidget(m_connectionText, 1);

    Session *session = workstation->session();
    connect(workstation->connection(), &ConnectionMonitor::stateChanged, this, [this] {
        m_signIn->refresh();
        updatePage();
        updateStatusBar();
    });
    connect(workstation->environment(), &session::EnvironmentCheck::statusChanged, this, [this] {
        m_blocked->refresh();
        m_signIn->refresh();
        updatePage();
        updateStatusBar();
    });
    connect(session, &Session::stateChanged, this, &MainWindow::updatePage);
    connect(session, &Session::signedIn, this, [this] {
        m_home->reload();
        updateActions(); // the checkers' section comes with the person
    });
    // Back where they were, with the new session's times and anything that changed meanwhile.
    connect(session, &Session::unlocked, this, [this] {
        m_home->reload();
        updateActions();
    });
    connect(session, &Session::declarationAccepted, this, [this] {
        if (m_workstation->session()->declarationsOwed().isEmpty())
            m_home->reload(); // project access may depend on the declarations just accepted
        updatePage();
    });
    connect(session, &Session::locked, this, [this] {
        m_lock->form()->reset();
        m_lock->refresh();
    });
    connect(session, &Session::signedOut, this, [this] {
        m_home->clear();
        m_signIn->reset();
        m_lock->form()->reset();
    });

    // Return presses the focused button here as it does in dialogs. Installed first, so that
    // the activity filter below (the last installed runs first) still sees that key.
    qApp->installEventFilter(new ReturnPressesButtons(this));
    // Any key or mouse use anywhere in the application counts as activity.
    qApp->installEventFilter(this);
    m_blocked->refresh();
    updatePage();
    updateStatusBar();
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
}

QWidget *MainWindow::currentPage() const
{
    return m_stack->currentWidget();
}

ConnectionPanel *MainWindow::connectionPanel() const
{
    return m_blocked->findChild<ConnectionPanel *>();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        m_workstation->session()->recordActivity();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::updatePage()
{
    Session *session = m_workstation->session();
    const auto &environment = m_workstation->environment()->status();
    QWidget *page = m_signIn;
    switch (session->state()) {
    case Session::State::Locked:
        page = m_lock;
        break;
    case Session::State::SigningIn:
        // Signing in again from the lock screen keeps the lock screen up.
        page = session->me().user.id.isEmpty() ? static_cast<QWidget *>(m_signIn) : m_lock;
        break;
    case Session::State::Active:
        page = session->declarationsOwed().isEmpty() ? static_cast<QWidget *>(m_home) : m_declarations;
        break;
    case Session::State::SignedOut: {
        const bool environmentFailed = environment.checked && !environment.ok();
        const bool connectionFailed =
            m_workstation->connection()->state() == ConnectionMonitor::State::Failed ||
            m_workstation->connection()->settingMismatch();
        page = environmentFailed || connectionFailed ? static_cast<QWidget *>(m_blocked) : m_signIn;
        break;
    }
    }
    const bool changed = m_stack->currentWidget() != page;
    // A page is prepared when it comes up, not on every later change of state: a person half
    // way through a declaration keeps their tick when the setting check runs again.
    if (changed && page == m_declarations)
        m_declarations->refresh();
    if (changed && page == m_lock)
        m_lock->refresh();
    m_stack->setCurrentWidget(page);
    if (changed && page == m_signIn)
        m_signIn->form()->focusFirstEmpty();
    if (changed && page == m_lock)
        m_lock->form()->focusFirstEmpty();
    if (changed && page == m_home)
        m_home->takeFocus();
    // Anywhere else, or if that left it on something hidden: the page's first control.
    if (changed && !focusIsWithin(page))
        focusFirstControl(page);
    setWindowTitle(page == m_lock ? tr("SRS Workstation — locked") : tr("SRS Workstation"));
    updateActions();
}

void MainWindow::buildMenus()
{
    Session *session = m_workstation->session();
    QMenu *workstation = menuBar()->addMenu(tr("&Workstation"));
    m_lockAction = workstation->addAction(actionIcon(ActionIcon::Lock), tr("&Lock"));
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_lockAction, &QAction::triggered, session,
            [session] { session->lock(Session::LockReason::Manual, tr("You locked the workstation.")); });
    m_signOutAction = workstation->addAction(actionIcon(ActionIcon::SignOut), tr("&Sign out"));
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    connect(m_signOutAction, &QAction::triggered, session, &Session::signOut);
    workstation->addSeparator();
    m_quitAction = workstation->addAction(actionIcon(ActionIcon::Quit), tr("&Quit"));
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q)); // as on every Linux desktop
    m_quitAction->setShortcutContext(Qt::ApplicationShortcut);     // from the review window too
    m_quitAction->setMenuRole(QAction::QuitRole);
    // Closing the window ends the application, which signs out (see main()).
    connect(m_quitAction, &QAction::triggered, this, [] { QApplication::closeAllWindows(); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QList<QPair<QString, QString>> sections = {
        {tr("&Projects"), QStringLiteral("projectsSectionAction")},
        {tr("&My submissions"), QStringLiteral("submissionsSectionAction")},
        {tr("&Files brought in"), QStringLiteral("ingestSectionAction")},
        {tr("&Output checking"), QStringLiteral("checkingSectionAction")},
        {tr("&Service desk"), QStringLiteral("deskSectionAction")}};
    for (qsizetype i = 0; i < sections.size(); ++i) {
        QAction *go = view->addAction(sections[i].first);
        go->setObjectName(sections[i].second);
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { m_home->showSection(static_cast<int>(i)); });
        m_sectionActions.append(go);
    }
    view->addSeparator();
    m_refreshAction = view->addAction(actionIcon(ActionIcon::Refresh), tr("&Refresh"));
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_refreshAction, &QAction::triggered, m_home, &HomePage::refreshSection);
    view->addSeparator();
    QMenu *language = view->addMenu(actionIcon(ActionIcon::Language), tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto *languages = new QActionGroup(language);
    const QString chosen = chosenLanguage();
    auto addLanguage = [&](const QString &code, const QString &name) {
        QAction *a = language->addAction(name);
        a->setCheckable(true);
        a->setChecked(code == chosen);
        a->setData(code);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
        m_languageActions.append(a);
    };
    addLanguage(QString(), tr("As the system"));
    for (const LanguageChoice &l : availableLanguages())
        addLanguage(l.code, l.nativeName);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(actionIcon(ActionIcon::Keyboard), tr("&Keyboard shortcuts"));
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    QAction *about = help->addAction(actionIcon(ActionIcon::About), tr("&About SRS Workstation"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    // F10 opens the menu bar, as on the GNOME and KDE desktops (Alt and a menu's letter too).
    auto *openMenus = new QShortcut(QKeySequence(Qt::Key_F10), this);
    connect(openMenus, &QShortcut::activated, this,
            [this] { menuBar()->setActiveAction(menuBar()->actions().constFirst()); });
}

void MainWindow::updateActions()
{
    if (!m_lockAction)
        return;
    const Session *session = m_workstation->session();
    const bool home = m_stack->currentWidget() == m_home;
    const bool signedIn = session->state() == Session::State::Active;
    m_lockAction->setEnabled(signedIn);
    m_signOutAction->setEnabled(session->state() != Session::State::SignedOut);
    m_refreshAction->setEnabled(home);
    for (qsizetype i = 0; i < m_sectionActions.size(); ++i)
        m_sectionActions[i]->setEnabled(home && m_home->hasSection(static_cast<int>(i)));
}

void MainWindow::chooseLanguage(const QString &code)
{
    if (code == chosenLanguage())
        return;
    setChosenLanguage(code);
    QString name = tr("the system's language");
    for (const LanguageChoice &l : availableLanguages())
        if (l.code == code)
            name = l.nativeName;
    auto *told =
        new QMessageBox(QMessageBox::Information, tr("Language"),
                        tr("SRS Workstation will use this language the next time it starts: %1.").arg(name),
                        QMessageBox::NoButton, this);
    told->setObjectName(QStringLiteral("languageChosenMessage"));
    told->addButton(tr("OK"), QMessageBox::AcceptRole);
    told->setAttribute(Qt::WA_DeleteOnClose);
    told->open();
}

QString MainWindow::connectionText() const
{
    return m_connectionText->text();
}

QStringList MainWindow::shortcutList() const
{
    QStringList lines;
    const auto add = [&lines](const QString &keys, const QString &what) {
        lines.append(tr("%1: %2").arg(keys, what));
    };
    const auto textOf = [](const QAction *a) { return QString(a->text()).remove(QLatin1Char('&')); };
    for (const QAction *a : menuBar()->findChildren<QAction *>()) {
        if (a->shortcut().isEmpty())
            continue;
        add(a->shortcut().toString(QKeySequence::NativeText), textOf(a));
    }
    add(QKeySequence(Qt::Key_Tab).toString(QKeySequence::NativeText) + QStringLiteral(" / ") +
            QKeySequence(Qt::SHIFT | Qt::Key_Tab).toString(QKeySequence::NativeText),
        tr("Move to the next or previous control"));
    add(QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText), tr("Press the focused button"));
    add(QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText), tr("Close a dialog or window"));
    add(QKeySequence(Qt::CTRL | Qt::Key_Tab).toString(QKeySequence::NativeText), tr("Next tab of a section"));
    add(QKeySequence(Qt::Key_F10).toString(QKeySequence::NativeText), tr("Open the menu bar"));
    return lines;
}

void MainWindow::showShortcuts()
{
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("Keyboard shortcuts"),
                                shortcutList().join(QLatin1Char('\n')), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("shortcutsMessage"));
    box->addButton(tr("Close"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(
        QMessageBox::NoIcon, tr("About SRS Workstation"),
        tr("SRS Workstation %1\n\nThe desktop client of the secure research service: sign-in from an "
           "approved setting, project workspaces (descriptions only), clearance requests and output "
           "checking.\n\nNothing leaves the secure environment unless a person has checked it.")
            .arg(QApplication::applicationVersion()),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("aboutMessage"));
    box->setIconPixmap(QApplication::windowIcon().pixmap(QSize(64, 64)));
    box->addButton(tr("Close"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool MainWindow::focusIsWithin(QWidget *page) const
{
    const QWidget *focus = focusWidget(); // this window's, whether or not it is active
    return focus && focus->isVisible() && page->isAncestorOf(focus);
}

void MainWindow::focusFirstControl(QWidget *page)
{
    for (QWidget *w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if (page->isAncestorOf(w) && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void MainWindow::updateStatusBar()
{
    const ConnectionMonitor *monitor = m_workstation->connection();
    const QString host = QUrl(monitor->serverUrl()).authority();
    const auto &environment = m_workstation->environment()->status();
    QString text;
    if (environment.checked && !environment.ok()) {
        text = tr("Setting check failed: %1").arg(environment.problems.constFirst().code);
    } else {
        switch (monitor->state()) {
        case ConnectionMonitor::State::Idle:
            text = tr("Not connected");
            break;
        case ConnectionMonitor::State::Connecting:
            text = tr("Connecting to %1…").arg(host);
            break;
        case ConnectionMonitor::State::Connected:
            text = tr("Connected to %1 as %2")
                       .arg(host, ConnectionPanel::deviceClassText(monitor->health().device.deviceClass));
            if (!environment.vpnInterface.isEmpty())
                text += tr(" through the VPN (%1)").arg(environment.vpnInterface);
            break;
        case ConnectionMonitor::State::Failed:
            text = tr("Not connected: %1").arg(api::failureKindName(monitor->failure().kind));
            break;
        }
    }
    // A lasting part of the status bar, not a passing message: a menu item's status tip must
    // not wipe it.
    m_connectionText->setText(text);
}

} // namespace srs::ui
