#include "Pages.h"

#include "ui/common/ConnectionPanel.h"
#include "ui/signin/CredentialsForm.h"
#include "ui/signin/Refusals.h"

#include "protocol/Protocol.h"
#include "session/Clock.h"
#include "session/ConnectionMonitor.h"
#include "session/ProjectBrowser.h"
#include "session/Releases.h"
#include "session/ReviewDesk.h"
#include "session/SubmissionWizard.h"
#include "session/Submissions.h"
#include "session/Workstation.h"
#include "ui/projects/ProjectModels.h"
#include "ui/projects/ProjectView.h"
#include "ui/review/ReviewPage.h"
#include "ui/submissions/SubmissionWizardDialog.h"
#include "ui/submissions/SubmissionsView.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace srs::ui {

using session::EnvironmentStatus;
using session::Session;

namespace {

QLabel *heading(const QString &text, QWidget *parent, qreal scale = 1.4)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(true);
    label->setFont(f);
    label->setWordWrap(true);
    return label;
}

QLabel *paragraph(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// A column of at most `width` pixels, centred in the page.
QVBoxLayout *centredColumn(QWidget *page, int width)
{
    auto *outer = new QHBoxLayout(page);
    auto *column = new QWidget(page);
    column->setMaximumWidth(width);
    column->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    outer->addStretch(1);
    outer->addWidget(column, 4);
    outer->addStretch(1);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    return layout;
}

QString problemList(const QList<session::EnvironmentProblem> &problems)
{
    QStringList lines;
    for (const auto &p : problems)
        lines.append(p.message);
    return lines.join(QStringLiteral("\n\n"));
}

QString longDay(QDate day)
{
    return QLocale().toString(day, QStringLiteral("d MMMM yyyy"));
}

QString minutes(int n)
{
    return n == 1 ? QCoreApplication::translate("srs::ui::HomePage", "a minute")
                  : QCoreApplication::translate("srs::ui::HomePage", "%1 minutes").arg(n);
}

} // namespace

// --- BlockedPage ----------------------------------------------------------------------

