#include "MainWindow.h"

#include "ConnectionPanel.h"

#include "session/ConnectionMonitor.h"

#include <QLabel>
#include <QStatusBar>
#include <QUrl>
#include <QVBoxLayout>

namespace srs::ui {

using session::ConnectionMonitor;

MainWindow::MainWindow(ConnectionMonitor *monitor, QWidget *parent)
    : QMainWindow(parent), m_monitor(monitor), m_connectionPanel(new ConnectionPanel(monitor))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("SRS Workstation"));
    resize(960, 640);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(32, 32, 32, 16);

    auto *heading = new QLabel(tr("Secure Research Service"), central);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.8);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignHCenter);

    auto *notice = new QLabel(tr("Project data stays inside the secure environment. This workstation only "
                                 "shows descriptions of files, checks on outputs and outputs that have been "
                                 "cleared for release."),
                              central);
    notice->setWordWrap(true);
    notice->setAlignment(Qt::AlignHCenter);
    notice->setObjectName(QStringLiteral("dataStaysInsideLabel"));

    layout->addWidget(heading);
    layout->addWidget(notice);
    layout->addSpacing(24);
    layout->addWidget(m_connectionPanel, 0, Qt::AlignHCenter);
    layout->addStretch(1);
    setCentralWidget(central);

    connect(monitor, &ConnectionMonitor::stateChanged, this, &MainWindow::updateStatusBar);
    updateStatusBar();
}

void MainWindow::updateStatusBar()
{
    const QString host = QUrl(m_monitor->serverUrl()).authority();
    switch (m_monitor->state()) {
    case ConnectionMonitor::State::Idle:
        statusBar()->showMessage(tr("Not connected"));
        break;
    case ConnectionMonitor::State::Connecting:
        statusBar()->showMessage(tr("Connecting to %1…").arg(host));
        break;
    case ConnectionMonitor::State::Connected:
        statusBar()->showMessage(
            tr("Connected to %1 as %2")
                .arg(host, domain::deviceClassDisplayName(m_monitor->health().device.deviceClass)));
        break;
    case ConnectionMonitor::State::Failed:
        statusBar()->showMessage(tr("Not connected: %1").arg(net::netErrorName(m_monitor->failure().error)));
        break;
    }
}

} // namespace srs::ui
