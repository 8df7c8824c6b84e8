#include "AddPersonDialog.h"

#include "PeopleModel.h"

#include "domain/AccountRules.h"
#include "ui/common/Accessibility.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

AddPersonDialog::AddPersonDialog(const QStringList &roles, QWidget *parent)
    : QDialog(parent), m_username(new QLineEdit(this)), m_name(new QLineEdit(this)),
      m_email(new QLineEdit(this)), m_problem(new QLabel(this)), m_add(nullptr)
{
    setObjectName(u"addPersonDialog"_s);
    setWindowTitle(tr("Add a person"));
    m_username->setObjectName(u"newUsernameEdit"_s);
    m_name->setObjectName(u"newNameEdit"_s);
    m_email->setObjectName(u"newEmailEdit"_s);
    m_username->setMaxLength(64);
    m_name->setMaxLength(static_cast<int>(protocol::accountlimits::MaxNameLength));
    m_email->setMaxLength(static_cast<int>(protocol::accountlimits::MaxEmailLength));

    auto *form = new QFormLayout;
    form->addRow(fieldLabel(tr("&Username:"), m_username, this), m_username);
    form->addRow(fieldLabel(tr("Full &name:"), m_name, this), m_name);
    form->addRow(fieldLabel(tr("&Email:"), m_email, this), m_email);

    auto *roleBox = new QGroupBox(tr("Roles"), this);
    auto *roleLayout = new QVBoxLayout(roleBox);
    for (const QString &word : roles) {
        auto *box = new QCheckBox(PeopleModel::roleText(word), roleBox);
        box->setObjectName(u"newRole_"_s + word);
        box->setProperty("role", word);
        roleLayout->addWidget(box);
        m_roles.append(box);
        connect(box, &QCheckBox::toggled, this, &AddPersonDialog::update);
    }

    m_problem->setObjectName(u"addPersonProblemLabel"_s);
    m_problem->setWordWrap(true);
    auto *hint = new QLabel(tr("The service makes a random initial password and a new authenticator secret. "
                               "You will see them once, to hand to the person."),
                            this);
    hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("&Add the person"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(u"addPersonButton"_s);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(roleBox);
    layout->addWidget(hint);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    for (QLineEdit *edit : {m_username, m_name, m_email})
        connect(edit, &QLineEdit::textChanged, this, &AddPersonDialog::update);
    update();
}

protocol::NewAccountRequest AddPersonDialog::request() const
{
    protocol::NewAccountRequest r;
    r.username = m_username->text().trimmed();
    r.displayName = m_name->text().trimmed();
    r.email = m_email->text().trimmed();
    for (const QCheckBox *box : m_roles) {
        if (!box->isChecked())
            continue;
        if (const auto role = domain::roleFromString(box->property("role").toString()))
            r.roles.append(*role);
    }
    return r;
}

QString AddPersonDialog::problem() const
{
    const protocol::NewAccountRequest r = request();
    if (r.username.isEmpty() || r.displayName.isEmpty())
        return tr("Give a username and the person's full name.");
    if (!domain::AccountRules::isValidUsername(r.username))
        return tr("A username has 2 to 64 lower-case letters, digits, dots, dashes or underscores.");
    if (!r.email.isEmpty() && !r.email.contains(u'@'))
        return tr("The email address is not complete.");
    if (r.roles.isEmpty())
        return tr("Choose at least one role.");
    return {};
}

void AddPersonDialog::update()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_add->setEnabled(why.isEmpty());
}

} // namespace srs::ui
