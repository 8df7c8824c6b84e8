#include "CredentialsForm.h"

#include "CapsLockWatcher.h"
#include "ui/common/Accessibility.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace srs::ui {

CredentialsForm::CredentialsForm(bool askUsername, const QString &submitText, QWidget *parent)
    : QWidget(parent), m_password(new QLineEdit(this)), m_code(new QLineEdit(this)),
      m_capsLock(new QLabel(tr("Caps Lock is on."), this)), m_problem(new QFrame(this)),
      m_problemTitle(new QLabel(m_problem)), m_problemMessage(new QLabel(m_problem)),
      m_submit(new QPushButton(submitText, this)), m_busy(new QProgressBar(this)),
      m_busyLabel(new QLabel(this)), m_capsWatcher(new CapsLockWatcher(this)), m_submitText(submitText)
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (askUsername) {
        m_username = new QLineEdit(this);
        m_username->setObjectName(QStringLiteral("usernameEdit"));
        m_username->setAccessibleName(tr("Username"));
        m_username->setMaxLength(128);
        m_username->setPlaceholderText(tr("for example, asha.patel"));
        form->addRow(tr("&Username"), m_username);
        connect(m_username, &QLineEdit::returnPressed, this, &CredentialsForm::trySubmit);
    }
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(1024);
    // No copy, cut or drag out of the field, no input-method history.
    m_password->setContextMenuPolicy(Qt::NoContextMenu);
    m_password->setDragEnabled(false);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    form->addRow(tr("&Password"), m_password);

    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setAccessibleName(tr("Security code"));
    m_code->setPlaceholderText(tr("6 digits from your authenticator app"));
    m_code->setMaxLength(6);
    m_code->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_code));
    m_code->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    form->addRow(tr("Security &code"), m_code);

    m_capsLock->setObjectName(QStringLiteral("capsLockLabel"));
    m_capsLock->setStyleSheet(QStringLiteral("color: #8a4b00; font-weight: bold;"));
    m_capsLock->setVisible(false);
    m_capsWatcher->watch(m_password);
    if (m_username)
        m_capsWatcher->watch(m_username);
    connect(m_capsWatcher, &CapsLockWatcher::changed, m_capsLock, &QLabel::setVisible);

    m_problem->setObjectName(QStringLiteral("problemFrame"));
    m_problem->setStyleSheet(QStringLiteral(
        "#problemFrame { background: #fdecea; border: 1px solid #d93025; border-radius: 4px; }"));
    auto *problemLayout = new QVBoxLayout(m_problem);
    m_problemTitle->setObjectName(QStringLiteral("problemTitleLabel"));
    QFont bold = m_problemTitle->font();
    bold.setBold(true);
    m_problemTitle->setFont(bold);
    m_problemTitle->setWordWrap(true);
    m_problemMessage->setObjectName(QStringLiteral("problemMessageLabel"));
    m_problemMessage->setWordWrap(true);
    m_problemMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    problemLayout->addWidget(m_problemTitle);
    problemLayout->addWidget(m_problemMessage);
    m_problem->setVisible(false);
    m_problem->setAccessibleName(tr("Problem"));

    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_submit->setDefault(true);
    connect(m_submit, &QPushButton::clicked, this, &CredentialsForm::trySubmit);
    connect(m_password, &QLineEdit::returnPressed, this, &CredentialsForm::trySubmit);
    connect(m_code, &QLineEdit::returnPressed, this, &CredentialsForm::trySubmit);

    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_busy->setVisible(false);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyLabel->setVisible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_busyLabel, 1);
    buttons->addStretch();
    buttons->addWidget(m_submit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_capsLock);
    layout->addWidget(m_problem);
    layout->addWidget(m_busy);
    layout->addLayout(buttons);
}

QString CredentialsForm::username() const
{
    return m_username ? m_username->text().trimmed() : QString();
}

void CredentialsForm::setUsername(const QString &username)
{
    if (m_username)
        m_username->setText(username);
}

QString CredentialsForm::code() const
{
    return m_code->text();
}

crypto::SecureBuffer CredentialsForm::takePassword()
{
    QString text = m_password->text();
    QByteArray utf8 = text.toUtf8();
    text.fill(QChar(0)); // our copy; the field's own storage is emptied below
    crypto::SecureBuffer password = crypto::SecureBuffer::takeFrom(utf8);
    m_password->clear();
    return password;
}

void CredentialsForm::setBusy(bool busy, const QString &busyText)
{
    m_isBusy = busy;
    if (m_username)
        m_username->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_code->setEnabled(!busy);
    m_submit->setEnabled(!busy && m_submitEnabled);
    m_busy->setVisible(busy);
    m_busyLabel->setText(busyText);
    m_busyLabel->setVisible(busy && !busyText.isEmpty());
    if (busy)
        clearProblem();
}

void CredentialsForm::setSubmitEnabled(bool enabled)
{
    m_submitEnabled = enabled;
    m_submit->setEnabled(enabled && !m_isBusy);
}

void CredentialsForm::showProblem(const QString &title, const QString &message)
{
    m_problemTitle->setText(title);
    m_problemMessage->setText(message);
    m_problem->setVisible(true);
    // Heard as it appears: the refusal's title as the frame's name, its message as description.
    m_problem->setAccessibleName(title);
    m_problem->setAccessibleDescription(message);
    announceAlert(m_problem);
    focusFirstEmpty();
}

void CredentialsForm::showRefusal(const QString &title, const QString &message)
{
    m_code->clear();
    showProblem(title, message);
}

void CredentialsForm::clearProblem()
{
    m_problem->setVisible(false);
    m_problemTitle->clear();
    m_problemMessage->clear();
}

void CredentialsForm::reset()
{
    setBusy(false);
    clearProblem();
    if (m_username)
        m_username->clear();
    (void)takePassword();
    m_code->clear();
    m_capsLock->setVisible(m_capsWatcher->isOn());
}

void CredentialsForm::focusFirstEmpty()
{
    if (m_username && m_username->text().trimmed().isEmpty())
        m_username->setFocus();
    else if (m_password->text().isEmpty())
        m_password->setFocus();
    else
        m_code->setFocus();
}

void CredentialsForm::trySubmit()
{
    if (m_isBusy || !m_submitEnabled)
        return;
    if (m_username && m_username->text().trimmed().isEmpty()) {
        showProblem(tr("Enter your username"), tr("Your username is usually firstname.lastname."));
        m_username->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showProblem(tr("Enter your password"), tr("Type the password for your service account."));
        m_password->setFocus();
        return;
    }
    if (m_code->text().size() != 6) {
        showProblem(tr("Enter your security code"),
                    tr("Type the 6-digit code your authenticator app shows now for the Secure Research "
                       "Service."));
        m_code->setFocus();
        return;
    }
    emit submitted();
}

} // namespace srs::ui
