#include "HomePage.h"

#include "ui/common/Accessibility.h"
#include "ui/common/Icons.h"
#include "ui/common/PageParts.h"
#include "ui/desk/NotificationCentre.h"
#include "ui/desk/ServiceDesk.h"
#include "ui/ingest/BringFilesDialog.h"
#include "ui/ingest/IngestDesk.h"
#include "ui/ingest/IngestView.h"
#include "ui/projects/ProjectModels.h"
#include "ui/projects/ProjectView.h"
#include "ui/review/ReviewPage.h"
#include "ui/review/ReviewQueueView.h"
#include "ui/submissions/SubmissionTexts.h"
#include "ui/submissions/SubmissionWizardDialog.h"
#include "ui/submissions/SubmissionsView.h"

#include "protocol/Protocol.h"
#include "session/ClientStore.h"
#include "session/Clock.h"
#include "session/ConnectionMonitor.h"
#include "session/IngestRequests.h"
#include "session/RefusalTexts.h"
#include "session/Releases.h"
#include "session/ReviewDesk.h"
#include "session/SubmissionNotices.h"
#include "session/SubmissionWizard.h"
#include "session/Submissions.h"
#include "session/WorkspaceSync.h"
#include "session/Workstation.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

using session::Session;

namespace {

QString longDay(QDate day)
{
    return QLocale().toString(day, QStringLiteral("d MMMM yyyy"));
}

QString minutes(int n)
{
    return QCoreApplication::translate("srs::ui::HomePage", "%n minute(s)", nullptr, n);
}

} // namespace

HomePage::HomePage(session::Workstation *workstation, QWidget *parent)
    : QWidget(parent), m_workstation(workstation), m_session(workstation->session()),
      m_browser(workstation->workspaceSync()), m_welcome(heading(QString(), this, 1.15)),
      m_where(paragraph(this, "whereLabel")), m_accreditation(paragraph(this, "accreditationLabel")),
      m_sessionInfo(paragraph(this, "sessionInfoLabel")),
      m_cacheProblem(paragraph(this, "cacheProblemLabel")), m_error(paragraph(this, "homeErrorLabel")),
      m_projects(new QTreeView(this)), m_projectModel(new ProjectListModel(this)),
      m_view(new ProjectView(workstation->workspaceSync(), workstation->store(), this)),
      m_sections(new QTabWidget(this)),
      m_submissionsView(new SubmissionsView(workstation->submissions(), this)),
      m_ingestView(new IngestView(workstation->ingestRequests(), workstation->ingestUploads(), this)),
      m_ingestDesk(new IngestDesk(workstation->ingestRequests(), workstation->ingestUploads(), this)),
      m_desk(new ServiceDesk(workstation, this)),
      m_bell(new NotificationButton(workstation->notifications(), this)),
      m_reviewPage(new ReviewPage(workstation->reviewDesk(), workstation->ingestReviews(), this)),
      m_notice(new QFrame(this)), m_noticeText(new QLabel(m_notice)),
      m_openNotice(new QPushButton(tr("Open it"), m_notice)),
      m_destruction(paragraph(this, "destructionLabel")),
      m_attest(new QPushButton(tr("Confirm destruction…"), this)), m_lock(new QPushButton(tr("Lock"), this)),
      m_signOut(new QPushButton(tr("Sign out"), this))
{
    setObjectName(QStringLiteral("homePage"));
    m_view->setWizard(workstation->wizard());
    m_submissionsView->setReleases(workstation->releases());
    m_submissionsView->setNotices(workstation->submissionNotices());
    layOut();
    connectProjects();
    connectRequests();
}