BlockedPage::BlockedPage(session::Workstation *workstation, QWidget *parent)
    : QWidget(parent), m_workstation(workstation), m_environment(new QWidget(this)),
      m_title(heading(tr("This workstation cannot be used for the service right now"), m_environment, 1.3)),
      m_problems(paragraph(m_environment, "environmentProblemsLabel")),
      m_details(paragraph(m_environment, "environmentDetailsLabel")),
      m_retry(new QPushButton(tr("Try again"), m_environment)),
      m_connection(new ConnectionPanel(workstation->connection(), this))
{
    setObjectName(QStringLiteral("blockedPage"));
    m_title->setObjectName(QStringLiteral("environmentTitleLabel"));
    m_details->setStyleSheet(QStringLiteral("color: #505050;"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("environmentRetryButton"));
    connect(m_retry, &QPushButton::clicked, workstation->environment(), &session::EnvironmentCheck::checkNow);

    auto *envLayout = new QVBoxLayout(m_environment);
    envLayout->addWidget(m_title);
    envLayout->addSpacing(8);
    envLayout->addWidget(m_problems);
    envLayout->addSpacing(8);
    envLayout->addWidget(m_details);
    envLayout->addSpacing(8);
    envLayout->addWidget(m_retry, 0, Qt::AlignLeft);

    QVBoxLayout *layout = centredColumn(this, 640);
    layout->addWidget(m_environment);
    layout->addWidget(m_connection, 0, Qt::AlignHCenter);
    layout->addStretch(1);
    refresh();
}

void BlockedPage::refresh()
{
    const EnvironmentStatus &status = m_workstation->environment()->status();
    const bool environmentFailed = status.checked && !status.ok();
    m_environment->setVisible(environmentFailed);
    m_connection->setVisible(!environmentFailed);
    if (environmentFailed) {
        m_problems->setText(problemList(status.problems));
        QStringList details;
        for (const auto &p : status.problems)
            details.append(tr("For IT support: %1 (%2)").arg(p.code, p.detail));
        m_details->setText(details.join(QLatin1Char('\n')));
    }
}

// --- SignInPage -----------------------------------------------------------------------

SignInPage::SignInPage(session::Workstation *workstation, QWidget *parent)
    : QWidget(parent), m_workstation(workstation), m_setting(paragraph(this, "settingLabel")),
      m_warnings(paragraph(this, "warningsLabel")), m_form(new CredentialsForm(true, tr("Sign in"), this))
{
    setObjectName(QStringLiteral("signInPage"));
    m_form->setObjectName(QStringLiteral("signInForm"));
    m_warnings->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    QVBoxLayout *layout = centredColumn(this, 460);
    layout->addWidget(heading(tr("Sign in"), this));
    layout->addWidget(m_setting);
    layout->addWidget(m_warnings);
    layout->addSpacing(12);
    layout->addWidget(m_form);
    layout->addStretch(1);

    connect(m_form, &CredentialsForm::submitted, this, &SignInPage::submit);
    Session *session = workstation->session();
    connect(session, &Session::signInFailed, this, &SignInPage::onFailed);
    connect(session, &Session::stateChanged, this, [this](Session::State state) {
        if (state == Session::State::SignedOut)
            m_form->setBusy(false);
    });
    refresh();
}

void SignInPage::refresh()
{
    const auto *connection = m_workstation->connection();
    if (connection->state() == session::ConnectionMonitor::State::Connected) {
        const auto &device = connection->health().device;
        QString where = device.deviceClass == domain::DeviceClass::SafeRoomTerminal
                            ? tr("This safe-room terminal (%1) at %2 is connected to the service.")
                                  .arg(device.commonName, device.site)
                            : tr("This %1 device (%2) is connected to the service%3.")
                                  .arg(device.organisation, device.commonName,
                                       m_workstation->environment()->status().vpnInterface.isEmpty()
                                           ? QString()
                                           : tr(" through your organisation's VPN"));
        m_setting->setText(where);
    } else {
        m_setting->setText(tr("Checking the connection to the service…"));
    }
    const auto &warnings = m_workstation->environment()->status().warnings;
    m_warnings->setText(problemList(warnings));
    m_warnings->setVisible(!warnings.isEmpty());
}

void SignInPage::reset()
{
    m_form->reset();
    m_form->focusFirstEmpty();
}

void SignInPage::submit()
{
    m_form->setBusy(true, tr("Signing in…"));
    m_workstation->session()->signIn(m_form->username(), m_form->takePassword(), m_form->code());
}

void SignInPage::onFailed(const net::NetFailure &failure)
{
    if (m_workstation->session()->state() != Session::State::SignedOut)
        return; // a failure on the lock screen: that page shows it
    m_form->setBusy(false);
    const Explanation e = explainSignInFailure(failure);
    m_form->showRefusal(e.title, e.message);
}

// --- DeclarationsPage -----------------------------------------------------------------

DeclarationsPage::DeclarationsPage(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_progress(paragraph(this, "declarationProgressLabel")),
      m_title(heading(QString(), this, 1.2)), m_text(new QTextBrowser(this)),
      m_agree(new QCheckBox(tr("I have read this declaration and I agree to it."), this)),
      m_error(paragraph(this, "declarationErrorLabel")),
      m_accept(new QPushButton(tr("Accept and continue"), this)),
      m_signOut(new QPushButton(tr("Sign out"), this))
{
    setObjectName(QStringLiteral("declarationsPage"));
    m_title->setObjectName(QStringLiteral("declarationTitleLabel"));
    m_text->setObjectName(QStringLiteral("declarationText"));
    m_text->setOpenLinks(false);
    m_agree->setObjectName(QStringLiteral("declarationAgreeCheck"));
    m_accept->setObjectName(QStringLiteral("declarationAcceptButton"));
    m_signOut->setObjectName(QStringLiteral("declarationSignOutButton"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));

    QVBoxLayout *layout = centredColumn(this, 720);
    layout->addWidget(heading(tr("Before you continue"), this));
    layout->addWidget(m_progress);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_agree);
    layout->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_signOut);
    buttons->addStretch();
    buttons->addWidget(m_accept);
    layout->addLayout(buttons);

    connect(m_agree, &QCheckBox::toggled, this,
            [this] { m_accept->setEnabled(m_agree->isChecked() && !m_sending); });
    connect(m_accept, &QPushButton::clicked, this, &DeclarationsPage::accept);
    connect(m_signOut, &QPushButton::clicked, session, &Session::signOut);
    connect(session, &Session::declarationAccepted, this, [this] {
        m_sending = false;
        refresh();
    });
    connect(session, &Session::declarationFailed, this, [this](const net::NetFailure &f) {
        m_sending = false;
        m_error->setText(tr("Your acceptance could not be recorded: %1").arg(f.message));
        m_error->setVisible(true);
        m_accept->setEnabled(m_agree->isChecked());
    });
    refresh();
}

