#include "MainWindow.h"

#include "HomePage.h"
#include "ui/common/Accessibility.h"
#include "ui/common/ConnectionPanel.h"
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

#include <QApplication>
#include <QEvent>
#include <QLabel>
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
      m_home(new HomePage(workstation, m_stack)), m_lock(new LockPage(workstation, m_stack))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("SRS Workstation"));
    resizeWithinScreen(this, QSize(1200, 780));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(24, 20, 24, 8);

    auto *heading = new QLabel(tr("Secure Research Service"), central);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignHCenter);

    auto *notice = new QLabel(tr("Project data stays inside the secure environment. This workstation only "
                                 "shows descriptions of files, checks on outputs and outputs that have been "
                                 "cleared for release."),
                              central);
    notice->setWordWrap(true);
    notice->setAlignment(Qt::AlignHCenter);
    notice->setObjectName(QStringLiteral("dataStaysInsideLabel"));

    for (QWidget *page : {static_cast<QWidget *>(m_blocked), static_cast<QWidget *>(m_signIn),
                          static_cast<QWidget *>(m_declarations), static_cast<QWidget *>(m_home),
                          static_cast<QWidget *>(m_lock)})
        m_stack->addWidget(page);

    layout->addWidget(heading);
    layout->addWidget(notice);
    layout->addSpacing(16);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

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
    connect(session, &Session::signedIn, this, [this] { m_home->reload(); });
    // Back where they were, with the new session's times and anything that changed meanwhile.
    connect(session, &Session::unlocked, this, [this] { m_home->reload(); });
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
    statusBar()->showMessage(text);
}

} // namespace srs::ui
