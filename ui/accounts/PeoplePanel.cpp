#include "PeoplePanel.h"

#include "AddPersonDialog.h"
#include "PeopleFilter.h"
#include "PeopleModel.h"
#include "PersonDetail.h"
#include "SecretsDialog.h"

#include "domain/AccountRules.h"
#include "session/Accounts.h"
#include "session/Clock.h"
#include "session/RefusalTexts.h"
#include "session/Session.h"
#include "session/Workstation.h"
#include "ui/common/Accessibility.h"
#include "ui/common/PageParts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

PeoplePanel::PeoplePanel(session::Workstation *workstation, QWidget *parent)
    : DeskPanel(parent), m_workstation(workstation),
      m_accounts(new session::Accounts(workstation->session(), this)), m_model(new PeopleModel(this)),
      m_filter(new PeopleFilter(this)), m_search(new QLineEdit(this)), m_table(new QTableView(this)),
      m_status(paragraph(this, "peopleStatusLabel")), m_add(new QPushButton(tr("Add a perso&n…"), this)),
      m_refresh(new QPushButton(tr("Refresh"), this)), m_detail(new PersonDetail(m_accounts, this))
{
    setObjectName(u"peoplePanel"_s);
    m_filter->setSourceModel(m_model);
    m_search->setObjectName(u"peopleSearchEdit"_s);
    m_search->setPlaceholderText(tr("Name, username, role…"));
    m_search->setClearButtonEnabled(true);
    m_table->setObjectName(u"peopleTable"_s);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PeopleModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    setAccessibleText(m_table, tr("People"));
    m_add->setObjectName(u"addPersonButton"_s);
    m_refresh->setObjectName(u"refreshPeopleButton"_s);

    auto *left = new QWidget(this);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(fieldLabel(tr("Searc&h:"), m_search, left));
    searchRow->addWidget(m_search, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_add);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(searchRow);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addLayout(buttons);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"personDetailScroll"_s);
    scroll->setWidget(m_detail);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(splitter);

    // Nothing stays on screen once the workstation locks or the person signs out.
    connect(workstation->session(), &session::Session::locked, this, &PeoplePanel::closeDialogs);
    connect(workstation->session(), &session::Session::signedOut, this, &PeoplePanel::closeDialogs);
    connect(m_search, &QLineEdit::textChanged, m_filter, &PeopleFilter::setSearchText);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PeoplePanel::showChosen);
    connect(m_add, &QPushButton::clicked, this, &PeoplePanel::addPerson);
    connect(m_refresh, &QPushButton::clicked, this, &PeoplePanel::refresh);
    connect(m_accounts, &session::Accounts::directoryChanged, this, &PeoplePanel::showDirectory);
    connect(m_accounts, &session::Accounts::directoryFailed, this, [this](const api::ApiFailure &f) {
        showAlert(m_status, tr("The list of people could not be loaded: %1").arg(session::refusalMessage(f)));
    });
    connect(m_accounts, &session::Accounts::personChanged, this,
            [this](const protocol::AccountSummary &person) {
                if (person.user.id == m_detail->userId() || m_detail->userId().isEmpty())
                    m_detail->showPerson(person, m_accounts->directory(), m_workstation->session()->me().user,
                                         today());
                showAlert(m_status, {});
            });
    connect(m_accounts, &session::Accounts::personCreated, this,
            [this](const protocol::AccountSummary &person) {
                const int row = m_model->rowOf(person.user.id);
                if (row >= 0)
                    m_table->setCurrentIndex(m_filter->mapFromSource(m_model->index(row, 0)));
            });
    connect(m_accounts, &session::Accounts::actionFailed, this,
            [this](const QString &message) { showAlert(m_status, message); });
    connect(m_accounts, &session::Accounts::secretsIssued, this,
            [this](std::shared_ptr<const session::IssuedSecrets> secrets) {
                auto *dialog = new SecretsDialog(std::move(secrets), this);
                dialog->open();
            });
    connect(m_accounts, &session::Accounts::deviceRevoked, this,
            [this](const protocol::DeviceRevocationInfo &info) {
                showAlert(
                    m_status,
                    info.changed
                        ? tr("Revoked the device certificate with serial %1: %n session(s) ended.", nullptr,
                             info.sessionsEnded)
                              .arg(info.serial)
                        : tr("The device certificate with serial %1 was already revoked.").arg(info.serial));
                if (!m_detail->userId().isEmpty())
                    m_accounts->open(m_detail->userId());
            });
}

QString PeoplePanel::title() const
{
    return tr("&People");
}

bool PeoplePanel::appliesTo(const protocol::MeInfo &me) const
{
    return domain::AccountRules::canManageAccounts(me.user);
}

QDate PeoplePanel::today() const
{
    return m_workstation->clock().now().toLocalTime().date();
}

void PeoplePanel::refresh()
{
    m_accounts->refresh();
}

void PeoplePanel::closeDialogs()
{
    for (SecretsDialog *dialog : findChildren<SecretsDialog *>())
        dialog->reject();
    for (AddPersonDialog *dialog : findChildren<AddPersonDialog *>())
        dialog->reject();
}

void PeoplePanel::clear()
{
    closeDialogs();
    m_model->setPeople({}, {});
    m_detail->clear();
    showAlert(m_status, {});
}

QWidget *PeoplePanel::firstFocus()
{
    return m_search;
}

void PeoplePanel::showDirectory()
{
    const QString chosen = m_detail->userId();
    m_model->setPeople(m_accounts->directory().people, today());
    if (m_model->rowCount() == 0) {
        m_detail->clear();
        return;
    }
    const int row = m_model->rowOf(chosen);
    if (row >= 0)
        m_table->setCurrentIndex(m_filter->mapFromSource(m_model->index(row, 0)));
    else if (!m_accounts->fromServer())
        m_detail->clear();
}

void PeoplePanel::showChosen()
{
    const QString id = m_table->currentIndex().data(PeopleModel::UserIdRole).toString();
    if (id.isEmpty() || id == m_detail->userId())
        return;
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_detail->showPerson(m_model->people().at(row), m_accounts->directory(),
                         m_workstation->session()->me().user, today());
    m_accounts->open(id); // with the devices they have sessions on
}

void PeoplePanel::addPerson()
{
    auto *dialog = new AddPersonDialog(m_accounts->directory().roles, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_accounts->create(dialog->request()); });
    dialog->open();
}

} // namespace srs::ui