void DeclarationsPage::refresh()
{
    const auto &owed = m_session->declarationsOwed();
    m_error->setVisible(false);
    m_agree->setChecked(false);
    m_accept->setEnabled(false);
    if (owed.isEmpty())
        return;
    const protocol::OwedDeclaration &d = owed.constFirst();
    m_progress->setText(
        owed.size() == 1 ? tr("You must read and accept this declaration before you can work in the service.")
                         : tr("You must read and accept %1 declarations before you can work in the service. "
                              "This is the first.")
                               .arg(owed.size()));
    m_title->setText(tr("%1 (version %2)").arg(d.title).arg(d.version));
    m_text->setPlainText(d.text);
}

void DeclarationsPage::accept()
{
    const auto &owed = m_session->declarationsOwed();
    if (owed.isEmpty() || !m_agree->isChecked())
        return;
    m_sending = true;
    m_accept->setEnabled(false);
    m_session->acceptDeclaration(owed.constFirst());
}

// --- HomePage -------------------------------------------------------------------------

HomePage::HomePage(session::Workstation *workstation, QWidget *parent)
    : QWidget(parent), m_workstation(workstation), m_session(workstation->session()),
      m_browser(workstation->browser()), m_welcome(heading(QString(), this)),
      m_where(paragraph(this, "whereLabel")), m_accreditation(paragraph(this, "accreditationLabel")),
      m_sessionInfo(paragraph(this, "sessionInfoLabel")),
      m_cacheProblem(paragraph(this, "cacheProblemLabel")), m_error(paragraph(this, "homeErrorLabel")),
      m_projects(new QTreeView(this)), m_projectModel(new ProjectListModel(this)),
      m_view(new ProjectView(workstation->browser(), this)), m_sections(new QTabWidget(this)),
      m_submissionsView(new SubmissionsView(workstation->submissions(), this)),
      m_reviewPage(new ReviewPage(workstation->reviewDesk(), this)),
      m_destruction(paragraph(this, "destructionLabel")),
      m_attest(new QPushButton(tr("Confirm destruction…"), this)), m_lock(new QPushButton(tr("Lock"), this)),
      m_signOut(new QPushButton(tr("Sign out"), this))
{
    setObjectName(QStringLiteral("homePage"));
    m_view->setWizard(workstation->wizard());
    m_submissionsView->setReleases(workstation->releases());
    // A project lead is asked to confirm that pre-publication outputs of an ended project are gone.
    m_destruction->setStyleSheet(
        QStringLiteral("background: #fff4e5; color: #663c00; padding: 6px; border-radius: 4px;"));
    m_destruction->setVisible(false);
    m_attest->setObjectName(QStringLiteral("attestDestructionButton"));
    m_attest->setVisible(false);
    connect(m_attest, &QPushButton::clicked, this, &HomePage::attestDestruction);
    connect(workstation->releases(), &session::Releases::pendingDestructionChanged, this,
            &HomePage::showDestructionOwed);
    connect(workstation->releases(), &session::Releases::destructionFailed, this,
            [this](const QString &, const QString &message) {
                m_error->setText(tr("Destruction was not recorded: %1").arg(message));
                m_error->setVisible(true);
            });
    // A returned request opens straight into the wizard, to fix and resubmit.
    connect(workstation->submissions(), &session::Submissions::resubmitRequested, this,
            [this](const protocol::SubmissionInfo &info) {
                // A fix already begun is found among the saved drafts (once they can be read).
                m_workstation->wizard()->whenDraftsReady(this, [this, info] {
                    // Its project chosen, so that its workspace is brought up to date for the wizard.
                    const int row = m_projectModel->rowOf(info.submission.projectId);
                    if (row >= 0)
                        m_projects->setCurrentIndex(m_projectModel->index(row, 0));
                    m_workstation->wizard()->startResubmission(info);
                    SubmissionWizardDialog::openFor(m_workstation->wizard(), window());
                });
            });
    m_welcome->setObjectName(QStringLiteral("welcomeLabel"));
    m_projects->setObjectName(QStringLiteral("projectList"));
    m_projects->setModel(m_projectModel);
    m_projects->setRootIsDecorated(false);
    m_projects->setWordWrap(true);
    m_projects->setAlternatingRowColors(true);
    m_projects->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_projects->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_projects->header()->setSectionResizeMode(ProjectListModel::ProjectColumn, QHeaderView::Stretch);
    m_projects->header()->setStretchLastSection(false);
    m_lock->setObjectName(QStringLiteral("lockButton"));
    m_signOut->setObjectName(QStringLiteral("signOutButton"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setVisible(false);
    m_cacheProblem->setStyleSheet(
        QStringLiteral("background: #fff4e5; color: #663c00; padding: 6px; border-radius: 4px;"));
    m_cacheProblem->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_welcome, 1);
    top->addWidget(m_lock);
    top->addWidget(m_signOut);
    layout->addLayout(top);
    layout->addWidget(m_where);
    layout->addWidget(m_accreditation);
    layout->addWidget(m_sessionInfo);
    layout->addWidget(m_cacheProblem);

    auto *left = new QWidget(this);
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    ll->addWidget(heading(tr("Your projects"), left, 1.1));
    ll->addWidget(m_error);
    ll->addWidget(m_projects, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("homeSplitter"));
    split->addWidget(left);
    split->addWidget(m_view);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({500, 700});
    m_projects->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_projects->setTextElideMode(Qt::ElideRight);
    // The projects, and beside them the person's clearance requests across those projects.
    m_sections->setObjectName(QStringLiteral("homeSections"));
    m_sections->setDocumentMode(true);
    m_sections->addTab(split, tr("Projects"));
    m_sections->addTab(m_submissionsView, tr("My submissions"));
    m_reviewPage->setVisible(false); // a tab of its own for output checkers only
    auto *destruction = new QHBoxLayout;
    destruction->addWidget(m_destruction, 1);
    destruction->addWidget(m_attest);
    layout->addLayout(destruction);
    layout->addWidget(m_sections, 1);
    connect(m_sections, &QTabWidget::currentChanged, this, [this] {
        if (m_sections->currentWidget() == m_submissionsView)
            m_submissionsView->activate();
        if (m_sections->currentWidget() == m_reviewPage)
            m_reviewPage->activate();
    });

    connect(m_projects->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HomePage::onProjectChosen);
    connect(m_browser, &session::ProjectBrowser::projectsChanged, this, &HomePage::showProjects);
    connect(m_browser, &session::ProjectBrowser::projectsFailed, this, [this](const net::NetFailure &f) {
        if (f.error == net::NetError::Cancelled)
            return;
        m_error->setText(tr("Your projects could not be loaded: %1").arg(f.message));
        m_error->setVisible(true);
    });
    connect(m_browser, &session::ProjectBrowser::cleared, this, [this] {
        // Locked or signed out: nothing of the projects stays on screen (the choice is kept
        // in m_chosen until sign-out, to come back to it).
        const QString chosen = m_chosen;
        m_projectModel->setProjects({}, {});
        m_view->clear();
        m_chosen = chosen;
    });
    connect(m_browser, &session::ProjectBrowser::cacheProblem, this, [this](const QString &message) {
        m_cacheProblem->setText(message);
        m_cacheProblem->setVisible(true);
    });
    connect(m_lock, &QPushButton::clicked, m_session, [session = m_session] {
        session->lock(Session::LockReason::Manual, tr("You locked the workstation."));
    });
    connect(m_signOut, &QPushButton::clicked, m_session, &Session::signOut);
}

void HomePage::describe()
{
    const protocol::MeInfo &me = m_session->me();
    m_welcome->setText(tr("Signed in as %1").arg(me.user.displayName));
    QString device = me.setting.device.commonName;
    if (!me.setting.name.isEmpty())
        device += QStringLiteral(" (%1)").arg(me.setting.name);
    m_where->setText(tr("Username %1. Setting: %2, on %3.")
                         .arg(me.user.username, domain::settingKindDisplayName(me.setting.kind), device));
    if (me.user.accreditation) {
        const auto &a = *me.user.accreditation;
        m_accreditation->setText(
            tr("Accreditation: %1, valid to %2.")
                .arg(a.kind == domain::AccreditationKind::Full ? tr("full") : tr("provisional"),
                     longDay(a.validTo)));
    } else {
        m_accreditation->setText(tr("Support staff account."));
    }
    m_sessionInfo->setText(tr("This session lasts until %1. The workstation locks after %2 without use.")
                               .arg(QLocale().toString(m_session->expiresAt().toLocalTime(),
                                                       QStringLiteral("d MMMM yyyy, HH:mm")),
                                    minutes(m_session->idleLockMinutes())));
}

void HomePage::reload()
{
    // The projects come from the browser, which asks the server once the cache is open.
    describe();
    const bool checker = m_workstation->reviewDesk()->isChecker();
    const int tab = m_sections->indexOf(m_reviewPage);
    if (checker && tab < 0)
        m_sections->addTab(m_reviewPage, tr("Output checking"));
    else if (!checker && tab >= 0)
        m_sections->removeTab(tab);
    // Support staff who do no research of their own start where their work is.
    if (checker && !m_session->me().user.hasRole(domain::Role::Researcher))
        m_sections->setCurrentWidget(m_reviewPage);
    m_askedDestruction = false;
}

void HomePage::showDestructionOwed()
{
    const QList<protocol::ReleaseInfo> &owed = m_workstation->releases()->pendingDestruction();
    m_destruction->setVisible(!owed.isEmpty());
    m_attest->setVisible(!owed.isEmpty());
    if (owed.isEmpty())
        return;
    const protocol::ReleaseInfo &first = owed.constFirst();
    m_destruction->setText(owed.size() == 1 ? tr("Project %1 has ended. Outputs released to it before "
                                                 "publication (release %2, %3) must now be "
                                                 "destroyed; as its lead, confirm when every copy is gone.")
                                                  .arg(first.projectId, first.id, first.title)
                                            : tr("%1 releases of ended projects you lead must be destroyed; "
                                                 "as their lead, confirm each one when "
                                                 "every copy is gone.")
                                                  .arg(owed.size()));
}

void HomePage::attestDestruction()
{
    const QList<protocol::ReleaseInfo> &owed = m_workstation->releases()->pendingDestruction();
    if (owed.isEmpty())
        return;
    const protocol::ReleaseInfo release = owed.constFirst();
    QStringList files;
    for (const protocol::ReleasedFile &f : release.files)
        files << f.path;
    auto *ask = new QMessageBox(
        QMessageBox::Question, tr("Confirm destruction"),
        tr("Release %1 of project %2 (%3) was for the project team only, until the project ended. Confirm "
           "that "
           "every copy of these files, on every computer and in e-mail, has been destroyed:\n\n%4")
            .arg(release.id, release.projectId, release.title, files.join(u'\n')),
        QMessageBox::Cancel, this);
    ask->setObjectName(QStringLiteral("attestDestructionMessage"));
    ask->addButton(tr("Every copy is destroyed"), QMessageBox::AcceptRole);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &QMessageBox::accepted, this,
            [this, id = release.id] { m_workstation->releases()->attestDestruction(id, {}); });
    ask->open();
}

