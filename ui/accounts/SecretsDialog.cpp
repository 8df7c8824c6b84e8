#include "SecretsDialog.h"

#include "ui/common/Accessibility.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

SecretsDialog::SecretsDialog(std::shared_ptr<const session::IssuedSecrets> secrets, QWidget *parent)
    : QDialog(parent), m_secrets(std::move(secrets))
{
    setObjectName(u"secretsDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    const bool newPerson = !m_secrets->initialPassword.isEmpty();
    setWindowTitle(newPerson ? tr("New account for %1").arg(m_secrets->displayName)
                             : tr("New security code secret for %1").arg(m_secrets->displayName));

    auto *warning = new QLabel(this);
    warning->setObjectName(u"secretsWarningLabel"_s);
    warning->setWordWrap(true);
    warning->setTextFormat(Qt::PlainText);
    warning->setText(newPerson
                         ? tr("Give these to %1 over a trusted channel. They will not be shown again: once "
                              "you close this window, nobody can see them, not even an administrator.")
                               .arg(m_secrets->displayName)
                         : tr("Give this to %1 over a trusted channel. It will not be shown again. "
                              "Codes from their old authenticator no longer work.")
                               .arg(m_secrets->displayName));

    auto *form = new QFormLayout;
    auto *username = new QLineEdit(m_secrets->username, this);
    username->setObjectName(u"secretsUsernameEdit"_s);
    username->setReadOnly(true);
    form->addRow(fieldLabel(tr("&Username:"), username, this), username);
    if (newPerson) {
        QLineEdit *password = secretField("initialPasswordEdit", m_secrets->initialPassword.view());
        form->addRow(fieldLabel(tr("Initial &password:"), password, this), password);
    }
    QLineEdit *secret = secretField("totpSecretEdit", m_secrets->totpSecret.view());
    form->addRow(fieldLabel(tr("Authenticator &secret:"), secret, this), secret);
    QLineEdit *uri = secretField("otpauthUriEdit", m_secrets->otpauthUri.view());
    form->addRow(fieldLabel(tr("Authenticator &link:"), uri, this), uri);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *close =
        buttons->addButton(tr("I have handed these over: &close"), QDialogButtonBox::AcceptRole);
    close->setObjectName(u"closeSecretsButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    announceAlert(warning);
}

SecretsDialog::~SecretsDialog()
{
    wipe();
}

QLineEdit *SecretsDialog::secretField(const char *objectName, const QByteArrayView &bytes)
{
    auto *field = new QLineEdit(QString::fromUtf8(bytes), this);
    field->setObjectName(QLatin1StringView(objectName));
    field->setReadOnly(true);
    field->setCursorPosition(0);
    m_fields.append(field);
    return field;
}

void SecretsDialog::wipe()
{
    if (!m_secrets)
        return;
    if (QClipboard *clipboard = QGuiApplication::clipboard()) {
        const QString held = clipboard->text();
        for (QLineEdit *field : std::as_const(m_fields)) {
            if (!held.isEmpty() && field->text().contains(held))
                clipboard->clear();
        }
    }
    for (QLineEdit *field : std::as_const(m_fields)) {
        field->setText(QString(field->text().size(), u'\0'));
        field->clear();
    }
    m_secrets.reset();
}

void SecretsDialog::done(int result)
{
    wipe();
    QDialog::done(result);
}

} // namespace srs::ui
