#include "PersonDetail.h"

#include "PeopleModel.h"
#include "ReasonDialog.h"

#include "domain/AccountRules.h"
#include "session/Accounts.h"
#include "ui/common/Accessibility.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

using Reason = ReasonDialog::Reason;

namespace {

QPushButton *button(const QString &text, const char *objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1StringView(objectName));
    return b;
}

QListWidget *list(const char *objectName, const QString &name, QWidget *parent)
{
    auto *l = new QListWidget(parent);
    l->setObjectName(QLatin1StringView(objectName));
    l->setMaximumHeight(110);
    setAccessibleText(l, name);
    return l;
}

} // namespace

PersonDetail::PersonDetail(session::Accounts *accounts, QWidget *parent)
    : QWidget(parent), m_accounts(accounts), m_title(new QLabel(this)), m_summary(new QLabel(this)),
      m_roleBox(new QGroupBox(tr("Roles"), this)),
      m_saveRoles(button(tr("Save &roles"), "saveRolesButton", this)), m_accreditation(new QLabel(this)),
      m_kind(new QComboBox(this)), m_from(new QDateEdit(this)),
      m_record(button(tr("Record &accreditation"), "recordAccreditationButton", this)),
      m_revokeAccreditation(button(tr("Re&voke accreditation…"), "revokeAccreditationButton", this)),
      m_projects(list("personProjectsList", tr("Projects the person is on"), this)),
      m_projectChoice(new QComboBox(this)), m_projectRole(new QComboBox(this)),
      m_putOn(button(tr("P&ut on project"), "putOnProjectButton", this)),
      m_takeOff(button(tr("&Take off project…"), "takeOffProjectButton", this)),
      m_disable(button(tr("&Disable account…"), "disableButton", this)),
      m_endSessions(button(tr("End all &sessions…"), "endSessionsButton", this)),
      m_resetTotp(button(tr("New authenticator se&cret…"), "resetTotpButton", this)),
      m_devices(list("personDevicesList", tr("Devices the person has a session on"), this)),
      m_revokeDevice(button(tr("Revoke this dev&ice…"), "revokeDeviceButton", this))
{
    setObjectName(u"personDetail"_s);
    m_title->setObjectName(u"personTitleLabel"_s);
    m_title->setTextFormat(Qt::PlainText);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    m_summary->setObjectName(u"personSummaryLabel"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_accreditation->setObjectName(u"personAccreditationLabel"_s);
    m_accreditation->setTextFormat(Qt::PlainText);

    new QVBoxLayout(m_roleBox);
    auto *roleRow = new QHBoxLayout;
    roleRow->addStretch(1);
    roleRow->addWidget(m_saveRoles);

    auto *accreditationBox = new QGroupBox(tr("Accreditation"), this);
    m_kind->setObjectName(u"accreditationKindCombo"_s);
    m_kind->addItem(tr("Full (five years)"), u"full"_s);
    m_kind->addItem(tr("Provisional (one year)"), u"provisional"_s);
    m_from->setObjectName(u"accreditationFromEdit"_s);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(u"yyyy-MM-dd"_s);
    auto *accreditationForm = new QFormLayout(accreditationBox);
    accreditationForm->addRow(m_accreditation);
    accreditationForm->addRow(fieldLabel(tr("&Kind:"), m_kind, this), m_kind);
    accreditationForm->addRow(fieldLabel(tr("Valid &from:"), m_from, this), m_from);
    auto *accreditationButtons = new QHBoxLayout;
    accreditationButtons->addWidget(m_record);
    accreditationButtons->addWidget(m_revokeAccreditation);
    accreditationForm->addRow(accreditationButtons);

    auto *projectBox = new QGroupBox(tr("Projects"), this);
    m_projectChoice->setObjectName(u"projectChoiceCombo"_s);
    m_projectRole->setObjectName(u"projectRoleCombo"_s);
    for (const QString &role : {u"member"_s, u"supervisor"_s, u"lead"_s})
        m_projectRole->addItem(PeopleModel::projectRoleText(role), role);
    auto *projectForm = new QFormLayout(projectBox);
    projectForm->addRow(m_projects);
    projectForm->addRow(fieldLabel(tr("Pro&ject:"), m_projectChoice, this), m_projectChoice);
    projectForm->addRow(fieldLabel(tr("R&ole on it:"), m_projectRole, this), m_projectRole);
    auto *projectButtons = new QHBoxLayout;
    projectButtons->addWidget(m_putOn);
    projectButtons->addWidget(m_takeOff);
    projectForm->addRow(projectButtons);

    auto *accessBox = new QGroupBox(tr("Access"), this);
    auto *accessLayout = new QVBoxLayout(accessBox);
    auto *accessButtons = new QHBoxLayout;
    accessButtons->addWidget(m_disable);
    accessButtons->addWidget(m_endSessions);
    accessButtons->addWidget(m_resetTotp);
    accessButtons->addStretch(1);
    accessLayout->addLayout(accessButtons);
    accessLayout->addWidget(new QLabel(tr("Devices with a session now:"), accessBox));
    accessLayout->addWidget(m_devices);
    auto *deviceRow = new QHBoxLayout;
    deviceRow->addStretch(1);
    deviceRow->addWidget(m_revokeDevice);
    accessLayout->addLayout(deviceRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_roleBox);
    layout->addLayout(roleRow);
    layout->addWidget(accreditationBox);
    layout->addWidget(projectBox);
    layout->addWidget(accessBox);
    layout->addStretch(1);

    connect(m_saveRoles, &QPushButton::clicked, this, &PersonDetail::saveRoles);
    connect(m_record, &QPushButton::clicked, this, &PersonDetail::recordAccreditation);
    connect(m_revokeAccreditation, &QPushButton::clicked, this, &PersonDetail::revokeAccreditation);
    connect(m_putOn, &QPushButton::clicked, this, &PersonDetail::putOnProject);
    connect(m_takeOff, &QPushButton::clicked, this, &PersonDetail::takeOffProject);
    connect(m_disable, &QPushButton::clicked, this, &PersonDetail::disableOrEnable);
    connect(m_endSessions, &QPushButton::clicked, this, &PersonDetail::endSessions);
    connect(m_resetTotp, &QPushButton::clicked, this, &PersonDetail::resetTotp);
    connect(m_revokeDevice, &QPushButton::clicked, this, &PersonDetail::revokeDevice);
    connect(m_projects, &QListWidget::currentRowChanged, this, &PersonDetail::updateButtons);
    connect(m_devices, &QListWidget::currentRowChanged, this, &PersonDetail::updateButtons);
    clear();
}

QString PersonDetail::who() const
{
    return m_person.user.displayName.isEmpty() ? m_person.user.username : m_person.user.displayName;
}

void PersonDetail::buildRoleBoxes(const QStringList &roles)
{
    if (roles == m_roleWords)
        return;
    qDeleteAll(m_roles);
    m_roles.clear();
    m_roleWords = roles;
    for (const QString &word : roles) {
        auto *box = new QCheckBox(PeopleModel::roleText(word), m_roleBox);
        box->setObjectName(u"role_"_s + word);
        box->setProperty("role", word);
        m_roleBox->layout()->addWidget(box);
        m_roles.append(box);
    }
}

void PersonDetail::showPerson(const protocol::AccountSummary &person,
                              const protocol::AccountDirectory &directory, const domain::User &me,
                              QDate today)
{
    const bool samePerson = person.user.id == m_person.user.id;
    m_person = person;
    m_me = me;
    setEnabled(true);
    m_title->setText(who());
    QStringList facts{person.user.username};
    if (!person.user.email.isEmpty())
        facts.append(person.user.email);
    if (person.user.disabled)
        facts.append(tr("account disabled"));
    else if (person.lockedUntil.isValid())
        facts.append(tr("locked after failed sign-ins until %1")
                         .arg(QLocale().toString(person.lockedUntil.toLocalTime(), QLocale::ShortFormat)));
    else
        facts.append(tr("account enabled"));
    m_summary->setText(facts.join(u" · "_s));

    buildRoleBoxes(directory.roles);
    for (QCheckBox *box : std::as_const(m_roles)) {
        const auto role = domain::roleFromString(box->property("role").toString());
        box->setChecked(role && person.user.roles.contains(*role));
        // An administrator keeps their own administrator role (domain::AccountRules).
        box->setEnabled(!(role == domain::Role::Administrator && person.user.id == me.id));
    }

    m_accreditation->setText(
        tr("Now: %1").arg(PeopleModel::accreditationText(person.user.accreditation, today)));
    if (!samePerson)
        m_from->setDate(today.isValid() ? today : QDate(2026, 1, 1));

    m_projects->clear();
    for (const protocol::AccountProject &p : person.projects) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2 (%3)").arg(p.id, p.title, PeopleModel::projectRoleText(p.role)), m_projects);
        item->setData(Qt::UserRole, p.id);
    }
    const QString chosen = m_projectChoice->currentData().toString();
    m_projectChoice->clear();
    for (const protocol::ProjectChoice &p : directory.projects)
        m_projectChoice->addItem(tr("%1 — %2").arg(p.id, p.title), p.id);
    if (const int i = m_projectChoice->findData(chosen); i >= 0)
        m_projectChoice->setCurrentIndex(i);

    m_devices->clear();
    for (const protocol::AccountDevice &d : person.devices) {
        auto *item = new QListWidgetItem(
            tr("%1 (%2), last seen %3, serial %4")
                .arg(d.subject, d.setting,
                     QLocale().toString(d.lastSeenAt.toLocalTime(), QLocale::ShortFormat), d.serial),
            m_devices);
        item->setData(Qt::UserRole, d.fingerprint);
    }
    m_disable->setText(person.user.disabled ? tr("&Enable account…") : tr("&Disable account…"));
    updateButtons();
}