void HomePage::showProjects()
{
    const QList<protocol::ProjectInfo> &projects = m_browser->projects();
    const QString chosen = m_chosen;
    m_projectModel->setProjects(projects, m_workstation->clock().now().toLocalTime().date());
    // Empty only counts once the server has answered (an empty new cache says nothing).
    const bool none = projects.isEmpty() && m_browser->hasServerList() &&
                      m_session->me().user.hasRole(domain::Role::Researcher);
    m_error->setVisible(none);
    if (none)
        m_error->setText(tr("You are not a member of any project yet."));
    else if (!projects.isEmpty())
        m_error->setVisible(false);
    // Only an ended project can owe a destruction: ask once the server's list shows one.
    const bool ended = std::any_of(projects.cbegin(), projects.cend(), [](const protocol::ProjectInfo &p) {
        return p.project.status == domain::ProjectStatus::Completed;
    });
    if (ended && m_browser->hasServerList() && m_session->readyForProjectWork() && !m_askedDestruction) {
        m_askedDestruction = true;
        m_workstation->releases()->fetchPendingDestruction();
    }
    const int row = m_projectModel->rowOf(chosen);
    if (row >= 0)
        m_projects->setCurrentIndex(m_projectModel->index(row, 0));
    else
        onProjectChosen();
}

