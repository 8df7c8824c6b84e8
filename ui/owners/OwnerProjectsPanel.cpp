#include "OwnerProjectsPanel.h"

#include "OwnerModels.h"

#include "session/DataOwnerDesk.h"
#include "session/Workstation.h"
#include "ui/common/PageParts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace srs::ui {

OwnerProjectsPanel::OwnerProjectsPanel(session::Workstation *workstation, QWidget *parent)
    : DeskPanel(parent), m_desk(new session::DataOwnerDesk(workstation->session(), this)),
      m_model(new OwnerProjectModel(this)), m_table(new QTableView(this)), m_detail(new QLabel(this)),
      m_reason(new QPlainTextEdit(this)), m_withdraw(new QPushButton(tr("&Withdraw approval"), this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("ownerProjectsPanel"));
    m_table->setObjectName(QStringLiteral("ownerProjectsTableView"));
    m_table->setAccessibleName(tr("Projects using our data"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    shareTableWidth(m_table, {OwnerProjectModel::ProjectColumn, OwnerProjectModel::DatasetColumn});
    m_table->verticalHeader()->hide();

    m_detail->setObjectName(QStringLiteral("ownerProjectDetailLabel"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *reasonLabel = new QLabel(tr("&Why you withdraw the approval (the project lead is told):"), this);
    reasonLabel->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("ownerWithdrawReasonPlainTextEdit"));
    m_reason->setAccessibleName(tr("Reason for withdrawing"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(72);
    m_withdraw->setObjectName(QStringLiteral("ownerWithdrawPushButton"));
    m_withdraw->setAccessibleName(tr("Withdraw the approval of this project's use of the dataset"));
    m_status->setObjectName(QStringLiteral("ownerProjectStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_withdraw);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_desk, &session::DataOwnerDesk::projectsChanged, this, [this] {
        const protocol::OwnerProjectInfo *was = selected();
        const QString keep = was ? was->approvalId : QString();
        m_model->setProjects(m_desk->projects());
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->projectAt(row)->approvalId == keep)
                m_table->selectRow(row);
        }
        showSelected();
    });
    connect(m_desk, &session::DataOwnerDesk::listFailed, this, [this](const QString &message) {
        m_status->setText(tr("The projects could not be read: %1").arg(message));
    });
    connect(m_desk, &session::DataOwnerDesk::withdrawn, this, [this](const protocol::OwnerProjectInfo &p) {
        m_reason->clear();
        m_status->setText(tr("The approval of %1 using %2 is withdrawn; the project lead is told why.")
                              .arg(p.projectId, p.dataset.title));
    });
    connect(m_desk, &session::DataOwnerDesk::actionFailed, this, [this](const QString &message) {
        m_status->setText(tr("The approval was not withdrawn: %1").arg(message));
        showSelected();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { showSelected(); });
    connect(m_withdraw, &QPushButton::clicked, this, [this] { withdraw(); });
    showSelected();
}

QString OwnerProjectsPanel::title() const
{
    return tr("&Projects using our data");
}

bool OwnerProjectsPanel::appliesTo(const protocol::MeInfo &me) const
{
    return me.user.hasRole(domain::Role::DataOwner);
}

void OwnerProjectsPanel::refresh()
{
    m_desk->refreshProjects();
}

void OwnerProjectsPanel::clear()
{
    m_model->setProjects({});
    m_reason->clear();
    m_status->clear();
    showSelected();
}

QWidget *OwnerProjectsPanel::firstFocus()
{
    return m_table;
}

const protocol::OwnerProjectInfo *OwnerProjectsPanel::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->projectAt(rows.constFirst().row());
}

void OwnerProjectsPanel::showSelected()
{
    const protocol::OwnerProjectInfo *p = selected();
    if (!p)
        m_detail->setText(tr("Choose a project to see why it uses the data."));
    else if (p->state == domain::ApprovalState::Withdrawn)
        m_detail->setText(
            tr("%1 (%2). Approval withdrawn: %3").arg(p->projectTitle, p->purpose, p->withdrawalReason));
    else
        m_detail->setText(tr("%1. Purpose: %2. Lead organisation: %3.")
                              .arg(p->projectTitle, p->purpose, p->leadOrganisation));
    const bool inForce = p && p->state == domain::ApprovalState::Approved;
    m_withdraw->setEnabled(inForce);
    m_reason->setEnabled(inForce);
}

void OwnerProjectsPanel::withdraw()
{
    const protocol::OwnerProjectInfo *p = selected();
    if (!p)
        return;
    if (m_reason->toPlainText().trimmed().isEmpty()) {
        m_status->setText(tr("Say why you withdraw the approval: the project lead is told."));
        m_reason->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_withdraw->setEnabled(false);
    m_status->setText(tr("Withdrawing the approval…"));
    m_desk->withdraw(p->projectId, p->dataset.id, m_reason->toPlainText());
}

} // namespace srs::ui