// The widgets' names and looks, and where each goes.
void HomePage::layOut()
{
    // A project lead is asked to confirm that pre-publication outputs of an ended project are gone.
    m_destruction->setStyleSheet(
        QStringLiteral("background: #fff4e5; color: #663c00; padding: 6px; border-radius: 4px;"));
    m_destruction->setVisible(false);
    m_attest->setObjectName(QStringLiteral("attestDestructionButton"));
    m_attest->setVisible(false);
    m_welcome->setObjectName(QStringLiteral("welcomeLabel"));
    m_projects->setObjectName(QStringLiteral("projectList"));
    setAccessibleText(m_projects, tr("Your projects"),
                      tr("Each project with whether it can be opened from here; choose one to see its "
                         "workspace."));
    m_projects->setModel(m_projectModel);
    m_projects->setRootIsDecorated(false);
    m_projects->setWordWrap(true);
    m_projects->setAlternatingRowColors(true);
    m_projects->setSelectionBehavior(QAbstractItemView::SelectRows);
    // The project's id and the start of its title always show (a long Welsh date in the next
    // column does not squeeze it away); the other columns fit their words; the list scrolls
    // sideways when the pane is narrower than that.
    m_projects->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_projects->header()->setSectionResizeMode(ProjectListModel::ProjectColumn, QHeaderView::Interactive);
    m_projects->header()->resizeSection(
        ProjectListModel::ProjectColumn,
        m_projects->fontMetrics().horizontalAdvance(u"P-2026-0000 Housing"_s));
    m_projects->header()->setStretchLastSection(true);
    m_lock->setObjectName(QStringLiteral("lockButton"));
    m_signOut->setObjectName(QStringLiteral("signOutButton"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setVisible(false);
    m_cacheProblem->setStyleSheet(
        QStringLiteral("background: #fff4e5; color: #663c00; padding: 6px; border-radius: 4px;"));
    m_cacheProblem->setVisible(false);

    // A request that came back from the checkers: its id, title and state (nothing of the workspace).
    m_notice->setObjectName(QStringLiteral("submissionNoticeBanner"));
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setStyleSheet(QStringLiteral("#submissionNoticeBanner { background: #e8f0fe; color: #0b3d91; "
                                           "border-radius: 4px; }"));
    m_noticeText->setObjectName(QStringLiteral("submissionNoticeLabel"));
    m_noticeText->setWordWrap(true);
    m_noticeText->setTextFormat(Qt::PlainText); // the title is the researcher's text
    m_openNotice->setObjectName(QStringLiteral("openNoticeButton"));
    auto *noticeRow = new QHBoxLayout(m_notice);
    noticeRow->setContentsMargins(8, 4, 8, 4);
    noticeRow->addWidget(m_noticeText, 1);
    noticeRow->addWidget(m_openNotice);
    m_notice->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_lock->setIcon(actionIcon(ActionIcon::Lock));
    m_signOut->setIcon(actionIcon(ActionIcon::SignOut));
    // Who, where and until when, in two lines beside the name, so that the sections keep the
    // height of a small screen.
    auto *top = new QHBoxLayout;
    top->addWidget(m_welcome, 1);
    top->addWidget(m_bell);
    top->addWidget(m_lock);
    top->addWidget(m_signOut);
    auto *details = new QHBoxLayout;
    details->setSpacing(16);
    details->addWidget(m_where, 0, Qt::AlignTop);
    details->addWidget(m_accreditation, 0, Qt::AlignTop);
    details->addStretch(1);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addLayout(details);
    layout->addWidget(m_sessionInfo);
    layout->addWidget(m_cacheProblem);
    layout->addWidget(m_notice);
    layout->addWidget(m_ingestDesk);

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
    split->setSizes({560, 640});
    // A narrow window (1024 px, or longer Welsh headings) scrolls rather than cutting a column off.
    m_projects->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_projects->setTextElideMode(Qt::ElideRight);
    // The projects, and beside them the person's clearance requests across those projects.
    m_sections->setObjectName(QStringLiteral("homeSections"));
    m_sections->setAccessibleName(tr("Sections"));
    m_sections->setDocumentMode(true);
    m_sections->addTab(split, tr("Projects"));
    m_sections->addTab(m_submissionsView, tr("My submissions"));
    m_sections->addTab(m_ingestView, tr("Files brought in"));
    m_reviewPage->setVisible(false); // a tab of its own for output checkers only
    m_desk->setVisible(false);       // a tab when one of its panels applies to the person
    auto *destruction = new QHBoxLayout;
    destruction->addWidget(m_destruction, 1);
    destruction->addWidget(m_attest);
    layout->addLayout(destruction);
    layout->addWidget(m_sections, 1);
}

// The projects, the tabs, the cache's problems, lock and sign-out.
void HomePage::connectProjects()
{
    session::Workstation *workstation = m_workstation;
    connect(m_sections, &QTabWidget::currentChanged, this, [this] {
        if (m_sections->currentWidget() == m_submissionsView)
            m_submissionsView->activate();
        if (m_sections->currentWidget() == m_ingestView)
            m_ingestView->activate();
        if (m_sections->currentWidget() == m_reviewPage)
            m_reviewPage->activate();
    });

    connect(m_projects->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HomePage::onProjectChosen);
    connect(m_browser, &session::WorkspaceSync::projectsChanged, this, &HomePage::showProjects);
    // Files brought in: the dialog from the project, the banner's "Show it", uploads that stopped.
    connect(m_view, &ProjectView::bringFilesRequested, m_ingestDesk, &IngestDesk::bringFilesInto);
    connect(m_ingestDesk, &IngestDesk::openRequested, this, [this](const QString &ingestId) {
        m_sections->setCurrentWidget(m_ingestView);
        m_ingestView->selectRequest(ingestId);
    });
    connect(workstation->store(), &session::ClientStore::opened, m_ingestDesk, &IngestDesk::offerUnfinished);
    connect(m_browser, &session::WorkspaceSync::projectsFailed, this, [this](const api::ApiFailure &f) {
        showAlert(m_error, tr("Your projects could not be loaded: %1").arg(session::refusalMessage(f)));
    });
    connect(m_browser, &session::WorkspaceSync::cleared, this, [this] {
        // Locked or signed out: nothing of the projects stays on screen (the choice is kept
        // in m_chosen until sign-out, to come back to it).
        const QString chosen = m_chosen;
        m_projectModel->setProjects({}, {});
        m_view->clear();
        m_chosen = chosen;
    });
    connect(workstation->store(), &session::ClientStore::cacheProblem, this,
            [this](const QString &message) { showAlert(m_cacheProblem, message); });
    // A notice opens where it happened: the person's requests, files brought in, or the desk.
    connect(m_bell, &NotificationButton::openRequested, this, [this](const protocol::NotificationInfo &n) {
        const QString kind = n.kind;
        showSection(kind.startsWith(u"request-"_s)  ? 1
                    : kind.startsWith(u"ingest-"_s) ? 2
                    : hasSection(4)                 ? 4
                                                    : 0);
    });
    connect(m_lock, &QPushButton::clicked, m_session, [session = m_session] {
        session->lock(Session::LockReason::Manual, tr("You locked the workstation."));
    });
    connect(m_signOut, &QPushButton::clicked, m_session, &Session::signOut);
}

// Requests and releases: a returned request opened for its fix, and destruction owed.
void HomePage::connectRequests()
{
    session::Workstation *workstation = m_workstation;
    connect(m_attest, &QPushButton::clicked, this, &HomePage::attestDestruction);
    // Requests that came back: the banner, the count on the tab, an alert and, where the
    // desktop has a tray, a notification.
    session::SubmissionNotices *notices = workstation->submissionNotices();
    connect(m_openNotice, &QPushButton::clicked, this, &HomePage::openNotice);
    connect(notices, &session::SubmissionNotices::unseenChanged, this, &HomePage::showNotices);
    connect(notices, &session::SubmissionNotices::arrived, this,
            [this](const QList<session::SubmissionNotice> &arrived) {
                tellOfArrivals(static_cast<int>(arrived.size()));
            });
    connect(workstation->releases(), &session::Releases::pendingDestructionChanged, this,
            &HomePage::showDestructionOwed);
    connect(workstation->releases(), &session::Releases::destructionFailed, this,
            [this](const QString &, const QString &message) {
                showAlert(m_error, tr("Destruction was not recorded: %1").arg(message));
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
}

void HomePage::showNotices()
{
    const QList<session::SubmissionNotice> &unseen = m_workstation->submissionNotices()->unseen();
    const int n = static_cast<int>(unseen.size());
    const int tab = m_sections->indexOf(m_submissionsView);
    m_sections->setTabText(tab, n > 0 ? tr("My submissions (%n)", nullptr, n) : tr("My submissions"));
    m_sections->setTabToolTip(
        tab, n > 0 ? tr("Requests that came back and are not opened yet: %n", nullptr, n) : QString());
    if (n == 0) {
        m_noticeId.clear();
        m_noticeText->clear();
        m_notice->setVisible(false);
        if (m_tray)
            m_tray->hide(); // nothing to tell (opened, or locked or signed out)
        return;
    }
    const session::SubmissionNotice &latest = unseen.constFirst();
    m_noticeId = latest.submissionId;
    // The title is the researcher's own text: on one line, and not so long it hides the rest.
    QString title = latest.title.simplified();
    if (title.size() > 120)
        title = title.left(119) + QChar(0x2026);
    const QString one = tr("%1 '%2' came back: %3.")
                            .arg(latest.submissionId, title, SubmissionTexts::cameBackAs(latest.state));
    const QString text =
        n == 1 ? one : tr("%n of your requests came back. The latest: %1", nullptr, n).arg(one);
    m_noticeText->setText(text);
    m_notice->setAccessibleName(tr("Requests that came back"));
    m_notice->setAccessibleDescription(text);
    setAccessibleText(m_openNotice, tr("Open request %1").arg(latest.submissionId),
                      tr("Shows My submissions with this request chosen."));
    m_notice->setVisible(true);
}

// Said as it happens: an alert for screen readers and, where the desktop has a tray and the
// window is not in front, a desktop notification (the request's id, title and state only).
void HomePage::tellOfArrivals(int count)
{
    if (!m_notice->isVisible() || count <= 0)
        return;
    showAlert(m_noticeText, m_noticeText->text());
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages() ||
        (window() && window()->isActiveWindow()))
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (QWidget *w = window()) {
                w->raise();
                w->activateWindow();
            }
            openNotice();
        });
    }
    if (m_tray->icon().isNull())
        return; // a tray icon needs a picture; the banner says it all the same
    m_tray->show();
    m_tray->showMessage(count == 1 ? tr("A clearance request came back")
                                   : tr("%n clearance requests came back", nullptr, count),
                        m_noticeText->text(), QSystemTrayIcon::Information);
}