void HomePage::onProjectChosen()
{
    const int row = m_projects->currentIndex().row();
    const protocol::ProjectInfo *p = m_projectModel->project(row);
    if (p)
        m_chosen = p->project.id;
    // Only a project that may be opened from here is synced; a refused one shows its details.
    m_browser->selectProject(p && p->access.allowed ? p->project.id : QString());
    m_view->showProject(p);
}

void HomePage::clear()
{
    m_projectModel->setProjects({}, {});
    m_view->clear();
    m_welcome->clear();
    m_where->clear();
    m_accreditation->clear();
    m_sessionInfo->clear();
    m_error->setVisible(false);
    m_cacheProblem->setVisible(false);
    m_chosen.clear();
    m_submissionsView->clear();
    m_destruction->setVisible(false);
    m_attest->setVisible(false);
    m_sections->setCurrentIndex(0);
}

// --- LockPage -------------------------------------------------------------------------

LockPage::LockPage(session::Workstation *workstation, QWidget *parent)
    : QWidget(parent), m_workstation(workstation), m_reason(paragraph(this, "lockReasonLabel")),
      m_who(paragraph(this, "lockWhoLabel")), m_environment(paragraph(this, "lockEnvironmentLabel")),
      m_form(new CredentialsForm(false, tr("Unlock"), this)),
      m_signOut(new QPushButton(tr("Sign out instead"), this))
{
    setObjectName(QStringLiteral("lockPage"));
    m_form->setObjectName(QStringLiteral("unlockForm"));
    m_signOut->setObjectName(QStringLiteral("lockSignOutButton"));
    m_environment->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    QVBoxLayout *layout = centredColumn(this, 460);
    layout->addWidget(heading(tr("This workstation is locked"), this));
    layout->addWidget(m_reason);
    layout->addWidget(m_who);
    layout->addWidget(m_environment);
    layout->addSpacing(12);
    layout->addWidget(m_form);
    layout->addSpacing(12);
    layout->addWidget(m_signOut, 0, Qt::AlignLeft);
    layout->addStretch(1);

    Session *session = workstation->session();
    connect(m_form, &CredentialsForm::submitted, this, &LockPage::submit);
    connect(m_signOut, &QPushButton::clicked, session, &Session::signOut);
    connect(session, &Session::signInFailed, this, [this](const net::NetFailure &failure) {
        if (m_workstation->session()->state() != Session::State::Locked)
            return;
        m_form->setBusy(false);
        const Explanation e = explainSignInFailure(failure);
        m_form->showRefusal(e.title, e.message);
    });
    connect(workstation->environment(), &session::EnvironmentCheck::statusChanged, this, &LockPage::refresh);
}

void LockPage::refresh()
{
    Session *session = m_workstation->session();
    m_reason->setText(session->lockMessage());
    m_who->setText(tr("Signed in as %1 (%2). Enter your password and a new security code to carry on "
                      "where you left off.")
                       .arg(session->me().user.displayName, session->me().user.username));
    const EnvironmentStatus &status = m_workstation->environment()->status();
    const bool blocked = status.checked && !status.ok();
    m_environment->setText(blocked ? problemList(status.problems) : QString());
    m_environment->setVisible(blocked);
    m_form->setSubmitEnabled(!blocked);
    if (session->state() == Session::State::Locked)
        m_form->setBusy(false);
}

void LockPage::submit()
{
    m_form->setBusy(true, tr("Signing in…"));
    m_workstation->session()->unlock(m_form->takePassword(), m_form->code());
}

} // namespace srs::ui
