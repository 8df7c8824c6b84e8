#include "ProjectDatesPanel.h"

#include "LifecycleDialogs.h"
#include "LifecycleModels.h"

#include "ui/common/PageParts.h"

#include "domain/ProjectLifecycle.h"
#include "session/LifecycleDesk.h"
#include "session/Session.h"
#include "session/WorkspaceSync.h"
#include "session/Workstation.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace srs::ui {

ProjectDatesPanel::ProjectDatesPanel(session::Workstation *workstation, QWidget *parent)
    : DeskPanel(parent), m_desk(workstation->lifecycle()), m_model(new MemberProjectsModel(this))
{
    setObjectName(QStringLiteral("projectDatesPanel"));
    setAccessibleName(tr("Project dates"));
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("endWarningsLabel"));
    m_warnings->setWordWrap(true);
    m_warnings->setAccessibleName(tr("End-date warnings"));
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setVisible(false);
    auto *listLabel = new QLabel(tr("Your &projects:"), this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("projectDatesView"));
    m_view->setAccessibleName(tr("Your projects and their end dates"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    shareTableWidth(m_view, {MemberProjectsModel::ProjectColumn, MemberProjectsModel::ExtensionColumn});
    listLabel->setBuddy(m_view);
    m_history = new QLabel(this);
    m_history->setObjectName(QStringLiteral("extensionHistoryLabel"));
    m_history->setWordWrap(true);
    m_history->setTextFormat(Qt::PlainText);
    m_history->setAccessibleName(tr("Last decision on an extension"));
    m_ask = new QPushButton(tr("Ask for an &extension…"), this);
    m_ask->setObjectName(QStringLiteral("askExtensionButton"));
    m_complete = new QPushButton(tr("Report the project &complete…"), this);
    m_complete->setObjectName(QStringLiteral("reportCompleteButton"));
    m_decisions = new QPushButton(tr("Show past &decisions"), this);
    m_decisions->setObjectName(QStringLiteral("showDecisionsButton"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("projectDatesStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Project dates status"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_ask);
    buttons->addWidget(m_complete);
    buttons->addWidget(m_decisions);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_warnings);
    layout->addWidget(listLabel);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_history);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_ask, &QPushButton::clicked, this, &ProjectDatesPanel::askForExtension);
    connect(m_complete, &QPushButton::clicked, this, &ProjectDatesPanel::reportCompletion);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_history->clear();
        updateButtons();
    });
    connect(m_decisions, &QPushButton::clicked, this, &ProjectDatesPanel::showDecisions);
    connect(m_desk->projectList(), &session::WorkspaceSync::projectsChanged, this,
            &ProjectDatesPanel::showProjects);
    connect(m_desk, &session::LifecycleDesk::busyChanged, this, &ProjectDatesPanel::updateButtons);
    connect(m_desk, &session::LifecycleDesk::cleared, this, &ProjectDatesPanel::clear);
    connect(m_desk, &session::LifecycleDesk::extensionAsked, this,
            [this](const protocol::ExtensionRequestInfo &x) {
                m_status->setText(
                    tr("Your request to extend %1 to %2 was sent. Research support will decide it.")
                        .arg(x.projectId, lifecycleDay(x.newEndDate)));
            });
    connect(m_desk, &session::LifecycleDesk::completionReported, this,
            [this](const protocol::DeskProjectInfo &p) {
                m_status->setText(
                    tr("Project %1 is now completed and its workspace is closed.").arg(p.project.id));
            });
    connect(m_desk, &session::LifecycleDesk::actionFailed, this,
            [this](const QString &message, const QString &) { m_status->setText(message); });
    connect(m_desk, &session::LifecycleDesk::extensionsLoaded, this,
            [this](const QString &projectId, const QList<protocol::ExtensionRequestInfo> &requests) {
                if (projectId != currentProjectId())
                    return;
                for (const protocol::ExtensionRequestInfo &x : requests) {
                    if (x.state == domain::ExtensionState::Pending)
                        continue;
                    m_history->setText(
                        x.state == domain::ExtensionState::Approved
                            ? tr("Last extension, to %1, was approved by %2: %3")
                                  .arg(lifecycleDay(x.newEndDate), x.decidedByName, x.decisionReason)
                            : tr("Last extension, to %1, was refused by %2: %3")
                                  .arg(lifecycleDay(x.newEndDate), x.decidedByName, x.decisionReason));
                    return;
                }
                m_history->setText(tr("No extension has been decided for this project."));
            });
    updateButtons();
}