void PersonDetail::clear()
{
    m_person = {};
    m_title->setText(tr("Choose a person from the list."));
    m_summary->clear();
    m_accreditation->clear();
    m_projects->clear();
    m_devices->clear();
    for (QCheckBox *box : std::as_const(m_roles))
        box->setChecked(false);
    setEnabled(false);
}

void PersonDetail::updateButtons()
{
    const bool shown = !m_person.user.id.isEmpty();
    m_saveRoles->setEnabled(shown);
    m_record->setEnabled(shown);
    m_revokeAccreditation->setEnabled(shown && m_person.user.accreditation &&
                                      !m_person.user.accreditation->revoked);
    m_putOn->setEnabled(shown && m_projectChoice->count() > 0);
    m_takeOff->setEnabled(shown && m_projects->currentItem() != nullptr);
    // Nobody disables their own account (domain::AccountRules); enabling is always offered.
    m_disable->setEnabled(shown &&
                          (m_person.user.disabled || domain::AccountRules::canDisable(m_me, userId())));
    m_endSessions->setEnabled(shown);
    m_resetTotp->setEnabled(shown);
    m_revokeDevice->setEnabled(shown && m_devices->currentItem() != nullptr);
}

void PersonDetail::saveRoles()
{
    QList<domain::Role> roles;
    for (const QCheckBox *box : std::as_const(m_roles)) {
        if (!box->isChecked())
            continue;
        if (const auto role = domain::roleFromString(box->property("role").toString()))
            roles.append(*role);
    }
    const bool losesRole = std::any_of(m_person.user.roles.cbegin(), m_person.user.roles.cend(),
                                       [&](domain::Role r) { return !roles.contains(r); });
    if (losesRole && !ReasonDialog::ask(this, tr("Change roles"),
                                        tr("%1 will lose a role, from their next request on.").arg(who()),
                                        tr("Change roles"), Reason::None))
        return;
    m_accounts->setRoles(userId(), roles);
}