void HomePage::openNotice()
{
    if (m_noticeId.isEmpty())
        return;
    const QString id = m_noticeId;
    m_sections->setCurrentWidget(m_submissionsView);
    if (m_submissionsView->selectSubmission(id))
        m_submissionsView->list()->setFocus(Qt::OtherFocusReason);
    m_workstation->submissionNotices()->markSeen(id);
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
    } else if (!me.user.isSupportStaff() && me.user.hasRole(domain::Role::DataOwner)) {
        m_accreditation->setText(tr("Data owner's account."));
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
    m_desk->reload();
    const int deskTab = m_sections->indexOf(m_desk);
    if (!m_desk->isEmpty() && deskTab < 0)
        m_sections->addTab(m_desk, tr("Service desk"));
    else if (m_desk->isEmpty() && deskTab >= 0)
        m_sections->removeTab(deskTab);
    // Support staff who do no research of their own start where their work is.
    if (checker && !m_session->me().user.hasRole(domain::Role::Researcher))
        m_sections->setCurrentWidget(m_reviewPage);
    // So do a data owner's approvers: their work is in the service desk.
    else if (!checker && !m_desk->isEmpty() && m_session->me().user.hasRole(domain::Role::DataOwner) &&
             !m_session->me().user.hasRole(domain::Role::Researcher))
        m_sections->setCurrentWidget(m_desk);
    m_askedDestruction = false;
    if (isVisible())
        takeFocus(); // the section may have changed under the focus
}

