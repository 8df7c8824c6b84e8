#include "LockPage.h"

#include "CredentialsForm.h"
#include "Refusals.h"
#include "ui/common/PageParts.h"

#include "session/EnvironmentCheck.h"
#include "session/Session.h"
#include "session/Workstation.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace srs::ui {

using session::EnvironmentStatus;
using session::Session;

LockPage::LockPage(session::Workstation *workstation, QWidget *parent)
    : QWidget(parent), m_workstation(workstation), m_reason(paragraph(this, "lockReasonLabel")),
      m_who(paragraph(this, "lockWhoLabel")), m_environment(paragraph(this, "lockEnvironmentLabel")),
      m_form(new CredentialsForm(false, tr("Unlock"), this)),
      m_signOut(new QPushButton(tr("Sign out instead"), this))
{
    setObjectName(QStringLiteral("lockPage"));
    m_form->setObjectName(QStringLiteral("unlockForm"));
    m_signOut->setObjectName(QStringLiteral("lockSignOutButton"));
    m_environment->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    QVBoxLayout *layout = centredColumn(this, 460);
    layout->addWidget(heading(tr("This workstation is locked"), this));
    layout->addWidget(m_reason);
    layout->addWidget(m_who);
    layout->addWidget(m_environment);
    layout->addSpacing(12);
    layout->addWidget(m_form);
    layout->addSpacing(12);
    layout->addWidget(m_signOut, 0, Qt::AlignLeft);
    layout->addStretch(1);

    Session *session = workstation->session();
    connect(m_form, &CredentialsForm::submitted, this, &LockPage::submit);
    connect(m_signOut, &QPushButton::clicked, session, &Session::signOut);
    connect(session, &Session::signInFailed, this, [this](const api::ApiFailure &failure) {
        if (m_workstation->session()->state() != Session::State::Locked)
            return;
        m_form->setBusy(false);
        const Explanation e = explainSignInFailure(failure);
        m_form->showRefusal(e.title, e.message);
    });
    connect(workstation->environment(), &session::EnvironmentCheck::statusChanged, this, &LockPage::refresh);
}

void LockPage::refresh()
{
    Session *session = m_workstation->session();
    m_reason->setText(session->lockMessage());
    m_who->setText(tr("Signed in as %1 (%2). Enter your password and a new security code to carry on "
                      "where you left off.")
                       .arg(session->me().user.displayName, session->me().user.username));
    const EnvironmentStatus &status = m_workstation->environment()->status();
    const bool blocked = status.checked && !status.ok();
    m_environment->setText(blocked ? problemList(status.problems) : QString());
    m_environment->setVisible(blocked);
    m_form->setSubmitEnabled(!blocked);
    if (session->state() == Session::State::Locked)
        m_form->setBusy(false);
}

void LockPage::submit()
{
    m_form->setBusy(true, tr("Signing in…"));
    m_workstation->session()->unlock(m_form->takePassword(), m_form->code());
}

} // namespace srs::ui
