#include "OwnerRequestsPanel.h"

#include "OwnerModels.h"

#include "session/DataOwnerDesk.h"
#include "session/Workstation.h"
#include "ui/common/PageParts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace srs::ui {

namespace {

QString accreditationText(const protocol::OwnerTeamMember &m)
{
    const QString until =
        m.accreditedUntil.isValid() ? QLocale().toString(m.accreditedUntil, QLocale::ShortFormat) : QString();
    if (m.accreditation == QLatin1StringView("full"))
        return OwnerRequestsPanel::tr("full accreditation until %1").arg(until);
    if (m.accreditation == QLatin1StringView("provisional"))
        return OwnerRequestsPanel::tr("provisional accreditation until %1").arg(until);
    if (m.accreditation == QLatin1StringView("expired"))
        return OwnerRequestsPanel::tr("accreditation expired on %1").arg(until);
    if (m.accreditation == QLatin1StringView("revoked"))
        return OwnerRequestsPanel::tr("accreditation revoked");
    return OwnerRequestsPanel::tr("no accreditation");
}

QString roleText(domain::ProjectRole role)
{
    switch (role) {
    case domain::ProjectRole::Lead:
        return OwnerRequestsPanel::tr("lead");
    case domain::ProjectRole::Supervisor:
        return OwnerRequestsPanel::tr("supervisor");
    case domain::ProjectRole::Member:
        break;
    }
    return OwnerRequestsPanel::tr("member");
}

} // namespace