void PersonDetail::recordAccreditation()
{
    const auto kind = domain::accreditationKindFromString(m_kind->currentData().toString());
    m_accounts->setAccreditation(userId(), kind.value_or(domain::AccreditationKind::Full), m_from->date(),
                                 {});
}

void PersonDetail::revokeAccreditation()
{
    const auto reason =
        ReasonDialog::ask(this, tr("Revoke accreditation"),
                          tr("Revoke the accreditation of %1? As a researcher they lose access "
                             "from their next request.")
                              .arg(who()),
                          tr("Revoke accreditation"), Reason::Required);
    if (reason)
        m_accounts->revokeAccreditation(userId(), *reason);
}

void PersonDetail::putOnProject()
{
    m_accounts->setMember(m_projectChoice->currentData().toString(), userId(),
                          m_projectRole->currentData().toString());
}

void PersonDetail::takeOffProject()
{
    const QListWidgetItem *item = m_projects->currentItem();
    if (!item)
        return;
    const QString project = item->data(Qt::UserRole).toString();
    if (!ReasonDialog::ask(
            this, tr("Take off project"),
            tr("Take %1 off %2? They lose access to it from their next request.").arg(who(), project),
            tr("Take off project"), Reason::None))
        return;
    m_accounts->removeMember(project, userId());
}

void PersonDetail::disableOrEnable()
{
    if (m_person.user.disabled) {
        const auto reason =
            ReasonDialog::ask(this, tr("Enable account"),
                              tr("Let %1 sign in again? Sessions from before stay ended.").arg(who()),
                              tr("Enable account"), Reason::Optional);
        if (reason)
            m_accounts->enable(userId(), *reason);
        return;
    }
    const auto reason = ReasonDialog::ask(this, tr("Disable account"),
                                          tr("Disable the account of %1? Their very next request is refused, "
                                             "wherever they are signed in, and they cannot sign in.")
                                              .arg(who()),
                                          tr("Disable account"), Reason::Required);
    if (reason)
        m_accounts->disable(userId(), *reason);
}

void PersonDetail::endSessions()
{
    const auto reason =
        ReasonDialog::ask(this, tr("End all sessions"),
                          tr("End every session of %1 on every device? They must sign in again.").arg(who()),
                          tr("End all sessions"), Reason::Required);
    if (reason)
        m_accounts->endSessions(userId(), *reason);
}

void PersonDetail::resetTotp()
{
    const auto reason = ReasonDialog::ask(
        this, tr("New authenticator secret"),
        tr("Give %1 a new authenticator secret? Codes from their old one stop working at once; you will see "
           "the new secret once, to hand to them.")
            .arg(who()),
        tr("Make a new secret"), Reason::Required);
    if (reason)
        m_accounts->resetTotp(userId(), *reason);
}

void PersonDetail::revokeDevice()
{
    const QListWidgetItem *item = m_devices->currentItem();
    if (!item)
        return;
    const auto reason = ReasonDialog::ask(
        this, tr("Revoke device"),
        tr("Revoke this device certificate? Every request made with it is refused from now on, for everyone "
           "who uses it, and its sessions end.\n\n%1")
            .arg(item->text()),
        tr("Revoke device"), Reason::Required);
    if (reason)
        m_accounts->revokeDevice({}, item->data(Qt::UserRole).toString(), *reason);
}

} // namespace srs::ui
