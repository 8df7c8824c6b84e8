#include "ProjectRequestsPanel.h"

#include "LifecycleModels.h"

#include "session/LifecycleDesk.h"
#include "session/Workstation.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace srs::ui {

namespace {

QTableView *tableFor(QAbstractItemModel *model, const QString &objectName, const QString &accessibleName,
                     QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

ProjectRequestsPanel::ProjectRequestsPanel(session::Workstation *workstation, QWidget *parent)
    : DeskPanel(parent), m_desk(workstation->lifecycle()), m_requests(new ExtensionRequestsModel(this)),
      m_projects(new DeskProjectsModel(this))
{
    setObjectName(QStringLiteral("projectRequestsPanel"));
    setAccessibleName(tr("Project requests"));
    auto *requestsLabel = new QLabel(tr("E&xtension requests waiting for a decision:"), this);
    m_requestsView = tableFor(m_requests, QStringLiteral("extensionRequestsView"),
                              tr("Extension requests waiting for a decision"), this);
    requestsLabel->setBuddy(m_requestsView);
    m_approve = new QPushButton(tr("&Approve…"), this);
    m_approve->setObjectName(QStringLiteral("approveExtensionButton"));
    m_refuse = new QPushButton(tr("Re&fuse…"), this);
    m_refuse->setObjectName(QStringLiteral("refuseExtensionButton"));
    auto *projectsLabel = new QLabel(tr("All pro&jects:"), this);
    m_projectsView = tableFor(m_projects, QStringLiteral("deskProjectsView"), tr("All projects"), this);
    projectsLabel->setBuddy(m_projectsView);
    m_suspend = new QPushButton(tr("&Suspend…"), this);
    m_suspend->setObjectName(QStringLiteral("suspendProjectButton"));
    m_reopen = new QPushButton(tr("Re&open…"), this);
    m_reopen->setObjectName(QStringLiteral("reopenProjectButton"));
    m_refresh = new QPushButton(tr("&Update lists"), this);
    m_refresh->setObjectName(QStringLiteral("refreshProjectRequestsButton"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("projectRequestsStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Project requests status"));

    auto *decisionButtons = new QHBoxLayout;
    decisionButtons->addWidget(m_approve);
    decisionButtons->addWidget(m_refuse);
    decisionButtons->addStretch();
    auto *statusButtons = new QHBoxLayout;
    statusButtons->addWidget(m_suspend);
    statusButtons->addWidget(m_reopen);
    statusButtons->addStretch();
    statusButtons->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(requestsLabel);
    layout->addWidget(m_requestsView, 1);
    layout->addLayout(decisionButtons);
    layout->addWidget(projectsLabel);
    layout->addWidget(m_projectsView, 1);
    layout->addLayout(statusButtons);
    layout->addWidget(m_status);

    connect(m_approve, &QPushButton::clicked, this, [this] { decideChosen(true); });
    connect(m_refuse, &QPushButton::clicked, this, [this] { decideChosen(false); });
    connect(m_suspend, &QPushButton::clicked, this, [this] { changeChosen(true); });
    connect(m_reopen, &QPushButton::clicked, this, [this] { changeChosen(false); });
    connect(m_refresh, &QPushButton::clicked, this, &ProjectRequestsPanel::refresh);
    connect(m_requestsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProjectRequestsPanel::updateButtons);
    connect(m_projectsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProjectRequestsPanel::updateButtons);
    connect(m_desk, &session::LifecycleDesk::deskChanged, this, &ProjectRequestsPanel::showDesk);
    connect(m_desk, &session::LifecycleDesk::busyChanged, this, &ProjectRequestsPanel::updateButtons);
    connect(m_desk, &session::LifecycleDesk::cleared, this, &ProjectRequestsPanel::clear);
    connect(m_desk, &session::LifecycleDesk::deskFailed, m_status, &QLabel::setText);
    connect(m_desk, &session::LifecycleDesk::actionFailed, this,
            [this](const QString &message, const QString &) { m_status->setText(message); });
    connect(m_desk, &session::LifecycleDesk::extensionDecided, this,
            [this](const protocol::ExtensionRequestInfo &x) {
                m_status->setText(x.state == domain::ExtensionState::Approved
                                      ? tr("The extension of %1 to %2 was approved.")
                                            .arg(x.projectId, lifecycleDay(x.newEndDate))
                                      : tr("The extension of %1 was refused.").arg(x.projectId));
            });
    connect(
        m_desk, &session::LifecycleDesk::projectStatusChanged, this,
        [this](const protocol::DeskProjectInfo &p) {
            m_status->setText(
                tr("Project %1 is now %2.").arg(p.project.id, projectStatusText(p.project.status).toLower()));
        });
    updateButtons();
}

ProjectRequestsPanel::~ProjectRequestsPanel() = default;

QString ProjectRequestsPanel::title() const
{
    return tr("Project &requests");
}

bool ProjectRequestsPanel::appliesTo(const protocol::MeInfo &me) const
{
    return me.user.hasRole(domain::Role::Administrator);
}

void ProjectRequestsPanel::refresh()
{
    m_desk->refreshDesk();
}

void ProjectRequestsPanel::clear()
{
    m_requests->setRequests({});
    m_projects->setProjects({});
    m_status->clear();
    if (m_dialog)
        m_dialog->reject();
    updateButtons();
}

QWidget *ProjectRequestsPanel::firstFocus()
{
    return m_requestsView;
}

void ProjectRequestsPanel::showDesk()
{
    m_requests->setRequests(m_desk->pendingExtensions());
    m_projects->setProjects(m_desk->deskProjects());
    if (m_requests->rowCount() > 0)
        m_requestsView->setCurrentIndex(m_requests->index(0, 0));
    if (m_projects->rowCount() > 0)
        m_projectsView->setCurrentIndex(m_projects->index(0, 0));
    updateButtons();
}

void ProjectRequestsPanel::updateButtons()
{
    const bool busy = m_desk->isBusy();
    const bool request = m_requests->request(m_requestsView->currentIndex().row()) != nullptr;
    m_approve->setEnabled(request && !busy);
    m_refuse->setEnabled(request && !busy);
    const protocol::DeskProjectInfo *p = m_projects->project(m_projectsView->currentIndex().row());
    m_suspend->setEnabled(p && !busy && p->project.status == domain::ProjectStatus::Active);
    m_reopen->setEnabled(p && !busy && p->project.status == domain::ProjectStatus::Suspended);
}

void ProjectRequestsPanel::askReason(const QString &title, const QString &prompt, const QString &action,
                                     const std::function<void(const QString &)> &send)
{
    auto *dialog = new ReasonDialog(title, prompt, action, ReasonDialog::Reason::Required, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [dialog, send] { send(dialog->reason()); });
    dialog->open();
}

void ProjectRequestsPanel::decideChosen(bool approve)
{
    const protocol::ExtensionRequestInfo *x = m_requests->request(m_requestsView->currentIndex().row());
    if (!x || m_desk->isBusy())
        return;
    const QString id = x->id;
    const QString prompt =
        approve
            ? tr("Approve extending %1 to %2? Give the reason; the project's lead will see it.")
                  .arg(x->projectId, lifecycleDay(x->newEndDate))
            : tr("Refuse extending %1? Give the reason; the project's lead will see it.").arg(x->projectId);
    askReason(approve ? tr("Approve extension") : tr("Refuse extension"), prompt,
              approve ? tr("&Approve") : tr("Re&fuse"),
              [this, id, approve](const QString &reason) { m_desk->decide(id, approve, reason); });
}

void ProjectRequestsPanel::changeChosen(bool suspend)
{
    const protocol::DeskProjectInfo *p = m_projects->project(m_projectsView->currentIndex().row());
    if (!p || m_desk->isBusy())
        return;
    const QString id = p->project.id;
    const QString prompt = suspend
                               ? tr("Suspend project %1? Its workspace closes for its members until it is "
                                    "reopened. Give the reason.")
                                     .arg(id)
                               : tr("Reopen project %1? Give the reason.").arg(id);
    askReason(suspend ? tr("Suspend project") : tr("Reopen project"), prompt,
              suspend ? tr("&Suspend") : tr("Re&open"), [this, id, suspend](const QString &reason) {
                  if (suspend)
                      m_desk->suspend(id, reason);
                  else
                      m_desk->reopen(id, reason);
              });
}

} // namespace srs::ui