OwnerRequestsPanel::OwnerRequestsPanel(session::Workstation *workstation, QWidget *parent)
    : DeskPanel(parent), m_desk(new session::DataOwnerDesk(workstation->session(), this)),
      m_model(new OwnerRequestModel(this)), m_table(new QTableView(this)), m_detail(new QPlainTextEdit(this)),
      m_reason(new QPlainTextEdit(this)), m_approve(new QPushButton(tr("&Approve"), this)),
      m_refuse(new QPushButton(tr("Re&fuse"), this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("ownerRequestsPanel"));
    m_table->setObjectName(QStringLiteral("ownerRequestsTableView"));
    m_table->setAccessibleName(tr("Requests for our data"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    shareTableWidth(m_table, {OwnerRequestModel::ProjectColumn, OwnerRequestModel::DatasetColumn});
    m_table->verticalHeader()->hide();

    m_detail->setObjectName(QStringLiteral("ownerRequestDetailPlainTextEdit"));
    m_detail->setAccessibleName(tr("The request in full"));
    m_detail->setReadOnly(true);
    m_detail->setTabChangesFocus(true);
    m_detail->setPlaceholderText(tr("Choose a request to read it in full."));

    auto *reasonLabel = new QLabel(tr("&Reason (needed to refuse; a note when approving):"), this);
    reasonLabel->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("ownerReasonPlainTextEdit"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(72);
    m_approve->setObjectName(QStringLiteral("ownerApprovePushButton"));
    m_refuse->setObjectName(QStringLiteral("ownerRefusePushButton"));
    m_approve->setAccessibleName(tr("Approve this request"));
    m_refuse->setAccessibleName(tr("Refuse this request"));
    m_status->setObjectName(QStringLiteral("ownerRequestStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_refuse);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 2);
    layout->addWidget(m_detail, 3);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_desk, &session::DataOwnerDesk::requestsChanged, this, [this] {
        const QString keep = selectedId();
        m_model->setRequests(m_desk->requests());
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->requestAt(row)->id == keep)
                m_table->selectRow(row);
        }
        showSelected();
    });
    connect(m_desk, &session::DataOwnerDesk::listFailed, this, [this](const QString &message) {
        m_status->setText(tr("The requests could not be read: %1").arg(message));
    });
    connect(m_desk, &session::DataOwnerDesk::decided, this, [this](const protocol::OwnerRequestInfo &r) {
        m_reason->clear();
        m_status->setText(tr("Your answer on %1 (%2) is recorded: %3")
                              .arg(r.projectId, r.dataset.title, OwnerRequestModel::stateText(r)));
    });
    connect(m_desk, &session::DataOwnerDesk::actionFailed, this, [this](const QString &message) {
        m_status->setText(tr("Your answer was not recorded: %1").arg(message));
        showSelected();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { showSelected(); });
    connect(m_approve, &QPushButton::clicked, this, [this] { answer(true); });
    connect(m_refuse, &QPushButton::clicked, this, [this] { answer(false); });
    showSelected();
}

QString OwnerRequestsPanel::title() const
{
    return tr("Requests for our &data");
}

bool OwnerRequestsPanel::appliesTo(const protocol::MeInfo &me) const
{
    return me.user.hasRole(domain::Role::DataOwner);
}

void OwnerRequestsPanel::refresh()
{
    m_desk->refreshRequests();
}

void OwnerRequestsPanel::clear()
{
    m_model->setRequests({});
    m_reason->clear();
    m_status->clear();
    showSelected();
}

QWidget *OwnerRequestsPanel::firstFocus()
{
    return m_table;
}

QString OwnerRequestsPanel::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(OwnerRequestModel::IdRole).toString();
}

void OwnerRequestsPanel::showSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const protocol::OwnerRequestInfo *r =
        rows.isEmpty() ? nullptr : m_model->requestAt(rows.constFirst().row());
    m_detail->setPlainText(r ? describe(*r) : QString());
    const bool open = r && session::DataOwnerDesk::canAnswer(*r);
    m_approve->setEnabled(open);
    m_refuse->setEnabled(open);
    m_reason->setEnabled(open);
}

void OwnerRequestsPanel::answer(bool approve)
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    if (!approve && m_reason->toPlainText().trimmed().isEmpty()) {
        m_status->setText(tr("Say why you refuse: the project lead is told."));
        m_reason->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_approve->setEnabled(false);
    m_refuse->setEnabled(false);
    m_status->setText(approve ? tr("Sending your approval…") : tr("Sending your refusal…"));
    m_desk->decide(id, approve, m_reason->toPlainText());
}

QString OwnerRequestsPanel::describe(const protocol::OwnerRequestInfo &r)
{
    const QLocale locale;
    QStringList lines;
    lines << tr("Project %1: %2").arg(r.projectId, r.projectTitle);
    lines << tr("Purpose: %1").arg(r.purpose.isEmpty() ? tr("not given") : r.purpose);
    lines << tr("Lead: %1, %2")
                 .arg(r.leadName,
                      r.leadOrganisation.isEmpty() ? tr("organisation not given") : r.leadOrganisation);
    lines << tr("Runs from %1 to %2")
                 .arg(locale.toString(r.startDate, QLocale::ShortFormat),
                      locale.toString(r.endDate, QLocale::ShortFormat));
    lines << tr("Dataset asked for: %1 (%2)").arg(r.dataset.title, r.dataset.id);
    if (!r.otherDatasets.isEmpty()) {
        QStringList others;
        for (const domain::Dataset &d : r.otherDatasets)
            others << tr("%1 (%2, owned by %3)").arg(d.title, d.id, d.owner);
        lines << tr("The project's other datasets: %1").arg(others.join(QStringLiteral("; ")));
    }
    lines << QString() << tr("Team:");
    for (const protocol::OwnerTeamMember &m : r.team)
        lines << tr("  %1 (%2): %3").arg(m.displayName, roleText(m.role), accreditationText(m));
    lines << QString() << tr("Approvals needed: %1").arg(r.approvalsNeeded);
    for (const protocol::OwnerVoteInfo &v : r.votes) {
        const QString said = v.reason.isEmpty() ? QString() : tr(": %1").arg(v.reason);
        lines << (v.approve ? tr("  Approved by %1%2").arg(v.approver, said)
                            : tr("  Refused by %1%2").arg(v.approver, said));
    }
    lines << tr("State: %1").arg(OwnerRequestModel::stateText(r));
    return lines.join(u'\n');
}

} // namespace srs::ui