ProjectDatesPanel::~ProjectDatesPanel() = default;

QString ProjectDatesPanel::title() const
{
    return tr("Project &dates");
}

bool ProjectDatesPanel::appliesTo(const protocol::MeInfo &me) const
{
    return me.user.hasRole(domain::Role::Researcher);
}

void ProjectDatesPanel::refresh()
{
    showProjects();
    m_desk->refreshProjects();
}

void ProjectDatesPanel::clear()
{
    m_model->setProjects({}, {});
    m_warnings->clear();
    m_warnings->setVisible(false);
    m_history->clear();
    m_status->clear();
    if (m_extensionDialog)
        m_extensionDialog->reject();
    if (m_completionDialog)
        m_completionDialog->reject();
    updateButtons();
}

QWidget *ProjectDatesPanel::firstFocus()
{
    return m_view;
}

QString ProjectDatesPanel::currentProjectId() const
{
    const protocol::ProjectInfo *p = m_model->project(m_view->currentIndex().row());
    return p ? p->project.id : QString();
}

void ProjectDatesPanel::showProjects()
{
    const QString chosen = currentProjectId();
    const QDate today = m_desk->today();
    const QList<protocol::ProjectInfo> projects = m_desk->memberProjects();
    m_model->setProjects(projects, today);
    QStringList warnings;
    for (const protocol::ProjectInfo &p : projects) {
        if (p.endWarningDays > 0)
            warnings.append(endWarningText(p, today));
    }
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->project(row)->project.id == chosen || (chosen.isEmpty() && row == 0)) {
            m_view->setCurrentIndex(m_model->index(row, 0));
            break;
        }
    }
    updateButtons();
}

void ProjectDatesPanel::showDecisions()
{
    if (const QString id = currentProjectId(); !id.isEmpty()) {
        m_history->setText(tr("Asking for the decisions on %1…").arg(id));
        m_desk->loadExtensions(id);
    }
}

void ProjectDatesPanel::updateButtons()
{
    const protocol::ProjectInfo *p = m_model->project(m_view->currentIndex().row());
    const bool lead = p && p->myRole == domain::ProjectRole::Lead;
    const bool busy = m_desk->isBusy();
    m_ask->setEnabled(lead && !busy && p->project.status != domain::ProjectStatus::Completed &&
                      !p->openExtension);
    m_complete->setEnabled(lead && !busy && p->project.status == domain::ProjectStatus::Active);
    m_decisions->setEnabled(p != nullptr);
    if (p && !lead)
        m_ask->setToolTip(
            tr("Only the project's lead can ask for an extension or report the project complete."));
    else if (p && p->openExtension)
        m_ask->setToolTip(tr("An extension request is already waiting for a decision."));
    else
        m_ask->setToolTip({});
}

void ProjectDatesPanel::askForExtension()
{
    const protocol::ProjectInfo *p = m_model->project(m_view->currentIndex().row());
    if (!p || !m_ask->isEnabled())
        return;
    const QString projectId = p->project.id;
    auto *dialog = new ExtensionDialog(projectId, p->project.effectiveEndDate(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_extensionDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, projectId] {
        m_status->setText(tr("Sending your request…"));
        m_desk->askExtension(projectId, dialog->newEndDate(), dialog->reason());
    });
    dialog->open();
}

void ProjectDatesPanel::reportCompletion()
{
    const protocol::ProjectInfo *p = m_model->project(m_view->currentIndex().row());
    if (!p || !m_complete->isEnabled())
        return;
    const QString projectId = p->project.id;
    auto *dialog = new CompletionDialog(projectId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_completionDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, projectId] {
        m_status->setText(tr("Reporting project %1 complete…").arg(projectId));
        m_desk->reportCompletion(projectId, dialog->publications());
    });
    dialog->open();
}

} // namespace srs::ui
