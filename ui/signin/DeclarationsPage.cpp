#include "DeclarationsPage.h"

#include "ui/common/Accessibility.h"
#include "ui/common/PageParts.h"

#include "session/RefusalTexts.h"
#include "session/Session.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace srs::ui {

using session::Session;

DeclarationsPage::DeclarationsPage(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_progress(paragraph(this, "declarationProgressLabel")),
      m_title(heading(QString(), this, 1.2)), m_text(new QTextBrowser(this)),
      m_agree(new QCheckBox(tr("I have read this declaration and I agree to it."), this)),
      m_error(paragraph(this, "declarationErrorLabel")),
      m_accept(new QPushButton(tr("Accept and continue"), this)),
      m_signOut(new QPushButton(tr("Sign out"), this))
{
    setObjectName(QStringLiteral("declarationsPage"));
    m_title->setObjectName(QStringLiteral("declarationTitleLabel"));
    m_text->setObjectName(QStringLiteral("declarationText"));
    m_text->setOpenLinks(false);
    m_text->setAccessibleName(tr("Text of the declaration"));
    m_agree->setObjectName(QStringLiteral("declarationAgreeCheck"));
    m_accept->setObjectName(QStringLiteral("declarationAcceptButton"));
    m_signOut->setObjectName(QStringLiteral("declarationSignOutButton"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));

    QVBoxLayout *layout = centredColumn(this, 720);
    layout->addWidget(heading(tr("Before you continue"), this));
    layout->addWidget(m_progress);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_agree);
    layout->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_signOut);
    buttons->addStretch();
    buttons->addWidget(m_accept);
    layout->addLayout(buttons);

    connect(m_agree, &QCheckBox::toggled, this,
            [this] { m_accept->setEnabled(m_agree->isChecked() && !m_sending); });
    connect(m_accept, &QPushButton::clicked, this, &DeclarationsPage::accept);
    connect(m_signOut, &QPushButton::clicked, session, &Session::signOut);
    connect(session, &Session::declarationAccepted, this, [this] {
        m_sending = false;
        refresh();
    });
    connect(session, &Session::declarationFailed, this, [this](const api::ApiFailure &f) {
        m_sending = false;
        showAlert(m_error, tr("Your acceptance could not be recorded: %1").arg(session::refusalMessage(f)));
        m_accept->setEnabled(m_agree->isChecked());
    });
    refresh();
}

void DeclarationsPage::refresh()
{
    const auto &owed = m_session->declarationsOwed();
    m_error->setVisible(false);
    m_agree->setChecked(false);
    m_accept->setEnabled(false);
    if (owed.isEmpty())
        return;
    const protocol::OwedDeclaration &d = owed.constFirst();
    m_progress->setText(tr(
        "You must read and accept %n declaration(s) before you can work in the service. This is the first.",
        nullptr, static_cast<int>(owed.size())));
    m_title->setText(tr("%1 (version %2)").arg(d.title).arg(d.version));
    m_text->setPlainText(d.text);
}

void DeclarationsPage::accept()
{
    const auto &owed = m_session->declarationsOwed();
    if (owed.isEmpty() || !m_agree->isChecked())
        return;
    m_sending = true;
    // The focus waits on the check box (the next declaration's, or this one's again after a
    // failure): left on the button, it would move to "Sign out" when the button goes grey.
    if (m_accept->hasFocus())
        m_agree->setFocus(Qt::OtherFocusReason);
    m_accept->setEnabled(false);
    m_session->acceptDeclaration(owed.constFirst());
}

} // namespace srs::ui