void HomePage::takeFocus()
{
    QWidget *first = m_projects;
    if (m_sections->currentWidget() == m_submissionsView)
        first = m_submissionsView->list();
    else if (m_sections->currentWidget() == m_ingestView)
        first = m_ingestView->list();
    else if (m_sections->currentWidget() == m_reviewPage)
        first = m_reviewPage->focusList();
    else if (m_sections->currentWidget() == m_desk) {
        m_desk->takeFocus();
        return;
    }
    first->setFocus(Qt::OtherFocusReason);
}

QWidget *HomePage::sectionWidget(int index) const
{
    switch (index) {
    case 0:
        return m_sections->widget(0);
    case 1:
        return m_submissionsView;
    case 2:
        return m_ingestView;
    case 3:
        return m_reviewPage;
    case 4:
        return m_desk;
    default:
        return nullptr;
    }
}

bool HomePage::hasSection(int index) const
{
    QWidget *w = sectionWidget(index);
    return w && m_sections->indexOf(w) >= 0;
}

void HomePage::showSection(int index)
{
    if (!hasSection(index))
        return;
    m_sections->setCurrentWidget(sectionWidget(index));
    takeFocus();
}

void HomePage::refreshSection()
{
    if (m_sections->currentWidget() == m_submissionsView)
        m_workstation->submissions()->refresh();
    else if (m_sections->currentWidget() == m_ingestView)
        m_workstation->ingestRequests()->refresh();
    else if (m_sections->currentWidget() == m_reviewPage)
        m_workstation->reviewDesk()->refresh();
    else if (m_sections->currentWidget() == m_desk)
        m_desk->refresh();
    else {
        m_browser->refreshProjects();
        m_browser->syncNow(); // and the workspace shown
    }
}

void HomePage::showDestructionOwed()
{
    const QList<protocol::ReleaseInfo> &owed = m_workstation->releases()->pendingDestruction();
    m_destruction->setVisible(!owed.isEmpty());
    m_attest->setVisible(!owed.isEmpty());
    if (owed.isEmpty())
        return;
    const protocol::ReleaseInfo &first = owed.constFirst();
    m_destruction->setText(owed.size() == 1
                               ? tr("Project %1 has ended. Outputs released to it before "
                                    "publication (release %2, %3) must now be "
                                    "destroyed; as its lead, confirm when every copy is gone.")
                                     .arg(first.projectId, first.id, first.title)
                               : tr("%n release(s) of ended projects you lead must be destroyed; "
                                    "as their lead, confirm each one when "
                                    "every copy is gone.",
                                    nullptr, static_cast<int>(owed.size())));
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
    nameStandardButtons(ask);
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
    m_desk->clear();
    m_destruction->setVisible(false);
    m_attest->setVisible(false);
    m_sections->setCurrentIndex(0);
    showNotices();
}

} // namespace srs::ui
