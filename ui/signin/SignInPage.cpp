#include "SignInPage.h"

#include "CredentialsForm.h"
#include "Refusals.h"
#include "ui/common/PageParts.h"

#include "session/ConnectionMonitor.h"
#include "session/EnvironmentCheck.h"
#include "session/Workstation.h"

#include <QLabel>
#include <QVBoxLayout>

namespace srs::ui {

using session::Session;

SignInPage::SignInPage(session::Workstation *workstation, QWidget *parent)
    : QWidget(parent), m_workstation(workstation), m_setting(paragraph(this, "settingLabel")),
      m_warnings(paragraph(this, "warningsLabel")), m_form(new CredentialsForm(true, tr("Sign in"), this))
{
    setObjectName(QStringLiteral("signInPage"));
    m_form->setObjectName(QStringLiteral("signInForm"));
    m_warnings->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    QVBoxLayout *layout = centredColumn(this, 460);
    layout->addWidget(heading(tr("Sign in"), this));
    layout->addWidget(m_setting);
    layout->addWidget(m_warnings);
    layout->addSpacing(12);
    layout->addWidget(m_form);
    layout->addStretch(1);

    connect(m_form, &CredentialsForm::submitted, this, &SignInPage::submit);
    Session *session = workstation->session();
    connect(session, &Session::signInFailed, this, &SignInPage::onFailed);
    connect(session, &Session::stateChanged, this, [this](Session::State state) {
        if (state == Session::State::SignedOut)
            m_form->setBusy(false);
    });
    refresh();
}

void SignInPage::refresh()
{
    const auto *connection = m_workstation->connection();
    if (connection->state() == session::ConnectionMonitor::State::Connected) {
        const auto &device = connection->health().device;
        QString where = device.deviceClass == domain::DeviceClass::SafeRoomTerminal
                            ? tr("This safe-room terminal (%1) at %2 is connected to the service.")
                                  .arg(device.commonName, device.site)
                            : tr("This %1 device (%2) is connected to the service%3.")
                                  .arg(device.organisation, device.commonName,
                                       m_workstation->environment()->status().vpnInterface.isEmpty()
                                           ? QString()
                                           : tr(" through your organisation's VPN"));
        m_setting->setText(where);
    } else {
        m_setting->setText(tr("Checking the connection to the service…"));
    }
    const auto &warnings = m_workstation->environment()->status().warnings;
    m_warnings->setText(problemList(warnings));
    m_warnings->setVisible(!warnings.isEmpty());
}

void SignInPage::reset()
{
    m_form->reset();
    m_form->focusFirstEmpty();
}

void SignInPage::submit()
{
    m_form->setBusy(true, tr("Signing in…"));
    m_workstation->session()->signIn(m_form->username(), m_form->takePassword(), m_form->code());
}

void SignInPage::onFailed(const api::ApiFailure &failure)
{
    if (m_workstation->session()->state() != Session::State::SignedOut)
        return; // a failure on the lock screen: that page shows it
    m_form->setBusy(false);
    const Explanation e = explainSignInFailure(failure);
    m_form->showRefusal(e.title, e.message);
}

} // namespace srs::ui
