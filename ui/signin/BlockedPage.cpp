#include "BlockedPage.h"

#include "ui/common/ConnectionPanel.h"
#include "ui/common/PageParts.h"

#include "session/EnvironmentCheck.h"
#include "session/Workstation.h"

#include <QLabel>
#include <QPushButton>
#include <QStringList>
#include <QVBoxLayout>

namespace srs::ui {

using session::EnvironmentStatus;

BlockedPage::BlockedPage(session::Workstation *workstation, QWidget *parent)
    : QWidget(parent), m_workstation(workstation), m_environment(new QWidget(this)),
      m_title(heading(tr("This workstation cannot be used for the service right now"), m_environment, 1.3)),
      m_problems(paragraph(m_environment, "environmentProblemsLabel")),
      m_details(paragraph(m_environment, "environmentDetailsLabel")),
      m_retry(new QPushButton(tr("Try again"), m_environment)),
      m_connection(new ConnectionPanel(workstation->connection(), this))
{
    setObjectName(QStringLiteral("blockedPage"));
    m_title->setObjectName(QStringLiteral("environmentTitleLabel"));
    m_details->setStyleSheet(QStringLiteral("color: #505050;"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("environmentRetryButton"));
    connect(m_retry, &QPushButton::clicked, workstation->environment(), &session::EnvironmentCheck::checkNow);

    auto *envLayout = new QVBoxLayout(m_environment);
    envLayout->addWidget(m_title);
    envLayout->addSpacing(8);
    envLayout->addWidget(m_problems);
    envLayout->addSpacing(8);
    envLayout->addWidget(m_details);
    envLayout->addSpacing(8);
    envLayout->addWidget(m_retry, 0, Qt::AlignLeft);

    QVBoxLayout *layout = centredColumn(this, 640);
    layout->addWidget(m_environment);
    layout->addWidget(m_connection, 0, Qt::AlignHCenter);
    layout->addStretch(1);
    refresh();
}

void BlockedPage::refresh()
{
    const EnvironmentStatus &status = m_workstation->environment()->status();
    const bool environmentFailed = status.checked && !status.ok();
    m_environment->setVisible(environmentFailed);
    m_connection->setVisible(!environmentFailed);
    if (environmentFailed) {
        m_problems->setText(problemList(status.problems));
        QStringList details;
        for (const auto &p : status.problems)
            details.append(tr("For IT support: %1 (%2)").arg(p.code, p.detail));
        m_details->setText(details.join(QLatin1Char('\n')));
    }
}

} // namespace srs::ui
